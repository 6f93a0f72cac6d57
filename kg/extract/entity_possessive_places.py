"""Place names with a possessive inside: "Cox's Bazar", "St John's", "King's Lynn".

The model splits such a name at "'s" and types the pieces apart (a person
"Cox", an organisation "Bazar"). A "<X>'s <Y>" or "St <X>'s" whose whole, with
accents, apostrophes and "St"/"Saint" folded, is a known town (the cities list
or the gazetteer's places) is one Place candidate, longer than the pieces, so
it wins the overlap.

Round 26 (class A2): a name the lists miss is a place too when its last word is
a landform or settlement word ("Hawke's Bay", "Martha's Vineyard", "Smith's
Point", "Fisher's Creek") and its first word names no known actor ("China's
Island ..." is the country's).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.cities import city_names
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w-]*"
# "Cox's Bazar", "Martha's Vineyard", "St John's", "St. John's", "Saint George's"
_POSSESSIVE_PLACE_RE = re.compile(
    rf"(?<![\w'’.-])(?:(?:St\.?|Saint)\s+{_WORD}['’]s(?![\w'’-])(?:\s+{_WORD})?|{_WORD}['’]s\s+{_WORD})(?![\w'’-])")


# Last words that make "<X>'s <Word>" a place of its own.
_PLACE_HEADS = frozenset("Bay Harbour Harbor Island Islands Point Creek Cove Sound Inlet Hill Hills Peak Landing "
                         "Vineyard Beach Bluff Gap Pass Valley Falls Ferry Reef Lagoon Hole Neck Brook Knob Ridge "
                         "Plains Rock Well Wells Mount Bridge Crossing Cay Key Spit Heads".split())


def _pattern_place(state: State, whole: str) -> bool:
    """"Hawke's Bay": an unknown owner word and a landform or settlement head."""
    owner, _, head = whole.partition(" ")
    owner = re.sub(r"['’]s$", "", owner)
    if head not in _PLACE_HEADS or owner.lower() in {"st", "st.", "saint"}:
        return False
    if owner.lower() in lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics"):
        return False  # "the President's Island residence": an office's, no place name
    entry = state.gaz.lookup(owner)
    return entry is None and state.gaz.demonyms.get(owner.lower()) is None


def fold(name: str) -> str:
    """The form two spellings of one town share: no accents, one apostrophe, "Saint" for "St"."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    plain = re.sub(r"^St\.?\s+", "Saint ", plain.replace("’", "'"))
    return " ".join(plain.split()).lower()


@lru_cache(maxsize=1)
def _possessive_towns() -> frozenset[str]:
    return frozenset(fold(n) for n in city_names() if "'" in n or "’" in n)


def is_possessive_town(name: str) -> bool:
    """Is ``name`` a known town whose name holds a possessive ("St John's")?"""
    return fold(name) in _possessive_towns()


def possessive_places(state: State) -> list[Candidate]:
    """Place candidates for possessive town names (see the module docstring)."""
    out = []
    towns = _possessive_towns()
    for m in _POSSESSIVE_PLACE_RE.finditer(state.text):
        text = m.group(0)
        entry = state.gaz.lookup(text)
        # "St John's Hospital": the town is the possessive part only
        for end in sorted({m.end(), m.start() + (re.search(r"['’]s", text).end())}, reverse=True):
            whole = state.text[m.start():end]
            entry = state.gaz.lookup(whole)
            if fold(whole) in towns or entry is not None and entry.type == "Place" \
                    or entry is None and end == m.end() and _pattern_place(state, whole):
                out.append(Candidate(m.start(), end, whole, "Place", "rule", entry))
                break
    return out
