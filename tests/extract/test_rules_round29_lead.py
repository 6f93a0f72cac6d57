"""Round-29 fixes the lead made while integrating (both regressions of the round's own
rules on new text): a side of a pair-named crossing is no namesake link of its own
("Promachonas crossing" out of "the Kulata-Promachonas crossing"), and "on the X side
of <a crossing>" puts neither the crossing nor one of its pair's towns in X."""

from __future__ import annotations


def _rel(x, pred: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object or r.literal) for r in x.relations if r.predicate == pred}


def test_side_of_a_pair_named_crossing_is_no_link_of_its_own(run):
    x = run("Border talks\n\n"
            "Officials met on Tuesday to discuss an agreement on joint controls at the Kulata-Promachonas crossing.\n\n"
            "The Kulata-Promachonas crossing links Kulata, in Bulgaria's Blagoevgrad Province, with "
            "Promachonas, in northern Greece.")
    labels = {e.label for e in x.entities.values() if e.type == "Place"}
    assert "Kulata-Promachonas crossing" in labels
    assert "Promachonas crossing" not in labels


def test_the_side_of_a_crossing_locates_nothing(run):
    x = run("Fence talks\n\n"
            "Lorries wait on the Botswana side of the Plumtree-Ramokgwebana border post on Monday.\n\n"
            "Traders around Plumtree, in Zimbabwe's Matabeleland South province, and Ramokgwebana, in "
            "Botswana's North-East District, want the post open at night.")
    located = _rel(x, "locatedIn")
    assert not {s for s, o in located if o == "botswana" and s.startswith("plumtree")}
    assert ("plumtree", "matabeleland-south-province") in located
