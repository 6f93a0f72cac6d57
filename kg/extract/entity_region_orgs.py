"""Organisations named "<brand> <region>" (round-18 class A-F4).

"Greenpeace Nordic", "Caritas Baltic", "WWF Asia", "Oxfam Africa": a regional
branch of a civil-society body is named by its brand and a region word. The
model often reads the pair as a place (the region word dominates) or tags the
region alone. Such a pair is an Organization when the brand is a known one
(``lexicon.json`` "ngo_brands") or when the model read the words as one name
of a body, not of a place ("the Trans Europe link" stays a place), and the words before the region are an organisation's own name (no place,
direction, demonym, given name or title: ``entity_country_orgs._lead_words``).
Countries after a brand are ``entity_country_orgs``'s case.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_country_orgs import _lead_words
from kg.extract.entity_country_tails import _title_case_line
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

# Region words a branch name ends in (continents, sea regions, "International").
REGION_TAILS = ("Nordic", "Nordics", "Baltic", "Baltics", "Balkans", "Africa", "Europe", "International", "Asia",
                "Americas", "Pacific", "Arctic", "Caucasus", "Scandinavia", "Mediterranean", "Middle East",
                "Latin America", "Asia Pacific", "Asia-Pacific", "Central Asia", "Eastern Europe", "West Africa",
                "East Africa", "Southern Africa", "Central Europe", "South Asia", "South-East Asia", "Southeast Asia")
_TAIL_RE = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(t) for t in sorted(REGION_TAILS, key=len, reverse=True))
                      + r")(?![\w'’-])")


def region_branch_orgs(state: State) -> list[Candidate]:
    """Candidates "<brand> <region word(s)>"."""
    text = state.text
    out = []
    for m in _TAIL_RE.finditer(text):
        start, end = m.start(), m.end()
        if start < state.body_start or text[start - 1:start] != " " or re.match(r"['’]s\b|-", text[end:end + 2]):
            continue
        brand = _brand_start(text, start)
        if brand is None and _title_case_line(text, start):
            continue  # a headline in title case capitalises every word (a known brand still names a branch)
        lead = brand if brand is not None else _lead_words(state, start)
        if lead is None or text[lead - 1:lead] in {"-", "–"}:
            continue  # "Sub-Saharan Africa": a region
        label = text[lead:end]
        if brand is None and not _read_as_body(state, lead, end):
            continue  # "<Word> Asia" read as two names, or as one place ("the Trans Europe link"): not a branch
        out.append(Candidate(lead, end, label, classify_org(label), "rule"))
    return out


def _read_as_body(state: State, start: int, end: int) -> bool:
    """Did the model read ``start:end`` as (part of) one name of a body or a
    person (a mistyped body), not of a place?"""
    return any(e.start_char <= start and end <= e.end_char and e.label_ in {"ORG", "PERSON", "NORP"}
               for e in state.doc.ents)


def _brand_start(text: str, start: int) -> int | None:
    """Where a known brand ending right before ``start`` (plus one space) begins."""
    for brand in sorted(lexicon.words("ngo_brands"), key=len, reverse=True):
        b = start - 1 - len(brand)
        if b >= 0 and text[b:start - 1] == brand and text[start - 1] == " " \
                and (b == 0 or not re.match(r"[\w'’-]", text[b - 1])):
            return b
    return None
