"""Local people quoted in a place of one country act for that country.

* "In Tosa, the mood was grim. "We lost everything," said Lina Moss, 58, who
  runs a kiosk opposite the station." (Tosa in Kessa) -> Lina Moss represents
  Kessa;
* "Back in Bari, farmers were angry, said Emil Dor, a tobacco grower." ->
  represents the country Bari lies in.

Only speakers the text gives no side or office of a body are read (an
occupation is no such office), and only when the paragraph opens on a place
whose country the text or the gazetteer makes known.

A town's or region's officer acts for the country the place lies in (round-35 O2):
* "Lena Ross, mayor of Kaslo, a village on Kootenay Lake in British Columbia" ->
  represents Canada; "Governor X of Roraima" -> "Governor of Roraima", Brazil;
* "On the Austrian bank, Mayor Y said" -> Austria; "Kiefersfelden, a village in
  Bavaria, ... Its mayor, Z," -> "Mayor of Kiefersfelden", Germany.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.evidence import country_key, country_up
from kg.extract.office_base import LOCAL_OFFICES
from kg.extract.region_demonyms import region_entry
from kg.extract.state import State

_OPENING_RE = re.compile(r"(?:In|Back\s+in|At|Over\s+in|Across\s+the\s+border\s+in|Meanwhile,?\s+in)\s+(?:the\s+)?")


def apply(state: State) -> None:
    _local_bodies(state)
    _local_offices(state)
    _place_officers(state)  # round-35 O2: a town's or region's officer, once every place is placed
    speakers = {s.speaker for s in state.statements if s.speaker in state.entities}
    for person in speakers:
        entity = state.entities[person]
        if entity.type != "Person" or entity.unnamed or state.objects(person, "represents"):
            continue
        if any(state.objects(p, "positionIn") or _office_words(state.entities[p].label)
               for p in state.objects(person, "holdsPosition")):
            continue  # an office (a governor's, a body's): its own rules decide the side
        body = [m for m in state.mentions if m.key == person and m.start >= state.body_start]
        if not body:
            continue
        first = body[0]
        place = _opening_place(state, first.start)
        if place is None:
            continue
        country = _country_of_place(state, place)
        if country is not None:
            sent = state.sentence_of(first.start)
            state.add_relation(person, "represents", state.sentence_span(sent), obj=country)


def _office_words(label: str) -> bool:
    """'Governor', 'Deputy Mayor': an office's words, not an occupation's."""
    words = {w.lower() for w in label.split()}
    return bool(words & (lexicon.words("title_core") | lexicon.words("title_heads") | LOCAL_OFFICES))


def _opening_place(state: State, at: int) -> str | None:
    """The place a sentence of the paragraph around ``at`` opens on ("In Tosa, ..."), the
    last one before ``at``."""
    para_start = state.text.rfind("\n\n", state.body_start, at)
    para_start = state.body_start if para_start < 0 else para_start + 2
    found = None
    for sent in state.doc.sents:
        if sent.start_char < para_start or sent.start_char > at:
            continue
        lead = _OPENING_RE.match(state.text, sent.start_char)
        if lead is None:
            continue
        hit = state.mention_at(lead.end(), lead.end() + 1, {"Place", "Country"})
        if hit is None or hit.start != lead.end() or not re.match(r"\s*,", state.text[hit.end:hit.end + 3]):
            continue
        found = hit.key
    return found


def _sentence_opening_place(state: State, at: int) -> str | None:
    """The place the sentence around ``at`` opens on ("In Kirkenes, ..."), if it does."""
    sent = state.sentence_of(at)
    lead = _OPENING_RE.match(state.text, sent.start_char)
    if lead is None:
        return None
    hit = state.mention_at(lead.end(), lead.end() + 1, {"Place", "Country"})
    if hit is None or hit.start != lead.end() or hit.end > at or not re.match(r"\s*,", state.text[hit.end:hit.end + 3]):
        return None
    return hit.key


def _country_of_place(state: State, place: str) -> str | None:
    """The country a place lies in: itself, by locatedIn steps, or by the gazetteer."""
    up = country_up(state, place)
    if up is not None:
        return up
    entry = state.gaz.lookup(state.entities[place].label)
    if entry is not None and entry.country:
        return country_key(state, entry.country)
    return None


def _local_offices(state: State) -> None:
    """'X, director of the Aranyaprathet customs house', 'The Tarija regional governor, X':
    an office of a town (the town inside the title or right before it) whose country the
    text or the gazetteer makes known acts for that country; a country the title's own
    words do not name (one read from the sentence or the dateline) gives way to it."""
    for held in [r for r in state.relations if r.predicate == "holdsPosition"]:
        person, position = held.subject, held.object
        if position is None or state.entity_type(person) != "Person":
            continue
        spans = [m for m in state.mentions if m.key == position
                 and held.evidence.start <= m.start < held.evidence.end]
        if not spans:
            continue
        title = spans[0]
        lead = re.search(r"(?:^|[\s(])(?:[Tt]he\s+)?$", state.text[max(held.evidence.start, title.start - 40):title.start])
        start = title.start - (len(lead.group(0)) if lead else 0)
        towns = [m for m in state.mentions_in(max(held.evidence.start, start - 40), title.end, {"Place"})
                 if (m.end <= title.end and m.start >= title.start)
                 or re.fullmatch(r"(?:['’]s)?\s*", state.text[m.end:title.start])]  # "Leova's city head, X" (round-27 O9)
        if not towns and _LOCAL_TITLE_RE.search(state.text[title.start:title.end]):
            # "X, a village head in North Central Timor Regency": the place right after a local
            # officer's title (round-30 O5)
            towns = [m for m in state.mentions_in(title.end, min(held.evidence.end, title.end + 60), {"Place"})
                     if re.fullmatch(r"\s+(?:in|of)\s+(?:the\s+)?", state.text[title.end:m.start])]
        # "the Poipet customs house" named as a place of its own: the town inside it decides
        towns = [t for t in towns if not any(o is not t and t.start <= o.start and o.end <= t.end
                                               and (o.start, o.end) != (t.start, t.end) for o in towns)]
        if len(towns) != 1 or state.entities[towns[0].key].unnamed:
            continue
        words = state.text[start:title.end]
        if any(state.gaz.country_of_demonym(w) is not None for w in re.findall(r"[A-Z][\w-]+", words)
               if w != state.text[towns[0].start:towns[0].end]):
            continue  # "the Thai director of the X office": the title names its country
        country = _country_of_place(state, towns[0].key) or _inner_town_country(state, towns[0].key) \
            or _side_of_place(state, towns[0].key)
        if country is None:
            # "In Kirkenes, Sør-Varanger mayor X": a municipality the text places nowhere, inside
            # the town the sentence opens on (round-29 O5)
            opening = _sentence_opening_place(state, title.start)
            country = _country_of_place(state, opening) if opening is not None else None
        if country is None:
            continue
        for r in [r for r in state.relations if r.subject == person and r.predicate == "represents"
                  and r.object != country and (state.entity_type(r.object) == "Country" or r.object == towns[0].key)]:
            state.remove_relation(r)
        if not state.has_relation(person, "represents", country):
            state.add_relation(person, "represents", held.evidence, obj=country)


# a local officer's title ("village head", "district chief", "a customary leader")
_LOCAL_TITLE_RE = re.compile(r"\b(?:village|district|sub-district|subdistrict|town|township|municipal|local|community|"
                             r"customary|tribal|traditional|regency|county|ward|hamlet|commune)\b", re.I)
_SIDE_OF_RE = re.compile(r"\bthe\s+(?P<side>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+side\b")


def _inner_town_country(state: State, place: str) -> str | None:
    """"the Poipet customs house", a place named after a town the text places: the town's country."""
    label = state.entities[place].label
    for key, entity in state.entities.items():
        if key != place and entity.type == "Place" and not entity.unnamed \
                and label.startswith(entity.label + " ") and label[len(entity.label) + 1:][:1].islower():
            return _country_of_place(state, key)
    return None


