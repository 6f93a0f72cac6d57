"""Offices and sides from titles and appositions."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _position_of(x, person: str) -> str:
    keys = [r.object for r in x.relations if r.subject == person and r.predicate == "holdsPosition"]
    assert keys, f"{person} holds no position: {relation_set(x)}"
    return x.entities[keys[0]].label


@pytest.mark.parametrize(
    ("text", "person", "title_part", "country"),
    [
        ("Canada's immigration minister Sean Fraser spoke on Monday.", "sean-fraser", "Immigration Minister", "canada"),
        ("Sean Fraser, Canada’s immigration minister, spoke on Monday.", "sean-fraser", "Immigration Minister", "canada"),
        ("Canadian Prime Minister Justin Trudeau spoke on Monday.", "justin-trudeau", "Prime Minister", "canada"),
        ("US Secretary of Homeland Security Alejandro Mayorkas spoke.", "alejandro-mayorkas", "Homeland Security", "united-states"),
        ("Mexican Economy Secretary Raquel Buenrostro arrived in Washington.", "raquel-buenrostro", "Economy Secretary", "mexico"),
        ("Kenji Watanabe, Japan's chief negotiator, said little.", "kenji-watanabe", "Chief Negotiator", "japan"),
    ],
)
def test_title_and_apposition_give_office_and_side(run, text, person, title_part, country):
    x = run(text)
    label = _position_of(x, person)
    assert title_part in label
    assert (person, "represents", country) in relation_set(x)
    position = next(r.object for r in x.relations if r.subject == person and r.predicate == "holdsPosition")
    assert x.entities[position].type == "Position"
    assert (position, "positionIn", country) in relation_set(x)


def test_surname_apposition_with_definite_title(run):
    x = run("Maria Lopez arrived. Later, Lopez, the fisheries minister, said nothing.")
    assert "Fisheries Minister" in _position_of(x, "maria-lopez")


def test_agency_glued_to_a_name_is_split_into_office_and_person(run):
    x = run("Fraser recently discussed the agreement with Homeland Security Alejandro Mayorkas.")
    assert x.entities["alejandro-mayorkas"].type == "Person"
    agency = x.entities["department-of-homeland-security"]
    assert agency.type == "GovernmentAgency"
    assert "Homeland Security" in _position_of(x, "alejandro-mayorkas")


def test_president_without_country_uses_the_gazetteer(run):
    x = run("President Joe Biden spoke about the United States and its neighbours.")
    assert _position_of(x, "joe-biden").startswith("President")
    assert ("joe-biden", "represents", "united-states") in relation_set(x)


def test_unknown_person_with_title_has_position_but_no_invented_side(run):
    x = run("President Maria Lopez spoke at length.")
    assert _position_of(x, "maria-lopez") == "President"
    assert not [r for r in x.relations if r.subject == "maria-lopez" and r.predicate == "represents"]


def test_plain_list_of_names_is_not_an_office(run):
    x = run("Sean Fraser, Ana Ruiz and Kenji Watanabe met in Ottawa.")
    assert not [r for r in x.relations if r.predicate == "holdsPosition"]


def test_counterpart_gets_the_same_office_for_the_other_country(run):
    x = run("Australia's Defence Minister Richard Ashdown held talks with his Japanese counterpart, "
            "Kenji Moriyama, in Tokyo.")
    assert "Defence Minister" in _position_of(x, "kenji-moriyama")
    assert ("kenji-moriyama", "represents", "japan") in relation_set(x)


def test_listed_officials_after_a_plural_title(run):
    x = run("The meeting brought together the two countries' foreign ministers, "
            "Yoko Sakamoto of Japan and Priya Mendis of Australia.")
    assert ("yoko-sakamoto", "represents", "japan") in relation_set(x)
    assert ("priya-mendis", "represents", "australia") in relation_set(x)
    assert "Foreign Minister" in _position_of(x, "priya-mendis")


def test_the_groups_vice_president_represents_the_group(run):
    x = run("The Florida Tomato Exchange welcomed the duty. “We can compete now,” "
            "Robert Vance, the group's executive vice president, told Reuters.")
    assert ("robert-vance", "represents", "florida-tomato-exchange") in relation_set(x)
    assert "Vice President" in _position_of(x, "robert-vance")


def test_title_before_a_comma_and_name(run):
    x = run("Britain's Environment Secretary, Oliver Pennington, said the government acted in good faith.")
    assert "Environment Secretary" in _position_of(x, "oliver-pennington")
    assert ("oliver-pennington", "represents", "united-kingdom") in relation_set(x)
