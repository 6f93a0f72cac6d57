"""Relations from phrasings the relation step does not read (a pass after it).

Meeting verbs, sides from counterparts and titles, link names, agencies'
countries, researchers' institutions, agreements by status. Each rule family
lives in its own ``relation_checks_*`` module; this one runs them in order.
"""

from __future__ import annotations

from kg.extract import (
    agreement_items,
    office_labels,
    office_merges,
    relation_checks_agencies,
    relation_checks_agreements,
    relation_checks_experts,
    relation_checks_locals,
    relation_checks_meetings,
    relation_checks_nesting,
    relation_checks_people,
    relation_checks_places,
    relation_checks_sides,
    relation_checks_signings,
    relation_checks_talks,
)
from kg.extract.state import State


def apply(state: State) -> None:
    """Add or take back relations read from words the relation step skips."""
    office_labels.label_titles(state)  # a script's soundbite labels: their people exist by now
    relation_checks_sides.apply(state)  # first: titles and sides the meeting rules read
    relation_checks_people.apply(state)
    relation_checks_meetings.apply(state)
    relation_checks_signings.apply(state)  # after the sides: people of two countries
    relation_checks_agreements.apply(state)
    relation_checks_talks.apply(state)  # who leads the talks negotiates their agreement
    agreement_items.scope_relations(state)  # after every agreement rule: a digest's items are separate stories
    relation_checks_agencies.apply(state)
    relation_checks_places.apply(state)
    relation_checks_nesting.apply(state)  # after every locatedIn rule: the nearest container
    relation_checks_locals.apply(state)  # after the places: a local's town decides their country
    relation_checks_experts.apply(state)
    relation_checks_agencies.staff_sides(state)  # last: every body's country is known
    relation_checks_agencies.nearest_parent(state)  # "X, which runs Pakistan Customs": through X only
    office_merges.merge_same_titles(state)  # titles the checks added: one position per office
