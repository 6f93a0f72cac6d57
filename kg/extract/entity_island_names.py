"""Two-word island names the model reads as people (round-26 class A4).

"Tourists on Nusa Penida", "the island of Vanua Balavu": a name after "on"
(one sits on an island, never on a person) or after "island (of)" is a place.
A Person candidate there whose first word is no known given name (and with no
possessive after it: "on Anna Berg's advice") becomes a Place.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ISLAND_BEFORE = re.compile(r"\b(?:islands?|isle|atoll|archipelago)\s+(?:of\s+)?$", re.I)
_ON_BEFORE = re.compile(r"(?<![\w'’-])on\s+$")


def retype_island_people(found: list[Candidate], state: State) -> None:
    for c in found:
        if c.type != "Person" or c.source == "gaz" or len(c.text.split()) != 2:
            continue
        if c.text.split()[0] in lexicon.given_names() or re.match(r"['’]s\b", state.text[c.end:c.end + 3]):
            continue
        before = state.text[max(0, c.start - 30):c.start]
        if _ISLAND_BEFORE.search(before) or _ON_BEFORE.search(before) and not re.match(
                r"\s*[,(]\s*(?:the|a|an)?\s*\w*\s*(?:minister|official|spokes\w+|head|chief)", state.text[c.end:c.end + 40]):
            c.type = "Place"
