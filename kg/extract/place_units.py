"""locatedIn from appositions that name a unit by its kind, and from sides of a crossing.

* "Batam, the province's largest city," / "Ama, the provincial capital," -> in the
  province named last before (a place whose name carries the unit word).
* "Fiji's second island, Vanua Levu, home to Labasa," -> Vanua Levu in Fiji, Labasa in
  Vanua Levu (a name the name finder took for a person is a place there).
* "in the Chilean regions of Maule, Ñuble and the Biobío" -> each in Chile.
* "crossing into Mali over the bridge between Kidira and Diboli" -> Diboli (the far end)
  in Mali.
* "Agarak sits on the Armenian bank of the river, in Syunik Province" / "Nurduz faces it
  from Iran's East Azerbaijan Province" -> the subject town lies in that unit.

Only places the text names; a country is never located in anything here.
"""

from __future__ import annotations

import re

from kg.extract.evidence import country_key, evidence_for
from kg.extract.place_appositions import locate
from kg.extract.state import State

_UNITS = {"province": "province", "provincial": "province", "region": "region", "regional": "region",
          "state": "state", "district": "district", "county": "county", "island": "island", "department": "department",
          "departmental": "department"}
# ", the province's largest city,", ", the provincial capital,", ", the region's main port"
_UNIT_APPOSITION_RE = re.compile(r",\s+the\s+(province|provincial|region|regional|state|district|county|island|"
                                 r"department|departmental)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:capital|city|town|port|seat|centre|center|hub)\b")


def apply(state: State) -> None:
    _capital_of_unit(state)  # "Herat, capital of Herat province": the town in the province of its name
    _unit_appositions(state)
    _possessive_island(state)
    _demonym_units_of(state)
    _crossing_into(state)
    _town_in_unit(state)



def _places(state: State, types=frozenset({"Place"})):
    return [m for m in state.mentions if m.start >= state.body_start and state.entity_type(m.key) in types
            and not state.is_skipped(m.start, m.end)]


def _unit_appositions(state: State) -> None:
    """'Batam, the province's largest city,': the place named last before whose name
    carries the unit word (within this sentence and the two before) holds the town."""
    for m in _places(state):
        hit = _UNIT_APPOSITION_RE.match(state.text, m.end)
        if hit is None or re.match(r"\s+of\s", state.text[hit.end():hit.end() + 4]):
            continue  # "the provincial capital of Kunduz province": the unit is named right there
        unit = _UNITS[hit.group(1).lower()]
        sent = state.sentence_of(m.start)
        start = sent.start_char
        for _ in range(2):
            if start > state.body_start:
                start = state.sentence_of(max(state.body_start, start - 2)).start_char
        before = [x for x in _places(state) if start <= x.start and x.end <= m.start and x.key != m.key
                  and re.search(rf"\b{unit}\b", state.entities[x.key].label + " " + state.text[x.start:x.end + 12], re.I)]
        if before:
            locate(state, m, before[-1].key)


# ", capital of Herat province", ", the provincial capital of Kunduz province", ", the main town of the X district"
_CAPITAL_OF_RE = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:capital|seat|headquarters|main\s+town|chief\s+town|"
                            r"administrative\s+(?:centre|center))\s+of\s+(?:the\s+)?")
# "capital of Mali's Mopti region": the country owning the unit, between "of" and the unit
_OWNER_RE = re.compile(r"['’]s?\s+")
_NAMESAKE_UNIT_RE = re.compile(r"\b(?:province|region|district|county|department|state|oblast|governorate|prefecture|"
                           r"municipality|canton|voivodeship)\b", re.I)


