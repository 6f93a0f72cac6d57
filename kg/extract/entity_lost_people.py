"""Persons the model loses altogether (round-37 class A7).

"Eulalio Quispe Mamani, a boatman, said the lake was dirty", "Nilo Ccori
Huanca, who fishes near Juli, agreed": a
sentence that opens with two to four plain capitalised words (no body, place,
office or demonym word among them, nothing the gazetteer knows) apposed to a
lower-case description ("a boatman", "an elder of the village") or followed
by "who" opens with a person's name, even when the model tags nothing there.
(A bare "X Y said" is not enough: groups and places open such sentences too.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_long_names import plain_name
from kg.extract.entity_types import Candidate
from kg.extract.entity_word_names import OCCUPATION_LEADS
from kg.extract.state import State

_W = rf"{CAP_CLASS}[a-zà-ÿ'’]+(?:-{CAP_CLASS}?[a-zà-ÿ'’]+)?"
_OPENING_RE = re.compile(
    rf"(?:(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))(?P<name>{_W}(?:[ \t]+{_W}){{1,3}})"
    rf"(?=,[ \t]+(?:a|an)[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){{0,5}},"
    rf"|,[ \t]+who[ \t]+[a-z])")
_NOT_LEAD = frozenset("The A An In On At But And When After Before While As If For From With By Of To Its His Her "
                      "Their Our This That These Those Some Many Most Both Each Every Other Such".split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Lower-case office, title and role words (built once)."""
    return lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics") \
        | lexicon.words("role_nouns")


def lost_people(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with such opening names as Person candidates where nothing was read."""
    text = state.text
    new = []
    for m in _OPENING_RE.finditer(text, state.body_start):
        s, e = m.span("name")
        words = m.group("name").split()
        if words[0] in _NOT_LEAD or state.is_skipped(s, e):
            continue
        if any(w in OCCUPATION_LEADS or w.lower() in _title_words() for w in words):
            continue  # "Fisherman Juma Said, a ...": an occupation or a title is no word of a plain name
        if any(c.start < e and s < c.end for c in found):
            continue
        cand = Candidate(s, e, m.group("name"), "Person", "rule")
        if plain_name(cand, state):
            new.append(cand)
    return found + new
