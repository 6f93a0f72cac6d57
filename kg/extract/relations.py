"""Relations between entities: partOf here; the others in their own modules
(``places``: locatedIn, connects; ``agreements``: dateSigned, partyTo,
negotiates; ``meetings``: metWith with a Meeting event).

All rules read grammar and layout, never particular names:
* "Champlain, New York" -> locatedIn; a known province/state -> its country;
* "a road that connects A with B" -> connects;
* "signed in 2002" / "the 2002 pact" near an agreement -> dateSigned;
* "the agreement between A and B", "both nations ... the agreement" -> partyTo;
* negotiation words ("renegotiate", "finalize changes", "talks") around an
  agreement with countries as actors -> negotiates;
* "X met (with) Y", "X discussed Z with Y" -> metWith + Meeting;
* "Canada's border agency", "KFOR, the NATO-led force" -> partOf.
"""

from __future__ import annotations

import re

from kg.extract import agreements, lexicon, meetings, places
from kg.extract.cities import town_countries
from kg.extract.evidence import body_mentions, country_key, country_up, evidence_for
from kg.extract.office_body_links import link_bodies_under
from kg.extract.office_local import regional_officers
from kg.extract.part_of_demonym_leads import demonym_lead_country
from kg.extract.relation_met_sides import met_same_side, met_sides
from kg.extract.offices import dateline_country
from kg.extract.sides import country_key_for_word, longer_place_names, main_sides, region_owner
from kg.extract.state import State
from kg.model import ORG_TYPES


__all__ = ["extract_relations", "main_sides"]


def extract_relations(state: State) -> None:
    """Add every relation the rules find (order matters: places before agreements,
    offices' sides are already known)."""
    _civil_bodies(state)
    _part_of(state)
    link_bodies_under(state)  # "The authority reports to the Ministry of X"
    places.extract_places(state)
    sides = main_sides(state)
    agreements.extract_agreements(state, sides)
    meetings.extract_meetings(state)
    _places_lie_in(state)
    _regional_bodies(state)  # "the Brandenburg environment ministry": of the country Brandenburg lies in (round-34 O6)
    _council_officers(state)
    _regional_officers_country(state)
    _place_bodies_country(state)  # "the Port Authority of Valencia": Spain's (round-36 O3)
    _agency_of_officials(state)
    met_same_side(state)  # "a meeting between Transport Minister A and Lao Vice Minister B" (s29)
    met_sides(state)  # "Fisheries Minister A met Norway's minister B": A acts for the other side (s29)


# "the Valka municipal council": a town's council, named after the town
_TOWN_COUNCIL_RE = re.compile(r"(?:[Tt]he\s+)?(?P<town>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}?)\s+(?i:(?:municipal|city|town|"
                              r"county|district|regional|local|village|parish|rural|borough)\s+)?(?i:council)")


def _council_officers(state: State) -> None:
    """'X, who chairs the Valka municipal council,': a town council's people act for the
    country the town lies in (like its mayor), not for the council."""
    places = {e.label: k for k, e in state.entities.items() if e.type == "Place" and not e.unnamed}
    for r in list(state.relations):
        if r.predicate != "represents" or state.entity_type(r.object) not in ORG_TYPES \
                or state.entity_type(r.subject) != "Person":
            continue
        m = _TOWN_COUNCIL_RE.fullmatch(state.entities[r.object].label)
        if m is None or m.group("town")[:1].islower():
            continue
        town = places.get(m.group("town"))
        if town is not None:
            state.remove_relation(r)
            state.add_relation(r.subject, "represents", r.evidence, obj=town)
            regional_officers(state).add(r.subject)  # the town becomes its country below
            continue
        country = _listed_town_country(state, m.group("town"))
        if country is not None:
            state.remove_relation(r)
            state.add_relation(r.subject, "represents", r.evidence, obj=country)


# a lowercase unit word after a town's name ("Kobuleti municipality", "Tosa district")
_UNIT_TAIL_RE = re.compile(r"\s+(?:municipality|district|town|city|village|commune|county|parish|borough|township)$")


def place_country(state: State, place: str) -> str | None:
    """The country a named place lies in: through locatedIn (town -> region -> country), else
    the gazetteer's (a known capital or region), else the world-towns list among the countries
    the text names (also for the name without a unit word: "Kobuleti municipality")."""
    country = country_up(state, place)
    if country is not None:
        return country
    entry = state.gaz.lookup(state.entities[place].label)  # a known capital or region
    country = country_key(state, entry.country) if entry is not None and entry.country else None
    if country is None:
        country = _listed_town_country(state, state.entities[place].label)
    if country is None:
        # "the mayor of Kobuleti municipality": the town's name without its unit word (round-36 O4)
        bare = _UNIT_TAIL_RE.sub("", state.entities[place].label)
        if bare != state.entities[place].label:
            entry = state.gaz.lookup(bare)
            country = country_key(state, entry.country) if entry is not None and entry.country else None
            country = country or _listed_town_country(state, bare)
    return country


