"""Rule candidates found by text patterns, not by the NER: street and
landform names, agreements, localities, media outlets, organisation names,
datelines and people led by a known given name.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.layout import DATELINE_OUTLET_RE
from kg.extract.entity_ministry_units import portfolio_unit
from kg.extract.entity_types import BUILDING_WORDS, NUMBERED_AREA_RE, Candidate, agreement_nouns, classify_org, ends_in_org_word
from kg.extract.gazetteer import load_gazetteer
from kg.extract.state import State

_CAP = CAP_CLASS + r"(?:[\w'’-]|\.(?=\w))*"  # a capitalised word; a dot only inside ("U.S")
_LOWER_JOINERS = r"(?:of|the|and|on|for|between|de|la|du|des|del|von|van|der|to|in)"
# A word inside an agreement's name: capitalised, an ordinal ("41st Session") or two names
# joined by a slash ("Indus/Sindhu Waters").
_AGR_WORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?{_CAP}(?:/{_CAP})*"


def rule_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = [Candidate(m.start(), m.end(), m.group(0), "Place", "rule")
                            for m in NUMBERED_AREA_RE.finditer(text)]
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
    nouns = sorted(set(lexicon.ordered("agreement_nouns")) | agreement_nouns(), key=len, reverse=True)
    noun_re = "|".join(re.escape(n) for n in nouns)
    name = rf"(?:{_CAP}|\d{{4}})(?:[\s–-]+(?:{_CAP}|{_LOWER_JOINERS}|\d{{4}}))*?"
    # "ECOWAS Protocol on Free Movement of Persons": joiners inside the tail.
    # "Agreement on the Narva-Ivangorod Road Crossing", "... Bridge over the Lielupe River": "the" and
    # "over/across/along" join capitalised words of the title too.
    tail = (rf"(?:\s+(?:of|on)\s+(?:the\s+)?(?!{_CALENDAR}\b){_CAP}"
            rf"(?:\s+(?:{_CAP}|(?:of|for|the|and|over|across|along)(?=\s+(?:the\s+)?[A-Z][a-z])))*)?")
    for m in re.finditer(rf"\b({name})\s+(?:{noun_re})(?:\s+(?:{noun_re}))?\b{tail}", text):
        start, end = m.start(), m.end()
        start = _trim_left(text, start, end)
        joined = re.match(rf"{_CALENDAR}\s+and\s+", text[start:end])
        if joined:  # "... on Friday and the Treaty on X": the day ends the last phrase
            start = _trim_left(text, start + joined.end(), end)
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
        # "... Establishing their Common Land Boundary", "... concerning their Maritime Boundary"
        rf"{_AGR_WORD}(?:\s+(?:{_AGR_WORD}|(?:de la|de las|de los|and its|and their|their|its|concerning|regarding|"
        rf"relating to|establishing|{_LOWER_JOINERS}|at|over|across|along)(?=\s+(?:(?:the|their|its)\s+)?(?:{CAP_CLASS}|\d{{1,3}}(?:st|nd|rd|th)\b))"
        rf"(?!\s+{_CALENDAR}\b)))*",
        text,
    ):
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, m.start() - 30):m.start()])
        if before and before.group(1) not in _NOT_NAME_START:
            continue  # "Indus Waters Treaty of ...": the name started earlier
        end = m.end()
        place_tail = re.search(r"\s+in\s+(?:the\s+)?([A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)$", m.group(0))
        if place_tail and " the " not in place_tail.group(0) and re.search(r"\s+(?:in|at|of|on|for)\s", m.group(0)[:place_tail.start()]):
            entry = load_gazetteer().lookup(place_tail.group(1))
            city = entry is not None and entry.section == "places" and entry.country is not None
            if " the " not in place_tail.group(0) and city or re.match(
                    rf"\s+(?:on\s+(?:{_CALENDAR}|\d)|in\s+\d{{4}}|,\s+(?:{_CALENDAR}|\d))", text[end:end + 20]):
                end = m.start() + place_tail.start()  # "... in the Timber Industry in Riga on May 2": the place of signing
        parties = re.search(r"\s+[Bb]etween\s+(?:the\s+)?(?:Government|Republic|Kingdom|State|[A-Z][\w'’-]+\s+and\b)", m.group(0))
        if parties and parties.start() > 12:
            end = m.start() + parties.start()  # the parties are named apart (an alias keeps the whole title)
        out.append(Candidate(m.start(), end, text[m.start():end], "Agreement", "rule"))
    # "Economic Complementation Agreement No. 59", "Protocol No. 3": the number is part of the name.
    for m in re.finditer(rf"\b(?:{_CAP}\s+){{0,5}}?(?:{noun_re}|[A-Z]{{2,6}})\s+No\.?\s?\d{{1,4}}\b", text):
        start = _trim_left(text, m.start(), m.end())
        if "\n" not in text[start:m.end()]:
            out.append(Candidate(start, m.end(), text[start:m.end()], "Agreement", "rule"))
    # "the Port of Callao": a port named "Port of X" is a place, not its authority.
    for m in re.finditer(rf"\bPort of (?:the )?{_CAP}(?: {_CAP})?(?! (?:{'|'.join(lexicon.words('org_heads'))})\b)", text):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    for m in re.finditer(r"\b(?:Lake|Mount|Mt\.|Gulf of|Bay of|Strait of|Sea of|Isle of|Cape|Lac) [A-Z][\w-]+(?: [A-Z][\w-]+)?", text):
        if ends_in_org_word(m.group(0) + text[m.end():m.end() + 40].split("\n")[0]):
            continue  # "the Lake Villages Forum": a body named after the lake, not the lake
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    out.extend(_described_names(text))
    out.extend(_kind_of_names(text))
    out.extend(_media_names(text))
    out.extend(_broadcaster_names(text))
    out.extend(_known_as(text))
    out.extend(_place_leads(text))
    out.extend(_org_names(text))
    out.extend(_datelines(text))
    out.extend(_localities(text))
    out.extend(_given_name_people(text))
    out.extend(_speaking_names(text))
    out.extend(_as_known_names(text))
    out.extend(_styled_people(text))
    out.extend(_titled_people(text))
    return out


# Capitalised office words a person's name follows ("Economy Minister Anna Berzina Ozola").
_TITLE_WORDS_BEFORE = ("Minister|President|Secretary|Ambassador|Governor|Mayor|Commissioner|Envoy|Premier|"
                       "Chancellor|Spokesperson|Spokesman|Spokeswoman|Negotiator|Director|Director-General|Senator")


def _titled_people(text: str) -> list[Candidate]:
    """'Latvian Economy Minister Anna Berzina Ozola met ...': the whole run of
    two to four capitalised name words after a capitalised office word is the
    person's name, even where the NER cut it in pieces (a given name it took
    for a demonym, a middle name it dropped)."""
    out = []
    gaz = load_gazetteer()
    word = CAP_CLASS + r"[\w'’]*(?:-" + CAP_CLASS + r"[\w'’]*)?"
    for m in re.finditer(rf"(?<![\w’'-])(?:{_TITLE_WORDS_BEFORE}) ((?:{word} ){{1,3}}{word})(?![\w'’-])", text):
        words = m.group(1).split()
        keep = 0
        for w in words:
            if not _plain_name_word(w, text, gaz):
                break
            keep += 1
        if keep < 2:
            continue
        start = m.start(1)
        end = start + len(" ".join(words[:keep]))
        if text[start:end] != " ".join(words[:keep]) or re.match(r"['’]s\b", text[end:end + 2]):
            continue
        out.append(Candidate(start, end, text[start:end], "Person", "rule"))
    return out


# "Datuk Seri Farida Osman", "Tan Sri Nurul Hakim", "Dato' Lim": a Malay style
# of address announces a person's name; the style is no part of it.
STYLE_RE = re.compile(r"(?<![\w’'-])(?:Pehin (?:Orang Kaya )?(?:Dato['’]? |Datu )?|(?:Tan|Datuk|Dato['’]?|Toh) (?:Seri|Sri|Puan) "
                       r"|Datuk |Dato['’] ?|Dato (?=[A-Z])|Datin |Tun |Haji |Hajah |Yang Berhormat )")


def _styled_people(text: str) -> list[Candidate]:
    out = []
    for m in STYLE_RE.finditer(text):
        name = re.match(rf"{CAP_CLASS}[\w'’-]+(?: (?:bin |binti |bte |b\. )?{CAP_CLASS}[\w'’-]+){{0,3}}", text[m.end():m.end() + 80])
        if name is None:
            continue
        words = name.group(0).split()
        while words and (words[-1] in lexicon.words("org_heads") or words[-1].lower() in lexicon.words("title_core")):
            words.pop()
        if not words:
            continue
        start = m.end()
        end = start + len(" ".join(words))
        out.append(Candidate(start, end, text[start:end], "Person", "rule"))
    return out


_ORG_DESCRIPTOR_HEADS = ("agency|administration|ministry|company|authority|service|utility|operator|body|regulator|"
                         "board|commission|committee|organisation|organization|force|police|guard|department|"
                         "office|bureau|inspectorate|directorate|corporation|firm|carrier|railway|airline|union")


def _as_known_names(text: str) -> list[Candidate]:
    """'Rosavtodor, as the Russian road agency is known,': the name before the
    phrase is an organisation's (typed by the descriptor)."""
    out = []
    for m in re.finditer(rf"(?<![\w’'.-])({_CAP}(?: {_CAP}){{0,2}}),\s+as\s+(?:the|its|their)\s+((?:[\w-]+\s+){{0,4}}?"
                         rf"(?:{_ORG_DESCRIPTOR_HEADS}))\s+is\s+(?:also\s+|commonly\s+|widely\s+|often\s+)?(?:known|called)\b", text):
        start = _trim_left(text, m.start(1), m.end(1))
        if start >= m.end(1) or "\n" in text[start:m.end(1)]:
            continue
        out.append(Candidate(start, m.end(1), text[start:m.end(1)], classify_org(m.group(2)), "rule"))
    return out


