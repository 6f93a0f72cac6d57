"""Place relations: locatedIn ("Champlain, New York", "Leuseni, in Moldova's
Hincesti District", "Posadas, the main city of X's Y province", "the shoal ...
lies in the Spratly Islands"), then connects (kg.extract.connects: "a road that
connects A with B", "the two cities are joined by the X Bridge", "a river that
rises in A and flows into B")."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import lexicon, place_facility_names, place_course_runs, place_between_two, place_carried_links, place_address_lines, place_described_refs, place_feature_owners, place_head_refs, place_unit_names, place_appositions, place_datelines, place_enclaves, place_containers, place_copulas, place_faq_links, place_known_regions, place_link_subjects, place_sides, place_chains, place_clauses, place_phrasings, place_courses, place_lines, place_lists, place_owned_areas, place_owned_units, place_pair_links, place_shared_containers, place_slash_names, place_units
from kg.extract.connects import LINK_KINDS, chain_named_links, extract_connects, link_ends_are_places, pair_named_links, split_namesake_links, twin_town_links
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.meetings import TALK_NOUNS
from kg.extract.region_demonyms import region_entry
from kg.extract.sides import country_key_for_word
from kg.extract.state import State

_PLACE = {"Place", "Country"}


def extract_places(state: State) -> None:
    """locatedIn first: the connect rules leave out the regions the ends lie in
    (a link named after a town it joins is told apart from that town before)."""
    place_head_refs.apply(state)  # "the Strait of Otranto ... across the Strait", no Place "Yemeni"
    place_unit_names.apply(state)  # "the Druskininkai municipality": a unit, never a person
    place_facility_names.apply(state)  # "Vientiane South station", "the 38-kilometre A-B transfer tunnel"
    place_unit_names.merge_headed_labels(state)  # "Venezuela's Táchira state" ... "Táchira": one place
    place_unit_names.split_town_units(state)  # "Nong Khai province" beside the town of Nong Khai: two places
    place_copulas.unname_possessions(state)  # "Matadi, the DRC's Atlantic port": no place "DRC's Atlantic port"
    place_slash_names.apply(state)  # "the B2/N9 highway": the name began after the slash
    place_lines.apply(state)  # "the Brenner Railway", "Austria's Tauern Line": railway lines are places
    place_datelines.apply(state)  # "Modane, Savoie - Thursday": the town lies in the region
    place_lists.chains_before_where(state)
    place_lists.split_comma_names(state)
    place_lists.split_town_from_unit(state)
    place_lists.merge_short_crossings(state)
    place_lists.merge_unit_crossings(state)  # "the A-B land crossing" also written "the A-B crossing"
    place_head_refs.pair_facilities(state)  # "the A-B one-stop border post ... the A-B crossing": one place
    place_lists.merge_autonomous_units(state)  # "Tarvo" beside "the Tarvo Autonomous Region"
    place_pair_links.apply(state)  # "the Tarvo–Bari Lumo Bridge": the finder split the pair
    pair_named_links(state)
    chain_named_links(state)  # "the Davao–Bitung–Manado route" connects all three
    split_namesake_links(state)
    twin_town_links(state)  # "the Ama crossing ... Ama, facing Lumi across the border"
    place_courses.split_region_of_country(state)
    place_chains.name_facilities(state)
    chains = place_chains.unit_chains(state)
    parts = place_chains.part_of_places(state)
    owned = place_lists.owned_units(state)
    place_feature_owners.apply(state)  # "Ramat Gan, in Israel's Negev desert,": the desert a place of Israel
    _located_in(state)
    place_lists.drop_unit_shortcuts(state, owned)
    place_chains.facilities_in(state)
    place_chains.drop_chain_shortcuts(state, chains)
    place_chains.drop_part_shortcuts(state, parts)
    place_chains.course_ends(state)
    extract_connects(state)
    place_between_two.apply(state)  # "Bagratashen, the only land crossing between the two countries"
    place_carried_links.apply(state)  # "The X Bridge carries the E20 between A and B", "The A1 is the main road between"
    place_described_refs.on_islands(state)  # "from Atherinos on Crete to ...": an end the link step made a place
    _in_country_region(state)  # "links A with Leposavić in Kosovo's X District": an end the link step made a place
    place_pair_links.apply_connects(state)  # "at the other end of the X crossing", "which runs to A from B"
    place_faq_links.apply(state)  # "What is the X line?\n It is a line from A to B"
    place_link_subjects.apply(state)  # "..., linking A with B" after "it" for the bridge named before
    place_course_runs.apply(state)  # "leaves A and runs 440 km to B", "links the city with", "imports ... through the X"
    place_courses.apply(state)
    place_enclaves.apply(state)  # "X, whose main town is Y", "cut off from the rest of Z", "Its ... crossing into W"
    place_lists.listed_places(state)
    place_lists.named_after_described(state)
    place_owned_units.apply(state)  # "Moreh, the border town in Manipur's Tengnoupal district": the district, no shortcut


_REGION_WORDS = "province|region|district|state|county|department|prefecture|oblast|governorate"


# "Lumi at the southern end of Peninsular Tarvia" / "at the northern tip of the X peninsula"
_AT_END_OF_RE = re.compile(r",?\s+at\s+the\s+(?:(?:far|very)\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|"
                           r"(?:north|south)-?(?:east|west)(?:ern)?\s+)?(?:end|tip|edge|corner)\s+of\s+(?:the\s+)?")


# -- locatedIn -----------------------------------------------------------------
def _country_starts_clause(state: State, b) -> bool:
    """'If the trucks move to Lomé, Benin loses and Nigeria gains nothing': a country after the
    comma that is the subject of the next word's verb starts a clause; it is no address. So does a
    town the gazetteer does not know as a region ("If it works at Ama, Lumi comes next")."""
    if state.entity_type(b.key) != "Country":
        entry = state.gaz.lookup(state.entities[b.key].label)
        if state.entity_type(b.key) != "Place" or entry is not None and entry.section in {"regions", "countries"}:
            return False
    span = state.doc.char_span(b.start, b.end, alignment_mode="expand")
    if span is None or span.end >= len(state.doc):
        return False
    nxt = state.doc[span.end]
    if nxt.pos_ not in {"VERB", "AUX"} or nxt.tag_ not in {"VBZ", "VBD", "VBP", "MD"}:
        return False
    return span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.i in {nxt.i, *(t.i for t in nxt.ancestors)}


def _coordinated_in(state: State, mentions, a, region: str) -> None:
    """'towards Dunavo and Ostrana in the neighbouring Lumo department': the town joined to the
    first by "and" lies there too (not two ends of a link: 'between A and B in X' names B's side)."""
    i = mentions.index(a)
    if i == 0:
        return
    p = mentions[i - 1]
    if state.text[p.end:a.start] != " and " or state.entity_type(p.key) != "Place" or p.key == region:
        return
    if state.entity_type(region) == "Country":
        return  # "Johor Bahru and Woodlands in Singapore": a pair across a border, one town per side
    if re.search(r"\b(?:between|from)\s+(?:the\s+)?$", state.text[max(0, p.start - 20):p.start]):
        return
    if re.search(r"\bin\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", state.text[max(0, p.start - 40):p.start]):
        return  # "Ama in the municipality of Tosa and Lumi in the city of X": Tosa is Ama's place, not a pair's
    state.add_relation(p.key, "locatedIn", evidence_for(state, p), obj=region)


def _located_in(state: State) -> None:
    link_ends_are_places(state)
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
        # "the post just outside Mutare, Machipanda is the other post": a new clause's subject
        # after a place the running clause ends on, not that place's region
        # (a known region after the comma is still the region: "a plant near Champlain, New York is ...")
        clause_next = bool(re.match(r"\s+(?:is|was|lies|sits)\s", after)) and tb == "Place" \
            and state.gaz.lookup(state.entities[b.key].label) is None \
            and bool(re.search(r"\b(?:outside|near|from|to|at|of|beyond|towards?)\s+$", state.text[max(0, a.start - 20):a.start]))
        if gap in {", ", ","} and tb in _PLACE and ta in _PLACE | {"Organization"} and not in_list and not org_named \
                and not owner_of_next and not clause_next and not _country_starts_clause(state, b):
            region = state.entities[b.key]
            entry = state.gaz.lookup(region.label)
            if tb == "Country" or (entry is not None and entry.section in {"regions", "countries"}) or ta == "Place":
                if ta == "Organization":
                    state.entities[a.key].type = "Place"  # "Champlain, New York": a town, not an org
                if state.entity_type(a.key) == "Country":
                    continue
                state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
                state.entities[a.key].aliases.add(state.text[a.start:b.end])
        # ("Ama, in northwest Tarvia", "Lumi in the city of Tosa": a compass point written as one word, a town's "city of")
        elif re.fullmatch(r",? in (?:the )?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|far|rural|coastal|neighbouring|neighboring|nearby|adjacent) )*(?:(?:\w+ ){0,2}?(?:district|region|province|state|county|municipality|department|commune|canton|unit|governorate|prefecture|oblast|city|town) of )?", gap) \
                and (tb in _PLACE or tb == "Organization" and _UNIT_OF_RE.search(gap) is not None
                     and not set(state.entities[b.key].label.split()) & lexicon.words("org_heads")) \
                and (ta == "Place" or ta == "Organization" and not org_named and gap.startswith(",")
                     or ta == "Person" and re.search(rf"\b(?:{_REGION_WORDS})\b", state.text[a.end:b.end + 12])) \
                and not re.match(r"['’]s\s", state.text[b.end:b.end + 3]):  # "in Kenya's X County": the region
            entry_a = state.gaz.lookup(state.entities[a.key].label)
            if entry_a is None or entry_a.section != "countries":
                state.entities[a.key].type = "Place"  # "Landi Kotal, in the X province": a town
                if state.entity_type(b.key) == "Organization":
                    state.entities[b.key].type = "Place"  # "in the Greek regional unit of Serres": a unit
                state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
                if not gap.startswith(","):
                    _coordinated_in(state, mentions, a, b.key)
        elif _AT_END_OF_RE.fullmatch(gap) and ta == "Place" and (tb in _PLACE or tb == "Organization" and not (
                set(state.entities[b.key].label.split()) & lexicon.words("org_heads"))):
            # "connects Ama with Lumi at the southern end of Peninsular Tarvia": Lumi lies there,
            # and what has an end is a place, whatever the name finder took it for
            state.entities[b.key].type = "Place" if tb == "Organization" else tb
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)
    _in_country_region(state)
    _in_country_part(state)
    _on_island_or_area_in(state)
    _owned_hub(state)
    _described_place(state)
    _possessive_country_place(state)
    _demonym_described(state)
    _region_demonym_described(state)  # "Oberaudorf, a Bavarian village", "the Tyrolean town of Wörgl"
    _owned_places(state)
    _belongs_to(state)
    _locality_of(state)
    _under_waters(state)
    _on_water_in(state)
    _town_on_feature(state)
    _demonym_side(state)
    place_containers.apply(state)  # "sits at 3,750 metres in X", "Airport at Y", "in Finnish Lapland", "went to Z"
    place_sides.apply(state)  # "X lies on the Bosnian side", "and Y on the Montenegrin side", "on the Bratislava side"
    _facilities_in(state)
    place_units.apply(state)  # "Batam, the province's largest city,", "the Chilean regions of A and B"
    place_appositions.apply(state)  # "Gaya, its counterpart ... in Niger", "villages such as", "which includes"
    place_described_refs.apply(state)  # "Mörbisch, a Burgenland village", "Pele lies on Efate, Vanuatu's main island"
    place_shared_containers.apply(state)  # "in Nepal's Doti, Achham and Bajura districts": each in Nepal
    place_phrasings.apply(state)  # "the X field lies in Block 4", "on Croatia's Cres island", "in the south of X"
    place_clauses.apply(state)  # "Tornio, in Finnish Lapland", "is in Iran's X province", "which the two countries share"
    place_address_lines.apply(state)  # "1. Lobito, Benguela province, Angola." / a signature "Ana Tosa, Bentiu, Unity State"
    place_copulas.apply(state)  # "X is the capital of Y's Z department", "Kinshasa's Palais du Peuple", "met in A ... at B"
    place_owned_areas.apply(state)  # "Stormont House in Belfast's Stormont Estate": in the estate, the estate in Belfast
    place_known_regions.apply(state)  # "Sonora, Mexico", "the Estonian side ... in Harju County"


