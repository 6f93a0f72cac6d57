"""Place relations: locatedIn ("Champlain, New York", "Leuseni, in Moldova's
Hincesti District", "Posadas, the main city of X's Y province", "the shoal ...
lies in the Spratly Islands") and connects ("a road that connects A with B",
"the two cities are joined by the X Bridge", "a river that rises in A and
flows into B")."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import ORG_TAIL_WORDS
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.meetings import TALK_NOUNS
from kg.extract.sides import country_key_for_word
from kg.extract.speakers import subject_of
from kg.extract.state import State
from kg.iris import slugify

_PLACE = {"Place", "Country"}


def extract_places(state: State) -> None:
    """locatedIn first: the connect rules leave out the regions the ends lie in."""
    _located_in(state)
    _connects_by_name_shape(state)
    _connects(state)
    _connects_by_text(state)
    _river_course(state)


_REGION_WORDS = "province|region|district|state|county|department|prefecture|oblast|governorate"


# -- locatedIn -----------------------------------------------------------------
def _link_ends_are_places(state: State) -> None:
    """'connects Raxaul, in X, with Birgunj in Nepal': the two ends a link verb
    names are places, whatever the name finder took them for (so "Birgunj in
    Nepal" is read as a town in a country)."""
    # not "joins": people join people ("Soto joins Mamani and Vera in Lima")
    for verb in re.finditer(r"\b(?:links?|connects?|linking|connecting)\b", state.text):
        if verb.start() < state.body_start:
            continue
        link = _LINK_RE.match(state.text, verb.start())
        if link is None or link.end() > state.sentence_of(verb.start()).end_char:
            continue
        for group in ("a", "b"):
            hit = state.mention_at(link.start(group), link.end(group))
            if hit is None or hit.start != link.start(group):
                continue
            entity = state.entities[hit.key]
            if entity.type in {"Person", "Organization"} and not entity.unnamed and " " not in entity.label \
                    and not set(entity.label.split()) & lexicon.words("org_heads"):
                entity.type = "Place"


def _located_in(state: State) -> None:
    _link_ends_are_places(state)
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        gap = state.text[a.end:b.start]
        ta, tb = state.entity_type(a.key), state.entity_type(b.key)
        after = state.text[b.end:b.end + 40]
        # "A, B, C and D" is a list, not a place and its region; a date after the pair is no list item
        # ("PUERTO MALDONADO, Peru, Sept 10 -": a dateline's city and its country)
        dated = bool(re.match(r",\s+(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9})\b", after))
        in_list = bool(re.match(r"(?:,| and| or) (?:the )?[A-Z]", after)) and not dated or bool(
            re.search(r"[A-Z][\w-]*,\s*$", state.text[max(0, a.start - 30):a.start]))
        org_named = ta == "Organization" and bool(set(state.entities[a.key].label.split()) & lexicon.words("org_heads"))
        owner_of_next = bool(re.match(r"['’]s\s", after))  # "In Asunción, Paraguay's state company"
        if gap in {", ", ","} and tb in _PLACE and ta in _PLACE | {"Organization"} and not in_list and not org_named \
                and not owner_of_next:
            region = state.entities[b.key]
            entry = state.gaz.lookup(region.label)
            if tb == "Country" or (entry is not None and entry.section in {"regions", "countries"}) or ta == "Place":
                if ta == "Organization":
                    state.entities[a.key].type = "Place"  # "Champlain, New York": a town, not an org
                if state.entity_type(a.key) == "Country":
                    continue
                state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
                state.entities[a.key].aliases.add(state.text[a.start:b.end])
        elif re.fullmatch(r",? in (?:the )?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|far|rural|coastal) )*(?:\w+ (?:district|region|province|state|county) of )?", gap) and tb in _PLACE \
                and (ta == "Place" or ta == "Organization" and not org_named and gap.startswith(",")
                     or ta == "Person" and re.search(rf"\b(?:{_REGION_WORDS})\b", state.text[a.end:b.end + 12])) \
                and not re.match(r"['’]s\s", state.text[b.end:b.end + 3]):  # "in Kenya's X County": the region
            entry_a = state.gaz.lookup(state.entities[a.key].label)
            if entry_a is None or entry_a.section != "countries":
                state.entities[a.key].type = "Place"  # "Landi Kotal, in the X province": a town
                state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
    _in_country_region(state)
    _described_place(state)
    _possessive_country_place(state)
    _demonym_described(state)
    _owned_places(state)
    _belongs_to(state)
    _locality_of(state)
    _under_waters(state)
    _on_water_in(state)
    _town_on_feature(state)
    _demonym_side(state)
    _facilities_in(state)
    # Known regions lie in their country.
    for key, entity in list(state.entities.items()):
        if entity.type != "Place":
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is None or not entry.country or entry.section != "regions":
            continue  # provinces and states, not every city a text mentions
        country = country_key(state, entry.country)
        body = body_mentions(state, key)
        if country and body:
            state.add_relation(key, "locatedIn", evidence_for(state, body[0]), obj=country)


_DEMONYM_KIND = (r"(?:towns?|city|cities|ports?|villages?|capitals?|settlements?|municipalit(?:y|ies)|states?|regions?|"
                 r"provinces?|districts?|islands?)")
# "Desaguadero, a Peruvian border town across the river from Guaqui"
_DEMONYM_APPOS_RE = re.compile(r",\s+(?:a|an|the|two|three|four|five|both)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<dem>[A-Z][\w-]+)\s+"
                               rf"(?:[a-z][\w-]*\s+){{0,2}}?{_DEMONYM_KIND}\b")
# "the Polish mining town of Bogatynia", "the Mexican state of Chiapas"
_DEMONYM_OF_RE = re.compile(r"\b(?P<dem>[A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?" + _DEMONYM_KIND + r"\s+of\s+$")


def _demonym_described(state: State) -> None:
    """A place described with a country's demonym lies in that country (when
    the text names the country): 'X, a Peruvian port town ...', 'the Polish
    mining town of X'."""
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities[m.key]
        if entity.type != "Place" or any(state.entity_type(o) == "Country" for o in state.objects(m.key, "locatedIn")):
            continue
        hit = _DEMONYM_APPOS_RE.match(state.text, m.end, min(len(state.text), m.end + 80))
        if hit is None:
            hit = _DEMONYM_OF_RE.search(state.text, max(0, m.start - 60), m.start)
        if hit is None:
            continue
        c = state.gaz.country_of_demonym(hit.group("dem"))
        country = country_key(state, c.label) if c is not None and c.type == "Country" else None
        if country is None or country == m.key:
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is not None and entry.country and entry.country != state.entities[country].label:
            continue  # the gazetteer knows better
        for place in [m, *_coordinated_before(state, m)]:  # "Paita and Talara, the two Peruvian ports"
            state.add_relation(place.key, "locatedIn", evidence_for(state, place), obj=country)


def _coordinated_before(state: State, m) -> list:
    """The places coordinated before ``m`` ("the ports of A, B and m"), nearest first."""
    out = []
    mentions = [x for x in state.mentions if x.end <= m.start and x.start >= state.body_start]
    current = m
    for prev in reversed(mentions):
        if not re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", state.text[prev.end:current.start]) \
                or state.entity_type(prev.key) != "Place":
            break
        out.append(prev)
        current = prev
    return out


def _possessive_country_place(state: State) -> None:
    """"Iran's Chabahar port", "Afghanistan's Nangarhar province": a place owned
    by a country in the possessive lies in it."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for b, c in zip(mentions, mentions[1:]):
        if state.entity_type(b.key) != "Country" or state.entity_type(c.key) != "Place":
            continue
        if not re.fullmatch(r"['’]s\s+", state.text[b.end:c.start]) or _country_part(state, c):
            continue  # "Kenya's Indian Ocean coast": the coast is Kenya's, not the ocean
        entry = state.gaz.lookup(state.entities[c.key].label)
        if entry is not None and entry.country and entry.country != state.entities[b.key].label:
            continue  # the gazetteer knows better (a text may say "Russia's Crimea")
        state.add_relation(c.key, "locatedIn", evidence_for(state, c), obj=b.key)


_OWNED_KIND_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:enclaves?|exclaves?|territor(?:y|ies)|islands?|towns?|cities|city|"
                            r"ports?|provinces?|regions?|villages?|outposts?)\b")


def _owned_places(state: State) -> None:
    """'Ceuta and Melilla, Spain's two North African enclaves' / 'Kinmen, Taiwan's
    outlying island': the places apposed to a country's possession lie in it."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for i, owner in enumerate(mentions):
        if i == 0 or state.entity_type(owner.key) != "Country" or not _OWNED_KIND_RE.match(state.text, owner.end):
            continue
        a = mentions[i - 1]
        if not re.fullmatch(r",\s+(?:the\s+)?", state.text[a.end:owner.start]):
            continue
        owned = [a]
        if i >= 2 and re.fullmatch(r",?\s+and\s+", state.text[mentions[i - 2].end:a.start]):
            owned.insert(0, mentions[i - 2])  # "Ceuta and Melilla, Spain's two enclaves"
        for m in owned:
            entity = state.entities[m.key]
            if entity.type in {"Organization", "Person"} and " " not in entity.label:
                entity.type = "Place"
            if entity.type == "Place":
                state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=owner.key)


