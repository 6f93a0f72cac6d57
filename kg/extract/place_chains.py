"""Places inside places, read from descriptions the single-step rules miss.

* "the Harku substation in the Estonian town of Keila": a facility named after
  a town (the name finder saw only "Harku") is a place of its own, labelled as
  written, and lies in the town the words put it in;
* "Haapsalu, a town in the Laane municipality of Estonia's Laanemaa region":
  the town lies in the municipality, the municipality in the region and the
  region in the country (no shortcut from the town or the municipality to the
  country: the chain says where each lies);
* "Estlink 3 runs 150 kilometres under the gulf from the Harku substation in
  Keila to Inkoo, a town in Finland": the link connects the two ends named
  after "from" and "to" (not the towns or countries the ends lie in).
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import State

_PLACE = {"Place", "Country"}

# Facilities a name + kind word names ("the Harku substation"); a bridge or crossing is left
# to the link rules (connects.split_namesake_links), which tell it from its namesake town.
_FACILITY_KINDS = ("substation", "power station", "power plant", "converter station", "compressor station",
                   "pumping station", "terminal", "refinery", "gas terminal", "lng terminal")
_FACILITY_AFTER_RE = re.compile(r"[ \t]+(" + "|".join(sorted(_FACILITY_KINDS, key=len, reverse=True)) + r")\b")
# "... in the Lithuanian town of Palanga" / "... in Palanga" / "... near the port of Ventspils"
_IN_TOWN_RE = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+|[a-z][\w-]*)\s+){0,2}?"
                         r"(?:town|city|village|port|municipality)\s+of\s+")
_IN_PLACE_RE = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?")


def name_facilities(state: State) -> None:
    """'the Harku substation': the mentions of a name followed by a facility word
    become a place '<Name> <kind>' (run before any relation is read)."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or m.start < state.body_start or entity.type == "Country" or entity.unnamed:
            continue
        if entity.type == "Person" and " " in entity.label:
            continue  # a person's full name is no facility's name
        kind = _FACILITY_AFTER_RE.match(state.text, m.end)
        if kind is None or kind.group(1).split()[-1] in {w.lower() for w in entity.label.split()}:
            continue
        if not re.search(r"\b(?:the|a|an|its|their)\s+$", state.text[max(0, m.start - 6):m.start], re.I):
            continue  # "the Harku substation": a determiner says the name and the word go together
        surface = " ".join(f"{state.text[m.start:m.end]} {kind.group(1)}".split())
        facility = state.add_entity(surface, "Place")
        state.mentions.remove(m)
        entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
        entity.aliases.discard(surface)
        state.add_mention(facility.key, m.start, kind.end(), alias=False)
        if entity.mentions and entity.type == "Person" and " " not in entity.label \
                and state.gaz.lookup(entity.label) is None and not _speaks(state, m.key):
            entity.type = "Place"  # "the Kiisa substation ... Kiisa residents": the town the facility is named after
        if not entity.mentions:  # what statements were about is the facility now
            for statement in state.statements:
                if m.key in statement.about:
                    statement.about = list(dict.fromkeys(facility.key if k == m.key else k for k in statement.about))


def _speaks(state: State, key: str) -> bool:
    """Is ``key`` a speaker or an actor of a relation already (then a person)?"""
    return any(st.speaker == key for st in state.statements) or any(r.subject == key for r in state.relations)


def facilities_in(state: State) -> None:
    """A named facility 'in the <Demonym> town of X' / 'in X' lies in X."""
    kinds = tuple(k.split()[-1] for k in _FACILITY_KINDS)
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        entity = state.entities[m.key]
        if entity.type != "Place" or not entity.label.lower().endswith(kinds):
            continue
        sent_end = state.sentence_of(m.start).end_char
        gap = _IN_TOWN_RE.match(state.text, m.end, sent_end) or _IN_PLACE_RE.match(state.text, m.end, sent_end)
        if gap is None:
            continue
        town = state.mention_at(gap.end(), gap.end() + 1, {"Place", "Organization"})
        if town is None or town.start != gap.end() or town.key == m.key:
            continue  # a country ("in Estonia") is read by the country rules
        if re.match(r"['’]s\s", state.text[town.end:town.end + 3]):
            continue  # "in Estonia's Harju region": the region (read by the region rules)
        if state.entity_type(town.key) == "Organization":
            if " " in state.entities[town.key].label:
                continue
            state.entities[town.key].type = "Place"  # "in the Estonian town of Keila": a town
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=town.key)


# "Haapsalu, a town in the Laane municipality of Estonia's Laanemaa region"
_UNIT_WORDS = "municipality|rural municipality|district|county|parish|commune|township|raion"
_CHAIN_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:town|city|village|port|settlement|hamlet|resort)\s+in\s+the\s+"
    rf"(?P<unit>(?:[A-Z][\w-]+\s+){{1,2}}(?:{_UNIT_WORDS}))\s+of\s+(?:the\s+)?")


