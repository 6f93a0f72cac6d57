"""An official with no side who met the other side's official acts for the other country
(session 29, H2).

"Fisheries Minister Rachel Ambrose met Norway's Minister of Fisheries, Hakon Stensrud",
"Abiy met President Ismail Omar Guelleh", "The talks brought together Justice Minister A and
Ruritania's Minister of the Interior, B": in a report on two countries, a meeting of two
officials is a meeting across the table. When one of them acts for one of the two countries
and the other holds an office that names no side, the other acts for the other country. The
town officers' version of this (``relations._met_across``) stays where it is; this one needs
an office, so a bystander who "met" someone gets nothing.
"""

from __future__ import annotations

from kg.extract.sides import main_sides
from kg.extract.state import State


def met_sides(state: State) -> None:
    """Add 'represents <other side>' for sideless officials who met one side's official."""
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    if len(sides) != 2:
        return
    met: dict[str, set[str]] = {}
    evidence = {}
    for r in state.relations:
        if r.predicate != "metWith" or not r.object:
            continue
        for a, b in ((r.subject, r.object), (r.object, r.subject)):
            met.setdefault(a, set()).add(b)
            evidence.setdefault(a, r.evidence)
    for person, others in met.items():
        entity = state.entities.get(person)
        if entity is None or entity.type != "Person" or entity.unnamed or state.objects(person, "represents"):
            continue
        offices = state.objects(person, "holdsPosition")
        if not offices or any(state.objects(o, "positionIn") for o in offices):
            continue  # no office, or one whose body is named: that body's, not a country's
        known = {c for o in others for c in state.objects(o, "represents")}
        across = set(sides) & known
        if len(across) != 1:
            continue  # met both sides (a mediator) or neither
        state.add_relation(person, "represents", evidence[person], obj=next(k for k in sides if k not in across))
