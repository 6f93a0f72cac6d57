"""Round 23 entity rules, on invented sentences: dash-joined names, numbered
roads, wire credits, demonym adjectives, feature short names, acronyms after
a full name, organisations read as people."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels


# -- A7. names joined by an en dash or a hyphen are one name ------------------------------------

def test_dash_joined_border_complex_is_one_place(run):
    x = run("Lorries queue at the Chacalluta–Santa Rosa border complex every morning, said Ana Ruiz. "
            "Traffic at Velka-Santa Maria rose last year. Mariama Sowe-Jallow said the Chile-Peru talks "
            "resumed. Trade across the Tacna-Arica line grew, traders in Tacna and Arica said.")
    labels = _labels(x)
    assert labels.get("Mariama Sowe-Jallow") == "Person"  # a double surname, two countries, two towns stay apart
    assert labels.get("Chile") == "Country" and labels.get("Peru") == "Country"
    assert labels.get("Tacna") == "Place" and labels.get("Arica") == "Place"
    assert labels.get("Chacalluta–Santa Rosa border complex") == "Place"
    assert labels.get("Velka-Santa Maria") == "Place"
    assert "Rosa" not in labels and "Santa Rosa" not in labels and "Velka" not in labels


def test_en_dash_border_post_is_one_place(run):
    x = run("Trucks wait at the Moamba–Ressano Garcia border post, said Ana Ruiz.")
    labels = _labels(x)
    assert labels.get("Moamba–Ressano Garcia border post") == "Place"
    assert "Ressano Garcia" not in labels


def test_one_part_with_the_same_head_is_an_alias(run):
    x = run("Benin and Nigeria will upgrade the Sèmè-Kpodji terminal next year, said Ana Ruiz. "
            "The Sèmè terminal handles most of the cargo.")
    places = [e for e in x.entities.values() if e.type == "Place"]
    assert [e.label for e in places] == ["Sèmè-Kpodji terminal"]
    assert "Sèmè terminal" in places[0].aliases


# -- A8. numbered roads keep their number -------------------------------------------------------

def test_numbered_roads_keep_the_number(run):
    x = run("Lorries from Laos travel along National Road 5 to the border, said Ana Ruiz. "
            "Route 7 and National Highway 44 are also busy.")
    labels = _labels(x)
    assert labels.get("National Road 5") == "Place"
    assert labels.get("Route 7") == "Place"
    assert labels.get("National Highway 44") == "Place"
    assert "National Road" not in labels


def test_road_code_in_a_road_sentence_is_a_place(run):
    x = run("The N4 links Maputo to the border with South Africa, said Ana Ruiz. "
            "The E3 group of states met in Vienna.")
    labels = _labels(x)
    assert labels.get("N4") == "Place"
    assert "E3" not in labels or labels["E3"] != "Place"


# -- A3. organisations the model reads as people ------------------------------------------------

def test_name_that_said_it_welcomed_is_an_organisation(run):
    x = run("Norway and Sweden signed the rail deal on Monday. Norske Tog said it welcomed the agreement. "
            "Nordvik Energi said it had been consulted. The spokeswoman, Tran Thi Lan, said it welcomed the talks.")
    labels = _labels(x)
    assert labels.get("Norske Tog") == "Organization"
    assert labels.get("Nordvik Energi") == "Organization"
    assert labels.get("Tran Thi Lan") == "Person"


def test_employer_after_occupation_at_is_an_organisation(run):
    x = run("A trader at Kessa Commodities said prices fell. \"Prices will rise,\" said Ana Ruiz, "
            "an economist at Morgan Vance in Hanoi.")
    labels = _labels(x)
    assert labels.get("Kessa Commodities") == "Organization"
    assert labels.get("Morgan Vance") == "Organization"
    assert labels.get("Ana Ruiz") == "Person"


# -- A10. wire credits in datelines -------------------------------------------------------------

def test_wire_credit_without_date_is_no_place(run):
    x = run("LIMA (Andes Wire) - Peru and Chile signed a border deal on Monday. "
            "A minister told Andes Wire the deal was ready.")
    labels = _labels(x)
    assert "Andes" not in labels
    assert labels.get("Andes Wire") == "MediaOrganization"


def test_wire_credit_after_day_month_date_and_colon(run):
    x = run("LIMA, 3 May (Pacific News Service): Peru and Chile signed a border deal, officials said.")
    labels = _labels(x)
    assert labels.get("Lima") == "Place"
    assert "Pacific" not in labels and "Pacific News Service" not in labels


# -- A11. demonym adjectives are no entities ----------------------------------------------------

def test_region_demonyms_before_nouns_name_nothing(run):
    x = run("Austria and Germany met on Monday in Vienna. The Tyrolean limits remain, said Ana Ruiz. "
            "Bavarian officials said the Tyrolean bans were illegal. The dispute between Bavarian and "
            "Tyrolean authorities grew. The Slovak mainland ferries resumed.")
    labels = _labels(x)
    assert "Tyrolean" not in labels and "Bavarian" not in labels and "Slovak" not in labels
    assert labels.get("Vienna") == "Place"


# -- A13. an acronym after a full name is its alias ---------------------------------------------

def test_mixed_case_acronyms_are_aliases_of_the_name_before(run):
    x = run("The line is run by the West African Gas Pipeline Company (WAPCo), a joint venture of Chevron, "
            "and by Niger's Ministry of Petroleum (MoP). WAPCo said it would help. The MoP agreed.")
    labels = _labels(x)
    assert "MoP" not in labels and "WAPCo" not in labels
    ministry = next(e for e in x.entities.values() if e.label == "Ministry of Petroleum")
    company = next(e for e in x.entities.values() if e.label == "West African Gas Pipeline Company")
    assert "MoP" in ministry.aliases and "WAPCo" in company.aliases


# -- A12. a feature's bare name after its full name ----------------------------------------------

def test_bare_feature_name_after_the_is_an_alias(run):
    x = run("Trade through the Khyber Pass resumed on Monday, said Ana Ruiz. More than a million lorries "
            "crossed the Khyber last year. The Salang Tunnel closed; traffic through the Salang stopped.")
    places = {e.label: e for e in x.entities.values() if e.type == "Place"}
    assert set(places) == {"Khyber Pass", "Salang Tunnel"}
    assert "Khyber" in places["Khyber Pass"].aliases


# -- A5. two countries' ministries of one portfolio stay apart ----------------------------------

def test_possessive_ministry_after_a_sentence_stays_its_countrys(run):
    x = run("Poland and Lithuania signed a rail deal on Monday. Lithuania's Ministry of Infrastructure hosted "
            "the ceremony; the Polish Ministry of Infrastructure sent a deputy minister.")
    ministries = [e for e in x.entities.values() if "Ministry of Infrastructure" in e.label]
    assert len(ministries) == 2
    rels = {(x.entities[r.subject].label, r.predicate, x.entities[r.object].label)
            for r in x.relations if r.object in x.entities}
    assert ("Ministry of Infrastructure", "partOf", "Lithuania") in rels
    assert ("Polish Ministry of Infrastructure", "partOf", "Poland") in rels


# -- A6. a demonym embassy keeps its host city ---------------------------------------------------

def test_demonym_embassy_in_city_is_one_agency(run):
    x = run("Thailand and Laos signed a deal on Monday. The Thai Embassy in Vientiane said the bridge "
            "would open in May.")
    embassy = next(e for e in x.entities.values() if e.type == "GovernmentAgency")
    assert embassy.label == "Thai Embassy in Vientiane"
    assert "Thai Embassy" in embassy.aliases
    assert any(r.subject == embassy.key and r.predicate == "partOf" and r.object == "thailand" for r in x.relations)


# -- A14. a contact block's name line is a person -----------------------------------------------

def test_contact_block_name_with_hyphenated_surname_is_a_person(run):
    x = run("The Gambia and Senegal signed a bridge deal on Monday, the ministry said.\n\nMedia contact\n\n"
            "Kebba Bojang-Sanneh\nPress Officer\nMinistry of Transport, Works and Infrastructure\n")
    labels = _labels(x)
    assert labels.get("Kebba Bojang-Sanneh") == "Person"
    assert "Kebba" not in labels
    assert any(r.subject == "kebba-bojang-sanneh" and r.predicate == "holdsPosition" for r in x.relations)


# -- A9. markets and bazaars are places ----------------------------------------------------------

def test_named_markets_are_places(run):
    x = run("The border town is home to Rong Kluea Market, said Ana Ruiz. Prices at Ben Thanh Market rose. "
            "Both countries belong to the Southern Common Market.")
    labels = _labels(x)
    assert labels.get("Rong Kluea Market") == "Place"
    assert labels.get("Ben Thanh Market") == "Place"
    assert labels.get("Southern Common Market") != "Place"


# -- A1. legal forms with a slash or without a comma ---------------------------------------------

def test_slash_and_bare_legal_forms_are_company_aliases(run):
    x = run("Vestkraft A/S, the Danish company building the cable, said work would start. "
            "Nordgrid AG and Vattenfall AB agreed.")
    by_label = {e.label: e for e in x.entities.values()}
    assert "Vestkraft A/S" in by_label["Vestkraft"].aliases
    assert "Nordgrid AG" in by_label["Nordgrid"].aliases
    assert by_label["Vestkraft"].type == "Organization"


# -- A2. an acronym and a second word are one company name ---------------------------------------

def test_acronym_led_company_names_are_whole_organisations(run):
    x = run("PKP PLK, the track arm of Polish State Railways, said the line would open. DB Netz agreed, "
            "said Ana Ruiz. MP Kowalski was not convinced.")
    labels = _labels(x)
    assert labels.get("PKP PLK") == "Organization"
    assert labels.get("DB Netz") == "Organization"
    assert "MP Kowalski" not in labels


# -- A16. "<Region> of <Country>": the tail is no part of the name --------------------------------

def test_region_of_country_splits_into_region_and_country(run):
    x = run("The North Bank Region of The Gambia is poor, said Ana Ruiz.")
    labels = _labels(x)
    assert labels.get("North Bank Region") == "Place"
    assert labels.get("Gambia") == "Country"
    assert "North Bank Region of The Gambia" not in labels


# -- A15. a named infrastructure project is a place -----------------------------------------------

def test_named_interconnection_project_is_one_place(run):
    x = run("The pipeline, formally the Trans-Balkan Gas Interconnection Project, runs from Komotini to "
            "Stara Zagora, said Ana Ruiz. The Kessa Gas Pipeline Company will build it.")
    labels = _labels(x)
    assert labels.get("Trans-Balkan Gas Interconnection Project") == "Place"
    assert "Interconnection Project" not in labels
    assert labels.get("Kessa Gas Pipeline Company") == "Organization"


# -- A4. a municipality whose mayor is named is a government body ---------------------------------

def test_municipality_with_a_named_mayor_is_an_agency(run):
    x = run("Denmark and Germany signed a deal on Monday. Birte Holm, mayor of Kolding Municipality, "
            "welcomed it. Farmers near Vejen Municipality were less sure.")
    labels = _labels(x)
    assert labels.get("Kolding Municipality") == "GovernmentAgency"
    assert labels.get("Vejen Municipality") in {"Place", None}