def unit_chains(state: State) -> list[tuple[str, str, str | None, str | None, tuple[int, int]]]:
    """Read each chain; returns (town, unit, region, country, sentence bounds) for the cleanup."""
    out = []
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        if state.entity_type(m.key) not in {"Place", "Organization"}:
            continue
        hit = _CHAIN_RE.match(state.text, m.end)
        if hit is None:
            continue
        sent = state.sentence_of(m.start)
        if hit.end() >= sent.end_char:
            continue
        name = hit.group("unit").rsplit(" ", 1)[0]
        if state.gaz.country_of_demonym(name) is not None or state.gaz.country_of_demonym(name.split()[0]) is not None:
            continue  # "a town in the Kenyan county of Marsabit": the county is named after "of"
        unit = _place_at(state, hit.start("unit"), hit.end("unit"))
        if unit is None or unit == m.key:
            continue
        country, region = _country_and_region(state, hit.end(), sent.end_char)
        if country is None and region is None:
            continue
        if state.entity_type(m.key) == "Organization":
            if " " in state.entities[m.key].label:
                continue
            state.entities[m.key].type = "Place"
        evidence = evidence_for(state, m)
        state.add_relation(m.key, "locatedIn", evidence, obj=unit)
        state.add_relation(unit, "locatedIn", evidence, obj=region or country)
        if region is not None and country is not None:
            state.add_relation(region, "locatedIn", evidence, obj=country)
        out.append((m.key, unit, region, country, (sent.start_char, sent.end_char)))
    return out


# "Valka is part of Latvia's Valka Municipality" / "Zarasai lies in Lithuania's Utena County"
_PART_OF_RE = re.compile(r"\s+(?:(?:is|was|remains|has\s+been)\s+(?:now\s+|still\s+)?(?:a\s+|the\s+)?part\s+of|"
                         r"(?:lies|lay|sits|is\s+located|is\s+situated)\s+(?:in|within|inside))\s+(?:the\s+)?")


def part_of_places(state: State) -> list[tuple[str, str, str | None, str | None, tuple[int, int]]]:
    """'X is part of <Country>'s Y' / 'X lies in <Country>'s Y': X lies in Y, and Y in
    the country when the words say it; the chains come back (town, town, region, country,
    sentence) so the cleanup drops a shortcut from X to the country."""
    out = []
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        entity = state.entities[m.key]
        if entity.type not in {"Place", "Organization", "Person"} or entity.unnamed:
            continue
        hit = _PART_OF_RE.match(state.text, m.end)
        if hit is None:
            continue
        sent = state.sentence_of(m.start)
        country, region = _country_and_region(state, hit.end(), sent.end_char)
        if region is None or region == m.key:
            continue
        if entity.type != "Place":
            if " " in entity.label or set(entity.label.split()) & _ORG_WORDS or _speaks(state, m.key):
                continue
            entity.type = "Place"  # "Birzai lies in ...": a town, whatever the name finder said
        evidence = evidence_for(state, m)
        state.add_relation(m.key, "locatedIn", evidence, obj=region)
        if country is not None:
            state.add_relation(region, "locatedIn", evidence, obj=country)
        out.append((m.key, m.key, region, country, (sent.start_char, sent.end_char)))
    return out


_ORG_WORDS = frozenset("Union Council Commission Agency Authority Ministry Company Group Party Bank".split())


def drop_chain_shortcuts(state: State, chains) -> None:
    """The town and the unit lie in the country through the region: a direct
    town -> country or unit -> country read from the same sentence goes."""
    for town, unit, region, country, (start, end) in chains:
        if region is None or country is None:
            continue
        for r in list(state.relations):
            if r.predicate == "locatedIn" and r.subject in {town, unit} and r.object == country \
                    and start <= r.evidence.start < end:
                state.remove_relation(r)
        for r in list(state.relations):
            if r.predicate == "locatedIn" and r.subject == town and r.object == region and start <= r.evidence.start < end:
                state.remove_relation(r)


def _place_at(state: State, start: int, end: int) -> str | None:
    """The place named exactly at start:end ("Laane municipality"), created if the name finder missed it."""
    hit = state.mention_at(start, end)
    if hit is not None and hit.start == start and hit.end == end:
        if state.entity_type(hit.key) in {"Organization", "Person"}:
            state.entities[hit.key].type = "Place"
        return hit.key if state.entity_type(hit.key) == "Place" else None
    label = " ".join(state.text[start:end].split())
    if hit is not None:
        # the town's own name inside the unit's ("Bauska" in "Bauska municipality"): the unit is its own place
        inner = [x for x in state.mentions if start <= x.start and x.end <= end]
        for x in inner:
            state.mentions.remove(x)
            state.entities[x.key].mentions = [s for s in state.entities[x.key].mentions
                                              if not (s.start == x.start and s.end == x.end)]
        if any(x.start < start < x.end or x.start < end < x.end for x in state.mentions):
            return None  # another name overlaps the unit: leave it
    entity = state.add_entity(label, "Place")
    state.add_mention(entity.key, start, end, alias=False)
    return entity.key


