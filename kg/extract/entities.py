"""Find named-entity candidates and type them into the ontology classes.

Sources, merged longest-first: gazetteer names, rule patterns (capitalised
names ending in a street/landform word are places; ending in Agreement/Treaty/...
are agreements) and the statistical NER. Typical NER errors are repaired here
with general rules: titles are cut off person names, a person name glued to an
office or agency ("Homeland Security Alejandro Mayorkas") is split in two, and
"Roxham Road"-like names typed PERSON become places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.gazetteer import GazEntry
from kg.extract.state import State

NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "LAW", "WORK_OF_ART", "NORP", "PRODUCT", "EVENT"}
# Labels kept only when the words around make the name a place ("a bus in Kipoi" tagged PRODUCT).
_PLACE_ONLY_LABELS = frozenset({"PRODUCT", "EVENT"})
_APOS = "'’"
_CAP = CAP_CLASS + r"(?:[\w'’-]|\.(?=\w))*"  # a capitalised word; a dot only inside ("U.S")
_LOWER_JOINERS = r"(?:of|the|and|on|for|between|de|la|du|des|del|von|van|der|to|in)"


@dataclass
class Candidate:
    """A stretch of text that names something, with its type guess."""

    start: int
    end: int
    text: str
    type: str
    source: str  # "gaz", "rule" or "ner"
    gaz: GazEntry | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def find_candidates(state: State) -> list[Candidate]:
    """All candidates in the text, overlaps resolved (longest, then most trusted)."""
    text = state.text
    found: list[Candidate] = []
    for start, end, entry in state.gaz.finditer(text):
        found.append(Candidate(start, end, text[start:end], entry.type, "gaz", entry))
    found.extend(_rule_candidates(text))
    found.extend(_lower_localities(text, state))
    for ent in state.doc.ents:
        if ent.label_ in NER_LABELS:
            for piece in _cut_at_prepositions(ent):
                found.extend(_from_ner(piece, state))
    found = [c for c in found if not state.is_skipped(c.start, c.end) and c.text.strip()]
    found = [piece for c in found for piece in _split_apposition(c, state)]
    for c in found:
        # "... Mission in Somalia (AUSSOM)": the "in <Place>" tail before an acronym is part of the name.
        tail = re.match(r" in (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}(?= \([A-Z]{2,10}\))", text[c.end:c.end + 60])
        if tail and c.type in {"Organization", "GovernmentAgency"}:
            c.end += tail.end()
            c.text = text[c.start:c.end]
            c.gaz = state.gaz.lookup(c.text)
        # "Frankfurt (Oder)": a bracketed capitalised word is part of a place name.
        m = re.match(r" \(([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)\)", text[c.end:c.end + 30])
        if m and c.type == "Place":
            c.end += m.end()
            c.text = text[c.start:c.end]
            c.gaz = None  # "Frankfurt (Oder)" is not the gazetteer's Frankfurt
    return _resolve_overlaps(found)


def _split_apposition(cand: Candidate, state: State) -> list[Candidate]:
    """'Ministry of Energy, Camila Soto' / 'Ministry of X, Accra.': an organisation
    name followed by an apposed person (or the town of a letterhead) is two names."""
    if cand.type == "Person" or ", " not in cand.text:
        return [cand]
    head, _, tail = cand.text.rpartition(", ")
    tail = tail.rstrip(".")
    words = tail.split()
    if not head or not words or not all(w[:1].isupper() for w in words):
        return [cand]
    entry = state.gaz.lookup(tail)
    after = state.text[cand.end:cand.end + 3]
    if entry is not None and entry.type != "Person":
        type_ = entry.type
    elif 2 <= len(words) <= 4 and (words[0] in lexicon.given_names() or after.startswith(",")) \
            and not set(words) & lexicon.words("org_heads") and not any(w.lower() in lexicon.words("portfolio_words") for w in words):
        type_ = "Person"
    else:
        return [cand]
    hs, he = cand.start, cand.start + len(head)
    ts = cand.start + len(head) + 2
    te = ts + len(tail)
    head_type = cand.type
    if head_type == "Person":
        head_type = classify_org(head)
    out = [Candidate(ts, te, state.text[ts:te], type_, cand.source if type_ != "Person" else "rule",
                     entry if entry is not None and entry.type != "Person" else None)]
    head_entry = state.gaz.lookup(head)
    out.append(Candidate(hs, he, state.text[hs:he], head_entry.type if head_entry else head_type, cand.source, head_entry))
    return out


# "Block 7", "Lot 12B": a numbered area of the sea bed or of land (an oil block, a concession) is a place.
_NUMBERED_AREA_RE = re.compile(r"(?<![\w’'-])(?:Block|Blocks|Lot|Tract|Concession|Sector)\s+\d{1,4}[A-Z]?\b")


def _rule_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = [Candidate(m.start(), m.end(), m.group(0), "Place", "rule")
                            for m in _NUMBERED_AREA_RE.finditer(text)]
    suffixes = sorted(lexicon.ordered("street_suffixes"), key=len, reverse=True)
    suffix_re = "|".join(re.escape(s) for s in suffixes)
    for m in re.finditer(rf"\b((?:{_CAP}\s+){{1,3}})(?:{suffix_re})(?![\w])", text):
        start, end = _trim_left(text, m.start(), m.end()), m.end()
        owner = list(re.finditer(r"[’']s\s+", text[start:end]))
        if owner:  # "South Korea's Jeju Island": the owner is a name of its own
            start += owner[-1].end()
        if "\n" in text[start:end] or " " not in text[start:end].strip():
            continue
        if set(text[start:end].split()) & lexicon.words("org_heads"):
            continue  # "International Council for the Exploration of the Sea"
        out.append(Candidate(start, end, text[start:end], "Place", "rule"))
    nouns = sorted(lexicon.ordered("agreement_nouns"), key=len, reverse=True)
    noun_re = "|".join(re.escape(n) for n in nouns)
    name = rf"(?:{_CAP}|\d{{4}})(?:[\s–-]+(?:{_CAP}|{_LOWER_JOINERS}|\d{{4}}))*?"
    # "ECOWAS Protocol on Free Movement of Persons": joiners inside the tail.
    tail = rf"(?:\s+(?:of|on)\s+{_CAP}(?:\s+(?:{_CAP}|(?:of|for|the|and)(?=\s+(?:the\s+)?[A-Z][a-z])))*)?"
    for m in re.finditer(rf"\b({name})\s+(?:{noun_re})(?:\s+(?:{noun_re}))?\b{tail}", text):
        start, end = m.start(), m.end()
        start = _trim_left(text, start, end)
        if "\n" in text[start:end] or not re.match(r"[A-ZÀ-Ý0-9]", text[start:end]):
            continue
        # "1944 Water Treaty" is a name; "2002 Agreement" (year only) is too thin.
        if re.fullmatch(rf"\d{{4}}\s+(?:{noun_re})", text[start:end]):
            continue
        out.append(Candidate(start, end, text[start:end], "Agreement", "rule"))
    # "Treaty of Lisbon", "Treaty on Maritime Delimitation and Cooperation in the Barents Sea"
    for m in re.finditer(
        rf"\b(?:Treaty|Accord|Convention|Protocol|Agreement|Declaration|Memorandum|Code|Charter|Pact|Framework|Arrangement)"
        rf" (?:of|on|for|concerning|Concerning|regarding|Regarding|between|Between) (?:the )?"
        # joiners inside a long name: "... of the Southern Part of the Continental Shelf
        # Adjacent to the Two Countries", "... Cooperation at Ceuta and Melilla"
        rf"{_CAP}(?:\s+(?:{_CAP}|(?:{_LOWER_JOINERS}|at)(?=\s+(?:the\s+)?{CAP_CLASS})(?!\s+{_CALENDAR}\b)))*",
        text,
    ):
        if re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "Indus Waters Treaty of ...": the name started earlier
        out.append(Candidate(m.start(), m.end(), m.group(0), "Agreement", "rule"))
    for m in re.finditer(r"\b(?:Lake|Mount|Mt\.|Gulf of|Bay of|Strait of|Sea of|Isle of|Cape|Lac) [A-Z][\w-]+(?: [A-Z][\w-]+)?", text):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    out.extend(_described_names(text))
    out.extend(_media_names(text))
    out.extend(_broadcaster_names(text))
    out.extend(_known_as(text))
    out.extend(_place_leads(text))
    out.extend(_org_names(text))
    out.extend(_datelines(text))
    out.extend(_localities(text))
    out.extend(_given_name_people(text))
    return out


# "... Adjacent to the Two Coasts on Friday": a day or month after a joiner ends the name.
_CALENDAR = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
             "|August|September|October|November|December)")
_NAME_PARTICLES = r"(?:de|del|da|dos|das|van|von|der|bin|ibn|al|el|la|le)"


def _given_name_people(text: str) -> list[Candidate]:
    """'Camila Soto' the NER missed: a known given name and one to three
    capitalised words after it (particles allowed: 'María de la Cruz')."""
    out = []
    stop = lexicon.words("org_heads") | set(_LOCALITY_SUFFIXES) | set(lexicon.words("street_suffixes"))
    word = CAP_CLASS + r"[\w'’]*(?:-" + CAP_CLASS + r"[\w'’]*|-[a-z]{1,5}\b(?<!ed))*"  # "Min-jae", not "Soto-led"
    given = lexicon.given_names()
    tail_re = re.compile(rf"(?:\s(?:{_NAME_PARTICLES}\s)*{word}){{1,3}}")
    for first in re.finditer(r"(?<![\w'’.-])" + CAP_CLASS + r"[\w'’-]+", text):
        if first.group(0) not in given:
            continue  # each capitalised word is tried ("Ambassador Fernando ...")
        m = tail_re.match(text, first.end())
        if m is None:
            continue
        m = re.match(r".+", text[first.start():m.end()])  # the whole name, from the given name
        assert m is not None
        offset = first.start()
        words = m.group(0).split()
        keep = 1
        for w in words[1:]:
            if w in stop or w.lower() in lexicon.words("portfolio_words") or w.lower() in lexicon.words("title_core"):
                break
            keep += 1
        while keep > 1 and re.fullmatch(_NAME_PARTICLES, words[keep - 1]):
            keep -= 1
        if keep < 2:
            continue
        end = offset + len(" ".join(words[:keep]))
        if text[offset:end] != " ".join(words[:keep]):
            continue  # a line break inside: not one name
        out.append(Candidate(offset, end, text[offset:end], "Person", "ner"))
    return out


# Words that end the name of a first-level region or district ("Garissa County",
# "Volta Region", "Alto Paraná Department" is rarer but the same).
_LOCALITY_SUFFIXES = ("County", "Province", "Region", "District", "Prefecture", "Oblast", "Governorate",
                      "Voivodeship", "Canton", "Municipality", "Krai", "Division")


def _localities(text: str) -> list[Candidate]:
    """'Garissa County', 'Volta Region', 'Hincesti District': a name plus a
    region word is a place (the NER often calls these organisations)."""
    out = []
    suffix = "|".join(_LOCALITY_SUFFIXES)
    for m in re.finditer(rf"\b((?:{_CAP}\s+){{1,3}})(?:{suffix})\b", text):
        start = _trim_left(text, m.start(), m.end())
        owner = list(re.finditer(r"[’']s\s+", text[start:m.end()]))
        if owner:  # "Kenya's Mandera County": the owner is a name of its own
            start += owner[-1].end()
        words = text[start:m.end()].split()
        if len(words) < 2 or "\n" in text[start:m.end()] or set(words) & lexicon.words("org_heads"):
            continue
        out.append(Candidate(start, m.end(), text[start:m.end()], "Place", "rule"))
    return out


_LOWER_LOCALITIES = ("province", "district", "region", "county", "department", "prefecture", "oblast", "governorate")


def _lower_localities(text: str, state: State) -> list[Candidate]:
    """'Dhanusha district', 'Nangarhar province', 'the Mitrovica region': a
    capitalised name before a lower-case region word is a place, unless the
    name is a demonym or country ("the Indian state", "Kenya's province")."""
    out = []
    common = lexicon.words("portfolio_words") | lexicon.words("title_heads")
    for m in re.finditer(rf"(?<![\w’'-])((?:{CAP_CLASS}[\w’'-]*\s+){{1,2}})({'|'.join(_LOWER_LOCALITIES)})\b", text):
        words = m.group(1).split()
        if "\n" in m.group(0) or any(w in _NOT_NAME_START or w.lower() in common or w.endswith(("'s", "’s"))
                                     or state.gaz.country_of_demonym(w) is not None for w in words):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    return out


_MEDIA_CUES = ("public broadcaster", "state broadcaster", "broadcaster", "newspaper", "news agency", "daily",
               "weekly", "tabloid", "magazine", "news site", "news outlet", "radio station", "television channel",
               "TV channel")


def _media_names(text: str) -> list[Candidate]:
    """'the Polish broadcaster TVN24', 'told public broadcaster RTS', 'the daily
    La Tercera': a name right after a media word is a media outlet."""
    cues = "|".join(re.escape(c) for c in sorted(_MEDIA_CUES, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"\b(?:{cues}) +((?:[A-Z][\w&-]*|\d+[A-Z][\w-]*)(?: +(?:de +|del +)?[A-Z][\w&-]*){{0,3}})", text):
        name = m.group(1)
        if name.split()[0] in _NOT_NAME_START:
            continue
        out.append(Candidate(m.start(1), m.start(1) + len(name), name, "MediaOrganization", "rule"))
    return out


def _broadcaster_names(text: str) -> list[Candidate]:
    """'Channels Television', 'Arirang TV', 'Radio Nacional', 'TV3': a name ending
    in Television/TV/Radio (or led by Radio/TV) is a media outlet, never a place."""
    cap = CAP_CLASS + r"[\w&'’-]*"
    out = []
    for m in re.finditer(rf"(?<![\w’'-])(?:{cap} ){{1,3}}(?:Television|TV|Radio|Broadcasting(?: Corporation)?)\b"
                         rf"|(?<![\w’'-])(?:Radio|Televisión|Télévision|Televisão|Rádio) {cap}(?: {cap}){{0,2}}"
                         rf"|\bTV\d{{1,2}}\b|\b[A-Z]{{1,4}}TV\d{{0,2}}\b|\bTV[A-Z]{{1,3}}\d{{0,2}}\b", text):
        start = _trim_left(text, m.start(), m.end())
        name = text[start:m.end()]
        if "\n" in name or name.split()[0] in _NOT_NAME_START or "’s" in name or "'s" in name:
            continue
        out.append(Candidate(start, m.end(), name, "MediaOrganization", "rule"))
    return out


def _known_as(text: str) -> list[Candidate]:
    """'known in the Philippines as Ayungin Shoal and in China as Ren'ai Jiao':
    the other names of a place are places (they become aliases in resolution)."""
    out = []
    for m in re.finditer(r"\bknown\s+(?:locally\s+|in\s+(?:the\s+)?[A-Z][\w\s]{1,30}?\s+)?as\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                         r"(?:\s+and\s+(?:in\s+(?:the\s+)?[A-Z][\w\s]{1,30}?\s+)?as\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?", text):
        for g in (1, 2):
            if m.group(g):
                out.append(Candidate(m.start(g), m.end(g), m.group(g), "Place", "rule"))
    return out


# Words that lead a place name in Spanish, Portuguese, French or English.
_PLACE_LEADS = ("Ciudad", "Puerto", "Porto", "Villa", "Vila", "São", "Santa Cruz", "Fort", "Port", "Saint", "Sainte",
                "San", "Santo", "Santa", "Nueva", "Nuevo", "Nova", "Novo", "Bahía", "Cerro", "Lago", "Isla", "Ilha")


def _place_leads(text: str) -> list[Candidate]:
    """'Ciudad del Este', 'Puerto Quijarro', 'Foz do Iguaçu' the NER misses:
    a place-leading word and capitalised words (particles allowed)."""
    leads = "|".join(re.escape(w) for w in sorted(_PLACE_LEADS, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{leads})(?:\s+(?:del|de la|de|do|da|dos|das|du|des|di)?\s*[A-ZÀ-Ý][\w'’-]+){{1,2}}", text):
        if "\n" in m.group(0) or set(m.group(0).split()) & lexicon.words("org_heads"):
            continue  # "Port Authority" is an organisation
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    return out


_INFRA_MODIFIERS = frozenset("hydroelectric hydropower railway rail road suspension border cross-border "
                             "international toll gas oil".split())


def _described_names(text: str) -> list[Candidate]:
    """A capitalised name plus a lower-case kind word: 'the Barents Sea treaty',
    'the Teesta water-sharing agreement', 'the Storskog crossing', 'the Teesta river'."""
    out = []
    generic = "|".join(sorted(lexicon.words("generic_agreement_nouns"), key=len, reverse=True))
    places = lexicon.mapping("place_nouns")
    place_re = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    cap_seq = rf"{_CAP}(?:[ \-–]{_CAP})*"  # "the Mfum–Ekok bridge": an en dash joins two names
    for m in re.finditer(
        rf"\b(?:the|The|a|its|their)\s+(?P<name>{cap_seq})\s+(?P<mid>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<kind>{generic}|{place_re})\b",
        text,
    ):
        name, kind = m.group("name"), m.group("kind")
        if name.split()[0] in _NOT_NAME_START:
            continue
        start, end = m.start("name"), m.end()
        if kind in places and m.group("mid") and not set(m.group("mid").split()) <= _INFRA_MODIFIERS:
            continue  # "the Channel tunnel", "the Itaipu hydroelectric dam" yes; "the Teesta big river" no
        type_ = "Place" if kind in places else "Agreement"
        out.append(Candidate(start, end, text[start:end], type_, "rule"))
    return out


def _org_names(text: str) -> list[Candidate]:
    """Capitalised names headed by an organisation word: 'Joint Rivers Commission',
    'Ministry of Water Resources and Irrigation', 'Bangladesh Water Development Board'."""
    out = []
    heads = "|".join(sorted(lexicon.words("org_heads"), key=len, reverse=True))
    leads = "|".join(sorted(lexicon.words("org_lead"), key=len, reverse=True))
    # A possessive ("Egypt's") is not part of the name; a final dot only ends an
    # initial ("U.S."), never a sentence ("... in Chisinau. The Border Police").
    cap = CAP_CLASS + r"(?:[\w&-]|\.(?=\w))*(?:(?<=\b[A-Z])\.)?(?![’'\w])"
    # A comma inside a name only in a list that ends with "and X" ("Ministry of
    # Trade, Agribusiness and Industry"); ", Ana Rusu," after a name is an apposition.
    tail = rf"(?: (?:of|for|on|and) (?:the )?{cap}(?: (?:{cap}|and (?:the )?{cap}(?! ?[’']s)))*(?:(?:, {cap}(?: {cap})*)+,? and {cap}(?: {cap})*)?)?"
    inner = r"[A-Z][\w&-]*[’']s"  # "Norwegian Fishermen's Association"
    for m in re.finditer(rf"(?<![\w’']){cap} (?:(?:{cap}|{inner}) ){{0,3}}(?:{heads})\b{tail}", text):
        start = _trim_left(text, m.start(), m.end())
        if start < m.end() and " " in text[start:m.end()].strip():
            out.append(Candidate(start, m.end(), text[start:m.end()], "Organization", "rule"))
    # "Asian and Oceanian Affairs Bureau", "Middle East and Africa Division": a
    # regional unit of a ministry named after two regions joined by "and".
    for m in re.finditer(rf"(?<![\w’']){cap}(?: {cap})? and {cap}(?: {cap})? (?:Affairs (?:Bureau|Department|Division|"
                         rf"Directorate|Desk|Office)|Bureau|Division|Directorate|Desk)\b", text):
        start = _trim_left(text, m.start(), m.end())
        out.append(Candidate(start, m.end(), text[start:m.end()], "Organization", "rule"))
    for m in re.finditer(rf"\b(?:{leads}) (?:of|for|on) (?:the )?{cap}(?: (?:{cap}|and (?:the )?{cap}(?! ?[’']s)|of {cap}))*"
                         rf"(?:(?:, {cap}(?: {cap})*)+,? and {cap}(?: {cap})*)?", text):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Organization", "rule"))
    # "Fundación Horizonte", "Instituto Nacional de Estadística": the head word leads.
    romance = "|".join(_ROMANCE_ORG_LEADS)
    for m in re.finditer(rf"\b(?:{romance})(?: (?:de|del|de la|des|du|da|do|dos|para|pour|y|e|et) )?(?: ?{cap}){{1,4}}", text):
        if " " in m.group(0):
            out.append(Candidate(m.start(), m.end(), m.group(0), "Organization", "rule"))
    for c in out:
        c.text = text[c.start:c.end]
        c.type = classify_org(c.text)
    return [c for c in out if not _office_words_before_title(text, c)]


def _office_words_before_title(text: str, cand: Candidate) -> bool:
    """'Chief Cabinet' of 'Chief Cabinet Secretary X': office words right before a
    title word are part of the title, not an agency."""
    nxt = re.match(r" ([\w-]+)", text[cand.end:cand.end + 30])
    if nxt is None or nxt.group(1).lower() not in lexicon.words("title_core"):
        return False
    allowed = lexicon.words("title_heads") | lexicon.words("portfolio_words") | lexicon.words("connectors")
    return all(w.lower() in allowed for w in cand.text.split())


_ROMANCE_ORG_LEADS = ("Fundación", "Fundação", "Fondation", "Fondazione", "Instituto", "Institut", "Istituto",
                      "Centro", "Ministerio", "Ministério", "Ministère", "Secretaría", "Banco", "Comisión",
                      "Consejo", "Asociación", "Associação", "Confederación", "Federación", "Universidad",
                      "Universidade", "Université", "Agencia", "Agência", "Agence", "Corporación", "Cámara",
                      "Partido", "Dirección", "Servicio", "Superintendencia", "Autoridad")


def _datelines(text: str) -> list[Candidate]:
    """'PARIS, Nov 2 -' / 'DHAKA, March 14 –': the city a report was filed from."""
    out = []
    for m in re.finditer(r"(?m)^([A-Z][A-Z.'’ -]{2,30}?)(?:,\s*[A-Z][A-Za-z.]+)?,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*[-–—]", text):
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "Place", "rule"))
    # "XIAMEN, China — ...": the city and its country, no date
    for m in re.finditer(r"(?m)^([A-Z][A-Z.'’-]{2,30}(?: [A-Z][A-Z.'’-]+){0,2}),\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[—–-]\s", text):
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "Place", "rule"))
    return out


# Capitalised words that start sentences or clauses but never a name.
_NOT_NAME_START = frozenset(
    "The A An This That These Those Its Their Our His Her While As But And In On At For With "
    "After Before When If Under Since During Although Though Because Meanwhile However "
    "Nonetheless Still Yet So Then Now Today Yesterday Both Last Next Why How What Under "
    "Until Once Despite Without Within Between Among From By To Of Or Nor Not No Any Every "
    "Each Such Some All Most Many Several Only Even Also Whether Where Which Who".split()
)


def _trim_left(text: str, start: int, end: int) -> int:
    """Skip leading function words and joiners: 'While the Safe ...' -> 'Safe ...'."""
    while start < end:
        m = re.match(r"([\w'’.-]+)\s+", text[start:end])
        if not m:
            break
        word = m.group(1)
        if word in _NOT_NAME_START or re.fullmatch(_LOWER_JOINERS, word):
            start += m.end()
            continue
        break
    return start


# Lower-case words that never sit inside a name: an NER span running over one
# ("the Safe Third Country Agreement with Alejandro Mayorkas") is two names.
_CUT_WORDS = frozenset("with to in from at by after before over near into against via".split())


def _cut_at_prepositions(ent: SpacySpan) -> list[SpacySpan]:
    pieces, start = [], ent.start
    # "Normandy and Brittany": two places, unless an organisation word makes it one name.
    org_name = any(t.text in lexicon.words("org_heads") for t in ent)
    cut = _CUT_WORDS | ({"and", "&"} if ent.label_ in {"GPE", "LOC"} or not org_name and ent.label_ == "ORG" else set())
    for tok in ent:
        if tok.text in cut:  # case-sensitive: "To" may start a title; "Normandy and Brittany"
            if tok.i > start:
                pieces.append(ent.doc[start:tok.i])
            start = tok.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        pieces.append(ent.doc[start:ent.end])
    return [SpacySpan(ent.doc, p.start, p.end, label=ent.label_) for p in pieces]


def _from_ner(ent: SpacySpan, state: State) -> list[Candidate]:
    """Clean one NER span into zero, one or two candidates."""
    tokens = list(ent)
    # Cut at a line break: headlines and bylines fuse with the next line.
    for i, tok in enumerate(tokens):
        if "\n" in tok.text or (i < len(tokens) - 1 and "\n" in tok.whitespace_):
            tokens = tokens[: i + 1] if "\n" not in tok.text else tokens[:i]
            break
    while tokens and (tokens[-1].text in {"'s", "’s", "'", "’"} or tokens[-1].is_punct):
        tokens = tokens[:-1]
    # "NATO-led", "EU-mediated": the name is the part before the hyphen.
    while len(tokens) >= 3 and tokens[-2].text == "-" and tokens[-1].text.islower() \
            and not (ent.label_ == "PERSON" and _name_syllable(tokens[-1].text)):
        tokens = tokens[:-2]  # ... but "Park Ji-hoon", "Yoon Se-ra" keep their given name
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    # "K. Ayvalık": an initial (of a person's name, abbreviated) is no part of a place name.
    if (ent.label_ in {"GPE", "LOC", "FAC"} and len(tokens) >= 2 or ent.label_ == "ORG" and len(tokens) == 2
            and tokens[1].text not in lexicon.words("org_heads")) and re.fullmatch(r"[A-Z]\.", tokens[0].text):
        tokens = tokens[1:]
    # "Bangladesh's Ministry of Water Resources": the owner is a name of its own.
    for k, tok in enumerate(tokens[:4]):
        if tok.text in {"'s", "’s"} and k + 1 < len(tokens):
            tokens = tokens[k + 1:]
            break
    if not tokens:
        return []
    # "Governor Ana Sofía Paredes" tagged "Sofía Paredes": a given name just
    # before the span belongs to the name.
    doc = tokens[0].doc
    while ent.label_ in {"PERSON", "ORG"} and tokens[0].i > 0 and doc[tokens[0].i - 1].text in lexicon.given_names() \
            and not doc[tokens[0].i - 1].whitespace_ == "" and doc[tokens[0].i - 1].pos_ == "PROPN" \
            and len(tokens) <= 3:
        tokens = [doc[tokens[0].i - 1], *tokens]
    # "Boulogne" of "Boulogne-sur-Mer": a name goes on across hyphens.
    doc = tokens[0].doc
    while tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].text == "-" and not tokens[-1].whitespace_ \
            and not doc[tokens[-1].i + 1].whitespace_ and doc[tokens[-1].i + 2].is_alpha \
            and (doc[tokens[-1].i + 2].text[:1].isupper()  # "NATO-led" stops; "Boulogne-sur-Mer" goes on
                 or tokens[-1].i + 3 < len(doc) and doc[tokens[-1].i + 3].text == "-") \
            and state.gaz.lookup(doc[tokens[-1].i + 2].text) is None:  # "US-Canada" stays two
        tokens = [*tokens, doc[tokens[-1].i + 1], doc[tokens[-1].i + 2]]
    surface = " ".join(t.text for t in tokens)
    if surface in lexicon.words("not_entities") or not tokens[0].text[:1].isupper():
        return []
    if tokens[-1].text in _EVENT_HEADS and state.gaz.lookup(surface) is None:
        return []  # "the Belgrade-Pristina Dialogue", "the Madrid Summit": a process or event, not an actor
    if len(tokens) == 1 and state.gaz.demonyms.get(surface.lower()) is not None:
        return []  # "the Bangladeshi stretch", "her Moldovan counterpart": a demonym, not an actor
    if ent.label_ in {"ORG", "PERSON"} and _inside_title(tokens, state):
        return []  # "Energy and Mining" of "Secretary of Energy and Mining"
    if ent.label_ == "ORG" and tokens[0].lower_ in lexicon.words("title_core") and len(tokens) > 1 \
            and tokens[1].lower_ in {"of", "for"}:
        return []  # "Minister of Industry": an office, not an organisation
    for k in range(1, min(len(tokens) - 1, 4)):
        # "Policy of the Department of Foreign Affairs" (after "Undersecretary for"): the
        # portfolio words before "of the <Department>" belong to a title
        if tokens[k].lower_ == "of" and tokens[k + 1 if tokens[k + 1].lower_ != "the" else k + 2].text in lexicon.words("org_lead") \
                and all(t.lower_ in lexicon.words("portfolio_words") | {"policy", "affairs"} for t in tokens[:k]):
            tokens = tokens[k + 1:]
            while tokens and tokens[0].lower_ == "the":
                tokens = tokens[1:]
            break
    label = ent.label_
    if label == "PERSON" and tokens[-1].text in lexicon.words("org_heads"):
        label = "ORG"  # "Development Board" tagged PERSON
    if label in {"PERSON", "ORG", "PRODUCT", "EVENT"} and len(surface.replace(" - ", "-").split()) <= 2 \
            and _after_place_preposition(tokens[0]) \
            and not surface.isupper():  # "from KFOR": an acronym is an organisation
        if not {t.text for t in tokens} & lexicon.words("org_heads") and state.gaz.lookup(
            " ".join(t.text for t in tokens)
        ) is None and not _looks_like_person(tokens) and not _titled_name(tokens, state):
            label = "GPE"  # "in Calais", "at Tromsø"; not "from Petar Ivanov, the mayor of ..."
    if label == "ORG" and len(tokens) == 1 and tokens[0].i >= 2 and tokens[0].doc[tokens[0].i - 1].lower_ == "of" \
            and tokens[0].doc[tokens[0].i - 2].lower_ in _TOWN_OFFICES and state.gaz.lookup(surface) is None:
        label = "GPE"  # "the mayor of Orestiada": a town, not an organisation
    if label == "NORP" or label in _PLACE_ONLY_LABELS:
        return []  # demonyms are read by the offices step, not entities themselves
    if label == "PERSON":
        tokens = _strip_honorifics(tokens)
        if not tokens:
            return []
    else:
        split = _split_glued_person(tokens, state)
        if split is not None:
            return split
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = state.text[start:end]
    if label != "PERSON" and _is_title_fragment(tokens, state):
        return []
    type_ = type_of_ner(label, text, state)
    if type_ == "Organization" and (_looks_like_person(tokens) or _titled_name(tokens, state)):
        type_ = "Person"  # "Alejandro Mayorkas" tagged ORG; "foreign minister Murat Güneşli"
    if type_ is None:
        return []
    return [Candidate(start, end, text, type_, "ner")]


_TOWN_OFFICES = frozenset("mayor mayors governor governors deputy-mayor".split())
_EVENT_HEADS = frozenset("Dialogue Summit Talks Process Round Meeting".split())


def _after_place_preposition(token) -> bool:
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    if re.fullmatch(r"[A-Z]\.", prev.text) and prev.i > 0:
        prev = token.doc[prev.i - 1]  # "from K. Ayvalık": look past a stripped initial
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text in {"'s", "’s"}:
        return False
    return prev.lower_ in lexicon.words("place_preps") and prev.dep_ == "prep" or (
        prev.lower_ in {"in", "at", "near"}
    )


# Lower-case words after a hyphen that make an English compound ("NATO-led"),
# not the second syllable of a given name ("Ji-hoon", "Se-ra").
_HYPHEN_WORDS = frozenset("led run born era style like based backed owned made wide long term level scale "
                          "type free rich poor sized".split())


def _name_syllable(word: str) -> bool:
    return word.isalpha() and len(word) <= 5 and word not in _HYPHEN_WORDS and not word.endswith(("ed", "ing"))


def _name_words(tokens: list) -> list[str]:
    """The words of a span with hyphenated parts joined: 'Paul - Henri Mbarga' -> ['Paul-Henri', 'Mbarga']."""
    words: list[str] = []
    glue = False
    for t in tokens:
        if t.text == "-" and words:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += t.text
        else:
            words.append(t.text)
        glue = False
    return words


def _looks_like_person(tokens: list) -> bool:
    """Two to four capitalised words led by a known given name (hyphenated ones too: 'Jean-Claude')."""
    words = _name_words(tokens)
    if not 2 <= len(words) <= 4:
        return False
    first = words[0]
    return (
        (first in lexicon.given_names() or first.split("-")[0] in lexicon.given_names())
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not set(words) & lexicon.words("org_heads")
    )


def _titled_name(tokens: list, state: State) -> bool:
    """Two or three capitalised words, none an organisation or media word, right
    after an office word ("foreign minister Murat Güneşli") or before an apposed
    office (", director-general of ..."): a person the model called an organisation."""
    words = _name_words(tokens)
    if not 2 <= len(words) <= 3 or state.gaz.lookup(" ".join(words)) is not None:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    lowered = {w.lower() for w in words}
    if set(words) & lexicon.words("org_heads") or lowered & (lexicon.words("agency_words") | lexicon.words("media_words")
                                                              | lexicon.words("portfolio_words")):
        return False
    doc = tokens[0].doc
    prev = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if prev is not None and prev.lower_ in lexicon.words("title_core") | {"minister", "secretary"}:
        return True
    if prev is not None and prev.text == "," and prev.i > 0 \
            and doc[prev.i - 1].lower_ in lexicon.words("title_core") | {"minister", "secretary"}:
        return True  # "Turkey's trade minister, Murat Güneşli,": the name apposed to the office
    after = state.text[tokens[-1].idx + len(tokens[-1].text):tokens[-1].idx + len(tokens[-1].text) + 40].lower()
    m = re.match(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)", after)
    return bool(m and m.group(1) in lexicon.words("title_core"))


def _is_title_fragment(tokens: list, state: State) -> bool:
    """'British Business' / 'External Affairs' (of '... Secretary X'): portfolio
    words, maybe after a demonym, right before a title word are part of a title,
    not an organisation."""
    if state.gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    words = [t for t in tokens if t.text not in {"'s", "’s"}]
    if words and state.gaz.country_of_demonym(words[0].text) is not None:
        words = words[1:]
    if not words:
        return False
    last = tokens[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    followed_by_title = nxt is not None and nxt.lower_ in lexicon.words("title_core")
    portfolio = lexicon.words("portfolio_words") | lexicon.words("connectors") | lexicon.words("title_heads")
    return followed_by_title and all(t.lower_ in portfolio for t in words)  # "Chief Cabinet" of "... Secretary"


def _inside_title(tokens: list, state: State) -> bool:
    """Portfolio words after an office word and 'of/for/and' belong to the title:
    'Minister for Infrastructure and Regional Development', 'Secretary of Energy
    and Mining'. Names the gazetteer knows and organisation names stay."""
    if state.gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    if any(t.text in lexicon.words("org_heads") for t in tokens):
        return False
    portfolio = lexicon.words("portfolio_words") | lexicon.words("connectors")
    if not all(t.lower_ in portfolio or t.is_punct for t in tokens):
        return False
    doc = tokens[0].doc
    j = tokens[0].i - 1
    joined = False
    while j >= 0 and tokens[0].i - j <= 12:
        tok = doc[j]
        low = tok.lower_
        if low in lexicon.words("title_core") or low in {"minister", "secretary", "undersecretary", "commissioner"}:
            return joined
        if low in {"of", "for", "and", ",", "&"}:
            joined = True
        elif low not in portfolio and low != "the":
            return False
        j -= 1
    return False


def _strip_honorifics(tokens: list) -> list:
    honorifics = lexicon.words("honorifics")
    while len(tokens) > 1 and tokens[0].lower_ in honorifics:
        tokens = tokens[1:]
    return tokens


def _split_glued_person(tokens: list, state: State) -> list[Candidate] | None:
    """'Homeland Security Alejandro Mayorkas' -> office/agency + person."""
    if len(tokens) < 3:
        return None
    markers = lexicon.words("portfolio_words") | lexicon.words("title_heads")
    for cut in range(len(tokens) - 2, 0, -1):
        head, tail = tokens[:cut], tokens[cut:]
        if len(tail) > 3 or not all(t.text[:1].isupper() and t.is_alpha for t in tail):
            continue
        if tokens[cut - 1].lower_ not in markers:
            continue
        if not any(t.pos_ == "PROPN" for t in tail):
            continue
        hs, he = head[0].idx, head[-1].idx + len(head[-1].text)
        ts, te = tail[0].idx, tail[-1].idx + len(tail[-1].text)
        tail_text = state.text[ts:te]
        tail_entry = state.gaz.lookup(tail_text)
        if tail_entry is not None and tail_entry.type != "Person":
            continue
        out = [Candidate(ts, te, tail_text, "Person", "ner")]
        head_entry = state.gaz.lookup(state.text[hs:he])
        if head_entry is not None:
            out.append(Candidate(hs, he, state.text[hs:he], head_entry.type, "gaz", head_entry))
        elif tokens[cut - 1].lower_ not in lexicon.words("title_heads"):
            out.append(Candidate(hs, he, state.text[hs:he], classify_org(state.text[hs:he]), "ner"))
        return out
    return None


def type_of_ner(label: str, text: str, state: State) -> str | None:
    """Ontology type for an NER span; None drops it."""
    entry = state.gaz.lookup(text)
    if entry is not None:
        return entry.type
    last = text.split()[-1] if text.split() else ""
    if last in lexicon.words("street_suffixes") and label in {"PERSON", "ORG", "GPE", "FAC", "LOC"} \
            and not (label == "ORG" and set(text.split()) & lexicon.words("org_heads")):
        return "Place"  # "Roxham Road"; not "International Council for the Exploration of the Sea"
    if last in lexicon.words("agreement_nouns") and label != "PERSON":
        return "Agreement"
    if label == "PERSON":
        if not re.search(r"[A-Za-zÀ-ÿ]", text) or text.isupper() and len(text) <= 3:
            return None
        return "Person"
    if label == "ORG":
        return classify_org(text)
    if _NUMBERED_AREA_RE.fullmatch(text):
        return "Place"  # "Block 7", whatever the model says
    if label in {"GPE", "LOC"} and text.isupper() and 3 <= len(text) <= 7 and " " not in text:
        return "Organization"  # "ATMIS", "KFOR": an unknown all-capitals name is an acronym
    if label == "GPE":
        return "Place"
    if label in {"LOC", "FAC"}:
        return "Place"
    return None  # LAW / WORK_OF_ART without an agreement word


def classify_org(text: str) -> str:
    """GovernmentAgency / MediaOrganization / Organization from name words."""
    words = {w.lower().strip(".,") for w in re.split(r"[\s-]+", text)}
    lowered = text.lower()
    if words & lexicon.words("media_words") or any(
        " " in w and w in lowered for w in lexicon.words("media_words")
    ):
        if not words & {"department", "ministry", "agency", "patrol", "police"} or "news agency" in lowered:
            return "MediaOrganization"
    if words & lexicon.words("agency_words") or any(
        " " in w and w in lowered for w in lexicon.words("agency_words")
    ):
        return "GovernmentAgency"
    if "institute" in words and words & {"national", "state", "federal", "government", "statistics"}:
        return "GovernmentAgency"  # "National Institute of Statistics"; a plain "X Institute" is a think tank
    return "Organization"


_TRUST = {"gaz": 3, "rule": 2, "ner": 1}


def _resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping set: longer spans win, then the more trusted source.

    A gazetteer match shorter than an NER span that contains it wins only when
    the NER span is the gazetteer name plus a possessive or title (handled in
    ``_from_ner``), so plain containment keeps the longer name ("US Border
    Patrol" over "US").
    """
    cands.sort(key=lambda c: (-c.length, -_TRUST[c.source], c.start))
    kept: list[Candidate] = []
    for c in cands:
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
