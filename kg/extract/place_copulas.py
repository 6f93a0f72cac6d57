"""locatedIn from copulas, possessives, meeting venues and side clauses the pair rules miss.

* "Mitú is the capital of Colombia's Vaupés department" / "Ama is a district of the Ondo
  region" / "Tosa was once the main port of Bari" -> the first place lies in the second;
* "Ndjili, a district on the eastern edge of Kinshasa," -> Ndjili locatedIn Kinshasa (the
  edge or outskirts of a town are still the town);
* "Kinshasa's Palais du Peuple" -> the venue lies in the town that owns it in the possessive
  (a country's possession is kg.extract.places' business; a river owned so runs on);
* "The ministers met in Osijek on Tuesday at Pejačević Manor, the baroque palace ..." -> the
  venue where they met lies in the town they met in (the sentence says where both are);
* "Juist, which lies off the coast on the German side," -> Juist locatedIn Germany (a
  one-word name opening such a sentence is a place even when the name finder missed it).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.evidence import country_key, evidence_for
from kg.extract.place_appositions import locate
from kg.extract.state import State
from kg.iris import slugify

_PLACE = {"Place", "Country"}
_KINDS = (r"(?:capital|town|city|district|village|port|municipality|suburb|neighbou?rhood|province|region|department|"
          r"county|state|commune|seat|hub|settlement|borough|parish|township|quarter|sub-?district|subdivision|"
          r"canton|oblast|governorate|prefecture)s?")
# " is the capital of ", " is a district of Peru's ", " remains the main town in the "
_COPULA_RE = re.compile(r"\s+(?:is|was|remains|remained|became|has\s+been)\s+(?:also\s+|now\s+|still\s+|once\s+)?"
                        r"(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?" + _KINDS + r"\s+(?:of|in)\s+(?:the\s+)?"
                        r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?")
# ", a district on the eastern edge of ", ", the suburb on the outskirts of "
_EDGE_RE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:district|suburb|neighbou?rhood|township|area|quarter|"
                      r"village|town|port|commune|settlement|borough)\s+(?:on|at|in)\s+the\s+"
                      r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                      r"(?:edge|edges|outskirts|fringes?|periphery)\s+of\s+(?:the\s+)?")


def apply(state: State) -> None:
    _copula_of(state)
    _edge_of(state)
    _possessive_venue(state)
    _met_in_at(state)
    _which_lies_on_side(state)


def _body(state: State) -> list:
    return [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]


def _mention_starting(state: State, pos: int, types=_PLACE):
    hit = state.mention_at(pos, pos + 1, types)
    return hit if hit is not None and hit.start == pos else None


def _retype_one_word(state: State, key: str) -> bool:
    """A one-word name the finder took for a person or body, said to be a town: a place."""
    entity = state.entities[key]
    if entity.type == "Place":
        return True
    if entity.type in {"Person", "Organization"} and not entity.unnamed and " " not in entity.label \
            and not set(entity.label.split()) & lexicon.words("org_heads"):
        entity.type = "Place"
        return True
    return False


# a sentence opening with one capitalised word before such a copula: "Mirutá is the capital of ..."
_OPENING_COPULA_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][^\W\d_]{2,})(?=\s+(?:is|was)\s)", re.M)


def _copula_of(state: State) -> None:
    for hit in _OPENING_COPULA_RE.finditer(state.text, state.body_start):
        start, end = hit.span("name")
        if state.mentions_in(start, end) or state.is_skipped(start, end) or state.gaz.lookup(hit.group("name")):
            continue
        tail = _COPULA_RE.match(state.text, end)
        if tail is None or _mention_starting(state, tail.end(), {"Country", "Place"}) is None:
            continue
        token = next((t for t in state.sentence_of(start) if t.idx == start), None)
        if token is None or token.pos_ != "PROPN":
            continue  # "This is the capital of X", "Here was the port of Y": no name
        entity = state.add_entity(hit.group("name"), "Place")
        if entity.type == "Place":
            state.add_mention(entity.key, start, end)
    for m in _body(state):
        hit = _COPULA_RE.match(state.text, m.end)
        if hit is None or state.entity_type(m.key) == "Country":
            continue
        pos = hit.end()
        owner = _mention_starting(state, pos, {"Country", "Place"})
        target = owner
        if owner is not None:
            poss = re.match(r"['’]s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?",
                            state.text[owner.end:owner.end + 20])
            if poss is not None:
                target = _mention_starting(state, owner.end + poss.end(), {"Place"})
                if target is not None and state.entity_type(owner.key) == "Country":
                    locate(state, target, owner.key)
        if target is None or target.key == m.key or target.end > state.sentence_of(m.start).end_char:
            continue
        if not _retype_one_word(state, m.key):
            continue
        locate(state, m, target.key)


def _edge_of(state: State) -> None:
    for m in _body(state):
        if state.entity_type(m.key) == "Country":
            continue
        hit = _EDGE_RE.match(state.text, m.end)
        if hit is None:
            continue
        target = _mention_starting(state, hit.end())
        if target is None or target.key == m.key or not _retype_one_word(state, m.key):
            continue
        locate(state, m, target.key)


_WATER_WORDS = frozenset("river lake sea ocean bay gulf strait lagoon canal creek channel".split())


def _possessive_venue(state: State) -> None:
    mentions = _body(state)
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place" or a.key == b.key:
            continue
        if not re.fullmatch(r"['’]s\s+", state.text[a.end:b.start]):
            continue
        words = state.entities[b.key].label.lower().split()
        owner_words = state.entities[a.key].label.lower().split()
        if set(words) & _WATER_WORDS or set(owner_words) & _WATER_WORDS:
            continue  # "Kessa's Ondo River": a river runs on; "the Lake's X" is no town's
        if state.objects(b.key, "locatedIn"):
            continue  # placed already ("Peru's Loreto region" read before)
        entry = state.gaz.lookup(state.entities[a.key].label)
        if entry is not None and not entry.country or slugify(state.entities[a.key].label) in lexicon.macro_region_slugs():
            continue  # "the Balkans' X", "Europe's Y": a region of countries owns no venue
        locate(state, b, a.key)


_MEET_LEMMAS = frozenset("meet talk hold sign host gather convene negotiate visit welcome receive".split())


def _met_in_at(state: State) -> None:
    before: list = []  # the towns a meeting sentence just before met in
    for sent in state.body_sentences():
        if not {t.lemma_.lower() for t in sent} & _MEET_LEMMAS:
            before = []
            continue
        inside = [m for m in state.mentions_in(sent.start_char, sent.end_char) if not state.is_skipped(m.start, m.end)]
        towns = [m for m in inside if state.entity_type(m.key) == "Place"
                 and re.search(r"\bin\s+$", state.text[max(0, m.start - 4):m.start])]
        if not towns and len(before) == 1:
            # "The ministers met in Osijek on Tuesday. The talks were held at X Manor": the next
            # sentence's venue, no other town named, is in the town they met in
            _venues_in(state, before[0], [m for m in inside if state.entity_type(m.key) != "Country"], sent.start_char)
        before = towns
        _venues_of(state, towns, inside)


def _venues_in(state: State, town, inside: list, start: int) -> None:
    if any(state.entity_type(m.key) == "Place" and not re.search(r"\bat\s+(?:the\s+)?$", state.text[max(0, m.start - 8):m.start])
           for m in inside):
        return  # another place in the sentence: the venue may lie there
    for venue in inside:
        if state.entity_type(venue.key) != "Place" or venue.key == town.key \
                or not re.search(r"\b(?:held|hosted|signed|met|meet|meeting|gathered|convened)\s+at\s+(?:the\s+)?$",
                                 state.text[max(start, venue.start - 30):venue.start]):
            continue
        if state.gaz.lookup(state.entities[venue.key].label) is not None or state.objects(venue.key, "locatedIn"):
            continue
        locate(state, venue, town.key)


def _venues_of(state: State, towns: list, inside: list) -> None:
    for town in towns:
        entry = state.gaz.lookup(state.entities[town.key].label)
        if entry is not None and entry.section == "regions":
            continue  # "met in Bavaria at X": a region says too little of the venue
        for venue in [m for m in inside if m.start > town.end]:
            if state.entity_type(venue.key) != "Place" or venue.key == town.key \
                    or not re.search(r"\bat\s+(?:the\s+)?$", state.text[max(0, venue.start - 8):venue.start]):
                continue
            if state.gaz.lookup(state.entities[venue.key].label) is not None or state.objects(venue.key, "locatedIn"):
                continue  # "met in Geneva and later at Lausanne": a known town is no venue
            if re.search(r"[;:]|\band\b", state.text[town.end:venue.start]):
                continue  # another clause may have moved elsewhere
            if re.search(r"\bto\s+[a-z]+\b|\b(?:on|about|over)\s+(?:a|an|the)\b", state.text[town.end:venue.start]):
                continue  # "met in Luau to restart talks on a border post at the X crossing": what the talks are about
            locate(state, venue, town.key)


_DEMONYM = r"(?P<dem>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
# ", which lies off the coast on the German side" / ", which sits just across the river on the Croatian bank"
_WHICH_SIDE_RE = re.compile(r",\s+(?:which|that)\s+(?:lies|lay|sits|sat|is|was|stands|stood)\s+[^,.;]{0,60}?\bon\s+the\s+"
                            r"(?:(?:far|other|opposite)\s+)?" + _DEMONYM + r"\s+(?:side|bank|shore|coast)\b")
_OPENING_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z]{2,})(?=,\s+(?:which|that)\s+(?:lies|lay|sits|sat|stands|stood)\b)",
                         re.M)


def _which_lies_on_side(state: State) -> None:
    for hit in _OPENING_RE.finditer(state.text, state.body_start):
        start, end = hit.span("name")
        if state.mentions_in(start, end) or state.is_skipped(start, end) or not _WHICH_SIDE_RE.match(state.text, end):
            continue
        if state.gaz.lookup(hit.group("name")) is not None:
            continue
        entity = state.add_entity(hit.group("name"), "Place")
        if entity.type == "Place":
            state.add_mention(entity.key, start, end)
    for m in _body(state):
        if state.entity_type(m.key) not in {"Place", "Person", "Organization"}:
            continue
        hit = _WHICH_SIDE_RE.match(state.text, m.end)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char or not _retype_one_word(state, m.key):
            continue
        c = state.gaz.country_of_demonym(hit.group("dem"))
        country = country_key(state, c.label) if c is not None and c.type == "Country" else None
        if country is not None and country != m.key:
            locate(state, m, country)


_OWNED_KIND = (r"(?:(?:sea|river|deep-?water)?ports?|harbou?rs?|coast|coastline|gateway|hub|capital|enclave|exclave|"
               r"province|region|islands?|towns?|city)")
# "the DRC's Atlantic port": a country's possession described, read as one name
_POSSESSED_LABEL_RE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?:[A-Z][\w-]+\s+){1,2}(?:[a-z][\w-]*\s+){0,2}" + _OWNED_KIND + r"$")


def unname_possessions(state: State) -> None:
    """'Matadi, the DRC's Atlantic port,': no place "DRC's Atlantic port" but the country
    (mentioned there) and a description of Matadi; run before locatedIn is read so the
    apposition rules see the country's possessive."""
    from kg.extract.context_edit import drop_entity  # an editing helper of the context pass

    for key, entity in list(state.entities.items()):
        if entity.type != "Place":
            continue
        hit = _POSSESSED_LABEL_RE.match(entity.label)
        if hit is None:
            continue
        entry = state.gaz.lookup(hit.group("owner"))
        if entry is None or entry.type != "Country":
            continue
        country = state.add_entity(entry.label, "Country", same_as=entry.same_as)
        if country.type != "Country":
            continue
        spans = [(m.start, m.end) for m in state.mentions if m.key == key]
        drop_entity(state, key)
        for r in [r for r in state.relations if key in {r.subject, r.object}]:
            state.remove_relation(r)
        for start, end in spans:
            at = state.text.find(hit.group("owner"), start, end)
            if at >= 0:
                state.add_mention(country.key, at, at + len(hit.group("owner")))