_SPEECH_AFTER = "said|says|told|added|stressed|warned|argued|insisted|noted|explained|wrote"


def _speaking_names(text: str) -> list[Candidate]:
    """'Siv Nordvik, the head of the X association, said' / 'Tarja Vuolle said':
    two capitalised words used as a name (before an apposed role or a speech
    verb) are a person, even with a given name the NER does not know. Neither
    word may be a function word, calendar word, title, organisation word, known
    name or demonym, or appear in lower case in the text (then it is a common word)."""
    out = []
    roles = lexicon.words("title_core") | lexicon.words("role_nouns")
    gaz = load_gazetteer()
    word = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
    for m in re.finditer(rf"(?<![\w’'.-])({word}) ({word})(?=(?:,\s+(?:the|a|an|its|their)\s+((?:[\w-]+\s+){{0,3}}?[\w-]+)\b)"
                         rf"|\s+(?:{_SPEECH_AFTER})\b|,\s+(?:who|whose)\s)", text):
        if m.group(3) is not None and not set(m.group(3).lower().split()) & roles:
            continue  # ", a province on the coast": no role, no person
        if re.search(r"[A-Z][\w’']*[ ]$", text[max(0, m.start() - 30):m.start()]):
            continue  # a longer capitalised run ("Foreign Minister ..."): other rules read it
        if not all(_plain_name_word(w, text, gaz) for w in (m.group(1), m.group(2))):
            continue
        if re.search(rf"(?<![\w-]){re.escape(m.group(1))}\s+(?!{re.escape(m.group(2))}\b)[a-z]", text):
            continue  # "Itaipu dam" elsewhere: the first word names a thing, not a person
        out.append(Candidate(m.start(), m.end(2), text[m.start():m.end(2)], "Person", "rule"))
    return out