def _regional_officers_country(state: State) -> None:
    """'Tacna's governor, Ana Ruiz': she represents the country Tacna lies in
    (followed through regions: town -> region -> country), not the town."""
    unplaced: list = []
    for person in sorted(regional_officers(state)):
        for place in state.objects(person, "represents"):
            if state.entity_type(place) != "Place":
                continue
            country = place_country(state, place)
            if country is None:
                country = facing_country(state, place)  # "In Alcoutim, across the river from the Spanish village"
            if country is None:
                country = _sole_country(state)  # a report about one country's town
            relation = next(r for r in state.relations
                            if r.subject == person and r.predicate == "represents" and r.object == place)
            state.remove_relation(relation)  # the town itself is never whom they act for
            if country is not None:
                state.add_relation(person, "represents", relation.evidence, obj=country)
            else:
                unplaced.append((person, relation.evidence))
    _met_across(state, unplaced)


# State bodies of a place: a port authority, a water directorate, a police or road department
# (not a utility or a state company, whose people act for the body itself)
_PLACE_STATE_BODY_RE = re.compile(r"\b(?:(?:Port|Ports|Harbour|Harbor|Maritime)\s+Authority|Directorate|Police|"
                                  r"Roads?\s+(?:Department|Directorate|Administration|Agency|Authority)|Customs|"
                                  r"Border\s+Guard|Coast\s+Guard|Gendarmerie|Water\s+(?:Board|Authority|Department))\b")


def _place_bodies_country(state: State) -> None:
    """'Luis Gil, president of the Port Authority of Valencia' / 'head of hydrology at the West
    Danube Water Directorate in Győr': a state body tied to a named place (its name ends "of
    <Place>" or opens with it, or the text puts it "in <Place>") is part of the country that
    place lies in, and its officials act for that country only (round-36 O3)."""
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES or entity.unnamed:
            continue
        bank = _CENTRAL_BANK_RE.fullmatch(entity.label)
        if bank is None and (entity.type != "GovernmentAgency" or not _PLACE_STATE_BODY_RE.search(entity.label)):
            continue
        if any(state.entity_type(o) == "Country" for o in state.objects(key, "partOf")) \
                or set(entity.label.split()) & _SHARED_BODY_WORDS or joint_name(state, entity.label):
            continue
        if bank is not None:
            # "the Bank of Zambia" / "the Central Bank of Kenya": a state's central bank
            word = bank.group("country") or bank.group("demonym")
            entry = state.gaz.lookup(word)
            # the country's own name ("Bank of America" is no state's bank)
            entry = entry if entry is not None and entry.type == "Country" and entry.label == word \
                else state.gaz.country_of_demonym(word) if bank.group("demonym") else None
            country = country_key(state, entry.label) if entry is not None else None
        else:
            place, names = _body_place(state, key)
            country = place_country(state, place) if place is not None else None
            for name in names if country is None else ():
                # "Port Authority of Valencia", "the Algeciras Port Authority" with no place of that
                # name read in the text: the gazetteer's or the world-towns list's
                entry = state.gaz.lookup(name)
                country = country_key(state, entry.country) if entry is not None and entry.country else None
                country = country or _listed_town_country(state, name)
                if country is not None:
                    break
        if country is None:
            continue
        body = [m for m in entity.mentions if m.start >= state.body_start]
        if not body:
            continue
        state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=country)
        officials = {h.subject for r in state.relations if r.predicate == "positionIn" and r.object == key
                     for h in state.relations if h.predicate == "holdsPosition" and h.object == r.subject}
        for r in [r for r in state.relations if r.predicate == "represents" and r.object == key and r.subject in officials]:
            state.remove_relation(r)
            if not any(state.entity_type(c) == "Country" for c in state.objects(r.subject, "represents")):
                state.add_relation(r.subject, "represents", r.evidence, obj=country)


# "Bank of Zambia", "Central Bank of Kenya", "Reserve Bank of Malawi", "Nigerian Central Bank"
_CENTRAL_BANK_RE = re.compile(r"(?:(?:Central|Reserve|National)\s+)?Bank\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})|"
                              r"(?P<demonym>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+(?:Central|Reserve)\s+Bank")


