"""Foreign-language organisation names with lower-case words, fixed by an
apposition (round-21 class A3).

"According to Kessanske ceste, the state road company, ...", "Tarvske
pošte, the postal operator, said": a name in another language keeps its
lower-case words ("ceste", "pošte"); the statistical model cuts it at the
first of them and types the capitalised rest as a place or a person. Where a
capitalised word opens a short run that ends right before an apposed
organisation descriptor, and the run holds a lower-case word that is no
English function word, the whole run is one Organization.

The apposition may also come first (round-25 class A7): "its Hungarian
partner, Országos Mentőszolgálat, has drafted", "the Slovak insurer, Dôvera
zdravotná poisťovňa, will pay": the run between the descriptor's comma and the
next comma is the name, whole.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Lower-case words of English phrases that a run before a comma may be ("Tosa officials", "Bari said").
_ENGLISH_TAILS = frozenset("said says told officials official spokesman spokeswoman residents people farmers "
                           "traders government minister ministry police".split())
_ENGLISH = "|".join(sorted(STOP_WORDS | _ENGLISH_TAILS, key=len, reverse=True))
_CAP = rf"{CAP_CLASS}[\w'’.-]*"
_LOW = rf"(?!(?:{_ENGLISH})(?![\w'’-]))[a-zà-ÿ][\w'’-]*"  # a lower-case word of no English phrase
# A run of 2-5 words: a capitalised one first, then capitalised or lower-case words.
_RUN = rf"{_CAP}(?: (?:{_CAP}|{_LOW})){{1,4}}"
# Nouns of bodies an apposition gives ("the state road company", "a public utility").
_BODY_NOUNS = ("company|firm|operator|utility|corporation|enterprise|carrier|airline|railway|monopoly|agency|"
               "authority|regulator|board|bank|union|association|federation|cooperative|co-operative|producer|"
               "broadcaster|newspaper|news agency|daily|institute|council|office|service|administration")
_FOREIGN_ORG_RE = re.compile(
    rf"(?:\b(?:[Aa]ccording to|by|from|with|for|at|and|told)\s+|(?:^|(?<=[.!?]\s)|(?<=\n)))(?P<name>{_RUN}),\s+"
    rf"(?:the|a|an|its|their)\s+(?:(?!(?:of|for|at|with|in|on|to|and|who|which|that)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_BODY_NOUNS})(?=\s*[,.;:)]|\s+(?:that|which|based|founded|set up|of|for|in)\b)", re.M)


_AFTER_BODY_NOUNS = _BODY_NOUNS + "|insurer|partner|counterpart|supplier|contractor|provider|service provider|fund|group"
_APPOSED_AFTER_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:(?!(?:of|for|at|with|in|on|to|and|who|which|that)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_AFTER_BODY_NOUNS}),\s+(?P<name>{_RUN}),")


def foreign_org_names(state: State) -> list[Candidate]:
    """Organization candidates for foreign names with lower-case words before a body's apposition."""
    out = []
    for m in [*_FOREIGN_ORG_RE.finditer(state.text), *_APPOSED_AFTER_RE.finditer(state.text)]:
        name = m.group("name")
        words = name.split()
        lower = [w for w in words[1:] if w[:1].islower()]
        if not lower or "\n" in name or any(w.lower() in STOP_WORDS or w in _ENGLISH_TAILS for w in lower):
            continue  # all capitalised: the other rules find it; "Tosa and Bari": an English phrase
        if words[0] in {"The", "A", "An", "In", "On", "At", "But", "And"} or re.search(r"['’]s\b", name):
            continue
        if words[-1][:1].islower() and words[-1].endswith(("ed", "ing", "ly")):
            continue  # "Tosa agreed, the company ...": a clause, no name
        if m.re is _APPOSED_AFTER_RE and _verb_inside(state, m.start("name"), m.end("name")):
            continue  # "its partner, Nordlink hopes, ...": a clause inside commas, no name
        out.append(Candidate(m.start("name"), m.end("name"), name, "Organization", "rule"))
    return out


def _verb_inside(state: State, start: int, end: int) -> bool:
    span = state.doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() for t in span)
