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