def _body_place(state: State, key: str) -> tuple[str | None, list[str]]:
    """The named place a body's name or its mentions tie it to (its key when the text reads
    a place of that name), and the names in its label that may be a place's (after "of", or
    the first words before the body's head)."""
    label = state.entities[key].label
    places = {e.label: k for k, e in state.entities.items() if e.type == "Place" and not e.unnamed}
    m = re.search(r"\bof\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})$", label)
    names = [m.group("p")] if m is not None else []
    if names and names[0] in places:
        return places[names[0]], names
    words = label.split()
    for n in (2, 1):
        if len(words) > n + 1 and " ".join(words[:n]) in places:
            return places[" ".join(words[:n])], names  # "the Valencia Port Authority"
    head = _PLACE_STATE_BODY_RE.search(label)
    lead = label[:head.start()].split() if head is not None else []
    if 1 <= len(lead) <= 2 and all(w[:1].isupper() for w in lead) and not m:
        names.append(" ".join(lead))  # "Algeciras Port Authority": "Algeciras"
    for mention in state.entities[key].mentions:
        hit = re.match(r"\s+(?:in|at)\s+(?:the\s+)?", state.text[mention.end:mention.end + 12])
        if hit is not None:
            at = mention.end + hit.end()
            place = state.mention_at(at, at + 1, {"Place"})
            if place is not None and place.start == at and not state.entities[place.key].unnamed:
                return place.key, names
        owner = re.search(r"(?P<p>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)['’]s\s+$", state.text[max(0, mention.start - 40):mention.start])
        if owner is not None and owner.group("p") in places:
            return places[owner.group("p")], names
    return None, names


def _met_across(state: State, unplaced: list) -> None:
    """'Mayor A of Valença and Mayor B of Tui met': two towns' officers of a report on two
    countries who met each other; when one town's country is known and the other's is not,
    the other acts for the other country (a cross-border meeting of neighbours) (round-36 O4)."""
    if not unplaced:
        return
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    if len(sides) != 2:
        return
    officers = regional_officers(state)
    for person, evidence in unplaced:
        if state.objects(person, "represents"):
            continue
        met = {r.object if r.subject == person else r.subject for r in state.relations
               if r.predicate == "metWith" and person in (r.subject, r.object)}
        known = {c for p in met if p in officers for c in state.objects(p, "represents") if c in sides}
        if len(known) == 1:
            state.add_relation(person, "represents", evidence, obj=next(k for k in sides if k not in known))


# "Alcoutim, across the river from the Spanish village of X" / "X, opposite Vidin on the Romanian
# bank": the words after a town that set it against a place of the other side
_FACING_RE = re.compile(r"\s*,?\s*(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:town|village|city|port|hamlet)\s+)?"
                        r"(?:(?:just\s+)?across\s+(?:the\s+)?(?:river|border|water|bay|strait|lake|bridge)\s+from|"
                        r"opposite|facing)\s+(?:the\s+)?(?P<rest>.{1,80})")


def facing_country(state: State, place: str) -> str | None:
    """The country of a town the text sets across a river or border from a place of one of the
    report's two countries ("In Alcoutim, across the river from the Spanish village of X"): the
    other of the two (round-35 O6); None when the text says nothing so plain."""
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    if len(sides) != 2:
        return None
    for m in [m for m in state.mentions if m.key == place and m.start >= state.body_start]:
        hit = _FACING_RE.match(state.text, m.end)
        if hit is None:
            continue
        rest = hit.group("rest")
        word = re.match(r"(?P<w>[A-Z][\w-]+)", rest)
        other = country_key_for_word(state, hit.start("rest"), hit.start("rest") + len(word.group("w"))) if word else None
        if other is None:
            target = next((t for t in state.mentions_in(hit.start("rest"), hit.end("rest"), {"Place", "Country"})
                           if t.key != place), None)
            other = country_up(state, target.key) if target is not None else None
        if other in sides:
            return next(k for k in sides if k != other)
    return None


def _listed_town_country(state: State, name: str) -> str | None:
    """"In Arlon, the mayor, X": the one country the body names that the world-towns list
    puts a town of that name in (a name the list puts in several named countries gives none)."""
    named = {state.entities[m.key].label: m.key for m in state.mentions
             if m.start >= state.body_start and state.entity_type(m.key) == "Country"}
    found = {named[c] for c in town_countries().get(" ".join(name.split()), ()) if c in named}
    return found.pop() if len(found) == 1 else None


def _sole_country(state: State) -> str | None:
    """The country of the dateline, else the one country the body names."""
    country = dateline_country(state)
    if country is not None:
        return country
    named = {m.key for m in state.mentions if m.start >= state.body_start and state.entity_type(m.key) == "Country"}
    return named.pop() if len(named) == 1 else None


# "the Brandenburg environment ministry" / "the Bavarian State Ministry of X": a ministry named after
# a region of a country (the region's own government's ministry, a body of that country)
_REGION_MINISTRY_RE = re.compile(r"(?:[Tt]he\s+)?(?P<region>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+(?:[a-z][\w-]*\s+){0,2}"
                                 r"(?:[Mm]inistry|[Dd]epartment)\b.*")


