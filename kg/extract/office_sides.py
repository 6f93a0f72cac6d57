"""Side assignment: which country a person or organisation acts for, from a
delegation ("the Kenyan delegation was led by"), an owner ("Chile's Ministry"),
the dateline, the sentence or the gazetteer.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import LOCAL_OFFICES, Office, token_at
from kg.extract.office_counterparts import COUNTERPART_NOUN, DEMONYM
from kg.extract.office_local import TOWN_OFFICES, local_place
from kg.extract.sides import country_key_for_word, main_sides, region_owner
from kg.extract.state import MentionRef, State
from kg.iris import slugify

_DELEGATION_RE = re.compile(
    r"\b(?P<who>[A-Z][\w-]+)(?:['’]s)?\s+(?:delegation|side|team|negotiators|negotiating\s+team)"
    r"(?:\s+(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)?(?:led|headed|represented|chaired)?\s*by\b"
    # "The Turkmen delegation, led by Deputy Energy Minister X," (round-33 O4): the participle apposition
    r"|\s*,\s*(?:which\s+was\s+|who\s+were\s+)?(?:led|headed|chaired)\s+by\b)"
    # the elliptic second half: "..., and Bolivia's by B" / "and the Bolivian one by B" /
    # a new sentence "Chile's was led by B."
    r"|(?:(?<=\band\s)|(?<=[.;]\s))(?:the\s+)?(?P<who2>[A-Z][\w-]+)(?:['’]s|\s+one)\s+(?:(?:was|were)\s+)?(?:led\s+|headed\s+)?by\b"
)


def delegation_country(state: State, mention: MentionRef) -> str | None:
    """'The Kenyan delegation was led by ... X, and the Somali delegation by ... Y':
    each person leads (and so represents) the side named last before them."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    sent = _SENT_RE.search(state.text, sent_start, mention.start)
    if sent is not None:  # "..., while Ecuador sent B, director-general of ...": B acts for Ecuador
        key = country_key_for_word(state, sent.start("who"), sent.end("who"))
        if key is not None and state.entity_type(key) == "Country":
            return key
    on_side = _ON_SIDE_RE.search(state.text, sent_start, mention.start)
    if on_side is not None and not state.mentions_in(on_side.end(), mention.start, {"Person"}):
        # "The person who knows the file best on the Tajik side is Zarina Karimova"
        key = country_key_for_word(state, on_side.start("who"), on_side.end("who"))
        if key is not None and state.entity_type(key) == "Country":
            return key
    hits = list(_DELEGATION_RE.finditer(state.text, sent_start, mention.start))
    if not hits:
        return _leads_delegation(state, mention, first.sent.end_char)
    hit = hits[-1]
    between = state.mentions_in(hit.end(), mention.start, {"Person"})
    if any(not state.entities[m.key].unnamed and m.key != mention.key for m in between):
        return None  # that delegation's leader was named already
    group = "who" if hit.group("who") else "who2"
    # "and Peru's by ...": elliptic only after a delegation named in full (in this
    # sentence, or the one before when the elliptic one starts a sentence)
    since = sent_start
    if hit.start() == sent_start and first.sent.start > 0:
        since = first.doc[first.sent.start - 1].sent.start_char
    if group == "who2" and not any(h.group("who") for h in _DELEGATION_RE.finditer(state.text, since, hit.start())):
        return None
    return country_key_for_word(state, hit.start(group), hit.end(group))


