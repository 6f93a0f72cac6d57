"""Entity types and names from the words around a name (a pass after resolution).

Round-12 classes (see the lead's notes): descriptors before a name, media,
venues, cities, numbered facilities and link names, group words. Each kind
of context has its own module; this one runs them in order (organisations
first, so later place rules see the organisations already typed).
"""

from __future__ import annotations

from kg.extract import (
    context_agencies,
    context_common_nouns,
    context_cities,
    context_coordinated_lists,
    context_coordinated_places,
    context_kind_references,
    context_lone_names,
    context_direction_places,
    context_media,
    context_ministry_refs,
    context_names,
    context_orgs,
    context_place_cues,
    context_places,
    context_pronoun_people,
    context_venue_places,
)
from kg.extract.state import State


def apply(state: State) -> None:
    """Retype, rename, add or drop entities as the context decides."""
    context_orgs.apply(state)
    context_agencies.apply(state)
    context_media.apply(state)
    context_places.apply(state)
    context_cities.apply(state)  # towns of the world-cities list (after the place rules)
    context_coordinated_places.apply(state)  # "in Tralee or Castlegregory"
    context_coordinated_lists.apply(state)  # "Liberia's Bong, River Cess and Lofa counties" (round-33 A3)
    context_direction_places.apply(state)  # "80 km south of Bir Lumo", "the territory of Kessa"
    context_venue_places.apply(state)  # "talks will resume in Kessa Tarvo in July" (session 28, issue #3)
    context_place_cues.apply(state)  # "in western Kessa Vell", "Dorn lies near Pella" (session 28, issue #3)
    context_names.apply(state)
    context_pronoun_people.apply(state)  # 'X has run the ferry for years. "...," she said' (session 29)
    context_ministry_refs.apply(state)  # "the foreign ministry" after "the Ministry of Foreign Affairs" (round-26 A10)
    context_lone_names.apply(state)  # "Velora would not agree": a lone unmarked one-word name is a place (s29)
    context_kind_references.apply(state)  # "the first such deal": no agreement of its own (s29)
    context_common_nouns.apply(state)  # "Lorry queues ..." with "lorries" in the body: no name (s31)
