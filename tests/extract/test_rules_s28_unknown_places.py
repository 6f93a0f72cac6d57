"""Session 28, issue #3: unknown place names typed from their context, not from the
world-cities table (invented names, so no table or gazetteer can know them)."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, entity_types

HEAD = "Talks on the border\n\n"


def test_name_where_talks_resume_is_a_place(run):
    # the model reads the unfamiliar two-word town as a person
    x = run(HEAD + "Talks will resume in Ostrova Pell in July. Ostrova Pell wants more for its power.")
    assert entity_labelled(x, "Ostrova Pell").type == "Place"


def test_name_the_model_missed_after_met_in_is_a_place(run):
    x = run(HEAD + "The two ministers met in Dresk on Monday. Dresk has long argued for a new formula.")
    assert entity_labelled(x, "Dresk").type == "Place"


def test_people_working_in_a_name_make_it_a_place(run):
    x = run(HEAD + "Forwarders in Tolvanik complain that the 1997 agreement is out of date. Tolvanik wants a new deal.")
    assert entity_labelled(x, "Tolvanik").type == "Place"


def test_possessive_after_in_is_no_venue(run):
    x = run(HEAD + "Analysts said talks in Ortega's absence were pointless.")
    assert entity_types(x).get("Ortega") != "Place"


def test_port_of_keeps_a_particle_name_whole(run):
    x = run(HEAD + "Most of the cargo was landed at the Tanzanian port of Kessa es Tarvo and is bound for the interior.")
    types = entity_types(x)
    assert types.get("Kessa es Tarvo") == "Place"
    assert "Tarvo" not in types


def test_fishing_village_of_a_particle_name_is_a_place(run):
    x = run(HEAD + "The fishing village of Porvi do Sul depends on the river.")
    assert entity_labelled(x, "Porvi do Sul").type == "Place"


def test_regions_of_two_names_are_two_places(run):
    x = run(HEAD + "The fence runs through the regions of South Pelkamo and Varjala, with cameras and a patrol road.")
    types = entity_types(x)
    assert types.get("South Pelkamo") == "Place" and types.get("Varjala") == "Place"
    assert "South Pelkamo and Varjala" not in types


def test_name_before_in_a_countrys_state_is_a_place(run):
    x = run(HEAD + "The road links the Egyptian town of Nirka Zuel with Qalbist Yenzo, in Sudan's Northern State.")
    assert entity_labelled(x, "Qalbist Yenzo").type == "Place"


def test_name_before_in_a_region_is_a_place_whole(run):
    x = run(HEAD + "Smugglers shifted to boats along the coast, from Mbezo to Mbezist Zuito, in the Kwevik Tsouvo region.")
    types = entity_types(x)
    assert types.get("Mbezist Zuito") == "Place"
    assert "Zuito" not in types


def test_name_apposed_to_a_bridge_is_a_place(run):
    x = run(HEAD + "Not every link is so fraught. The Mbelo Rozara, a bridge over the Kweno river that connects "
                   "two towns, opened in 2019.")
    assert entity_labelled(x, "Mbelo Rozara").type == "Place"


def test_name_apposed_to_a_gas_field_is_a_place(run):
    x = run(HEAD + "Velko Darrin, the offshore gas field developed by two state firms, comes on stream next year.")
    assert entity_labelled(x, "Velko Darrin").type == "Place"


def test_name_after_in_a_countrys_is_a_place(run):
    x = run(HEAD + "The crossing links the village of Ishab, in Poland's Krane Nugani, with Nirst in the east.")
    assert entity_labelled(x, "Krane Nugani").type == "Place"


def test_name_whose_coast_is_meant_is_a_place(run):
    x = run(HEAD + "The French territory lies about 20 kilometres off Uvokwen's south coast.")
    assert entity_labelled(x, "Uvokwen").type == "Place"


def test_name_that_lies_near_a_place_is_a_place(run):
    x = run(HEAD + "Nirxol lies near Ragubay, in the North Bank Region. Nirxol has a ferry.")
    assert entity_labelled(x, "Nirxol").type == "Place"


def test_name_with_an_edge_is_a_place(run):
    x = run(HEAD + "The line runs from Qaist, on the south-western edge of Mbenist Zuek, to the coast.")
    assert entity_labelled(x, "Mbenist Zuek").type == "Place"


def test_person_with_a_border_policy_stays_a_person(run):
    x = run(HEAD + "Analysts said Ortega Blume was tired. Ortega Blume's border policy is harsh.")
    assert entity_types(x).get("Ortega Blume") != "Place"


def test_city_of_a_name_stays_apart_from_its_county(run):
    x = run(HEAD + "The pipeline runs from the Romanian city of Mbevost across the river. "
                   "Officials in Mbevost County said the works would start soon.")
    types = entity_types(x)
    assert types.get("Mbevost") == "Place" and types.get("Mbevost County") == "Place"