def _plain_name_word(w: str, text: str, gaz) -> bool:
    """A capitalised word that can be part of a person's name."""
    low = w.lower()
    if w in _NOT_NAME_START or re.fullmatch(_CALENDAR, w) or w in lexicon.words("org_heads"):
        return False
    if low in lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("portfolio_words") \
            | lexicon.words("agency_words") | lexicon.words("media_words") | lexicon.words("role_nouns"):
        return False
    if gaz.lookup(w) is not None or gaz.demonyms.get(low) is not None or w in REGION_ADJECTIVES:
        return False
    if w in lexicon.words("not_entities") or w in lexicon.words("street_suffixes"):
        return False
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is None  # "Truck": "a truck" elsewhere


# "... Adjacent to the Two Coasts on Friday": a day or month after a joiner ends the name.
_CALENDAR = f"(?:{dates.CALENDAR_NAMES})"
_NAME_PARTICLES = r"(?:de|del|da|dos|das|van|von|der|bin|ibn|al|el|la|le)"


def _given_name_people(text: str) -> list[Candidate]:
    """'Camila Soto' the NER missed: a known given name and one to three
    capitalised words after it (particles allowed: 'María de la Cruz')."""
    out = []
    stop = lexicon.words("org_heads") | set(_LOCALITY_SUFFIXES) | set(lexicon.words("street_suffixes")) | BUILDING_WORDS
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
        if portfolio_unit(" ".join(words)):
            continue  # "the Power Division": a unit of a ministry (round-28 A10), entity_ministry_units
        out.append(Candidate(start, m.end(), text[start:m.end()], "Place", "rule"))
    return out


_LOWER_LOCALITIES = ("province", "district", "region", "county", "department", "prefecture", "oblast", "governorate",
                     "state")


