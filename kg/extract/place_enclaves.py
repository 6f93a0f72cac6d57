"""locatedIn and connects from what a text says of an enclave, a region or an island.

* "The Oecusse enclave, whose main town is Pante Macassar, ..." -> Pante Macassar lies in the
  enclave (the town a "whose town|capital|port is" clause names lies in the place before it).
* "The X enclave ... is cut off from the rest of Timor-Leste" / "separated from the rest of X"
  -> the subject place lies in X ("the rest of X" says it is part of X).
* "The X enclave ... Its traders rely on the Wini crossing into Y" -> the crossing connects the
  place "its" stands for (the subject place of the sentence before) with Y.
Only places the text names; a country is never located in anything here.
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import State

_PLACE = {"Place", "Country"}
_WHOSE_RE = re.compile(r"(?:\s+(?:enclave|exclave|region|province|district|island|territory|county|state))?\s*,\s+whose\s+"
                       r"(?:(?:main|largest|biggest|chief|only|principal|administrative)\s+)?"
                       r"(?:town|city|capital|port|seat|settlement|village)\s+is\s+")
_REST_OF_RE = re.compile(r"\b(?:is|are|was|were|remains?|lies?)\s+(?:\w+\s+)?(?:cut\s+off|separated|isolated|detached|"
                         r"apart|divided)\s+(?:by\s+[^,.;]{3,60}?\s+)?from\s+the\s+rest\s+of\s+(?:the\s+)?$")
_INTO_RE = re.compile(r"\s+(?:in)?to\s+(?:the\s+)?$")
_CROSSING_WORDS = frozenset("crossing post checkpoint bridge border-post".split())


def apply(state: State) -> None:
    _whose_town(state)
    _rest_of(state)
    _its_crossing(state)


def _place(state: State, key: str) -> bool:
    return key in state.entities and state.entity_type(key) == "Place"


def _whose_town(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if _place(state, a.key) and _place(state, b.key) and a.key != b.key \
                and _WHOSE_RE.fullmatch(state.text, a.end, b.start):
            state.add_relation(b.key, "locatedIn", evidence_for(state, b), obj=a.key)


def _subject_place(state: State, sent) -> str | None:
    """The place a sentence opens with ("The Oecusse enclave, ... is", "Oecusse is")."""
    first = sorted(state.mentions_in(sent.start_char, sent.end_char, _PLACE), key=lambda m: m.start)
    if not first or not re.fullmatch(r"\s*(?:The\s+)?", state.text[sent.start_char:first[0].start]):
        return None
    return first[0].key if _place(state, first[0].key) else None


def _rest_of(state: State) -> None:
    for sent in state.body_sentences():
        subject = _subject_place(state, sent)
        if subject is None:
            continue
        for m in state.mentions_in(sent.start_char, sent.end_char, _PLACE):
            if m.key != subject and _REST_OF_RE.search(state.text, sent.start_char, m.start):
                state.add_relation(subject, "locatedIn", state.sentence_span(sent), obj=m.key)
                break


def _its_crossing(state: State) -> None:
    sents = list(state.body_sentences())
    for before, sent in zip(sents, sents[1:]):
        if not re.match(r"\s*Its\s", state.text[sent.start_char:sent.start_char + 6]):
            continue
        owner = _subject_place(state, before)
        if owner is None:
            continue
        places = sorted(state.mentions_in(sent.start_char, sent.end_char, {"Place"}), key=lambda m: m.start)
        for link, end in zip(places, places[1:]):
            label = state.entities[link.key].label.lower().split()
            if not label or label[-1] not in _CROSSING_WORDS or not _INTO_RE.fullmatch(state.text, link.end, end.start):
                continue
            if owner in {link.key, end.key} or any(r.subject == link.key and r.predicate == "connects"
                                                   for r in state.relations):
                continue
            evidence = state.sentence_span(sent)
            state.add_relation(link.key, "connects", evidence, obj=owner)
            state.add_relation(link.key, "connects", evidence, obj=end.key)
