"""Named deserts, valleys and regions a country owns in the possessive.
"Ramat Gan, in Israel's Negev desert," / "to Tosa in Kessa's Ama valley" / "the town of Lumi in
Tarvia's Bari highlands": the capitalised name before a lower-case feature word is a place
of that country (the name finder often skips it), and the place set off before it with "in"
lies in it. The label is the name without the feature word ("Negev"), as the golds write it.
Only a name no other mention covers is made a place; a name the finder read as a person or
body there becomes a place.
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import State
from kg.iris import slugify

_FEATURES = (r"desert|valley|plateau|highlands|lowlands|mountains|hills|basin|delta|steppe|peninsula|"
             r"plain|plains|lake\s+region|oasis|uplands|marshes|wetlands|forest")
_OWNED_RE = re.compile(rf"(?P<owner>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)['’]s\s+(?:(?:north|south|east|west|"
                       rf"northern|southern|eastern|western|central|far|arid|remote)\s+)?"
                       rf"(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}})\s+(?:{_FEATURES})\b")
_WATER_RE = re.compile(r"\b(?:Ocean|Sea|Lake|River|Gulf|Bay|Strait|Lagoon)\b")
# the place located by the phrase: "Ramat Gan, in " / "Ramat Gan in "
_IN_BEFORE_RE = re.compile(r",?\s+in\s+(?:the\s+)?$")


def apply(state: State) -> None:
    for hit in _OWNED_RE.finditer(state.text, state.body_start):
        if "\n" in hit.group(0) or state.is_skipped(hit.start(), hit.end()):
            continue
        owner = state.mention_at(hit.start("owner"), hit.end("owner"), {"Country"})
        if owner is None or (owner.start, owner.end) != hit.span("owner"):
            continue
        start, end = hit.span("name")
        if _WATER_RE.search(hit.group("name")):
            continue  # "Kenya's Indian Ocean coast", "Chad's Lake Chad basin": the water is no part of the country
        covering = [m for m in state.mentions if m.start < end and start < m.end]
        whole = [m for m in covering if m.start == start and m.end in {end, hit.end()} and state.entity_type(m.key) == "Place"]
        if len(covering) == 1 and whole:
            # "Lumo desert" read as a place already: the same place, located the same way
            _locate(state, hit, whole[0].key, owner)
            continue
        if any(state.entity_type(m.key) in {"Place", "Country", "Agreement", "GovernmentAgency", "MediaOrganization"}
               or m.start < start or m.end > end for m in covering):
            continue  # a name read already (or one running past the feature's name)
        label = " ".join(hit.group("name").split())
        key = slugify(label)
        existing = state.entities.get(key)
        if existing is not None and existing.type not in {"Place", "Person", "Organization"}:
            continue
        for m in covering:
            state.remove_mention(m)  # "Negev" read as a person: the words name the feature
        existing = state.entities.get(key)
        if existing is None:
            state.add_entity(label, "Place", key=key)
        state.entities[key].type = "Place"
        state.add_mention(key, start, end, alias=False)
        _locate(state, hit, key, owner)


def _locate(state: State, hit: re.Match, key: str, owner) -> None:
    """The feature lies in its owner; the place set off before it with "in" lies in the feature."""
    evidence = evidence_for(state, owner)
    state.add_relation(key, "locatedIn", evidence, obj=owner.key)
    before = _IN_BEFORE_RE.search(state.text, max(state.body_start, hit.start() - 12), hit.start())
    if before is None:
        return
    placed = state.last_mention_before(before.start() + 1, {"Place"})
    if placed is not None and placed.end == before.start():
        state.add_relation(placed.key, "locatedIn", evidence, obj=key)
