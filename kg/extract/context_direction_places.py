"""Names the model typed as people or bodies where only a place fits
(round-22 class A1).

"lies about 80 km south of Bir Lumo", "the strip north of Tarvo Pass", "the
road that runs from Bir Lumo to Osso", "in the disputed territory of Kessa":
a compass direction + "of", a "from X to Y" route, or "the territory / town /
village / region of" before a name makes it a place. The entity is retyped
only when every mention of it stands in such a slot or in a plain place slot
("in X", "at X", "near X"), it is no person's name (a given name + surname,
or the surname of a person the text names) and the gazetteer does not know
it as something else.
"""

from __future__ import annotations

import re

from kg.extract.context_cities import free_place_context, person_names
from kg.extract.context_edit import known, personal_name, retype
from kg.extract.state import State

_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?"
# Strong cues: only a place follows them.
_STRONG_RE = re.compile(
    rf"(?:\b{_COMPASS}\s+of|\b(?:territory|town|village|city|region|province|district|outskirts|suburb|port)\s+of"
    rf"|\bruns?\s+from|\b(?:km|kilometres|kilometers|miles)\s+(?:from|to))\s+(?:the\s+)?$", re.I)
# Weak cues: a place or something else may follow; they keep a strongly cued name a place.
_WEAK_RE = re.compile(r"\b(?:in|at|near|from|to|towards|via|outside)\s+(?:the\s+)?$")
# "from Bir Lumo to Osso": the second name of a route is a place too.
_ROUTE_RE = re.compile(r"\bfrom\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+to\s+$")


def apply(state: State) -> None:
    surnames = person_names(state)
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Person", "Organization"} or entity.unnamed or not entity.mentions:
            continue
        if known(state, entity.label) or entity.label in surnames or len(entity.label.split()) > 3:
            continue
        if entity.type == "Person" and personal_name(entity.label):
            continue
        strong = weak = 0
        for span in entity.mentions:
            lead = state.text[max(0, span.start - 60):span.start].rsplit("\n", 1)[-1]
            if re.match(r"\s*['’]s\b", state.text[span.end:span.end + 4]):
                break  # "Osso's mayor": an owner, whatever it is
            if not free_place_context(state, span.start, span.end):
                break
            if _STRONG_RE.search(lead) or _ROUTE_RE.search(lead):
                strong += 1
            elif _WEAK_RE.search(lead):
                weak += 1
            else:
                break
        else:
            if strong:
                retype(state, key, "Place")