def _regional_bodies(state: State) -> None:
    """A ministry whose name opens with a region the text puts in a country, and that has no
    partOf yet, is part of that country; a ministry a named body reports to, of the report's
    one country (round-34 O6)."""
    places = {e.label: k for k, e in state.entities.items() if e.type == "Place" and not e.unnamed}
    for key, entity in list(state.entities.items()):
        if entity.type != "GovernmentAgency" or any(r.subject == key and r.predicate == "partOf" for r in state.relations):
            continue
        m = _REGION_MINISTRY_RE.fullmatch(entity.label)
        region = places.get(m.group("region")) if m else None
        if region is None:
            # "The State Border Guard Service, which reports to the Interior Ministry,": a ministry
            # another body is part of, no country of its own named: the one country of the report
            words = set(entity.label.lower().split())
            if not entity.unnamed and words & {"ministry", "department"} and any(
                    r.predicate == "partOf" and r.object == key for r in state.relations):
                region = _sole_country(state)
            if region is None:
                continue
        country, seen = region, set()
        while country is not None and state.entity_type(country) != "Country" and country not in seen:
            seen.add(country)
            country = next(iter(state.objects(country, "locatedIn")), None)
        body = [x for x in state.mentions if x.key == key and x.start >= state.body_start]
        if country is not None and state.entity_type(country) == "Country" and body:
            state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=country)


def _places_lie_in(state: State) -> None:
    """A name read as an organisation ("Russia's Ivangorod") and later found to be
    a place lies in its country: its partOf becomes locatedIn."""
    for r in list(state.relations):
        if r.predicate == "partOf" and r.object and state.entity_type(r.subject) == "Place" \
                and state.entity_type(r.object) in {"Place", "Country"}:
            state.remove_relation(r)
            state.add_relation(r.subject, "locatedIn", r.evidence, obj=r.object)


# -- partOf ------------------------------------------------------------------
# Unions, trade and farm associations and other member bodies: a country word in the name
# ("the Fiji Trades Union Congress") says where they organise, not that the state owns them
_CIVIL_BODY_RE = re.compile(r"\b(?:Trades?\s+Unions?|(?:Labou?r|Workers['’]?|Teachers['’]?|Farmers['’]?|Growers['’]?|"
                            r"Employers['’]?|Exporters['’]?|Importers['’]?|Manufacturers['’]?|Producers['’]?|Fishermen['’]?s?|"
                            r"Fishers['’]?|Traders['’]?|Truckers['’]?|Hauliers['’]?|Drivers['’]?|Pilots['’]?|Nurses['’]?|"
                            r"Business|Industry|Industries)\s+(?:Union|Unions|Congress|Federation|Association|Council|"
                            r"Confederation|Alliance|Organi[sz]ation|Society|League|Guild|Forum)|"
                            r"Unions?\s+Congress|Chamber\s+of\s+(?:Commerce|Industry|Industries|Shipping|Mines)|"
                            r"Confederation\s+of\s+(?:Trade\s+Unions|Labou?r|Industry|Industries|Employers|Business))\b")
_STATE_BODY_WORDS = frozenset("Ministry Department Authority Agency Directorate Inspectorate Secretariat "
                              "Government Parliament Assembly Senate Cabinet".split())


def _civil_bodies(state: State) -> None:
    """A trade union or business association read as a state body (its name has a
    country and a legislature's word: "the Fiji Trades Union Congress") is an
    organisation of its own: no state body, nobody's ministry."""
    for entity in state.entities.values():
        if entity.type != "GovernmentAgency" or entity.unnamed:
            continue
        if _CIVIL_BODY_RE.search(entity.label) and not set(entity.label.split()) & _STATE_BODY_WORDS:
            entity.type = "Organization"