_WATERS = frozenset("Sea Ocean Gulf Bay Strait Lake Basin Shelf".split())
# "the X fields, found beneath the Timor Sea" / "X, off the Savu Sea" / "X lies under the Y Sea"
_UNDER_RE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were|found|located|lying|situated|lies|lie|sits?)\s+)?"
                       r"(?:(?:deep|far|just)\s+)?(?:beneath|under|underneath|below|off)\s+(?:the\s+)?")


def _under_waters(state: State) -> None:
    """A field, reef or island beneath, under or off a sea lies in that sea."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place" or a.key == b.key:
            continue
        if state.entities[b.key].label.split()[-1] not in _WATERS:
            continue
        gap = _UNDER_RE.fullmatch(state.text, a.end, b.start)
        if gap is not None:
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)


_BELONGS_RE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:now\s+|still\s+|legally\s+|formally\s+|rightfully\s+)?"
                         r"(?:(?:belongs|belonged|belong)\s+to|(?:is|was|forms|formed)\s+part\s+of|"
                         r"(?:is|was)\s+(?:sovereign\s+)?(?:territory\s+of|part\s+of))\s+(?:the\s+)?")


def _belongs_to(state: State) -> None:
    """'the Bakassi Peninsula, which belongs to Cameroon' / 'the court ruled that the
    X Peninsula belonged to Gabon' -> locatedIn (the owner a country: "the island
    belongs to the family" says nothing of place)."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        gap = _BELONGS_RE.fullmatch(state.text, a.end, b.start)
        if gap and state.entity_type(a.key) == "Place" and state.entity_type(b.key) in _PLACE \
                and (re.search(r"which|that", gap.group(0)) or state.entity_type(b.key) == "Country"):
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)


