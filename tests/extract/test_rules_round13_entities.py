"""Round 13 entity rules, on invented sentences: names bounded by their
acronym, long formal titles, descriptors before lists of names, media named
in Q&A labels and interviews, places from context and full names."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels, entity_labelled as _entity


# -- A1. a name with "and" bounded by its acronym ------------------------------

def test_acronym_joins_a_name_with_and(run):
    x = run("The Romanian Shipping and River Ports Authority (RSRPA) said on Monday that traffic had doubled.")
    authority = _entity(x, "Romanian Shipping and River Ports Authority")
    assert authority.type == "GovernmentAgency"
    assert "RSRPA" in authority.aliases
    assert "Romanian Shipping" not in _labels(x) and "River Ports Authority" not in _labels(x)


def test_acronym_name_with_demonym_and_apposition_is_one_company(run):
    x = run("The Bulgarian Water and Sanitation Services Enterprise (BWSSE), the state utility, says it will "
            "raise prices.")
    labels = _labels(x)
    assert labels.get("Bulgarian Water and Sanitation Services Enterprise") in {"Organization", "GovernmentAgency"}
    assert not any(t in {"Person", "Position"} for t in labels.values())


def test_acronym_name_with_for_and_and_keeps_its_end(run):
    x = run("The Serbian Institute for Transport and Logistics (SITL) published a report in Belgrade.")
    institute = _entity(x, "Serbian Institute for Transport and Logistics")
    assert institute.type == "Organization"
    assert "SITL" in institute.aliases


def test_acronym_that_does_not_spell_the_words_changes_nothing(run):
    x = run("Farmers from the Moldovan Growers Union (UCM) protested in Chisinau.")
    assert not any("Farmers" in label for label in _labels(x))


def test_acronym_of_a_person_is_no_organisation(run):
    x = run("Supporters of Carlos Alberto Mendes Ruiz (CAMR) marched through Quito.")
    assert not any(t in {"Organization", "GovernmentAgency"} and "Carlos" in label
                   for label, t in _labels(x).items())


def test_institute_with_security_in_its_name_is_an_organisation(run):
    x = run("Ines Varga, an analyst at the Adriatic Security Institute (ASI), said the plan was sound.")
    assert _labels(x).get("Adriatic Security Institute") == "Organization"


def test_centre_for_research_is_an_organisation(run):
    x = run("Experts from the Croatian Centre for Border Research and Development (CCBRD) disagreed.")
    assert _labels(x).get("Croatian Centre for Border Research and Development") == "Organization"


# -- A2. long formal titles -----------------------------------------------------

def test_agreement_title_runs_on_over_a_river(run):
    x = run("The ministers agreed to open negotiations on an Agreement on the Construction of the Second Road "
            "Bridge over the Morava River.")
    labels = _labels(x)
    assert labels.get("Agreement on the Construction of the Second Road Bridge over the Morava River") == "Agreement"
    assert not any(label.endswith("Road Bridge") for label in labels)
    assert labels.get("Morava River") == "Place"  # the river is a place of its own too


def test_agreement_title_with_a_comma_list_is_whole(run):
    x = run("The Comprehensive Austrian-Slovak Agreement on Border Trade, Transport and Good Neighbourliness, "
            "signed in 2001, remains in force.")
    labels = _labels(x)
    assert labels.get("Comprehensive Austrian-Slovak Agreement on Border Trade, Transport and Good "
                      "Neighbourliness") == "Agreement"
    assert "Good Neighbourliness" not in labels


def test_comma_list_of_countries_after_a_title_is_not_part_of_it(run):
    x = run("Under the Treaty on Fisheries, Norway, Iceland and Denmark share the catch.")
    labels = _labels(x)
    assert labels.get("Treaty on Fisheries") == "Agreement"
    assert labels.get("Denmark") == "Country"


def test_agreement_on_the_named_crossing_is_whole(run):
    x = run("Officials discussed the draft Intergovernmental Agreement on the Hohenau-Zavod Road Crossing on Friday.")
    labels = _labels(x)
    assert labels.get("Intergovernmental Agreement on the Hohenau-Zavod Road Crossing") == "Agreement"
    assert "Hohenau-Zavod Road Crossing" not in labels and "Intergovernmental Agreement" not in labels


def test_plan_for_a_named_region_is_whole(run):
    x = run("Both governments endorsed the Joint Development Plan for the Danube Border Region on Friday.")
    labels = _labels(x)
    assert labels.get("Joint Development Plan for the Danube Border Region") == "Organization"
    assert "Joint Development Plan" not in labels


def test_hyphenated_pair_before_a_summit_is_no_place(run):
    x = run("Leaders gathered at the Baltic-Nordic Energy summit in Tallinn on Monday. The Alpine-Danube "
            "Transport forum opened in Graz.")
    labels = _labels(x)
    assert not any("Baltic" in label or "Nordic" in label or "Alpine" in label for label in labels)
    assert labels.get("Graz") == "Place"


# -- A3. a descriptor types the names it describes -----------------------------

def test_plural_descriptor_types_every_listed_name(run):
    x = run("The grid operators Elering and Fingrid sent their chief executives to Warsaw.")
    labels = _labels(x)
    assert labels.get("Elering") == "Organization"
    assert labels.get("Fingrid") == "Organization"


def test_plural_descriptor_types_a_comma_list_with_a_lower_case_name(run):
    x = run("The budget carriers Wizz, Volotea and airNordica cut fares on Monday, the ministry said.")
    labels = _labels(x)
    for name in ("Wizz", "Volotea", "airNordica"):
        assert labels.get(name) == "Organization", name


def test_plural_place_descriptor_types_places(run):
    x = run("The ports Gdynia and Swinoujscie handled more cargo this year.")
    labels = _labels(x)
    assert labels.get("Gdynia") == "Place" and labels.get("Swinoujscie") == "Place"


def test_descriptor_after_an_acronym_types_the_name(run):
    x = run("Kolejlink (KLK), the national railway company, will run the trains from June.")
    company = _entity(x, "Kolejlink")
    assert company.type == "Organization"
    assert "KLK" in company.aliases


def test_descriptor_after_known_by_its_acronym_types_a_place(run):
    x = run("Podgrodzie, known by its acronym PGD, the joint border post, opened on Monday.")
    post = _entity(x, "Podgrodzie")
    assert post.type == "Place"
    assert "PGD" in post.aliases
    assert "PGD" not in _labels(x)


# -- A4. media from question labels and interviews ---------------------------

_TRANSCRIPT = (
    "Ministers take questions\n\n"
    "HELSINKI, May 6 — Finland's Transport Minister Lauri Virtanen met Estonia's Kristjan Tamm in Helsinki.\n\n"
    "Below are excerpts from the news conference.\n\n"
    "Q (Yle): Minister Virtanen, what changes?\n\n"
    "Virtanen: Trains will run faster.\n\n"
    "Q (ERR): Mr Tamm, will Estonia pay?\n\n"
    "Tamm: Yes.\n\n"
    "Q from Postimees: Is the date fixed?\n\n"
    "Tamm: Not yet.\n"
)


def test_outlets_in_question_labels_are_media(run):
    labels = _labels(run(_TRANSCRIPT))
    for outlet in ("Yle", "ERR", "Postimees"):
        assert labels.get(outlet) == "MediaOrganization", outlet


def test_plural_noun_opening_an_answer_is_no_person(run):
    labels = _labels(run(_TRANSCRIPT))
    assert "Trains" not in labels
    assert labels.get("Lauri Virtanen") == "Person"


def test_name_told_something_in_an_interview_is_a_medium(run):
    x = run('"Nobody in Tartu wants to wait," Kristjan Tamm told Ilta in a separate interview.')
    assert _labels(x).get("Ilta") == "MediaOrganization"


def test_name_told_something_after_the_news_conference_is_a_medium(run):
    x = run("Lauri Virtanen told Kanava after the news conference that the line would open in 2030.")
    assert _labels(x).get("Kanava") == "MediaOrganization"


def test_person_told_in_an_interview_stays_a_person(run):
    x = run("Lauri Virtanen told Maria Korhonen in an interview that the line would open in 2030.")
    assert _labels(x).get("Maria Korhonen") == "Person"


# -- A6. places from context ---------------------------------------------------

def test_towns_after_opposite_and_and_at_are_places(run):
    x = run("Traffic resumed at the crossings at Valmora, opposite Kestrany, and at Dubrela, opposite Orvika, "
            "officials said.")
    labels = _labels(x)
    for town in ("Valmora", "Kestrany", "Dubrela", "Orvika"):
        assert labels.get(town) == "Place", town


def test_unknown_town_between_it_and_a_known_one_is_a_place(run):
    x = run("Buses run between Riga and Selvanka, and new trains between Tallinn and Marvoda start in June.")
    labels = _labels(x)
    assert labels.get("Selvanka") == "Place"
    assert labels.get("Marvoda") == "Place"


def test_between_two_people_makes_no_places(run):
    x = run("Talks between Andris Kalnins and Peter Berzins resumed in Riga on Monday.")
    labels = _labels(x)
    assert labels.get("Andris Kalnins") == "Person" and labels.get("Peter Berzins") == "Person"


def test_terminal_and_substation_are_places(run):
    x = run("Goods pass through the Kilingi Container Terminal, and power flows from the Tarvo Substation.")
    labels = _labels(x)
    assert labels.get("Kilingi Container Terminal") == "Place"
    assert labels.get("Tarvo Substation") == "Place"


def test_numbered_interconnectors_are_places(run):
    x = run("A third electricity interconnector, Balticlink 3, will be built by 2030. Balticlink 2 runs "
            "170 kilometres under the gulf.")
    labels = _labels(x)
    assert labels.get("Balticlink 3") == "Place"
    assert labels.get("Balticlink 2") == "Place"


# -- A7. full names with an unknown first token; titles before names ---------

def test_full_name_before_a_lower_case_office_is_whole(run):
    x = run("Officials met on Monday. Dagnachew Bekele, Ethiopia's minister of water and energy, told reporters "
            "the dam would be finished.")
    labels = _labels(x)
    assert labels.get("Dagnachew Bekele") == "Person"
    assert "Bekele" not in labels


def test_demonym_and_portfolio_before_a_title_name_no_entity(run):
    x = run("Kazakh Transport Minister Daniyar Seitkali met Uzbek Energy Minister Jurabek Mirzaev in Tashkent.")
    labels = _labels(x)
    assert labels.get("Daniyar Seitkali") == "Person"
    assert "Kazakh Transport" not in labels and "Uzbek Energy" not in labels


def test_demonym_and_two_portfolios_before_a_title_name_no_entity(run):
    x = run("Estonian Economy and Infrastructure Minister Tiit Rannu said prices would fall.")
    labels = _labels(x)
    assert labels.get("Tiit Rannu") == "Person"
    assert not any(label.startswith("Estonian Economy") and t != "Position" for label, t in labels.items())
    assert "Economy" not in labels and "Infrastructure" not in labels


# -- A5. bodies told something are not people -----------------------------------

def _named(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values() if not e.unnamed}


def test_lower_case_parliament_is_no_named_person(run):
    x = run("Finance Minister Ola Berg told parliament in March that the budget was balanced, and told "
            "lawmakers in April that taxes would not rise.")
    named = _named(x)
    assert not any(label.lower() in {"parliament", "lawmakers"} for label in named)
    assert not any(t == "Person" and label.islower() for label, t in named.items())


def test_named_legislature_told_something_is_a_state_body_not_a_medium(run):
    x = run("Andris Kalnins told the Saeima on Friday that the budget was final. Ola Berg told the Storting "
            "the same.")
    labels = _labels(x)
    assert labels.get("Saeima") == "GovernmentAgency"
    assert labels.get("Storting") == "GovernmentAgency"


def test_told_the_unknown_name_is_not_titled(run):
    x = run("Andris Kalnins told the Vardex Council on Friday that the budget was final.")
    assert _labels(x).get("Vardex Council") != "MediaOrganization"


# -- A8. coordinated agencies ------------------------------------------------------

def test_two_demonym_agencies_joined_by_and_the_are_two(run):
    x = run("The deal lets the Swedish Coast Guard and the Danish Navy share radar data.")
    labels = _labels(x)
    assert labels.get("Swedish Coast Guard") == "GovernmentAgency"
    assert labels.get("Danish Navy") == "GovernmentAgency"
    assert not any(" and " in label for label in labels)


def test_police_service_and_customs_are_two(run):
    x = run("Officers from the Norwegian Police Service and the Finnish Customs met in Oslo on Monday.")
    labels = _labels(x)
    assert "Norwegian Police Service" in labels and "Finnish Customs" in labels


def test_name_with_and_inside_stays_whole(run):
    x = run("The Ministry of Trade and Industry said exports rose.")
    assert "Ministry of Trade and Industry" in _labels(x)


# -- A9. photo credits ---------------------------------------------------------------

def test_bracketed_photographer_after_a_caption_is_no_entity(run):
    x = run("Bridge opens\n\nVILNIUS, May 6 — The new bridge opened on Monday.\n\n"
            "The bridge in Vilnius on Monday. (Tomas Kaminskas)\n\n"
            "The ferry at Klaipeda (Lukas Balsys/BNS)\n\nTraffic resumed at noon.\n")
    labels = _labels(x)
    assert "Tomas Kaminskas" not in labels and "Lukas Balsys" not in labels
    assert labels.get("Klaipeda") == "Place"


def test_photo_label_credit_is_no_entity(run):
    x = run("Bridge opens\n\nVILNIUS, May 6 — The new bridge opened on Monday.\n\n"
            "Workers inspect the crossing near Kaunas. Photo: Rasa Petrauskaite\n")
    assert not any("Petrauskaite" in label for label in _labels(x))


def test_bracketed_translation_inside_a_sentence_is_kept(run):
    x = run("The Lithuanian Road Administration (Lietuvos Keliai) said on Monday the road was ready.")
    assert any("Road Administration" in label for label in _labels(x))


def test_named_plan_and_strategy_are_whole(run):
    x = run("The National Recovery Plan for the Northern Region was approved, and the Development Strategy "
            "for the Danube Delta too.")
    labels = _labels(x)
    assert labels.get("National Recovery Plan for the Northern Region") == "Organization"
    assert labels.get("Development Strategy for the Danube Delta") == "Organization"
    assert "National" not in labels and "Recovery Plan" not in labels


def test_comma_list_needs_a_title_before_it(run):
    x = run("Norway and Sweden met in Korvo on Monday on the Korvo Accord, and Sweden's minister spoke.")
    assert not any("Sweden's" in label for label in _labels(x))


def test_company_between_it_and_a_country_stays_a_company(run):
    x = run("The grid operator Kuldgrid signed on Monday. Talks between Latvia and Kuldgrid had stalled for a year.")
    assert _labels(x).get("Kuldgrid") == "Organization"


def test_name_running_into_an_unmatched_acronym_ends_before_the_bracket(run):
    x = run("The Ecuadorian Ministry of Environment, Water and Ecological Transition (MAATE) will run the programme.")
    assert not any("(" in label for label in _labels(x))
    assert any(label.endswith("Ecological Transition") for label in _labels(x))


def test_joint_border_post_is_a_place_not_a_newspaper(run):
    x = run("Ghana and Togo on Tuesday opened the Aflao-Lome Joint Border Post, officials said.")
    assert _labels(x).get("Aflao-Lome Joint Border Post") == "Place"


def test_demonym_and_unlisted_portfolio_before_a_title_is_the_office(run):
    x = run("Peru and Ecuador met in Lima. Ecuadorian Production and Trade Minister Luis Alberto Jaramillo agreed.")
    labels = _labels(x)
    assert labels.get("Luis Alberto Jaramillo") == "Person"
    assert "Ecuadorian Production" not in labels
    positions = {e.label for e in x.entities.values() if e.type == "Position"}
    assert any("Production and Trade Minister" in p and "Ecuador" in p for p in positions), positions


def test_two_unknown_ends_of_a_train_route_are_places(run):
    x = run("Marat Karabayev said trains would run between Saryagash and Keles by 2027.")
    labels = _labels(x)
    assert labels.get("Saryagash") == "Place" and labels.get("Keles") == "Place"


def test_talks_between_two_surnames_make_no_places(run):
    x = run("Marat Karabayev met Jonas Petraitis. Talks between Karabayev and Petraitis lasted an hour.")
    labels = _labels(x)
    assert labels.get("Marat Karabayev") == "Person" and labels.get("Jonas Petraitis") == "Person"
    assert not any(t == "Place" for t in labels.values())


def test_acronym_before_its_bracketed_name(run):
    x = run("RSRPA (Romanian Shipping and River Ports Authority) said traffic doubled. Later RSRPA said more.")
    authority = _entity(x, "Romanian Shipping and River Ports Authority")
    assert "RSRPA" in authority.aliases
    assert "RSRPA" not in _labels(x) and "Romanian Shipping" not in _labels(x)


def test_acronym_after_or(run):
    x = run("The Moldovan Railways and Roads Agency, or MRRA, agreed on Monday. MRRA said work would start soon.")
    agency = _entity(x, "Moldovan Railways and Roads Agency")
    assert "MRRA" in agency.aliases
    assert "MRRA" not in _labels(x)


def test_two_demonym_agencies_without_a_second_article_are_two(run):
    x = run("The deal lets the Finnish Border Guard and Estonian Navy share radar data.")
    labels = _labels(x)
    assert "Finnish Border Guard" in labels and "Estonian Navy" in labels


def test_demonym_inside_a_ministry_name_does_not_split_it(run):
    x = run("Officials of the Department of Indian and Northern Affairs said on Monday the queue had cleared.")
    assert "Department of Indian and Northern Affairs" in _labels(x)


def test_agency_slash_photographer_credit_is_no_entity(run):
    x = run("Bridge\n\nRIGA, May 6 — The bridge opened on Monday.\n\nThe minister at the site. REUTERS/Ints Kalnins\n\n"
            "The ferry at dawn. Anna Liepa/AFP\n\nTraffic resumed between Riga and Jelgava, officials said.\n")
    labels = _labels(x)
    assert not any("Kalnins" in label or "Liepa" in label for label in labels)
    assert labels.get("Jelgava") == "Place"


def test_candidate_running_into_an_acronym_name_keeps_its_head():
    from kg.extract.entity_acronyms import prefer_acronym_names
    from kg.extract.entity_types import Candidate

    text = "the Ministry of Transport and the Latvian Road Administration (LRA) met"
    start = text.index("Ministry")
    name_start = text.index("Latvian")
    name_end = text.index(" (LRA)")
    joined = Candidate(start, name_end, text[start:name_end], "GovernmentAgency", "ner")
    name = Candidate(name_start, name_end, text[name_start:name_end], "GovernmentAgency", "rule")
    kept = prefer_acronym_names([joined], [name], text)
    assert sorted(c.text for c in kept) == ["Latvian Road Administration", "Ministry of Transport"]


def test_what_a_bridge_spans_is_a_place(run):
    x = run("The new bridge over the Nerava opened on Monday, and a ferry across the Kursiu will follow.")
    labels = _labels(x)
    assert labels.get("Nerava") == "Place"