def _capital_of_unit(state: State) -> None:
    """'Herat, capital of Herat province,' / 'Kunduz, the provincial capital of Kunduz province':
    the town lies in the unit named after "capital of". When the name finder made the town and
    its namesake unit one place, the mentions written with the unit word become a place of
    their own ("Herat province") first."""
    for m in _places(state):
        hit = _CAPITAL_OF_RE.match(state.text, m.end)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char:
            continue
        owner, pos = None, hit.end()
        lead = state.mention_at(pos, pos + 1, {"Country"})
        if lead is not None and lead.start == pos and (own := _OWNER_RE.match(state.text, lead.end)) is not None:
            owner, pos = lead, own.end()  # "the capital of Mali's Mopti region": the unit is Mali's
        unit = state.mention_at(pos, pos + 1, {"Place"})
        if unit is None or unit.start != pos:
            continue
        surface = " ".join(state.text[unit.start:unit.end].split())
        if _NAMESAKE_UNIT_RE.search(surface) is None:
            continue
        if unit.key == m.key:
            town = state.entities[m.key]
            if _NAMESAKE_UNIT_RE.search(town.label):
                written = " ".join(state.text[m.start:m.end].split())
                if _NAMESAKE_UNIT_RE.search(written) or owner is None:
                    continue  # the one entity is the unit: the town is no other name of it
                # "Garissa, the headquarters of Kenya's Garissa County": the bare name written
                # before the unit is the town, a place of its own
                own_town = state.add_entity(written, "Place")
                if own_town.key == town.key:
                    continue
                for x in [x for x in state.mentions if x.key == m.key]:
                    if not _NAMESAKE_UNIT_RE.search(state.text[x.start:x.end]):
                        state.mentions.remove(x)
                        town.mentions = [sp for sp in town.mentions if not (sp.start == x.start and sp.end == x.end)]
                        state.add_mention(own_town.key, x.start, x.end, alias=False)
                town.aliases.discard(written)
                locate(state, unit, owner.key)
                m = next(x for x in state.mentions if x.key == own_town.key)
                locate(state, m, unit.key)
                continue
            region = state.add_entity(surface, "Place")
            for x in [x for x in state.mentions if x.key == m.key]:
                if _NAMESAKE_UNIT_RE.search(state.text[x.start:x.end]):
                    state.mentions.remove(x)
                    town.mentions = [sp for sp in town.mentions if not (sp.start == x.start and sp.end == x.end)]
                    state.add_mention(region.key, x.start, x.end, alias=False)
            town.aliases = {a for a in town.aliases if not _NAMESAKE_UNIT_RE.search(a)}
            country = next((o for o in state.objects(m.key, "locatedIn") if state.entity_type(o) == "Country"), None)
            entry = state.gaz.lookup(town.label)
            if country is None and entry is not None and entry.country:
                country = country_key(state, entry.country)
            if owner is not None:
                country = owner.key
            if country is not None:
                state.add_relation(region.key, "locatedIn", evidence_for(state, unit), obj=country)
            unit = next(x for x in state.mentions if x.key == region.key)
        elif owner is not None:
            locate(state, unit, owner.key)
        locate(state, m, unit.key)
        if owner is not None:
            # the town lies in the unit the text names, not straight in its country
            for r in [r for r in state.relations if r.subject == m.key and r.predicate == "locatedIn" and r.object == owner.key]:
                state.remove_relation(r)


# "Fiji's second island, Vanua Levu, home to Labasa,"
_POSSESSIVE_ISLAND_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(island|province|region|state|city|port)\s*,\s+")
_HOME_TO_RE = re.compile(r"\s*,\s+(?:which\s+is\s+)?home\s+to\s+(?:the\s+(?:town|city|port)\s+of\s+)?")


def _possessive_island(state: State) -> None:
    """"Fiji's second island, Vanua Levu, home to Labasa,": the apposed name lies in the
    country, and the place it is home to lies in it."""
    for c in _places(state, frozenset({"Country"})):
        hit = _POSSESSIVE_ISLAND_RE.match(state.text, c.end)
        if hit is None:
            continue
        inner = state.mention_at(hit.end(), hit.end() + 1)
        if inner is None or inner.start != hit.end() or state.entity_type(inner.key) not in {"Place", "Person"}:
            continue
        if state.entity_type(inner.key) == "Person":
            if any(inner.key in {r.subject, r.object} for r in state.relations) \
                    or state.voiced(inner.key):
                continue
            state.entities[inner.key].type = "Place"  # "Fiji's second island, Vanua Levu": no person
        locate(state, inner, c.key)
        home = _HOME_TO_RE.match(state.text, inner.end)
        town = state.mention_at(home.end(), home.end() + 1, {"Place"}) if home else None
        if town is not None and town.start == home.end():
            locate(state, town, inner.key)


# "the Chilean regions of Maule, Ñuble and the Biobío"
_DEMONYM_UNITS_RE = re.compile(r"\b(?:the\s+)?([A-Z][\w'’-]+)\s+(?:regions|provinces|states|districts|departments|"
                               r"islands|towns|cities|ports)\s+of\s+")