_WATER_WORDS = frozenset("river lake sea gulf bay basin creek stream".split())
_ON_WATER_RE = re.compile(r",?\s+(?:on|along|across|astride|over|spanning)\s+(?:the\s+)?")
_WATER_IN_RE = re.compile(r"(?:\s+(?:river|lake|stream))?\s+in\s+(?:the\s+)?")


def _on_water_in(state: State) -> None:
    """'The X Dam, on the Y river in Peru,': the dam lies in Peru (a river runs
    through several countries: the words place the dam, not the river)."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, r, c in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(c.key) not in _PLACE or a.key in {r.key, c.key}:
            continue
        if not _ON_WATER_RE.fullmatch(state.text, a.end, r.start) or not _WATER_IN_RE.fullmatch(state.text, r.end, c.start):
            continue
        if state.entity_type(r.key) not in _PLACE:
            continue
        # "on the Mekong in Laos", "on the Plaza in Lima": whatever lies on it, the words place the first name
        state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=c.key)
        water = state.entities[r.key].label.split()[-1].lower() in _WATER_WORDS \
            or re.match(r"\s+(?:river|lake|stream)\b", state.text[r.end:r.end + 8]) is not None
        if not water:
            continue
        for rel in [x for x in state.relations if x.subject == r.key and x.predicate == "locatedIn" and x.object == c.key]:
            state.remove_relation(rel)  # read from the same words: the dam's place, not the river's


# "Ntoum, the main town on the peninsula": the peninsula or island named last
_ON_FEATURE_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:town|city|port|village|settlement|"
                            r"harbou?r|community)\s+(?:on|of|in)\s+the\s+(?P<kind>peninsula|island|islands|archipelago|atoll)\b")


def _town_on_feature(state: State) -> None:
    """'<Town>, the main town on the peninsula' lies in the peninsula (or island)
    the text named last before it."""
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        hit = _ON_FEATURE_RE.match(state.text, m.end, min(len(state.text), m.end + 80))
        if hit is None or state.entity_type(m.key) not in {"Place", "Organization"}:
            continue
        kind = hit.group("kind")
        named = [x for x in state.mentions if state.body_start <= x.end <= m.start and x.key != m.key
                 and state.entity_type(x.key) == "Place"
                 and state.entities[x.key].label.split()[-1].lower() in {kind, kind.rstrip("s"), kind + "s"}]
        if not named:
            continue
        if state.entity_type(m.key) == "Organization":
            if set(state.entities[m.key].label.split()) & lexicon.words("org_heads"):
                continue
            state.entities[m.key].type = "Place"
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=named[-1].key)


_DEMONYM_WORD = r"(?P<dem>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
# "In Tuticorin, on the Indian side of the strait," / "Rameswaram, on the Sri Lankan side,"
_SIDE_RE = re.compile(r",\s+on\s+the\s+(?:(?:far|other|opposite)\s+)?" + _DEMONYM_WORD
                      + r"\s+(?:side|bank|shore|end|coast)\b")
# "Katchatheevu is Sri Lankan territory" / "the island, which remains Brazilian territory"
_TERRITORY_RE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:is|was|remains|remained|are|were|became|becomes)\s+"
                           r"(?:now\s+|still\s+|legally\s+|rightfully\s+|officially\s+|formally\s+)?"
                           + _DEMONYM_WORD + r"\s+(?:territory|soil|land)\b")


def _demonym_side(state: State) -> None:
    """A place on a country's side of a border or strait, or said to be its
    territory, lies in that country (when the text names the country)."""
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) != "Place":
            continue
        hit = _SIDE_RE.match(state.text, m.end) or _TERRITORY_RE.match(state.text, m.end)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char:
            continue
        c = state.gaz.country_of_demonym(hit.group("dem"))
        country = country_key(state, c.label) if c is not None and c.type == "Country" else None
        if country is None or country == m.key:
            continue
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is not None and entry.country and entry.country != c.label:
            continue  # the gazetteer knows better
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=country)


_FACILITY_WORDS = ("stations?|ports?|wells?|dams?|crossings?|posts?|terminals?|plants?|fields?|mines?|bridges?|"
                   "checkpoints?|harbou?rs?|airports?|depots?|camps?|villages?|towns?")
# "the A and B stations in Y province": each name before the kind word lies in Y
_FACILITY_IN_RE = re.compile(rf"(?:\s+(?:{_FACILITY_WORDS}))?\s+(?:in|inside|within)\s+(?:the\s+)?")
_KIND_BEFORE_IN_RE = re.compile(rf"\b(?:{_FACILITY_WORDS})\s+(?:in|inside|within)\s+(?:the\s+)?$")
# "Mandapam, the crowded fishing quarter of Rameswaram"
_QUARTER_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:quarter|suburb|suburbs|neighbou?rhood|"
                         r"district|borough|ward|township|outskirts|old\s+town|harbou?r\s+area)\s+(?:of|in)\s+(?:the\s+)?")


def _facilities_in(state: State) -> None:
    """'The Tan Hoa and Long Binh stations in Takeo province' -> both stations' places
    lie in the province; 'X, the fishing quarter of Y' -> X lies in Y."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) not in _PLACE or a.key == b.key:
            continue
        quarter = _QUARTER_RE.fullmatch(state.text, a.end, b.start)
        # the kind word stands before "in", in the gap or at the end of A's own name ("Tan Hoa station")
        facility = _FACILITY_IN_RE.fullmatch(state.text, a.end, b.start) \
            and _KIND_BEFORE_IN_RE.search(state.text, a.start, b.start)
        if quarter is None and not facility:
            continue  # a plain "A in B" is read elsewhere; here the kind word says what A is
        if re.match(r"['’]s\s", state.text[b.end:b.end + 3]):
            continue  # "in Cambodia's Takeo province": the province, not the country
        evidence = evidence_for(state, a)
        for place in [a, *(_coordinated_before(state, a) if quarter is None else [])]:
            if place.key != b.key and state.entity_type(place.key) == "Place":
                state.add_relation(place.key, "locatedIn", evidence, obj=b.key)