_DEMONYM_KIND = (r"(?:towns?|city|cities|ports?|villages?|hamlets?|capitals?|settlements?|municipalit(?:y|ies)|states?|regions?|"
                 r"provinces?|districts?|islands?|posts?|crossings?|checkpoints?|outposts?|exclaves?|enclaves?)")
# "Desaguadero, a Peruvian border town across the river from Guaqui"
# ("Jan Mayen, the Norwegian Arctic island": a capitalised region word may stand between)
_DEMONYM_APPOS_RE = re.compile(r",\s+(?:a|an|the|two|three|four|five|both)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<dem>[A-Z][\w-]+)\s+"
                               rf"(?:(?:Arctic|Atlantic|Pacific|Caribbean|Baltic|Alpine|Andean|Amazon|Sahel|Himalayan)\s+)?"
                               rf"(?:[a-z][\w-]*\s+){{0,2}}?{_DEMONYM_KIND}\b")
# "the Polish mining town of Bogatynia", "the Mexican state of Chiapas"
_DEMONYM_OF_RE = re.compile(r"\b(?P<dem>[A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?" + _DEMONYM_KIND + r"\s+of\s+$")

# "the Togolese capital, Lomé", "the Zambian capital Lusaka", "the Greek port city of" (above): the
# demonym and kind right before the name, set off by a comma or nothing
_DEMONYM_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<dem>[A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"(?:capital|(?:port\s+)?city|town|port|village|hamlet|settlement)\b,?\s+$")


