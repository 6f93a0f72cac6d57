"""State bodies and the country they belong to, where the partOf rules say nothing.

* "the Embassy of Guatemala in Belize", "the Mexican Consulate in Texas": an
  embassy belongs to the sending country, never to the host.
* "the Central Electricity Authority in New Delhi": a national body in a
  country's capital (the country named in the text) belongs to that country.
"""

from __future__ import annotations

import re

from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.state import State

_MISSION_RE = re.compile(r"^(?:the\s+)?(?:Embassy|Consulate(?:[- ]General)?|High\s+Commission|Permanent\s+Mission|"
                         r"Mission|Consular\s+Office)\s+of\s+(?:the\s+)?(?P<c>.+?)(?:\s+(?:in|to|at)\s+.+)?$")
_MISSION_WORDS = frozenset("Embassy Consulate Consulate-General High Commission Mission".split())
_IN_PLACE_RE = re.compile(r"\s+(?:in|based\s+in)\s+(?:the\s+)?")
# a national body by its head word (not a company, not an embassy, not a joint body)
_NATIONAL_HEADS = frozenset("Authority Agency Commission Ministry Department Directorate Board Bureau Office "
                            "Service Council Regulator Administration Inspectorate Secretariat".split())
_NOT_NATIONAL = frozenset("Joint Binational Bilateral International Regional Mixed Intergovernmental".split())


def apply(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type not in {"GovernmentAgency", "Organization"} or entity.unnamed:
            continue
        body = body_mentions(state, key)
        if not body:
            continue
        if _mission(state, key, body):
            continue
        if entity.type == "GovernmentAgency":
            _body_in_capital(state, key, body)


def _countries_of(state: State, key: str) -> list[str]:
    return [o for o in state.objects(key, "partOf") if state.entity_type(o) == "Country"]


def _mission(state: State, key: str, body: list) -> bool:
    """An embassy or consulate: partOf the country it represents, not its host."""
    label = state.entities[key].label
    if not set(label.replace("-", " ").split()) & _MISSION_WORDS and "High Commission" not in label:
        return False
    hit = _MISSION_RE.match(label)
    sender = None
    if hit is not None:
        words = hit.group("c")
        entry = state.gaz.lookup(words) or state.gaz.country_of_demonym(words)
        sender = country_key(state, entry.label) if entry is not None and entry.type == "Country" else None
    if sender is None:
        return True  # "the Guatemalan Embassy": the partOf rules read the demonym already
    for r in list(state.relations):
        if r.subject == key and r.predicate == "partOf" and r.object != sender \
                and state.entity_type(r.object) == "Country":
            state.remove_relation(r)
    state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=sender)
    return True


def _body_in_capital(state: State, key: str, body: list) -> None:
    """'The Central Electricity Authority in New Delhi': the capital's country."""
    if _countries_of(state, key) or state.objects(key, "partOf"):
        return
    words = state.entities[key].label.split()
    if not set(words) & _NATIONAL_HEADS or set(words) & _NOT_NATIONAL:
        return
    for m in body:
        hit = _IN_PLACE_RE.match(state.text, m.end)
        if hit is None:
            continue
        place = state.mention_at(hit.end(), hit.end() + 1, {"Place"})
        if place is None or place.start != hit.end():
            continue
        entry = state.gaz.lookup(state.entities[place.key].label)
        if entry is None or not entry.capital or not entry.country:
            continue
        country = country_key(state, entry.country)
        if country is not None:
            state.add_relation(key, "partOf", evidence_for(state, m), obj=country)
            return
