"""The issuing ministry of a press release and the country it belongs to.

"MINISTRY OF ROADS AND HIGHWAYS / REPUBLIC OF GHANA / PRESS RELEASE ... signed
by Hon. X, Minister of Roads and Highways, and Mr. Y, Togo's Minister of
Transport": a release names its own minister without a country. When the
minister's portfolio is the letterhead ministry's, the minister acts for the
letterhead's country, whatever other country the sentence names beside them.

The letterhead is the block of short heading lines at the top of the body
(capitalised words and joiners only, no sentence) or a line "Ministry of X,
<Country>" / "Ministry of X of <Country>" of its own anywhere in that block.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_sides import ensure_country
from kg.extract.state import State

_JOINERS = frozenset({"of", "the", "and", "for", "on", "&", "de", "du", "des", "la", "del", "in"})
_MINISTRY_RE = re.compile(r"(?i)\b(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>[^,\n]+)")
_TITLE_RE = re.compile(r"(?i)\b(?:minister|secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>.+)$")
_COUNTRY_LINE_RE = re.compile(r"(?i)^(?:the\s+)?(?:(?:federal\s+|united\s+|democratic\s+|islamic\s+|socialist\s+)*"
                              r"(?:republic|kingdom|state|government|principality|sultanate)\s+of\s+(?:the\s+)?)?(?P<name>.+)$")
_MAX_LINES = 8


def heading_lines(state: State) -> list[str]:
    """The short heading lines that open the body (a letterhead), up to the first sentence."""
    lines: list[str] = []
    for raw in state.text[state.body_start:state.body_start + 800].split("\n"):
        line = raw.strip()
        if not line:
            continue
        words = re.findall(r"[\w'’-]+", line)
        if not words or len(words) > 12 or line.endswith((".", "!", "?", '"', "”")) \
                or not all(w[:1].isupper() or w.lower() in _JOINERS or w[:1].isdigit() for w in words):
            break
        lines.append(line)
        if len(lines) >= _MAX_LINES:
            break
    return lines


def _words(portfolio: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[\w'’-]+", portfolio)
                     if w.lower() not in _JOINERS and w.lower() not in lexicon.words("connectors"))


def country_in(state: State, text: str) -> str | None:
    """The country a letterhead line names ("REPUBLIC OF GHANA", "Ghana")."""
    m = _COUNTRY_LINE_RE.match(text.strip())
    name = m.group("name").strip() if m else text.strip()
    for candidate in (name, name.title(), text.strip(), text.strip().title()):
        entry = state.gaz.lookup(candidate)
        if entry is not None and entry.type == "Country":
            return ensure_country(state, entry.label)
        if entry is not None and entry.capital and entry.country:  # "Ministry of Works, Accra"
            return ensure_country(state, entry.country)
    return None


def letterhead_country(state: State, title: str) -> str | None:
    """The letterhead's country when ``title`` ("Minister of Roads and Highways")
    holds the portfolio of the ministry the letterhead names, else None."""
    hit = _TITLE_RE.search(title)
    if hit is None:
        return None
    wanted = _words(hit.group("portfolio"))
    if not wanted:
        return None
    lines = heading_lines(state)
    ministry = False
    countries: set[str] = set()
    for line in lines:
        m = _MINISTRY_RE.search(line)
        if m is not None:
            portfolio = m.group("portfolio")
            # "Ministry of Foreign Affairs of Ghana": the country closes the ministry's name
            tail = re.search(r"\s+of\s+(?:the\s+)?([^,]+)$", portfolio, re.I)
            if tail is not None and country_in(state, tail.group(1)) is not None:
                countries.add(country_in(state, tail.group(1)))
                portfolio = portfolio[:tail.start()]
            have = _words(portfolio)
            if have and (have <= wanted or wanted <= have):
                ministry = True
            for part in line[m.end():].split(","):  # "Ministry of Roads, Republic of Ghana"
                country = country_in(state, part)
                if country is not None:
                    countries.add(country)
            continue
        for part in line.split(","):
            country = country_in(state, part)
            if country is not None:
                countries.add(country)
    if ministry and len(countries) == 1:
        return countries.pop()
    return None
