"""A zone an agreement establishes is a place of its own.

"the Agreement on the Establishment of the Tolvar-Kessan Joint Economic Zone ...
The JEZ would cover 24 square kilometres": the zone named inside the title is a
place, and the acronym of its name ("JEZ") is another name of that place (the
name finder may have taken it for a body). "the JEZ agreement" stays the
agreement's alias.
"""

from __future__ import annotations

import re

from kg.extract.resolve_merge import absorb_linked
from kg.extract.state import State

_ZONE_RE = re.compile(r"\b(?:Establishment|Creation|Development|Setting\s+Up|Operation)\s+of\s+(?:the\s+|a\s+)?"
                      r"(?P<zone>(?:[A-Z][\w'’.-]*\s+){1,5}(?:Zone|Area|Park|Corridor|Region))\b")


def _acronyms(words: list[str]) -> set[str]:
    """'Tolvar-Kessan Joint Economic Zone' -> JEZ, TKJEZ (the initials of its last words)."""
    parts = [p for w in words for p in re.split(r"[-–]", w) if p]
    out = set()
    for k in range(2, len(parts) + 1):
        out.add("".join(p[0] for p in parts[-k:]).upper())
    return out


def zone_places(state: State) -> None:
    for m in [x for x in state.mentions if x.start >= state.body_start and state.entity_type(x.key) == "Agreement"]:
        hit = _ZONE_RE.search(state.text, m.start, m.end)
        if hit is None or hit.end("zone") > m.end:
            continue
        label = " ".join(hit.group("zone").split())
        zone = state.add_entity(label, "Place")
        if zone.type != "Place":
            continue
        state.add_mention(zone.key, hit.start("zone"), hit.end("zone"), alias=False)
        names = _acronyms(label.split())
        for key, entity in list(state.entities.items()):
            if key == zone.key or entity.type not in {"Organization", "Place", "GovernmentAgency"} \
                    or entity.label not in names or entity.same_as:
                continue
            if any(st.speaker == key for st in state.statements):
                continue  # a body that speaks is no zone
            absorb_linked(state, key, zone.key)
