"""Datelines that name a town and its region: "Modane, Savoie - Thursday 5 March 2026 -",
"Emmerich, North Rhine-Westphalia - Monday". The town lies in the region (both are places,
whatever the name finder took the unfamiliar one for: a region after a town's comma in a
dateline is no person and the town no office). A country after the comma is left to the
locatedIn rules ("Lima, Peru - ..." is the usual shape); a body or outlet after the comma
("Kiev, Reuters -") is no region.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.evidence import evidence_for
from kg.extract.state import State

_NAME = r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}"
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?P<a>{_NAME}),[ \t]+(?P<b>{_NAME})[ \t]*[-–—][ \t]*"
    rf"(?:(?:{dates.WEEKDAY_NAMES})\b|\d{{1,2}}[ \t]+(?:{dates.CALENDAR_NAMES})\b|(?:{dates.CALENDAR_NAMES})[ \t]+\d)",
    re.M)
_RETYPE = {"Person", "Position", "Organization", "Place"}


def apply(state: State) -> None:
    for line in _DATELINE_RE.finditer(state.text):
        a = state.mention_at(line.start("a"), line.end("a"))
        b = state.mention_at(line.start("b"), line.end("b"))
        if a is None or b is None or a.key == b.key or (a.start, a.end) != line.span("a") \
                or (b.start, b.end) != line.span("b"):
            continue
        town, region = state.entities.get(a.key), state.entities.get(b.key)
        if town is None or region is None or town.type not in _RETYPE or region.type not in _RETYPE:
            continue  # "Lima, Peru -": a country is read by the locatedIn rules
        if set(region.label.split()) & lexicon.words("org_heads") or set(town.label.split()) & lexicon.words("org_heads"):
            continue
        entry = state.gaz.lookup(region.label)
        if entry is not None and entry.section not in {"regions", "places", "cities"}:
            continue  # a known body or person after the comma
        if state.voiced(a.key) or state.voiced(b.key):
            continue  # someone speaks: a name after all
        for key in (a.key, b.key):
            entity = state.entities[key]
            if entity.type != "Place":
                for r in [r for r in state.relations if key in {r.subject, r.object}]:
                    state.remove_relation(r)
                entity.type = "Place"
        state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