def _side_of_place(state: State, place: str) -> str | None:
    """"Families on the Indonesian side of the border, in North Central Timor Regency": a region
    a sentence puts on one side (a demonym or country's side) lies in that country."""
    found: set[str] = set()
    # (every place the name is written, a mention or not: an earlier one may be cut short)
    label = state.entities[place].label
    starts = {m.start for m in state.entities[place].mentions}
    starts |= {hit.start() for hit in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", state.text)
               if hit.start() >= state.body_start}
    for start in sorted(starts):
        sent = state.sentence_of(start)
        sides = {_side_country(state, hit.group("side")) for hit in _SIDE_OF_RE.finditer(sent.text)}
        sides.discard(None)
        if len(sides) == 1:
            found |= sides
    return found.pop() if len(found) == 1 else None


def _side_country(state: State, words: str) -> str | None:
    entry = state.gaz.country_of_demonym(words)
    if entry is None:
        entry = state.gaz.lookup(words)
        if entry is None or entry.type != "Country":
            return None
    return country_key(state, entry.label)


# the head words of a town's own state office ("the Poipet immigration office")
_LOCAL_BODY_WORDS = frozenset("customs immigration border police office house post checkpoint station "
                              "administration authority directorate bureau department "
                              "municipality council municipal".split())  # "Utsjoki municipality" (round-29 A6)


