"""Turn candidates into entities: canonical labels, aliases, within-document coreference.

* gazetteer names take the gazetteer's label ("U.S." -> "United States");
* a lone surname joins the full name it shortens ("Trudeau" -> "Justin Trudeau"),
  or a well-known person of that surname when the text never gives a full name;
* a shorter organisation name joins the longer one it ends ("Border Patrol" ->
  "US Border Patrol"), an acronym the name it abbreviates;
* "the agreement", "the 2002 pact", "the asylum deal" join the agreement named
  nearest to them;
* names in the headline count only when the body names the same entity.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import dates, entity_short_places, lexicon
from kg.extract.entities import Candidate, classify_org
from kg.extract.entity_ner import LOWER_TITLES_BEFORE_NAMES
from kg.extract.entity_units import split_unit
from kg.extract.entity_years import (
    YEAR_RE,
    agreement_of_year,
    agreement_years,
    formally_named,
    may_be_of_year,
    old_agreement,
    year_twins,
)
from kg.extract.state import MentionRef, State
from kg.iris import slugify
from kg.model import ORG_TYPES

_GENERIC_MODIFIER_STOP = frozenset(
    "new old current existing previous proposed revised updated final landmark historic "
    "bilateral that this same whole entire original decades-old years-old long-standing "
    "longstanding controversial joint planned draft possible future formal binding interim two-way "
    "fair good bad better best quick fast comprehensive balanced lasting durable broad modest limited partial "
    "better-than-expected landmark".split()
)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def resolve(state: State, candidates: list[Candidate]) -> None:
    """Create the document's entities and mentions from its candidates."""
    body = [c for c in candidates if c.start >= state.body_start]
    head = [c for c in candidates if c.start < state.body_start]
    full_names = _full_person_names(body)
    acronyms = _acronyms(state, body)
    org_labels = [_norm(c.text) for c in body if c.type in ORG_TYPES and c.gaz is None]
    _merge_described_agreements(body)
    canon = []
    for cand in body:
        if _bare_head(cand):
            label, type_, same_as = _bare_head_referent(state, cand, body)
        else:
            label, type_, same_as = _canonical(state, cand, full_names, acronyms, org_labels)
        if label is not None:
            canon.append((cand, label, type_, same_as))
    keep_apart = _regions_after_towns(state, body)
    canon = merge_variants(canon, keep_apart)
    resolved = []
    votes: dict[str, Counter] = {}
    # "Lublin province ... Lublin": a bare name beside a region of that name kept apart is its town;
    # "West Bengal ... Bengal's", "the Martín García channel ... Martín García": the name of a place.
    unit_names = {" ".join(label.split()[:-1]) for cand, label, type_, _ in canon
                  if type_ == "Place" and cand.start in keep_apart and len(label.split()) >= 2
                  and label.split()[-1].lower() in _ADMIN_UNITS}
    unit_names |= _place_name_parts(canon)
    for cand, label, type_, same_as in canon:
        resolved.append((cand, label, same_as))
        weight = 4 if cand.gaz is not None and type_ == cand.gaz.type else 2 if cand.source == "rule" else 1
        if type_ in {"Person", "Organization"} and cand.source == "ner" and (label in unit_names or _colony_context(state, cand)):
            type_, weight = "Place", 2
        if type_ in {"Person", "Organization"} and _after_media_cue(state, cand):
            type_, weight = "MediaOrganization", 3  # "the Chilean daily La Tercera"
        if type_ in {"Person", "Organization", "Place"} and cand.source == "ner" and " " not in label \
                and not label.isupper() \
                and _place_context(state, cand):
            type_, weight = "Place", 2  # "at Aflao", "Añelo, Neuquén Province": a one-word town
        votes.setdefault(slugify(label), Counter())[type_] += weight
    for cand, label, same_as in resolved:
        # One type per entity: the gazetteer, then rules, then the NER majority.
        type_ = votes[slugify(label)].most_common(1)[0][0]
        entity = state.add_entity(label, type_, same_as=same_as)
        entity.type = type_
        state.add_mention(entity.key, cand.start, cand.end)
        if cand.alias and cand.alias != entity.label:
            entity.aliases.add(cand.alias)  # "Peruvian Ministry of Foreign Trade"
    for acronym, label in acronyms.items():
        # "(AUSSOM)" defines an alias even where the model never tags it later
        key = slugify(label)
        if key in state.entities and acronym != state.entities[key].label:
            state.entities[key].aliases.add(acronym)
    _propagate(state)
    _short_names(state)
    entity_short_places.apply(state, absorb)  # "Congo" of "Democratic Republic of the Congo"
    _known_as(state)
    _as_is_known(state)
    _naming_phrases(state)
    _formal_titles(state)
    _apposed_names(state)
    _split_homonyms(state)
    _surname_places(state)
    for short, formal in year_twins(state):
        absorb(state, short, formal)  # "the 1998 Volta Agreement" is the Volta convention of 1998
    _generic_agreements(state)
    for cand in head:
        _headline_mention(state, cand)
    _headline_person(state)


_Canon = tuple[Candidate, str, str, list[str]]


def _bare_head(cand: Candidate) -> bool:
    """'the Commission said', 'Authority spokesman ...': a lone generic head word."""
    return cand.gaz is None and _norm(cand.text) in lexicon.words("bare_org_heads")


def _bare_head_referent(state: State, cand: Candidate, body: list[Candidate]) -> tuple[str | None, str, list[str]]:
    """A bare head word names the one organisation named before it whose name
    ends with that word ("the Canal Authority ... the Authority") or is headed by
    it ("the Ministry of Water ... the Ministry"). With none, or several, it
    names no entity of its own (label None): a word like "Commission" alone is
    no name."""
    head = _norm(cand.text)
    found: dict[str, tuple[str, list[str]]] = {}
    for c in body:
        if c.start >= cand.start:
            break
        if c.type not in ORG_TYPES | {"MediaOrganization"} or _bare_head(c):
            continue
        label = c.gaz.label if c.gaz is not None else _norm(c.text)
        names = {label, _norm(c.text)} | (set(c.gaz.names) if c.gaz is not None else set())
        if any(n != head and (n.endswith(" " + head) or re.match(rf"{re.escape(head)} (?:of|for|on)\b", n)) for n in names):
            found[label] = (c.gaz.type if c.gaz is not None else c.type, c.gaz.same_as if c.gaz is not None else [])
    if len(found) != 1:
        return None, cand.type, []
    label, (type_, same_as) = next(iter(found.items()))
    return label, type_, same_as


_FACILITY_HEADS = frozenset("bridge crossing dam reservoir plant tunnel port checkpoint barrage canal highway "
                            "railway pipeline terminal station airport".split())
_FACILITY_GENERIC = frozenset("international national binational".split())


def _regions_after_towns(state: State, cands: list[Candidate]) -> set[int]:
    """Starts of '<Name> region' candidates placed right after a town of that
    name: 'Puno, in Peru's Puno region' (the town is in the region, not it)."""
    out = set()
    for c in cands:
        m = re.fullmatch(rf"(.+?)\s+{_REGION_WORDS}", c.text)
        if m and c.type == "Place" and re.search(
                rf"(?<![\w-]){re.escape(m.group(1))},\s+in\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?$",
                state.text[max(0, c.start - 80):c.start]):
            out.add(c.start)
        elif m and c.type == "Place" and re.search(
                rf"\b(?:town|city|village|port|municipality)\s+of\s+{re.escape(m.group(1))}(?![\w-])", state.text):
            out.add(c.start)  # "Peru's Tumbes region ... the town of Tumbes": two places
        elif m and c.type == "Place" and _known_apart(state, c.text, m.group(1)):
            out.add(c.start)
    return out


# Words of a geographic name that are not the name itself: a compass lead ("West
# Bengal") or a landform kind ("Martín García channel"); facilities (bridges,
# dams, airports) are often named after people, so they do not count.
_COMPASS_LEADS = frozenset("West East North South Upper Lower Central Northern Southern Eastern Western".split())
_LANDFORM_KINDS = frozenset("channel strait straits canal island islands isle river lake bay gulf peninsula sea "
                            "valley delta basin archipelago".split())
