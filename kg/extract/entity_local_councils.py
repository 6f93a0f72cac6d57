"""A town's council or municipality acting is a government body (round-29 class A6).

"Oulu city council agreed", "the Tromsø municipality will pay", "Utsjoki
municipality said": a town's name and a lower-case local-government noun
(municipality, city council, town council, municipal council) is one
GovernmentAgency with the text's words as its name; the town inside stays a
Place of its own. After "in", "of", "near" or a possessive ("a village in
Kolding municipality", "Latvia's Valka municipality") the words name the
area, a place, and are left to the subdivision rules.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_TOWN = rf"{CAP_CLASS}[\w'’-]*(?:[ \t]+{CAP_CLASS}[\w'’-]*)?"
_BODY_RE = re.compile(rf"(?<![\w'’-])(?P<town>{_TOWN})[ \t]+(?P<head>municipality|city[ \t]+council|town[ \t]+council|"
                      rf"municipal[ \t]+council|city[ \t]+hall|municipal[ \t]+government)(?![\w-])")
_AREA_BEFORE = re.compile(r"(?:\b(?:in|of|near|at|from|to|into|across|throughout|within|around)\s+(?:the\s+)?|['’]s\s+)$")
_NOT_TOWN = frozenset("The A An This That In On At By For To From With And But Or As Its Their Our".split())


def local_councils(state: State) -> tuple[list[Candidate], list[Candidate]]:
    """The bodies (to compete with other candidates) and their towns (nested, added after)."""
    text = state.text
    bodies, towns = [], []
    for m in _BODY_RE.finditer(text):
        start = m.start("town")
        town = m.group("town")
        first = town.split()[0]
        if first in _NOT_TOWN:
            if len(town.split()) == 1:
                continue
            start += len(first) + 1
            town = text[start:m.end("town")]
        if "\n" in m.group(0) or state.is_skipped(start, m.end()):
            continue
        if len(town.split()) > 1 and re.search(r"['’]s$", town.split()[0]):
            continue  # "Georgia's Marneuli municipality": an owner's area, as after "Latvia's" below (s31)
        if _AREA_BEFORE.search(text[max(0, start - 20):start]):
            continue  # "a village in Kolding municipality": the area
        if state.gaz.country_of_demonym(town) is not None:
            continue  # "the Montenegrin municipality of Niksic": the country's adjective, no town
        entry = state.gaz.lookup(town)
        if entry is not None and entry.type not in {"Place"}:
            continue  # "the Finland municipality"? a country is no town
        bodies.append(Candidate(start, m.end(), text[start:m.end()], "GovernmentAgency", "rule"))
        towns.append(Candidate(start, start + len(town), town, "Place", "gaz" if entry else "rule", entry))
    return bodies, towns