def _demonym_described(state: State) -> None:
    """A place described with a country's demonym lies in that country (when
    the text names the country): 'X, a Peruvian port town ...', 'the Polish
    mining town of X'."""
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities[m.key]
        if entity.type != "Place" or any(state.entity_type(o) == "Country" for o in state.objects(m.key, "locatedIn")):
            continue
        hit = _demonym_hit(state, m)
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


def _demonym_hit(state: State, m) -> re.Match | None:
    """The demonym describing the place at mention ``m``: "X, a Peruvian port town" or "the Polish
    mining town of X" (its ``dem`` group)."""
    hit = _DEMONYM_APPOS_RE.match(state.text, m.end, min(len(state.text), m.end + 80))
    if hit is None:
        hit = _DEMONYM_OF_RE.search(state.text, max(0, m.start - 60), m.start)
    return hit if hit is not None else _DEMONYM_BEFORE_RE.search(state.text, max(0, m.start - 60), m.start)


def _region_of_demonym(state: State, demonym: str):
    """'Bavarian' -> the gazetteer's region Bavaria, 'Tyrolean' -> Tyrol, 'Styrian' -> Styria
    (only adjectives the lexicon knows as region demonyms)."""
    if demonym not in lexicon.words("region_demonyms"):
        return None
    # "Greenlandic", "Sindhi", "Chechen": no suffix cut leads back to the region's name
    entry = region_entry(state, demonym)
    if entry is not None and entry.type == "Place" and entry.section == "regions":
        return entry
    for suffix in ("ean", "ese", "ian", "an", "n"):
        if not demonym.endswith(suffix):
            continue
        stem = demonym[:-len(suffix)]
        for name in (stem, stem + "a", stem + "ia", stem + "y", stem + "ny"):
            entry = state.gaz.lookup(name)
            if entry is not None and entry.type == "Place" and entry.section == "regions":
                return entry
    return None