_COLONY_RE = re.compile(r"\s+(?:was|were|is|remained|became)\s+(?:still\s+|then\s+|once\s+|long\s+)?(?:a|an)\s+"
                        r"(?:[a-z-]+\s+)?(?:colony|protectorate|territory|province|dominion|mandate)\b")


def _place_name_parts(canon: list[_Canon]) -> set[str]:
    """The bare names inside place labels: 'Bengal' of 'West Bengal', 'Martín
    García' of 'Martín García channel' (a person of that name is that place)."""
    out = set()
    for _, label, type_, _ in canon:
        words = label.split()
        if type_ != "Place" or len(words) < 2:
            continue
        if words[0] in _COMPASS_LEADS:
            out.add(" ".join(words[1:]))
        if words[-1].lower() in _LANDFORM_KINDS and words[-1].islower():
            out.add(" ".join(words[:-1]))
    return out


def _colony_context(state: State, cand: Candidate) -> bool:
    """'when Timor was still a colony': a name that was a colony is a place."""
    return " " not in cand.text.strip() and _COLONY_RE.match(state.text, cand.end) is not None


def _known_apart(state: State, region: str, bare: str) -> bool:
    """The data knows '<Name> province' and '<Name>' as two places: the region's
    entry does not list the bare name ("Kisumu County" is not the town of
    Kisumu; "Tavush province" is Tavush), or the bare name is a known town."""
    entry = state.gaz.lookup(region)
    if entry is not None and entry.type == "Place" and bare not in entry.names:
        return True
    town = state.gaz.lookup(bare)
    return town is not None and town.section == "places" and town.country is not None


# Administrative units named after their main town: "<Name> province" and
# "<Name>" are two places (the town lies in the unit).
_ADMIN_UNITS = frozenset("region province county district oblast governorate prefecture department voivodeship "
                         "canton municipality emirate territory division state".split())


def merge_variants(canon: list[_Canon], keep_apart: set[int] = frozenset()) -> list[_Canon]:
    """One entity for two ways of naming it in one text: 'the Torkham crossing'
    and 'Torkham', 'the Teesta river' and 'Teesta' (a place plus its kind word);
    'Treaty of Itaipu' and 'Itaipu Treaty' (the same words around 'of')."""
    kinds = set(lexicon.mapping("place_nouns")) | set(lexicon.words("locality_nouns"))
    labels = {label: type_ for _, label, type_, _ in canon}
    first_agreement: dict[frozenset[str], str] = {}
    first_facility: dict[tuple[str, ...], str] = {}
    out = []
    for cand, label, type_, same_as in canon:
        words = label.split()
        if type_ == "Place" and len(words) >= 2 and words[-1] in kinds and not same_as and cand.start not in keep_apart:
            short = " ".join(words[:-1])
            if labels.get(short) in {"Place", "Organization", "Person"}:
                label = short  # the name alone; the longer form stays an alias
        if type_ == "Place" and len(words) >= 2 and words[-1].lower() in _FACILITY_HEADS and not same_as:
            # "San Martín International Bridge" ... "the San Martín bridge": one bridge
            key = tuple(w.lower() for w in words if w.lower() not in _FACILITY_GENERIC)
            if len(key) >= 2:
                label = first_facility.setdefault(key, label)
        elif type_ == "Agreement" and not same_as:
            key = frozenset(w.lower() for w in words if w.lower() not in {"of", "the", "on", "for"})
            if key not in first_agreement:
                label = _formal_title_of(label, list(first_agreement.values())) or label
            label = first_agreement.setdefault(key, label)
        out.append((cand, label, type_, same_as))
    return out


def _formal_title_of(short: str, earlier: list[str]) -> str | None:
    """'the Common Land Boundary Treaty' after 'the Treaty between X and Y
    Establishing their Common Land Boundary': a short name made of a run of the
    long title's words plus its kind word is that agreement, not a new one."""
    words = short.split()
    head, name = words[-1].lower(), [w.lower() for w in words[:-1]]
    if len(name) < 2 or not re.fullmatch(_AGREEMENT_WORDS, head):
        return None
    for label in earlier:
        long_words = [w.lower() for w in label.split()]
        if head not in long_words or len(long_words) < len(words) + 2:
            continue
        if any(long_words[i:i + len(name)] == name for i in range(len(long_words) - len(name) + 1)):
            return label
    return None


def _after_media_cue(state: State, cand: Candidate) -> bool:
    """A name right after 'the daily', 'newspaper', 'the broadcaster' (optionally
    with a demonym between) is a media outlet."""
    before = state.text[max(0, cand.start - 40):cand.start].lower()
    cues = "|".join(re.escape(c) for c in sorted(lexicon.words("media_cues"), key=len, reverse=True))
    return bool(re.search(rf"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+)?(?:{cues})\s+$", before, re.I))


_PLACE_PREPS = frozenset("in at near from to into across via towards toward outside around opposite".split())


def _place_context(state: State, cand: Candidate) -> bool:
    """Does the text around a one-word name treat it as a place: after a place
    preposition ("a visit to Añelo"), or before ", in ..." / ", <Region>"?"""
    if re.search(r"\b(?:bridges?|crossings?|ferry|ferries|tunnel|dam|span|cable|pipeline)\s+(?:over|across|under|on)\s+(?:the\s+)?$",
                 state.text[max(0, cand.start - 40):cand.start], re.I):
        return True  # "the bridge over the Neris": what a bridge spans is a river or strait
    before = state.text[max(0, cand.start - 20):cand.start].split()
    if before and before[-1].lower() in _PLACE_PREPS and not re.match(r"\s*(?:['’]s|,\s*(?:who|whose|the|a|an)\b)", state.text[cand.end:cand.end + 8]):
        return True
    after = state.text[cand.end:cand.end + 60]
    if re.match(r",\s+in\s+(?:the\s+)?[A-Z]", after) and not _person_slot(state, cand):
        return True
    m = re.match(r",\s+((?:[A-Z][\w'’-]+\s?){1,3})", after)
    if m:
        entry = state.gaz.lookup(m.group(1).strip())
        if entry is not None and entry.type in {"Place", "Country"} and entry.section != "places":
            return True
        if m.group(1).split()[-1] in {"County", "Province", "Region", "District", "State", "Department", "Oblast"}:
            return True
    return False


def _person_slot(state: State, cand: Candidate) -> bool:
    """'his Hungarian counterpart, Szijjarto, in Budapest', 'Foreign Minister
    Szijjarto, in Budapest': a name apposed to a counterpart or an office, or
    right after a capitalised title, is a person where ", in <City>" follows."""
    before = state.text[max(0, cand.start - 40):cand.start]
    titles = lexicon.words("title_core") | {"counterpart", "counterparts"}
    m = re.search(r"([\w-]+),\s+$", before)
    if m and m.group(1).lower() in titles:
        return True
    m = re.search(r"\b([A-Za-z][\w-]*)\s+$", before)
    if m is None or m.group(1).lower() not in lexicon.words("title_core"):
        return False
    return m.group(1)[:1].isupper() or m.group(1) in LOWER_TITLES_BEFORE_NAMES  # "foreign minister Tsahkna, in Tallinn"


def _merge_described_agreements(cands: list[Candidate]) -> None:
    """'the Teesta water-sharing agreement' ... 'the Teesta accord': one agreement,
    named by its first description."""
    first_by_name: dict[str, str] = {}
    full = [c.text for c in cands if c.type == "Agreement" and all(
        w[:1].isupper() or w in {"of", "on", "the", "and", "in", "for"} for w in c.text.split())]
    for c in cands:
        if c.type != "Agreement" or c.gaz is not None:
            continue
        words = c.text.split()
        caps = [w for w in words if w[:1].isupper()]
        if not caps or len(caps) == len(words):
            continue  # fully capitalised names stand on their own
        name = " ".join(caps)
        containing = [f for f in full if f" {name} " in f" {f} " and f != c.text]
        if containing:  # "the Barents Sea treaty" -> "Treaty on ... in the Barents Sea ..."
            c.text = containing[0]
        elif name in first_by_name:
            c.text = first_by_name[name]
        else:
            first_by_name[name] = c.text


