"""A habitual complaint of an unnamed group is background, not a statement:
'Traders' groups have complained for years that goods are checked twice' tells
what has long been said, by nobody in particular. A named speaker ('Okon has
complained for months that ...') keeps the statement; so does a group's plain
present claim ('Skippers say the wait has cost them a season'), and so does a
plain 'said' ('Turkish officials have long said that normalisation depends on
...': a position stated, not a grievance).
"""

from __future__ import annotations

import re

from kg.extract.state import State

# 'have complained for years that', 'has long argued that', 'have for decades insisted that'
_HABITUAL_RE = re.compile(
    r"\b(?:have|has)\s+(?:long\s+|for\s+(?:years|decades|generations|a\s+long\s+time)\s+)?"
    r"(?:complained|argued|warned|insisted|claimed|maintained|protested|grumbled)\s*"
    r"(?:for\s+(?:years|decades|generations|a\s+long\s+time)\s+)?(?:that\s+)?$")
_MARKER_RE = re.compile(r"\blong\b|\bfor\s+(?:years|decades|generations|a\s+long\s+time)\b")


def drop_habitual(state: State) -> None:
    """Remove reported statements of unnamed speakers introduced by a habitual
    present perfect ('have complained for years that ...')."""
    keep = []
    for statement in state.statements:
        entity = state.entities.get(statement.speaker)
        lead = state.text[statement.evidence.start:statement.quote_span.start]
        if statement.kind == "reported" and entity is not None and entity.unnamed \
                and statement.evidence.start <= statement.quote_span.start:
            m = _HABITUAL_RE.search(lead)
            if m is not None and _MARKER_RE.search(m.group(0)):
                continue
        keep.append(statement)
    state.statements[:] = keep