def _part_of(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES or entity.unnamed or not entity.mentions:
            continue
        if entity.type == "MediaOrganization":
            # A news outlet is not part of a state; looking for its owner would also make a
            # country out of "the Dutch news agency" in an article that never names it.
            continue
        body = body_mentions(state, key)
        if not body:
            continue
        entry = state.gaz.lookup(entity.label)
        country = country_key(state, entry.country) if entry and entry.country else None
        if country is None and joint_name(state, entity.label):
            continue  # "the Senegalo-Gambian Permanent Secretariat": both countries', neither's alone
        if country is None and entity.type == "GovernmentAgency":
            # "US Border Patrol", "Canadian Border Services Agency": a country word leads the name
            # (or leads an alias: "the Peruvian Ministry of Foreign Trade" kept as "Ministry of ...").
            country = _leading_demonym_country(state, entity)
        if country is None and entity.type == "GovernmentAgency":
            owner = region_owner(state, entity.label)  # "Scotland Office": the state's office for a region
            country = country_key(state, owner) if owner else None
        if country is None and entity.type == "GovernmentAgency":
            country = _named_country(state, entity.label)
        if country is None:
            country = _apposed_owner(state, entity, body)
        if country is None and not (entity.type == "Organization"
                                    and set(entity.label.split()) & _MEMBER_BODY_HEADS):
            # "Canada's border agency" / "Mexico's National Guard"
            for m in body:
                before = state.text[max(0, m.start - 60):m.start]
                # "Paraguay's state power company, the Administración ...": the apposed name too
                pm = re.search(r"([A-Z][\w.-]+(?: [A-Z][\w.-]+)*)['’]s\s+(?:[\w-]+\s+){0,2}(?:[\w-]+,\s+(?:the\s+)?)?$",
                               before)
                if pm:
                    # The capitalised run may start in the previous sentence ("... on Monday.
                    # Ghana's ministry"): the owner is its longest tail that names a country.
                    words = pm.group(1).split(" ")
                    c = next(filter(None, (state.gaz.country_of_demonym(" ".join(words[i:]))
                                           for i in range(len(words)))), None)
                    country = country_key(state, c.label) if c else None
                    if country:
                        break
        if country is None:
            country = _possessive_state_body(state, body)
        if country is None and entity.type == "GovernmentAgency":
            country = demonym_lead_country(state, body)  # "the Philippine Department of X" (session 31)
        if country is None and entity.type == "Organization":
            country = _state_company_country(state, entity.label, body)
        if country is None and entity.type == "GovernmentAgency" and (entry is None or entry.country) \
                and _national_body(state, entity.label) \
                and not any(r.subject == key and r.predicate == "partOf" for r in state.relations):
            # a ministry no words tie to a country, in a report filed from a capital: that capital's
            # (unless a state of the text acts through it: "Jakarta would fund X through the agency")
            from kg.extract.relation_checks_agencies import acting_state  # (it imports this module's users)
            country = None if acting_state(state, body) is not None else dateline_country(state)
            if country is not None and _foreign_qualified(state, entity, country):
                country = None  # "the Saudi Ministry of Human Resources" in a report from Manila
        if country is not None and not _shared_body(state, key):
            state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=country)
        parent = _parent_body(state, entity.label) or _named_parent(state, entity.label)
        if parent is not None and parent != key:
            state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=parent)
        for m in body:
            led = re.match(r",\s+(?:an?|the)\s+([A-Z][\w]+)-led\b", state.text[m.end:m.end + 40])
            if led:  # "KFOR, the NATO-led peacekeeping force"
                parent = state.mention_at(m.end + led.start(1), m.end + led.end(1), ORG_TYPES)
                if parent is not None and parent.key != key:
                    state.add_relation(key, "partOf", evidence_for(state, m), obj=parent.key)
            intl = _intl_parent(state, m)
            if intl is not None and intl != key:
                state.add_relation(key, "partOf", evidence_for(state, m), obj=intl)
            sub = _SUBUNIT_AT_RE.match(state.text, m.end, min(len(state.text), m.end + 40))
            if sub and entity.label.split()[0] in _SUBUNIT_HEADS:
                # "the Department of Water at Chile's Ministry of Public Works": a unit of it
                parent = state.mention_at(sub.end(), sub.end() + 1, {"GovernmentAgency"})
                if parent is not None and parent.key != key and parent.start == sub.end():
                    state.add_relation(key, "partOf", evidence_for(state, m), obj=parent.key)
            # (an acronym in brackets may come first: "the Trans-Sahel Gas Company (TSGC), a subsidiary of X")
            app = re.match(r"(?:\s*\([A-Z][\w.&-]{1,11}\))?,\s+(?:an?|the|part of the)\s+(?:[\w-]+\s+){0,2}?(agency|arm|body|unit|branch|division|department|office|part|member|subsidiary|affiliate)\s+(?:of|within)\s+(?:the\s+)?",
                           state.text[m.end:m.end + 80])
            if app:
                parent = state.mention_at(m.end + app.end(), m.end + app.end() + 1, ORG_TYPES | {"Country", "Person"})
                if parent is not None and state.entity_type(parent.key) == "Person":
                    if app.group(1) not in {"subsidiary", "unit", "arm", "affiliate", "division"} \
                            or state.entities[parent.key].unnamed or parent.start != m.end + app.end():
                        parent = None
                    else:  # "a unit of Lietuvos Gelezinkeliai": a company the name finder took for a person
                        state.entities[parent.key].type = "Organization"
                if parent is not None and parent.key != key:
                    if app.group(1) == "agency" and entity.type == "Organization":
                        entity.type = "GovernmentAgency"
                    state.add_relation(key, "partOf", evidence_for(state, m), obj=parent.key)


_INTL_DESC = (r"(?:the\s+)?(?P<org>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s+(?:[a-z][\w-]*\s+){0,2}?"
              r"(?:agency|body|programme|program|fund|organisation|organization|office|mission|force|arm)")
_INTL_AFTER_RE = re.compile(r",\s+" + _INTL_DESC + r"\s*[,.;)]")
_INTL_BEFORE_RE = re.compile(_INTL_DESC + r",\s+$")


def _intl_parent(state: State, m) -> str | None:
    """'WFP, the United Nations food agency,' / 'The United Nations refugee agency,
    UNHCR,': an international organisation's agency, described beside its name."""
    hit = _INTL_AFTER_RE.match(state.text, m.end, min(len(state.text), m.end + 90)) \
        or _INTL_BEFORE_RE.search(state.text, max(0, m.start - 90), m.start)
    if hit is None:
        return None
    parent = state.mention_at(hit.start("org"), hit.end("org"), {"Organization"})
    if parent is None or parent.end != hit.end("org"):  # the mention may hold "the"
        return None
    entry = state.gaz.lookup(state.entities[parent.key].label)
    return parent.key if entry is not None and entry.section == "organizations" else None