def _full_person_names(cands: list[Candidate]) -> list[tuple[int, str]]:
    """(position, full name) of person names with two or more words."""
    out = []
    for c in cands:
        if c.type == "Person":
            name = _norm(c.gaz.label if c.gaz else c.text)
            if len(name.split()) >= 2:
                out.append((c.start, name))
    return out


def _acronyms(state: State, cands: list[Candidate]) -> dict[str, str]:
    """'Department of Homeland Security (DHS)' -> {'DHS': label}."""
    out: dict[str, str] = {}
    for c in cands:
        m = re.match(r"\s*\(([A-Z][A-Z.&]{1,9})\)|,\s+(?:also\s+)?known\s+(?:by\s+(?:its|the)\s+(?:acronym|abbreviation|"
                     r"initials)|as)\s+([A-Z]{2,8})\b|,\s+or\s+([A-Z]{2,8})\b(?=\s*[,.;)])",
                     state.text[c.end: c.end + 50])  # "X, known by its acronym XB,", "X, or XB,"
        # "NW (Name Words)": the acronym before the bracketed name
        lead = re.search(r"(?<![\w'’-])([A-Z]{2,8}) \($", state.text[max(0, c.start - 12):c.start])
        if lead and c.type != "Person" and state.text[c.end:c.end + 1] == ")" \
                and _initials(_norm(c.text)).upper() == lead.group(1):
            out[lead.group(1)] = c.gaz.label if c.gaz else _norm(c.text)
        if m and c.type != "Person":
            out[(m.group(1) or m.group(2) or m.group(3)).replace(".", "")] = c.gaz.label if c.gaz else _norm(c.text)
    return out


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


def _canonical(
    state: State,
    cand: Candidate,
    full_names: list[tuple[int, str]],
    acronyms: dict[str, str],
    org_labels: list[str],
) -> tuple[str | None, str, list[str]]:
    text = _norm(cand.text)
    if text.isupper() and len(text) > 3 and cand.type == "Place" and cand.source == "rule" \
            and (" " in text or cand.start == 0 or state.text[cand.start - 1] == "\n"):  # not an acronym ("TOCFA")
        text = text.title()  # dateline "NEW DELHI" -> "New Delhi"
        entry = state.gaz.lookup(text)
        if entry is not None:
            return entry.label, entry.type, entry.same_as
    person = _given_name_owner(state, cand, text, full_names)
    if person is not None:  # "Aisha was more cautious": the Aisha named in full before
        entry = state.gaz.lookup(person)
        return person, "Person", entry.same_as if entry else []
    if _region_beside_town(state, cand, text):
        return text, "Place", []  # "Puno, in Peru's Puno region": the region is not the town
    if cand.gaz is not None and not (cand.gaz.type == "Person" and " " not in text):
        return cand.gaz.label, cand.gaz.type, cand.gaz.same_as
    entry = state.gaz.lookup(text)
    if entry is not None and entry.type != "Person":
        return entry.label, entry.type, entry.same_as
    rep = re.fullmatch(r"(?:the\s+)?(?:(?:Federal|Islamic|People's|Democratic|United|Plurinational|Bolivarian|Socialist|Arab|Oriental)\s+)*"
                       r"(?:Republic|Kingdom|State|Sultanate|Principality|Commonwealth)\s+of\s+(?:the\s+)?(.+)", text)
    if rep and cand.type in ORG_TYPES | {"Place"}:
        country = state.gaz.country(rep.group(1))
        if country is not None:  # "the Republic of Honduras" is Honduras
            return country.label, country.type, country.same_as
    gov = re.fullmatch(r"(?:the\s+)?(?:Federal\s+|National\s+|Transitional\s+|Royal\s+)?Government\s+of\s+(?:the\s+)?"
                       r"(?:(?:(?:Federal|Islamic|People's|Democratic|United|Plurinational|Bolivarian|Socialist|Arab|"
                       r"Oriental|Cooperative|Hashemite)\s+)*(?:Republic|Kingdom|State|Sultanate|Principality)\s+of\s+(?:the\s+)?)?(.+)", text)
    if gov and cand.type in ORG_TYPES:
        country = state.gaz.country(gov.group(1))
        if country is not None:  # "the Federal Government of Somalia" acts as Somalia
            return country.label, country.type, country.same_as
    words = text.split()
    if len(words) == 1:
        # A lone word that is the surname (or given name) of a full name in the text.
        person = _person_for_word(text, cand.start, full_names)
        if person is not None and cand.type in {"Person", "Organization", "Place", "GovernmentAgency"}:
            entry = state.gaz.lookup(person)
            return person, "Person", entry.same_as if entry else []
        if cand.type == "Person":
            known = state.gaz.by_surname.get(text, [])
            if len(known) == 1:
                return known[0].label, "Person", known[0].same_as
            if cand.gaz is not None:
                return cand.gaz.label, "Person", cand.gaz.same_as
    if 2 <= len(words) <= 3 and cand.type in {"Person", "Organization", "Place", "GovernmentAgency"}:
        # "Ruiz Montalbán" of "Elena Ruiz Montalbán", "El Amrani" of "Youssef El Amrani":
        # a compound surname is the tail of a longer full name in the text.
        person = _person_for_tail(text, cand.start, full_names)
        if person is not None:
            entry = state.gaz.lookup(person)
            return person, "Person", entry.same_as if entry else []
    dated = re.match(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                     r"(?:1[89]|20)\d\d (?=[A-Z])", text)
    if cand.type == "Agreement" and dated:
        text = text[dated.end():]  # "1984 Treaty of Peace and Friendship", "the May 2014 X Agreement": the date is not the name
        entry = state.gaz.lookup(text)
        if entry is not None:
            return entry.label, entry.type, entry.same_as
    short = re.fullmatch(r"([A-Z][A-Z.&-]{1,9})\s+([A-Za-z]+)", text)
    if cand.type == "Agreement" and short and short.group(1).replace(".", "") in acronyms \
            and re.fullmatch(_AGREEMENT_WORDS, short.group(2).lower()):
        target = acronyms[short.group(1).replace(".", "")]  # "the JDZ agreement": the agreement "(JDZ)" named
        if any(re.fullmatch(_AGREEMENT_WORDS, w.lower()) for w in target.split()):
            entry = state.gaz.lookup(target)
            return target, entry.type if entry else "Agreement", entry.same_as if entry else []
    if cand.type in ORG_TYPES:
        key = text.replace(".", "")
        if key in acronyms:
            target = acronyms[key]
            # "Uganda's Revenue Service (URS) ... the Uganda Revenue Service ... the URS": the fuller name
            target = next((o for o in org_labels if o != target and o.endswith(" " + target)
                           and len(o.split()) <= len(target.split()) + 2), target)
            entry = state.gaz.lookup(target)
            return target, entry.type if entry else cand.type, entry.same_as if entry else []
        owner = _possessive_owner(state, cand.start)
        for other in org_labels:
            if other != text and other.endswith(" " + text) and len(other.split()) <= len(words) + 2:
                if not _same_owner(state, owner, other[:-len(text)].strip()) or not _same_owner_in_text(state, owner, other):
                    continue  # "Zambia's Revenue Authority" is not the "Kenya Revenue Authority"
                entry = state.gaz.lookup(other)
                return other, entry.type if entry else cand.type, entry.same_as if entry else []
            if other != text and text.isupper() and _initials(other) == text:
                return other, cand.type, []
    return text, cand.type, []