def lower_localities(text: str, state: State) -> list[Candidate]:
    """'Dhanusha district', 'Nangarhar province', 'the Mitrovica region': a
    capitalised name before a lower-case region word is a place, unless the
    name is a demonym or country ("the Indian state", "Kenya's province")."""
    out = []
    common = lexicon.words("portfolio_words") | lexicon.words("title_heads")
    for m in re.finditer(rf"(?<![\w’'-])((?:{CAP_CLASS}[\w’'-]*\s+){{1,2}})({'|'.join(_LOWER_LOCALITIES)})\b", text):
        start = m.start()
        owner = re.match(r"\S+['’]s\s+", m.group(0))
        if owner:  # "Peru's Tumbes region": the owner is a name of its own
            start += owner.end()
            bare = text[start:m.end(1)].strip()
            if state.gaz.lookup(bare) is not None and not re.search(
                    rf"\b(?:town|city|village|port|municipality)\s+of\s+{re.escape(bare)}(?![\w-])", text):
                continue  # "Greece's Evros region": the known region, named as the gazetteer does
        words = text[start:m.end(1)].split()
        while len(words) > 1 and words[0] in _NOT_NAME_START:  # "In Kandal province"
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if not words or "\n" in m.group(0) or words[0] in _NOT_NAME_START or any(
                w.lower() in common or w.endswith(("'s", "’s")) or state.gaz.country_of_demonym(w) is not None
                for w in words):
            continue  # a function word inside a name is allowed: "Long An province"
        unit = m.group(2)
        if unit == "state" and (re.match(r"\s+of\b", text[m.end():m.end() + 5])
                                or re.search(r"\b(?:a|an|one|every|each|any)\s+$", text[max(0, start - 8):start])):
            continue  # "the Gulf state of Qatar", "a Baltic state": a kind of country, not a region's name
        bare = " ".join(words)
        entry = state.gaz.lookup(bare)
        if entry is not None and entry.section == "regions":
            # "Tigray state": the known region, by its known name (the text's form an alias)
            out.append(Candidate(start, m.end(), text[start:m.end()], entry.type, "gaz", entry,
                                 alias=" ".join(text[start:m.end()].split())))
            continue
        alias = None
        if not re.search(rf"(?<![\w'’-]){re.escape(bare)}(?![\w'’-])(?!\s+{unit}\b)", text):
            alias = bare  # the bare name is another name of the region (only when the text never uses it apart)
        out.append(Candidate(start, m.end(), text[start:m.end()], "Place", "rule", alias=alias))
    return out


_MEDIA_CUES = ("public broadcaster", "state broadcaster", "broadcaster", "newspaper", "news agency", "daily",
               "weekly", "tabloid", "magazine", "news site", "news outlet", "radio station", "television channel",
               "TV channel", "news channel", "channel", "TV station", "television station", "state television",
               "state TV", "news portal", "news website", "broadcaster", "network", "radio")


def _media_names(text: str) -> list[Candidate]:
    """'the Polish broadcaster TVN24', 'told public broadcaster RTS', 'the daily
    La Tercera': a name right after a media word is a media outlet."""
    cues = "|".join(re.escape(c) for c in sorted(_MEDIA_CUES, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"\b(?:{cues}) +((?:[A-Z][\w&-]*|\d+[A-Z][\w-]*)(?: +(?:de +|del +)?(?:[A-Z][\w&-]*|\d{{1,3}}(?![\w,.]\d))){{0,3}})", text):
        name = m.group(1)
        if name.split()[0] in _NOT_NAME_START:
            continue
        out.append(Candidate(m.start(1), m.start(1) + len(name), name, "MediaOrganization", "rule"))
    out.extend(_article_led_media(text))
    return out


# Articles that lead newspaper titles in other languages ("El Comercio", "Le Monde", "O Globo").
_FOREIGN_ARTICLES = "El|La|Le|Les|Los|Las|Der|Die|Das|O|Il|Lo|Het|De"


def _article_led_media(text: str) -> list[Candidate]:
    """'in an interview with El Comercio', 'told Le Soir', 'wrote in Die Zeit':
    after a speech cue, a name led by a foreign article is a newspaper or
    broadcaster (a known place such as 'El Salvador' stays a place)."""
    out = []
    for m in re.finditer(rf"\b(?:interview with|interview to|told|wrote in|writing in|op-ed in|column in|speaking to|"
                         rf"spoke to|quoted by|quoted in|according to)\s+((?:{_FOREIGN_ARTICLES})\s+[A-ZÀ-Ý][\w-]+"
                         rf"(?:\s+(?:de\s+|del\s+)?[A-ZÀ-Ý][\w-]+){{0,2}})(?![\w’']|['’]s)", text):
        name = m.group(1)
        entry = load_gazetteer().lookup(name)
        if entry is not None and entry.type in {"Place", "Country", "Person"}:
            continue
        out.append(Candidate(m.start(1), m.end(1), name, "MediaOrganization", "rule"))
    return out


def _broadcaster_names(text: str) -> list[Candidate]:
    """'Channels Television', 'Arirang TV', 'Radio Nacional', 'TV3': a name ending
    in Television/TV/Radio (or led by Radio/TV) is a media outlet, never a place."""
    cap = CAP_CLASS + r"[\w&'’-]*"
    out = []
    # "Kossuth Rádió", "Radio YSKL", "TV 3", "Radio 1": the kind word before or after, or a channel number
    for m in re.finditer(rf"(?<![\w’'-])(?:{cap} ){{1,3}}(?:Television|TV|Radio|Rádió|Rádio|Radyo|FM|Broadcasting(?: Corporation)?)(?![\w’'-])"
                         rf"|(?<![\w’'-])(?:Radio|Televisión|Télévision|Televisão|Rádio|Rádió) {cap}(?: {cap}){{0,2}}"
                         rf"|(?<![\w’'-])(?:TV|Radio) \d{{1,2}}(?![\w-])|\bTV\d{{1,2}}\b|\b[A-Z]{{1,4}}TV\d{{0,2}}\b|\bTV[A-Z]{{1,3}}\d{{0,2}}\b", text):
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
                "San", "Santo", "Santa", "Nueva", "Nuevo", "Nova", "Novo", "Bahía", "Cerro", "Lago", "Isla", "Ilha",
                "Parque", "Parc", "Parco", "Praia", "Playa")


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


