"""locatedIn from clauses and modifiers the pair rules of kg.extract.places do not read.

* "Ruka, in Finnish Karelia," -> Ruka locatedIn Karelia (a demonym between "in" and the region);
* "Tarvo is in Kenya's Turkana county" / "Tarvo, in Kenya's Turkana county" -> Tarvo locatedIn
  Turkana (the country's possession, not the country only);
* "Lake Ohrid, which the two countries share," / "the Ama river, shared by both countries" ->
  the lake lies in each of the article's two states;
* "Lumi is the Malawian post in Northern Province" / "Lumi is the Zambian border town just
  outside Chipata" -> Lumi locatedIn Malawi (and Northern Province); a one-word name opening
  such a sentence is a place even when the name finder missed it. The town it lies "outside"
  or "near" is a neighbour, not its region.
"""

from __future__ import annotations

import re

from kg.extract.evidence import country_key, evidence_for
from kg.extract.place_appositions import locate
from kg.extract.place_phrasings import retypable
from kg.extract.sides import main_sides
from kg.extract.state import State

_PLACE = {"Place", "Country"}


def apply(state: State) -> None:
    _in_demonym_region(state)
    _in_owned_unit(state)
    _in_unit_of_country(state)
    _shared_by_both(state)
    _is_demonym_kind(state)


def _body_mentions(state: State) -> list:
    return [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]


# ", in Finnish " / " in northern Finnish " between a place and the region it lies in
_IN_DEMONYM_RE = re.compile(r",?\s+in\s+(?:(?:northern|southern|eastern|western|central)\s+)?(?P<dem>[A-Z][\w-]+)\s+")


def _in_demonym_region(state: State) -> None:
    mentions = _body_mentions(state)
    for a, b in zip(mentions, mentions[1:]):
        if a.key == b.key or state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place":
            continue
        hit = _IN_DEMONYM_RE.fullmatch(state.text, a.end, b.start)
        if hit is None:
            continue
        c = state.gaz.country_of_demonym(hit.group("dem"))
        if c is None or c.type != "Country":
            continue  # "in Upper Karelia": not a demonym, the name finder's business
        locate(state, a, b.key)


# "X is in ", "X, in ", "X lies in ", "X is located in " before "<Country>'s <unit>"
# ("Ama, which lies in X's", "Ama, across the line, is in X's": a relative clause or a short aside first)
_IN_OWNER_RE = re.compile(r"(?:,\s+|(?:,\s+(?:which|that)|,\s+[a-z][^,.;]{2,40},)?\s+(?:is|lies|sits|was|are)\s+"
                          r"(?:located\s+|situated\s+)?)in\s+(?:the\s+)?")


def _in_owned_unit(state: State) -> None:
    mentions = _body_mentions(state)
    for a, owner, unit in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(owner.key) != "Country" \
                or state.entity_type(unit.key) != "Place" or a.key == unit.key:
            continue
        if not _IN_OWNER_RE.fullmatch(state.text, a.end, owner.start) \
                or not re.fullmatch(r"['’]s\s+", state.text[owner.end:unit.start]):
            continue
        locate(state, a, unit.key)


# "Ama is in the Tosa Autonomous Region of China": the place lies in the unit, the unit in the country
_IN_THE_RE = re.compile(r"\s+(?:is|lies|sits|was)\s+(?:located\s+|situated\s+)?in\s+the\s+")
_UNIT_TAIL_RE = re.compile(r"\b(?:region|province|prefecture|district|county|state|oblast|governorate|department)$", re.I)


def _in_unit_of_country(state: State) -> None:
    mentions = _body_mentions(state)
    for a, unit, country in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(a.key) not in {"Place", "Organization", "Person"} or state.entity_type(unit.key) != "Place" \
                or state.entity_type(country.key) != "Country" or a.key == unit.key:
            continue
        if not _IN_THE_RE.fullmatch(state.text, a.end, unit.start) \
                or not re.fullmatch(r"\s+of\s+", state.text[unit.end:country.start]) \
                or not _UNIT_TAIL_RE.search(state.entities[unit.key].label):
            continue
        if state.entity_type(a.key) != "Place":
            if not retypable(state, a.key) or state.voiced(a.key):
                continue
            state.entities[a.key].type = "Place"  # "Ama is in the X Region of China": a place, whatever the finder said
        locate(state, a, unit.key)
        locate(state, unit, country.key)


