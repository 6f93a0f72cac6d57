"""Round 36 entity rules, on invented sentences: a name apposed to a lower-case office,
outlets named after a town and a medium noun or with an outlet's head word, acronyms the
text defines, initials in another language, places with lower-case or foreign heads,
names with numbers, organisation names the model cuts, companies after a trade noun,
footer lines and a quote's first common word."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, relation_set, statement_by_quote
from tests.extract.conftest import entity_types as _labels

_HEAD = "Hungary and Slovakia discuss the river\n\n"


def _names(x) -> dict[str, set[str]]:
    """Label -> the entity's names (label and aliases)."""
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


# -- A1. an opening name apposed to a lower-case office -----------------------------------------------------------


def test_opening_name_apposed_to_a_lower_case_office_is_a_person(run):
    x = run(_HEAD + "Ines Varga, a state secretary in the Hungarian ministry, met her Slovak counterpart, state "
            "secretary Juraj Blaho, for four hours. Blaho was more cautious. \"We need more time,\" he said.\n")
    labels = _labels(x)
    assert labels.get("Ines Varga") == "Person", labels
    assert labels.get("Juraj Blaho") == "Person", labels
    assert x.entities[statement_by_quote(x, "We need more time").speaker].label == "Juraj Blaho"


# -- A2. outlets --------------------------------------------------------------------------------------------------


def test_town_before_a_medium_noun_and_an_outlet_stays_a_place(run):
    x = run("Ireland and Britain talk\n\nIn an interview with the Cork daily Munster Ledger, the minister said "
            "the border would stay open. Later she told the Galway weekly Western Courier the same.\n")
    labels = _labels(x)
    assert labels.get("Munster Ledger") == "MediaOrganization", labels
    assert labels.get("Cork") != "MediaOrganization", labels
    assert labels.get("Galway") != "MediaOrganization", labels


def test_outlet_with_an_outlet_head_word_after_told_is_no_person(run):
    labels = _labels(run("Angola and Namibia\n\nMinister Joao Silva told Onda Azul on Friday that the border "
                         "would open. His deputy told Zambezi Broadcasting Station that trade had grown, and an "
                         "official spoke to Kunene Radio Nord.\n"))
    assert labels.get("Onda Azul") == "MediaOrganization", labels
    assert labels.get("Zambezi Broadcasting Station") == "MediaOrganization", labels


# -- A3. an acronym the text defines ------------------------------------------------------------------------------


def test_acronym_defined_in_the_text_beats_the_gazetteer(run):
    x = run("Australia and Indonesia\n\nThe Australian Federal Police (AFP) will train Indonesian officers. "
            "The AFP's trainers arrived on Monday.\n")
    labels = _labels(x)
    assert "Agence France-Presse" not in labels, labels
    assert "AFP" in _names(x).get("Australian Federal Police", set()), _names(x)


# -- A4. initials in another language -----------------------------------------------------------------------------


def test_initials_known_in_a_country_are_an_alias(run):
    x = run("Greece and Italy\n\nThe Independent Power Transmission Operator, known in Greece by its Greek "
            "initials ADMIE, said the cable was ready. Mexico's Transport Ministry, known by its Spanish "
            "initials, SCT, said the road would open.\n")
    names = _names(x)
    assert "ADMIE" in names.get("Independent Power Transmission Operator", set()), names
    assert "SCT" in names.get("Transport Ministry", set()), names
    assert "ADMIE" not in names and "SCT" not in names, names


# -- A5. lower-case and foreign geographic heads ------------------------------------------------------------------


def test_names_before_a_lower_case_geographic_head_are_places(run):
    labels = _labels(run("Serbia and Croatia\n\nBoats use the Chilia arm and the Vransko marshes. Rain over the "
                         "Vransko was heavy. Farmers along the river Emsbach complain.\n"))
    for name in ("Chilia", "Vransko", "Emsbach"):
        assert labels.get(name) == "Place", (name, labels)


def test_foreign_compound_place_words_are_places(run):
    labels = _labels(run("Germany and the Netherlands\n\nTrucks cross the old Weserbrücke and barges use the "
                         "Nordkanal. Tourists visit the Traunsee.\n"))
    for name in ("Weserbrücke", "Nordkanal", "Traunsee"):
        assert labels.get(name) == "Place", (name, labels)


# -- A6. names with numbers ---------------------------------------------------------------------------------------


def test_numbers_and_ordinals_belong_to_the_place_name(run):
    labels = _labels(run("India and Myanmar\n\nSmuggling is rife in India's South 24 Parganas district. Traders "
                         "work inside the 82nd Mile Trade Zone in Muse.\n"))
    assert any(k.startswith("South 24 Parganas") for k in labels), labels
    assert any(k.startswith("82nd Mile Trade Zone") for k in labels), labels
    assert "Mile Trade Zone" not in labels and "Parganas district" not in labels, labels