def _possessive_owner(state: State, start: int) -> str | None:
    """The country a possessive right before ``start`` names ("Zambia's Revenue
    Authority" -> Zambia), if the gazetteer knows it as a country."""
    m = re.search(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s\s+(?:the\s+)?$", state.text[max(0, start - 40):start])
    entry = state.gaz.country(m.group(1)) if m else None
    return entry.label if entry is not None else None


def _same_owner(state: State, owner: str | None, prefix: str) -> bool:
    """May a name owned by ``owner`` join a longer name led by ``prefix``? Not
    when the prefix names another country ("Kenya", "Kenyan")."""
    if owner is None:
        return True
    entry = state.gaz.country(prefix) or state.gaz.country_of_demonym(prefix)
    return entry is None or entry.label == owner


def _same_owner_in_text(state: State, owner: str | None, other: str) -> bool:
    """"Eswatini's Revenue Service" is not "Botswana's Unified Revenue Service":
    a longer name the text always gives another country's possessive is that
    country's body."""
    if owner is None:
        return True
    owners = {_possessive_owner(state, m.start())
              for m in re.finditer(rf"(?<![\w-]){re.escape(other)}(?![\w-])", state.text)}
    return not owners or None in owners or owner in owners


_REGION_WORDS = r"(?:[Rr]egion|[Dd]epartment|[Pp]rovince|[Ss]tate|[Oo]blast|[Dd]istrict|[Cc]ounty|[Gg]overnorate|[Pp]refecture)"


def _region_beside_town(state: State, cand: Candidate, text: str) -> bool:
    """'<Name> region/department/...' while the bare name is also used in the
    text (a town of that name): two places, not one."""
    m = re.fullmatch(rf"(?:the\s+)?(.+?)\s+{_REGION_WORDS}", text)
    if m is None or cand.type not in {"Place", "Country"}:
        return False
    name = re.escape(m.group(1))
    body = state.text[state.body_start:]
    return any(not cand.start <= state.body_start + x.start() < cand.end
               for x in re.finditer(rf"(?<![\w-]){name}(?![\w-])(?!\s+{_REGION_WORDS}\b)", body))


def _given_name_owner(state: State, cand: Candidate, text: str, full_names: list[tuple[int, str]]) -> str | None:
    """The one full person name in the text that has ``text`` as one of its
    words: a lone given name ("Aisha", "Victoria") names that person, whatever
    type the model or the gazetteer gave the word. Countries, agreements and
    words used as places ("in Victoria") keep their reading."""
    if " " in text or cand.type == "Agreement" or len(text) < 3 or not text[:1].isupper():
        return None
    if cand.gaz is not None and cand.gaz.type != "Place":
        return None
    owners = {name for _, name in full_names if text in name.split()[:-1] or text == name.split()[-1]}
    if len(owners) != 1:
        return None
    if cand.gaz is not None and _place_context(state, cand):
        return None
    return owners.pop()


def _person_for_tail(text: str, pos: int, full_names: list[tuple[int, str]]) -> str | None:
    """The full name (with more words) whose last words are ``text``, nearest before ``pos``."""
    n = len(text.split())
    matches = [(p, name) for p, name in full_names
               if len(name.split()) > n and " ".join(name.split()[-n:]) == text]
    if not matches:
        return None
    before = [m for m in matches if m[0] <= pos]
    return (before[-1] if before else matches[0])[1]


def _person_for_word(word: str, pos: int, full_names: list[tuple[int, str]]) -> str | None:
    matches = [(p, n) for p, n in full_names if n.split()[-1] == word]
    if not matches:  # "Ibarra" of "Raquel Ibarra Lozano", "Tesfaye" of "Tesfaye Alemu"
        matches = [(p, n) for p, n in full_names if word in n.split()[1:-1]]
    if not matches:
        matches = [(p, n) for p, n in full_names if n.split()[0] == word]
    if not matches:
        return None
    before = [m for m in matches if m[0] <= pos]
    return (before[-1] if before else matches[0])[1]


def _propagate(state: State) -> None:
    """Name occurrences the NER missed: every further occurrence of a label,
    alias or (for people) surname in the body becomes a mention too."""
    forms: dict[str, str] = {}
    for key, entity in list(state.entities.items()):
        if entity.unnamed or entity.type == "Position":
            continue
        names = {entity.label, *entity.aliases}
        if entity.type == "Person" and " " in entity.label:
            names.add(entity.label.split()[-1])
            parts = entity.label.split()
            if len(parts) >= 3 and parts[-2][:1].isupper() and parts[-2] not in lexicon.given_names():
                names.add(" ".join(parts[-2:]))  # "Ruiz Montalbán" of "Elena Ruiz Montalbán"
            # "Abdi Warsame Hassan" ... "Warsame said": a middle part is a short form too.
            for part in entity.label.split()[1:-1]:
                if part[:1].isupper() and part not in lexicon.given_names() and len(part) > 3:
                    names.add(part)
        for name in names:
            if len(name) > 2 and name[:1].isupper():
                forms.setdefault(name, key)
    # "Aisha was more cautious": a given name shared by no other person or name
    # in the text is a short form too (common for Malay, Arab and Indonesian names).
    given: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.type == "Person" and not entity.unnamed and len(entity.label.split()) >= 2:
            given.setdefault(entity.label.split()[0], set()).add(key)
            for part in entity.label.split()[1:]:
                given.setdefault(part, set()).add("")  # also a later part of some name: ambiguous
    for name, keys in given.items():
        if len(keys) == 1 and "" not in keys and len(name) > 2 and name[:1].isupper() and name not in forms \
                and state.gaz.lookup(name) is None and name.lower() not in lexicon.words("honorifics"):
            forms[name] = next(iter(keys))
    if not forms:
        return
    pattern = re.compile(
        r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])"
    )
    for m in pattern.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()) or state.mention_at(m.start(), m.end()) is not None:
            continue
        span = state.doc.char_span(m.start(), m.end())
        if span is None or not (any(t.pos_ == "PROPN" for t in span) or _unmistakable(state, span, forms[m.group(0)])):
            continue  # "May" the month, "Young" the adjective
        state.add_mention(forms[m.group(0)], m.start(), m.end())


# Words that lead many names and so shorten none ("National", "Ministry", "Royal").
_GENERIC_LEADS = frozenset("national state royal united new north south east west central federal international joint "
                           "general first republic people's great upper lower greater".split())
# Heads of names given after a person ("Mandela Foundation"): the short form is the person's.
_NAMED_AFTER_HEADS = frozenset("Foundation Institute University Centre Center Trust Prize Fund Library School College "
                               "Hospital Museum Society Award Stadium Airport".split())
# Facilities a text may later call by their bare name ("the Kariba Dam ... depends on
# Kariba"); bridges, ports and crossings are named after the towns they join, so stay apart.
_FACILITY_TAILS = frozenset("Dam Barrage Reservoir Plant Weir Mine Hydropower Airport Airfield Aerodrome".split())
# Particles inside Spanish/Portuguese place names, and the lead words locals use alone.
_PLACE_PARTICLES = frozenset("del do da dos das".split())
_SHORTENED_LEADS = frozenset("Puerto Porto Ciudad Villa Vila".split())
_LINKED = re.compile(r"\b(?:link|links|linking|linked|connect|connects|connecting|connected|between|from|to|and|in|at|near)\s+$")
_TOWN_OF = re.compile(r"\b(?:town|city|village|port|municipality|settlement|district|province|region)\s+of\s+$", re.I)


def _short_forms(state: State, entity) -> list[str]:
    """Shorter names a text may use later for an organisation ('Nordic Gas
    Company' -> 'Nordic Gas', 'Nordic'; 'Minas Andinas, S.A.' -> its bare name)
    or a named facility ('the Kariba Dam' -> 'Kariba')."""
    words = entity.label.split()
    if entity.type == "Place":
        if len(words) >= 2 and words[-1] in _FACILITY_TAILS:
            return [" ".join(words[:-1])]
        particle = next((i for i, w in enumerate(words) if w in _PLACE_PARTICLES), None)
        if particle and words[0][:1].isupper():
            return [" ".join(words[:particle])]  # "Colonia del Sacramento ... ferries from Colonia"
        if len(words) == 2 and words[0] in _SHORTENED_LEADS:
            return [words[0]]  # "Puerto Maldonado ... traders in Puerto"
        return []
    if len(words) < 2 or set(words) & _NAMED_AFTER_HEADS:
        return []
    unit = split_unit(entity.label)
    if unit is not None:
        return []  # "Volta Basin Authority Secretariat": "Volta Basin Authority" is the body, not a short form
    forms = [a for a in entity.aliases if a != entity.label and entity.label.startswith(a + ",")]
    generic = lexicon.words("org_heads") | {w.title() for w in lexicon.words("portfolio_words")}
    for n in range(1, len(words)):
        lead = words[:n]
        if lead[-1] in {"of", "for", "and", "the", "de", "du", "des", "del", "la"} or lead[-1].endswith(","):
            break
        if lead[0].lower() in _GENERIC_LEADS or lead[0] in generic or not lead[0][:1].isupper():
            break
        forms.append(" ".join(lead))
    return forms


