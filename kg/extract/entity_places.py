"""Unknown names the sentence treats as places.

The statistical model often calls an unfamiliar two-word name (Vietnamese,
Khmer, West African) a person or an organisation. Where the words around can
only describe a place, the name is a place:

* "X is <Demonym> territory", "X belongs to <Country>";
* "the A and B stations", "the A station", "the A well", "the A gas field",
  "the A-1 well" (facility kinds the place-noun patterns do not cover; the
  name alone is the label, the name plus its kind an alias);
* "the A, a tributary of ...", "A, a river that ...", "A, the crowded fishing
  quarter of <City>";
* "the fishermen of A", "the villagers of A";
* "In A the mood was grim", "At A, fishermen said ...": a lone unknown word
  fronted by a locative preposition at a sentence's start, before a clause.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START, is_descriptor_word
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = CAP_CLASS + r"[\w'’]*(?:-(?:" + CAP_CLASS + r"[\w'’]*|\d{1,3}))*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_START = r"(?<![\w'’.-])"


def _starts_name(text: str, start: int) -> bool:
    """No capitalised word runs on into the name from before ("Port Kora belongs ...")."""
    before = re.search(rf"(?<![\w'’-])({CAP_CLASS}[\w'’-]*) $", text[max(0, start - 30):start])
    return before is None or before.group(1) in NOT_NAME_START


# Facility kinds whose names the place-noun patterns miss, and their singular forms.
_KINDS = {"station": "station", "stations": "station", "well": "well", "wells": "well", "gas field": "gas field",
          "gas fields": "gas field", "oil field": "oil field", "oil fields": "oil field", "oilfield": "oilfield",
          "gasfield": "gasfield", "field": "field", "fields": "field"}
# Plural kinds of coordinated facilities ("the A and B ports").
_PLURAL_KINDS = ("stations", "ports", "wells", "dams", "crossings", "bridges", "terminals", "harbours", "harbors",
                 "border posts", "checkpoints", "gas fields", "oil fields", "fields", "mines", "airports", "islands")
# Plural kinds whose members are facilities named with their head ("Storskog crossing"),
# not the towns they are named after (a port is its town's).
_NAMED_WITH_HEAD = frozenset({"crossings", "border posts", "checkpoints"})
# Nouns an apposition gives a place ("the A, a tributary of ...").
_APPOSED_PLACE_NOUNS = ("tributary", "river", "stream", "creek", "lagoon", "lake", "wetland", "marsh", "estuary",
                        "waterway", "canal", "channel", "island", "islet", "atoll", "reef", "shoal", "village", "town",
                        "hamlet", "settlement", "port", "city", "commune", "suburb", "neighbourhood", "neighborhood",
                        "quarter", "district", "township", "ward", "municipality", "enclave", "peninsula", "oasis")
# People named after the place they live in ("the fishermen of A").
# (not "residents", "farmers", "people": "the farmers of the X Association" names a body)
_RESIDENT_NOUNS = ("fishermen", "fishers", "fisherfolk", "villagers", "boatmen", "islanders")


def place_context_names(text: str, state: State) -> list[Candidate]:
    """Place candidates from the contexts in the module docstring."""
    out: list[Candidate] = []
    out.extend(_territory_names(text, state))
    out.extend(_facility_names(text, state))
    out.extend(_apposed_place_names(text, state))
    out.extend(_resident_names(text, state))
    out.extend(_fronted_places(state))
    out.extend(_numbered_links(text, state))
    out.extend(_bare_facility_names(text, state))
    out.extend(_link_ends(text, state))
    return out


# A link's ends: "a road link from Salwa to Abu Samra", "a 40 km rail line from A to a landfall near B",
# "the ferry from A to B" (round-28 class A5): both names are places, whatever the model called them.
_LINK_WORDS = (r"link|road|line|route|railway|rail|railroad|bridge|causeway|ferry|ferries|highway|motorway|corridor|"
               r"pipeline|cable|interconnector|tunnel|crossing|canal|service|connection|expressway")
_LINK_ENDS_RE = re.compile(
    rf"\b(?:{_LINK_WORDS})s?\b[^.;:\n]{{0,60}}?\bfrom (?:the )?(?P<a>{_NAME}) to (?:a [a-z]+ (?:near|at|outside) |the )?"
    rf"(?P<b>{_NAME})(?![\w'’-])")


def _link_ends(text: str, state: State) -> list[Candidate]:
    """Place candidates for the two ends of a link (see ``_LINK_ENDS_RE``)."""
    out = []
    for m in _LINK_ENDS_RE.finditer(text):
        for g in ("a", "b"):
            name = m.group(g)
            if re.fullmatch(dates.CALENDAR_NAMES, name.split()[0]) or not _usable(name, state):
                continue  # "from Monday to Friday", "from March to June": a time span
            out.append(_cand(state, m.start(g), name))
    return out


# Lower-case heads of facilities a capitalised word before them names ("Radisson hotel").
_FACILITY_HEADS = "hotel|hospital|stadium|airport|port|terminal|bridge"


def _bare_facility_names(text: str, state: State) -> list[Candidate]:
    """'met at Radisson hotel', 'Stradins hospital treated ...': an unknown
    capitalised name right before a lower-case facility head, with no article
    (the article-led form is a described name), is a place named with its head;
    the NER reads the bare name as a person or a company. A known name stays
    itself ("Riga port" is Riga's)."""
    out = []
    for m in re.finditer(rf"{_START}(?P<name>{_NAME}) (?:{_FACILITY_HEADS})(?![\w'’-])", text):
        name = m.group("name")
        if "\n" in m.group(0) or re.search(r"[’']s?(?:\s|$)", name) or not _starts_name(text, m.start("name")) or not _usable(name, state) \
                or state.gaz.lookup(name) is not None or any(state.gaz.lookup(w) is not None for w in name.split()):
            continue
        if re.search(r"\b(?:the|a|an|its|their)\s+$|[’']s\s+$", text[max(0, m.start() - 8):m.start()]) \
                or re.match(r"\s+of\b", text[m.end():m.end() + 5]):
            continue  # "the Radisson hotel" is the described names' (patterns); "the port of X" names X
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    return out


# Nouns of links and lines a numbered name may be apposed to ("a third interconnector, Nordlink 4,").
_LINK_NOUNS = ("interconnector|interconnection|cable|power cable|subsea cable|pipeline|gas pipeline|link|power link|"
               "line|power line|transmission line|connection|tunnel|bridge")
_NUMBERED_LINK = rf"{CAP_CLASS}[\w'’-]*(?: {CAP_CLASS}[\w'’-]*)? \d{{1,2}}"
# "Nordlink 2 runs 170 kilometres", "stretches 90 km": a length makes the name a line on the map.
_RUNS_RE = re.compile(r"\s+(?:runs|ran|stretches|stretched|extends|extended|will run|would run|will stretch|is|was)\s+"
                      r"(?:[\w-]+\s+){0,2}?\d[\d,.]*\s*(?:kilometres|kilometers|km|miles)\b")


def _numbered_links(text: str, state: State) -> list[Candidate]:
    """'a third electricity interconnector, Nordlink 4,', 'Nordlink 2 runs 170
    kilometres': a numbered name of a link is a place; once one number of a
    name is, every other number of it is too ('Nordlink 3' of 'Nordlink 4')."""
    bases: set[str] = set()
    found: list[re.Match] = list(re.finditer(rf"(?<![\w'’.-])(?P<name>{_NUMBERED_LINK})(?![\w'’-])", text))
    for m in found:
        name = m.group("name")
        apposed = re.search(rf"\b(?:{_LINK_NOUNS}),\s+$", text[max(0, m.start() - 40):m.start()])
        if apposed or _RUNS_RE.match(text, m.end()):
            bases.add(name.rsplit(" ", 1)[0])
    out = []
    for m in found:
        name = m.group("name")
        base = name.rsplit(" ", 1)[0]
        if base in bases and _usable(base, state) and "\n" not in name and not re.fullmatch(r"\d{4}", name[-4:]):
            out.append(_cand(state, m.start("name"), name))
    return out


# Words between the article and the noun that show the apposition describes someone or something else.
_DESC_STOP = frozenset("of in at for from with to on by and or his her their its whose who".split())
# Capitalised words that alone name no place ("the Main station", "the Central well").
_PLAIN_CAPS = frozenset("Main Central North South East West Northern Southern Eastern Western Grand Old New Upper "
                        "Lower Great Little First Second Third Last Next Olympic National Royal".split())


def _usable(name: str, state: State) -> bool:
    """A name that can be an unknown place: not a function word, title, body,
    demonym, given-name-led person or a non-place the gazetteer knows."""
    words = name.split()
    if not words or words[0] in NOT_NAME_START or any(is_descriptor_word(w) for w in words):
        return False
    if state.gaz.demonyms.get(name.lower()) is not None:
        return False
    stop = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("portfolio_words")
    if any(w.lower() in stop or w in lexicon.words("org_heads") or w in lexicon.words("not_entities")
           or w.lower() in lexicon.words("media_words") for w in words):
        return False
    if len(words) == 1 and words[0] in _PLAIN_CAPS:
        return False
    entry = state.gaz.lookup(name)
    if entry is not None and entry.type not in {"Place", "Country"}:
        return False
    return not (len(words) >= 2 and words[0] in lexicon.given_names() and state.gaz.lookup(words[0]) is None)


usable_place_name = _usable  # public for the other place rules (entity_feature_places)


def _cand(state: State, start: int, name: str, alias: str | None = None) -> Candidate:
    entry = state.gaz.lookup(name)
    if entry is not None:
        return Candidate(start, start + len(name), name, entry.type, "gaz", entry)
    return Candidate(start, start + len(name), name, "Place", "rule", alias=alias)


def _territory_names(text: str, state: State) -> list[Candidate]:
    """'X is <Demonym> territory', 'X belongs to <Country>'."""
    out = []
    for m in re.finditer(rf"{_START}(?:(?:The|the)\s+)?(?P<name>{_NAME})\s+(?:is|was|remains|are|were)\s+(?:still\s+|part\s+of\s+)?"
                         rf"(?P<dem>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s+(?:territory|soil|land)\b", text):
        if state.gaz.country_of_demonym(m.group("dem")) is not None and _usable(m.group("name"), state) \
                and _starts_name(text, m.start("name")):
            out.append(_cand(state, m.start("name"), m.group("name")))
    for m in re.finditer(rf"{_START}(?:(?:The|the)\s+)?(?P<name>{_NAME})\s+(?:belongs|belonged|belong)\s+to\s+"
                         rf"(?P<c>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?=\s*[,.;:)]|\s+(?:and|but|under|since|by)\b)", text):
        country = state.gaz.country(m.group("c"))
        if country is not None and _usable(m.group("name"), state) and _starts_name(text, m.start("name")):
            out.append(_cand(state, m.start("name"), m.group("name")))
    return out


def _facility_names(text: str, state: State) -> list[Candidate]:
    """'the A and B stations', 'the A station', 'the A well', 'the A gas field', 'the A-1 well'."""
    out = []
    plural = "|".join(re.escape(k) for k in sorted(_PLURAL_KINDS, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:the|The|its|their)\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?P<kind>{plural})\b", text):
        kind = m.group("kind")
        single = kind[:-1] if kind.endswith("s") else kind
        for g in ("a", "b"):
            if _usable(m.group(g), state):
                cand = _cand(state, m.start(g), m.group(g), alias=f"{m.group(g)} {single}")
                if kind in _NAMED_WITH_HEAD and cand.source == "rule":
                    # "the Valga-Valka and Narva-Ivangorod crossings": each is "the X crossing"
                    cand.label, cand.alias = f"{m.group(g)} {single}", m.group(g)
                out.append(cand)
    kinds = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
    for m in re.finditer(rf"(?:\b(?:the|The|a|its|their)\s+|(?<=[’']s)\s+)(?:(?:{_PLAN_WORDS})\s+)?(?P<name>{_NAME})"
                         rf"\s+(?P<kind>{kinds})(?![\w-])", text):
        kind, name = m.group("kind"), m.group("name")
        if kind in {"field", "fields"} and not re.search(r"-\d", name) and not _HYDROCARBON_RE.search(
                text[max(0, m.start() - 200):m.end() + 200]):
            continue  # "the Volta field" may be a farm or a sports ground; "Kora-1 field" is a well's
            # (with gas or oil around, "the Tamar field" is the gas field: round-31 A7)
        if kind in {"well", "wells"} and re.search(r"[^s]s$", name):
            continue  # "knew the Smiths well": an adverb after a plural, not a well
        if _usable(name, state) and not re.match(r"\s+(?:of|for)\b", text[m.end():m.end() + 5]):
            out.append(_cand(state, m.start("name"), name, alias=f"{name} {_KINDS[kind]}"))
    # "drilled Kora-1 well": a numbered well needs no article
    for m in re.finditer(rf"{_START}(?:(?:The|the)\s+)?(?P<name>{_WORD}-\d{{1,3}})\s+(?:well|wells)\b", text):
        if _usable(m.group("name"), state) and _starts_name(text, m.start("name")):
            out.append(_cand(state, m.start("name"), m.group("name"), alias=f"{m.group('name')} well"))
    return out


_HYDROCARBON_RE = re.compile(r"\b(?:gas|oil|LNG|offshore|drilling|drilled|hydrocarbons?|petroleum|condensate|"
                             r"reserves|shale|bcm|barrels|exploration)\b")
_PLAN_WORDS = "planned|proposed|new|existing|disputed|giant|massive|offshore|onshore|deepwater|ageing|aging|old|main"


def _apposed_place_names(text: str, state: State) -> list[Candidate]:
    """'the A, a tributary of ...', 'A, a river that ...', 'A, the crowded fishing quarter of B'."""
    out = []
    # "The Orno Vell, a bridge over the Kesh river", "Pella Dorn, the offshore gas field developed by ..." (session 28)
    nouns = "|".join(sorted(_APPOSED_PLACE_NOUNS + lexicon.ordered("apposed_facility_nouns"), key=len, reverse=True))
    for m in re.finditer(rf"{_START}(?:(?:The|the)\s+)?(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{nouns})"
                         rf"(?=\s*[,.;:)]|\s+(?:that|which|where|whose|of|in|on|near|at|off|along|about|some|north|"
                         rf"south|east|west|flowing|running|fed|home|known|over|across|between|linking|connecting|"
                         rf"built|developed|operated|\d))", text):
        if m.group("name").isupper() and m.group("noun") in lexicon.words("apposed_facility_nouns"):
            continue  # "PGD, the joint border post": an acronym, the alias of the post named before it
        desc = text[m.end("name"):m.start("noun")].replace(",", " ").split()[1:]  # after the article
        people = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("role_nouns")
        if any(not w.islower() or w in _DESC_STOP or w in people for w in desc):
            continue  # "X, the minister's home town", "X, the mayor of the town": someone described
        if _usable(m.group("name"), state) and _starts_name(text, m.start("name")):
            out.append(_cand(state, m.start("name"), m.group("name")))
    return out


def _resident_names(text: str, state: State) -> list[Candidate]:
    """'the fishermen of A', 'villagers of A'."""
    out = []
    nouns = "|".join(_RESIDENT_NOUNS)
    for m in re.finditer(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?(?P<name>{_NAME})(?![\w'’-]|\s+[A-Z])", text):
        if _usable(m.group("name"), state) and not re.match(r"['’]s\b", text[m.end():m.end() + 3]):
            out.append(_cand(state, m.start("name"), m.group("name")))
    return out



_FRONTING = frozenset({"In", "At", "From"})
_CALENDAR_RE = re.compile(rf"(?:{dates.CALENDAR_NAMES})")


def _fronted_places(state: State) -> list[Candidate]:
    """'In A the mood was grim', 'At A, fishermen said ...': a sentence that
    opens with In/At/From and one unknown capitalised word, then a comma or a
    lower-case word that starts the clause, sets the scene in a place. Not a
    month or weekday, a known non-place, a body, a possessive ("In Ana's
    view"), nor a word the text uses for a person ("Ana Ruiz", "A said") or
    lower-case elsewhere ("In Response, ...")."""
    out: list[Candidate] = []
    tokens = state.tokens
    for i, tok in enumerate(tokens[:-2]):
        if tok.text not in _FRONTING or not tok.is_sent_start or tok.idx < state.body_start:
            continue
        word, nxt = tokens[i + 1], tokens[i + 2]
        name = word.text
        if not re.fullmatch(rf"{CAP_CLASS}[\w'’-]+", name) or name.isupper() or word.whitespace_ != " " and nxt.text != ",":
            continue
        if not (nxt.text == "," or nxt.text[:1].islower() and nxt.text not in {"'s", "’s"}):
            continue  # "In Tuesday's vote", "In Ana Ruiz's view": no lone name before a clause
        if _CALENDAR_RE.fullmatch(name) or name in lexicon.given_names() or name in lexicon.words("language_names") \
                or not _usable(name, state) \
                or state.gaz.lookup(name) is not None:
            continue  # a known name is the gazetteer's to type
        if _person_like(name, state):
            continue
        out.append(Candidate(word.idx, word.idx + len(name), name, "Place", "rule"))
    return out


def _person_like(name: str, state: State) -> bool:
    """Does the text use ``name`` for a person or a thing: beside another
    capitalised word ("Ana Ruiz", "Ruiz Ana"), as a speaker ("Ruiz said"), or
    in lower case ("response")?"""
    text = state.text
    n = re.escape(name)
    speech = r"said|says|told|added|stated|argued|noted|explained|insisted|warned|wrote"
    for m in re.finditer(rf"(?<![\w'’-])({CAP_CLASS}[\w'’-]+) {n}(?![\w'’-])|(?<![\w'’-]){n} ({CAP_CLASS}[\w'’-]+)", text):
        other = m.group(1) or m.group(2)
        if other not in NOT_NAME_START and other not in _FRONTING:
            return True
    return bool(re.search(rf"(?<![\w'’-]){n},? (?:{speech})\b", text)
                or re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text))
