"""Names written with their administrative unit word are places.
"the mayor of the Druskininkai municipality" / "Lithuania's Vilnius district" / "Romania's Iasi
county": a name followed by a lower-case unit word (municipality, district, county, province ...)
after "the" or a country's possessive names an administrative unit: a place, never a person
or a body the name finder took it for (its offices and sides read from that mistake go). The
label stays the bare name (older golds write it so); the name with its unit word is an alias,
so either spelling finds it.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_UNIT_AFTER_RE = re.compile(r"[ \t]+(municipality|district|county|province|region|oblast|governorate|prefecture|"
                            r"department|canton|commune|rayon|raion|voivodeship|okrug|krai)\b(?![-'’])")
_BEFORE_RE = re.compile(r"(?:\b[Tt]he|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s)\s+$")


# "Ústí nad Labem Region", "Rothenburg ob der Tauber", "Frankfurt an der Oder", "Kingston upon Hull": a town
# named after its river or hill with a lower-case particle (and a unit word after it) is one place
_PARTICLE_NAME_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-ÝČŘŠŽŁŚŻ][\w'’-]+(?:\s[A-ZÀ-ÝČŘŠŽŁŚŻ][\w'’-]+)?\s(?:nad|pod|ob\s+der|an\s+der|am|upon|pri|bei|sur)\s"
    r"[A-ZÀ-ÝČŘŠŽŁŚŻ][\w'’-]+)(?P<unit>\s(?:Region|District|County|Province|Land|Kreis))?(?![\w'’-])")


def particle_names(state: State) -> None:
    """A place name cut at its particle ("Labem Region" of "Ústí nad Labem Region", "Rothenburg" and
    "Tauber" of "Rothenburg ob der Tauber") is the whole name."""
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for hit in list(_PARTICLE_NAME_RE.finditer(state.text, state.body_start)):
        if "\n" in hit.group(0) or state.is_skipped(hit.start(), hit.end()):
            continue
        start, end = hit.start(), hit.end()
        inside = [m for m in state.mentions if m.start < end and start < m.end]
        if not inside or any(m.start < start or m.end > end for m in inside):
            continue  # nothing read there, or a longer name holds the words
        if any(m.start == start and m.end == end for m in inside):
            continue
        if any(state.entities[m.key].type not in {"Place", "Person", "Organization"} for m in inside):
            continue
        if any(s.speaker in {m.key for m in inside} for s in state.statements):
            continue
        rename_span(state, start, end, " ".join(hit.group(0).split()), "Place")


# "in the wilayat of Sadah", "the municipality of Tarvo": a unit word and "of" before a capitalised name
_UNIT_OF_RE = re.compile(r"\b(?:the|a)\s+(?:wilayat|wilaya|municipality|commune|hamlet|village|town|sub-?district|"
                         r"township|parish|canton|oblast|governorate|prefecture)\s+of\s+"
                         r"(?P<name>[A-ZÀ-ÝČŘŠŽŁŚŻ][\w'’-]+(?:\s[A-ZÀ-ÝČŘŠŽŁŚŻ][\w'’-]+)?)(?![\w'’-])")
_NOT_NAME = frozenset("January February March April May June July August September October November December Monday "
                      "Tuesday Wednesday Thursday Friday Saturday Sunday The This That".split())


def unit_of_names(state: State) -> None:
    """"in the wilayat of Sadah in Oman's Dhofar Governorate": a name the finder missed after a
    unit word and "of" is a place (its container is read with the other place phrases)."""
    for hit in _UNIT_OF_RE.finditer(state.text, state.body_start):
        start, end = hit.span("name")
        if "\n" in hit.group(0) or state.is_skipped(start, end) or state.mentions_in(start, end) \
                or any(m.start < end and start < m.end for m in state.mentions):
            continue
        name = hit.group("name")
        if name.split()[0] in _NOT_NAME or state.gaz.lookup(name) is not None and state.gaz.lookup(name).type != "Place":
            continue
        entity = state.add_entity(name, "Place")
        if entity.type == "Place":
            state.add_mention(entity.key, start, end)


def apply(state: State) -> None:
    particle_names(state)
    unit_of_names(state)
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if m.start < state.body_start or entity is None or entity.unnamed or entity.type not in {"Place", "Person", "Organization"}:
            continue
        unit = _UNIT_AFTER_RE.match(state.text, m.end)
        if unit is None or _BEFORE_RE.search(state.text, max(0, m.start - 40), m.start) is None:
            continue
        surface = " ".join(state.text[m.start:m.end].split())
        if entity.type == "Person":
            if any(s.speaker == m.key for s in state.statements):
                continue  # a speaker is someone after all
            entity.type = "Place"
            for r in [r for r in state.relations if m.key in {r.subject, r.object}
                      and r.predicate in {"holdsPosition", "represents", "memberOf", "metWith", "positionIn"}]:
                state.remove_relation(r)
        elif entity.type == "Organization":
            continue  # "the Kessa Water municipality" may be a utility: left to the body rules
        entity.aliases.add(f"{surface} {unit.group(1)}")