def _region_demonym_described(state: State) -> None:
    """A place described with a region's adjective lies in that region: 'Oberaudorf, a
    Bavarian village in the Rosenheim district' -> in Bavaria; 'the Tyrolean town of Wörgl'
    -> in Tyrol (the region named by the adjective, a place of its own)."""
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Place":
            continue
        hit = _demonym_hit(state, m)
        if hit is None:
            continue
        entry = _region_of_demonym(state, hit.group("dem"))
        if entry is None or entry.label == entity.label:
            continue
        own = state.gaz.lookup(entity.label)
        if own is not None and own.country and entry.country and own.country != entry.country:
            continue  # the gazetteer knows better
        # no mention at the adjective: "Tyrolean town of Wörgl" would read as the region's own description
        region = state.add_entity(entry.label, "Place", same_as=entry.same_as)
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=region.key)
        country = country_key(state, entry.country) if entry.country else None
        if country is not None:
            state.add_relation(region.key, "locatedIn", evidence_for(state, m), obj=country)


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
        if re.match(r"\s+[a-z]", state.text[c.end:c.end + 3]) and place_phrasings.is_river(state, c.key):
            continue  # "Romania's Danube ports": the ports are Romania's, the river runs on
        entry = state.gaz.lookup(state.entities[c.key].label)
        if entry is not None and entry.country and entry.country != state.entities[b.key].label:
            continue  # the gazetteer knows better (a text may say "Russia's Crimea")
        state.add_relation(c.key, "locatedIn", evidence_for(state, c), obj=b.key)


