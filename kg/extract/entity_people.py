"""People named beside a long office: "Ecuador's Minister of Production and
Foreign Trade, Ana Ruiz, met ..." and "Ana Ruiz, Ecuador's Minister of X and
Y, said ...". The NER often misses the name there, or calls it (and words of
the portfolio) an organisation; the office's shape decides instead.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.entity_patterns import STYLE_RE
from kg.extract.gazetteer import load_gazetteer

_W = CAP_CLASS + r"[\w'’-]*"
_PW = CAP_CLASS + r"[\w-]*(?![\w’'-])"  # a portfolio word: no possessive ("Sweden's" ends the portfolio)
_PORTFOLIO_PART = rf"{_PW}(?: {_PW})*"
# "Minister of Energy, Water Resources and Irrigation": one portfolio, or a list ending in "and X".
_PORTFOLIO = rf"(?:the )?{_PORTFOLIO_PART}(?:(?:, {_PORTFOLIO_PART})*,? (?:and|&) (?:the )?{_PORTFOLIO_PART})?"
_TITLE = (r"(?:(?:Deputy|Vice|Assistant|Acting|Senior|Chief|Permanent|Principal|First)[ -])?"
          r"(?:Minister|Secretary|Cabinet Secretary|Minister of State|Secretary of State|Undersecretary|"
          r"Under-Secretary|Director|Director-General|Director General|Commissioner|Governor|Chairman|Chairwoman|"
          r"Chair|President|Administrator|Ambassador|Envoy|Special Envoy|Coordinator|Head)")
_OWNER = r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s |the |[Tt]he )"
_NAME = rf"{_W}(?: (?:de |da |van |von |bin |al-)?{_W}){{1,3}}"
_OFFICE = rf"(?<![\w’'-]){_OWNER}?{_TITLE} (?:of|for) {_PORTFOLIO}"
# "<Country>'s Minister of A and B, <Name>," (the name ends at a comma or a verb)
_NAME_AFTER = re.compile(rf"(?P<office>{_OFFICE}), (?P<name>{_NAME})(?=,|\s+(?:said|says|met|told|added|signed|"
                         rf"visited|announced|warned|arrived|led|called|urged|held|spoke|insisted|argued|"
                         rf"stressed|noted|agreed|wrote|travelled|traveled|was|is|has|had|will|would)\b)")
# "<Name>, <Country>'s Minister of A and B,"
_NAME_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME}), (?P<office>{_OFFICE})(?=[,.;:]|\s+(?:said|says|met|told|added))")


# "Togo's trade minister, Komi Agbeko, in Lome": a possessive owner, a title
# in lower case (a few modifier words before it), then the apposed name. The
# name may be followed by "in <Place>" (where the person was), which must not
# make the name a place.
_LOWER_TITLE = (r"(?:(?:deputy|vice|assistant|acting|senior|chief|top|former|foreign|trade|finance|energy|"
                r"mining|oil|economy|economic|defence|defense|interior|justice|health|transport|water|"
                r"agriculture|fisheries|environment|labour|labor|industry|commerce|petroleum|security|"
                r"planning|budget|tourism|education|infrastructure|public works|state|prime|lead|"
                r"border|customs|climate|development|investment|communications|information|"
                # "Gabon's mines minister", "Chad's livestock and fisheries minister": any portfolio (round-35 A1)
                r"(?!(?:minister|secretary|envoy|ambassador|governor|mayor|president)\b)[a-z][a-z-]+(?: and [a-z][a-z-]+)?)[ -]){0,3}"
                r"(?:minister|secretary|envoy|ambassador|negotiator|spokesman|spokeswoman|spokesperson|"
                r"commissioner|governor|director|director-general|president|chancellor|premier|adviser|advisor)")
_TITLE_APPOSED = re.compile(
    rf"(?<![\w’'-])(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}})['’]s (?P<office>{_LOWER_TITLE}), "
    rf"(?P<name>{_NAME})(?=,|\s+in\s+[A-Z]|\s+(?:said|says|met|told|added|signed|visited|announced|warned|"
    rf"arrived|led|called|urged|held|spoke|insisted|argued|stressed|noted|agreed|wrote|travelled|traveled)\b)")


# "<Name>, Ethiopia's minister of water and energy, told": the name before a possessive
# country and a lower-case office (with or without its portfolio).
_LOWER_PORTFOLIO = r"(?: (?:of|for) (?:the )?[a-z][\w-]*(?:(?:,| and| &) [a-z][\w-]*){0,4})?"
_NAME_BEFORE_LOWER = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME}), (?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}})['’]s "
    rf"(?P<office>{_LOWER_TITLE}{_LOWER_PORTFOLIO})(?=[,.;:]|\s+(?:said|says|met|told|added|was|is|has|had|will|would)\b)")


def _owned_title_people(text: str) -> list[Candidate]:
    """Person candidates apposed to a lower-case title after a possessive
    country or place ("Ghana's energy minister, Kofi Mensah, in Accra")."""
    out = []
    for m in [*_TITLE_APPOSED.finditer(text), *_NAME_BEFORE_LOWER.finditer(text)]:
        entry = load_gazetteer().lookup(m.group("owner"))
        if entry is None or entry.type not in {"Country", "Place"}:
            continue  # "Acme's sales director, ...": only a state or place owns an office here
        start, name = m.start("name"), m.group("name")
        style = STYLE_RE.match(name)  # "Datuk Aisha Rahman": the style is no part of the name
        if style:
            start, name = start + style.end(), name[style.end():]
        while name.split() and name.split()[0].lower().rstrip(".") in {"mr", "mrs", "ms", "dr", "prof", "sir", "dame"}:
            cut = len(name.split()[0]) + 1
            start, name = start + cut, name[cut:]
        words = name.split()
        if "\n" in m.group(0) or len(words) < 2 or not _person_words(words):
            continue
        out.append(Candidate(start, start + len(name), name, "Person", "rule"))
    return out


# "On Monday, Peru's Minister of ..., Rosa Quispe, met ...": a sentence-opening time phrase
# has the shape of a name before an apposed office.
_TIME_LEADS = frozenset({"On", "In", "At", "By", "Since", "Until", "Last", "Next", "This", "Early", "Late", "Earlier"})
_WEEKDAYS = frozenset(dates.WEEKDAY_NAMES.split("|"))


def _person_words(words: list[str]) -> bool:
    """Could these words be a person's name (not an organisation, office, place or time)?"""
    stop = lexicon.words("org_heads")
    office = lexicon.words("title_core") | lexicon.words("portfolio_words") | lexicon.words("agency_words")
    if any(w in stop or w.lower() in office or w in {"The", "A", "An"} for w in words):
        return False
    if words[0] in _TIME_LEADS or any(w in _WEEKDAYS for w in words):
        return False
    entry = load_gazetteer().lookup(" ".join(words))
    return entry is None or entry.type == "Person"


