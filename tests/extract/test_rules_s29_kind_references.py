"""Session 29: 'the first such deal' refers back to a kind of text; it is no agreement of its own."""

from __future__ import annotations

DATE = "2025-03-03"


def _agreements(x):
    return sorted(e.label for e in x.entities.values() if e.type == "Agreement")


def test_first_such_deal_in_apposition_is_no_second_agreement(run):
    x = run("Talks\n\nTarvia and Velmora signed a grazing protocol on Friday, the first such deal since the "
            "border clashes of 2019.", DATE)
    assert _agreements(x) == ["grazing protocol"]
    assert not any(r.object and "such" in r.object for r in x.relations)


def test_any_such_pact_in_a_later_sentence_is_no_agreement(run):
    x = run("Talks\n\nTarvia and Velmora signed a grazing protocol on Friday. Officials said any such pact "
            "would need the approval of parliament.", DATE)
    assert _agreements(x) == ["grazing protocol"]


def test_an_agreement_named_once_without_such_stays(run):
    x = run("Talks\n\nTarvia and Velmora signed a grazing protocol on Friday. It is the first agreement of its "
            "kind between the two neighbours.", DATE)
    assert "grazing protocol" in _agreements(x)