def _in_country_region(state: State) -> None:
    """'Leuseni, in Moldova's Hincesti District' / 'Mandera, in Kenya's Mandera
    County': the town lies in the region and the region in the country."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b, c in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(b.key) != "Country" or state.entity_type(c.key) not in {"Place"}:
            continue
        if not re.fullmatch(r",?\s+in\s+(?:the\s+)?", state.text[a.end:b.start]) or \
                not re.fullmatch(r"['’]s\s+", state.text[b.end:c.start]):
            continue
        if state.entity_type(a.key) in {"Person", "Organization"} and not (
                set(state.entities[a.key].label.split()) & lexicon.words("org_heads")):
            state.entities[a.key].type = "Place"  # "with Bula Hawa in Somalia's Gedo region": a town
        if state.entity_type(a.key) != "Place":
            continue
        evidence = evidence_for(state, a)
        state.add_relation(a.key, "locatedIn", evidence, obj=c.key)
        state.add_relation(c.key, "locatedIn", evidence, obj=b.key)


_DIRECTIONS = ("north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|"
               "south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|far")
_HUB_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:hub|capital|city|town|port|centre|center|seat|village|"
                     rf"gateway|heart|enclave|exclave|settlement|island|{_REGION_WORDS})\s+(?:of|in|on)\s+(?:the\s+)?"
                     rf"(?:(?:{_DIRECTIONS})\s+)?(?:[A-Z][\w.]*(?: [A-Z][\w.]*)?['’]s\s+)?"
                     # "the capital of the Peruvian region of Piura": the region named after "of"
                     rf"(?P<region>(?:[A-Z][\w-]+\s+)?(?:{_REGION_WORDS})\s+of\s+(?:the\s+)?)?")
# "the Casa Verde, the state government complex in Arica": a named place described
# by a lowercase noun phrase that ends "in <Place>" lies there.
_DESCRIBED_IN_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,5}?in\s+(?:the\s+)?"
                              rf"(?:(?:{_DIRECTIONS})\s+)?(?:[A-Z][\w.]*(?: [A-Z][\w.]*)?['’]s\s+)?")
_LIES_RE = re.compile(r"\s*(?:,[^,.;]{0,100},)?\s+(?:lies|lay|sits|sat|is\s+located|was\s+located|is\s+situated)\s+"
                      r"(?:(?:just|about|some|roughly)\s+)?(?:in|within|inside)\s+(?:the\s+)?")


# "on Peru's Pacific coast": a stretch of the country, not a region a place lies in
_COUNTRY_PARTS = frozenset("coast coastline shore shores border borders frontier side bank north south east west "
                           "highlands lowlands interior hinterland".split())


def _country_part(state: State, m) -> bool:
    """'Pacific coast' / 'Indian Ocean coast': the mention names (or leads) a stretch of a country."""
    after = re.match(r"\s+([a-z]+)", state.text[m.end:m.end + 20])
    return state.entities[m.key].label.split()[-1].lower() in _COUNTRY_PARTS \
        or (after is not None and after.group(1) in _COUNTRY_PARTS)


def _described_place(state: State) -> None:
    """'Ciudad del Este, the commercial hub of Paraguay's Alto Paraná department'
    -> in Alto Paraná; 'The shoal, known as ..., lies in the Spratly Islands'
    -> the shoal named last lies there; 'talks at the X in Y' -> X (a venue) in Y."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    kinds = {k.lower() for k in lexicon.words("street_suffixes")} | set(lexicon.mapping("place_nouns")) | {"shoal", "reef", "atoll"}
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        ta = state.entity_type(a.key)
        gap = state.text[a.end:b.start]
        if i + 2 < len(mentions) and state.entity_type(b.key) == "Country" \
                and re.fullmatch(r"['’]s\s+", state.text[b.end:mentions[i + 2].start]) \
                and not _country_part(state, mentions[i + 2]):
            gap, b = state.text[a.end:mentions[i + 2].start], mentions[i + 2]  # "... of Paraguay's Alto Paraná"
        hub = _HUB_RE.fullmatch(gap) or (ta == "Place" and _DESCRIBED_IN_RE.fullmatch(gap)
                                         and _place_head(gap) and _noun_phrase(state, a.end, b.start))
        one_word = ta in {"Organization", "Person"} and (" " not in state.entities[a.key].label or re.search(
            r"\b(?:town|city|capital|port|village|hub)\s+(?:of|in)\b", gap) is not None) \
            and not set(state.entities[a.key].label.split()) & lexicon.words("org_heads")
        if isinstance(hub, re.Match) and hub.re is _HUB_RE and hub.group("region") and state.entity_type(b.key) == "Organization" \
                and not set(state.entities[b.key].label.split()) & lexicon.words("org_heads"):
            state.entities[b.key].type = "Place"  # "the county of Marsabit": a region
        if hub and (ta == "Place" or one_word) and state.entity_type(b.key) in _PLACE:
            state.entities[a.key].type = "Place"  # "Posadas, the main city of ...": a town
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
        venue = re.fullmatch(r"\s+in\s+", gap) and re.search(r"\bat\s+the\s+$", state.text[max(0, a.start - 8):a.start])
        if venue and ta in {"Place", "Organization"} and state.entity_type(b.key) == "Place" \
                and not set(state.entities[a.key].label.split()) & lexicon.words("org_heads"):
            sent = state.sentence_of(a.start)
            if {t.lemma_.lower() for t in sent} & (TALK_NOUNS | {"talk", "meet", "hold", "summit", "sign"}):
                state.entities[a.key].type = "Place"  # "held talks at the Collegium Polonicum in Słubice"
                state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
    # "The shoal ... lies in the Spratly Islands": a definite description names the last such place
    for m in re.finditer(r"\b[Tt]he\s+([a-z]+)" + _LIES_RE.pattern, state.text):
        if m.start() < state.body_start or m.group(1) not in kinds:
            continue
        target = next((x for x in state.mentions if x.start == m.end()), None)
        if target is None or state.entity_type(target.key) not in _PLACE or "." in m.group(0):
            continue
        # the most often named place of that kind so far (the article's dam, not one in passing)
        seen = Counter(x.key for x in state.mentions if x.start < m.start() and x.start >= state.body_start
                       and state.entities[x.key].type == "Place"
                       and state.entities[x.key].label.split()[-1].lower() == m.group(1))
        referent = seen.most_common(1)[0][0] if seen else None
        if referent is not None and referent != target.key:
            state.add_relation(referent, "locatedIn", evidence_for(state, target), obj=target.key)