def _short_names(state: State) -> None:
    """'Nordic Gas Company ... Nordic holds a third', 'the Kariba Dam ... depends
    on Kariba': a later name equal to the leading words of an organisation's
    name (or a facility's name without its kind word) is that organisation or
    facility, not a new entity, unless it names a place or country the text
    introduces on its own ("the town of Kariba") or two names share it."""
    owners: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.unnamed or not (entity.type in ORG_TYPES or entity.type == "Place"):
            continue
        if state.gaz.lookup(entity.label) is not None and entity.type != "Place":
            continue
        for form in _short_forms(state, entity):
            owners.setdefault(form, set()).add(key)
    if not owners:
        return
    places = [e.label for e in state.entities.values() if e.type in {"Place", "Country"}]
    first = {m.key: m.start for m in reversed(state.mentions) if m.start >= state.body_start}
    for key, entity in list(state.entities.items()):
        targets = owners.get(entity.label)
        if not targets or len(targets) != 1 or entity.unnamed or key in targets:
            continue
        target = next(iter(targets))
        if key not in first or target not in first or first[target] > first[key]:
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is not None or state.gaz.country_of_demonym(entity.label) is not None:
            continue  # "Ghana" of "Ghana Grid Company": the country itself
        refs = [m for m in state.mentions if m.key == key]
        facility = state.entities[target].type == "Place" and state.entities[target].label.split()[-1] in _FACILITY_TAILS
        if any(_TOWN_OF.search(state.text[max(0, m.start - 30):m.start])
               or facility and _LINKED.search(state.text[max(0, m.start - 30):m.start]) for m in refs):
            continue  # "the town of Kariba", "linking Kariba and X": a place of its own
        target_type = state.entities[target].type
        if target_type in ORG_TYPES:
            if entity.type in {"Place", "Country"} or any(p.startswith(entity.label + " ") for p in places):
                continue  # "Volta" beside "Volta Region": maybe the region or its river
            if entity.type == "Person" and (entity.label in lexicon.given_names() or " " in entity.label
                                            and state.gaz.lookup(entity.label.split()[0]) is None
                                            and entity.label.split()[0] in lexicon.given_names()):
                continue
        elif entity.type == "Country":
            continue
        absorb(state, key, target)
    _short_name_mentions(state, owners, places)


def _short_name_mentions(state: State, owners: dict[str, set[str]], places: list[str]) -> None:
    """Occurrences of an organisation's short name the NER missed ('Tasman holds
    a third'): only as the subject of a verb or an owner ("Tasman's board"),
    never after "the", inside a longer name, or when the word names anything else."""
    labels = {e.label for e in state.entities.values()}
    for form, keys in owners.items():
        if len(keys) != 1 or form in labels or state.gaz.lookup(form) is not None \
                or state.gaz.country_of_demonym(form) is not None or any(p.startswith(form + " ") for p in places):
            continue
        key = next(iter(keys))
        target = state.entities[key]
        if target.type not in ORG_TYPES and target.type != "Place":
            continue
        facility = target.type == "Place" and target.label.split()[-1] in _FACILITY_TAILS
        first = min((m.start for m in state.mentions if m.key == key), default=None)
        if first is None:
            continue
        for m in re.finditer(rf"(?<![\w’'.-]){re.escape(form)}(?![\w-])", state.text):
            if m.start() <= first or state.mention_at(m.start(), m.end()) is not None or state.is_skipped(m.start(), m.end()):
                continue
            if re.search(r"\b(?:[Tt]he|[A-Z][\w’'-]*)\s+$", state.text[max(0, m.start() - 20):m.start()]) \
                    and not state.doc.char_span(m.start(), m.end(), alignment_mode="expand")[0].is_sent_start:
                continue  # "the Tasman ...", "Lake Tasman": not the company
            span = state.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            nxt = span[-1].nbor(1) if span is not None and span[-1].i + 1 < len(state.doc) else None
            # A place is also named as the object of a preposition: "water from Katse",
            # "traders in Puerto" (a dam only after "on/from/behind": "in Katse" is the town).
            prep = (_FACILITY_PREP if facility else _PLACE_PREP).search(state.text[max(0, m.start() - 10):m.start()])
            if target.type == "Place" and prep is not None and not re.match(r"\s+(?:[A-Z]|de\b|del\b|do\b|da\b)", state.text[m.end():m.end() + 5]):
                state.add_mention(key, m.start(), m.end())
                continue
            if nxt is None or not (nxt.text in {"'s", "’s"} or nxt.pos_ in {"VERB", "AUX"} and nxt.tag_ in {"VBZ", "VBD", "MD"}):
                continue
            state.add_mention(key, m.start(), m.end())


_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|into|near|via|on|outside|around)\s+$")
_FACILITY_PREP = re.compile(r"\b(?:on|from|behind)\s+$")


def absorb(state: State, source: str, target: str) -> None:
    """Make ``source`` another name of ``target``: its mentions and names move over."""
    if source == target or source not in state.entities or target not in state.entities:
        return
    src, dst = state.entities.pop(source), state.entities[target]
    state.mentions = [MentionRef(m.start, m.end, target) if m.key == source else m for m in state.mentions]
    dst.mentions = sorted([*dst.mentions, *src.mentions], key=lambda sp: sp.start)
    dst.aliases |= {n for n in (src.label, *src.aliases) if n != dst.label}
    for iri in src.same_as:
        if iri not in dst.same_as:
            dst.same_as.append(iri)


_KNOWN_AS = re.compile(
    r"(?P<lead>,?\s+(?:also\s+|locally\s+|commonly\s+|often\s+)?known\s+)"
    r"(?:(?:locally|in\s+(?:the\s+)?[A-Z][\w\s]{1,30}?)\s+)?as\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s+and\s+(?:in\s+(?:the\s+)?[A-Z][\w\s]{1,30}?\s+)?as\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?"
)


def _known_as(state: State) -> None:
    """'The shoal, known in the Philippines as Ayungin Shoal and in China as
    Ren'ai Jiao, ...': the other names are aliases of the place meant, named
    just before or described ("the shoal" = the shoal named most so far)."""
    for m in _KNOWN_AS.finditer(state.text, state.body_start):
        before = state.text[max(0, m.start() - 40):m.start()]
        referent = None
        hit = [x for x in state.mentions if x.end == m.start() and state.entity_type(x.key) in {"Place", "Organization", "GovernmentAgency"}]
        if hit:
            referent = hit[0].key
        else:
            desc = re.search(r"\b[Tt]he\s+([a-z]+)$", before)
            if desc:
                counts = Counter(x.key for x in state.mentions if state.body_start <= x.start < m.start()
                                 and state.entity_type(x.key) == "Place"
                                 and state.entities[x.key].label.split()[-1].lower() == desc.group(1))
                referent = counts.most_common(1)[0][0] if counts else None
        if referent is None:
            continue
        for g in ("a", "b"):
            if m.group(g):
                for x in state.mentions_in(m.start(g), m.end(g)):
                    if state.entity_type(x.key) == state.entity_type(referent) or state.entity_type(x.key) in {"Place", "Organization", "Person"}:
                        absorb(state, x.key, referent)


_AS_IS_KNOWN = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+as\s+(?:the|its|their)\s+(?P<desc>(?:[\w-]+\s+){0,4}?)"
    r"(?P<head>[a-z]+)\s+is\s+(?:also\s+|commonly\s+|widely\s+|often\s+|locally\s+)?(?:known|called)\b"
)


