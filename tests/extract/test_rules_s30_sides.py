"""Session 30: people act for countries, not towns (invented towns and people; a real country where
the town must be placed)."""

from __future__ import annotations

DATE = "2025-03-03"


def _reps(x) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "represents"}


def test_group_at_a_placed_town_represents_the_towns_country(run):
    x = run("Truck drivers at Savan, a town in southern Laos, said they hoped the road would be built.", DATE)
    assert ("truck-drivers-at-savan", "laos") in _reps(x)
    assert ("truck-drivers-at-savan", "savan") not in _reps(x)


def test_group_at_an_unplaced_town_has_no_side(run):
    x = run("Fishermen at Velmora said the quota was too low.", DATE)
    assert not any(subject.startswith("fishermen") for subject, _ in _reps(x))


def test_town_on_a_river_labelled_without_its_kind_word_is_not_in_the_river(run):
    # the river's label is its bare name ("Tarva"); the mention says "river"
    x = run("Truck drivers at Savan, a town on the Tarva river opposite Nakhon Phanom in Thailand, said "
            "they hoped the road would be built. Later, the Tarva flooded.", DATE)
    assert not any(r.predicate == "locatedIn" and r.subject == "savan" for r in x.relations)
