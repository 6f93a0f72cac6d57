"""Places the model types as bodies or people (round-37 class A9).

* "EuroAirport Geneva-Annemasse", "Aeropuerto Jorge Chávez", "Kotoka
  International Airport": a name holding an airport word is the airport, a
  place (the model reads the hyphenated town pair as a body).
* "South Sudan's Lakes State", "Nigeria's Lagos State": a name ending in a
  capital "State" after a country's possessive is a state of that country,
  a place (never an organisation).
* "Avenida Bolívar", "Rua Augusta", "Calle Mayor", "Via Roma": a street
  prefix before a capitalised word names a street, never a person.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_AIRPORT_WORDS = frozenset("Airport EuroAirport Aeropuerto Aeroporto Aéroport Flughafen Lufthavn Letiště Lotnisko "
                           "Aerodrome Airfield".split())
_STREET_PREFIXES = ("Avenida|Av\\.|Rua|Calle|Carrera|Via|Viale|Corso|Rue|Boulevard|Bulevar|Avenue|Strada|Ulica|ulica|"
                    "Jalan|Jl\\.|Calzada|Paseo|Rambla|Praça|Plaza|Piazza|Largo|Travessa|Ruta|Camino")
_STREET_RE = re.compile(rf"(?<![\w'’-])(?:{_STREET_PREFIXES})[ \t]+(?:(?:de|del|da|do|dos|das|della|di|la)[ \t]+)?"
                        rf"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){{0,2}}")
_POSSESSIVE_RE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)['’]s[ \t]+$")


def retype_places(found: list[Candidate], state: State) -> list[Candidate]:
    """Retype such readings as places (in place), and add streets the model missed."""
    text = state.text
    for c in found:
        if c.source == "gaz" or c.type not in {"Organization", "GovernmentAgency", "Person"}:
            continue
        words = c.text.split()
        if any(w.strip(",.") in _AIRPORT_WORDS for w in words):
            c.type = "Place"
            continue
        if len(words) >= 2 and words[-1] == "State" and words[0] not in {"The", "Islamic", "Free", "Member", "Secretary"}:
            m = _POSSESSIVE_RE.search(text[max(0, c.start - 40):c.start])
            owner = m.group(1).split() if m else []
            entries = [state.gaz.lookup(" ".join(owner[i:])) for i in range(len(owner))]  # "In South Sudan's"
            if any(e is not None and e.type == "Country" for e in entries):
                c.type = "Place"
    new = []
    for m in _STREET_RE.finditer(text, state.body_start):
        s, e = m.span()
        if "\n" in m.group(0) or state.gaz.lookup(m.group(0)) is not None:
            continue
        inside = [c for c in found if s <= c.start and c.end <= e]
        if any(c.type not in {"Person", "Place"} or c.source == "gaz" and c.type == "Country" for c in inside):
            continue
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in found):
            continue  # a longer name runs over the street's
        if inside and all(c.type == "Place" and (c.start, c.end) == (s, e) for c in inside):
            continue
        if inside or m.group(0).split()[0] in {"Avenida", "Rua", "Calle", "Jalan", "Praça", "Piazza", "Rambla"}:
            new.append(Candidate(s, e, m.group(0), "Place", "rule"))
    return overlaid(found, new)
