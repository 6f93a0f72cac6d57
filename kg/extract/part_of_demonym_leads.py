"""The country word the text puts right before a state body's name (session 31, H4).

"HANOI - ... the Philippine Department of Foreign Affairs (DFA) and Vietnam's Ministry of
Foreign Affairs said": the label keeps "Department of Foreign Affairs", so the name says
no country, and a report filed from Hanoi would otherwise give the body to Vietnam. The
demonym (or country name) the text writes just before the name is whose body it is; it
outweighs the dateline.
"""

from __future__ import annotations

import re

from kg.extract.evidence import country_key
from kg.extract.state import State

# "the Philippine ", "(the) Sri Lankan ", "Vietnam " right before the name (not "Vietnam's":
# the possessive has its own reader)
_LEAD_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<d>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) $")


def demonym_lead_country(state: State, body: list) -> str | None:
    """The one country a demonym right before the body's mentions names; None when none
    does or they disagree."""
    found = set()
    for m in body:
        hit = _LEAD_RE.search(state.text, max(0, m.start - 30), m.start)
        if hit is None:
            continue
        words = hit.group("d").split()
        for i in range(len(words)):
            c = state.gaz.country_of_demonym(" ".join(words[i:]))
            if c is not None:
                found.add(c.label)
                break
    if len(found) != 1:
        return None
    return country_key(state, found.pop())
