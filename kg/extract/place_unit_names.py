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


# "Venezuela's Táchira state" ... "the capital of Táchira": the region and its bare name are one place;
# "Argentina's Vaca Muerta formation" ... "Vaca Muerta": the geological word goes when the bare name is used
_HEADED_LABEL_RE = re.compile(r"^(?P<name>[A-ZÀ-ÝČŘŠŽŁŚŻ].*?)\s(?P<head>province|state|department|region|district|county|"
                              r"oblast|governorate|prefecture|formation|field|basin)$")
_SETTLEMENT = r"(?:town|city|village|port|hamlet|settlement|capital|municipality)"


_UNIT_HEADS = frozenset("province state department region district county oblast governorate prefecture".split())


def merge_headed_labels(state: State) -> None:
    """A place labelled "<Name> <unit word>" is the place the text also names "<Name>" alone: the
    bare name is the label, the headed form an alias. Not when the bare name is a town ("Nong
    Khai province" beside the town of Nong Khai stays a place of its own)."""
    from kg.extract.resolve_merge import absorb_linked
    from kg.extract.resolve_variants import town_named_alone

    for key, entity in list(state.entities.items()):
        if key not in state.entities or entity.type != "Place" or entity.unnamed:
            continue
        hit = _HEADED_LABEL_RE.match(entity.label)
        if hit is None:
            continue
        name = hit.group("name")
        own, entry = state.gaz.lookup(entity.label), state.gaz.lookup(name)
        if own is not None and own.label != (entry.label if entry is not None else name):
            continue  # "Kisumu county": a region the data lists apart from its town
        if re.search(rf"(?<![\w'’-]){re.escape(name)},?\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?['’]s\s+)?"
                     rf"{re.escape(entity.label)}\b", state.text):
            continue  # "Trucks left Puno, in Peru's Puno region": the town lies in the region
        names = {name, entry.label} if entry is not None else {name}
        bare = next((k for k, e in state.entities.items() if k != key and e.type == "Place" and not e.unnamed
                     and (e.label in names or names & e.aliases) and e.mentions), None)
        if bare is None or _settlement(state, state.entities[bare]):
            continue
        if hit.group("head") in _UNIT_HEADS and town_named_alone(state, name):
            continue  # "Russia's Orenburg region ... talks in Orenburg": the town and its region
        headed = entity.label
        absorb_linked(state, key, bare)
        state.entities[bare].aliases.add(headed)


_UNIT_TAIL_RE = re.compile(r"\s(?:province|district|county|region|state|department|prefecture|oblast|governorate)$")


def split_town_units(state: State) -> None:
    """"Nong Khai province in Thailand ... Nong Khai is a border town": a mention with a unit word
    that resolution gave the town of the same name names the unit, a place of its own."""
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for key, entity in list(state.entities.items()):
        if key not in state.entities or entity.type != "Place" or entity.unnamed or _UNIT_TAIL_RE.search(entity.label):
            continue
        units = [m for m in state.mentions if m.key == key and m.start >= state.body_start
                 and _UNIT_TAIL_RE.search(" ".join(state.text[m.start:m.end].split()))]
        if not units or len(units) == len([m for m in state.mentions if m.key == key]) \
                or not _settlement(state, entity, known=False):
            continue
        for m in units:
            surface = " ".join(state.text[m.start:m.end].split())
            entity.aliases.discard(surface)
            rename_span(state, m.start, m.end, surface, "Place")


def _settlement(state: State, entity, known: bool = True) -> bool:
    """Is the place called a town (city, port ...) in the text, or (``known``) a town the gazetteer knows?"""
    entry = state.gaz.lookup(entity.label)
    if known and entry is not None and entry.section not in {"regions"}:
        return True
    for label in {entity.label, *entity.aliases}:
        name = re.escape(label)
        if re.search(rf"\b(?:town|city|village|port|hamlet|settlement)\s+of\s+{name}\b|(?<![\w'’-]){name},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_SETTLEMENT}\b"
                     rf"|(?<![\w'’-]){name}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_SETTLEMENT}\b"
                     rf"|(?<![\w'’-]){name}\s+(?:town|city)\b", state.text[state.body_start:]):
            return True
    return False


def _town_beside_unit(state: State, m, surface: str, unit: str) -> bool:
    """"met in Batken ... the Batken region": a known town the text also names alone is not the
    region around it, which is a place of its own."""
    from kg.extract.resolve_variants import town_named_alone

    if unit not in _UNIT_HEADS or not town_named_alone(state, surface):
        return False
    return any(o.key == m.key and o.start != m.start and o.start >= state.body_start
               and _UNIT_AFTER_RE.match(state.text, o.end) is None for o in state.mentions)


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
        if _town_beside_unit(state, m, surface, unit.group(1)):
            from kg.extract.context_edit import rename_span  # an editing helper of the context pass

            rename_span(state, m.start, unit.end(), f"{surface} {unit.group(1)}", "Place")
            continue
        entity.aliases.add(f"{surface} {unit.group(1)}")