def apposed_office_people(text: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Person candidates apposed to an office with a portfolio, and the spans
    of those portfolios (no organisation is named inside them)."""
    people: list[Candidate] = []
    portfolios: list[tuple[int, int]] = []
    for pattern in (_NAME_AFTER, _NAME_BEFORE):
        for m in pattern.finditer(text):
            name = m.group("name")
            words = name.split()
            if "\n" in m.group(0) or not _person_words(words):
                continue
            people.append(Candidate(m.start("name"), m.end("name"), name, "Person", "rule"))
            office = m.group("office")
            of = re.search(r" (?:of|for) (?:the )?", office)
            if of is not None:
                portfolios.append((m.start("office") + of.end(), m.end("office")))
    people.extend(_owned_title_people(text))
    return people, portfolios


# "Kazakh Transport Minister X", "Latvian Energy and Climate Minister Y": after the
# portfolio words comes the title (capitalised or not).
_TITLE_AFTER_RE = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:Deputy|Vice|Acting|deputy|vice|acting)[ -])?"
    r"(?:Minister|Secretary|Commissioner|Minister|minister|secretary|commissioner)\b")


def office_fragment(cand: Candidate, state) -> bool:
    """'Kazakh Transport' of 'Kazakh Transport Minister Daniyar Seitkali': a
    demonym and portfolio words before a minister's title are part of the
    office, not a person or an organisation."""
    if cand.source == "gaz" or cand.type not in {"Person", "Organization", "GovernmentAgency", "Place"}:
        return False
    words = cand.text.split()
    if len(words) < 2 or state.gaz.demonyms.get(words[0].lower()) is None:
        return False
    portfolio = lexicon.words("portfolio_words")
    heads = lexicon.words("org_heads")
    # "Production", "Climate": a capitalised word that heads no body is a portfolio here
    if not all(w.lower() in portfolio or w in {"and", "&"} or w[:1].isupper() and w not in heads for w in words[1:]):
        return False
    return _TITLE_AFTER_RE.match(state.text, cand.end) is not None