def _local_bodies(state: State) -> None:
    """'Poipet Immigration Office', 'Aranyaprathet customs house': a state office named after
    a town whose country is known belongs to that country."""
    places = {e.label: k for k, e in state.entities.items() if e.type == "Place" and not e.unnamed}
    for key, entity in list(state.entities.items()):
        if entity.type != "GovernmentAgency" or entity.unnamed:
            continue
        if any(state.entity_type(o) == "Country" for o in state.objects(key, "partOf")):
            continue
        words = entity.label.split()
        if len(words) < 2 or not {w.lower() for w in words[1:]} & _LOCAL_BODY_WORDS:
            continue
        town = next((places[" ".join(words[:n])] for n in (2, 1) if len(words) > n and " ".join(words[:n]) in places), None)
        if town is None:
            continue
        country = _country_of_place(state, town)
        body = [m for m in state.mentions if m.key == key]
        if country is not None and body:
            sent = state.sentence_of(body[0].start)
            state.add_relation(key, "partOf", state.sentence_span(sent), obj=country)


# "Governor X of Roraima", "Mayor X of Ebbs": a local office word before the name, its place after
_OF_PLACE_RE = re.compile(r",?\s+of\s+(?:the\s+)?$")
# "Oberaudorf, a Bavarian village" / "Kaslo, a village in British Columbia": the words after a
# town that place it by a demonym or a region
_APPOSED_RE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:(?:small|little|tiny|border|frontier|riverside|lakeside|"
                         r"mountain|coastal|fishing|farming|market|sleepy|quiet)\s+)?"
                         r"(?P<dem>[A-Z][\w-]+\s+)?(?:town|village|city|port|hamlet|municipality|commune|district|"
                         r"county|province|region|community)\b(?P<tail>[^.;]{0,80})")
# "On the Austrian bank, Mayor X": the sentence opens on one country's side of a river or border
_SIDE_OPENING_RE = re.compile(r"(?:On|Across|Over)\s+(?:on\s+)?the\s+(?P<dem>[A-Z][\w-]+)\s+(?:bank|side|shore)\b")


def _place_officers(state: State) -> None:
    """'Lena Ross, mayor of Kaslo, a village in British Columbia', 'In Oberaudorf, a Bavarian
    village, Mayor Anna Moser', 'Governor X of Roraima', 'On the Austrian bank, Mayor Y' (round-35
    O2): the officer of a town or region acts for the country the place lies in, known by a
    locatedIn chain (read by now), the gazetteer, a demonym or region beside the place, the side
    of the river the sentence opens on, or the other side of a town it faces. Only people whose
    office gives no country yet."""
    from kg.extract.relations import facing_country
    for held in [r for r in state.relations if r.predicate == "holdsPosition"]:
        person, position = held.subject, held.object
        if position is None or state.entity_type(person) != "Person":
            continue
        if any(state.entity_type(o) == "Country" for o in state.objects(person, "represents")):
            continue
        if any(state.entity_type(o) in {"Organization", "GovernmentAgency", "MediaOrganization"}
               for o in state.objects(person, "represents")):
            continue  # a body's person: its own rules decide
        label = state.entities[position].label
        places = [o for o in state.objects(position, "positionIn") if state.entity_type(o) == "Place"]
        if not places and not _local_title(label):
            continue
        if not places and state.objects(position, "positionIn"):
            continue
        if not places:
            place = _place_after_name(state, person) or _its_place(state, person)
            if place is not None:
                places = [place]
                _place_position(state, held, place)
        country = None
        if places:
            place = places[0]
            country = _country_of_place(state, place) or _inner_town_country(state, place) \
                or _side_of_place(state, place) or _apposed_country(state, place) or facing_country(state, place)
        if country is None and _local_title(label):
            country = _side_opening(state, person)
        if country is None:
            # "the Podkarpackie voivode": an office only one country has, when the text names it
            country = next((country_key(state, c) for w, c in _NATIONAL_OFFICES.items()
                            if w in label.lower().split()), None)
        if country is not None:
            state.add_relation(person, "represents", held.evidence, obj=country)