_VENUE_NOUNS = frozenset("""complex building compound hall palace centre center headquarters hotel station
campus house residence post site area zone market township settlement hub capital enclave exclave
reservoir plant weir terminal park reserve mine field fields square quarter suburb neighbourhood
neighborhood crossing""".split())


_HEAD_STOPS = frozenset("on of at near across along by beside close just that which who where".split())


def _place_head(gap: str) -> bool:
    """The apposition's head (the word before 'in') is a place or venue noun
    ("a small town in", "the state government complex in"), not "an offer ... in"."""
    parts = re.split(r"\s+in\s+", gap, maxsplit=1)
    words = re.findall(r"[a-z][\w-]*", parts[0].lower()) if len(parts) == 2 else []
    # the head comes before any modifier phrase: "a town on the border in", "a post near X in"
    stop = next((i for i, w in enumerate(words) if i > 1 and w in _HEAD_STOPS), len(words))
    words = words[:stop]
    if not words:
        return False
    kinds = set(lexicon.mapping("place_nouns")) | set(lexicon.words("locality_nouns")) | _VENUE_NOUNS
    head = words[-1]
    return head in kinds or " ".join(words[-2:]) in kinds


def _noun_phrase(state: State, start: int, end: int) -> bool:
    """The words between two names are a plain noun phrase plus 'in' ("the state
    government complex in"), not a clause ("an offer that has added urgency in")."""
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM", "PART"} or t.lower_ == "in" and t.i == span.end - 1
               or t.lower_ in {"in", "'s", "’s"} and t.i >= span.end - 3
               or t.lower_ in {"on", "near", "along", "by"}  # "a town on the border in"
               for t in span)


def _locality_of(state: State) -> None:
    """'the Indian state of Sikkim', 'the Rangpur division of Bangladesh',
    'the Benishangul-Gumuz region of Ethiopia' -> locatedIn."""
    nouns = "|".join(sorted(lexicon.words("locality_nouns"), key=len, reverse=True))
    for m in re.finditer(rf"\b(?:[A-Z][\w-]+ )?(?:{nouns}) of (?:the )?(?:(?:{_DIRECTIONS}) )?", state.text):
        if m.start() < state.body_start:
            continue
        after = [x for x in state.mentions if x.start == m.end()]
        words = re.sub(rf" of (?:the )?(?:(?:{_DIRECTIONS}) )?$", " of ", m.group(0)).split()
        evidence = evidence_for(state, after[0]) if after else None
        if len(words) == 3 and after:
            # "<Demonym|Name> state of X": the first word is the container or X's country
            owner = country_key_for_word(state, m.start(), m.start() + len(words[0]))
            name_m = state.mention_at(m.start(), m.start() + len(words[0]))
            target = after[0].key
            if state.entity_type(target) in {"Organization", "Person"}:
                state.entities[target].type = "Place"
            if owner is not None:
                state.add_relation(target, "locatedIn", evidence, obj=owner)
            elif name_m is not None and state.entity_type(name_m.key) in _PLACE | {"Organization", "Person"}:
                # "the Rangpur division of Bangladesh": Rangpur lies in Bangladesh
                if state.entity_type(after[0].key) in _PLACE:
                    state.entities[name_m.key].type = "Place"
                    state.add_relation(name_m.key, "locatedIn", evidence, obj=after[0].key)