# ", which the two countries share", ", shared by both countries", ", which both states share"
_SHARED_RE = re.compile(r",?\s+(?:(?:which|that)\s+(?:the\s+two|both|the)\s+(?:countries|states|nations|neighbou?rs)\s+"
                        r"(?:share|shared|have\s+shared)|(?:which|that)\s+(?:is|was)\s+shared\s+by\s+(?:the\s+two|both)\s+"
                        r"(?:countries|states|nations|neighbou?rs)|shared\s+by\s+(?:the\s+two|both)\s+"
                        r"(?:countries|states|nations|neighbou?rs))\b")


def _shared_by_both(state: State) -> None:
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    if len(sides) != 2:
        return
    for m in _body_mentions(state):
        if state.entity_type(m.key) != "Place" or not _SHARED_RE.match(state.text, m.end):
            continue
        for side in sides:
            locate(state, m, side)


_KIND = (r"(?:(?:border|frontier|customs)\s+)?(?:post|town|city|village|port|crossing|checkpoint|outpost|station|"
         r"settlement|terminal)(?=[,.;]|\s+(?:in|on|near|just|outside|at|across|facing|and|opposite|beside)\b)")
# "<Name> is the Zambian border post" then an optional "in <Place>"
_IS_DEMONYM_RE = re.compile(r"\s+(?:is|was)\s+(?:the|a)\s+(?:(?:main|small|busy|only|last|first|[a-z]+est)\s+)?"
                            r"(?P<dem>[A-Z][\w-]+)\s+" + _KIND + r"(?P<in>\s+(?:in|on)\s+(?:the\s+)?)?")
# a sentence (or comma-spliced clause) opening with one capitalised word: "Forbes is the ..."
_OPENING_NAME_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<name>[A-Z][a-z]{2,})(?=\s+is\s+the\s+[A-Z])", re.M)


def _is_demonym_kind(state: State) -> None:
    _name_opening_places(state)
    for m in _body_mentions(state):
        if state.entity_type(m.key) not in {"Place", "Organization"}:
            continue
        hit = _IS_DEMONYM_RE.match(state.text, m.end)
        if hit is None:
            continue
        if state.entity_type(m.key) != "Place":
            if not retypable(state, m.key) or state.gaz.country_of_demonym(hit.group("dem")) is None:
                continue
            state.entities[m.key].type = "Place"  # "Tarvo is the Zambian post": a post, whatever the name finder said
        c = state.gaz.country_of_demonym(hit.group("dem"))
        country = country_key(state, c.label) if c is not None and c.type == "Country" else None
        if country is not None and country != m.key:
            locate(state, m, country)
        if hit.group("in"):
            region = state.mention_at(hit.end(), hit.end() + 1, {"Place"})
            if region is not None and region.start == hit.end():
                locate(state, m, region.key)


def _name_opening_places(state: State) -> None:
    """'Forbes is the Zimbabwean post ...': a one-word name the finder missed is a place."""
    for hit in _OPENING_NAME_RE.finditer(state.text, state.body_start):
        start, end = hit.span("name")
        if state.mentions_in(start, end) or state.is_skipped(start, end):
            continue
        tail = _IS_DEMONYM_RE.match(state.text, end)
        if tail is None:
            continue
        c = state.gaz.country_of_demonym(tail.group("dem"))
        if c is None or c.type != "Country" or state.gaz.lookup(hit.group("name")) is not None:
            continue
        entity = state.add_entity(hit.group("name"), "Place")
        if entity.type != "Place":
            continue
        state.add_mention(entity.key, start, end)