# Local offices of one country's own making (the word alone says the country)
_NATIONAL_OFFICES = {"voivode": "Poland", "starost": "Poland", "akim": "Kazakhstan", "hokim": "Uzbekistan",
                     "voivod": "Poland"}


def _local_title(label: str) -> bool:
    words = {w.lower() for w in label.split()}
    return bool(words & LOCAL_OFFICES) or bool(words & {"councillor", "councilor", "commissioner", "voivode",
                                                         "prefect", "reeve", "selectman", "akim", "hokim",
                                                         "starost"}) and len(words) <= 3


def _place_after_name(state: State, person: str) -> str | None:
    """'Governor Paulo Souza of Roraima': the named place right after the officer's name."""
    for m in [m for m in state.mentions if m.key == person and m.start >= state.body_start]:
        for place in state.mentions_in(m.end, min(len(state.text), m.end + 12), {"Place"}):
            if _OF_PLACE_RE.fullmatch(state.text[m.end:place.start]) and not state.entities[place.key].unnamed:
                return place.key
        break
    return None


def _place_position(state: State, held, place: str) -> None:
    """The bare local office ("Governor") becomes the place's ("Governor of Roraima")."""
    title = state.entities[held.object].label
    label = f"{title} of {state.entities[place].label}"
    position = state.add_entity(label, "Position")
    position.aliases.add(title)
    state.remove_relation(held)
    state.add_relation(held.subject, "holdsPosition", held.evidence, obj=position.key)
    state.add_relation(position.key, "positionIn", held.evidence, obj=place)
    if state.positions.get(held.subject) == held.object:
        state.positions[held.subject] = position.key


def _apposed_country(state: State, place: str) -> str | None:
    """'Oberaudorf, a Bavarian village' / 'Kaslo, a village in British Columbia' / 'a German
    town': the country of the demonym or the region the apposition names."""
    for m in [m for m in state.mentions if m.key == place and m.start >= state.body_start]:
        hit = _APPOSED_RE.match(state.text, m.end)
        if hit is None:
            continue
        if hit.group("dem"):
            word = hit.group("dem").strip()
            entry = state.gaz.country_of_demonym(word)
            if entry is not None:
                return country_key(state, entry.label)
            region = region_entry(state, word)
            if region is not None and region.type == "Place" and region.country:
                return country_key(state, region.country)
        for other in state.mentions_in(hit.start("tail"), hit.end("tail"), {"Place", "Country"}):
            if other.key != place and re.match(r"\s+(?:\w+\s+){0,4}?(?:in|of|on|near)\s+(?:the\s+)?$",
                                               state.text[hit.start("tail"):other.start]):
                found = _country_of_place(state, other.key)
                if found is not None:
                    return found
    return None


def _side_opening(state: State, person: str) -> str | None:
    """'On the Austrian bank, Mayor X said': the country of the side the sentence opens on."""
    m = next((m for m in state.mentions if m.key == person and m.start >= state.body_start), None)
    if m is None:
        return None
    sent = state.sentence_of(m.start)
    hit = _SIDE_OPENING_RE.match(state.text, sent.start_char)
    if hit is None or hit.end() > m.start:
        return None
    return _side_country(state, hit.group("dem"))


_ITS_TITLE_RE = re.compile(r"\b[Ii]ts\s+(?:(?:deputy|vice|acting|long-serving|new)\s+)?(?:mayor|governor|prefect|voivode|"
                           r"reeve|councillor|councilor)\s*,?\s*$")


def _its_place(state: State, person: str) -> str | None:
    """'Kiefersfelden, a Bavarian village, fears more traffic. Its mayor, X, said': the town the
    sentence (or the one before) opens on owns the office."""
    m = next((m for m in state.mentions if m.key == person and m.start >= state.body_start), None)
    if m is None:
        return None
    sent = state.sentence_of(m.start)
    if _ITS_TITLE_RE.search(state.text[sent.start_char:m.start]) is None:
        return None
    for start in (sent.start_char, _previous_sentence_start(state, sent.start_char)):
        if start is None:
            continue
        hit = state.mention_at(start, start + 1, {"Place"})
        if hit is not None and hit.start == start and not state.entities[hit.key].unnamed:
            return hit.key
    return None


def _previous_sentence_start(state: State, start: int) -> int | None:
    last = len(state.text[:start].rstrip()) - 1
    if last < state.body_start or "\n\n" in state.text[last:start]:
        return None
    return state.sentence_of(last).start_char
