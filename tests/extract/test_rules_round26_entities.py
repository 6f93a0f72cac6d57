"""Round 26 entity rules, on invented sentences: bodies named "<Word> <Country>",
possessive place names, given names before a double surname, island names,
bylines with towns and outlets, lower-case ministry back-references, outlets
before a medium noun, caption straps."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, relation_set, statement_by_quote
from tests.extract.conftest import entity_types as _labels


# -- A1. organisations whose name ends with a country ---------------------------------------------

def test_described_body_ending_in_a_country_is_the_body(run):
    x = run("Malaysia and Brunei met on Monday. AirNav Brunei, the state air navigation provider, said it had "
            "trained 40 controllers.")
    body = entity_labelled(x, "AirNav Brunei")
    assert body.type == "GovernmentAgency"
    assert x.entities[statement_by_quote(x, "trained 40 controllers").speaker].label == "AirNav Brunei"


def test_body_part_of_a_department_ending_in_a_country(run):
    x = run("Peru and Chile met on Monday. Fisheries Peru, part of the Ministry of Production, said quotas "
            "would fall.")
    assert entity_labelled(x, "Fisheries Peru").type == "GovernmentAgency"
    assert x.entities[statement_by_quote(x, "quotas would fall").speaker].label == "Fisheries Peru"


# -- A2. possessive-shaped place names ------------------------------------------------------------

def test_possessive_landform_name_is_one_place(run):
    labels = _labels(run("Canada and France met on Monday. Boats from Fogarty's Cove and Lerner's Point "
                         "fish the same bank, officials said."))
    assert labels.get("Fogarty's Cove") == "Place"
    assert labels.get("Lerner's Point") == "Place"
    assert "Fogarty" not in labels and "Lerner" not in labels


# -- A3. hyphenated surnames after a given name ---------------------------------------------------

def test_given_name_before_a_double_surname_is_kept(run):
    x = run("Israel and Jordan met on Monday. Orly Ben-Dror, head of planning at the Water Authority, said "
            "the pipe was ready. Ben-Dror added that pumping could start in May.")
    labels = _labels(x)
    assert labels.get("Orly Ben-Dror") == "Person"
    assert "Ben-Dror" not in labels


# -- A4. two-word island names ---------------------------------------------------------------------

def test_two_word_name_after_on_is_an_island(run):
    labels = _labels(run("Indonesia and Australia met on Monday. Divers on Nusa Lembongan say the reef is dying."))
    assert labels.get("Nusa Lembongan") == "Place"


# -- A6. bylines with towns and outlets ------------------------------------------------------------

def test_byline_towns_are_no_places(run):
    labels = _labels(run("Haze talks\n\nBy Nur Aisyah in Pekanbaru and Kevin Lim in Johor Bahru\n\n"
                         "Malaysia and Indonesia agreed on Monday to share fire data."))
    assert "Pekanbaru" not in labels and "Johor Bahru" not in labels


def test_byline_outlet_is_no_entity(run):
    labels = _labels(run("Labour deal\n\nBy Sione Vea, Pacific Herald | Friday 3 May 2026\n\n"
                         "Tonga and Samoa signed a labour deal on Thursday."))
    assert "Pacific Herald" not in labels
    assert labels.get("Sione Vea") != "Place"


# -- A10. lower-case ministry back-references ------------------------------------------------------

def test_lower_case_portfolio_ministry_is_the_named_ministry(run):
    x = run("Kenya and Somalia met on Monday. Kenya's Ministry of Foreign Affairs said talks would resume. "
            "Later, Kenya's foreign ministry said the delegation had landed in Mogadishu.")
    labels = _labels(x)
    assert "Foreign ministry" not in labels and "foreign ministry" not in labels
    speaker = x.entities[statement_by_quote(x, "the delegation had landed").speaker]
    assert speaker.label == "Ministry of Foreign Affairs"


def test_bare_interior_ministry_is_the_named_one(run):
    x = run("Chad and Sudan met on Monday. Chad's Ministry of Interior said the border was shut. "
            "The interior ministry said patrols would continue.")
    speaker = x.entities[statement_by_quote(x, "patrols would continue").speaker]
    assert speaker.label == "Ministry of Interior" and not speaker.unnamed


# -- A11. outlets named with a medium noun ---------------------------------------------------------

def test_name_before_radio_is_an_outlet(run):
    x = run("Israel and Jordan met on Monday. The minister told Galei radio that the pipe was ready. "
            "A Finnish official told Rovi television the talks had stalled.")
    labels = _labels(x)
    assert labels.get("Galei") == "MediaOrganization"
    assert labels.get("Rovi") == "MediaOrganization"
    assert x.entities[statement_by_quote(x, "the talks had stalled").addressee].label == "Rovi"


# -- A12. caption straps ----------------------------------------------------------------------------

def test_caption_strap_name_is_a_person(run):
    x = run("NORTH 7 - NIGHT NEWS\n\n[CAPTION: PAVEL HORAK - DEPUTY MINISTER OF TRANSPORT]\n\n"
            "The bridge between Czechia and Poland is ready, the minister told us.\n")
    labels = _labels(x)
    assert labels.get("Pavel Horak") == "Person"


# -- A8. armed groups before "militias" -------------------------------------------------------------

def test_name_before_militias_is_an_armed_group(run):
    labels = _labels(run("Ethiopia and Eritrea met on Monday. Federal troops still fight Lugo militias in the "
                         "north, and Wolkait fighters hold two towns, officials said."))
    assert labels.get("Lugo") == "Organization"
    assert labels.get("Wolkait") in {"Organization", None}


# -- A9. places with a lower-case article --------------------------------------------------------------

def test_lower_case_article_place_and_its_sentence_start_form(run):
    x = run("Sudan and Ethiopia met on Monday. Farmers grow sesame in ad-Damazin near the border. "
            "Ad-Damazin lies on the Blue Nile. A letter from al-Mahdi arrived, officials said.")
    labels = _labels(x)
    assert labels.get("ad-Damazin") == "Place"
    assert "Ad-Damazin" not in labels
    assert labels.get("al-Mahdi") != "Place"


# -- A7. army units with ordinals ----------------------------------------------------------------------

def test_ordinal_army_unit_is_an_agency(run):
    labels = _labels(run("Uganda and South Sudan met on Monday. Brigadier Peter Okello, commander of the Ugandan "
                         "army's 5th Motorised Brigade, said the road was safe. The 11th Infantry Division moved "
                         "north."))
    assert labels.get("5th Motorised Brigade") == "GovernmentAgency"
    assert labels.get("11th Infantry Division") == "GovernmentAgency"
    assert "Motorised Brigade" not in labels and "Infantry Division" not in labels
