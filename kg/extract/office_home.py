"""The home state of a press release: the one state its letterhead names.

"DEPARTMENT OF LABOR AND EMPLOYMENT / Republic of the Philippines / PRESS RELEASE" or
"Ministry of Foreign Affairs of Ghana — Press Release": a release speaks for the state whose
letterhead it bears. Its officials named without a country ("Labor Secretary Ana Cruz",
"Health Undersecretary Jose Lim of the Department of Health (DOH)") act for that state, and
its bodies named without one (DOLE, DOH, "the Department of Trade") belong to it; the other
state's people and bodies are named with their country ("Saudi Deputy Minister X").
"""

from __future__ import annotations

import re

from kg.extract.office_letterheads import country_in, heading_lines
from kg.extract.state import State

# A heading line that makes the text a release (alone or after the issuer: "X — Press Release").
_RELEASE_RE = re.compile(r"(?i)(?:^|[—–-]\s*|\s)(?:(?:joint\s+)?(?:press|news|media)\s+release|for\s+immediate\s+release)"
                         r"\s*[:.]?\s*$")
_MINISTRY_TAIL_RE = re.compile(r"(?i)\b(?:ministry|department|office|government)\b.*\bof\s+(?:the\s+)?(?P<c>[^,—–]+)$")


def release_home(state: State) -> str | None:
    """The country of a press release's letterhead, or None (no release, no country or two)."""
    cache = state.__dict__.setdefault("_release_home", {})
    if "home" not in cache:
        cache["home"] = _find_home(state)
    return cache["home"]


def _find_home(state: State) -> str | None:
    lines = heading_lines(state)
    if not any(_RELEASE_RE.search(line) for line in lines):
        return None
    countries: set[str] = set()
    for line in lines:
        for part in re.split(r"\s*[,—–]\s*|\s+-\s+", line):
            part = part.strip()
            if not part or _RELEASE_RE.search(part):
                continue
            country = country_in(state, part)
            if country is None:
                tail = _MINISTRY_TAIL_RE.search(part)  # "Ministry of Foreign Affairs of Ghana"
                country = country_in(state, tail.group("c")) if tail is not None else None
            if country is not None:
                countries.add(country)
    return countries.pop() if len(countries) == 1 else None


# A wire dispatch's dateline with its agency's tag: "ASWAN, Oct. 7 (MENA) -", "CAIRO (MENA) -"
_DISPATCH_RE = re.compile(r"\s*(?P<city>[A-Z][A-Za-z.'’ -]{2,30}?),?\s+(?:(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)"
                          r"(?:,?\s+\d{4})?\s*)?\((?P<tag>[A-Z][A-Za-z.]{1,11})\)\s*[-–—]")


def dispatch_home(state: State) -> str | None:
    """The home state of a state news agency's dispatch (round-30 S4): "ASWAN, Oct. 7 (MENA) -
    ... the Ministry of Labour said": an agency writes its own state's bodies without the state's
    name ("the Ministry of Labour" of an Egyptian agency is Egypt's); the other state's bodies
    carry a name or a side ("the Libyan side ..."). The state is the dateline town's (an agency
    files from home); a wire the gazetteer knows counts only from its own country (never "MEXICO
    CITY (AP)"); only a state the text names."""
    cache = state.__dict__.setdefault("_release_home", {})
    if "dispatch" not in cache:
        cache["dispatch"] = _find_dispatch_home(state)
    return cache["dispatch"]


def _find_dispatch_home(state: State) -> str | None:
    from kg.extract.cities import town_countries  # (late: the table is read only for dispatches)
    from kg.extract.office_sides import ensure_country

    m = _DISPATCH_RE.match(state.text[state.body_start:state.body_start + 120])
    if m is None:
        return None
    city = m.group("city").strip()
    town_country = None
    for name in (city.title(), city):
        entry = state.gaz.lookup(name)
        if entry is not None and entry.country:
            town_country = entry.country
            break
        countries = set(town_countries().get(name, ()))
        if len(countries) == 1:
            town_country = countries.pop()
            break
    agency = state.gaz.lookup(m.group("tag"))
    if agency is not None:
        # a wire known by name speaks for no state unless it files from home ("BEIJING (Xinhua)");
        # an international wire abroad ("MEXICO CITY (AP)") gives no side
        if agency.type != "MediaOrganization" or not agency.country or agency.country != town_country:
            return None
    return ensure_country(state, town_country) if town_country else None


# A government heading line: "GOVERNMENT OF INDIA", "Republic of Ghana", "Ministry of Commerce, Government of India"
_GOVERNMENT_LINE_RE = re.compile(r"(?i)^(?:.*[,—–-]\s*)?(?:the\s+)?(?:government|republic|kingdom)\s+of\s+(?:the\s+)?(?P<c>[^,—–]+)$")


def government_home(state: State) -> str | None:
    """The home state of a government's own document (round-31 O8): a press release's letterhead,
    or heading lines "GOVERNMENT OF INDIA / MINISTRY OF COMMERCE" over a written answer or a
    ministry page. Its bodies named without a state ("the Ministry of External Affairs", "the Land
    Ports Authority") are that state's. Only one state named in the headings, and one the text
    names."""
    home = release_home(state)
    if home is not None:
        return home
    cache = state.__dict__.setdefault("_release_home", {})
    if "government" not in cache:
        countries: set[str] = set()
        for line in heading_lines(state):
            m = _GOVERNMENT_LINE_RE.match(line.strip())
            country = country_in(state, m.group("c")) if m is not None else None
            if country is not None:
                countries.add(country)
        cache["government"] = countries.pop() if len(countries) == 1 else None
    return cache["government"]
