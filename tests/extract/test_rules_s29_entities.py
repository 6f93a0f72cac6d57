"""Session 29 (H3): entity types, labels and boundaries on names no table knows, shown on invented
sentences (people and towns made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types

DATE = "2025-03-03"


# -- "Minister of X of <Country> <Name>": a country that is also a given name runs into the name ------
def test_country_after_office_of_is_split_from_the_holders_name(run):
    x = run("Deputy Minister of Foreign Affairs of Georgia Tamaz Beridze met his Ukrainian counterpart "
            "on Tuesday. Beridze said the talks went well.", DATE)
    types = entity_types(x)
    assert types.get("Tamaz Beridze") == "Person"
    assert types.get("Georgia") == "Country"
    assert not any("Georgia Tamaz" in label for label in types)


def test_office_holder_after_split_country_holds_the_office(run):
    # no second mention: the known given name "David" marks the person
    x = run("Deputy Minister of Foreign Affairs of Georgia David Beridze met his Ukrainian counterpart "
            "on Tuesday.", DATE)
    reps = {(r.subject, r.object) for r in x.relations if r.predicate == "represents"}
    assert ("david-beridze", "georgia") in reps


def test_country_opening_a_body_name_after_office_of_is_no_person(run):
    # "Cotton Ginnery" is neither a given name nor a surname used again: a body's name, no person
    x = run("The chairman of Chad Cotton Ginnery said on Tuesday that exports would rise.", DATE)
    assert not any(t == "Person" and "Cotton" in label for label, t in entity_types(x).items())


# -- a town standing for its government: "Velora would not agree" ----------------------------------
def test_lone_unmarked_name_standing_for_a_government_is_a_place(run):
    x = run("Tarvia and Kessia resumed talks on Tuesday on the shared dam. Velora would not agree to "
            "the new fees, officials said.", DATE)
    assert entity_types(x).get("Velora") == "Place"


def test_lone_name_with_a_title_stays_a_person(run):
    x = run("Tarvia and Kessia resumed talks on Tuesday on the shared dam. Minister Velora would not "
            "agree to the new fees, officials said.", DATE)
    assert entity_types(x).get("Velora") == "Person"


def test_lone_name_with_an_apposition_stays_a_person(run):
    x = run("Tarvia and Kessia resumed talks on Tuesday on the shared dam. Velora, a fisherman from the "
            "delta, would not agree to the new fees.", DATE)
    assert entity_types(x).get("Velora") == "Person"


def test_surname_of_a_named_person_stays_a_person(run):
    x = run("Tarvia's negotiator, Ilan Velora, arrived on Tuesday. Velora would not agree to the new "
            "fees, officials said.", DATE)
    assert entity_types(x).get("Ilan Velora") == "Person"
    assert entity_types(x).get("Velora") != "Place"


# -- "talks in Kessabad ... Kessabad insists": a place that speaks for its government stays a place --
def test_town_named_after_in_stays_a_place_when_it_insists(run):
    x = run("Tarvia and Kessia resumed talks in Kessabad on Tuesday. Kessabad insists that the debt "
            "be paid first.", DATE)
    assert entity_types(x).get("Kessabad") == "Place"
    assert not [s for s in x.statements if s.speaker == "kessabad"]


def test_surname_read_as_a_town_that_speaks_is_a_person(run):
    # no locative use anywhere: whoever speaks is an actor
    x = run("Tarvia and Kessia resumed talks on Tuesday. \"We will not pay twice,\" Mokoena told "
            "reporters after the session.", DATE)
    assert entity_types(x).get("Mokoena") in {"Person", None}


def test_word_opening_a_possessive_place_name_stays_out(run):
    # "Tarvo's Bay": the word opens a longer name; it is no lone town of its own
    x = run("Growers in the Kessian regions of Tarvo's Bay, Marlborough and Velka said on Thursday that "
            "they needed more seasonal workers.", DATE)
    assert entity_types(x).get("Tarvo") != "Place"


def test_acronym_after_from_still_speaks(run):
    x = run("Tarvia and Kessia held talks on Monday. According to a statement from KESTRA, the border post "
            "will open a second lane in May.", DATE)
    assert [s for s in x.statements if s.speaker == "kestra"]
