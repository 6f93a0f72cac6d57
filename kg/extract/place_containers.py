"""Containers named a few words after the place, by a facility's "at", a demonym, a ruling.

* "The Tosa Pass sits at about 3,750 metres in Kyrgyzstan's Naryn region" / "Ama is barely
  a sandbank, a few hundred metres of sand in Kessa Bay": a place that sits, lies or is
  (something) in a container lies there (when nothing placed it yet).
* "Vienna International Airport at Schwechat": an airport, station, port or plant named
  "at" a town lies in that town.
* "Rovaniemi in Finnish Lapland": a region after a demonym lies in the demonym's country.
* "Talks were held in Ama on Monday. On Tuesday the ministers met in the capital of Kessa
  province": the unnamed capital is the venue town named before (the one town named "in"
  within the two sentences before), so that town lies in the province.
* "X, the mayor of Ama, whose town in Kessa's Lumi entity hosts the crossing": the town
  named last before "whose town" lies in the unit named after it.
* "Ama and the two islets of Bari and Lumi went to Equatorial Guinea" / "the court awarded
  the islands to X" / "Ama now belongs to X": each place given to a country lies in it.
"""

from __future__ import annotations

import re

from kg.extract.connects import _PLACE_NAME, place_key_at
from kg.extract.evidence import country_key, evidence_for
from kg.extract.state import State

_PLACE = {"Place", "Country"}
_SITS_RE = re.compile(r"\s+(?:sits|lies|lay|sat|stands|is\s+(?:located|situated|found)|is|was)\s+"
                      r"(?:[^.;:!?\n]{0,70}?\s)?in\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?$")
_OTHER_CLAUSE_RE = re.compile(r"\b(?:where|which|that|who|whom|when|while|and|but|or|because|met|meet|held|hold|said|"
                              r"says|signed|sign|told|visited|opened|talks)\b")
_FACILITY_END = frozenset("Airport Station Port Terminal Plant Dam Harbour Harbor Refinery Depot".split())
_AT_RE = re.compile(rf"\s+at\s+(?P<town>{_PLACE_NAME})")
_GIVEN_RE = re.compile(r"\s+(?:went|go|goes|passed|fell|were\s+awarded|was\s+awarded|were\s+given|was\s+given|"
                       r"(?:now\s+)?belongs?|(?:now\s+)?belonged)\s+to\s+(?:the\s+)?$")
_NAMES_ONLY_RE = re.compile(r"(?:[\s,]|\b(?:and|the|two|three|four|both|all|islets?|islands?|isles?|of|sandbanks?|"
                            r"cays?|reefs?|rocks?)\b)*", re.I)
_AWARDED_RE = re.compile(r"\b(?:awarded|gave|granted|assigned)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                         r"(?:islands?|islets?|isles?|territory|territories|sandbanks?|enclaves?)\s+to\s+(?:the\s+)?$")


def apply(state: State) -> None:
    _sits_in(state)
    _facility_at(state)
    _demonym_region(state)
    _given_to(state)
    _venue_capital(state)
    _whose_town(state)


def _sits_in(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) not in _PLACE or re.match(r"['’]s\s", state.text[m.end:m.end + 3]):
            continue  # "in Kyrgyzstan's Naryn region": the region is the container
        sent = state.sentence_of(m.start)
        subject = next((x for x in state.mentions_in(sent.start_char, m.start) if x.key != m.key), None)
        if subject is None or state.entity_type(subject.key) != "Place" or state.objects(subject.key, "locatedIn"):
            continue
        gap = state.text[subject.end:m.start]
        if not _SITS_RE.fullmatch(gap) or state.mentions_in(subject.end, m.start, _PLACE - {"Country"}):
            continue
        if _OTHER_CLAUSE_RE.search(gap):
            continue  # "Ama is where the ministers met in Lumi": the "in" belongs to another clause
        if not re.fullmatch(r"\s*(?:The\s+|the\s+)?", state.text[sent.start_char:subject.start]):
            continue  # the place is the sentence's subject
        state.add_relation(subject.key, "locatedIn", evidence_for(state, subject), obj=m.key)


def _facility_at(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Place" or entity.label.split()[-1] not in _FACILITY_END:
            continue
        hit = _AT_RE.match(state.text, m.end)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char:
            continue
        town = place_key_at(state, hit.start("town"), hit.end("town"))
        if town is None or town == m.key or state.entity_type(town) == "Country":
            continue
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=town)


def _demonym_region(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) != "Place" or state.objects(m.key, "locatedIn"):
            continue
        before = re.search(r"\bin\s+([A-Z][\w'’-]+)\s+$", state.text[max(0, m.start - 30):m.start])
        if before is None:
            continue
        country = state.gaz.country_of_demonym(before.group(1))
        if country is None or country.type != "Country":
            continue
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is not None and entry.country and entry.country != country.label:
            continue  # the gazetteer knows better
        key = country_key(state, country.label) or state.add_entity(country.label, "Country",
                                                                   same_as=country.same_as).key
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=key)


