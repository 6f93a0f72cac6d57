"""Army units numbered with an ordinal (round-26 class A7).

"commander of the Kenyan army's 3rd Mechanised Brigade", "the 14th Infantry
Division": an ordinal, capitalised words and a unit word (Brigade, Division,
Battalion, Regiment ...) name one state unit, a GovernmentAgency with the
ordinal in its name -- never a place "Mechanised Brigade" (the model's guess
without the number). Where it belongs is the offices rules' business.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_UNIT_RE = re.compile(
    r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Division|Battalion|Regiment|Corps|Army|Fleet|Squadron|Flotilla|Wing|Infantry)(?![\w-])")


def military_units(state: State) -> list[Candidate]:
    out = []
    for m in _UNIT_RE.finditer(state.text, state.body_start):
        if not state.is_skipped(m.start(), m.end()):
            out.append(Candidate(m.start(), m.end(), m.group(0), "GovernmentAgency", "rule"))
    return out