# "... on the Tajik side is X" / "On the Uzbek side, X": the name the sentence gives for that side
_ON_SIDE_RE = re.compile(r"\b[Oo]n\s+the\s+(?P<who>[A-Z][\w-]+)\s+side\b[^.;\"“”]{0,80}?(?:\s(?:is|was|are|were)|,)\s+"
                         r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$")
# "The Peruvian delegation was led by A, while Ecuador sent B" / "and Ecuador sent its deputy minister, B"
_SENT_RE = re.compile(r"(?:^|[,;]\s+|\b(?:while|and|but|whereas)\s+)(?P<who>[A-Z][\w-]+)\s+(?:sent|dispatched)\s+"
                      r"(?:(?:its|their|a|an|the)\s+[a-z][\w\s-]{0,60}?,?\s+)?$")


_LEADS_RE = re.compile(
    r"\s*(?:,[^;]{0,160}?,\s*|,\s*(?=who\s))?(?:(?:will|would|who|which)\s+)?(?:also\s+)?"
    r"(?:led|leads|lead|headed|heads|head|chaired|chairs)\s+"
    # "who led the Ghanaian officials at the talks" (round-28 S1): the officials are a delegation too
    r"(?:the\s+)?(?P<who>[A-Z][\w-]+)(?:['’]s)?\s+(?:delegation|team|side|negotiating\s+team|negotiators|officials|"
    r"delegates|technical\s+team)\b")


def _leads_delegation(state: State, mention: MentionRef, sent_end: int) -> str | None:
    """'X, director of Y, led the Kenyan delegation': X represents that country."""
    hit = _LEADS_RE.match(state.text, mention.end, sent_end)
    if hit is None or state.mentions_in(mention.end, hit.start("who") - 1, {"Person"}):
        return None
    key = country_key_for_word(state, hit.start("who"), hit.end("who"))
    return key if key is not None and state.entity_type(key) == "Country" else None


def owner_country(state: State, org: MentionRef) -> str | None:
    """The country named right before an organisation: "Chile's Ministry of
    Energy", "the Polish interior ministry"."""
    first = state.entities[org.key].label.split()[0]
    entry = state.gaz.country_of_demonym(first) if first[:1].isupper() else None
    if entry is not None:  # "the Armenian Foreign Ministry"
        return ensure_country(state, entry.label) or state.add_entity(entry.label, entry.type, same_as=entry.same_as).key
    region = region_owner(state, state.entities[org.key].label)
    if region is not None and ensure_country(state, region) is not None:
        return ensure_country(state, region)  # "Northern Ireland Office minister X": the United Kingdom's
    before = state.text[max(0, org.start - 40):org.start]
    pm = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)*)['’]s\s+$|\b([A-Z][a-z]+)\s+$", before)
    if pm:
        word = pm.group(1) or pm.group(2)
        entry = state.gaz.country_of_demonym(word)
        if entry is not None:
            return ensure_country(state, entry.label) or state.add_entity(entry.label, entry.type, same_as=entry.same_as).key
    return None


# A capital's dateline without a date ("PRAGUE -") is where the report is filed as well (O7).
UNDATED_DATELINES = True


def dateline_country(state: State) -> str | None:
    """The country of the capital a report is filed from ('ACCRA, Feb 12 -')."""
    m = re.search(r"(?m)^\s*([A-Z][A-Za-z.'’ -]{2,30}?),\s+(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)"
                  r"(?:,?\s+\d{4})?\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]", state.text[state.body_start:state.body_start + 600])
    undated = False
    if not m and UNDATED_DATELINES:
        # "PRAGUE - Czech lawmakers ...": a capital in capitals opening the body, no date
        m = re.match(r"\s*([A-Z][A-Z.'’ -]{2,30}?)\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]+\s",
                     state.text[state.body_start:state.body_start + 100])
        undated = m is not None
    if not m:
        return None
    entry = state.gaz.lookup(m.group(1).title()) or state.gaz.lookup(m.group(1))
    if entry is not None and entry.capital and entry.country:
        key = ensure_country(state, entry.country)
        if key is None and undated:
            key = _demonym_country(state, entry.country)
        return key
    return None


def _demonym_country(state: State, label: str) -> str | None:
    """The dateline's country, when the body names it only by its people ("PRAGUE - Czech
    lawmakers on Wednesday ..."): the state the article is about is still a node."""
    entry = state.gaz.lookup(label)
    if entry is None or entry.type != "Country" or not entry.demonyms:
        return None
    body = state.text[state.body_start:]
    if not any(re.search(rf"\b{re.escape(d)}\b", body) for d in entry.demonyms):
        return None
    return state.add_entity(entry.label, "Country").key


def context_region(state: State, office: Office) -> str | None:
    """The region or town named in the sentence before a regional officer's name.

    A town's officer (a mayor) has the town, not the province an apposition puts it in
    ("In Kapan, in Syunik Province, Mayor X"); and when the sentence names no place, the
    town the sentence before named ("Trucks queue in Kajaran. Mayor X said ...")."""
    start, _ = office.evidence
    person = min((m.start for m in state.mentions if m.key == office.person and m.start >= start), default=start)
    after = _place_after_name(state, office.person, person, office.title)
    if after is not None:
        return after  # "Mayor Ana Costa of Valença and Mayor José Pérez of Tui": each one's own town (round-36 O4)
    # "In Alcoutim, across the river from the Spanish village of X, Mayor Y": a place the
    # apposition sets the town against is a neighbour, not the mayor's town (round-35 O6)
    places = [m for m in state.mentions_in(start, person, {"Place"}) if not _NEIGHBOUR_RE.search(
        state.text[max(start, m.start - 60):m.start])]
    town = bool(office.title and set(office.title.lower().split()) & (LOCAL_OFFICES - {"governor"}))
    if town and places:
        towns = [m for m in places if not _region_name(state.entities[m.key].label)]
        return towns[-1].key if towns else places[-1].key
    if town and not places and re.match(r"\s*(?:Mayor|mayor)\b", state.text[start:person]):
        # the sentence opens with the title: the town of the sentence before (same paragraph)
        last = len(state.text[:start].rstrip()) - 1  # the previous sentence's last character
        prev_start = state.sentence_of(last).start_char if last >= state.body_start else start
        if "\n" in state.text[prev_start:start].rstrip():
            return None
        towns = [m for m in state.mentions_in(prev_start, start, {"Place"})
                 if not _region_name(state.entities[m.key].label)]
        return towns[-1].key if towns else None
    return places[-1].key if places else None


def _place_after_name(state: State, person: str, start: int, title: str | None) -> str | None:
    """The named place right after a titled name and "of" ("Mayor X of Tui"): the office's own
    town, whatever other place the sentence names before the name (a town the name finder
    missed is taken when the title is a town's office)."""
    mention = next((m for m in state.mentions if m.key == person and m.start == start), None)
    if mention is None:
        return None
    hit = re.match(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})", state.text[mention.end:mention.end + 60])
    if hit is None:
        return None
    at = mention.end + hit.start("name")
    place = state.mention_at(at, at + 1, {"Place"})
    words = (title or "").lower().split()
    follows = state.text[mention.end + hit.end("name"):mention.end + hit.end("name") + 12]
    if place is None and set(words) & TOWN_OFFICES and "the" not in hit.group(0).split() \
            and re.match(r"\s*(?:[,.;:)]|$|and\b|said\b|says\b|told\b|met\b|added\b)", follows):
        # a town the name finder missed or took for a person ("of Tui" read as a name); not
        # "Mayor X of the Liberal party"
        last = token_at(state, mention.end + hit.end("name") - 1)
        place = local_place(state, last, words) if last is not None else None
        if place is not None and place.start != at:
            place = None
    if place is None or place.start != at or state.entities[place.key].unnamed:
        return None
    return place.key