# "Aqaba, Jordan's only seaport" / "X, Iraq's main southern hub": a port, hub or gateway of the country too
_OWNED_KIND_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:enclaves?|exclaves?|territor(?:y|ies)|islands?|towns?|cities|city|"
                            r"(?:sea|deep-water|deepwater|river)?ports?|harbou?rs?|hubs?|gateways?|capital|"
                            r"provinces?|regions?|villages?|outposts?)\b(?![’'-]|\s+(?:authorit|compan|operator|agenc|corporation|police|"
                            r"official|minist|council|workers|users))")


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
# "Dire Dawa, the main rail stop on the Ethiopian side", "Rong Kluea, a market on the Thai side" (a lowercase
# noun phrase before "on the"), "Valga, the Estonian side of the town" (the side itself in apposition)
_SIDE_RE = re.compile(r",\s+(?:(?:which|that)\s+(?:would\s+|will\s+|could\s+|is\s+to\s+)?(?:sit|sits|lie|lies|stand|stands|be|is|"
                      r"was|are)\s+|(?:lying|sitting|located|situated|built)\s+|(?:a|an|the|its|one)\s+(?:[a-z][\w-]*\s+){1,5}?)?"
                      r"on\s+the\s+(?:(?:far|other|opposite)\s+)?" + _DEMONYM_WORD
                      + r"\s+(?:side|bank|shore|end|coast)\b"
                      r"|,\s+(?:the|its)\s+(?:(?:far|other|opposite|northern|southern|eastern|western)\s+)?" + _DEMONYM_WORD.replace("dem>", "dem2>")
                      + r"\s+(?:side|bank|shore|half|part)\s+of\s+the\s+(?:town|city|village|border|river|lake|bridge|crossing|island)\b")
# "Katchatheevu is Sri Lankan territory" / "the island, which remains Brazilian territory"
_TERRITORY_RE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:is|was|remains|remained|are|were|became|becomes)\s+"
                           r"(?:now\s+|still\s+|legally\s+|rightfully\s+|officially\s+|formally\s+)?"
                           + _DEMONYM_WORD + r"\s+(?:territory|soil|land)\b")


# "on the Tarvian side at Bari Bay" / "on the Kessan side in the inner Bay of Ondo": the place after
_SIDE_BEFORE_RE = re.compile(r"\bon\s+the\s+(?:(?:far|other|opposite)\s+)?" + _DEMONYM_WORD
                             + r"\s+(?:side|bank|shore|end|coast)\s+(?:at|in|near|around)\s+(?:the\s+)?"
                             r"(?:(?:inner|outer|upper|lower|northern|southern|eastern|western)\s+)?$")


def _demonym_side(state: State) -> None:
    """A place on a country's side of a border or strait, or said to be its
    territory, lies in that country (when the text names the country)."""
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) != "Place":
            continue
        hit = _SIDE_RE.match(state.text, m.end) or _TERRITORY_RE.match(state.text, m.end) \
            or _SIDE_BEFORE_RE.search(state.text, max(state.body_start, m.start - 80), m.start)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char \
                or hit.start() < state.sentence_of(m.start).start_char:
            continue
        if re.search(r"\bof\s+(?:the\s+)?\S*\s*$", hit.group(0)) and _spans_the_border(state, m):
            continue  # "on the Botswana side of the Plumtree-Ramokgwebana border post": the post has two sides
        dem = hit.groupdict().get("dem") or hit.groupdict().get("dem2")
        c = state.gaz.country_of_demonym(dem) if dem else None
        country = country_key(state, c.label) if c is not None and c.type == "Country" else None
        if country is None or country == m.key:
            continue
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is not None and entry.country and entry.country != c.label:
            continue  # the gazetteer knows better
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=country)


def _spans_the_border(state: State, m) -> bool:
    """A crossing, or one end of a pair-named one ("Plumtree" in "Plumtree-Ramokgwebana
    border post"): something with two sides, not a place on one of them."""
    if state.text[m.end:m.end + 1] in {"-", "–", "—"}:
        return True
    last = state.entities[m.key].label.split()[-1].lower()
    return last in {"crossing", "post", "bridge", "tunnel", "checkpoint", "border", "gate", "causeway"}


_FACILITY_WORDS = ("stations?|ports?|wells?|dams?|crossings?|posts?|terminals?|plants?|fields?|mines?|bridges?|"
                   "checkpoints?|harbou?rs?|airports?|depots?|camps?|villages?|towns?|hotels?|hospitals?|prisons?")
# "the A and B stations in Y province": each name before the kind word lies in Y
# ("the Osso oil field in ...": one kind of facility word may stand before the kind)
_FACILITY_IN_RE = re.compile(rf"(?:\s+(?:(?:oil|gas|gold|copper|coal|power|border|customs|rail|railway|bus|"
                             rf"pumping|compressor)\s+)?(?:{_FACILITY_WORDS}))?\s+(?:in|inside|within)\s+(?:the\s+)?")
