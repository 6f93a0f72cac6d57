"""Session 31 (H1): place entities — common nouns read as names, demonyms read as places. Invented
sentences (towns and people made up; real countries where a demonym must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types

DATE = "2025-03-03"


# -- a capitalised common noun the text also writes in lower case is no name -------------------------
def test_headline_word_used_in_lower_case_below_is_no_place(run):
    x = run("Drivers wait two days at Tesselbrook\n\nThe lorries waiting at the Tesselbrook crossing now "
            "stretch for nine kilometres, drivers said on Monday.\n\nRelated: Lorry queues on the eastern "
            "border reach 40 hours | Kessa News", DATE)
    assert "Lorry" not in entity_types(x)
    assert entity_types(x).get("Tesselbrook crossing") == "Place"


def test_sentence_initial_fish_name_used_in_lower_case_is_no_place(run):
    x = run("Norway and Iceland met in Varnstad on Tuesday. Mackerel has divided the two for years. The "
            "mackerel quota will be discussed again in May.", DATE)
    assert "Mackerel" not in entity_types(x)
    assert entity_types(x).get("Varnstad") == "Place"


def test_lone_name_never_written_in_lower_case_stays_a_place(run):
    # the rule must not fire: "Velora" is never a lower-case word of the text
    x = run("Tarvia and Kessia resumed talks on Tuesday on the shared dam. Velora would not agree to "
            "the new fees, officials said.", DATE)
    assert entity_types(x).get("Velora") == "Place"


def test_lower_case_inside_a_link_does_not_count(run):
    # "/velora-" in an address is no lower-case use of the word
    x = run("Tarvia and Kessia resumed talks on Tuesday on the shared dam. Velora would not agree to "
            "the new fees, officials said. More at https://example.org/news/velora-dam.html today.", DATE)
    assert entity_types(x).get("Velora") == "Place"


# -- a country's adjective is no place of its own ------------------------------------------------------
def test_exclave_of_a_demonym_is_no_place_named_by_it(run):
    x = run("The two ministers signed a protocol on Wednesday exchanging two roads around the Tajik exclave "
            "of Kessavor, officials said.", DATE)
    types = entity_types(x)
    assert "Tajik" not in types


def test_named_exclave_is_still_a_place(run):
    # the rule must not fire: "Kessavor" is no country's adjective
    x = run("The two ministers signed a protocol on Wednesday on the roads around the Kessavor exclave, "
            "officials said.", DATE)
    assert entity_types(x).get("Kessavor") == "Place"


def test_municipality_after_a_demonym_is_no_council_or_town(run):
    x = run("Minister Dravo Lenic said on Monday that Montenegro expected the annex to include compensation "
            "for the Montenegrin municipality of Varnik.", DATE)
    types = entity_types(x)
    assert "Montenegrin" not in types
    assert "Montenegrin municipality" not in types


def test_link_to_a_demonym_side_makes_no_place(run):
    x = run("The committee also discussed a second crossing at Delvora, which links Arnsby in Oman with "
            "Yemeni territory.", DATE)
    types = entity_types(x)
    assert "Yemeni" not in types
    assert types.get("Arnsby") == "Place"


# -- a part of a river names the river: "the mouth of the X", "the bank of the X" --------------------
def test_mouth_of_the_river_makes_the_name_a_place(run):
    x = run("For decades the two countries have shared the mouth of the Vessel without agreeing where the "
            "border runs, officials in Tarvia said on Monday.", DATE)
    assert entity_types(x).get("Vessel") == "Place"


def test_gorge_of_the_river_makes_the_name_a_place(run):
    x = run("The lorries stand nose to tail along the gorge of the Bhote Nasi, engines off, drivers brewing tea.",
            DATE)
    assert entity_types(x).get("Bhote Nasi") == "Place"


def test_tributary_in_apposition_is_a_place(run):
    x = run("A road near the confluence of the Senqo River and its tributary, the Mbelu, fell behind last year.",
            DATE)
    assert entity_types(x).get("Mbelu") == "Place"


def test_bank_of_a_named_body_is_untouched(run):
    # the rule must not fire: "the central bank of Tarvia" is no river's bank (no "the" before the name)
    x = run("The governor of the central bank of the Kessa Group, Ilan Dorvik, said rates would stay.", DATE)
    assert entity_types(x).get("Ilan Dorvik") == "Person"
    assert entity_types(x).get("Kessa Group") != "Place"


# -- a named field: "the X shale field", "the X coal field" ---------------------------------------------
def test_coal_field_name_used_apart_is_a_place(run):
    x = run("The line extends an existing line from the Khavan Dolgoi coal field, also in Dorn. Khavan Dolgoi "
            "produces coking coal.", DATE)
    assert entity_types(x).get("Khavan Dolgoi") == "Place"


def test_field_of_a_known_company_is_not_retyped(run):
    # the rule must not fire on a name the gazetteer knows as a company
    x = run("Since the Gazprom gas field in Tarvia began exporting, Kessia has bought less gas. "
            "Gazprom said output would rise.", DATE)
    assert entity_types(x).get("Gazprom") != "Place"


# -- an owner's possessive before a common noun is no name ------------------------------------------
def test_owners_road_agency_is_no_place(run):
    x = run("The Office des Voies, the Tarvia's road agency, will build the access road on the Kessian side.", DATE)
    assert not any(label.endswith("road") and t == "Place" for label, t in entity_types(x).items())


def test_named_road_is_still_a_place(run):
    # the rule must not fire: "the Dorvan road" has no possessive
    x = run("Trucks queue on the Dorvan road for two days, drivers said on Monday.", DATE)
    assert entity_types(x).get("Dorvan road") == "Place"


def test_countrys_municipality_is_a_place_not_a_council(run):
    x = run("The crossing, which links Georgia's Varneli municipality with Azerbaijan's Kessakh district, "
            "carries most of the trade.", DATE)
    types = entity_types(x)
    assert types.get("Varneli municipality") == "Place"
    assert not any(label.startswith("Georgia's") for label in types)


# -- a list of names before a plural place noun: every name is a place ---------------------------------
def test_names_before_plural_stations_are_places(run):
    x = run("Readings will come from Kessian stations on the river and from Vietnam's Tan Vessa and Chau Dorn "
            "stations in the delta province, just downstream of the border.", DATE)
    types = entity_types(x)
    assert types.get("Tan Vessa") == "Place"
    assert types.get("Chau Dorn") == "Place"
    assert not any(label.startswith("Vietnam") and t != "Country" for label, t in types.items())


def test_names_before_plural_non_place_noun_are_untouched(run):
    # the rule must not fire: "delegations" is no place noun
    x = run("Talks were led by Ana Berin and Tomas Kell, whose teams met the Kessian and Tarvian delegations "
            "on Monday.", DATE)
    types = entity_types(x)
    assert types.get("Ana Berin") == "Person"
    assert types.get("Tomas Kell") == "Person"
    assert types.get("Kessian") != "Place"
