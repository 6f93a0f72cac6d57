"""Several office holders speaking together.

'..., the two foreign ministers said' is one statement for each named person
holding that office in the text, not one for an unnamed 'foreign ministers'.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract import lexicon
from kg.extract.speakers import forget_entity
from kg.extract.state import State


def plural_holders(state: State, key: str) -> list[str]:
    """'the two countries' foreign ministers said': the named people holding that
    office in this text (two to four of them), for an unnamed plural speaker."""
    entity = state.entities[key]
    words = entity.label.lower().split()
    if not entity.unnamed or entity.type != "Person" or not words or not words[-1].endswith("s"):
        return []
    head = words[-1][:-3] + "y" if words[-1].endswith("ies") else words[-1][:-1]
    if head not in lexicon.words("title_core"):
        return []
    if not any(re.search(r"\b(?:two|both)\b[^.;,]{0,30}$", state.text[max(0, m.start - 40):m.start], re.I)
               for m in entity.mentions):
        return []  # only "the two (countries') ministers", "both prime ministers": one from each side
    title = " ".join([*words[:-1], head])
    holders = [person for person, position in state.positions.items()
               if not state.entities[person].unnamed and title in state.entities[position].label.lower()]
    sides = {c for h in holders for c in state.objects(h, "represents") if state.entity_type(c) == "Country"}
    return holders if 2 <= len(holders) <= 4 and len(sides) >= 2 else []


def holders_speak(state: State) -> None:
    """Replace each statement of an unnamed plural office ('the two foreign
    ministers') by one statement per named holder, and drop the unnamed node
    when nothing else needs it."""
    split: set[str] = set()
    for statement in list(state.statements):
        holders = plural_holders(state, statement.speaker)
        if not holders:
            continue
        split.add(statement.speaker)
        at = state.statements.index(statement)
        state.statements[at:at + 1] = [dataclasses.replace(statement, speaker=h,
                                                            about=[k for k in statement.about if k != h])
                                        for h in holders]
    for key in split:
        if not any(key in {s.speaker, s.addressee} for s in state.statements):
            forget_entity(state, key)