# -- A7. organisation names the model cuts -------------------------------------------------------------------------


def test_company_and_bloc_names_stay_whole(run):
    x = run("Kenya and Uganda\n\nSouth-East Asia Oil Pipeline Co. signed a deal. The Common Market for Eastern "
            "and Southern Africa (COMESA) welcomed it.\n")
    labels = _labels(x)
    assert labels.get("South-East Asia Oil Pipeline") == "Organization", labels
    assert "COMESA" in _names(x).get("Common Market for Eastern and Southern Africa", set()), labels
    assert "Southern Africa" not in labels, labels


# -- A8. companies after a trade noun ------------------------------------------------------------------------------


def test_companies_after_a_trade_noun_are_organisations(run):
    labels = _labels(run("Italy and Greece\n\nCable maker Prysmian has been producing the cable, and shipbuilder "
                         "Fincantieri built the ferry. The Papenburg Werft yard built the ship. Engineers at the "
                         "Lyon consultancy Alpiq Conseil designed the dam.\n"))
    for name in ("Prysmian", "Fincantieri", "Papenburg Werft", "Alpiq Conseil"):
        assert labels.get(name) == "Organization", (name, labels)
    assert labels.get("Lyon") == "Place", labels
    assert "Papenburg Werft yard" not in labels, labels


def test_state_company_apposed_with_a_country_owner_is_a_body(run):
    labels = _labels(run("Benin and Niger\n\nBDM, Benin's state ports and railways company, said the line "
                         "would reopen.\n"))
    assert labels.get("BDM") == "GovernmentAgency", labels


# -- A9. a department of a country ---------------------------------------------------------------------------------


def test_department_of_a_country_is_an_agency(run):
    labels = _labels(run("Armenia and Georgia\n\nThe Roads Department of Armenia said in a post on its website "
                         "that the road would close.\n"))
    assert labels.get("Roads Department of Armenia") == "GovernmentAgency", labels


# -- A11. footer lines ---------------------------------------------------------------------------------------------


def test_promotional_footer_lines_name_nothing(run):
    labels = _labels(run("Romania and Bulgaria agree on ferry\n\nRomania and Bulgaria agreed on Monday to open "
                         "the ferry.\n\nFollow Lakeside Radio News for live updates.\nDownload the Lakeside app\n"))
    assert not any("Lakeside" in k or k == "Download" for k in labels), labels


# -- A12. a quote's first common word ------------------------------------------------------------------------------


def test_quote_opening_common_word_is_no_person(run):
    x = run("Uganda and Kenya cotton\n\nMaria Okello, Kenya's trade minister, met Ugandan officials. \"Cotton pays "
            "for the port,\" she said. \"Drought, not Uganda, sets the level,\" she added.\n")
    labels = _labels(x)
    assert "Cotton" not in labels and "Drought" not in labels, labels
    assert x.entities[statement_by_quote(x, "Cotton pays").speaker].label == "Maria Okello"


def test_other_language_names_of_a_place_are_aliases(run):
    x = run("Germany and Switzerland\n\nThe lake - Bodensee to Germans, Lac de Constance to the French - is "
            "shared by three states. The Aare, known in France as the Aar, flows north.\n")
    names = _names(x)
    assert "Lac de Constance" in names.get("Bodensee", set()), names
    assert "Aar" in names.get("Aare", set()), names
    assert "Lac de Constance" not in names and "Aar" not in names, names


def test_capitalised_customs_house_is_an_agency(run):
    labels = _labels(run("Bangladesh and India\n\nGoods wait at the Chittagong Custom House and the Benapole "
                         "Customs House for days.\n"))
    assert labels.get("Chittagong Custom House") == "GovernmentAgency", labels
    assert labels.get("Benapole Customs House") == "GovernmentAgency", labels


def test_unit_named_with_its_parent_body_is_two_bodies(run):
    labels = _labels(run("Kenya and Uganda\n\nThe Border Police Directorate of the Interior Ministry sent officers "
                         "to the crossing.\n"))
    assert labels.get("Border Police Directorate") == "GovernmentAgency", labels
    assert labels.get("Interior Ministry") == "GovernmentAgency", labels
    assert "Border Police Directorate of the Interior Ministry" not in labels, labels


def test_dateline_town_with_a_diacritic_capital_is_the_place(run):
    labels = _labels(run("Romania and Bulgaria agree on ferry\n\nLakeside Radio | Regional news | Monday 4 May\n"
                         "CONSTANȚA - Romania and Bulgaria agreed on Monday to open the ferry, officials said.\n"))
    assert not any(k.startswith("CONSTANȚA -") or k.startswith("Constanța -") for k in labels), labels
    assert labels.get("Romania") == "Country", labels
