"""locatedIn from phrasings the pair rules of kg.extract.places do not read.

* "The Tamar field lies in Block 4", "Hambantota Harbour is located in the city of
  Hambantota" -> the named place lies in the place after the verb (a lower-case kind word
  may follow the name: "the Tamar field");
* "the Rijeka terminal on Croatia's Cres island", "the pier on Kessa Island" -> on an
  island (or peninsula, atoll) is in it;
* "Gan City in the south of Maldives" -> in the country (or region) whose part is named;
* "Huvadhu Atoll, the largest atoll of Maldives" -> in the country it is an atoll of;
* "the ports at Izmail and Vylkove in the Odesa region" -> both towns lie in the region,
  not only the one next to it (the plural kind word says the "in" phrase is the list's).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.place_appositions import locate
from kg.extract.state import State

_PLACE = {"Place", "Country"}
_UNIT_NOUNS = ("city|town|village|port|municipality|district|region|province|county|state|department|"
               "prefecture|oblast|governorate|island|atoll|archipelago|peninsula|area|block|zone|bay|gulf")
# a kind word after a name written in lower case ("the Tamar field", "the Rijeka terminal")
_KIND_AFTER = r"(?:\s+(?:oil\s+|gas\s+|container\s+|ferry\s+|border\s+)?(?:field|fields|terminal|port|harbou?r|" \
              r"crossing|bridge|station|plant|mine|refinery|depot|pier|jetty|dam|airport|reservoir|prospect))?"
# "lies in", "is located in the city of", "sits within"
_LIES_IN_RE = re.compile(_KIND_AFTER + r"\s+(?:(?:now|also)\s+)?(?:lies|lie|lay|sits|sit|sat|is\s+located|are\s+located|"
                         r"was\s+located|is\s+situated|are\s+situated|is\s+based)\s+(?:(?:just|about|some|roughly|"
                         r"deep|far)\s+)?(?:in|within|inside)\s+(?:the\s+)?(?:(?:" + _UNIT_NOUNS + r")\s+of\s+(?:the\s+)?)?")
_ISLAND_WORDS = frozenset("island islands isle atoll peninsula archipelago".split())
# "on Croatia's Cres island", "on the Kessa peninsula", "on Kessa Island"
_ON_RE = re.compile(_KIND_AFTER + r",?\s+on\s+(?:the\s+)?")
_DIRECTION_WORDS = (r"(?:north|south|east|west|centre|center|interior|heart|middle|north-?east|north-?west|"
                    r"south-?east|south-?west)")
# "in the south of", "in the far north-east of"
_PART_OF_RE = re.compile(r",?\s+in\s+the\s+(?:(?:far|deep|extreme)\s+)?" + _DIRECTION_WORDS + r"\s+of\s+(?:the\s+)?")
# ", the largest atoll of", ", the second-biggest island in"
_ATOLL_OF_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:atoll|archipelago|islands?|peninsula)\s+(?:of|in)\s+(?:the\s+)?")
# "the ports at", "the towns of", "the two crossings at": a plural kind word before a list
_PLURAL_KIND_BEFORE_RE = re.compile(r"\b(?:ports|towns|cities|villages|crossings|terminals|harbou?rs|stations|"
                                    r"settlements|checkpoints|posts|islands|municipalities|districts)\s+(?:at|of|in|on)\s+$")
_IN_RE = re.compile(r",?\s+in\s+(?:the\s+)?")


# "between the stations of Bolashak and Serhetyaka", "the villages of Kobi, Sioni and Arsha": a list
# of names after a plural kind word of places
_KIND_LIST_RE = re.compile(r"\bthe\s+(?:(?:two|three|four|border|frontier|neighbouring|neighboring)\s+)?"
                           r"(?:ports|towns|villages|stations|settlements|hamlets|border\s+towns)\s+of\s+"
                           r"(?P<list>[A-Z][^.;:()]{1,80}?)(?=[.;:,]|\s+(?:in|on|at|near|across|to|from|with|which|that|are|were|is|was)\b|$)")


def _listed_kind_names(state: State, mentions: list) -> None:
    """Names listed after "the stations of" are places, whatever the name finder took them for."""
    for hit in _KIND_LIST_RE.finditer(state.text):
        start, end = hit.span("list")
        for m in mentions:
            if start <= m.start and m.end <= end and retypable(state, m.key) and not state.voiced(m.key):
                state.entities[m.key].type = "Place"


def apply(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]
    _listed_kind_names(state, mentions)
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if a.key == b.key or state.entity_type(b.key) not in _PLACE:
            continue
        lies = _LIES_IN_RE.fullmatch(state.text, a.end, b.start)
        if lies is not None and _KIND_WORD_RE.match(state.text, a.end) and retypable(state, a.key):
            state.entities[a.key].type = "Place"  # "The Marvel field lies in ...": a field, whatever the name finder said
        if state.entity_type(a.key) != "Place":
            continue
        if lies and not _owner(state, mentions, i + 1):
            locate(state, a, b.key)
        elif _ON_RE.fullmatch(state.text, a.end, b.start):
            island = b
            if state.entity_type(b.key) == "Country":
                island = _owner(state, mentions, i + 1)  # "on Croatia's Cres island": the island
            if island is not None and _island(state, island):
                locate(state, a, island.key)
        elif _PART_OF_RE.fullmatch(state.text, a.end, b.start) and not _owner(state, mentions, i + 1):
            locate(state, a, b.key)
        elif _ATOLL_OF_RE.fullmatch(state.text, a.end, b.start) and not _owner(state, mentions, i + 1):
            locate(state, a, b.key)
        elif _IN_RE.fullmatch(state.text, a.end, b.start) and not _owner(state, mentions, i + 1) \
                and state.entity_type(b.key) == "Place" and i > 0:
            _listed_before(state, mentions, i, b)


# the kind word itself, required ("the Marvel field")
_KIND_WORD_RE = re.compile(_KIND_AFTER[3:-2] + r"\b")


def retypable(state: State, key: str) -> bool:
    """A one- or two-word name read as an organisation or person, with no word of a body ("Marvel")."""
    entity = state.entities[key]
    return entity.type in {"Organization", "Person"} and not entity.unnamed and len(entity.label.split()) <= 2 \
        and not set(entity.label.split()) & lexicon.words("org_heads")


def _owner(state: State, mentions: list, j: int):
    """The place owned by mention ``j`` when it is a possessive ("Croatia's Cres island"), else None."""
    m = mentions[j]
    if j + 1 >= len(mentions) or not re.fullmatch(r"['’]s\s+", state.text[m.end:mentions[j + 1].start]):
        return None
    nxt = mentions[j + 1]
    return nxt if state.entity_type(nxt.key) == "Place" else None


def _island(state: State, m) -> bool:
    """Is the mention an island, atoll or peninsula (by its last word, or a lower-case one after it)?"""
    last = state.entities[m.key].label.split()[-1].lower()
    after = re.match(r"\s+([a-z]+)", state.text[m.end:m.end + 16])
    return last in _ISLAND_WORDS or (after is not None and after.group(1) in _ISLAND_WORDS)


def _listed_before(state: State, mentions: list, i: int, region) -> None:
    """'the ports at Izmail and Vylkove in the Odesa region': the places coordinated before the
    one next to the region lie there too (when a plural kind word opens the list)."""
    a = mentions[i]
    listed = [a]
    j = i
    while j > 0:
        prev = mentions[j - 1]
        if state.entity_type(prev.key) != "Place" or not re.fullmatch(r",\s+|,?\s+and\s+", state.text[prev.end:mentions[j].start]):
            break
        listed.insert(0, prev)
        j -= 1
    if len(listed) < 2 or not _PLURAL_KIND_BEFORE_RE.search(state.text, max(0, listed[0].start - 40), listed[0].start):
        return
    for m in listed[:-1]:
        locate(state, m, region.key)


_RIVER_WORDS = frozenset("river rio río rivière fluss".split())


def is_river(state: State, key: str) -> bool:
    """Is place ``key`` a river: by its name ("the Drina River", "Rio Verde"), the gazetteer's
    names for it ("Danube River"), or the text ("the Orinoco river", "the river Drina")?"""
    entity = state.entities.get(key)
    if entity is None:
        return False
    names = [entity.label, *entity.aliases]
    entry = state.gaz.lookup(entity.label)
    if entry is not None:
        names += [entry.label, *getattr(entry, "aliases", ())]
    if any(w.lower() in _RIVER_WORDS for n in names for w in n.split()):
        return True
    for m in state.mentions:
        if m.key == key and (re.match(r"\s+[Rr]iver\b", state.text[m.end:m.end + 8])
                             or re.search(r"\b[Rr]iver\s+$", state.text[max(0, m.start - 8):m.start])):
            return True
    return False
