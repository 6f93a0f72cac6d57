"""Round 27 entity rules, on invented sentences: names after a long portfolio
title, companies given away by their context, well-known companies as data,
outlets by their cues and last words, photo credits of a byline line and slash
datelines."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, statement_by_quote
from tests.extract.conftest import entity_types as _labels


# -- A1. a name right after a long portfolio title --------------------------------------------------

def test_name_after_long_title_is_the_person_and_his_surname(run):
    x = run("RUSE, May 3 - Slovak Minister of Transport and Construction Pavol Hudák arrived in Ruse on "
            "Tuesday for talks with Romania.\n\nHudák, who leads the delegation, said the bridge was ready.")
    labels = _labels(x)
    assert labels.get("Pavol Hudák") == "Person"
    assert x.entities[statement_by_quote(x, "the bridge was ready").speaker].label == "Pavol Hudák"
    assert "Hudák" not in labels


# -- A2. companies from their context --------------------------------------------------------------

def test_names_that_run_plants_or_hold_stakes_are_companies(run):
    labels = _labels(run("Bulgaria and Romania discussed the Ruse refinery run by Petrotrans on Monday. Petrotrans, "
                         "in which Austria's Voestkraft holds a majority stake, declined to comment."))
    assert labels.get("Petrotrans") == "Organization"
    assert labels.get("Voestkraft") == "Organization"


def test_licence_holders_operators_and_issuers_are_companies(run):
    x = run("Slovenian operator NAFTEX raised its tariff, Croatia said on Monday. The state railway Zeleznice "
            "Srbije and Ferrovie Nord were still arguing over fees. Shellbridge and Norvika, which hold the "
            "licence for Block 4, said nothing. Kestrix said in a statement that work would resume.")
    labels = _labels(x)
    for name in ("NAFTEX", "Ferrovie Nord", "Shellbridge", "Norvika", "Kestrix"):
        assert labels.get(name) == "Organization", name


# -- A3. well-known companies as data ----------------------------------------------------------------

def test_known_energy_and_rail_companies_are_organizations(run):
    labels = _labels(run("Georgia and Armenia met on Monday. Gazprom Neft, Orlen, Petrobras and Sinopec bid for "
                         "the block, and Russian Railways said Ecopetrol would not."))
    for name in ("Gazprom Neft", "Orlen", "Petrobras", "Sinopec", "Russian Railways", "Ecopetrol"):
        assert labels.get(name) == "Organization", name


# -- A4. outlets by their cues and their last word --------------------------------------------------

def test_outlets_after_reporter_and_pressed_by_cues(run):
    labels = _labels(run("Georgia and Armenia met on Monday. Pressed by Dnevnik Plus on the cost, the minister "
                         "declined to answer. A journalist from Agerpres asked about the tolls."))
    assert labels.get("Dnevnik Plus") == "MediaOrganization"
    assert labels.get("Agerpres") == "MediaOrganization"


def test_names_ending_in_news_or_newswire_are_outlets(run):
    labels = _labels(run("Kazakhstan and Uzbekistan met on Monday. The minister spoke to Kazakh News about it. "
                         "Orda Newswire reported the deal."))
    assert labels.get("Kazakh News") == "MediaOrganization"
    assert labels.get("Orda Newswire") == "MediaOrganization"


# -- A5. photo credits of a byline line ------------------------------------------------------------

def test_byline_photo_credit_names_a_person_not_the_credit_word(run):
    labels = _labels(run("Bridge deal\n\nBy Lena Hart | Photographs by Tashi Norbu\n\n"
                         "Bhutan and India agreed to build a bridge. Tashi Norbu photographed the site."))
    assert labels.get("Tashi Norbu") == "Person"  # named again in the body (round 33: else no actor)
    assert "Photographs" not in labels


# -- A6. slash datelines ---------------------------------------------------------------------------

def test_both_towns_of_a_slash_dateline_are_places(run):
    labels = _labels(run("TALLINN/RIGA, 3 May - Estonia and Latvia agreed to build a bridge."))
    assert labels.get("Tallinn") == "Place"
    assert labels.get("Riga") == "Place"
    assert "TALLINN/RIGA" not in labels


def test_a_long_company_name_after_run_by_is_not_cut(run):
    x = run("Rail talks\n\nRwanda and Uganda met in Kigali on Monday. The line is run by the Kivu Lakes "
            "Standard Gauge Railway Share Company, known as KLR, which the two states own jointly.")
    labels = {e.label for e in x.entities.values()}
    assert "Share Company" not in labels
    assert "Kivu Lakes Standard Gauge" not in labels


def test_a_known_company_the_text_calls_state_owned_is_an_agency(run):
    labels = _labels(run("Gas talks\n\nAlgeria and Italy met in Rome on Monday. Sonatrach, the state-owned "
                         "energy company, said it would raise exports. Eni, the Italian group, agreed."))
    assert labels.get("Sonatrach") == "GovernmentAgency"
    assert labels.get("Eni") == "Organization"