def _demonym_units_of(state: State) -> None:
    """'the Chilean regions of Maule, Ñuble and the Biobío': each listed place lies in the
    country of the demonym."""
    for hit in _DEMONYM_UNITS_RE.finditer(state.text, state.body_start):
        country = state.gaz.country_of_demonym(hit.group(1))
        if country is None:
            continue
        pos = hit.end()
        if _first_place(state, pos) is None:
            continue
        key = state.add_entity(country.label, "Country", same_as=country.same_as).key
        end = state.sentence_of(pos).end_char
        while pos < end:
            m = state.mention_at(pos, pos + 1, {"Place"})
            if m is None or m.start != pos:
                break
            locate(state, m, key)
            sep = re.match(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", state.text[m.end:end])
            if sep is None:
                break
            pos = m.end + sep.end()


def _first_place(state: State, pos: int):
    m = state.mention_at(pos, pos + 1, {"Place"})
    return m if m is not None and m.start == pos else None


# "crossing into Mali over the bridge between Kidira and Diboli"
_INTO_RE = re.compile(r"\b(?:cross(?:es|ed|ing)?|drive|drives|driving|drove|pass(?:es|ed|ing)?|enter(?:s|ed|ing)?|"
                      r"head(?:s|ed|ing)?)\s+into\s+")
_BETWEEN_ENDS_RE = re.compile(r"\s+(?:over|across|via|through|by)\s+the\s+(?:[\w-]+\s+){0,2}?(?:bridge|border\s+post|"
                              r"crossing|ferry|road|causeway)\s+(?:between|linking|from)\s+")


def _crossing_into(state: State) -> None:
    for hit in _INTO_RE.finditer(state.text, state.body_start):
        country = state.mention_at(hit.end(), hit.end() + 1, {"Country"})
        if country is None or country.start != hit.end():
            continue
        ends = _BETWEEN_ENDS_RE.match(state.text, country.end)
        if ends is None:
            continue
        first = state.mention_at(ends.end(), ends.end() + 1, {"Place"})
        if first is None or first.start != ends.end():
            continue
        joint = re.match(r"\s+(?:and|to)\s+", state.text[first.end:])
        second = state.mention_at(first.end + joint.end(), first.end + joint.end() + 1, {"Place"}) if joint else None
        if second is not None and second.start == first.end + joint.end():
            locate(state, second, country.key)


# "Agarak sits on the Armenian bank of the river, in Syunik Province" / "Nurduz faces it from Iran's X Province"
_UNIT_WORD_RE = re.compile(r"\b(?:Province|Region|State|District|County|Governorate|Oblast|Department|Prefecture)$")


def _town_in_unit(state: State) -> None:
    """A town that opens its clause and a unit named at the end of that clause, after "in"
    or "from <country>'s": the town lies in the unit."""
    for sent in state.body_sentences():
        for clause_start, clause_end in _clauses(state, sent):
            places = [m for m in _places(state, frozenset({"Place", "Person"})) if clause_start <= m.start and m.end <= clause_end]
            if len(places) != 2 or places[0].start - clause_start > 2:
                # "Ama lies near Lumi, in the X Region": the unit locates the place named last
                continue
            town, unit = places[0], places[-1]
            if state.entity_type(unit.key) != "Place":
                continue
            if not _UNIT_WORD_RE.search(state.entities[unit.key].label) or _UNIT_WORD_RE.search(state.entities[town.key].label):
                continue
            lead = state.text[max(clause_start, unit.start - 30):unit.start]
            if not re.search(r"(?:,\s+in|\bfrom\s+[A-Z][\w'’-]*['’]s)\s+(?:the\s+)?$", lead):
                continue
            between = state.text[town.end:unit.start]
            verb = re.match(r"\s+(?:sits|lies|stands|is|faces|looks)\b", between)
            if verb is None:
                continue
            if state.entity_type(town.key) == "Person":
                # "Meghri sits on the river bank, in X Province": what sits in a province is a town
                if any(town.key in {r.subject, r.object} for r in state.relations) \
                        or state.voiced(town.key) \
                        or not re.match(r"\s+(?:sits|lies|stands|faces)\b", between):
                    continue
                state.entities[town.key].type = "Place"
            locate(state, town, unit.key)


def _clauses(state: State, sent):
    """The sentence cut at semicolons."""
    start = sent.start_char
    for m in re.finditer(";", sent.text):
        yield start, sent.start_char + m.start()
        start = sent.start_char + m.end()
    yield start, sent.end_char
