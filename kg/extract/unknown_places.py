"""Unfamiliar places' names, for the rules that find one by the words around it
(entity_unit_of_places, context_venue_places, context_place_cues): no list knows
such a name, so its form and what it cannot be are all there is to go by."""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_places import usable_place_name
from kg.extract.state import State

# One word of a place name: "Borvik", "Ulvani-Dor", "el-Tarvo"; an "'s" ends the word (a possessive).
WORD = rf"(?:(?:el|al|an|as|ad|ul)-)?{CAP_CLASS}\w*(?:['’](?!s\b)\w+)*(?:[-–]{CAP_CLASS}?\w+(?:['’](?!s\b)\w+)*)*"
# Lower-case particles join the words of one name ("Gubqa es Kraene", "Kessa de la Vell").
PARTICLES = r"de|del|de la|da|do|dos|das|des|du|di|es|el|al|la|pri|nad|y"
# Up to four words.
NAME = rf"{WORD}(?:(?: | (?:{PARTICLES}) ){WORD}){{0,3}}"

_CALENDAR_RE = re.compile(dates.CALENDAR_NAMES)


def free_name(name: str, state: State) -> bool:
    """Can the name be an unknown place: no month, language, given name or a
    name the gazetteer knows (it types its names itself)?"""
    first = name.split()[0]
    if _CALENDAR_RE.fullmatch(first) or name in lexicon.words("language_names"):
        return False
    if state.gaz.lookup(name) is not None or first in lexicon.given_names():
        return False
    return usable_place_name(name, state)