# the words before a place a sentence sets against another ("across the river from the Spanish
# village of X", "opposite X", "facing X"), up to the place
_NEIGHBOUR_RE = re.compile(r"\b(?:across\s+(?:the\s+)?(?:river|border|water|bay|strait|lake|bridge)\s+from|opposite|"
                           r"facing|just\s+over\s+the\s+(?:river|border)\s+from)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w-]*\s+)?(?:(?:town|village|city|port|hamlet|municipality)\s+of\s+)?$")


_REGION_WORDS = frozenset("province region state county district oblast governorate prefecture department "
                          "canton municipality valley coast island islands highlands".split())


def _region_name(label: str) -> bool:
    """'Syunik Province', 'the Kayes Region': a region's name, not a town's."""
    return label.split()[-1].lower() in _REGION_WORDS


def context_country(state: State, office: Office) -> str | None:
    """A title without a country ("Economy Secretary X said ... in Mexico City"):
    the one country the sentence names (a capital counts), else none."""
    start, end = office.evidence
    found: set[str] = set()
    other: str | None = None
    person_end = max((m.end for m in state.mentions if m.key == office.person and start <= m.start < end), default=start)
    for m in state.mentions_in(start, end, {"Country", "Place"}):
        entity = state.entities[m.key]
        if entity.type == "Country" and _owns_other_title(state, m, office.person, end):
            other = other or m.key  # "PM A and Finland's prime minister, B": B's country, not A's
            continue
        if m.start > person_end and re.search(r"\b(?:with|and (?:his|her|their) counterpart)\b", state.text[person_end:m.start]):
            if entity.type == "Country":
                other = other or m.key  # "X held talks with Afghanistan's minister": the other side
            continue
        if entity.type == "Country":
            if m.start > person_end and _verb_between(state, person_end, m.start):
                # "X, director of the ministry, met Ecuador's minister" / "..., said Laos would pay":
                # a country in what the person did or said is not whom they speak for
                continue
            found.add(m.key)
            continue
        if m.start > person_end:
            continue  # "X held talks in Kabul": where they met, not whom X speaks for
        entry = state.gaz.lookup(entity.label)
        if entry is not None and entry.capital and entry.country:
            key = ensure_country(state, entry.country)
            if key:
                found.add(key)
    if len(found) == 1:
        return found.pop()
    if not found and other is None:
        # "Natural Resources Minister A and his South African counterpart, B": the
        # demonym names the counterpart's side, A is the other (round-37 O1)
        dem = _DEMONYM_COUNTERPART_RE.search(state.text, person_end, end) \
            or _MET_DEMONYM_RE.search(state.text, person_end, end)
        if dem is not None and not any(not state.entities[p.key].unnamed and p.key != office.person
                                       for p in state.mentions_in(person_end, dem.start(), {"Person"})) \
                and state.gaz.country_of_demonym(dem.group("dem")) is not None:
            key = country_key_for_word(state, dem.start("dem"), dem.end("dem"))
            if key is not None and state.entity_type(key) == "Country":
                other = key
    if not found and other is not None:
        sides = main_sides(state)
        if len(sides) == 2 and other in sides:
            return sides[1 - sides.index(other)]
    return None