def _country_and_region(state: State, start: int, limit: int) -> tuple[str | None, str | None]:
    """After 'of': "<Country>'s <Region>", "<Region>" or "<Country>"."""
    first = state.mention_at(start, start + 1, _PLACE)
    if first is None or first.start != start:
        return None, None
    if state.entity_type(first.key) == "Country":
        own = re.match(r"['’]s\s+(?:the\s+)?", state.text[first.end:first.end + 8])
        if own:
            region = state.mention_at(first.end + own.end(), first.end + own.end() + 1, {"Place"})
            if region is not None and region.start == first.end + own.end() and region.end <= limit:
                return first.key, region.key
        return first.key, None
    return None, first.key


# "X runs 150 kilometres under the gulf from the A substation in B to C"
_RUNS_RE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:(?:will|would|is\s+to|is\s+due\s+to)\s+)?(?:runs?|ran|running|stretch(?:es|ed)?|"
                      r"extends?|extended)\s+(?:[^,.;]{0,80}?\s)?from\s+(?:the\s+)?")
_TO_RE = re.compile(r"(?:,?\s+(?:in|at|near)\s+(?:the\s+)?[^,.;]{2,50}?)?\s+to\s+(?:the\s+)?"
                    # "to the outskirts of B": the end is B
                    r"(?:(?:outskirts|edge|centre|center|heart)\s+of\s+(?:the\s+)?)?")


def course_ends(state: State) -> None:
    """A named link that 'runs from A to C' connects A and C."""
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        if state.entity_type(m.key) not in {"Place", "Organization"}:
            continue
        run = _RUNS_RE.match(state.text, m.end)
        if run is None:
            continue
        sent_end = state.sentence_of(m.start).end_char
        a = state.mention_at(run.end(), run.end() + 1, _PLACE | {"Organization"})
        if a is None or a.start != run.end():
            a = _named_end(state, m, run.end())  # "the A-B line, which runs from A": A as the name gives it
        if a is None or a.start != run.end() or a.key == m.key:
            continue
        to = _TO_RE.match(state.text, a.end)
        if to is None or to.end() >= sent_end:
            continue
        c = state.mention_at(to.end(), to.end() + 1, _PLACE | {"Organization", "Person"})
        if c is None or c.start != to.end() or c.key in {m.key, a.key}:
            continue
        ends = [a.key, c.key]
        if any(state.entity_type(k) == "Country" for k in ends):
            continue  # "from Estonia to Finland": countries, not the link's ends
        for key in ends:
            if state.entity_type(key) != "Place":
                if " " in state.entities[key].label:
                    break
                state.entities[key].type = "Place"
        else:
            if state.entity_type(m.key) == "Organization" and " " in state.entities[m.key].label:
                continue
            state.entities[m.key].type = "Place"
            for key in ends:
                state.add_relation(m.key, "connects", evidence_for(state, m), obj=key)


def drop_part_shortcuts(state: State, parts) -> None:
    """'Valka is part of Latvia's Valka Municipality': Valka lies in the country through
    the municipality; a direct Valka -> Latvia read from the same sentence goes."""
    for town, _, region, country, (start, end) in parts:
        if country is None:
            continue
        for r in list(state.relations):
            if r.predicate == "locatedIn" and r.subject == town and r.object == country \
                    and start <= r.evidence.start < end:
                state.remove_relation(r)


def _named_end(state: State, link, start: int):
    """The end of a link named 'A-B ...' written at ``start`` as one of A and B but not
    found by the name finder ("the Aizkraukle-Panevezys line, which runs from
    Aizkraukle to ..."): a place, with a mention there (None otherwise)."""
    label = state.entities[link.key].label
    pair = re.match(r"(?:[Tt]he\s+)?([A-Z][\w'’.]*)\s?[–—-]\s?([A-Z][\w'’.]*)\s", label + " ")
    if pair is None:
        return None
    for name in pair.groups():
        if state.text.startswith(name, start) and not re.match(r"[\w'’-]", state.text[start + len(name):start + len(name) + 1]):
            entity = state.add_entity(name, "Place")
            if entity.type != "Place":
                return None
            state.add_mention(entity.key, start, start + len(name), alias=False)
            return next(x for x in state.mentions if x.key == entity.key and x.start == start)
    return None