def _given_to(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) != "Country":
            continue
        sent = state.sentence_of(m.start)
        before = state.text[sent.start_char:m.start]
        given = _GIVEN_RE.search(before)
        if given is not None:
            places = [x for x in state.mentions_in(sent.start_char, sent.start_char + given.start(), {"Place"})]
            rest, last = [], sent.start_char
            for x in state.mentions_in(sent.start_char, sent.start_char + given.start()):
                rest.append(state.text[last:x.start])
                last = x.end
            rest.append(state.text[last:sent.start_char + given.start()])
            if not places or not _NAMES_ONLY_RE.fullmatch(" ".join(rest)):
                continue  # only a subject of names: "A and the two islets of B and C"
        elif _AWARDED_RE.search(before):
            places = _islands_named_before(state, sent.start_char)
        else:
            continue
        for p in places:
            if p.key != m.key and not any(state.entity_type(o) == "Country" for o in state.objects(p.key, "locatedIn")):
                state.add_relation(p.key, "locatedIn", state.sentence_span(sent), obj=m.key)


def _islands_named_before(state: State, start: int) -> list:
    """The islands named in the sentence before (for "awarded the islands to X")."""
    if start <= state.body_start:
        return []
    prev = state.sentence_of(start - 2)
    return [x for x in state.mentions_in(prev.start_char, prev.end_char, {"Place"})
            if re.search(r"\b(?:island|islet|isle)s?\b", state.text[max(prev.start_char, x.start - 40):x.end + 20], re.I)]


_CAPITAL_RE = re.compile(r"\b(?:met|meet|meets|meeting|talks|held|gathered|convened)\b[^.;]{0,60}?\bin\s+the\s+"
                         r"(?:provincial\s+|regional\s+|district\s+)?(?:capital|main\s+town|seat)\s+of\s+(?:the\s+)?$")


def _venue_capital(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) != "Place":
            continue
        sent = state.sentence_of(m.start)
        if not _CAPITAL_RE.search(state.text, sent.start_char, m.start):
            continue
        start = sent.start_char
        for _ in range(2):
            if start > state.body_start:
                start = state.sentence_of(start - 2).start_char
        venues = {x.key for x in state.mentions_in(max(start, state.body_start), sent.start_char, {"Place"})
                  if re.search(r"\bin\s+$", state.text[max(0, x.start - 4):x.start]) and x.key != m.key
                  and not state.objects(x.key, "locatedIn")}
        if len(venues) == 1:
            state.add_relation(venues.pop(), "locatedIn", state.sentence_span(sent), obj=m.key)


_WHOSE_TOWN_RE = re.compile(r"\bwhose\s+(?:home\s+)?(?:town|city|village|municipality|commune)\s+in\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?")


def _whose_town(state: State) -> None:
    for hit in _WHOSE_TOWN_RE.finditer(state.text, state.body_start):
        unit = state.mention_at(hit.end(), hit.end() + 1, {"Place"})
        if unit is None or unit.start != hit.end():
            continue
        sent = state.sentence_of(hit.start())
        towns = [x for x in state.mentions_in(sent.start_char, hit.start(), {"Place"}) if x.key != unit.key]
        if not towns or state.objects(towns[-1].key, "locatedIn"):
            continue
        state.add_relation(towns[-1].key, "locatedIn", state.sentence_span(sent), obj=unit.key)