# "A and his South African counterpart" / "A met her Slovak opposite number" (no one named between)
_DEMONYM_COUNTERPART_RE = re.compile(rf"\b(?:his|her|their)\s+(?P<dem>{DEMONYM})\s+{COUNTERPART_NOUN}\b")

# "A met Swedish officials" / "A held talks with the Angolan delegation": the people met are the other side
_MET_DEMONYM_RE = re.compile(r"\b(?:met|meets|meeting|(?:talks|meetings?)\s+with|welcomed|received|hosted)\s+"
                             rf"(?:(?:his|her|their|the)\s+)?(?P<dem>{DEMONYM})\s+"
                             r"(?:officials|delegation|delegates|negotiators|ministers?|counterparts?|team|envoys?)\b")


def others_titles_owners(state: State, office: Office) -> set[str]:
    """The countries in the office's sentence that own another person's title
    ("Lithuania's prime minister, B"): never the side of the office holder."""
    start, end = office.evidence
    return {m.key for m in state.mentions_in(start, end, {"Country"})
            if _owns_other_title(state, m, office.person, end)}


def _owns_other_title(state: State, country: MentionRef, person: str, sent_end: int) -> bool:
    """"Finland's prime minister, B" / "Finland's Petteri Orpo": the country owns the
    title of the person named right after it, who is not ``person``."""
    possessive = re.match(r"['’]s\s", state.text[country.end:country.end + 3]) is not None
    # (the title may be capitalised with its portfolio: "B, Togo's Minister of Transport.")
    if possessive and re.match(r"\s+(?:[a-z][\w-]*\s+){0,3}?[\w-]*\s*[,.;]|\s+(?:[A-Z][\w-]*\s+)+(?:(?:of|for|and|the)\s+"
                               r"(?:[A-Z][\w-]*\s+|(?:and|the)\s+)*)?[\w-]*\s*[,.;]",
                               state.text[country.end + 2:country.end + 80]):
        # "B, Finland's prime minister,": the apposed title of the person named just before
        prev = [p for p in state.mentions_in(max(0, country.start - 80), country.start, {"Person"})
                if not state.entities[p.key].unnamed]
        if prev and prev[-1].key != person and re.fullmatch(r",\s+(?:the\s+)?", state.text[prev[-1].end:country.start]) \
                and any(w.lower() in lexicon.words("title_core")
                        for w in re.findall(r"[\w-]+", state.text[country.end + 2:country.end + 60].split(",")[0])):
            return True
    nxt = next((p for p in state.mentions_in(country.end, min(sent_end, country.end + 80), {"Person"})
                if not state.entities[p.key].unnamed), None)
    if nxt is None or nxt.key == person:
        return False
    between = state.text[country.end + (2 if possessive else 0):nxt.start]
    # "Thailand's Minister of Transport, Mr. Somchai Wong": a courtesy title is no other word
    between = re.sub(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof|Hon|Datuk|Dato['’]?|Sri|Seri|Tan|Tun)\.?(?=\s|$)", "", between)
    if not possessive and not any(w.lower() in lexicon.words("title_core") for w in between.split()):
        return False  # "Finnish Prime Minister B": a demonym owns the title only with one
    later = (state.gaz.country_of_demonym(w.group(0)) for w in re.finditer(r"[A-Z][a-z]+", state.text[nxt.end:sent_end]))
    if not possessive and any(c is not None and c.type == "Country" and c.label != state.entities[country.key].label
                              for c in later):
        # "Estonian Minister A and Minister B met their Finnish counterparts": the pair is one
        # side, the other is named after them
        return False
    # only title words (and a comma) between the owner and that person: "Finland's prime minister, "
    return bool(re.fullmatch(r"\s*(?:[A-Za-z][\w-]*\s+){0,5}?(?:[A-Za-z][\w-]*)?\s*,?\s*", between)) \
        and not re.search(r"\b(?:and|or|said|says|told|with)\b", between)


def _verb_between(state: State, start: int, end: int) -> bool:
    """A finite verb of the sentence lies between ``start`` and ``end``."""
    span = state.doc.char_span(start, end, alignment_mode="contract")
    # a relative clause describes the person ("X, who chairs Azerbaijan's commission"): not a verb of theirs
    return span is not None and any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}
                                    and not any(a.dep_ in {"relcl", "acl"} for a in (t, *t.ancestors))
                                    for t in span)


