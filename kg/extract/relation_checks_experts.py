"""Researchers and teachers represent their institution, by a relative clause.

"Rahul Mehta, who teaches international relations at X University," / "...,
who works at the X Institute," / "who researches water law at X": the person
represents the institution (the office step reads "a researcher at X" already).
"""

from __future__ import annotations

import re

from kg.extract.state import State
from kg.model import ORG_TYPES

_WORKS_AT_RE = re.compile(
    r",\s+who\s+(?:now\s+|also\s+)?(?:teaches|taught|works|worked|lectures|lectured|researches|researched|studies|"
    r"studied|is\s+based|heads\s+research)\b(?:\s+[\w-]+){0,4}?\s+(?:at|for|with)\s+(?:the\s+)?")


def apply(state: State) -> None:
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.start < state.body_start:
            continue
        hit = _WORKS_AT_RE.match(state.text, m.end, min(len(state.text), m.end + 120))
        if hit is None:
            continue
        org = state.mention_at(hit.end(), hit.end() + 1, ORG_TYPES)
        if org is None or org.start != hit.end():
            continue
        sent = state.sentence_of(m.start)
        state.add_relation(m.key, "represents", state.sentence_span(sent), obj=org.key)
