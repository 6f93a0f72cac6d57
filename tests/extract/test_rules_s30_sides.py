"""Session 30: a town on a river is not in the river (invented towns; a real country where the town
must be placed).

A rule that made people whose side was read as a town act for the town's country instead was tried
and taken back: the seed's gold has "local officials" in Quebec representing Quebec."""

from __future__ import annotations

DATE = "2025-03-03"


def test_town_on_a_river_labelled_without_its_kind_word_is_not_in_the_river(run):
    # the river's label is its bare name ("Tarva"); the mention says "river"
    x = run("Truck drivers at Savan, a town on the Tarva river opposite Nakhon Phanom in Thailand, said "
            "they hoped the road would be built. Later, the Tarva flooded.", DATE)
    assert not any(r.predicate == "locatedIn" and r.subject == "savan" for r in x.relations)