_SUBUNIT_HEADS = frozenset("Department Directorate Division Office Bureau Unit Service Secretariat Directorate-General".split())
_SUBUNIT_AT_RE = re.compile(r"\s+(?:at|within|in)\s+(?:the\s+)?(?:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+)?")


def _foreign_qualified(state: State, entity, country: str) -> bool:
    """A name of the body opens with another state's demonym or name ("Saudi Ministry of X")."""
    home = state.entities[country].label
    for name in (entity.label, *entity.aliases):
        first = name.split()[0] if name.split() else ""
        entry = state.gaz.country_of_demonym(first)
        if entry is None:
            found = state.gaz.lookup(first)
            entry = found if found is not None and found.type == "Country" else None
        if entry is not None and entry.label != home:
            return True
    return False


def _leading_demonym_country(state: State, entity) -> str | None:
    """The one country whose demonym leads the label or an alias longer than it
    ('Peruvian Ministry of Foreign Trade' beside the label 'Ministry of Foreign Trade')."""
    found = set()
    names = [entity.label] + sorted(a for a in entity.aliases
                                    if len(a.split()) > 1 and a.split()[-1] == entity.label.split()[-1])
    for name in names:
        words = name.split()
        for n in (2, 1):  # "Sri Lanka Navy", "South African Police Service": a two-word country first
            lead, rest = " ".join(words[:n]), words[n:]
            c = state.gaz.country_of_demonym(lead) if rest and rest[:1] != ["Ocean"] else None  # not "Indian Ocean X"
            if c is not None:
                found.add(c.label)
                break
    if len(found) != 1:
        return None
    return country_key(state, found.pop())


def _named_country(state: State, label: str) -> str | None:
    """'Royal Thai Customs Department': the one country a word inside an agency's
    name names (none for a joint body naming two: 'Peru-Bolivia Joint Commission')."""
    found = set()
    # "South Sudan Ministry", "Northern Ireland Office": a longer name is its country (or the
    # region's), never the country its last word spells alone
    longer = longer_place_names(state, label)
    for start, end, entry in longer:
        if entry.type == "Country":
            found.add(entry.label)
        elif entry.country and label.split()[-1] == "Office":
            found.add(entry.country)  # "Northern Ireland Office": the state's office for the region
    masked = label
    for start, end, _ in longer:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    words = re.split(r"[\s–—-]+", masked)
    for i, word in enumerate(words):
        word = word.strip(",.()")
        if not word:
            continue
        if i + 1 < len(words) and words[i + 1] in {"Ocean", "Sea", "Gulf", "Basin", "River", "Lake", "Peninsula"}:
            continue  # "Indian Ocean Commission": a geographic name, not a country
        if word[:1].isupper() and word not in {"Royal", "National", "State", "Federal", "Republic"}:
            c = state.gaz.country_of_demonym(word)
            if c is not None:
                found.add(c.label)
    if len(found) != 1:
        return None
    return country_key(state, found.pop())  # only a country the text names


_OWNER_APPOS_RE = re.compile(
    r",\s+(?:the\s+)?(?P<c>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+(?:[\w-]+\s+){0,5}?"
    r"(?P<head>authority|agency|ministry|department|service|office|regulator|administration|bureau|directorate|"
    r"inspectorate|police|guard|commission)\b")


# "X, the Peruvian state oil company," / "the Lao state utility, X" / "X, the Ghanaian state agency that ...":
# a demonym and a state body's head word describe the body (a company or utility only when the
# words say it is the state's)
_STATE_BODY = (r"(?P<c>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<cue>(?:state|state-owned|state-run|government|"
               r"government-owned|national|public)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
               r"(?P<head>agency|authority|regulator|utility|company|corporation|firm|operator|enterprise|monopoly|"
               # "the Directorate of Migration, the Lithuanian migration service,": a state service
               r"service|inspectorate|directorate|administration)")
_DEMONYM_APPOS_AFTER_RE = re.compile(r",\s+(?:the|a|an)\s+" + _STATE_BODY + r"\b")
# (the description may open the sentence: "The Togolese customs administration, the Directorate ...")
_DEMONYM_APPOS_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+" + _STATE_BODY + r",?\s+(?:the\s+)?$")
_NEEDS_STATE_CUE = frozenset("utility company corporation firm operator enterprise monopoly".split())
_SERVICE_HEADS = frozenset("service inspectorate directorate administration".split())
# Bodies of members (traders, farmers, firms), not of the state, even when a country owns the name
# ("Lithuania's National Federation of Hauliers", "Latvia's Chamber of Commerce")
_MEMBER_BODY_HEADS = frozenset("Federation Chamber Association Confederation Union Alliance Society League "
                               "Network Foundation Cooperative Co-operative Guild".split())