def _as_is_known(state: State) -> None:
    """'KAS, as the administration is known by its Polish initials,' /
    'Rosavtodor, as the Russian road agency is known,': the short name is
    another name of the organisation the descriptor means, the last one named
    before whose name holds the head noun; with none, the short name itself is
    that organisation, typed by the descriptor ('road agency' -> an agency)."""
    for m in _AS_IS_KNOWN.finditer(state.text, state.body_start):
        names = [x for x in state.mentions_in(m.start("name"), m.end("name"))]
        if not names:
            continue
        key = names[-1].key
        head = m.group("head")
        referent = None
        for x in sorted(state.mentions, key=lambda x: x.start, reverse=True):
            if x.start >= m.start("name") or x.key == key or x.start < state.body_start:
                continue
            entity = state.entities.get(x.key)
            if entity is not None and entity.type in ORG_TYPES and not entity.unnamed \
                    and head in {w.lower() for n in (entity.label, *entity.aliases) for w in n.split()}:
                referent = x.key
                break
        if referent is not None:
            absorb(state, key, referent)
            continue
        if state.entity_type(key) in {"Organization", "Person", "Place"}:
            kind = classify_org(f"{m.group('desc')}{head}")
            if kind != "Organization" or head in {"company", "firm", "group", "association", "organisation", "organization"}:
                state.entities[key].type = kind


# Kind words of a facility and the words a text uses for the same thing
# ("the Kazungula Bridge ... The crossing, better known as ...").
_FACILITY_KINDS = {
    "crossing": {"bridge", "crossing", "checkpoint", "post", "pass", "gate", "tunnel"},
    "bridge": {"bridge", "crossing"},
    "span": {"bridge"},
    "link": {"bridge", "tunnel", "railway", "road", "highway", "pipeline"},
    "dam": {"dam", "barrage", "reservoir", "plant", "project"},
    "reservoir": {"dam", "reservoir", "lake"},
    "plant": {"plant", "dam", "station", "project"},
    "port": {"port", "harbour", "harbor", "terminal"},
    "pipeline": {"pipeline"},
    "checkpoint": {"checkpoint", "crossing", "post"},
}
_AGREEMENT_WORDS = ("accord|agreement|deal|pact|treaty|protocol|convention|memorandum|arrangement|"
                    "compact|charter|understanding")
_NAMING_RE = re.compile(
    r"(?P<lead>(?:(?:better|also|commonly|popularly|locally|widely|simply|more\s+often|usually)\s+)?known\s+"
    r"(?:locally\s+|in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?as"
    r"|(?:simply\s+|usually\s+|often\s+|now\s+|still\s+)?call(?:s|ed)?\s+(?P<obj>it|this|the\s+(?:[a-z-]+\s+)?(?!the\b)(?P<objnoun>[a-z]+))"
    r"|\bit\s+is\s+(?:usually|often|simply|commonly|widely|generally|mostly|known\s+as)"
    r"|\b(?:dubbed|nicknamed|referred\s+to\s+as)"
    r"|\b(?P<bare>which|that)\s+(?:[\w’'-]+\s+){0,3}?(?:simply\s+|usually\s+|often\s+)?call(?:s|ed)?(?=\s+(?:the\s+)?[A-Z]))"
    r"\s+(?:the\s+)?"
)


def _naming_phrases(state: State) -> None:
    """Other names given by naming phrases are aliases, not new entities:
    "The crossing, better known as the Rosa bridge, ...", "negotiators simply
    call the pact the FRA", "officials call it the water accord; elsewhere it is
    usually the Titicaca accord". The referent is the name just before the
    phrase, else the last entity of the kind the phrase or its target names."""
    for m in _NAMING_RE.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()):
            continue
        pos = m.end()
        target = next((x for x in state.mentions if x.start == pos and x.key in state.entities), None)
        desc = None
        if target is None:
            d = re.match(rf"((?:[A-Za-z][\w’'-]*\s+){{0,2}}(?:{_AGREEMENT_WORDS}|bridge|crossing|dam|road|corridor))\b",
                         state.text[pos:pos + 60])
            if d is None or state.text[pos:pos + 1].isupper() and state.mention_at(pos, pos + 1) is not None:
                continue
            desc = d.group(1)
        target_type = state.entity_type(target.key) if target else (
            "Agreement" if re.search(rf"\b(?:{_AGREEMENT_WORDS})$", desc or "") else "Place")
        referent = _naming_referent(state, m, target_type)
        if referent is None:
            continue
        if target is not None:
            if target.key == referent:
                continue
            ttype, rtype = state.entity_type(target.key), state.entity_type(referent)
            acronym = state.entities[target.key].label.isupper() and not re.match(r"it\b", m.group(0))
            if re.match(r"it\b", m.group(0)) and ttype not in {"Agreement", "Place"}:
                continue  # "it is usually UNHCR that ...": no naming
            if ttype == rtype or acronym and (ttype in ORG_TYPES | {"Agreement"} or rtype in ORG_TYPES | {"Agreement"}) \
                    or {ttype, rtype} <= {"Place", "Organization", "GovernmentAgency"}:
                absorb(state, target.key, referent)
        elif desc:
            state.entities[referent].aliases.add(" ".join(desc.split()))


def _naming_referent(state: State, m: re.Match, target_type: str) -> str | None:
    """The entity a naming phrase renames (see :func:`_naming_phrases`)."""
    before = [x for x in state.mentions if x.end <= m.start() and x.start >= state.body_start and x.key in state.entities]
    target = next((x for x in state.mentions if x.start == m.end() and x.key in state.entities), None)
    if before and target is not None and state.entities[target.key].label.isupper() \
            and re.fullmatch(r"\s*,\s*", state.text[before[-1].end:m.start()]) \
            and state.entity_type(before[-1].key) in ORG_TYPES | {"Agreement"}:
        return before[-1].key  # "the 2001 Lake Fisheries Agreement, known as the LFA"
    noun = m.group("objnoun")
    if noun is None:
        d = re.search(r"\b[Tt]he\s+([a-z]+)\s*,\s*$", state.text[max(0, m.start() - 40):m.start()])
        noun = d.group(1) if d else None
    if noun and re.fullmatch(_AGREEMENT_WORDS, noun):
        kinds, want = None, "Agreement"
    elif noun in _FACILITY_KINDS:
        kinds, want = _FACILITY_KINDS[noun], "Place"
    elif noun is None and (m.group("obj") or m.group("bare") or re.match(r"it\b", m.group(0))):
        kinds, want = None, ("Agreement" if target_type in ORG_TYPES | {"Agreement"} else target_type)
    else:
        return None
    sent_start = state.sentence_of(m.start())[0].idx if state.sentence_of(m.start()) else 0
    for x in reversed(before):
        if state.entity_type(x.key) != want:
            continue
        if kinds is not None and state.entities[x.key].label.split()[-1].lower() not in kinds:
            continue
        if kinds is None and want == "Place" and x.start >= sent_start and re.search(r"\b(?:in|at)\s+$", state.text[max(0, x.start - 4):x.start]):
            continue  # "in Lima call it ...": the speakers' town is not what they name
        return x.key
    return None


