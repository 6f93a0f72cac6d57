"""Round 19 entity classes, on invented sentences: surnames with a particle,
bylines and credits, generic "<demonym> police", possessive place names,
facility places, acronym organisations, apposed companies, long agency and
movement names, media names, lower-case groups, region aliases and places
apposed to "a village/town"."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, entity_types as _labels, relation_set


# -- A1. a surname with a lower-case particle, capitalised at a sentence's start ---------------

def test_capitalised_particle_surname_is_the_full_name(run):
    x = run("Farid el-Masri, the chief negotiator, arrived on Monday. \"We are ready,\" El-Masri said.\n\n"
            "Lucia de la Vega, a mediator, was hopeful. De la Vega said the talks \"will go on\".")
    labels = _labels(x)
    assert "El-Masri" not in labels and "De la Vega" not in labels
    speakers = {s.speaker for s in x.statements}
    assert entity_labelled(x, "Farid el-Masri").key in speakers
    assert entity_labelled(x, "Lucia de la Vega").key in speakers


def test_capitalised_bin_particle_is_the_full_name(run):
    x = run("Yusuf bin Harith, the envoy, flew in on Monday. Bin Harith told reporters that \"nothing is agreed\".")
    assert "Bin Harith" not in _labels(x)
    assert x.statements and x.statements[0].speaker == entity_labelled(x, "Yusuf bin Harith").key


# -- A2. bylines and staff credits name no actor ----------------------------------------------

def test_byline_and_credits_name_no_entity(run):
    x = run("By Tamsin Okafor\n\nLUSAKA, June 4 (Copperbelt Wire) - Zambia and Malawi signed a transit deal on Monday.\n\n"
            "\"It is a good day,\" said Malawian Trade Minister Joseph Banda.\n\n"
            "(Reporting by Peter Mwale in Lusaka and Grace Phiri in Mzuzu; Writing by Tom Harris; Editing by Jane Doe)\n\n"
            "Additional reporting by Samuel Otieno in Blantyre.")
    labels = _labels(x)
    for name in ("Tamsin Okafor", "Peter Mwale", "Grace Phiri", "Tom Harris", "Jane Doe", "Samuel Otieno",
                 "Mzuzu", "Blantyre", "Copperbelt Wire"):
        assert name not in labels, name
    assert labels.get("Joseph Banda") == "Person"


def test_byline_with_town_names_no_entity(run):
    x = run("By Odile Marchand, Dakar\n\nSenegal and Mauritania agreed on fishing licences on Friday, "
            "Mauritanian Fisheries Minister Sidi Ould Cheikh said.")
    labels = _labels(x)
    assert "Odile Marchand" not in labels
    assert labels.get("Sidi Ould Cheikh") == "Person"


def test_dateline_outlet_cited_later_is_media(run):
    x = run("LUSAKA, June 4 (Copperbelt Wire) - Zambia and Malawi signed a transit deal on Monday. "
            "Copperbelt Wire could not reach Zambian officials for comment.")
    assert _labels(x).get("Copperbelt Wire") == "MediaOrganization"


# -- A3. a lower-case "<demonym> police" alone is no body --------------------------------------

def test_generic_demonym_police_is_no_entity(run):
    x = run("Ghana and Togo agreed on joint patrols on Monday. Ghanaian police will keep control of the "
            "crossing at Aflao, the deal says.")
    assert not any("police" in label.lower() for label in _labels(x))


def test_demonym_police_with_a_named_unit_stays(run):
    x = run("Ghanaian police will keep control of the crossing. The Volta Police Administration, "
            "a unit of the Ghanaian police, will run the patrols.")
    assert _labels(x).get("Ghanaian police") == "GovernmentAgency"


# -- A4. a possessive inside a place name ------------------------------------------------------

def test_possessive_town_name_is_one_place(run):
    x = run("Delegates from Bangladesh and Myanmar met in Cox's Bazar on Monday. "
            "They flew to King's Lynn for a second round.")
    labels = _labels(x)
    assert labels.get("Cox's Bazar") == "Place"
    assert labels.get("King's Lynn") == "Place"
    assert "Bazar" not in labels and "Cox" not in labels


def test_saint_possessive_town_keeps_its_s(run):
    x = run("The two delegations met in St John's on Tuesday to discuss fishing quotas.")
    labels = _labels(x)
    assert "St John" not in labels
    assert any(label.endswith("John's") and type_ == "Place" for label, type_ in labels.items())


# -- A5. a facility keeps its head noun; a border crossing is its town -------------------------

def test_camp_station_market_sites_are_places(run):
    x = run("Aid workers visited the Lomara camp on Monday. Families in the Kivu transit camp in Sorana said "
            "they had no water. Lorries stopped at Danto station. The Pemba water intake was closed.")
    labels = _labels(x)
    for name in ("Lomara camp", "Kivu transit camp", "Danto station", "Pemba water intake"):
        assert labels.get(name) == "Place", (name, labels)
    assert "Lomara" not in labels and "Kivu" not in labels


def test_market_and_its_town_are_two_places(run):
    x = run("Prices rose at the Geza market on Monday, and traders in Geza said they were worried.")
    labels = _labels(x)
    assert labels.get("Geza market") == "Place"
    assert labels.get("Geza") == "Place"


def test_market_of_a_country_is_no_site(run):
    x = run("Kenya and Uganda want to open the Kenya market to Ugandan sugar, officials said.")
    assert "Kenya market" not in _labels(x)


def test_border_crossing_is_the_town(run):
    x = run("Lorries queued at the Moreni border crossing on Monday. Officials in Moreni said it would reopen.")
    labels = _labels(x)
    assert labels.get("Moreni") == "Place"
    assert "Moreni border crossing" not in labels


# -- A6. an acronym in an organisation's context -----------------------------------------------

def test_acronym_after_run_by_and_for_is_an_organisation(run):
    x = run("The pupils attend a school run by KOVA in Lemu. Halima Wanjiru coordinates programmes "
            "for KOVA in Lemu, and her brother works for ZEDRA.")
    labels = _labels(x)
    assert labels.get("KOVA") == "Organization"
    assert labels.get("ZEDRA") == "Organization"


# -- A7. a company apposed to a description ----------------------------------------------------

def test_company_apposed_to_a_description_is_an_organisation(run):
    x = run("For Brandvik Minerals, the state-owned miner that operates the pit, the deal is a relief. "
            "Osterby Ports, the private operator, said it would hire staff.")
    labels = _labels(x)
    assert labels.get("Brandvik Minerals") in {"Organization", "GovernmentAgency"}
    assert labels.get("Osterby Ports") == "Organization"


# -- A8. long agency and movement names --------------------------------------------------------

def test_directorate_general_of_x_and_y_is_one_agency(run):
    x = run("Zambia's Directorate General of Customs and Excise said the new rules would start in May.")
    labels = _labels(x)
    assert labels.get("Directorate General of Customs and Excise") == "GovernmentAgency", labels
    assert "Directorate General of Customs" not in labels


def test_movement_and_enterprise_names_with_a_place_inside_are_one_organisation(run):
    x = run("The North Varda National Liberation Army rejected the deal. "
            "The Slovak Forest Management Enterprise said it would replant the slopes.")
    labels = _labels(x)
    assert labels.get("North Varda National Liberation Army") == "Organization", labels
    assert labels.get("Slovak Forest Management Enterprise") == "Organization", labels
    assert "Liberation Army" not in labels and "Management Enterprise" not in labels


# -- A9. media names after told / speaking on / interview with --------------------------------

def test_broadcasters_with_a_trailing_kind_word_or_a_number_are_media(run):
    x = run("Interior Minister Jan Holm, speaking on TV 4, said the checks would stay. "
            "He also told Petőfi Rádió that talks would go on.")
    labels = _labels(x)
    assert labels.get("TV 4") == "MediaOrganization", labels
    assert labels.get("Petőfi Rádió") == "MediaOrganization", labels


def test_question_label_names_a_reporter_and_her_outlet(run):
    x = run("The minister took questions.\n\nQ (Marta Ruiz, El Faro): When will the checks end?\n\n"
            "A: Next year, I hope.\n")
    labels = _labels(x)
    assert labels.get("Marta Ruiz") == "Person"
    assert labels.get("El Faro") == "MediaOrganization"


# -- A10. lower-case groups named with a place -------------------------------------------------

def test_lower_case_unions_with_a_place_are_organisations(run):
    x = run("\"We need the quota,\" said Goran Vidic, who heads the Lopar fishermen's union. "
            "The Rab traders' association welcomed the deal.")
    labels = _labels(x)
    assert labels.get("Lopar fishermen's union") == "Organization", labels
    assert labels.get("Rab traders' association") == "Organization", labels
    assert labels.get("Lopar") != "Organization"


def test_demonym_union_is_no_named_union(run):
    x = run("The Kenyan farmers' union rejected the tariff.")
    assert "Kenyan farmers' union" not in _labels(x)


# -- A11. a state and its bare name ------------------------------------------------------------

def test_state_and_its_bare_name_are_one_place(run):
    x = run("Officials from Warua State met in Abuja on Monday. Farmers in Warua say the rains came late.")
    labels = _labels(x)
    assert labels.get("Warua State") == "Place"
    assert "Warua" not in labels
    assert "Warua" in entity_labelled(x, "Warua State").aliases


def test_state_capital_of_the_same_name_stays_apart(run):
    x = run("Officials from Waru State met on Monday. Waru, the state capital, is quiet.")
    labels = _labels(x)
    assert labels.get("Waru State") == "Place"
    assert labels.get("Waru") == "Place"


# -- A12. a name apposed to "a village/town" ---------------------------------------------------

def test_name_apposed_to_a_village_is_a_place(run):
    x = run("In Ol-Keri, a Tanzanian village in Mara region, farmers wait for the new road.")
    assert _labels(x).get("Ol-Keri") == "Place", _labels(x)


def test_ends_of_a_highway_between_two_towns_are_places(run):
    x = run("The Lumo-Seka highway, which connects the two Malawian towns, is closed.")
    labels = _labels(x)
    assert labels.get("Lumo") == "Place" and labels.get("Seka") == "Place", labels


def test_acronym_the_model_misses_after_programmes_for_is_an_organisation(run):
    x = run("Grace Achieng coordinates programmes for AMREF in Turkana. Her cousin volunteers with KIWAD.")
    labels = _labels(x)
    assert labels.get("AMREF") == "Organization", labels
    assert labels.get("KIWAD") == "Organization", labels
    assert labels.get("Turkana") == "Place"
