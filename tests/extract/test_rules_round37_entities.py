"""Round 37 entity rules, on invented sentences: bodies before "which" and utility names, organisation
names the model splits, prefixes that are no part of a name, lower-case brands, words that name
nothing (currencies, holidays, ship classes, ships), subheads, people the model loses or cuts,
papers named "The X Ledger", and places the model types as bodies."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels


def _names(x) -> dict[str, set[str]]:
    """Label -> the entity's names (label and aliases)."""
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


# -- A1. "X, which ..." and utility names are bodies --------------------------------------------------------------


def test_name_before_which_is_an_organisation_everywhere(run):
    labels = _labels(run("Kenya and Tanzania\n\nKenya and Tanzania opened talks on Monday. Mbeya Springs, which "
                         "supplies most of the capital's suburbs, warned last month that it might cut pressure. "
                         "Mbeya Springs said the talks came too late.\n"))
    assert labels.get("Mbeya Springs") == "Organization", labels


def test_two_word_name_ending_in_a_utility_noun_is_no_person(run):
    labels = _labels(run("Kenya and Uganda\n\nKenya and Uganda held talks. Tana Water warned on Friday that it "
                         "might cut supplies, and Kivu Power said it would need more water. The family-owned "
                         "Tsagaan Trading said it would ship more.\n"))
    assert labels.get("Tana Water") == "Organization", labels
    assert labels.get("Kivu Power") == "Organization", labels
    assert labels.get("Tsagaan Trading") == "Organization", labels


# -- A2. organisation names the model splits ----------------------------------------------------------------------


def test_capitalised_nouns_joined_by_and_after_with_are_one_company(run):
    labels = _labels(run("Slovakia and Hungary\n\nSlovakia and Hungary met. Juraj Novak, a skipper with Danube "
                         "Towing and Barges, said the river was low. A driver for Kivu Haulage and Storage said "
                         "the roads were bad.\n"))
    assert labels.get("Danube Towing and Barges") == "Organization", labels
    assert "Barges" not in labels, labels
    assert labels.get("Kivu Haulage and Storage") == "Organization", labels


def test_particle_inside_a_body_name_keeps_it_whole(run):
    labels = _labels(run("Colombia and Ecuador\n\nColombia and Ecuador met. The Valle del Cauca Growers Union "
                         "said exports fell.\n"))
    assert labels.get("Valle del Cauca Growers Union") == "Organization", labels
    assert "Valle" not in labels, labels


def test_general_title_office_with_a_double_possessive_is_one_agency(run):
    labels = _labels(run("Singapore and Malaysia\n\nSingapore's Solicitor-General's Office said in a statement "
                         "that it had received the requests. Malaysia's Attorney-General's Chambers declined to "
                         "comment.\n"))
    assert labels.get("Solicitor-General's Office") == "GovernmentAgency", labels
    assert labels.get("Attorney-General's Chambers") == "GovernmentAgency", labels
    assert "Office" not in labels and "Chambers" not in labels, labels


def test_share_company_suffix_stays_with_the_name_and_its_acronym(run):
    x = run("Ethiopia and Kenya\n\nEthiopia and Kenya agreed on the line. Ethio-Kenyan Grid Transmission S.C. "
            "(EKGT) will build it. EKGT said work would start in June.\n")
    names = _names(x)
    assert "South Carolina" not in names, names
    assert {"EKGT", "Ethio-Kenyan Grid Transmission S.C."} <= names.get("Ethio-Kenyan Grid Transmission", set()), names


# -- A3. prefixes that are no part of a name ----------------------------------------------------------------------


def test_listing_and_ownership_prefixes_are_cut(run):
    labels = _labels(run("Mongolia and China\n\nMongolia and China agreed to speed up exports. Hong Kong-listed "
                         "Steppe Copper Group rose. State-run Mongol Rail will carry the ore.\n"))
    assert labels.get("Steppe Copper Group") == "Organization", labels
    assert labels.get("Mongol Rail") == "GovernmentAgency", labels
    assert not any("listed" in k or "run" in k for k in labels), labels


def test_demonym_before_a_known_acronym_is_the_acronym_entity(run):
    x = run("Latvia and Lithuania\n\nLatvia and Lithuania talked. The State Border Guard Service (GNS) of Latvia "
            "checks the trucks. The Latvian GNS said queues were shorter.\n")
    labels = _labels(x)
    assert "Latvian GNS" not in labels, labels
    assert "GNS" in _names(x).get("State Border Guard Service", set()), _names(x)


# -- A4. brands with a lower-case first letter --------------------------------------------------------------------


def test_lower_case_brand_as_subject_or_after_carrier_is_an_organisation(run):
    labels = _labels(run("Latvia and Estonia\n\nLatvia and Estonia discussed flights. skyVolta, the largest "
                         "carrier at the airport, said last month that it would add routes. jetRiga will add "
                         "flights too. The carrier flyNordic said it was ready.\n"))
    assert labels.get("skyVolta") == "Organization", labels
    assert labels.get("jetRiga") == "Organization", labels
    assert labels.get("flyNordic") == "Organization", labels


# -- A5. words that name no entity ---------------------------------------------------------------------------------


