"""locatedIn from appositions, lists and inclusions the other place rules do not read.

* "Gaya, its counterpart a few kilometres south in Niger" -> Gaya locatedIn Niger
  (the place a twin or counterpart town is said to lie in).
* "Mbala, also in Northern Province" -> Mbala locatedIn Northern Province.
* "The Tarvo Region, which includes Ama and Lumi" -> each listed place lies in the region;
  "the Sokółka commune, which includes the village of Kuźnica" -> the village in the commune.
* "Slovak villages such as Brodské and Lipa" / "villages in Mali such as Ama" -> each in
  the country the demonym (or the "in" phrase) names.
* "in northern Mali, most of them in the Kayes and Koulikoro regions" -> the regions lie in
  Mali (and "the Kayes and Koulikoro regions" names two places).
* "the Kasa reservoir on the Kyrgyz side" -> in Kyrgyzstan (no comma before the side).
* "Tavo Island, one of the Kerin islands" -> in the island group (a named group of places).
* "Ostra, on the eastern tip of Varnia", "Lumi, on the northern coast of Tarvo" -> in the
  place whose edge the apposition names.
* "Ama, a town of some 600 people in northwest Tarvia", "Lumi, 45 kilometres away in Latvia",
  "the Osso Dam, upstream in Angola's Cunene province" -> in the place the apposition ends on
  (the region a possessive names: Cunene province).
* "Neuquén province, home to Vaca Muerta," -> Vaca Muerta in the province (what a place is home to
  lies in it).
* "In Benin's commercial capital, Cotonou," -> Cotonou in Benin (a possessive's capital, city or
  port set off before the name).

Only places the text names; a country is never located in anything here.
"""

from __future__ import annotations

import re

from kg.extract.evidence import country_key, evidence_for
from kg.extract.state import State

_PLACE = {"Place", "Country"}
_UNIT_WORDS = r"(?:regions|provinces|districts|counties|departments|states|oblasts|prefectures|governorates|municipalities)"


def apply(state: State) -> None:
    _counterpart_in(state)
    _also_in(state)
    _includes(state)
    _such_as(state)
    _of_them_in_units(state)
    _side_without_comma(state)
    _one_of_group(state)
    _on_edge_of(state)
    _described_in(state)
    _owner_capital_before(state)
    _home_to(state)
    _pair_of_kind_in(state)


def locate(state: State, m, target: str) -> None:
    """m's place lies in ``target`` (never a country in something, never a place in itself)."""
    if m.key == target or state.entity_type(m.key) != "Place" or state.entity_type(target) not in _PLACE:
        return
    entry = state.gaz.lookup(state.entities[m.key].label)
    if entry is not None and entry.country and state.entity_type(target) == "Country" \
            and entry.country != state.entities[target].label:
        return  # the gazetteer knows better
    state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=target)


def _place_mentions(state: State):
    return [m for m in state.mentions if m.start >= state.body_start and state.entity_type(m.key) == "Place"
            and not state.is_skipped(m.start, m.end)]


def _mention_starting(state: State, pos: int, types=_PLACE):
    hit = state.mention_at(pos, pos + 1, types)
    return hit if hit is not None and hit.start == pos else None


# ", its counterpart a few kilometres south in ", ", their twin town across the river in "
_COUNTERPART_RE = re.compile(r",\s+(?:its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}?(?:counterpart|twin|neighbou?r|"
                             r"opposite\s+number|sister\s+(?:town|city|port))\b[^,.;()]{0,50}?\bin\s+(?:the\s+)?")


def _counterpart_in(state: State) -> None:
    for m in _place_mentions(state):
        hit = _COUNTERPART_RE.match(state.text, m.end)
        if hit is None:
            continue
        target = _mention_starting(state, hit.end())
        if target is not None:
            locate(state, m, target.key)


# "Mbala, also in Northern Province", "Ama, likewise in the Tarvo region"
_ALSO_IN_RE = re.compile(r",\s+(?:also|likewise|similarly|equally|too|again)\s+in\s+(?:the\s+)?")


