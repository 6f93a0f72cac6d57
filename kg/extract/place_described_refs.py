"""Small places described by a noun phrase naming their container.

* "Mörbisch, a Burgenland village whose ..." / "Ama, a Tarvo hamlet" -> in the region named
  before the kind word (the country's demonym form is kg.extract.places' business);
* "Pele lies on Efate, Vanuatu's main island" -> Pele lies in the island (an island the
  apposition names so; the island in the country is read elsewhere);
* "from Atherinos on Crete to Vasilo" -> Atherinos lies on the island (or region) written right
  after "on" (never a river: "Kehl on the Rhine" stays as it is);
* "Malekula is Vanuatu's second island" -> a place (whatever the finder took it for) in the
  country;
* "a bomb went off in Kabul ... in the city's Ghazi district" -> the district lies in the city
  named last before it ("the city's", "the town's", "the capital's", "the port's").
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.evidence import evidence_for
from kg.extract.place_appositions import locate
from kg.extract.state import State

_SMALL = r"(?:village|hamlet|town|settlement|township|commune|municipality|suburb|port|resort)"
# ", a Burgenland village", ", the Tarvo border town"
_REGION_KIND_RE = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?$")
_KIND_AFTER_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{_SMALL}\b")
# " lies on Efate, Vanuatu's main island"
_LIES_ON_RE = re.compile(r"\s+(?:lies|sits|is|stands|was)\s+(?:(?:located|situated)\s+)?on\s+(?:the\s+)?")
_ISLAND_APPOS_RE = re.compile(r",\s+(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?['’]s\s+|the\s+|an?\s+)(?:[a-z][\w-]*\s+){0,2}?island\b")
# " is Vanuatu's second island"
_IS_OWNED_ISLAND_RE = re.compile(r"\s+(?:is|was|remains)\s+$")
_OWNED_ISLAND_AFTER_RE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:island|isle|atoll)\b")
# "in the city's Ghazi district"
_CITY_S_RE = re.compile(r"\bthe\s+(?:city|town|capital|port|village)['’]s\s+(?:[a-z][\w-]*\s+)?$")
_NOT_SETTLEMENT = frozenset("region county province district state department oblast river sea lake ocean bay gulf "
                            "strait channel border island delta".split())


def apply(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]
    _region_kind(state, mentions)
    _lies_on_island(state, mentions)
    _on_island(state, mentions)
    _owned_island(state, mentions)
    _city_s_district(state, mentions)


def _at(state: State, pos: int, types=frozenset({"Place", "Country"})):
    m = state.mention_at(pos, pos + 1, set(types))
    return m if m is not None and m.start == pos else None


def _region_kind(state: State, mentions: list) -> None:
    for i, m in enumerate(mentions[:-1]):
        if state.entity_type(m.key) != "Place":
            continue
        region = mentions[i + 1]
        if state.entity_type(region.key) != "Place" or region.key == m.key:
            continue
        if not _REGION_KIND_RE.fullmatch(state.text, m.end, region.start) \
                or _KIND_AFTER_RE.match(state.text, region.end) is None:
            continue
        if state.gaz.country_of_demonym(state.entities[region.key].label) is not None:
            continue
        locate(state, m, region.key)


def _lies_on_island(state: State, mentions: list) -> None:
    for m in mentions:
        if state.entity_type(m.key) != "Place":
            continue
        hit = _LIES_ON_RE.match(state.text, m.end)
        if hit is None:
            continue
        island = _at(state, hit.end(), {"Place"})
        if island is None or island.key == m.key:
            continue
        label = state.entities[island.key].label
        if re.search(r"\b[Ii]sland$", label) or _ISLAND_APPOS_RE.match(state.text, island.end):
            locate(state, m, island.key)


def _owned_island(state: State, mentions: list) -> None:
    for i, c in enumerate(mentions):
        if i == 0 or state.entity_type(c.key) != "Country" or _OWNED_ISLAND_AFTER_RE.match(state.text, c.end) is None:
            continue
        x = mentions[i - 1]
        if not _IS_OWNED_ISLAND_RE.fullmatch(state.text, x.end, c.start):
            continue
        entity = state.entities[x.key]
        if entity.type in {"Person", "Organization"}:
            if entity.label.split()[0] in lexicon.given_names() or entity.unnamed or entity.same_as \
                    or set(entity.label.split()) & lexicon.words("org_heads") \
                    or any(x.key in (r.subject, r.object) for r in state.relations) \
                    or state.voiced(x.key):
                continue
            entity.type = "Place"  # "Malekula is Vanuatu's second island": an island, no person
        if entity.type == "Place":
            state.add_relation(x.key, "locatedIn", evidence_for(state, x), obj=c.key)


def _city_s_district(state: State, mentions: list) -> None:
    for m in mentions:
        if state.entity_type(m.key) != "Place" or _CITY_S_RE.search(state.text, max(0, m.start - 40), m.start) is None:
            continue
        sent = state.sentence_of(m.start)
        start = sent.start_char
        if sent.start > 0:
            start = state.doc[sent.start - 1].sent.start_char
        before = [x for x in mentions if max(start, state.body_start) <= x.start and x.end <= m.start
                  and x.key != m.key and _settlement(state, x.key)]
        if before:
            locate(state, m, before[-1].key)


def _settlement(state: State, key: str) -> bool:
    """A town or city: a place that is no region, water or island."""
    entity = state.entities[key]
    if entity.type != "Place" or entity.label.split()[-1].lower() in _NOT_SETTLEMENT:
        return False
    entry = state.gaz.lookup(entity.label)
    return entry is None or entry.section != "regions"


def _on_island(state: State, mentions: list) -> None:
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place" or a.key == b.key:
            continue
        if not re.fullmatch(r"\s+on\s+", state.text[a.end:b.start]):
            continue
        if state.gaz.lookup(state.entities[a.key].label) is not None:
            continue  # "responsibility from Oslo on Svalbard": a place the gazetteer knows lies where it says
        label = state.entities[b.key].label
        entry = state.gaz.lookup(label)
        if re.search(r"\b(?:[Ii]slands?|[Ii]sle|[Aa]toll|[Pp]eninsula)$", label) \
                or entry is not None and entry.section == "regions" and entry.type == "Place":
            locate(state, a, b.key)


def on_islands(state: State) -> None:
    """Again after the link step, which makes places of link ends the finder missed."""
    _on_island(state, [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)])
