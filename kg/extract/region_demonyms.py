"""Regions named by their people's adjective: 'the Welsh Government' is the government of
Wales, 'a Bavarian village' lies in Bavaria. The lexicon's ``region_demonyms`` gives the
region's name where it is not the adjective's stem."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.state import State


def region_name(word: str) -> str:
    """The region's name the lexicon gives an adjective ('Welsh' -> 'Wales'), else the word itself."""
    return lexicon.mapping("region_demonyms").get(word) or word


def region_entry(state: State, word: str):
    """The gazetteer's entry for a region's adjective or name ('Welsh', 'Assam'), None if it has none."""
    return state.gaz.lookup(region_name(word))
