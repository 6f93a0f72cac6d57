"""Round 31 entity rules, on invented sentences: courtesy titles of Spanish-,
Portuguese- and French-language news, foreign names joined by lower-case
connectors, words that are never entities, abbreviated country names, ..."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels

# -- A1. courtesy and academic titles -----------------------------------------------------------------


def test_spanish_courtesy_titles_are_cut_from_names(run):
    labels = _labels(run("Chile and Argentina agree on border hours\n\n"
                         "The decision was taken at a meeting in Mendoza between the Chilean Minister of Economy, "
                         "Lic. Marta Quiroga, and the Argentine Minister of Production, Ing. Diego Almada. "
                         "Sra. Rosa Benítez and Abog. Julián Prado attended, and Mtro. Ernesto Villa spoke.\n"))
    for name in ("Marta Quiroga", "Diego Almada", "Rosa Benítez", "Julián Prado", "Ernesto Villa"):
        assert labels.get(name) == "Person", (name, labels)
    for label in labels:
        assert label.rstrip(".") not in {"Lic", "Ing", "Sra", "Abog", "Mtro"}, labels
        assert not label.startswith(("Lic.", "Sra.", "Ing.")), labels


def test_other_courtesy_titles_are_cut_from_names(run):
    labels = _labels(run("France and Brazil discuss river trade\n\n"
                         "Mme Odile Ferrand, of the French embassy, met Arq. Jorge Salas and Dra. Teresa Solís in "
                         "Cayenne. Mtra. Lucía Ibarra and Licda. Paula Rey also attended.\n"))
    for name in ("Odile Ferrand", "Jorge Salas", "Teresa Solís", "Lucía Ibarra", "Paula Rey"):
        assert labels.get(name) == "Person", (name, labels)
    for label in labels:
        assert label.split(".")[0] not in {"Mme", "Arq", "Dra", "Mtra", "Licda"}, labels


# -- A2. foreign names joined by lower-case connectors --------------------------------------------------


def test_connector_joined_company_and_group_names_are_one_organisation(run):
    labels = _labels(run("Poland and Czechia discuss mine water\n\n"
                         "The operator, Kopalnia Rudy i Energia Zachód, said on Monday it would keep pumping. "
                         "The citizens' group Czysta Woda dla Ludzi asked for a hearing, and the Verein für "
                         "Flussschutz in Germany backed it.\n"))
    for name in ("Kopalnia Rudy i Energia Zachód", "Czysta Woda dla Ludzi", "Verein für Flussschutz"):
        assert labels.get(name) == "Organization", (name, labels)
    for fragment in ("Energia Zachód", "Kopalnia Rudy", "Verein", "Flussschutz", "Ludzi"):
        assert fragment not in labels, labels


def test_river_town_names_with_connectors_are_one_place(run):
    labels = _labels(run("Czechia and Germany discuss the river\n\n"
                         "Residents of Nova Ves nad Orlici and of Brandenburg an der Havel complained about "
                         "the noise from the works.\n"))
    assert labels.get("Nova Ves nad Orlici") == "Place", labels
    assert labels.get("Brandenburg an der Havel") == "Place", labels
    assert "Orlici" not in labels and "Havel" not in labels


# -- A9. words that are never entities -----------------------------------------------------------------


def test_platforms_currencies_and_ship_types_are_no_entities(run):
    labels = _labels(run("Azerbaijan and Kazakhstan expand ferry link\n\n"
                         "The minister posted the news on LinkedIn and on Telegram, and a video spread on WhatsApp. "
                         "A berth costs 40 GBP or 45 EUR a day. Ro-Ro vessels and RoRo ferries will use the port, "
                         "Hansard records. A Liberal Democrat, Fiona Hale, asked about it.\n"))
    for word in ("LinkedIn", "Telegram", "WhatsApp", "GBP", "EUR", "Ro-Ro", "RoRo", "Hansard", "Liberal"):
        assert word not in labels, (word, labels)
    assert labels.get("Fiona Hale") == "Person", labels


# -- A13. abbreviated country names --------------------------------------------------------------------


def test_abbreviated_country_names_are_the_countries(run):
    labels = _labels(run("Australia and Papua New Guinea sign treaty\n\n"
                         "The treaty between Australia and PNG was signed in Port Moresby. Officials from KSA "
                         "and the RoK attended as observers.\n"))
    assert labels.get("Papua New Guinea") == "Country", labels
    assert labels.get("Saudi Arabia") == "Country", labels
    assert labels.get("South Korea") == "Country", labels
    for word in ("PNG", "KSA", "RoK"):
        assert word not in labels, labels


# -- A3. foreign-language expansions -------------------------------------------------------------------


def test_acronym_expansion_and_form_acronym_are_no_entities(run):
    labels = _labels(run("Guatemala and Honduras extend customs union\n\n"
                         "Truckers fill in a single document known by its Spanish acronym FYDUCA (Formulario Yunta "
                         "Declarativa Única Aduanera). FYDUCA replaced three older papers, officials in Guatemala "
                         "said.\n"))
    assert "FYDUCA" not in labels, labels
    for label in labels:
        assert "Única" not in label and "Yunta" not in label, labels


# -- A6. departments that are regions ------------------------------------------------------------------


def test_department_of_a_region_is_the_place(run):
    labels = _labels(run("Colombia and Venezuela reopen bridge\n\n"
                         "Trucks from the Department of Boyacá crossed the bridge on Monday, and farmers from the "
                         "Departamento de Nariño followed. The Department of Trade welcomed the reopening.\n"))
    assert labels.get("Boyacá") == "Place", labels
    assert "Department of Boyacá" not in labels, labels
    assert labels.get("Department of Trade") in {"GovernmentAgency", None}, labels


# -- A8. hospitals, fish markets, agency acronyms -------------------------------------------------------


def test_hospitals_markets_and_agency_acronyms_are_organisations(run):
    labels = _labels(run("Peru and Ecuador discuss border trade\n\n"
                         "The injured drivers were taken to St Agnes Hospital and to Hospital Santa Rita. Traders at "
                         "Puerto Bravo Fish Market complained. The DGRA, the customs agency of Ecuador, seized the "
                         "cargo, and SUNAT inspected the trucks on the Peruvian side.\n"))
    assert labels.get("St Agnes Hospital") == "Organization", labels
    assert labels.get("Hospital Santa Rita") == "Organization", labels
    assert labels.get("Puerto Bravo Fish Market") == "Organization", labels
    assert labels.get("DGRA") == "GovernmentAgency", labels
    assert labels.get("SUNAT") == "GovernmentAgency", labels


# -- A11. newspapers with "&" or a masthead word -------------------------------------------------------


def test_paper_names_with_ampersand_and_masthead_word(run):
    labels = _labels(run("Sri Lanka and India talk fisheries\n\n"
                         "Reef & Harbour Weekly said the quota was too low. The view of the Evening Courier is that "
                         "the talks failed, and the Lakeside Gazette agreed.\n"))
    assert labels.get("Reef & Harbour Weekly") == "MediaOrganization", labels
    assert labels.get("Evening Courier") == "MediaOrganization", labels
    assert labels.get("Lakeside Gazette") == "MediaOrganization", labels
    assert "Reef" not in labels and "Harbour Weekly" not in labels, labels


# -- A12. towns named after a general or a saint ---------------------------------------------------------


def test_general_santos_is_a_town_not_a_person(run):
    labels = _labels(run("Philippines and Indonesia discuss tuna\n\n"
                         "The delegation flew on to General Santos, where the fish port is. Port officials in "
                         "General Santos said the catch was down.\n"))
    assert labels.get("General Santos") == "Place", labels
    assert "Santos" not in labels, labels


# -- A4. agencies "of the Republic of Y" / embassies "in Z" ---------------------------------------------


def test_agency_of_the_republic_keeps_the_whole_name(run):
    labels = _labels(run("Chile and Peru hold consultations\n\n"
                         "Chile and Peru met in Lima on Monday. The Ministry of Foreign Affairs of the Republic of "
                         "Chile said the Embassy of Peru in the Republic of Ecuador had received the note, and the "
                         "Embassy of Chile in Bolivia confirmed it.\n"))
    assert labels.get("Ministry of Foreign Affairs of the Republic of Chile") == "GovernmentAgency", labels
    assert labels.get("Embassy of Peru in the Republic of Ecuador") == "GovernmentAgency", labels
    assert labels.get("Embassy of Chile in Bolivia") == "GovernmentAgency", labels
    assert "Embassy of Peru" not in labels and "Ministry of Foreign Affairs" not in labels, labels
    assert labels.get("Chile") == "Country" and labels.get("Peru") == "Country", labels


# -- A5. a sub-national government and its unit ---------------------------------------------------------


def test_government_and_its_directorate_are_two_agencies(run):
    labels = _labels(run("Britain and Ireland discuss interconnector\n\n"
                         "The Scottish Government's Marine Directorate published a study on Monday, and the "
                         "Planning Division of the Government of Assam sent a note.\n"))
    for name in ("Scottish Government", "Marine Directorate", "Planning Division", "Government of Assam"):
        assert labels.get(name) == "GovernmentAgency", (name, labels)
    for label in labels:
        assert "Government's" not in label and "Division of" not in label, labels


# -- A7. places the model types person or organisation ----------------------------------------------------


def test_cape_towns_rivers_fields_and_zones_are_places(run):
    labels = _labels(run("Tunisia and Libya discuss fishing and gas\n\n"
                         "Patrol vessels seized boats from Zarzis and Ras Kalbo last week. Fishermen on the Amazon "
                         "were affected too. The ministers discussed gas exports from the Bahri field, and boats "
                         "in the Joint Fishing Zone were inspected.\n"))
    assert labels.get("Ras Kalbo") == "Place", labels
    assert any(t == "Place" and "Amazon" in label for label, t in labels.items()), labels
    assert "Amazon" not in labels or labels["Amazon"] == "Place", labels
    assert labels.get("Bahri") == "Place", labels
    assert labels.get("Joint Fishing Zone") == "Place", labels


# -- A10. coordinated names sharing a head noun -----------------------------------------------------------


def test_coordinated_reservoirs_and_ministries(run):
    labels = _labels(run("Kyrgyzstan and Kazakhstan share water\n\n"
                         "The Ak-Suu and Tash-Kumyr reservoirs are low this year. The Ministries of Energy and of "
                         "Water met on Monday.\n"))
    assert labels.get("Ak-Suu reservoir") == "Place", labels
    assert labels.get("Tash-Kumyr reservoir") == "Place", labels
    assert labels.get("Ministry of Energy") == "GovernmentAgency", labels
    assert labels.get("Ministry of Water") == "GovernmentAgency", labels
    assert "Ministries of Energy" not in labels, labels


# -- S2. written parliamentary answer ------------------------------------------------------------------

_ANSWER = ("India and Bangladesh: exports through land port fall\n\n"
           "GOVERNMENT OF INDIA\nMINISTRY OF SHIPPING\nWRITTEN QUESTION NO. 318\nTO BE ANSWERED ON 04.03.2026\n\n"
           "318. SHRI ROHAN VERMA:\nWill the Minister of SHIPPING be pleased to state:\n"
           "(a) whether cargo at the river port of Karimganj has fallen;\n\n"
           "ANSWER\nTHE MINISTER OF STATE IN THE MINISTRY OF SHIPPING\n(SMT. NEHA KAPOOR)\n\n"
           "(a) Cargo at Karimganj has fallen by 9 per cent.\n\n*****\n\n"
           "Rohan Verma, a Member of Parliament from Assam, said the answer showed the problem.\n")


def test_written_answer_honorific_names_are_persons_in_title_case(run):
    x = run(_ANSWER)
    labels = _labels(x)
    assert labels.get("Rohan Verma") == "Person", labels
    assert labels.get("Neha Kapoor") == "Person", labels
    assert [e.label for e in x.entities.values()].count("Rohan Verma") == 1
    for label in labels:
        assert not label.startswith(("SHRI", "SMT", "Shri", "Smt")), labels


def test_written_answer_header_fragments_and_ministry(run):
    labels = _labels(run(_ANSWER))
    assert labels.get("Ministry of Shipping") == "GovernmentAgency", labels
    for fragment in ("MINISTRY", "OF SHIPPING", "SHIPPING", "GOVERNMENT", "SMT", "MINISTRY OF SHIPPING"):
        assert fragment not in labels, labels


# -- S3. a letter printed in full ----------------------------------------------------------------------


def test_letter_address_and_signature_lines(run):
    labels = _labels(run("Fishers write to Ghana's fisheries minister\n\n"
                         "The Coastal Fishers Association sent the letter below to the minister on Monday.\n\n"
                         "To Mrs Efua Mensah, Minister of Fisheries and Aquaculture, Accra\n\n"
                         "Dear Minister,\n\nWe write because our canoes cannot land at Aflao.\n\n"
                         "Kojo Annan, Secretary, Coastal Fishers Association, Elmina, 3 May 2026\n"))
    assert labels.get("Efua Mensah") == "Person", labels
    assert labels.get("Coastal Fishers Association") == "Organization", labels
    for label in labels:
        assert not label.startswith(("To ", "Secretary,")), labels


# -- S4. radio call-in transcript ------------------------------------------------------------------------


def test_call_in_role_labels_station_and_first_name_address(run):
    x = run("Kenya and Uganda fishing row on call-in show\n\n"
            "RADIO SUNRISE 98.4 FM - KISUMU, KENYA\n\"Morning Line\" - broadcast of Monday 4 May 2026\n"
            "Transcript prepared by the station.\n\n"
            "WANJIKU KAMAU (HOST): Good morning. With me is Dr. Otieno Odhiambo Were, a fisheries researcher.\n\n"
            "OTIENO ODHIAMBO WERE (GUEST): Good morning, Wanjiku. The patrols seize our boats.\n\n"
            "HOST: Let's go to the phones.\n\nKEVIN (CALLER): Thank you, Wanjiku. The government must act.\n")
    labels = _labels(x)
    assert labels.get("Radio Sunrise") == "MediaOrganization", labels
    assert "HOST" not in labels and "GUEST" not in labels and "CALLER" not in labels, labels
    assert "Wanjiku" not in labels, labels
    host = [e for e in x.entities.values() if e.label == "Wanjiku Kamau"]
    assert host and "Wanjiku" in host[0].aliases, labels


# -- S5. encyclopedic article ----------------------------------------------------------------------------


def test_encyclopedia_name_and_section_headings_are_no_entities(run):
    labels = _labels(run("Lake Peipus fisheries treaty - Balticpedia\n\n"
                         "Lake Peipus fisheries treaty\nFrom Balticpedia, the free encyclopedia\n\n"
                         "Type: bilateral fisheries treaty\n"
                         "Lead negotiators: Kadri Tamm (Estonia); Ivan Sokolov (Russia)\n\n"
                         "Background\nEstonia and Russia began talks in 2024.[1]\n\n"
                         "Reactions\nTamm said the lake \"is shared water.\"[2]\n\n"
                         "References\n1. \"Lake talks open\". Baltic Wire. 15 June 2026.\n"))
    assert "Balticpedia" not in labels and "Background" not in labels and "Reactions" not in labels, labels
    assert labels.get("Kadri Tamm") == "Person", labels
    assert labels.get("Baltic Wire") in {"MediaOrganization", None}, labels