def _demonym_descriptor(state: State, entity, body: list) -> str | None:
    """The country a demonym in a state-body description beside the name names."""
    for m in body:
        hits = [_DEMONYM_APPOS_AFTER_RE.match(state.text, m.end, min(len(state.text), m.end + 90)),
                _DEMONYM_APPOS_BEFORE_RE.search(state.text, max(0, m.start - 90), m.start)]
        for hit in hits:
            if hit is None or (hit.group("head") in _NEEDS_STATE_CUE and not hit.group("cue")):
                continue
            if hit.group("head") in _SERVICE_HEADS and entity.type != "GovernmentAgency" and not hit.group("cue"):
                continue  # "the Latvian courier service": a company's trade, not a state service
            c = state.gaz.country_of_demonym(hit.group("c"))
            if c is None or c.label == hit.group("c"):
                continue  # a demonym, not a country's own name ("the Peru office")
            # the demonym names the country (its node is created if the text has no other name for it)
            key = country_key(state, c.label) or country_key_for_word(state, hit.start("c"), hit.end("c"))
            if key is not None:
                return key
    return None


# "Ghana's state power company Volta Power", "Peru's national utility, Electroperu,",
# "Kenya's state-owned oil firm NOCK": a country's own (state) company, by a descriptor of
# up to four lower-case words ending in a body's head word
_POSSESSIVE_BODY_RE = re.compile(
    r"\b(?P<c>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)['’]s\s+(?P<desc>(?:[a-z][\w-]*\s+){0,3})"
    r"(?P<head>company|firm|utility|operator|corporation|enterprise|monopoly|agency|regulator|authority|carrier|"
    r"airline|producer|giant)\s*,?\s+(?:the\s+)?$")
_STATE_WORDS = frozenset("state state-owned state-run state-controlled national public government "
                         "government-owned government-run".split())


def _possessive_state_body(state: State, body: list) -> str | None:
    """The country that owns a state company or utility described before its name."""
    for m in body:
        hit = _POSSESSIVE_BODY_RE.search(state.text, max(0, m.start - 90), m.start)
        if hit is None:
            continue
        if hit.group("head") not in {"agency", "regulator", "authority"} \
                and not set(hit.group("desc").split()) & _STATE_WORDS:
            continue  # "Kenya's biggest mobile operator": a company in the country, not the state's
        key = _country_at(state, hit.start("c"), hit.end("c"))
        if key is not None:
            return key
    return None


def _apposed_owner(state: State, entity, body: list) -> str | None:
    """'SENAC, Malaysia's customs and excise authority, ...': the apposition names
    the country the body belongs to (and says it is a state body)."""
    demonym = _demonym_descriptor(state, entity, body)
    if demonym is not None:
        return demonym
    for m in body:
        app = _OWNER_APPOS_RE.match(state.text, m.end, min(len(state.text), m.end + 120))
        if app is None:
            continue
        key = _country_at(state, app.start("c"), app.end("c"))
        if key is not None:
            if entity.type == "Organization":
                entity.type = "GovernmentAgency"
            return key
    return None


def _country_at(state: State, start: int, end: int) -> str | None:
    m = state.mention_at(start, end, {"Country"})
    if m is not None:
        return m.key
    c = state.gaz.country_of_demonym(state.text[start:end])
    return country_key(state, c.label) if c else None