def country_of(state: State, key: str | None) -> str | None:
    if key is None:
        return None
    entity = state.entities[key]
    if entity.type == "Country":
        return key
    entry = state.gaz.lookup(entity.label)
    if entry is not None and entry.country:
        return ensure_country(state, entry.country)
    for obj in state.objects(key, "partOf"):
        if state.entity_type(obj) == "Country":
            return obj
    return None


def ensure_country(state: State, label: str) -> str | None:
    """The key of a country the document names (None if it never does)."""
    key = slugify(label)
    if key in state.entities:
        return key
    entry = state.gaz.lookup(label)
    if entry is not None and entry.type in {"Country", "Organization"}:
        for k, e in state.entities.items():
            if e.label == entry.label:
                return k
    return None


# Present-tense verbs a government press release opens with ("The Ministry ... reports that").
_RELEASE_VERBS = r"(?:reports|informs|announces|communicates|wishes|welcomes|reiterates|expresses|highlights|notes)"


def issuer_country(state: State) -> str | None:
    """The country whose ministry or government issues a press release: the body's
    first sentence opens with it and a present-tense verb ("The Ministry of Foreign
    Affairs of Peru reports that ...", "Chile's Foreign Ministry announces ...").
    Its untitled-by-country officials ("the Undersecretary for Asia, X") act for it."""
    head = state.text[state.body_start:state.body_start + 300]
    m = re.match(r"\s*(?:The\s+)?((?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Government|Secretariat|Department)\b"
                 r"(?:\s+(?:of|for|and|the|[A-Z][\w-]*))*?)\s+" + _RELEASE_VERBS + r"\b", head)
    if m is None:
        return None
    start, end = state.body_start + m.start(1), state.body_start + m.end(1)
    countries = {c.key for c in state.mentions_in(start, end, {"Country"})}
    if not countries:
        for body in state.mentions_in(start, end, {"GovernmentAgency"}):
            countries |= {o for o in state.objects(body.key, "partOf") if state.entity_type(o) == "Country"}
    return countries.pop() if len(countries) == 1 else None