def _also_in(state: State) -> None:
    for m in _place_mentions(state):
        hit = _ALSO_IN_RE.match(state.text, m.end)
        if hit is None:
            continue
        target = _mention_starting(state, hit.end())
        if target is not None and not re.match(r"['’]s\s", state.text[target.end:target.end + 3]):
            locate(state, m, target.key)


# "The Zlín Region, which includes Kroměříž and Vsetín": the places listed after an including verb
_INCLUDES_RE = re.compile(r",?\s+(?:which|that)\s+(?:also\s+)?(?:includes?|included|comprises?|contains?|covers?|"
                          r"encompasses?|takes\s+in)\s+(?:the\s+(?:towns?|city|cities|villages?|hamlets?|districts|municipalities)\s+"
                          r"(?:of\s+)?)?")
_REGION_LABEL_RE = re.compile(r"\b(?:Region|Province|District|County|State|Department|Oblast|Prefecture|"
                              r"Governorate|Municipality|region|province|district|county|state|department|oblast|"
                              r"prefecture|governorate|municipality|Commune|commune|Canton|canton|Parish|parish|"
                              r"Voivodeship|voivodeship|gmina|Gmina)$")


def _includes(state: State) -> None:
    for m in _place_mentions(state):
        label = state.entities[m.key].label
        entry = state.gaz.lookup(label)
        # "the Sokółka commune" read as the place "Sokółka": the words as written carry the unit
        written = " ".join(state.text[m.start:m.end + 16].split(",")[0].split()[:len(label.split()) + 1])
        if not _REGION_LABEL_RE.search(label) and not _REGION_LABEL_RE.search(written) \
                and (entry is None or entry.section != "regions"):
            continue  # only an administrative unit includes towns ("the line, which includes ..." does not)
        unit = re.match(r"\s+(?:commune|canton|parish|gmina|municipality|district|county|province|region)\b",
                        state.text[m.end:m.end + 16])
        hit = _INCLUDES_RE.match(state.text, m.end + (unit.end() if unit else 0))
        if hit is None:
            continue
        for place in _listed(state, hit.end()):
            locate(state, place, m.key)