def test_currencies_and_holidays_are_no_places(run):
    labels = _labels(run("Egypt and Sudan\n\nEgypt and Sudan discussed trade. Traders were paid in Chinese yuan "
                         "and in Ghanaian cedis. Trade slows through the Lunar New Year peak and before Eid "
                         "al-Fitr.\n"))
    for word in ("Chinese yuan", "Ghanaian cedis", "Lunar New Year", "Eid al-Fitr"):
        assert word not in labels, labels


def test_class_compounds_and_ships_are_no_entities(run):
    labels = _labels(run("Fiji and Australia\n\nFiji and Australia met. The navy sent the Guardian-class patrol "
                         "boats and two Bay-class ships. HMAS Warrego and RFNS Kikau joined the patrol boat KRI "
                         "Bima.\n"))
    assert not any(k in labels for k in ("The Guardian", "Guardian", "Bay", "HMAS Warrego", "Kikau", "RFNS Kikau",
                                         "KRI Bima", "Bima")), labels


# -- A6. subheads ---------------------------------------------------------------------------------------------------


def test_short_heading_lines_name_nothing(run):
    labels = _labels(run("Bangladesh and India\n\nBangladesh and India agreed on Monday to ease trade, officials "
                         "said.\n\nBacklog at the border\n\nTrucks wait for days. Traders said the delays cost "
                         "millions.\n\nQuota rises to 1,800 a day\n\nThe daily quota will rise.\n"))
    assert "Backlog" not in labels and "Quota" not in labels, labels


# -- A7. people the model loses or cuts -----------------------------------------------------------------------------


def test_given_names_of_many_regions_make_persons(run):
    labels = _labels(run("Peru and Bolivia\n\nPeru and Bolivia met. Wilson Condori Ccama, a fisherman, said the "
                         "water was dirty. Kalev Tamm said the ambulances came. Fatouma Diallo and Refiloe "
                         "Mokoena agreed.\n"))
    assert labels.get("Wilson Condori Ccama") == "Person", labels
    assert labels.get("Kalev Tamm") == "Person", labels
    assert "Wilson" not in labels and "Tamm" not in labels, labels


def test_occupation_word_before_a_name_is_cut(run):
    labels = _labels(run("Estonia and Latvia\n\nEstonia and Latvia met. Paramedic Liis Kask said the ambulances "
                         "were ready. Firefighter Andres Vaher agreed.\n"))
    assert labels.get("Liis Kask") == "Person", labels
    assert "Paramedic Liis Kask" not in labels and "Firefighter Andres Vaher" not in labels, labels


# -- A8. "The X Ledger" ----------------------------------------------------------------------------------------------


def test_the_town_ledger_after_speaking_to_is_one_outlet(run):
    labels = _labels(run("South Sudan and Sudan\n\nSouth Sudan and Sudan signed a deal. Speaking to The Juba "
                         "Ledger after the ceremony, the minister said the deal was fair. He also told The Kampala "
                         "Courier that more would follow.\n"))
    assert labels.get("The Juba Ledger") == "MediaOrganization", labels
    assert "Juba" not in labels, labels


# -- A9. places the model types as bodies ------------------------------------------------------------------------


def test_airports_and_states_of_a_country_are_places(run):
    labels = _labels(run("Switzerland and France\n\nSwitzerland and France discussed EuroAirport "
                         "Geneva-Annemasse. South Sudan's Lakes State also sent officials.\n"))
    assert labels.get("EuroAirport Geneva-Annemasse") == "Place", labels
    assert labels.get("Lakes State") == "Place", labels


def test_street_prefix_names_a_street(run):
    labels = _labels(run("Spain and Portugal\n\nSpain and Portugal met. Protesters gathered in Calle Mayor and "
                         "later on Avenida Bolívar.\n"))
    assert labels.get("Calle Mayor") == "Place", labels
    assert labels.get("Avenida Bolívar") == "Place", labels


def test_body_name_split_before_its_head_word_is_one_organisation(run):
    labels = _labels(run("Slovenia and Serbia\n\nSlovenia and Serbia met on Monday.\n\nSerbian Water Management "
                         "Enterprise said the river was low.\n"))
    assert labels.get("Serbian Water Management Enterprise") == "Organization", labels
    assert "Management Enterprise" not in labels, labels


def test_opening_plain_name_apposed_to_a_description_is_a_person(run):
    labels = _labels(run("Peru and Bolivia\n\nPeru and Bolivia met in Puno. Eulalio Quispe Mamani, a boatman, "
                         "said the lake was dirty.\n"))
    assert labels.get("Eulalio Quispe Mamani") == "Person", labels


def test_paper_after_told_the_is_an_outlet_without_the_town(run):
    labels = _labels(run("Kenya and Uganda\n\nKenya and Uganda met. The minister told the Kampala Ledger that "
                         "prices would fall.\n"))
    assert labels.get("Kampala Ledger") == "MediaOrganization", labels
    assert "Kampala" not in labels, labels


def test_which_after_a_statement_by_a_person_keeps_the_person(run):
    labels = _labels(run("Bahrain and Qatar\n\nBahrain and Qatar met. The plan was set out in a statement by "
                         "Ahmed Al-Mannai, which said the ferry would run daily. Tana Water, which supplies "
                         "the capital, said it was ready.\n"))
    assert labels.get("Ahmed Al-Mannai") == "Person", labels
    assert labels.get("Tana Water") == "Organization", labels
