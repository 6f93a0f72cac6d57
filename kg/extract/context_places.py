"""Places named by their context (round-12 classes U3, U4, U5, U8).

* venues: "<Name> Convention Centre", "... Hotel", "... State House" are
  places; "... Palace", "... Castle", "... Hall" where something is held at
  or in them ("talks at the X Palace");
* cities: "the northern Zambian city of X", "a X daily" (a town used as an
  adjective before a newspaper noun) name places, not people;
* facilities: "X-II", "X III" plants and dams are places; road numbers ("the
  A6 motorway") are places labelled with their road word; "the A-B line |
  pipeline | corridor ..." is one place with that label;
* groups: "a X village", "X villagers", "the X community" name a people, not a
  place: the group word is no entity.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.context_edit import (
    absorb,
    alternation,
    drop_entity,
    known,
    personal_name,
    rename_span,
    retype,
    words,
)
from kg.extract.state import State
from kg.model import ORG_TYPES

_NAME = rf"{CAP_CLASS}[\w'’.]*"


def apply(state: State) -> None:
    _venues(state)
    _split_venues(state)
    _town_of(state)
    _town_adjective(state)
    _numbered_names(state)
    _numbered_facilities(state)
    _roads(state)
    _link_names(state)
    _group_words(state)
    _between_places(state)
    _ends_in_places(state)
    _apposed_towns(state)
    _two_towns_linked(state)
    _landmarks_after_off(state)


# -- U3: venues ------------------------------------------------------------------

# Venue words that are no surnames: a "person" ending in one is the building.
_NEVER_SURNAMES = (" Palace", " Castle", " Chateau", " Château", " Pavilion", " Auditorium")


def _venues(state: State) -> None:
    strong = tuple(" " + t for t in words("venue_strong_tails"))
    weak = tuple(" " + t for t in words("venue_tails"))
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES | {"Person", "Position"} or known(state, entity.label):
            continue
        label = entity.label
        if entity.type in {"Person", "Position"} and personal_name(label):
            continue  # "according to Stuart Hall": a person
        if label in {t.strip() for t in strong}:
            if any(_held_at(state, sp.start, True) for sp in entity.mentions):
                retype(state, key, "Place")  # "met at the State House": the building, not the presidency
        elif label.endswith(strong) or label.endswith(_NEVER_SURNAMES):
            retype(state, key, "Place")
        elif label.endswith(weak) and any(_held_at(state, s.start, entity.type in ORG_TYPES) for s in entity.mentions):
            retype(state, key, "Place")  # "talks at the Sintra Palace"


def _held_at(state: State, start: int, loose: bool) -> bool:
    """'at the X Hall', or X Hall in a list after a place: 'at the Y Hotel, the
    Z Palace and X Hall' (``loose``: any list item after 'at' counts)."""
    preps = "|".join(sorted(words("venue_preps"), key=len, reverse=True))
    lead = state.text[max(0, start - 160):start]
    if re.search(rf"\b(?:{preps})\s+(?:the\s+)?$", lead, re.I):
        return True
    sep = re.search(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$", lead)
    if sep is None:
        return False
    if loose:
        return bool(re.search(rf"\b(?:{preps})\s+(?:the\s+)?[^.;:!?]{{0,120}}$", lead[:sep.start()], re.I))
    cut = start - len(lead) + sep.start()
    return any(m.end == cut and state.entities[m.key].type == "Place" for m in state.mentions if m.key in state.entities)


def _split_venues(state: State) -> None:
    """'Mount X State' + 'House': a venue word cut off the name it ends."""
    tails = words("venue_tails") | {t.split()[-1] for t in words("venue_strong_tails")}
    for m in list(state.mentions):
        text = state.text[m.start:m.end]
        if text not in tails or m.key not in state.entities:
            continue
        prev = [p for p in state.mentions if p.end == m.start - 1 and state.text[p.end] == " "]
        if not prev or prev[0].key not in state.entities:
            continue
        p = prev[0]
        if state.entities[p.key].type not in {"Place", "Organization", "GovernmentAgency", "Person"}:
            continue
        label = " ".join(state.text[p.start:m.end].split())
        rename_span(state, p.start, m.end, label, "Place")


# -- U4: cities ------------------------------------------------------------------

def _town_of(state: State) -> None:
    """'the northern Zambian city of X', 'the port of Y', 'X is a small town in ...':
    X and Y are places."""
    towns = alternation("town_words")
    cue = re.compile(rf"\b(?:{towns})\s+of\s+$")
    # "Tarifa is a small town at the tip of Spain", "Ventspils, a port town on the coast,":
    # the name described as a town (the town word ends the phrase, or a place phrase follows)
    described = re.compile(rf"(?:\s+(?:is|was|remains)|,)\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|the|a|an)\s)[\w-]+\s+){{0,3}}?(?:{towns})"
                           rf"(?=\s+(?:in|on|of|near|at|by|with|where|that|which|and|close|north|south|east|west)\b|\s*[,.;])")
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Person", "Organization"} or known(state, entity.label):
            continue
        if any(cue.search(state.text[max(0, s.start - 30):s.start]) or described.match(state.text, s.end)
               for s in entity.mentions):
            retype(state, key, "Place")


def _town_adjective(state: State) -> None:
    """'a Lusaka daily', 'the X-based newspaper': a town before a media noun."""
    nouns = alternation("media_adjective_nouns")
    after_re = re.compile(rf"\s+(?:{nouns})\b|-based\b")
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Person", "Organization"} or known(state, entity.label) or " " in entity.label:
            continue
        for s in entity.mentions:
            based = state.text.startswith("-based", s.end)
            if (based or re.search(r"\b(?:a|an|the)\s+$", state.text[max(0, s.start - 6):s.start])) \
                    and after_re.match(state.text, s.end):
                retype(state, key, "Place")
                break


# -- U5: numbered facilities, roads, link names -----------------------------------

_NUMBERED = re.compile(r".*\w(?:-| )(?:I{2,3}|IV|VI{0,3}|IX|X)$")


def _numbered_facilities(state: State) -> None:
    """'X-II was built on ...', 'the Y III dam': a numbered plant is a place;
    'X-II' and 'the X-II plant' are one."""
    nouns = alternation("facility_nouns")
    for key, entity in list(state.entities.items()):
        label = entity.label
        if entity.type not in ORG_TYPES | {"Person"} or known(state, label) or not _NUMBERED.fullmatch(label):
            continue
        if entity.type == "Person" and personal_name(label):
            continue  # "Charles III"
        retype(state, key, "Place")
    for key, entity in list(state.entities.items()):
        m = re.fullmatch(rf"(.+?(?:-| )(?:I{{2,3}}|IV|VI{{0,3}}|IX|X))\s+(?:{nouns})", entity.label)
        if m and entity.type == "Place":
            short = next((k for k, e in state.entities.items() if e.label == m.group(1) and e.type == "Place"), None)
            if short is not None:
                absorb(state, key, short)


# Words a Roman numeral follows that name no facility ("Phase II", "World War II").
_NOT_FACILITY = frozenset("Phase Part Title Chapter Article Vatican Type Class Stage Mark War Level Grade Schedule "
                          "Annex Section Volume Book Act Round Pillar Tier Category Group Lot Block Zone Pope King "
                          "Queen Emperor Tsar Czar Sultan Louis Henry George Edward Charles Elizabeth Paul John "
                          "Benedict Gen Season Series Episode Division League Basel Bretton Brexit".split())
_NUMBERED_RE = re.compile(rf"(?<![\w'’-])({_NAME.replace('.', '')}(?:-{_NAME.replace('.', '')})?)([- ])(II|III|IV|V|VI)(?![\w'’-])")


def _numbered_names(state: State) -> None:
    """'Tala II' and 'the Tala-II plant': every writing of a numbered
    facility named with a facility word somewhere in the text is that place."""
    nouns = alternation("facility_nouns")
    found: dict[str, list[tuple[int, int]]] = {}
    with_noun: set[str] = set()
    for m in _NUMBERED_RE.finditer(state.text, state.body_start):
        base = m.group(1)
        if base.split("-")[0] in _NOT_FACILITY or personal_name(base) or "\n" in m.group(0):
            continue
        found.setdefault(base, []).append((m.start(), m.end()))
        if re.match(rf"\s+(?:[\w,-]+\s+)?(?:{nouns})\b", state.text[m.end():m.end() + 40]):
            with_noun.add(base)
    for base, spans in found.items():
        if base not in with_noun:
            continue
        label = f"{base}-{_first_numeral(state, spans)}"
        for start, end in spans:
            hits = [x for x in state.mentions if x.start < end and start < x.end]
            if any(state.entities[x.key].type not in {"Organization", "Person", "Place", "GovernmentAgency"}
                   for x in hits if x.key in state.entities):
                continue
            if any(x.start < start or x.end > end + 40 for x in hits):
                continue
            if hits and all(x.start == start and x.end == end for x in hits):
                continue  # named already; typed by _numbered_facilities
            if not hits:
                _new_place(state, label, start, end)


def _first_numeral(state: State, spans: list[tuple[int, int]]) -> str:
    return state.text[spans[0][0]:spans[0][1]].rsplit("-", 1)[-1].rsplit(" ", 1)[-1]


def _roads(state: State) -> None:
    """'the A6 motorway', 'the N2 highway': a place labelled with its road word;
    a bare 'A6' elsewhere is the same road."""
    nouns = alternation("road_nouns")
    road_re = re.compile(rf"(?<![\w'’-])([A-Z]{{1,2}}-?\d{{1,4}}[a-z]?)\s+({nouns})\b")
    roads: dict[str, str] = {}
    for m in road_re.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()):
            continue
        label = f"{m.group(1)} {m.group(2)}"
        hits = [x for x in state.mentions if x.start < m.end() and m.start() < x.end]
        if any(x.start < m.start() or x.end > m.end() for x in hits):
            continue  # part of a longer name
        if any(state.entities[x.key].type == "Place" and x.start == m.start() and x.end == m.end() for x in hits):
            roads[m.group(1)] = hits[0].key
            continue
        entity = rename_span(state, m.start(), m.end(), label, "Place")
        roads[m.group(1)] = entity.key
    for key, entity in list(state.entities.items()):
        target = roads.get(entity.label)
        if target and key != target and entity.type in {"Organization", "Person", "Place", "GovernmentAgency"}:
            absorb(state, key, target)
    for number, target in roads.items():
        # "... reopened the A6 on Tuesday": the bare number is the same road
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(number)}(?![\w'’-])", state.text[state.body_start:]):
            start, end = state.body_start + m.start(), state.body_start + m.end()
            if target in state.entities and not state.mention_at(start, end) and not state.is_skipped(start, end):
                state.add_mention(target, start, end)


# Link nouns that, between two country names, name the countries' relation or a
# stretch of a border, not one place ("the Ghana-Togo corridor", "the Latvia-Lithuania section").
_COUNTRY_PAIR_NOUNS = frozenset({"corridor", "section", "stretch", "segment"})


def _link_names(state: State) -> None:
    """'the Braga-Viana line', 'the Tarija-Yacuiba pipeline': one place."""
    nouns = alternation("link_nouns")
    end_name = rf"{_NAME}(?:\s{_NAME})?"
    link_re = re.compile(rf"\b[Tt]he\s+({end_name}[-–]{end_name}(?:[-–]{end_name})?)\s+({nouns})\b")
    for m in link_re.finditer(state.text, state.body_start):
        start, end = m.start(1), m.end()
        if state.is_skipped(start, end) or "\n" in m.group(0):
            continue
        label = " ".join(state.text[start:end].split())
        hits = [x for x in state.mentions if x.start < end and start < x.end]
        if any(x.start < start or x.end > end for x in hits):
            continue
        if any(x.start == start and x.end == end and state.entities[x.key].type == "Place" for x in hits):
            continue
        ends = re.split(r"[-–]", m.group(1))
        if all(state.gaz.country(e.strip()) is not None for e in ends) and m.group(2) in _COUNTRY_PAIR_NOUNS:
            continue  # "the Ghana-Togo corridor": the two countries' relation, no named place
        link = rename_span(state, start, end, label, "Place")
        # the first end ("Riga" of "the Riga-Tartu corridor") is a place of its own, no short name of the link
        link.aliases.discard(" ".join(ends[0].split()))


def _two_towns_linked(state: State) -> None:
    """'the Bari-Tosa highway, which connects the two Tarvian towns': the text
    calls the link's two ends towns, so each end is a place of its own (the
    link keeps its name; the ends get mentions inside it)."""
    nouns = alternation("link_nouns")
    end_name = rf"{_NAME}(?:\s{_NAME})?"
    link_re = re.compile(
        rf"\b[Tt]he\s+(?P<a>{end_name})[-–](?P<b>{end_name})\s+(?:{nouns})\b,?\s+(?:which|that)\s+"
        rf"(?:connects|links|joins|connected|linked|joined|runs\s+between|will\s+connect|would\s+connect)\s+the\s+two\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?(?:towns|cities|villages|ports|port\s+towns|border\s+towns|settlements|capitals|places)\b")
    for m in link_re.finditer(state.text, state.body_start):
        if "\n" in m.group(0) or state.is_skipped(m.start(), m.end()):
            continue
        for g in ("a", "b"):
            start, end = m.start(g), m.end(g)
            label = " ".join(m.group(g).split())
            if label.split()[0] in _NOT_PAIR_WORDS or state.gaz.country(label) is not None:
                continue
            same = [k for k, e in state.entities.items() if e.label == label]
            if same and state.entities[same[0]].type in {"Place", "Country"}:
                if not any(x.start == start and x.end == end for x in state.mentions):
                    state.add_mention(same[0], start, end)
                continue
            if same and state.entities[same[0]].type in {"Person", "Organization"} and not state.entities[same[0]].unnamed:
                retype(state, same[0], "Place")
                state.add_mention(same[0], start, end)
                continue
            _new_place(state, label, start, end)


# -- U8: peoples are not places ---------------------------------------------------

def _group_words(state: State) -> None:
    """'a X village', 'X herders', 'the X community': a people's name."""
    strong = alternation("group_strong_nouns")
    group_re = re.compile(rf"\s+(?:{strong})\b")
    village_re = re.compile(r"\s+(?:village|villages|hamlet|settlement)\b")
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Place", "Organization", "Person"} or known(state, entity.label) \
                or entity.unnamed or not entity.mentions:
            continue
        if len(entity.label.split()) > 2:
            continue
        hits = 0
        for s in entity.mentions:
            lead = state.text[max(0, s.start - 4):s.start]
            if group_re.match(state.text, s.end) or (
                    re.search(r"\b(?:a|an)\s+$", lead) and village_re.match(state.text, s.end)):
                hits += 1
        if hits == len(entity.mentions) and _is_people(state, entity):
            drop_entity(state, key)
        elif re.fullmatch(rf"{_NAME} (?:village|villages|hamlet)", entity.label) and entity.type == "Place" and all(
                re.search(r"\b(?:a|an)\s+$", state.text[max(0, s.start - 4):s.start]) for s in entity.mentions):
            drop_entity(state, key)  # "a Yazidi village": some village of that people


def _is_people(state: State, entity) -> bool:
    """The name is a people's: tagged NORP, or no mention of it stands as a
    place ("in X", "X's")."""
    for s in entity.mentions:
        span = state.doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "NORP" for t in span):
            return True
    return not re.search(rf"\b(?:in|at|to|from|near)\s+{re.escape(entity.label)}\b", state.text)


# -- round 13: "between A and B" of places ------------------------------------------

_PAIR_NAME = rf"{CAP_CLASS}[\w'’-]*(?: {CAP_CLASS}[\w'’-]*){{0,2}}"
_BETWEEN_RE = re.compile(rf"\bbetween\s+(?P<a>{_PAIR_NAME})\s+and\s+(?P<b>{_PAIR_NAME})(?![\w'’-])")
_NOT_PAIR_WORDS = frozenset("The A An This That These Those Its Their Monday Tuesday Wednesday Thursday Friday "
                            "Saturday Sunday January February March April May June July August September October "
                            "November December".split())


# Things that go between two places: "trains ... between A and B", "the road between A and B".
_ROUTE_LEAD_RE = re.compile(r"\b(?:trains?|flights?|bus(?:es)?|ferr(?:y|ies)|services?|trucks?|lorr(?:y|ies)|traffic|"
                            r"road|roads|railway|rail|line|route|highway|motorway|pipeline|cable|link|crossings?|"
                            r"border|distance|kilometres|kilometers|km|miles|journey|trip|trips|travel|run|runs|ran)\b"
                            r"(?:\s+[\w'’-]+){0,4}\s*$")


def _new_place(state: State, label: str, start: int, end: int) -> None:
    """A place the model missed, with its mention (typed Place even if the label
    was seen before as something else)."""
    entity = state.add_entity(label, "Place")
    entity.type = "Place"
    state.add_mention(entity.key, start, end)


def _between_places(state: State) -> None:
    """'services between Lima and Quito', 'trucks queued between A and B': when
    one side is a place, the other is one too (the model calls an unknown town a
    person or an organisation, or misses it)."""
    for m in _BETWEEN_RE.finditer(state.text, state.body_start):
        if "\n" in m.group(0):
            continue
        sides = []
        for g in ("a", "b"):
            start, end = m.start(g), m.end(g)
            hits = [x for x in state.mentions if x.start < end and start < x.end and x.key in state.entities]
            sides.append((g, start, end, hits))
        types = [{state.entities[x.key].type for x in hits} for _, _, _, hits in sides]
        # "trains would run between Saryagash and Keles": a route's two one-word ends are places
        route = not (types[0] | types[1]) & {"Place", "Country"} and _ROUTE_LEAD_RE.search(
            state.text[max(0, m.start() - 50):m.start()]) is not None and all(
            len(state.text[a:b].split()) == 1 for _, a, b, _ in sides)
        if route:
            types = [t | {"Place"} for t in types]
        for (g, start, end, hits), own, other in ((sides[0], types[0], types[1]), (sides[1], types[1], types[0])):
            if not other & {"Place", "Country"} or own & {"Place", "Country"} and not route:
                continue
            label = m.group(g)
            if label.split()[0] in _NOT_PAIR_WORDS or known(state, label) or personal_name(label):
                continue
            if not hits:
                if re.match(r"['’]s\b", state.text[end:end + 2]):
                    continue
                _new_place(state, label, start, end)
                continue
            for x in hits:
                entity = state.entities[x.key]
                # "between Riga and Selvanka": an "organisation" beside a town is a town; beside a
                # country it may be a body ("talks between Latvia and Litgrid")
                if x.start == start and x.end == end and not entity.label.isupper() and (
                        entity.type == "Person" and len(entity.label.split()) == 1
                        or entity.type == "Organization" and len(entity.label.split()) <= 2 and "Place" in other):
                    retype(state, x.key, "Place")


# -- round 15: "between A in X and B in Y" ---------------------------------------------

_ENDS_RE = re.compile(rf"\b(?:between|from)\s+(?:the\s+)?(?P<a>{_PAIR_NAME})\s+in\s+(?P<pa>{_PAIR_NAME})"
                      rf"\s+(?:and|to)\s+(?:the\s+)?(?P<b>{_PAIR_NAME})\s+in\s+(?P<pb>{_PAIR_NAME})(?![\w'’-])")


def _ends_in_places(state: State) -> None:
    """'a rail line between Kauno Tiltas in Kaunas and Rigas Vārti in Riga': the
    two ends of a route, each placed in a known place, are places (the model
    calls an unknown station a person)."""
    for m in _ENDS_RE.finditer(state.text, state.body_start):
        if "\n" in m.group(0):
            continue
        for g, pg in (("a", "pa"), ("b", "pb")):
            where = [x for x in state.mentions if x.start == m.start(pg) and x.end == m.end(pg) and x.key in state.entities]
            if not any(state.entities[x.key].type in {"Place", "Country"} for x in where):
                continue
            start, end = m.start(g), m.end(g)
            label = m.group(g)
            if label.split()[0] in _NOT_PAIR_WORDS or known(state, label):
                continue
            hits = [x for x in state.mentions if x.start < end and start < x.end and x.key in state.entities]
            if not hits:
                _new_place(state, label, start, end)
                continue
            for x in hits:
                entity = state.entities[x.key]
                if x.start == start and x.end == end and entity.type in {"Person", "Organization"} and not entity.label.isupper():
                    retype(state, x.key, "Place")


_APPOSED_TOWN_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_PAIR_NAME}),\s+(?:the|a|an|its|{CAP_CLASS}[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:capital|city|town|village|hamlet|port|port city|municipality|border town|seaport)(?=\s*[,.;]|\s+of\b|\s+(?:on|in|near)\b)")
# A sentence's opening preposition is no part of the name: "In Ak-Tor, a Tarvian village in Mosi region,".
_LEAD_PREP_RE = re.compile(r"(?:In|At|From|Near|Outside|Inside|To|Across|Around)\s+")


def _apposed_towns(state: State) -> None:
    """'Valmiera, the Vidzeme's provincial capital,' / 'Kotka, a port city on the
    gulf,': a name apposed to a town noun is a town (the model often calls an
    unknown one a person)."""
    for m in _APPOSED_TOWN_RE.finditer(state.text, state.body_start):
        start, end = m.start("name"), m.end("name")
        lead = _LEAD_PREP_RE.match(state.text, start, end)
        if lead is not None:
            start = lead.end()
        label = state.text[start:end]
        if "\n" in m.group(0) or label.split()[0] in _NOT_PAIR_WORDS or known(state, label) or personal_name(label):
            continue
        hits = [x for x in state.mentions if x.start < end and start < x.end and x.key in state.entities]
        if not hits and (lead is not None or re.search(r"(?:^|[.!?]\s+|\n)$", state.text[max(0, start - 3):start])
                         or state.text[end:end + 12].startswith(", a ")):
            _new_place(state, label, start, end)  # "In Ak-Tor, a ... village": the model missed the name
            continue
        for x in hits:
            if x.start == start and x.end == end:
                entity = state.entities[x.key]
                if entity.type in {"Person", "Organization"} and not entity.unnamed and not entity.label.isupper() \
                        and " " not in entity.label:
                    retype(state, x.key, "Place")


_OFF_THE_RE = re.compile(r"\b(?:off|across|along|onto)\s+the\s+$")


def _landmarks_after_off(state: State) -> None:
    """'take traffic off the Causeway', 'trucks across the Isthmus': one
    capitalised word after a motion preposition and "the" is a landmark, not
    the organisation the model took it for."""
    for key, entity in list(state.entities.items()):
        if entity.type != "Organization" or entity.unnamed or " " in entity.label or entity.label.isupper() \
                or known(state, entity.label):
            continue
        if entity.mentions and all(_OFF_THE_RE.search(state.text[max(0, m.start - 20):m.start]) for m in entity.mentions):
            retype(state, key, "Place")