# Facility kinds beyond the lexicon's place nouns: "the Tarbela reservoir",
# "the planned Dasu-2 hydropower plant", "the Ekibastuz power station".
_EXTRA_FACILITY_NOUNS = ("reservoir", "power plant", "power station", "plant", "weir", "terminal", "channel",
                         "interconnector", "transmission line", "power line", "rail line", "gas pipeline", "oil pipeline")
# Status words between the article and a facility's name ("the planned Rogun dam").
_PLAN_WORDS = "planned|proposed|new|existing|disputed|giant|massive|controversial|unfinished|half-built|future|old"


def _described_names(text: str) -> list[Candidate]:
    """A capitalised name plus a lower-case kind word: 'the Barents Sea treaty',
    'the Teesta water-sharing agreement', 'the Storskog crossing', 'the Teesta river'."""
    out = []
    generic = "|".join(sorted(lexicon.words("generic_agreement_nouns"), key=len, reverse=True))
    places = {**lexicon.mapping("place_nouns"), **{k: "full" for k in _EXTRA_FACILITY_NOUNS}}
    place_re = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    cap_seq = rf"{_CAP}(?:[ \-–]{_CAP})*"  # "the Mfum–Ekok bridge": an en dash joins two names
    sizes = lexicon.alternation("facility_size_adjectives")  # "the larger Trans-Kessan railway" (s29)
    for m in re.finditer(
        rf"(?:\b(?:the|The|a|its|their)|(?<=[’']s))\s+(?:(?:{_PLAN_WORDS})\s+)?(?:(?P<size>{sizes})\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<name>{cap_seq})\s+(?P<mid>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<kind>{generic}|{place_re})\b",
        text,
    ):
        name, kind = m.group("name"), m.group("kind")
        if name.split()[0] in _NOT_NAME_START or m.group("size") and kind not in places:
            continue  # "the larger X railway" names a link; a size word before a deal's name is left alone
        start, end = m.start("name"), m.end()
        deal = re.match(rf"\s+(?:{generic})\b", text[end:end + 40]) if kind in places else None
        if deal and len(m.group("mid").split()) < 2 and not set(m.group("mid").split()) & _CLAUSE_WORDS:
            # "the Tallinn-Helsinki interconnector agreement": the lazy match stops at the
            # facility word, but the agreement word right after it is the name's kind
            if not describes_only(name):
                out.append(Candidate(start, end + deal.end(), text[start:end + deal.end()], "Agreement", "rule"))
            continue
        if kind in places and re.search(r"['’]s$", name):
            continue  # "the DRC's road agency", "the Rock's port": an owner and a common noun, no name (s31)
        if kind in places and re.match(r"\s+of\s+(?:the\s+)?[A-ZÀ-Ý]", text[end:end + 12]):
            continue  # "the Danish Baltic island of Bornholm": the name follows "of"
        if describes_only(name):
            continue  # "the Kenyan dam", "the Baltic port": a described thing, not a name
        if kind in places and m.group("mid") and not set(m.group("mid").split()) <= _INFRA_MODIFIERS:
            continue  # "the Channel tunnel", "the Itaipu hydroelectric dam" yes; "the Teesta big river" no
        if set(m.group("mid").split()) & _CLAUSE_WORDS:
            continue  # "the Volta Gas Company signed the deal": a clause, not a described name
        type_ = "Place" if kind in places else "Agreement"
        if m.group("year"):
            if type_ != "Agreement":
                continue
            start = m.start("year")  # "the 2012 Special Status agreement": the year as in "2012 X Agreement"
        out.append(Candidate(start, end, text[start:end], type_, "rule"))
    return out


_LAND_KIND_RE = r"(?:archipelago|islands|island|isle|peninsula|atoll|islets|islet|enclave|exclave)"


