"""Round-18 follow-up B-F1 ('the bridge ... links the two towns'), shown on
invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _connects(x, subject: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == "connects"}


def test_the_bridge_links_the_two_towns_named_before(run):
    x = run("Bridge works\n\nPortugal and Spain agreed on Friday to repair the Unity Bridge. The towns of "
            "Valença and Tui lie on either side of the border.\n\n"
            "The bridge over the Minho river links the two towns.\n")
    assert _connects(x, "unity-bridge") == {"valenca", "tui"}
    assert x.entities["minho-river"].type == "Place"
    assert x.entities["minho-river"].label == "Minho river"


def test_countries_and_regions_are_no_ends_of_the_two_cities(run):
    x = run("Bridge works\n\nSlovenia and Croatia opened the Amber Bridge. Ptuj, in Slovenia's Drava region, "
            "and Varaždin welcomed it.\n\n"
            "The bridge linked the two cities.\n")
    ends = _connects(x, "amber-bridge")
    assert ends == {"ptuj", "varazdin"}


def test_no_ends_without_two_towns_named_before(run):
    x = run("Bridge works\n\nPortugal and Spain agreed on Friday to repair the Unity Bridge.\n\n"
            "The bridge links the two towns.\n")
    assert _connects(x, "unity-bridge") == set()