_KIND_BEFORE_IN_RE = re.compile(rf"\b(?:{_FACILITY_WORDS})\s+(?:in|inside|within)\s+(?:the\s+)?$")
# "Mandapam, the crowded fishing quarter of Rameswaram"
_QUARTER_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:quarter|suburb|suburbs|neighbou?rhood|"
                         r"district|borough|ward|township|outskirts|old\s+town|harbou?r\s+area)\s+(?:of|in)\s+(?:the\s+)?")


def _facilities_in(state: State) -> None:
    """'The Tan Hoa and Long Binh stations in Takeo province' -> both stations' places
    lie in the province; 'X, the fishing quarter of Y' -> X lies in Y."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) not in _PLACE or a.key == b.key:
            continue
        quarter = _QUARTER_RE.fullmatch(state.text, a.end, b.start)
        # the kind word stands before "in", in the gap or at the end of A's own name ("Tan Hoa station")
        facility = _FACILITY_IN_RE.fullmatch(state.text, a.end, b.start) \
            and _KIND_BEFORE_IN_RE.search(state.text, a.start, b.start)
        if quarter is None and not facility:
            continue  # a plain "A in B" is read elsewhere; here the kind word says what A is
        owned = mentions[i + 2] if i + 2 < len(mentions) else None
        if owned is not None and quarter is None and state.entity_type(b.key) == "Country" \
                and state.entity_type(owned.key) == "Place" and re.fullmatch(r"['’]s\s+", state.text[b.end:owned.start]):
            b = owned  # "the Osso oil field in Tarvia's Lumi province": the innermost place named
        if re.match(r"['’]s\s", state.text[b.end:b.end + 3]):
            continue  # "in Cambodia's Takeo province": the province, not the country
        evidence = evidence_for(state, a)
        for place in [a, *(_coordinated_before(state, a) if quarter is None else [])]:
            if place.key != b.key and state.entity_type(place.key) == "Place":
                state.add_relation(place.key, "locatedIn", evidence, obj=b.key)


# "Valmiera, the Vidzeme's provincial capital" / "X, Kurzeme's main port": the owner is the region
_OWNED_HUB_RE = re.compile(r",\s+(?:the\s+)?$")
_OWNED_HUB_AFTER_RE = re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?:{_REGION_WORDS}|provincial|regional|"
                                 r"district|county)\s+)?(?:capital|seat|port|city|town|hub)\b(?=\s*[,.;)]|\s+(?:and|of|on)\b)")


def _owned_hub(state: State) -> None:
    """'Valmiera, the Vidzeme's provincial capital' -> Valmiera lies in the region."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(b.key) != "Place" or a.key == b.key or state.entity_type(a.key) == "Country":
            continue
        if not _OWNED_HUB_RE.fullmatch(state.text, a.end, b.start) \
                or not _OWNED_HUB_AFTER_RE.match(state.text, b.end, min(len(state.text), b.end + 50)):
            continue
        if state.entity_type(a.key) in {"Person", "Organization"}:
            words = state.entities[a.key].label.split()
            if set(words) & lexicon.words("org_heads") or any(a.key in (r.subject, r.object) for r in state.relations) \
                    or len(words) > 1 and words[0].lower() in lexicon.given_names():
                continue  # a body, or a person's name ("Maria Tamm, Tallinn's city ...")
            state.entities[a.key].type = "Place"  # "Lahti, the Hame's provincial capital": a town
        if state.entity_type(a.key) == "Place":
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)


_SUB_UNITS = frozenset("district districts county municipality commune canton subdistrict prefecture".split())


def _in_country_region(state: State) -> None:
    """'Leuseni, in Moldova's Hincesti District' / 'Mandera, in Kenya's Mandera
    County': the town lies in the region and the region in the country."""
    # sorted: the link step appends the mentions it makes at the end of the list
    mentions = sorted((m for m in state.mentions if m.start >= state.body_start), key=lambda m: (m.start, m.end))
    for a, b, c in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(c.key) != "Place":
            continue
        # "in Champasak's Khong district": a province's district, the province a place of its own
        if state.entity_type(b.key) != "Country" and not (
                state.entity_type(b.key) == "Place" and state.entities[c.key].label.split()[-1].lower() in _SUB_UNITS):
            continue
        # "in Moldova's Hincesti District" / "in Latvia's western province of Kurzeme"
        if not re.fullmatch(r",?\s+in\s+(?:the\s+)?", state.text[a.end:b.start]) or \
                not re.fullmatch(rf"['’]s\s+(?:(?:{_DIRECTIONS}|rural|coastal|border|mountainous|eastern-most|"
                                 rf"westernmost|easternmost|northernmost|southernmost)\s+){{0,2}}"
                                 rf"(?:(?:{_REGION_WORDS})\s+of\s+(?:the\s+)?)?", state.text[b.end:c.start]):
            continue
        if state.entity_type(a.key) in {"Person", "Organization"} and not (
                set(state.entities[a.key].label.split()) & lexicon.words("org_heads")):
            state.entities[a.key].type = "Place"  # "with Bula Hawa in Somalia's Gedo region": a town
        if state.entity_type(a.key) != "Place":
            continue
        evidence = evidence_for(state, a)
        state.add_relation(a.key, "locatedIn", evidence, obj=c.key)
        state.add_relation(c.key, "locatedIn", evidence, obj=b.key)