# -- connects --------------------------------------------------------------------
def _connects(state: State) -> None:
    verbs = lexicon.words("connect_verbs")
    located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
    for token in state.tokens:
        if token.idx < state.body_start or token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subject = _connect_subject(state, token)
        if subject is None:
            _connects_passive(state, token)
            continue
        link = _LINK_RE.match(state.text, token.idx) or _LINK_DESCRIBED_RE.match(state.text, token.idx)
        if link and link.end() <= token.sent.end_char:
            # "connects Frankfurt (Oder), in the state of Brandenburg, with Słubice": the parse may
            # hang "with Słubice" elsewhere; the words still say it
            ends = [_place_key_at(state, link.start(group), link.end(group)) for group in ("a", "b")]
            for key in ends:
                if key is not None and key != subject:
                    state.add_relation(subject, "connects", state.sentence_span(token.sent), obj=key)
        # places inside the first end's apposition ("A, the capital of the province of C, with B") are not ends
        aside = (link.end("a"), link.start("b")) if link and link.end() <= token.sent.end_char else (0, 0)
        sub = list(token.subtree)
        start = token.idx + len(token.text)
        end = sub[-1].idx + len(sub[-1].text)
        # The link's ends are named before the clause goes on ("..., and traders from C use it",
        # "as well as stations near D"): the places after that are not its ends.
        stop = _CLAUSE_BREAK_RE.search(state.text, start, end)
        end = stop.start() if stop else end
        located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
        places = [m for m in state.mentions_in(start, end, _PLACE | {"Organization", "Person"})
                  if not state.entities[m.key].unnamed and not aside[0] <= m.start < aside[1]
                  and not re.search(r",\s+in\s+(?:the\s+)?(?:[A-Z][\w.]+['’]s\s+)?$", state.text[max(0, m.start - 40):m.start])]
        keys = [m.key for m in places]
        targets = [k for k in keys if not any((other, k) in located for other in keys)]
        if any(state.entity_type(k) != "Country" for k in targets):
            targets = [k for k in targets if state.entity_type(k) != "Country"]
        for k in targets:
            if state.entity_type(k) in {"Organization", "Person"}:
                state.entities[k].type = "Place"  # "connects Folkestone with Coquelles": places
        evidence = state.sentence_span(token.sent)
        for k in list(dict.fromkeys(k for k in targets if k != subject))[:2]:  # a link has two ends
            if k != subject:
                state.add_relation(subject, "connects", evidence, obj=k)


_CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but|while|where|which|who|as)\b|;|\s+as\s+well\s+as\b|\s+while\b|\s+but\b")
# A dot only inside a name ("U.S"), never the end of a sentence before the next capital.
_PLACE_NAME = (CAP_CLASS + r"(?:[\w'’-]|\.(?=\w))*(?:\s(?:(?:do|da|dos|das|de|del|della|di|la|le|sur|upon|on|am|an|der)\s)?"
               + CAP_CLASS + r"[\w'’-]*)*(?:\s\([A-Z][a-z]+\))?")
_LINK_RE = re.compile(
    rf"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:also|now|will|would|could)\s+)?"
    rf"(?:links?|connects?|joins?|runs?\s+between|running\s+between|linking|connecting|joining|between)\s+"
    rf"(?:the\s+(?:towns?|cities|city|ports?\s+of\s+)?\s*)?(?P<a>{_PLACE_NAME})(?:,?\s+in\s+[^,.;]{{3,60}}?,?"
    rf"|,\s+(?:the|a|an)\s+[^,.;]{{3,90}}?,)?"
    rf"\s+(?:and|with|to)\s+(?:the\s+)?(?:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+)?"
    # "with the Romanian town of Suceava": the town, not the demonym
    rf"(?:[A-Z][\w-]+\s+(?:[a-z]+\s+)?(?:town|city|port|village|capital|municipality)\s+of\s+)?(?P<b>{_PLACE_NAME})"
)


# "link the river system near A to the coast at B": each end a stretch described, then its place
_NEAR = r"(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:near|at|of|around|outside)\s+(?:the\s+)?"
_LINK_DESCRIBED_RE = re.compile(
    rf"(?:links?|connects?|joins?|linking|connecting|joining)\s+(?:{_NEAR})?(?P<a>{_PLACE_NAME})"
    rf"\s+(?:and|with|to)\s+(?:{_NEAR})?(?P<b>{_PLACE_NAME})")


_END_NAME = rf"{CAP_CLASS}[\w'’.]*(?:\s(?:(?:de|del|la|do|da)\s)?{CAP_CLASS}[\w'’.]*){{0,2}}"
_PAIR_NAME_RE = re.compile(rf"^(?:[Tt]he\s+)?(?P<a>{_END_NAME})\s?[–—-]\s?(?P<b>{_END_NAME})\s+(?P<kind>[A-Za-z]+)$")


