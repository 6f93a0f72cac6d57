"""Round 35 entity rules, on invented sentences: three- and four-part names,
companies and outlets the model types as people or places, organisation names
the model cuts, agency names with articles or lower-case adjectives, service
units, places the model types as people or bodies, and territories named with
a demonym."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, relation_set, statement_by_quote
from tests.extract.conftest import entity_types as _labels

_HEAD = "Gabon and Cameroon discuss border trade\n\n"


def _names(x) -> dict[str, set[str]]:
    """Label -> the entity's names (label and aliases)."""
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


def _speaker(x, words: str) -> str:
    return x.entities[statement_by_quote(x, words).speaker].label


# -- A1. three- and four-part names -----------------------------------------------------------------------------


def test_long_name_before_a_lower_case_office_is_one_person(run):
    x = run(_HEAD + "Rosine Ndong Mba Obiang, Gabon's mines minister, met Cameroonian officials on Tuesday. "
            "Later Ndong Mba Obiang said the deal was near.\n")
    labels = _labels(x)
    assert labels.get("Rosine Ndong Mba Obiang") == "Person", labels
    assert _speaker(x, "the deal was near") == "Rosine Ndong Mba Obiang"


def test_long_name_with_who_or_a_speech_verb_is_a_person(run):
    x = run(_HEAD + "Talks also involved Firmin Nze Ekomi, who governs Woleu-Ntem province. On Tuesday, "
            "Ana Lucía Cifuentes Barrios met the delegation. Nze Ekomi said the road would open soon.\n")
    labels = _labels(x)
    assert labels.get("Firmin Nze Ekomi") == "Person", labels
    assert labels.get("Ana Lucía Cifuentes Barrios") == "Person", labels
    assert _speaker(x, "the road would open soon") == "Firmin Nze Ekomi"


def test_later_short_form_of_a_long_name_is_one_mention(run):
    x = run(_HEAD + "Gabon's Minister of Mines, Rosine Ndong Mba Obiang, met her counterpart in Libreville. "
            '"We want a fair deal," Ndong Mba Obiang said.\n')
    names = _names(x)
    assert "Ndong Mba Obiang" in names.get("Rosine Ndong Mba Obiang", set()), names
    assert "Ndong" not in names.get("Rosine Ndong Mba Obiang", set()), names
    assert _speaker(x, "We want a fair deal") == "Rosine Ndong Mba Obiang"


def test_long_name_coordinated_with_a_person_is_a_person(run):
    labels = _labels(run(_HEAD + "Officials including Marie-Claire Essono Ondo and Rosine Ndong Mba Obiang "
                         "attended the talks in Libreville.\n"))
    assert labels.get("Rosine Ndong Mba Obiang") == "Person", labels
    assert labels.get("Marie-Claire Essono Ondo") == "Person", labels


# -- A3. companies and outlets ----------------------------------------------------------------------------------


def test_company_heads_make_organisations(run):
    x = run(_HEAD + 'Nordvik Line and Baltic Ferries both sail the route. Nordvik Line said it was "ready to add '
            'sailings". Ostsee Cargo and Delta Logistics also objected.\n')
    labels = _labels(x)
    for name in ("Nordvik Line", "Baltic Ferries", "Ostsee Cargo", "Delta Logistics"):
        assert labels.get(name) == "Organization", (name, labels)
    assert _speaker(x, "ready to add sailings") == "Nordvik Line"


def test_outlets_in_a_speaking_slot_keep_their_whole_name(run):
    x = run(_HEAD + "The minister told Diario Libre that talks went well. In an interview with Le Soir d'Algérie, he "
            "said gas would flow. He told La Tribune du Sud that the port was busy. She told CNBC Africa that "
            "exports rose. In an interview with Daryo.uz, the minister said trade grew.\n")
    labels = _labels(x)
    for name in ("Diario Libre", "Le Soir d'Algérie", "La Tribune du Sud", "CNBC Africa", "Daryo.uz"):
        assert labels.get(name) == "MediaOrganization", (name, labels)
    assert "La Tribune" not in labels and "Daryo" not in labels, labels


def test_venture_partners_and_french_institutions_are_organisations(run):
    labels = _labels(run(_HEAD + "The port is run by a joint venture of Indonesia's Pelindo and Singapore's PSA. "
                         "Officials of the Port Autonome de Cotonou attended.\n"))
    for name in ("Pelindo", "PSA", "Port Autonome de Cotonou"):
        assert labels.get(name) == "Organization", (name, labels)


# -- A4. organisation names the model cuts ----------------------------------------------------------------------