def _kind_of_names(text: str) -> list[Candidate]:
    """'the Norwegian Arctic archipelago of Svalbard', 'the remote island of X':
    the name after a described kind of land is a place (the NER often calls it
    an organisation); the description before it names nothing."""
    out = []
    for m in re.finditer(rf"\b[Tt]he\s+(?P<desc>(?:[\w-]+\s+){{0,3}}?){_LAND_KIND_RE}\s+of\s+(?:the\s+)?"
                         rf"(?P<name>{CAP_CLASS}[\w'’-]+(?:\s+{CAP_CLASS}[\w'’-]+)?)(?![\w'’-]|\s+{CAP_CLASS})", text):
        if not all(w.islower() or is_descriptor_word(w) for w in m.group("desc").split()):
            continue  # "the Faroe Islands of ...": a name, not a description
        name = m.group("name")
        if name.split()[-1] in lexicon.words("org_heads"):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "Place", "rule"))
    return out


# Function words never inside a described name ("... signed the deal").
_CLAUSE_WORDS = frozenset("the a an its their his her this that these those to and or of with on in at by for is are "
                          "was were has have had will would".split())


# Adjectives of seas and regions that describe rather than name ("Baltic port",
# "north-east Atlantic herring"); with a capitalised head they are names ("Baltic Sea").
REGION_ADJECTIVES = lexicon.words("geographic_adjectives")


# Round 24 (A14): "a Central Asian reservoir", "a West African port": a compass word before a
# continent's or region's adjective describes, it names nothing.
_CONTINENT_ADJECTIVES = frozenset("Asian African European Arab Oceanian Eurasian Latin".split())
_COMPASS_WORDS = frozenset("Central West East North South Western Eastern Northern Southern Northeast Northwest "
                           "Southeast Southwest North-East North-West South-East South-West Sub-Saharan Upper Lower "
                           "Inner Outer".split())


def describes_only(name: str) -> bool:
    """Are all the words of ``name`` descriptors ("Kenyan", "Central Asian", "West African")?"""
    words = name.split()
    if all(is_descriptor_word(w) for w in words):
        return True
    return words[-1] in _CONTINENT_ADJECTIVES | REGION_ADJECTIVES and all(
        w in _COMPASS_WORDS or is_descriptor_word(w) or w in _CONTINENT_ADJECTIVES for w in words)


def is_descriptor_word(word: str) -> bool:
    """A demonym ("Kenyan") or a region adjective ("Baltic"): a word that
    describes a place or thing without naming it."""
    return word in REGION_ADJECTIVES or load_gazetteer().demonyms.get(word.lower()) is not None


