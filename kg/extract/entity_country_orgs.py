"""Organisations named "<Word> <Country>" (round-17 class A2).

"ActionAid Kenya", "Caritas Polska", "Oxfam Italia", "Aduanas Chile",
"Migración Panamá": a capitalised name of one or two words that is no place,
no direction word and no title, written right before a country's name (in
English or in the country's own language, ``lexicon.json`` "country_endonyms"),
is a national branch or a national service: an organisation, not the country.
With an English country name, the model must have read the words as one
name (it only mistyped it); a country in its own language or a state-service
first word is enough by itself.
Round 26 (class A1): an apposition that describes a body ("AirNav Malaysia, the
state air navigation provider, said", "Immigration Australia, part of the
Department of Home Affairs,") or a brand word with an inner capital ("AirNav")
also makes the words one name, which the model may have split; a state
descriptor or "part of" a ministry makes it a government agency.
A state-service first word ("Aduanas", "Migração", "Policía") makes it a
government agency. (Round 15's ``entity_country_tails`` takes longer names
that speak: "Transparency Watch Latvia said".)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import dates, lexicon
from kg.extract.cities import is_city
from kg.extract.entity_country_tails import _title_case_line
from kg.extract.entity_patterns import NOT_NAME_START, REGION_ADJECTIVES
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State
from kg.model import ORG_TYPES

# Words that make "<Word> Kenya" a region or a longer place, never a body.
_PLACE_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater "
                         "Inner Outer Coastal Rural Urban Old New Equatorial Little Great Mid Middle Far Near "
                         "Rest Whole All Mainland Metropolitan".split())
_MAX_WORDS = 2


def country_named_orgs(state: State) -> list[Candidate]:
    """Candidates "<one or two name words> <country>"."""
    out = []
    for start, end in _country_spans(state):
        if start < state.body_start or re.match(r"['’]s\b|-", state.text[end:end + 2]):
            continue
        if _title_case_line(state.text, start):
            continue  # a headline in title case capitalises every word
        lead = _lead_words(state, start)
        if lead is None:
            continue
        label = state.text[lead:end]
        first = label.split()[0]
        endonym = state.text[start:end] in lexicon.words("country_endonyms")
        described = _described_body(state.text, end)
        if not (endonym or first in lexicon.words("state_service_leads") or _read_as_one(state, lead, end)
                or described or _brand_word(first)):
            continue  # "<Word> Kenya" the model read as two names: two names
        type_ = "GovernmentAgency" if first in lexicon.words("state_service_leads") else classify_org(label)
        if described == "state":
            type_ = "GovernmentAgency"
        out.append(Candidate(lead, end, label, type_, "rule"))
    return out


# ", the state air navigation provider,", ", part of the Department of Home Affairs,": the
# words before name a body (round-26 A1). "state"/"government"/"national" or "part of" a
# ministry/department makes it a state one.
_BODY_NOUNS = ("provider|operator|agency|authority|regulator|company|firm|corporation|body|board|service|"
               "association|federation|council|organisation|organization|carrier|airline|utility|"
               "industry group|lobby|group|charity|union|network|marketing board|promotion board")
_DESCRIBED_RE = re.compile(rf",\s+(?:(?:the|a|an|its)\s+((?:[\w-]+\s+){{0,4}}?)(?:{_BODY_NOUNS})\b|(part of|a unit of|an arm of) the\s+(\w+))")
_STATE_WORDS = frozenset("state state-owned state-run government national federal public".split())


def _described_body(text: str, end: int) -> str | None:
    """"state" or "body" when an apposition right after ``end`` describes a
    body; None otherwise."""
    m = _DESCRIBED_RE.match(text, end)
    if m is None:
        return None
    if m.group(2):
        return "state" if m.group(3) in {"Ministry", "Department", "Directorate", "Office"} else "body"
    words = set(m.group(1).lower().split())
    return "state" if words & _STATE_WORDS else "body"


def _brand_word(word: str) -> bool:
    """"AirNav", "SkyWay": a capital inside a word of letters makes a brand name."""
    return word.isalpha() and re.search(r"[a-z][A-Z]", word) is not None


def _read_as_one(state: State, start: int, end: int) -> bool:
    """Did the model read ``start:end`` as (part of) one name?"""
    return any(e.start_char <= start and end <= e.end_char for e in state.doc.ents)


@lru_cache(maxsize=1)
def _endonyms() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(n) for n in lexicon.words("country_endonyms")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{names})(?![\w'’-])")


def _country_spans(state: State) -> list[tuple[int, int]]:
    """Countries in English (the gazetteer) and in their own languages."""
    spans = [(s, e) for s, e, entry in state.gaz.finditer(state.text) if entry.type == "Country"]
    spans += [(m.start(), m.end()) for m in _endonyms().finditer(state.text)]
    return sorted(set(spans))


def _lead_words(state: State, start: int) -> int | None:
    """Where the organisation's own words before the country begin (None when
    the words before are no such name)."""
    span = state.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    tokens: list = []
    while i > 0 and len(tokens) < _MAX_WORDS:
        tok = state.doc[i - 1]
        if not tok.text[:1].isupper() or tok.idx + len(tok.text) + 1 != (tokens[0].idx if tokens else start) \
                or "\n" in state.text[tok.idx:start]:
            break
        tokens.insert(0, tok)
        i -= 1
    # "the grid in ActionAid Kenya": a longer capitalised run is round 15's case or no name
    if not tokens or i > 0 and state.doc[i - 1].text[:1].isupper() and not state.doc[i - 1].is_sent_start \
            and state.doc[i - 1].text not in NOT_NAME_START:
        return None
    if not all(_name_word(state, t) for t in tokens):
        return None
    return tokens[0].idx


def _name_word(state: State, tok) -> bool:
    """A word of an organisation's own name: no place, title, person or clause word."""
    w = tok.text
    titles = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")
    if w in NOT_NAME_START or w in _PLACE_WORDS or w in REGION_ADJECTIVES or w.lower() in titles:
        return False
    if w.lower() in dates.MONTHS or w in dates.WEEKDAY_NAMES.split("|") or w.endswith(("'s", "’s")):
        return False
    if w in lexicon.given_names() or state.gaz.demonyms.get(w.lower()) is not None or is_city(w):
        return False
    entry = state.gaz.lookup(w)
    if entry is not None and entry.type not in ORG_TYPES:
        return False  # "Nairobi Kenya", "Botswana Kenya": places
    if w in lexicon.words("country_endonyms"):
        return False
    # a verb or adjective opening a sentence ("Visiting Kenya", "Neighbouring Chile") names nothing
    return tok.pos_ in {"PROPN", "NOUN", "X"} and not (tok.is_sent_start and tok.pos_ != "PROPN")
