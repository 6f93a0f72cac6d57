"""A site in a named area a town owns in the possessive.

"Stormont House in Belfast's Stormont Estate": the site lies in the estate, the estate in
Belfast. A name ending in an area word ("Estate", "Park", "Quarter", "Gardens", "Compound")
after "<place>'s" is a place, whatever the name finder took it for (it often reads "Stormont
Estate" as a person). "the Serena Hotel in Kampala's Nakasero district" is read elsewhere (a
place word in lower case).
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import State

_AREA_HEADS = frozenset("Estate Park Quarter Gardens Compound Campus Square Heights Village Precinct Complex "
                        "District Zone".split())
_SITE_TYPES = {"Place", "Organization", "GovernmentAgency"}


def apply(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]
    for site, owner, area in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(owner.key) not in {"Place", "Country"} or state.entity_type(site.key) != "Place":
            continue
        if not re.fullmatch(r",?\s+in\s+(?:the\s+)?", state.text[site.end:owner.start]):
            continue
        if not re.fullmatch(r"['’]s\s+", state.text[owner.end:area.start]):
            continue
        entity = state.entities[area.key]
        words = entity.label.split()
        if len(words) < 2 or words[-1] not in _AREA_HEADS or entity.unnamed:
            continue
        if entity.type in {"Person", "Organization"}:
            if any(s.speaker == area.key for s in state.statements):
                continue  # a speaker is no place
            entity.type = "Place"
        elif entity.type != "Place":
            continue
        state.add_relation(site.key, "locatedIn", evidence_for(state, site), obj=area.key)
        state.add_relation(area.key, "locatedIn", evidence_for(state, area), obj=owner.key)