def _org_names(text: str) -> list[Candidate]:
    """Capitalised names headed by an organisation word: 'Joint Rivers Commission',
    'Ministry of Water Resources and Irrigation', 'Bangladesh Water Development Board'."""
    out = []
    heads = "|".join(sorted(lexicon.words("org_heads"), key=len, reverse=True))
    leads = "|".join(sorted(lexicon.words("org_lead"), key=len, reverse=True))
    # A possessive ("Egypt's") is not part of the name; a final dot only ends an
    # initial ("U.S."), never a sentence ("... in Chisinau. The Border Police").
    cap = CAP_CLASS + r"(?:[\w&-]|\.(?=\w))*(?:(?<=\b[A-Z])\.)?(?![’'\w-])"  # not "Timor" of "Timor-Leste's"
    # A comma inside a name only in a list that ends with "and X" ("Ministry of
    # Trade, Agribusiness and Industry"); ", Ana Rusu," after a name is an apposition.
    tail = rf"(?: (?:of|for|on|and) (?:the )?{cap}(?: (?:{cap}|and (?:the )?{cap}(?! ?[’']s)))*(?:(?:, {cap}(?: {cap})*)+,? and {cap}(?: {cap})*)?)?"
    inner = r"[A-Z][\w&-]*[’']s"  # "Norwegian Fishermen's Association"
    org_re = re.compile(rf"(?<![\w’']){cap} (?:(?:{cap}|{inner}) ){{0,3}}(?:{heads})\b(?P<tail>{tail})")
    head_words = lexicon.words("org_heads")
    for m in org_re.finditer(text):
        end = m.end()
        tail_words = m.group("tail").split()
        if m.group("tail").startswith(" and ") and not set(tail_words) & head_words \
                and not {w.lower() for w in tail_words} & lexicon.words("title_heads"):
            # "the Revenue Authority and the Royal Tarvian Constabulary", "the Border Guard and Kessa":
            # "and" right after the head word starts a second name; the name ends at its head (s30).
            # "Territorial Administration and Infrastructure Minister X": a title's portfolio, left whole
            end = m.start("tail")
        start = _trim_left(text, m.start(), end)
        start = _after_owner(text, start, end)
        if start < end and " " in text[start:end].strip():
            out.append(Candidate(start, end, text[start:end], "Organization", "rule"))
    # "Asian and Oceanian Affairs Bureau", "Middle East and Africa Division": a
    # regional unit of a ministry named after two regions joined by "and".
    for m in re.finditer(rf"(?<![\w’']){cap}(?: {cap})? and {cap}(?: {cap})? (?:Affairs (?:Bureau|Department|Division|"
                         rf"Directorate|Desk|Office)|Bureau|Division|Directorate|Desk)\b", text):
        start = _trim_left(text, m.start(), m.end())
        out.append(Candidate(start, m.end(), text[start:m.end()], "Organization", "rule"))
    # "Directorate General of Customs and Excise": "General" after the lead word is part of the head
    for m in re.finditer(rf"\b(?:{leads})(?: General)? (?:of|for|on) (?:the )?{cap}(?: (?:{cap}|and (?:the )?{cap}(?! ?[’']s)|of {cap}))*"
                         rf"(?:(?:, {cap}(?: {cap})*)+,? and {cap}(?: {cap})*)?", text):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Organization", "rule"))
    # "Fundación Horizonte", "Instituto Nacional de Estadística": the head word leads.
    romance = "|".join(_ROMANCE_ORG_LEADS)
    particle = r"(?:de|del|de la|de las|de los|des|du|de l['’]|d['’]|da|do|dos|das|para|pour|y|e|et)"
    for m in re.finditer(rf"\b(?:{romance})(?:(?: {particle}(?: |(?<=['’])))?(?: ?{cap})){{1,4}}", text):
        if " " in m.group(0):
            out.append(Candidate(m.start(), m.end(), m.group(0), "Organization", "rule"))
    seconds: list[Candidate] = []
    for c in out:
        if re.match(r"(?: [A-Z][\w-]*)+['’]s\b", text[c.end:c.end + 40]) and " and " in text[c.start:c.end]:
            c.end = c.start + text[c.start:c.end].rindex(" and ")  # "... of Petroleum and Sierra Leone's X": an owner follows
        # "Ministry of Trade and the Bolivian Ministry of Trade", "Institute X and the
        # World Trade Organization": a second organisation after "and (the)" is its own name.
        second = re.search(rf" and (?:the )?(?=(?:\S+ )*?(?:{heads})\b)", text[c.start:c.end])
        if second and set(text[c.start + second.end():c.end].split()) & lexicon.words("org_heads") \
                and set(text[c.start:c.start + second.start()].split()) & lexicon.words("org_heads"):  # not "Food and Agriculture Organization"
            rest = org_re.match(text, c.start + second.end())  # the second name runs on: "... Ministry of Trade"
            if rest is not None and rest.end() >= c.end:
                seconds.append(Candidate(rest.start(), rest.end(), rest.group(0), classify_org(rest.group(0)), "rule"))
            c.end = c.start + second.start()
        else:
            # "the Swedish Coast Guard and the Danish Navy": "and the" + a demonym starts a second body
            # ("the Finnish Border Guard and Estonian Navy": no "the" when both names start with a demonym)
            owned = re.search(r" and (the )?([A-Z][\w-]*) (?=[A-Z])", text[c.start:c.end])
            demonyms = load_gazetteer().demonyms
            if owned and demonyms.get(owned.group(2).lower()) is not None \
                    and (owned.group(1) or demonyms.get(text[c.start:c.end].split()[0].lower()) is not None) \
                    and set(text[c.start:c.start + owned.start()].split()) & lexicon.words("org_heads"):
                s2 = c.start + owned.start(2)
                seconds.append(Candidate(s2, c.end, text[s2:c.end], classify_org(text[s2:c.end]), "rule"))
                c.end = c.start + owned.start()
        # "the Border Police of Kessa and Tarvian police": a demonym ending the name after "and"
        # describes a second, unnamed body (round-21 class A2)
        last = re.search(r" and (?:the )?([A-Z][\w-]*)$", text[c.start:c.end])
        if last and load_gazetteer().demonyms.get(last.group(1).lower()) is not None \
                and re.match(r" [a-z]", text[c.end:c.end + 2]):
            c.end = c.start + last.start()
        c.text = text[c.start:c.end]
        c.type = classify_org(c.text)
    out.extend(seconds)  # the second name counts too ("... Union and the Gulf Coast Fishers Alliance")
    for c in out:
        _cut_at_title(text, c)
    return [c for c in out if not _office_words_before_title(text, c)]


def _cut_at_title(text: str, cand: Candidate) -> None:
    """'Territorial Administration and Infrastructure Minister Davit Khudatyan':
    a name's tail ran on through a title word into the holder's name; the
    candidate ends before the title (the office test then drops the rest).
    "Office of the President" keeps its title: an office after "the"/"of" is
    part of a body's name."""
    words = list(re.finditer(r"\S+", cand.text))
    for k, w in enumerate(words[1:-1], start=1):
        if w.group(0)[:1].isupper() and w.group(0).lower() in lexicon.words("title_core") \
                and words[k - 1].group(0).lower() not in {"the", "of", "for"} \
                and words[k + 1].group(0)[:1].isupper():
            cand.end = cand.start + words[k - 1].end()
            cand.text = text[cand.start:cand.end]
            cand.type = classify_org(cand.text)
            return