def _formal_titles(state: State) -> None:
    """'Agreement on Fishing Rights between the Government of the Republic of X
    and the Government of Y': the parties are named apart, but the whole title
    is another name of the agreement."""
    side = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+the|of|[A-Z][\w’'-]*))*"
    tail_re = re.compile(rf"\s+[Bb]etween\s+{side}\s+and\s+{side}")
    for x in list(state.mentions):
        if x.key not in state.entities or state.entity_type(x.key) != "Agreement" or x.start < state.body_start:
            continue
        if not re.match(r"(?:Agreement|Treaty|Convention|Protocol|Memorandum|Accord)\b", state.text[x.start:x.end]):
            continue
        t = tail_re.match(state.text, x.end)
        if t is None:
            continue
        full = " ".join(state.text[x.start:t.end()].split())
        full = re.sub(r"\s+(?:of|the|of the)$", "", full)
        if full != state.entities[x.key].label:
            state.entities[x.key].aliases.add(full)


def _apposed_names(state: State) -> None:
    """"Germany's Federal Police, the Bundespolizei, have ...": an organisation
    renamed in apposition by a bare name is one organisation."""
    orgs = ORG_TYPES - {"MediaOrganization"}
    for a, b in zip(list(state.mentions), list(state.mentions)[1:]):
        if a.key == b.key or a.key not in state.entities or b.key not in state.entities:
            continue
        if state.entity_type(a.key) not in orgs or state.entity_type(b.key) not in orgs | {"Place", "Person"}:
            continue  # (the model often calls a foreign agency name a place: "the Guardia Civil")
        if not re.fullmatch(r",\s+the\s+", state.text[a.end:b.start]) or not re.match(r"\s*[,;.)]", state.text[b.end:b.end + 3]) \
                or re.match(r",\s*(?:and|or|the|a|an)\b", state.text[b.end:b.end + 8]):
            continue  # "the UN, the WHO, and the EU": a list
        known_a = state.gaz.lookup(state.entities[a.key].label) is not None
        known_b = state.gaz.lookup(state.entities[b.key].label) is not None
        if known_a and known_b or len(state.entities[b.key].label.split()) > 2:
            continue  # "the EU, the United Nations": two known bodies, a list
        if known_b:
            absorb(state, a.key, b.key)  # the known name is the canonical one
        else:
            absorb(state, b.key, a.key)


def _split_homonyms(state: State) -> None:
    """"Pakistan's Punjab province" and "India's Punjab state": one name, two
    places. A place named after two different countries' possessives becomes
    one entity per country (keys ``punjab-pakistan``, ``punjab-india``). So do
    two countries' agencies of one name ("Peru's Ministry of Energy" and
    "Ecuador's Ministry of Energy": ``ministry-of-energy-peru``, ...); there a
    mention without an owner belongs to the ministry last owned before it."""
    for key, entity in list(state.entities.items()):
        agency = entity.type == "GovernmentAgency"
        if entity.type != "Place" and not agency or entity.unnamed:
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is not None and (entry.country or agency):
            continue  # a region the data places in one country ("Russia's Crimea" is still Ukraine's)
        groups: dict[str, list[MentionRef]] = {}
        unowned: list[MentionRef] = []
        for m in state.mentions:
            if m.key != key or m.start < state.body_start:
                continue
            owner = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)?)['’]s\s+$", state.text[max(0, m.start - 30):m.start])
            entry = state.gaz.country_of_demonym(owner.group(1)) if owner else None
            if entry is not None:
                groups.setdefault(entry.label, []).append(m)
            else:
                unowned.append(m)
        if len(groups) < 2:
            continue
        if agency:
            owned = sorted((m.start, country) for country, refs in groups.items() for m in refs)
            for m in unowned:
                before = [country for start, country in owned if start < m.start]
                groups[before[-1] if before else owned[0][1]].append(m)
        for country, refs in groups.items():
            twin = state.add_entity(entity.label, entity.type, key=f"{key}-{slugify(country)}")
            moved = {(r.start, r.end) for r in refs}
            state.mentions = [MentionRef(m.start, m.end, twin.key) if m.key == key and (m.start, m.end) in moved
                              else m for m in state.mentions]
            for span in [sp for sp in entity.mentions if (sp.start, sp.end) in moved]:
                entity.mentions.remove(span)
                twin.mentions.append(span)
                surface = " ".join(span.text.split())
                if surface != twin.label:
                    twin.aliases.add(surface)
        if not entity.mentions:
            del state.entities[key]


_PLACE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:province|town|city|village|region|district|port|municipality|county|"
    r"department|island|capital|settlement|oblast|governorate|prefecture)\b(?![’'])")