def _connects_by_name_shape(state: State) -> None:
    """'the Mfum–Ekok bridge', 'the Kipoi-Ipsala crossing': a link named after its
    two ends connects those two places (not when the ends are countries:
    'the Greece-Turkey crossing' names a border, not two towns)."""
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if m.start < state.body_start or entity.type != "Place":
            continue
        surface = " ".join(state.text[m.start:m.end].split())
        shape = _PAIR_NAME_RE.match(surface)
        if not shape or shape.group("kind").lower() not in _LINK_KINDS:
            continue
        ends = [shape.group("a"), shape.group("b")]
        if any(state.gaz.country_of_demonym(e) for e in ends):
            continue
        stated = _LINK_RE.match(state.text, m.end)
        if stated and stated.end() <= state.sentence_of(m.start).end_char:
            continue  # "the A-B crossing, which links C with D": the clause names the ends
        offset = state.text.find(ends[0], m.start, m.end)
        spans = [(offset, offset + len(ends[0]))]
        second = state.text.find(ends[1], spans[0][1], m.end)
        spans.append((second, second + len(ends[1])))
        if offset < 0 or second < 0:
            continue
        # a link has two ends: both must be places (an end the text names as something else,
        # "Aguas Verdes" read as an organisation, leaves the name's shape unreliable)
        labels = []
        for name in ends:
            entry = state.gaz.lookup(name)
            label = entry.label if entry else name
            known = state.entities.get(slugify(label))
            if known is not None and known.type != "Place" or slugify(label) == m.key:
                break
            # Only a known place, or one the text names outside the link's own name, is an
            # end: otherwise "Second Peru" of "the Second Peru-Ecuador Friendship Bridge" would be.
            elsewhere = known is not None and any(
                x.start >= m.end or x.end <= m.start for x in state.mentions if x.key == known.key
            )
            if entry is None and not elsewhere:
                break
            labels.append((label, entry))
        if len(labels) != 2:
            continue
        for (start, end), (label, entry) in zip(spans, labels):
            end_entity = state.add_entity(label, "Place", same_as=entry.same_as if entry else [])
            state.add_mention(end_entity.key, start, end, alias=False)
            state.add_relation(m.key, "connects", evidence_for(state, m), obj=end_entity.key)


def _river_course(state: State) -> None:
    """'a stream that rises in Bolivia's Potosí department and flows into Chile's
    Antofagasta region': a river connects where it rises and where it flows to."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lemma_.lower() not in {"rise", "originate"} or tok.pos_ != "VERB":
            continue
        ends = []
        for verb in (tok, *[c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in {"flow", "run", "empty", "drain"}]):
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "into", "to", "through"}:
                    sub = list(prep.subtree)
                    inside = state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text), {"Place"})
                    if inside:  # "in Bolivia's Potosí department": the region, not the country
                        ends.append(inside[-1].key)
        if len(ends) < 2:
            continue
        subject = _connect_subject(state, tok)
        for key in dict.fromkeys(ends):
            if subject is not None and key != subject:
                state.add_relation(subject, "connects", state.sentence_span(tok.sent), obj=key)


def _connects_by_text(state: State) -> None:
    """'the Friendship Bridge, which links Foz do Iguaçu and Ciudad del Este',
    'the X Crossing between A and B': read from the words when the parse of
    unfamiliar names fails. The river a bridge spans is not what it connects."""
    kinds = {k.lower() for k in lexicon.words("street_suffixes")} | set(lexicon.mapping("place_nouns"))
    for m in list(state.mentions):
        entity = state.entities[m.key]
        surface = state.text[m.start:m.end].split() or [""]
        last = surface[-1].lower() if surface[-1].lower() in kinds else entity.label.split()[-1].lower()
        if m.start < state.body_start or entity.type != "Place" or last not in kinds:
            continue
        if last in {"river", "sea", "lake", "ocean", "bay", "gulf", "strait", "channel", "lakes", "island", "islands"}:
            continue
        link = _LINK_RE.match(state.text, m.end)
        if not link:
            continue
        sent = state.sentence_of(m.start)
        if link.end() > sent.end_char:
            continue
        for group in ("a", "b"):
            start, end = link.start(group), link.end(group)
            key = _place_key_at(state, start, end)
            if key is not None and key != m.key:
                state.add_relation(m.key, "connects", state.sentence_span(sent), obj=key)
    _connects_by_kind_word(state, kinds)


def _connects_by_kind_word(state: State, kinds: set[str]) -> None:
    """'The bridge, linking A and B, ...': the kind word alone refers to the named
    place of that kind mentioned last ('the Friendship Bridge'); it connects A and B."""
    skip = {"river", "sea", "lake", "ocean", "bay", "gulf", "strait", "channel", "lakes", "island", "islands"}
    for m in re.finditer(r"\b[Tt]he\s+([a-z]+)\b", state.text[state.body_start:]):
        kind = m.group(1)
        if kind not in kinds or kind in skip:
            continue
        end = state.body_start + m.end()
        named = [x for x in state.mentions if x.end <= end - len(m.group(0))
                 and state.entities[x.key].type == "Place" and state.entities[x.key].label.split()[-1].lower() == kind]
        link = _LINK_RE.match(state.text, end)
        if not named or not link:
            continue
        sent = state.sentence_of(end - 1)
        if link.end() > sent.end_char:
            continue
        subject = named[-1].key
        if any(r.subject == subject and r.predicate == "connects" for r in state.relations):
            continue  # the named form already said what it connects
        for group in ("a", "b"):
            key = _place_key_at(state, link.start(group), link.end(group))
            if key is not None and key != subject:
                state.add_relation(subject, "connects", state.sentence_span(sent), obj=key)


def _place_key_at(state: State, start: int, end: int) -> str | None:
    """The place named at start:end (an existing mention, retyped, or a new place)."""
    hit = state.mention_at(start, end)
    if hit is not None and hit.start == start:
        entity = state.entities[hit.key]
        if entity.type in {"Organization", "Person"} and not entity.unnamed:
            entity.type = "Place"
        return hit.key if state.entities[hit.key].type in _PLACE else None
    if hit is not None:
        return None
    label = " ".join(state.text[start:end].split())
    entry = state.gaz.lookup(label)
    entity = state.add_entity(entry.label if entry else label, entry.type if entry else "Place",
                              same_as=entry.same_as if entry else [])
    state.add_mention(entity.key, start, end)
    return entity.key


_LINK_KINDS = frozenset("railway railroad line road highway bridge crossing tunnel pipeline canal waterway corridor route "
                        "link".split())


def _connects_passive(state: State, verb: Token) -> None:
    """'The two cities are joined by the Friendship Bridge': the agent connects
    the places the subject stands for (named, or the last two towns named)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subj is None:
        return
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    link = state.mention_at(pobj.idx, pobj.idx + len(pobj.text), {"Place"}) if pobj is not None else None
    if link is None:
        return
    named = [m.key for t in (subj, *subj.conjuncts)
             if (m := state.mention_at(t.idx, t.idx + len(t.text), _PLACE | {"Person", "Organization"})) is not None
             and not state.entities[m.key].unnamed]
    for key in named:
        if state.entity_type(key) in {"Person", "Organization"}:
            state.entities[key].type = "Place"  # "Komárno and Komárom are joined by a bridge": towns
    if not named and subj.lower_ in {"cities", "towns", "ports", "villages", "communities"}:
        containers = {r.object for r in state.relations if r.predicate == "locatedIn"}
        before = [m.key for m in state.mentions
                  if state.body_start <= m.start < subj.idx and state.entity_type(m.key) == "Place"
                  and m.key not in containers and m.key != link.key
                  and state.entities[m.key].label.split()[-1].lower() not in {"river", "sea", "lake", "ocean"}]
        named = list(dict.fromkeys(reversed(before)))[:2]
    for key in named:
        if key != link.key and state.entity_type(key) != "Country":
            state.add_relation(link.key, "connects", state.sentence_span(verb.sent), obj=key)