def _after_owner(text: str, start: int, end: int) -> int:
    """'South Sudan's Ministry of Petroleum', 'New Zealand's Department of X':
    a possessive country or place before an organisation name is its owner, not
    part of the name ('Norwegian Fishermen's Association' keeps its word)."""
    for owner in re.finditer(r"[’']s\s+", text[start:end]):
        name = text[start:start + owner.start()]
        entry = load_gazetteer().lookup(name)
        if entry is not None and entry.type in {"Country", "Place"}:
            return start + owner.end()
    return start


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
                      "Partido", "Dirección", "Servicio", "Superintendencia", "Autoridad",
                      # corporate heads: "Empresa Nacional del Petróleo", "Société Nationale des Pétroles"
                      "Empresa", "Empresas", "Companhia", "Compañía", "Compagnie", "Société", "Sociedad",
                      "Sociedade", "Électricité", "Electricité", "Electricidade", "Electricidad", "Entreprise",
                      "Régie", "Petróleos", "Yacimientos", "Administración", "Caisse", "Banque", "Office National",
                      "Office National")


def _datelines(text: str) -> list[Candidate]:
    """'PARIS, Nov 2 -' / 'DHAKA, March 14 –' / 'RIGA, May 5 (Reuters) -' / 'DHANGADHI, July 10' on a
    line of its own: the city a report was filed from."""
    out = []
    for m in re.finditer(r"(?m)^([A-Z][A-Z.'’ -]{2,30}?)(?:,\s*[A-Z][A-Za-z.]+)?,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}"
                         r"(?:\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]|[ \t]*$)", text):
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "Place", "rule"))
    # "SANTA LUCIA - ...": a dateline of one to three upper-case words and a dash, no date
    for m in re.finditer(r"(?m)^([A-Z][A-Z.'’-]{2,30}(?: [A-Z][A-Z.'’-]+){0,2})\s+[—–-]\s+(?=[A-Z])", text):
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "Place", "rule"))
    # "XIAMEN, China — ...": the city and its country, no date
    for m in re.finditer(r"(?m)^([A-Z][A-Z.'’-]{2,30}(?: [A-Z][A-Z.'’-]+){0,2}),\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[—–-]\s", text):
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "Place", "rule"))
    # "KORHOGO, Côte d'Ivoire - Just after dawn": a country of other letters than a-z (round-25 A4)
    for m in re.finditer(r"(?m)^([A-ZÀ-Ý][A-ZÀ-Ý.'’-]{2,30}(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){0,2}),[ \t]+([A-ZÀ-Ý][^\n,—–]{1,40}?)[ \t]*[—–-][ \t]", text):
        entry = load_gazetteer().lookup(m.group(2))
        if entry is not None and entry.type == "Country":
            out.append(Candidate(m.start(1), m.end(1), m.group(1), "Place", "rule"))
            out.append(Candidate(m.start(2), m.end(2), m.group(2), "Country", "gaz", entry))
    # "LIMA, 3 May (Andes Press Service):", "LIMA, Peru, May 3 (Pacific Wire) -": a wire's dateline
    for m in DATELINE_OUTLET_RE.finditer(text):
        town = re.match(r"[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=[,( \t])", m.group(0))
        if town and len(town.group(1)) > 2:
            out.append(Candidate(m.start() + town.start(1), m.start() + town.end(1), town.group(1), "Place", "rule"))
    return out


# Capitalised words that start sentences or clauses but never a name.
_NOT_NAME_START = frozenset(
    "The A An This That These Those Its Their Our His Her While As But And In On At For With "
    "After Before When If Under Since During Although Though Because Meanwhile However "
    "Nonetheless Still Yet So Then Now Today Yesterday Both Last Next Why How What Under "
    "Until Once Despite Without Within Between Among From By To Of Or Nor Not No Any Every "
    "Each Such Some All Most Many Several Only Even Also Whether Where Which Who "
    # sentence adverbs ("Later the X Initiative published ...")
    "Later Earlier Recently Separately Currently Previously Initially Eventually Finally Instead Likewise "
    "Similarly Additionally Moreover Furthermore Thus Hence Therefore Otherwise Indeed".split()
)
NOT_NAME_START = _NOT_NAME_START  # public name for the other candidate modules


def _trim_left(text: str, start: int, end: int) -> int:
    """Skip leading function words and joiners: 'While the Safe ...' -> 'Safe ...';
    a name never runs over a line break ('...Power\n\nThe Mphanda Dam')."""
    newline = text.rfind("\n", start, end)
    if newline >= 0 and text[newline + 1:end].strip():
        start = newline + 1
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