def joint_name(state: State, label: str) -> bool:
    """'Senegalo-Gambian Permanent Secretariat', 'Peru-Bolivia Commission', 'Sino-Lao Railway
    Company': a name that joins two countries (or a combining form, "Senegalo-", "Sino-", and a
    country) with a hyphen names a body of both."""
    for hit in re.finditer(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)[-–]([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b", label):
        # "Sri Lanka-Maldives Joint Commission": a country of two words on either side (round-27 O5)
        lefts, rights = hit.group(1).split(), hit.group(2).split()
        left_c = next(filter(None, (state.gaz.country_of_demonym(" ".join(lefts[i:])) for i in range(len(lefts)))), None)
        right_c = next(filter(None, (state.gaz.country_of_demonym(" ".join(rights[:n]))
                                     for n in range(len(rights), 0, -1))), None)
        if right_c is None or right_c.type != "Country":
            continue
        if left_c is not None and left_c.type == "Country" and left_c.label != right_c.label:
            return True
        if left_c is None and lefts[-1].endswith("o") and len(lefts[-1]) >= 4:
            return True  # "Senegalo-", "Sino-", "Franco-": a country's combining form
    return False


_SHARED_BODY_WORDS = frozenset("Joint Binational Bilateral Bi-national International Mixed Intergovernmental".split())


def _agency_of_officials(state: State) -> None:
    """A state body whose officials (holders of a position in it) all represent one
    country belongs to that country."""
    for key, entity in list(state.entities.items()):
        if entity.type != "GovernmentAgency" or any(state.entity_type(o) == "Country" for o in state.objects(key, "partOf")):
            continue
        if set(entity.label.split()) & _SHARED_BODY_WORDS or _shared_body(state, key) or joint_name(state, entity.label):
            continue  # a joint or binational body belongs to no one side, whoever chairs it
        countries = set()
        evidence = None
        for r in state.relations:
            if r.predicate == "positionIn" and r.object == key:
                for holder in (h.subject for h in state.relations if h.predicate == "holdsPosition" and h.object == r.subject):
                    for c in state.objects(holder, "represents"):
                        if state.entity_type(c) == "Country":
                            countries.add(c)
                            evidence = evidence or r.evidence
        if len(countries) == 1 and evidence is not None:
            state.add_relation(key, "partOf", evidence, obj=countries.pop())


# "X, the joint body that oversees the scheme" / "the binational commission, X,"
_SHARED_APPOS_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint|binational|bi-national|bilateral|shared|"
                              r"common|intergovernmental)\s+(?:[\w-]+\s+)?(?:body|commission|committee|authority|"
                              r"agency|council|board|secretariat|panel|organi[sz]ation)\b", re.I)


def _shared_body(state: State, key: str) -> bool:
    """A body both sides share, by the words of its apposition ('the joint body that
    oversees the scheme'): it is part of neither country."""
    return any(_SHARED_APPOS_RE.match(state.text, m.end, min(len(state.text), m.end + 80))
               for m in state.entities[key].mentions)


_STATE_CUE_RE = re.compile(r"\b(?:state|government)[- ](?:run|owned|controlled|backed)\s+(?:\w+\s+){0,2}$", re.I)


def _state_company_country(state: State, label: str, body: list) -> str | None:
    """'the state-run Korea National Oil Corporation': a company named after a
    country and run by the state (the text says so, or "National" in its name)."""
    words = label.split()
    for n in (2, 1):
        c = state.gaz.country_of_demonym(" ".join(words[:n])) if len(words) > n else None
        if c is None:
            continue
        national = bool({"National", "State"} & set(words[n:]))
        cued = any(_STATE_CUE_RE.search(state.text[max(0, m.start - 40):m.start]) for m in body)
        return country_key(state, c.label) if national or cued else None
    return None


def _parent_body(state: State, label: str) -> str | None:
    """'United Nations Office for West Africa', 'African Union Commission': a body
    named after a known international organisation belongs to it."""
    words = label.split()
    for n in (3, 2, 1):
        if len(words) <= n + 1:
            continue
        entry = state.gaz.lookup(" ".join(words[:n]))
        heads = lexicon.words("org_heads")
        # "UN Refugee Agency", "UN refugee agency": a descriptor word or two before the head is fine
        head_ok = words[n] in heads or len(words) - n <= 3 and words[-1][:1].upper() + words[-1][1:] in heads
        if entry is not None and entry.type == "Organization" and entry.section == "organizations" and head_ok:
            return state.add_entity(entry.label, entry.type, same_as=entry.same_as).key
    return None


_ORGAN_WORDS = ("Secretariat General", "General Secretariat", "Secretariat", "Council", "Board", "Executive Board",
                "Board of Directors", "Commission", "Committee", "Assembly")


def _named_parent(state: State, label: str) -> str | None:
    """'Nile Basin Initiative Secretariat' beside 'Nile Basin Initiative': an organ
    of an organisation the text names, called after it."""
    for organ in sorted(_ORGAN_WORDS, key=len, reverse=True):
        if label.endswith(" " + organ):
            owner = label[:-len(organ) - 1].strip()
            if len(owner.split()) < 2 and not owner.isupper():
                return None  # "Joint Commission", "Water Council": a name of its own
            hits = [k for k, e in state.entities.items()
                    if e.type in ORG_TYPES and not e.unnamed and (e.label == owner or owner in e.aliases)]
            return hits[0] if len(hits) == 1 else None
    return None


_NATIONAL_LEADS = frozenset("Ministry Department Office Bureau Directorate Federal National State Central".split())
_NOT_NATIONAL = frozenset("Joint Commission Government Parliament Council Court Tribunal International".split())
# a unit of a ministry, named by its portfolio: the state's, like the ministry
_UNIT_TAILS = frozenset("Division Wing Directorate Inspectorate".split())


def _national_body(state: State, label: str) -> bool:
    """'Ministry of Foreign and Diaspora Affairs', 'Federal Board of Revenue': a
    national body whose name says no country (not a joint commission, nor a
    name with a country word in it)."""
    words = label.split()
    unit = len(words) > 1 and words[-1] in _UNIT_TAILS  # "Power Division", "Energy Directorate" (round-28 O5)
    if words[0] not in _NATIONAL_LEADS and not unit or set(words) & _NOT_NATIONAL:
        return False
    return not any(state.gaz.country_of_demonym(w.strip(",")) for w in words if w[:1].isupper())