def _listed(state: State, pos: int) -> list:
    """The places listed from ``pos``: "A, B and C" (each a place mention, nothing else between)."""
    out = []
    sent_end = state.sentence_of(pos).end_char
    while pos < sent_end:
        m = _mention_starting(state, pos, {"Place"})
        if m is None:
            break
        out.append(m)
        sep = re.match(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", state.text[m.end:m.end + 8])
        if sep is None:
            break
        pos = m.end + sep.end()
    return out


# "Slovak villages such as Brodské", "Czech towns like Ama and Lumi"
_SUCH_AS_DEMONYM_RE = re.compile(r"\b(?P<dem>[A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+)?(?:villages|towns|cities|ports|"
                                 r"communities|municipalities|settlements|border\s+towns|regions|provinces|districts)"
                                 r"\s+(?:such\s+as|like|including)\s+")
# "villages in Mali such as Ama": the country after "in"
_SUCH_AS_IN_RE = re.compile(r"\b(?:villages|towns|cities|ports|communities|municipalities|settlements)\s+in\s+(?:the\s+)?"
                            r"(?P<where>[A-Z][^,.;]{1,40}?)\s+(?:such\s+as|like|including)\s+")


def _such_as(state: State) -> None:
    for hit in _SUCH_AS_DEMONYM_RE.finditer(state.text, state.body_start):
        country = state.gaz.country_of_demonym(hit.group("dem"))
        key = country_key(state, country.label) if country is not None and country.type == "Country" else None
        if key is None:
            continue
        for place in _listed(state, hit.end()):
            locate(state, place, key)
    for hit in _SUCH_AS_IN_RE.finditer(state.text, state.body_start):
        where = _mention_starting(state, hit.start("where"))
        if where is None or where.end != hit.end("where"):
            continue
        for place in _listed(state, hit.end()):
            locate(state, place, where.key)


# "in northern Mali, most of them in the Kayes and Koulikoro regions"
_OF_THEM_RE = re.compile(r",\s+(?:most|many|some|all|several|half|one|two|three|four|the\s+rest|the\s+majority)\s+of\s+"
                         r"(?:them|which|those)\s+in\s+the\s+")
_IN_COUNTRY_BEFORE_RE = re.compile(r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
                                   r"western|north-?eastern|north-?western|south-?eastern|south-?western|far|rural)\s+)*$")


def _of_them_in_units(state: State) -> None:
    for c in [m for m in state.mentions if m.start >= state.body_start and state.entity_type(m.key) == "Country"]:
        if _IN_COUNTRY_BEFORE_RE.search(state.text, max(0, c.start - 40), c.start) is None:
            continue
        hit = _OF_THEM_RE.match(state.text, c.end)
        if hit is None:
            continue
        places = _listed(state, hit.end())
        if not places or not re.match(rf"\s+{_UNIT_WORDS}\b", state.text[places[-1].end:places[-1].end + 20]):
            continue  # "the Kayes and Koulikoro regions": the unit word closes the list
        for place in places:
            locate(state, place, c.key)


# "the Kasa reservoir on the Kyrgyz side" (the comma form is read elsewhere)
_SIDE_RE = re.compile(r"\s+on\s+the\s+(?:(?:far|other|opposite)\s+)?(?P<dem>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+"
                      r"(?:side|bank|shore)\b(?:\s+of\s+(?:the\s+)?)?")
# "the Lunca canal on the Romanian side of the Danube Delta": the place also lies in a delta,
# lake or island one side of which holds it (never in a river or border it sits beside)
_SIDED_AREA_RE = re.compile(r"\b(?:[Dd]elta|[Ll]ake|[Ii]sland|[Pp]eninsula|[Bb]ay|[Vv]alley|[Bb]asin|[Pp]lain|[Mm]arshes|"
                            r"[Ll]agoon|[Ff]orest|[Mm]ountains)$")


def _side_without_comma(state: State) -> None:
    for m in _place_mentions(state):
        hit = _SIDE_RE.match(state.text, m.end)
        if hit is None:
            continue
        c = state.gaz.country_of_demonym(hit.group("dem"))
        key = country_key(state, c.label) if c is not None and c.type == "Country" else None
        if key is None:
            continue
        area = _mention_starting(state, hit.end(), {"Place"}) if re.search(r"\bof\s+(?:the\s+)?$", hit.group(0)) else None
        if area is not None and _SIDED_AREA_RE.search(state.entities[area.key].label):
            locate(state, m, area.key)
        locate(state, m, key)  # "on the Kyrgyz side of the border": in the country all the same


# "Tavo Island, one of the Kerin islands": a member of a named group of places lies in the group
_ONE_OF_RE = re.compile(r",\s+(?:one|another|part)\s+of\s+(?:the\s+)?")
_GROUP_LABEL_RE = re.compile(r"\b(?:[Ii]slands|[Ii]slets|[Ii]sles|[Aa]rchipelago|[Rr]egions|[Dd]istricts|[Pp]rovinces|"
                             r"[Tt]erritories|[Cc]ounties|[Ee]mirates|[Kk]eys|[Aa]tolls)$")


def _one_of_group(state: State) -> None:
    for m in _place_mentions(state):
        hit = _ONE_OF_RE.match(state.text, m.end)
        if hit is None:
            continue
        target = _mention_starting(state, hit.end(), {"Place"})
        if target is not None and _GROUP_LABEL_RE.search(state.entities[target.key].label):
            locate(state, m, target.key)


# "Ostra, on the eastern tip of Varnia", "on the northern coast of", "on the outskirts of": the
# place whose edge, coast or tip the apposition names (never "on the ... side of the border")
# ("Ama, a hamlet on the southern coast of Tarvo Island": a short description of the place may come first)
_EDGE_OF_RE = re.compile(r",\s+(?:which\s+(?:is|lies)\s+|lying\s+|located\s+|situated\s+"
                         r"|(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:town|village|hamlet|settlement|port|city|community)\s+)?on\s+the\s+"
                         r"(?:(?:far|extreme|very|north|south|east|west|north-?eastern|north-?western|south-?eastern|"
                         r"south-?western|northern|southern|eastern|western|central|rugged|remote)\s+){0,2}"
                         r"(?:tip|edge|coast|shore|shores|outskirts|fringes?|end|peninsula|banks?|corner)\s+of\s+(?:the\s+)?")


def _on_edge_of(state: State) -> None:
    for m in _place_mentions(state):
        hit = _EDGE_OF_RE.match(state.text, m.end)
        if hit is None:
            continue
        target = _mention_starting(state, hit.end())
        if target is not None and not re.match(r"['’]s\s", state.text[target.end:target.end + 3]):
            locate(state, m, target.key)


_DIRECTION = (r"(?:(?:far|extreme)\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
              r"north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|south-?western)")
# "Ama, a town of some 600 people in northwest Tarvia" (a lowercase noun phrase, numbers allowed),
# "Lumi, 45 kilometres away in Latvia", "the Osso Dam, upstream in Angola's X province"
_DESCRIBED_IN_RE = re.compile(
    # ("Ama, its main port in X", "a Tarvian army outpost in X": a possessive, a people's adjective)
    r",\s+(?:(?:a|an|the|one|its|their)\s+(?:(?:[a-z][\w-]*|\d[\d,.]*|(?P<demonym>[A-Z][a-z]+))\s+){1,7}?"
    r"|(?:(?:some|about|around|just|only|roughly|nearly)\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|metres|meters)\s+"
    r"(?:(?:away|further\s+[a-z]+|(?:up|down)(?:stream|river)|(?:to\s+the\s+)?" + _DIRECTION + r")\s+)"
    r"|(?:further\s+|farther\s+)?(?:up|down)(?:stream|river)\s+)"
    r"in\s+(?:the\s+)?(?:" + _DIRECTION + r"\s+)?"
    # ("a village in the department of Cholo": the unit word before the name)
    r"(?:(?:department|province|region|district|county|state|municipality|prefecture|governorate)\s+of\s+)?")
# the apposition must call the name a place ("a town of some 600 people", "the main rail stop")
_PLACE_NOUN_RE = re.compile(r"\b(?:towns?|city|cities|villages?|hamlets?|ports?|markets?|settlements?|communit(?:y|ies)|"
                            r"districts?|regions?|islands?|capital|stations?|stops?|dams?|sites?|camps?|crossings?|oasis|"
                            r"resorts?|harbou?rs?|suburbs?|neighbou?rhoods?|municipalit(?:y|ies)|communes?|count(?:y|ies)|"
                            r"valleys?|lakes?|reservoirs?|plants?|mines?|fields?|terminals?|hub|outposts?|posts?|"
                            r"checkpoints?|enclaves?|exclaves?|atolls?|peninsula|parish|borough|seaport|airport|airfields?|airbases?|"
                            r"bases?|garrisons?)\b")
_CLAUSE_WORD_RE = re.compile(r"\b(?:that|which|who|whose|where|when|has|have|had|is|was|are|were|will|would)\b")
# words that make the apposition another place's description ("a town across the river from X in Y")
_NOT_OWN_RE = re.compile(r"\b(?:from|with|opposite|facing|across|like|unlike|than|to|towards?|of\s+(?:its|their)|as)\b")


def _described_in(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]:
        typ = state.entity_type(m.key)
        if typ not in {"Place", "Person", "Organization"}:
            continue
        hit = _DESCRIBED_IN_RE.match(state.text, m.end, min(len(state.text), m.end + 90))
        if hit is None or _NOT_OWN_RE.search(hit.group(0)):
            continue
        if any(w[:1].isupper() and not state.gaz.country_of_demonym(w) for w in _description_words(hit)):
            continue  # a capitalised word in the description must be a people's adjective ("Honduran")
        distance = hit.group(0)[1:].lstrip()[:1].isdigit()
        described = re.match(r",\s+(?:a|an|the|one)\s", hit.group(0)) is not None
        if described and (not _PLACE_NOUN_RE.search(hit.group(0)) or _CLAUSE_WORD_RE.search(hit.group(0))):
            continue  # "the Kosi, an offer that has added urgency in Kathmandu": no place described
        if typ != "Place" and not (distance and _unclaimed(state, m.key)):
            continue  # "Lumi, 45 kilometres away in Latvia": only a distance makes a name a town
        target = _mention_starting(state, hit.end())
        if target is None:
            continue
        owned = re.match(r"['’]s\s+", state.text[target.end:target.end + 3])
        if owned:  # "in Angola's Cunene province": the province
            inner = _mention_starting(state, target.end + owned.end())
            if inner is None or state.entity_type(inner.key) != "Place":
                continue
            target = inner
        if typ != "Place":
            state.entities[m.key].type = "Place"
        locate(state, m, target.key)


# "the Koidu and Luhamo crossings in southern Tarvia": two named sites sharing a plural kind word,
# then the place both lie in
_PLURAL_KINDS = r"(?:crossings|border\s+crossings|posts|border\s+posts|checkpoints|ports|terminals|stations|villages|towns)"
_AND_RE = re.compile(r"(?:\s+(?:crossing|post|checkpoint|port|terminal|station|village|town))?\s+and\s+")
_KIND_IN_RE = re.compile(r"(?:\s+" + _PLURAL_KINDS + r")?\s+in\s+(?:the\s+)?(?:" + _DIRECTION + r"\s+)?")


def _pair_of_kind_in(state: State) -> None:
    mentions = _place_mentions(state)
    for a, b in zip(mentions, mentions[1:]):
        if not _AND_RE.fullmatch(state.text, a.end, b.start) or a.key == b.key:
            continue
        if not re.search(r"\b[Tt]he\s+$", state.text[max(0, a.start - 5):a.start]):
            continue
        words = state.text[b.start:b.end].split()
        kind = _KIND_IN_RE.match(state.text, b.end)
        if kind is None or not (re.match(r"\s+" + _PLURAL_KINDS, kind.group(0))
                                or re.fullmatch(_PLURAL_KINDS, words[-1].lower())):
            continue  # the plural kind word says the two are of one kind
        target = _mention_starting(state, kind.end())
        if target is None or re.match(r"['’]s\s", state.text[target.end:target.end + 3]):
            continue
        for m in (a, b):
            locate(state, m, target.key)


def _description_words(hit: re.Match) -> list[str]:
    """The words of an apposition after its determiner (", a Tarvian army outpost in" -> Tarvian army outpost)."""
    words = hit.group(0).split()
    return words[2:-1] if words and words[0] == "," else words[1:-1]


def _unclaimed(state: State, key: str) -> bool:
    """A name the finder took for a person or body that nothing else uses."""
    entity = state.entities[key]
    if entity.unnamed or entity.same_as or len(entity.label.split()) > 2:
        return False
    return not state.voiced(key) and not any(key in (r.subject, r.object) for r in state.relations)


# "In Benin's commercial capital, Cotonou," / "Ghana's main port, Tema,": the owner's place named after
_OWNER_CAPITAL_RE = re.compile(r"\b(?P<own>(?!(?:In|At|From|To|The|For|On|Near)\s)[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:capital|city|town|port|seaport|hub|gateway|village)\s*,\s*$")


def _owner_capital_before(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]:
        typ = state.entity_type(m.key)
        if typ not in {"Place", "Person", "Organization"}:
            continue
        hit = _OWNER_CAPITAL_RE.search(state.text, max(state.body_start, m.start - 60), m.start)
        if hit is None or not re.match(r"\s*[,.;)]", state.text[m.end:m.end + 2]):
            continue
        if typ != "Place" and not (state.text[m.end:m.end + 1] == "," and _unclaimed(state, m.key)):
            continue  # "Benin's capital, Walvisa, ...": a name set off after a capital is the capital
        owner = _mention_starting(state, hit.start("own"))
        if owner is None or owner.end != hit.end("own") or owner.key == m.key:
            continue
        state.entities[m.key].type = "Place"
        locate(state, m, owner.key)


# "Neuquén province, home to Vaca Muerta", "the X region, which is home to the Y field"
_HOME_TO_RE = re.compile(r",?\s+(?:(?:which|that)\s+is\s+|also\s+)?(?:the\s+)?home\s+(?:to|of)\s+(?:the\s+)?")


def _home_to(state: State) -> None:
    for m in _place_mentions(state):
        hit = _HOME_TO_RE.match(state.text, m.end)
        if hit is None:
            continue
        inner = _mention_starting(state, hit.end(), {"Place"})
        if inner is None or inner.key == m.key:
            continue
        locate(state, inner, m.key)
