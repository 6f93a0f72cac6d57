"""Round-11 rules for relations, each shown on invented sentences (names made
up or taken from places no gold article is about)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _labels(x, type_: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == type_}


# -- 1: a lowercase facility named after a town it joins ------------------------------
@pytest.mark.parametrize(("text", "facility", "ends"), [
    ("The Velko bridge, which connects Velko with Darin, was closed on Monday after heavy rain, officials said.",
     "Velko bridge", ("velko", "darin")),
    ("The Marsk crossing, which links Marsk and Tovel, reopened on Friday.",
     "Marsk crossing", ("marsk", "tovel")),
    ("Traders use the Orvan road, which runs from Orvan to Pellis, every day.",
     "Orvan road", ("orvan", "pellis")),
    ("The Kessa corridor, which links Kessa with Brundi, carries most of the copper.",
     "Kessa corridor", ("kessa", "brundi")),
])
def test_facility_named_after_an_end_is_its_own_place(run, text, facility, ends):
    x = run(text)
    assert facility in _labels(x, "Place"), _labels(x, "Place")
    key = next(k for k, e in x.entities.items() if e.label == facility)
    rels = relation_set(x)
    for end in ends:
        assert (key, "connects", end) in rels, rels
    # the town itself connects nothing: the facility does
    assert not any(s == ends[0] and p == "connects" for s, p, _ in rels), rels
    assert facility not in x.entities[ends[0]].aliases


def test_later_mentions_of_the_facility_stay_with_it(run):
    x = run("The Velko bridge, which connects Velko with Darin, was closed on Monday.\n\n"
            "Traders in Velko said the Velko bridge was safe.")
    bridge = next(e for e in x.entities.values() if e.label == "Velko bridge")
    assert len(bridge.mentions) == 2, bridge.mentions
    assert all("bridge" not in m.text for m in x.entities["velko"].mentions)


def test_a_link_named_after_a_town_it_does_not_join_is_unchanged(run):
    """'the Torkham crossing' without its namesake as an end stays one place with the town."""
    x = run("Trucks waited at the Marsk crossing on Monday.\n\nThe road to Marsk was closed.")
    assert "Marsk crossing" not in _labels(x, "Place")
    assert "marsk" in x.entities


def test_a_course_from_one_end_to_the_other_connects_both(run):
    x = run("The Tarvo rail line, which runs from Tarvo to Hellin, was repaired last year.")
    rels = relation_set(x)
    line = next(k for k, e in x.entities.items() if e.label.endswith("rail line"))
    assert {(line, "connects", "tarvo"), (line, "connects", "hellin")} <= rels, rels


def test_an_unnamed_facility_gives_no_connection_between_its_ends(run):
    x = run("The new rail line, which runs from Tarvo to Hellin, was opened in 2017.")
    assert not any(p == "connects" and {s, o} == {"tarvo", "hellin"} for s, p, o in relation_set(x))


# -- 2: a company's office is named "<title> of <company>" ----------------------------
def _positions(x, person: str) -> list[str]:
    return [x.entities[r.object].label for r in x.relations if r.subject == person and r.predicate == "holdsPosition"]


@pytest.mark.parametrize(("text", "title"), [
    ("Vesterkraft's President, Ana Lind, said the tariff was fair.", "President of Vesterkraft"),
    ("Ana Lind, Vesterkraft's President, said the tariff was fair.", "President of Vesterkraft"),
    ("Ana Lind, Vesterkraft's chief executive, said the tariff was fair.", "Chief Executive of Vesterkraft"),
    ("Ana Lind, the president of Vesterkraft, said the tariff was fair.", "President of Vesterkraft"),
])
def test_company_office_is_title_of_company(run, text, title):
    x = run(text)
    assert _positions(x, "ana-lind") == [title], _positions(x, "ana-lind")
    assert x.entities["vesterkraft"].type == "Organization"
    position = next(k for k, e in x.entities.items() if e.label == title)
    rels = relation_set(x)
    assert (position, "positionIn", "vesterkraft") in rels
    assert ("ana-lind", "represents", "vesterkraft") in rels
    assert not any(s == "vesterkraft" and p == "holdsPosition" for s, p, _ in rels)


def test_a_country_office_keeps_its_form(run):
    x = run("Norway's Prime Minister, Ana Lind, said the tariff was fair.")
    assert _positions(x, "ana-lind") == ["Prime Minister of Norway"]


def test_a_persons_aide_does_not_make_the_person_a_company(run):
    x = run("Foreign Minister Ana Lind arrived in Oslo on Monday. Per Holm, Lind's chief of staff, said the "
            "tariff was fair.")
    assert x.entities["ana-lind"].type == "Person"
    assert not any(p == "positionIn" and o == "ana-lind" for _, p, o in relation_set(x))


# -- 3: an agreement's label ends at its name ------------------------------------------
@pytest.mark.parametrize(("text", "label"), [
    ("The ministers agreed in Korvo on Monday on the Fisheries Accord, officials said.", "Fisheries Accord"),
    ("Talks in Korvo on Friday on the Border Protocol ended early.", "Border Protocol"),
    ("Norway and Sweden signed in Korvo the Korvo Accord.", "Korvo Accord"),
    ("Norway and Sweden signed in Korvo on Monday the Korvo Accord.", "Korvo Accord"),
])
def test_agreement_label_does_not_swallow_the_words_before_it(run, text, label):
    x = run(text)
    agreements = {e.label for e in x.entities.values() if e.type == "Agreement"}
    assert agreements == {label}, agreements
    entity = next(e for e in x.entities.values() if e.label == label)
    assert all(m.text.endswith(label) and "Monday" not in m.text for m in entity.mentions), entity.mentions


def test_a_swallowed_name_joins_the_same_agreement_named_alone(run):
    x = run("Norway and Sweden signed the Korvo Accord in 1998.\n\nThe two countries met in Korvo on Monday on "
            "the Korvo Accord, and Sweden's foreign minister said the Korvo Accord still worked.")
    agreements = [e for e in x.entities.values() if e.type == "Agreement"]
    assert [e.label for e in agreements] == ["Korvo Accord"]
    assert len(agreements[0].mentions) == 3
    assert ("norway", "partyTo", agreements[0].key) in relation_set(x)


@pytest.mark.parametrize("label", ["Law of the Sea Convention", "Treaty of Peace and Friendship"])
def test_names_with_inner_joiners_stay_whole(run, label):
    x = run(f"Norway and Sweden signed the {label} in Korvo in 1998.")
    assert label in {e.label for e in x.entities.values() if e.type == "Agreement"}
