"""A bank's research arm is the bank (round-30 S3).

"Danube Baltic Bank | Macro & Strategy Research ... This note has been
prepared by Danube Baltic Bank Research for information only": the research
note's publisher signs with its research unit; the unit is the bank under
another name, not a second organisation. An organisation named "<another
organisation of the text> Research" (or "... Economics", "... Research
Department", "... Global Research") becomes an alias of it.
"""

from __future__ import annotations

import re

from kg.model import ORG_TYPES
from kg.extract.state import State

_UNIT_TAIL_RE = re.compile(r"(?P<owner>.+?)\s+(?:(?:Global|Macro|Investment|Equity|Economic|Markets?)\s+)?"
                           r"(?:Research|Economics)(?:\s+(?:Department|Team|Unit|Division))?")


def research_units(state: State, absorb) -> None:
    """Absorb each research unit named after an organisation of the text into it."""
    by_label = {e.label: key for key, e in state.entities.items() if e.type in ORG_TYPES and not e.unnamed}
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES or entity.unnamed:
            continue
        m = _UNIT_TAIL_RE.fullmatch(entity.label)
        if m is None:
            continue
        owner = by_label.get(m.group("owner"))
        if owner is not None and owner != key and owner in state.entities:
            absorb(state, key, owner)