# Words one facility goes by: "the Funan Canal ... The waterway"
_SAME_KIND = {"canal": {"canal", "waterway"}, "waterway": {"canal", "waterway"}}


def _anaphoric_link(state: State, tok: Token) -> str | None:
    """'The line connects ...': the railway, road or bridge named last before."""
    if tok.lower_ not in _LINK_KINDS or not any(c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper() for c in tok.children):
        return None  # "The Artashat corridor": a link of its own, not the one named before
    best = None
    generic = None
    kinds = _SAME_KIND.get(tok.lower_, {tok.lower_})
    only = {m.key for m in state.mentions if m.start < tok.idx and state.entities[m.key].type == "Place"
            and state.entities[m.key].label.split()[-1].lower() in kinds}
    for m in state.mentions:
        if m.start >= tok.idx:
            break
        entity = state.entities[m.key]
        if entity.type == "Place" and entity.label.split()[-1].lower() in kinds \
                and (tok.idx - m.start < 600 or len(only) == 1):
            best = m.key  # "the railway" is the railway named before, not the road (or the only canal)
        elif entity.type == "Place" and tok.idx - m.start < 600 and entity.label.split()[-1].lower() in _LINK_KINDS:
            generic = m.key
    if best is None and tok.lower_ in {"crossing", "link", "route", "corridor"}:
        return generic  # "the crossing": the bridge or tunnel named just before
    if best is None:
        # "The bridge, better known as the Rosa bridge, links ...": the apposed name
        for child in tok.children:
            if child.dep_ == "appos" or child.dep_ == "acl":
                for t in child.subtree:
                    m = state.mention_at(t.idx, t.idx + len(t.text), {"Place"})
                    if m is not None and state.entities[m.key].label.split()[-1].lower() in _LINK_KINDS:
                        return m.key
    return best


_WATER = frozenset("river sea lake bay gulf strait channel".split())


# "The waterway is meant to link A to B": the subject of the passive verb the link hangs on
_PLANNED = frozenset("mean intend design plan expect set suppose slate due".split())


def _connect_subject(state: State, verb: Token) -> str | None:
    cands = []
    if verb.dep_ == "relcl":
        cands.append(verb.head)
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNED:
        subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        cands.append(subj)
    for i, tok in enumerate(cands):
        # "X, a bridge over the Y river that connects A with B": the clause is the bridge's
        water = state.mention_at(tok.left_edge.idx, tok.idx + len(tok.text), {"Place"})
        is_water = tok.lower_ in _WATER or water is not None and state.entities[water.key].label.split()[-1].lower() in _WATER
        if is_water and verb.dep_ == "relcl" and tok.i == verb.head.i \
                and tok.head.dep_ == "prep" and tok.head.lower_ in {"over", "across", "on", "spanning"}:
            cands[i] = tok.head.head
    for tok in cands:
        for t in (tok, tok.head if tok.dep_ in {"appos", "nsubj"} else None):
            if t is None:
                continue
            m = state.mention_at(t.idx, t.idx + len(t.text), {"Place", "Organization", "Person"})
            if m is None:
                anaphor = _anaphoric_link(state, t)
                if anaphor is not None:
                    return anaphor
            if m is not None and state.entities[m.key].label.split()[-1] in ORG_TAIL_WORDS:
                return None  # "The Elgon Farmers Union and ... joined them": a body, not a link
            if m is not None and " " not in state.entities[m.key].label or m is not None and state.entity_type(m.key) != "Person":
                state.entities[m.key].type = "Place"  # "The Teesta, which connects ...": a river
                return m.key
        if tok.dep_ == "appos" or tok.head.dep_ == "appos":
            head = tok.head
            m = state.mention_at(head.idx, head.idx + len(head.text), {"Place"})
            if m is not None:
                return m.key
    return None
