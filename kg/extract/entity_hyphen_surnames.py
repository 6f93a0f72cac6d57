"""A given name before a hyphenated surname is part of the name (round-26 class A3).

"Orly Ben-Ami, head of policy at the Water Authority, said", "Tamar Bar-Lev
said": the model often tags only the double surname ("Ben-Ami") and leaves the
given name out, so the person is labelled by the surname and the full name is
lost. A single capitalised word right before a one-word Person candidate of the
shape "<Cap>-<Cap>" is taken in when it is a known given name or a proper noun
that is no title, style, place, demonym, month or clause word and no other
candidate claims it. The later "Ben-Ami" and "Ms Ben-Ami" then resolve to the
full name as surnames do.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_job_people import not_a_given_name
from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_SURNAME_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)+")
_GIVEN_RE = re.compile(r"(?:^|(?<=[\s\"“(]))([A-ZÀ-Ý][a-zà-ÿ]+) $")
_STYLES = frozenset("Mr Mrs Ms Dr Prof Sir Dame Lord Lady Saint St Rabbi Sheikh Imam Father".split())


def extend_hyphen_surnames(found: list[Candidate], state: State) -> None:
    """'Orly Ben-Ami' tagged 'Ben-Ami': take the given name in (in place)."""
    text = state.text
    for cand in found:
        if cand.type != "Person" or cand.source == "gaz" or not _SURNAME_RE.fullmatch(cand.text):
            continue
        m = _GIVEN_RE.search(text[max(0, cand.start - 25):cand.start])
        if m is None:
            continue
        word = m.group(1)
        start = cand.start - len(word) - 1
        if word in NOT_NAME_START or not_a_given_name(word, state, _STYLES):
            continue
        if any(c is not cand and c.start < start + len(word) and start < c.end for c in found):
            continue  # the word names something of its own
        span = state.doc.char_span(start, start + len(word))
        if span is None or not (word in lexicon.given_names() or span[0].pos_ == "PROPN"):
            continue  # "Yesterday Ben-Ami said": a clause word
        cand.start = start
        cand.text = text[cand.start:cand.end]
