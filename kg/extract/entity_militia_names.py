"""Armed groups named before "militia(s)", "fighters" or "rebels" (round-26 class A8).

"Government forces still face Fano militias", "clashes with Tarvo fighters":
an unknown capitalised name right before such a noun names the armed group,
an organisation, not a place (the model's usual guess) or a person. A name
the gazetteer knows ("Amhara militias", "Sudanese rebels") is where the
fighters come from, and stays as it is.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_GROUP_NOUN_RE = re.compile(r"[ -](?:militias?|militiamen|fighters|rebels|insurgents|guerrillas|paramilitaries)\b")


def retype_militia_names(found: list[Candidate], state: State) -> None:
    for c in found:
        if c.source == "gaz" or c.type not in {"Place", "Person"} or " " in c.text.strip():
            continue
        if not _GROUP_NOUN_RE.match(state.text, c.end):
            continue
        if state.gaz.lookup(c.text) is not None or state.gaz.demonyms.get(c.text.lower()) is not None:
            continue
        c.type = "Organization"