def _surname_places(state: State) -> None:
    """'Gonzaga, a province on the coast' while 'Luis Gonzaga' is named: the
    word apposed to a place noun is the place, not the person's surname."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Person" or " " not in entity.label or m.start < state.body_start:
            continue
        surface = state.text[m.start:m.end]
        if " " in surface or surface not in entity.label.split() or not _PLACE_APPOSITION.match(state.text, m.end):
            continue
        place = state.add_entity(surface, "Place")
        state.mentions = [MentionRef(x.start, x.end, place.key) if (x.start, x.end) == (m.start, m.end) else x
                          for x in state.mentions]
        for span in [sp for sp in entity.mentions if (sp.start, sp.end) == (m.start, m.end)]:
            entity.mentions.remove(span)
            place.mentions.append(span)
        if surface in entity.aliases and not any(state.text[sp.start:sp.end] == surface for sp in entity.mentions):
            entity.aliases.discard(surface)


def _unmistakable(state: State, span, key: str) -> bool:
    """A person's surname the tagger took for a common noun ("Cáceres rejected
    that criticism"), a town opening a sentence ("Ventspils is a port town"):
    still the name when the word never occurs in lower case."""
    if state.entities[key].type not in {"Person", "Place"} or len(span) != 1 or span[0].pos_ not in {"NOUN", "ADJ", "X"}:
        return False
    word = span.text
    return len(word) > 3 and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", state.text) is None


def _generic_agreements(state: State) -> None:
    """Attach "the agreement" / "the 2002 pact" to the agreement named nearest."""
    nouns = "|".join(sorted(lexicon.words("generic_agreement_nouns"), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:the|this|that|a|an|their|its|our|his|her|both countries'|the two countries')\s+"
        rf"((?:[\w’'-]+\s+){{0,3}}?)({nouns})s?\b",
        re.IGNORECASE,
    )
    named = [m for m in state.mentions if state.entity_type(m.key) == "Agreement"]
    years = agreement_years(state)
    generic: dict[str, str] = {}
    generic_mentions: list[MentionRef] = []
    for m in pattern.finditer(state.text):
        if m.start() < state.body_start or state.is_skipped(m.start(), m.end()):
            continue
        if state.mention_at(m.start(), m.end()) is not None:
            continue
        mods = [w for w in m.group(1).split()]
        if set(w.lower() for w in mods) & _NOT_MODIFIERS:
            # "The two signed a memorandum on X": not one noun phrase, but the
            # bare indefinite at its end is ("a memorandum on X").
            bare = re.search(r"\b(?:a|an)\s+$", m.group(1), re.IGNORECASE)
            m = pattern.match(state.text, m.start(1) + bare.start()) if bare else None
            if m is None or m.group(1):
                continue  # "the department said the arrangement": not one noun phrase
            mods = []
        if any(w.endswith(("'s", "’s", "s'", "s’")) for w in mods):
            continue  # "the association's statute": a document of something else
        if any(w[:1].isupper() for w in mods):
            continue  # a capitalised modifier is a name the candidates step saw (or not a reference)
        content = [w for w in mods if w.lower() not in _GENERIC_MODIFIER_STOP | _SEQUENCE_MODIFIERS
                   and not re.fullmatch(r"\d{4}|[\d-]+|\d+(?:\.\d+)?-(?:year|month|week|day|point|page|article)s?", w)]
        year = next((w for w in mods if YEAR_RE.fullmatch(w)), None)
        start = m.start(1) if mods else m.start(2)
        if year is not None and mods and mods[0].lower() in _SEQUENCE_MODIFIERS | _GENERIC_MODIFIER_STOP:
            start = m.start(1) + m.group(1).index(year)  # "A separate 1976 agreement": the mention is "1976 agreement"
        end = m.end()
        indefinite = m.group(0).split()[0].lower() in {"a", "an"}
        if indefinite and not content and year is None:
            # "a protocol on a single joint border post": the topic names it
            topic_m = _TOPIC_RE.match(state.text[m.end():m.end() + 80])
            sent_lemmas = {t.lemma_.lower() for t in state.sentence_of(m.start())}
            if m.start() < state.body_start or not sent_lemmas & lexicon.words("negotiation_words"):
                continue  # "without a deal" is no reference to a particular agreement
            if topic_m is None:
                mou = re.match(r"\s+of\s+understanding\b", state.text[m.end():m.end() + 30])
                if mou is not None and m.group(2).lower() == "memorandum" and not named and not generic_mentions \
                        and _signed_object(state, m.start(2)):
                    # "signing a memorandum of understanding at the end of talks": no fuller name
                    key = state.add_entity("memorandum of understanding", "Agreement").key
                    state.add_mention(key, m.start(2), m.end() + mou.end(), alias=False)
                    generic_mentions.append(MentionRef(m.start(2), m.end() + mou.end(), key))
                continue
            topic_end = m.end() + topic_m.end()
            for tok in state.doc.char_span(m.end() + topic_m.start(2), topic_end, alignment_mode="expand") or []:
                nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
                if tok.lower_ in {"and", "but"} and nxt is not None and nxt.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
                    topic_end = tok.idx - 1  # "a protocol on the X channel and hoped to ...": the clause goes on
                    break
            head = state.text[m.start(2):m.end() + topic_m.start(1)].strip()
            label = " ".join(f"{head.lower()} {topic_m.group(1)} {state.text[m.end() + topic_m.start(2):topic_end]}".split())
            key = state.add_entity(label, "Agreement").key
            state.add_mention(key, m.start(2), topic_end, alias=False)
            generic_mentions.append(MentionRef(m.start(2), topic_end, key))
            continue
        noun = m.group(2).lower()
        # Descriptions with different content words ("the customs code", "the
        # border regime agreement") are different agreements unless a named one
        # is near; a bare "the agreement" is the one mentioned last.
        topic = f"{content[-1].lower()} {noun}" if content else None
        # "The 1974 accord, formally the Agreement between ...": the formal name follows
        key = formally_named(state, m.end())
        if key is None and year is not None:
            # "the 1974 accord" is the agreement of 1974; else one the text gives no year (below), else a new one
            ordered = sorted([*named, *generic_mentions], key=lambda x: x.start)
            key = agreement_of_year(state, ordered, years, year, content, m.start()) or generic.get(f"{year} {topic or noun}")
        if key is None and topic:
            key = generic.get(topic)
        new_thing = bool(set(w.lower() for w in mods) & ({"new", "proposed", "planned", "draft", "future"} | _SEQUENCE_MODIFIERS))
        # "signed a fisheries protocol", "a fisheries protocol between the two countries": an
        # indefinite description with content, signed or given its parties, introduces an agreement
        introduced = indefinite and topic is not None and (
            _BETWEEN_PARTIES.match(state.text, m.end()) is not None or _signed_object(state, m.start(2)))
        if key is None and not (topic and (new_thing or not named or introduced)) \
                and not (year is not None and new_thing):  # "a separate 1976 agreement" is another one
            # "a peace treaty": the named agreement whose name shares its content word, else the nearest
            # ("the 1974 accord": only one the text gives no other year, and no memorandum)
            fits = [x for x in named if year is None or may_be_of_year(state, x.key, years, noun, year)]
            sharing = [x for x in fits if set(w.lower() for w in content)
                       & {w.lower() for w in state.entities[x.key].label.split()}]
            pool = sharing or [*fits, *[x for x in generic_mentions if year is None
                                        or may_be_of_year(state, x.key, years, noun, year)]]
            if new_thing and year is None:
                # "the new treaty" after "a new river treaty ... the 2004 accord": the new one, not the old
                pool = [x for x in pool if not old_agreement(state, x.key, years)] or pool
            key = _nearest_agreement(state, pool, m.start())
        if key is None:
            if not content and year is None:
                continue
            label = " ".join([*[w for w in content if w.lower() != "joint"], noun]) if content else f"{year} {noun}"
            key = state.add_entity(label, "Agreement").key
        if year is not None:
            years.setdefault(key, set()).add(year)  # "the 2010 accord" gives the agreement its year
            generic.setdefault(f"{year} {topic or noun}", key)
            state.entities[key].aliases.add(" ".join([year, *content, noun]))
        if topic:
            generic.setdefault(topic, key)
        generic_mentions.append(MentionRef(start, end, key))
        state.add_mention(key, start, end, alias=False)
        if content:
            alias = " ".join([*content, m.group(2).lower()])
            state.entities[key].aliases.add(alias)


# The topic of "a protocol on <topic>": it ends at punctuation, a clause word or a
# time phrase ("... on joint border management on Wednesday afternoon").
_TIME_WORDS = dates.CALENDAR_NAMES + "|yesterday|today|tomorrow|\\d"
_TOPIC_RE = re.compile(
    r"(?:\s+of\s+understanding)?\s+(on|for|over|covering)\s+((?:[\w’'-]+\s+){0,6}?[\w’'-]+)"
    rf"(?=\s*(?:[,.;:]|\s(?:at|in|with|between|by|that|which|to|from)\b|\s(?:on|last|this|next|early|late)\s+(?:{_TIME_WORDS})"
    r"|\s(?:yesterday|today|earlier|later)\b))")


def _signed_object(state: State, pos: int) -> bool:
    """'signing a memorandum', 'signed a memorandum': the noun at ``pos`` is the
    object of a signing verb."""
    span = state.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    return tok.dep_ in {"dobj", "obj", "nsubjpass"} and tok.head.lemma_.lower() in {"sign", "ink", "conclude"}


_BETWEEN_PARTIES = re.compile(r"\s+(?:between|among)\s+(?:the\s+two\s+(?:countries|sides|governments|neighbours|neighbors|states)"
                              r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z])")
# Words that tell one agreement from another without naming it ("a separate 1976 agreement").
_SEQUENCE_MODIFIERS = frozenset("separate further second third another additional subsequent supplementary "
                                "follow-up".split())

_NOT_MODIFIERS = frozenset(
    "the a an this that said says say has have had was is are were would will could should and or to of "
    "with by for in on at as it its".split()
)


def _nearest_agreement(state: State, named: list, pos: int) -> str | None:
    if not named:
        return None
    before = [m for m in named if m.start <= pos]
    return (before[-1] if before else named[0]).key


def _headline_mention(state: State, cand: Candidate) -> None:
    """Keep a headline name only if it (or part of it) names a body entity."""
    words = list(re.finditer(r"\S+", cand.text))
    for size in range(len(words), 0, -1):
        for i in range(0, len(words) - size + 1):
            part = words[i: i + size]
            start = cand.start + part[0].start()
            end = cand.start + part[-1].end()
            surface = re.sub(r"['’]s$", "", _norm(state.text[start:end]).strip(",.:;"))
            key = _known_key(state, surface)
            if key is not None:
                state.add_mention(key, start, start + len(surface))
                return


_HEADLINE_VERBS = frozenset("press urge seek reject call visit meet push back sign slam vow warn demand offer threaten "
                            "accuse hail eye plan say tell ask insist defend blame praise court woo pledge deny "
                            "unveil announce propose".split())
_HEADLINE_PERSON = re.compile(r"(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s (?P<rest>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})")


def _headline_person(state: State) -> None:
    """'Ghana's Boateng Presses Togo on Power Price': a name between a country's
    possessive and a verb in the headline is a person of that country, even when
    the body names them only by title."""
    headline = state.text[:state.body_start]
    for m in _HEADLINE_PERSON.finditer(headline):
        rest = m.group("rest").split()
        size = next((k for k in (1, 2) if k < len(rest) and rest[k].lower().endswith("s")
                     and (rest[k].lower()[:-1] in _HEADLINE_VERBS or rest[k].lower()[:-2] in _HEADLINE_VERBS)), None)
        if size is None:
            continue
        country = state.gaz.country(m.group("owner")) or state.gaz.country_of_demonym(m.group("owner"))
        words = rest[:size]
        name = " ".join(words)
        name_start = m.start("rest")
        if country is None or state.gaz.lookup(name) is not None or _known_key(state, name) is not None:
            continue
        title_words = lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("portfolio_words")
        if any(w.lower() in title_words or w in lexicon.words("org_heads") or state.gaz.lookup(w) is not None for w in words):
            continue  # "Ghana's President Urges ...": an office, not a name
        person = state.add_entity(name, "Person")
        state.add_mention(person.key, name_start, name_start + len(name))
        country_key = _known_key(state, country.label)
        if country_key is not None:
            state.add_relation(person.key, "represents", state.span(m.start(), m.end()), obj=country_key)


def _known_key(state: State, surface: str) -> str | None:
    slug = slugify(surface)
    if slug in state.entities:
        return slug
    for entity in state.entities.values():
        if surface in entity.aliases or (
            entity.type == "Person" and surface == entity.label.split()[-1]
        ):
            return entity.key
    entry = state.gaz.lookup(surface)
    if entry is not None and slugify(entry.label) in state.entities:
        return slugify(entry.label)
    return None