# "Tosa, in Kessa's far south," / "in Peru's interior": a part of the country, no region named
_COUNTRY_PART_AFTER_RE = re.compile(r"['’]s\s+(?:(?:far|deep|extreme|remote|rural|mountainous|arid|poor|rugged)\s+)?"
                                    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                                    r"interior|highlands|lowlands|heartland|hinterland)\b(?=\s*[,.;)]|\s+(?:near|along|close|on|by)\b)")


def _in_country_part(state: State) -> None:
    """'Tosa, in Kessa's far south,': the place lies in that country."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(b.key) != "Country" or state.entity_type(a.key) != "Place" \
                or not re.fullmatch(r",\s+in\s+", state.text[a.end:b.start]) \
                or not _COUNTRY_PART_AFTER_RE.match(state.text, b.end):
            continue
        if not state.objects(a.key, "locatedIn"):
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)


def _on_island_or_area_in(state: State) -> None:
    """'Liberty Pier, on Ellis Island' -> on the island; 'the Amara area, in Mosi
    province' -> the place (named with a lower-case 'area') lies in the province."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place" or a.key == b.key \
                or state.objects(a.key, "locatedIn"):
            continue
        gap = state.text[a.end:b.start]
        island = re.fullmatch(r",\s+on\s+(?:the\s+)?", gap) is not None \
            and state.entities[b.key].label.split()[-1] in {"Island", "Islands", "Peninsula", "Atoll", "Isle"}
        area = re.fullmatch(r"\s+(?:area|zone|locality|valley|plain|plains),\s+in\s+(?:the\s+)?", gap) is not None \
            and re.match(rf"\s+(?:{_REGION_WORDS})\b", state.text[b.end:b.end + 20]) is not None \
            or re.fullmatch(r"\s+(?:area|zone|locality),\s+in\s+(?:the\s+)?", gap) is not None \
            and state.entities[b.key].label.split()[-1].lower() in _REGION_WORDS.split("|")
        if island or area:
            state.add_relation(a.key, "locatedIn", evidence_for(state, a), obj=b.key)


_DIRECTIONS = ("north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|"
               "south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|far")
_HUB_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:hub|capital|city|town|port|centre|center|seat|village|"
                     rf"gateway|heart|enclave|exclave|settlement|island|{_REGION_WORDS})\s+(?:of|in|on)\s+(?:the\s+)?"
                     rf"(?:(?:{_DIRECTIONS})\s+)?(?:[A-Z][\w.]*(?: [A-Z][\w.]*)?['’]s\s+)?"
                     # "the capital of the Peruvian region of Piura": the region named after "of"
                     rf"(?P<region>(?:[A-Z][\w-]+\s+)?(?:{_REGION_WORDS})\s+of\s+(?:the\s+)?)?")
# "the Casa Verde, the state government complex in Arica": a named place described
# by a lowercase noun phrase that ends "in <Place>" lies there.
# ("Ama House, the seat of the Tarvian government in Lumi": a people's adjective among the words)
_DESCRIBED_IN_RE = re.compile(r",\s+(?:the|a|an)\s+(?:(?:[a-z][\w-]*|(?P<dem>[A-Z][a-z]+))\s+){1,5}?in\s+(?:the\s+)?"
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
                                         and _place_head(gap) and _noun_phrase(state, a.end, b.start)
                                         and _demonyms_only(state, gap))
        one_word = ta in {"Organization", "Person"} and (" " not in state.entities[a.key].label or re.search(
            r"\b(?:town|city|capital|port|village|hub)\s+(?:of|in)\b", gap) is not None) \
            and not set(state.entities[a.key].label.split()) & lexicon.words("org_heads")
        if isinstance(hub, re.Match) and hub.re is _HUB_RE and hub.group("region") and state.entity_type(b.key) == "Organization" \
                and not set(state.entities[b.key].label.split()) & lexicon.words("org_heads"):
            state.entities[b.key].type = "Place"  # "the county of Marsabit": a region
        if hub and re.search(r"\son\s+(?:the\s+)?$", gap) and (_is_water(state.entities[b.key].label)
                                                            or _is_water(state.text[b.start:b.end])
                                                            or _is_link(state.entities[b.key].label)):
            # "a fishing village on Lake Ondo", "a town on the Tarva river" (labelled "Tarva"), "the last town
            # on the X Railway": by it, not in it
            hub = None
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