def test_and_names_before_a_country_are_one_organisation(run):
    labels = _labels(run(_HEAD + "Transport and Logistics Hungary, which speaks for hauliers, criticised the plan. "
                         "Freight and Ports Kenya also objected.\n"))
    assert labels.get("Transport and Logistics Hungary") == "Organization", labels
    assert labels.get("Freight and Ports Kenya") == "Organization", labels
    assert "Logistics Hungary" not in labels, labels


def test_lower_initial_brands_acronym_at_sentence_end_and_possessive_groups(run):
    labels = _labels(run(_HEAD + "The river campaign group aquaVIVA and the NGO eduCAR joined the protest. Fuel "
                         "prices rose, according to the state importer SONAPET. The ministry denied it. The "
                         "Boatmen's Cooperative of Kas wrote to the ministers.\n"))
    for name in ("aquaVIVA", "eduCAR", "SONAPET", "Boatmen's Cooperative of Kas"):
        assert labels.get(name) == "Organization", (name, labels)
    assert "SONAPET. The" not in labels, labels


def test_acronyms_with_a_diacritic_are_organisations(run):
    labels = _labels(run(_HEAD + "Rail unions met on Monday. According to ÖGB, wages rose, and ÚOHS fined the "
                         "operator.\n"))
    assert labels.get("ÖGB") == "Organization", labels
    assert labels.get("ÚOHS") == "Organization", labels


# -- A5. agency names -------------------------------------------------------------------------------------------


def test_agencies_with_an_article_or_a_lower_case_adjective(run):
    labels = _labels(run(_HEAD + "Officers of An Garda Síochána and staff of An Post were at the border. The "
                         "Police nationale and the Gendarmerie nationale sent units with the Douane française.\n"))
    assert labels.get("An Garda Síochána") == "GovernmentAgency", labels
    assert labels.get("An Post") == "Organization", labels
    for name in ("Police nationale", "Gendarmerie nationale", "Douane française"):
        assert labels.get(name) == "GovernmentAgency", (name, labels)


def test_service_unit_is_one_agency(run):
    labels = _labels(run(_HEAD + "Captain Rey Santos, commander of the Coast Guard District Northern Luzon, said "
                         "the boats were seized. The Police Regional Office Cordillera helped.\n"))
    assert labels.get("Coast Guard District Northern Luzon") == "GovernmentAgency", labels
    assert labels.get("Police Regional Office Cordillera") == "GovernmentAgency", labels
    assert "District Northern Luzon" not in labels, labels


# -- A6. places the model types as people or bodies -------------------------------------------------------------


def test_region_office_owner_road_code_and_title_towns_are_places(run):
    labels = _labels(run(_HEAD + "The Podkarpackie voivode visited the site. Lubelskie's voivode, Jan Kowal, "
                         "agreed. Trucks use Austria's A10 before it "
                         "becomes Slovenia's A2. Ships call at the port of Prince Rupert. Prince Rupert handles "
                         "grain.\n"))
    for name in ("Podkarpackie", "Lubelskie", "A2", "Prince Rupert"):
        assert labels.get(name) == "Place", (name, labels)
    assert "Rupert" not in labels, labels


def test_place_a_local_office_serves_is_a_place(run):
    labels = _labels(run(_HEAD + "The prefect of Haut-Ogooué, Jean-Pierre Oyiba Mba Nzé, said the trucks were "
                         "waiting.\n"))
    assert labels.get("Haut-Ogooué") == "Place", labels


def test_state_abbreviation_after_a_town_is_its_state(run):
    x = run(_HEAD + "Residents of Polson, Mont., and Bend, Ore., complained about the trucks.\n")
    labels = _labels(x)
    assert "Mont." not in labels and "Ore." not in labels, labels
    rels = relation_set(x)
    polson, montana = entity_labelled(x, "Polson").key, entity_labelled(x, "Montana").key
    assert (polson, "locatedIn", montana) in rels, rels


# -- A7. territories named with a demonym -----------------------------------------------------------------------


def test_demonym_territories_are_one_place(run):
    labels = _labels(run(_HEAD + "France says French Guiana and French Polynesia, the Dutch Caribbean and the "
                         "British Indian Ocean Territory are covered. Growers in the Pacific Northwest agree.\n"))
    for name in ("French Guiana", "French Polynesia", "Dutch Caribbean", "British Indian Ocean Territory",
                 "Pacific Northwest"):
        assert labels.get(name) == "Place", (name, labels)
    assert "Polynesia" not in labels and "Guiana" not in labels, labels
