"""A sentence's opening name apposed to a lower-case office is a person (round-36 class A1).

"Ines Varga, a state secretary in the Hungarian ministry, met her Slovak
counterpart ...", "Tomas Vojtek, the deputy director of ..., said": two or
three capitalised words opening a sentence, followed by ", a/an/the" and an
office word within four lower-case words, name a person even when the model
missed them or read them as a body or a place (no given-name list needed: the
office says it).

Session 28 (names nobody lists, #3): the same holds without the article when
the office is followed by what it is an office of ("X, spokesperson for the
Revenue Authority, said", "X, president of the Chamber of Commerce"), for a
relative clause only people take (", who chairs ..."), and for an age
(", 52,"); the name may follow a preposition ("For X, a researcher at ...").
A shorter person reading inside such a name (the model often drops one word
of an unfamiliar three-word name) gives way to the whole name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.entity_honorific_names import STYLE_RE
from kg.extract.entity_orgs import INDUSTRY_WORDS
from kg.extract.entity_word_names import OCCUPATION_LEADS
from kg.extract.state import State

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
_LEAD_WORDS = frozenset("The This That In On At But And For By Of With From To As After When While If".split())
_COMPANY_TAILS = frozenset(INDUSTRY_WORDS)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    from kg.extract.entity_ner import apposed_roles  # "a lecturer at", "an economist with"
    titles = sorted((t for t in lexicon.words("title_core") | apposed_roles() if re.fullmatch(r"[a-z -]+", t)),
                    key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?,][\"”]\s)|(?<=\n)|(?<=\b[Ff]or )|(?<=\bby )|(?<=\bof )|(?<=\bwith )|(?<=\bfrom )|(?<=\bto ))"
                      rf"(?P<name>{_NAME}(?: {_NAME}){{1,2}}), "
                      rf"(?:(?:a|an|the) (?:[a-z-]+ ){{0,3}}?(?:{alt})(?= (?:in|of|at|for|to|with|from|and)\b|,)"
                      # no article: the office is named by what it serves ("deputy director of")
                      rf"|(?:(?!who|whose|which|where)[a-z-]+ ){{0,2}}?(?:{alt}) (?:of|for|at)\b"
                      rf"|who (?!is\b|was\b)[a-z]+|\d{{1,2}},)", re.M)


def apposed_title_people(found: list[Candidate], state: State) -> list[Candidate]:
    text = state.text
    heads = lexicon.words("org_heads")
    new = []
    for m in _pattern().finditer(text, state.body_start):
        s, e = m.start("name"), m.end("name")
        name = m.group("name")
        words = name.split()
        while len(words) > 2 and (words[0] in _LEAD_WORDS or words[0] in OCCUPATION_LEADS
                                  or words[0].lower() in lexicon.words("title_core")
                                  or STYLE_RE.fullmatch(words[0] + " ") is not None
                                  or not _all_proper(state, s, s + len(words[0]))):
            # "For Ana Ruz, a researcher at", "Meanwhile Ana Ruz, ...", "Driver Ana Ruz, who ...",
            # "Dr Ana Ruz, 52,", "Commodore Ana Ruz, who ...": the name after the lead word
            s += len(words[0]) + 1
            words = words[1:]
            name = " ".join(words)
        if set(words) & heads or words[0] in _LEAD_WORDS \
                or state.gaz.lookup(name) is not None or any(state.gaz.lookup(w) is not None and
                                                            state.gaz.lookup(w).type != "Person" for w in words):
            continue
        if words[-1] in _COMPANY_TAILS:
            continue  # "Lake Timber Products, which ..." never reaches here, but "X Mills, 12," might
        over = [c for c in found if c.start < e and s < c.end]
        if any(c.source == "gaz" or c.start < s or c.end > e for c in over) or state.is_skipped(s, e):
            continue
        if any(c.type == "Person" and (c.start, c.end) == (s, e) for c in over):
            continue
        if any(c.type == "Person" for c in over) and not _all_proper(state, s, e):
            continue  # a shorter person reading widens only over words that can be names
        new.append(Candidate(s, e, name, "Person", "rule"))
    return overlaid(found, new)


def _all_proper(state: State, start: int, end: int) -> bool:
    """Every word a proper noun to the tagger ("Meanwhile Ana Ruz" is no name of three)."""
    span = state.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "PROPN" for t in span)