_WATER_NAME_WORDS = frozenset("lake river sea ocean bay gulf strait lagoon canal creek channel sound estuary "
                               "delta coast shore reservoir".split())


def _is_link(label: str) -> bool:
    """'the Ondo Railway', 'the A1 highway': a line a town lies on, never a region it lies in."""
    words = label.lower().split()
    return bool(words) and words[-1] in LINK_KINDS


def _is_water(label: str) -> bool:
    """'Lake Ondo', 'the Ondo River', 'Bay of Bari': a body of water (or its shore)."""
    words = label.lower().split()
    return bool(words) and (words[0] in _WATER_NAME_WORDS or words[-1] in _WATER_NAME_WORDS)


_VENUE_NOUNS = frozenset("""complex building compound hall palace centre center headquarters hotel station
campus house residence post site area zone market township settlement hub capital enclave exclave
reservoir plant weir terminal park reserve mine field fields square quarter suburb neighbourhood
neighborhood crossing""".split())


_HEAD_STOPS = frozenset("on of at near across along by beside close just that which who where".split())


def _demonyms_only(state: State, gap: str) -> bool:
    """Every capitalised word of a described apposition before "in" is a people's adjective."""
    head = re.split(r"\s+in\s+", gap, maxsplit=1)[0]
    return all(state.gaz.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+", head))


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


# "Promachonas, in the Greek regional unit of Serres": what a unit is "of" is a place
_UNIT_OF_RE = re.compile(r"\b(?:district|region|province|county|municipality|department|commune|canton|unit|governorate|"
                         r"prefecture|oblast) of $")


def _water_name(state: State, key: str) -> bool:
    """Is entity ``key`` a sea, ocean, gulf, bay, lake or river ("Black Sea", "Lake Ohrid")?"""
    words = state.entities[key].label.lower().split()
    return bool(words) and (words[-1] in {"sea", "ocean", "gulf", "bay", "lake", "river", "strait", "channel", "lagoon"}
                            or words[0] in {"lake", "gulf", "bay"})


def _locality_of(state: State) -> None:
    """'the Indian state of Sikkim', 'the Rangpur division of Bangladesh',
    'the Benishangul-Gumuz region of Ethiopia' -> locatedIn."""
    nouns = "|".join(sorted(lexicon.words("locality_nouns"), key=len, reverse=True))
    for m in re.finditer(rf"\b(?P<lead>[A-Z][\w-]+ )?(?P<noun>{nouns}) of (?:the )?(?:(?:{_DIRECTIONS}) )?", state.text):
        if m.start() < state.body_start:
            continue
        after = [x for x in state.mentions if x.start == m.end()]
        words = re.sub(rf" of (?:the )?(?:(?:{_DIRECTIONS}) )?$", " of ", m.group(0)).split()
        if m.group("lead") and len(m.group("noun").split()) > 1:
            # "the Greek regional unit of Serres", "the Greek border town of X": a unit of two words
            words = [m.group("lead").strip(), m.group("noun").replace(" ", "_"), "of"]
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
            elif name_m is not None and state.entity_type(name_m.key) in _PLACE | {"Organization", "Person"} \
                    and not _water_name(state, name_m.key):
                # "the Rangpur division of Bangladesh": Rangpur lies in Bangladesh
                # ("the Black Sea port of Burgas": a sea lies in no town; the port is on the sea)
                if state.entity_type(after[0].key) in _PLACE:
                    state.entities[name_m.key].type = "Place"
                    if m.group("noun") in lexicon.words("settlement_kind_nouns") \
                            and state.entity_type(after[0].key) == "Place":
                        # "the Roraima border town of Pacaraima": the town lies in the region named first
                        state.add_relation(after[0].key, "locatedIn", evidence, obj=name_m.key)
                    else:
                        state.add_relation(name_m.key, "locatedIn", evidence, obj=after[0].key)
