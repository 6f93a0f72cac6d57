"""Round 16 entity rules, on invented sentences: coordinated words inside an
organisation name, regions inside agreement titles, topic phrases, people
after a country's possessive and facility names."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels


# -- E1. "X and Y <Head>": one organisation, not two pieces --------------------

def test_coordinated_words_before_trust_make_one_organisation(run):
    x = run("Dr Anna Ozola, who heads the Eastern Health and Social Care Trust, the body that runs "
            "hospitals, said prices rose.")
    labels = _labels(x)
    assert labels.get("Eastern Health and Social Care Trust") in {"Organization", "GovernmentAgency"}
    assert "Eastern Health" not in labels
    assert "Social" not in labels
    assert "Care Trust" not in labels


def test_coordinated_words_before_board_with_acronym(run):
    x = run("The Lakeland Tax and Customs Board (LTCB) said it would check every lorry.")
    labels = _labels(x)
    assert labels.get("Lakeland Tax and Customs Board") in {"Organization", "GovernmentAgency"}
    assert "Customs Board" not in labels


def test_demonym_led_coordinated_board_is_one_name(run):
    x = run("The Estonian Tax and Customs Board said it would check every lorry.")
    labels = _labels(x)
    assert labels.get("Estonian Tax and Customs Board") in {"Organization", "GovernmentAgency"}
    assert "Estonian Tax" not in labels
    assert "Customs Board" not in labels


def test_ministry_of_two_portfolios_still_one_name(run):
    x = run("The Ministry of Energy and Water Resources said it agreed.")
    assert _labels(x).get("Ministry of Energy and Water Resources") == "GovernmentAgency"


def test_country_and_a_board_stay_two_names(run):
    x = run("Officials from Latvia and Customs Board staff met in Riga on Monday.")
    labels = _labels(x)
    assert labels.get("Latvia") == "Country"
    assert not any(label.startswith("Latvia and") for label in labels)


def test_person_before_and_is_not_part_of_a_board(run):
    x = run("The plan was welcomed by Maria Tamm on Monday. Customs staff heard Tamm and Revenue Board "
            "officials argue about the fees in Tartu.")
    assert not any(label.startswith("Tamm and") for label in _labels(x))


# -- E4. a region's name in an agreement title names no country -----------------

def test_region_in_agreement_title_does_not_make_a_country_party(run):
    x = run("The Central America-Panama free trade agreement entered into force on Monday, "
            "the Panamanian trade ministry said.")
    parties = {r.subject for r in x.relations if r.predicate == "partyTo"}
    assert "united-states" not in parties
    assert "United States" not in _labels(x)


def test_two_countries_in_agreement_title_are_still_parties(run):
    x = run("The Treaty between Peru and the Republic of Ecuador on the border was signed in 1998.")
    parties = {r.subject for r in x.relations if r.predicate == "partyTo"}
    assert {"peru", "ecuador"} <= parties


# -- E5. the topic of "a memorandum on ..." -----------------------------------

def test_weekday_after_memorandum_is_no_topic(run):
    x = run("Latvia and Estonia signed a memorandum on Tuesday. Talks continued in Riga.", date="2026-05-06")
    agreements = [e.label for e in x.entities.values() if e.type == "Agreement"]
    assert not any("Tuesday" in label for label in agreements)
    assert "memorandum" in agreements


def test_date_after_protocol_is_no_topic(run):
    x = run("In the negotiations, the two governments signed a protocol on 4 May. Talks continued in Riga.")
    agreements = [e.label for e in x.entities.values() if e.type == "Agreement"]
    assert not any("May" in label for label in agreements)


def test_topic_stops_before_the_clause_verb(run):
    x = run("Latvia and Estonia are negotiating. A new protocol on waste storage is under negotiation, "
            "the ministers said after the talks. In the talks, a memorandum on river fishing would follow in June.")
    agreements = [e.label for e in x.entities.values() if e.type == "Agreement"]
    assert "protocol on waste storage" in agreements
    assert not any(" is " in a or " would " in a for a in agreements)


def test_clause_after_agreement_on_is_no_topic(run):
    x = run("Talks ended without an agreement on how the reservoir should be filled during droughts, "
            "though both sides said they would meet again.")
    assert not any(e.type == "Agreement" for e in x.entities.values())


# -- E2. "<Country>'s Given Surname said/met": a person -------------------------

def test_unknown_name_after_country_possessive_with_speech_verb_is_a_person(run):
    x = run("Finland's Mikko Virtanen said the deal was fair.")
    assert _labels(x).get("Mikko Virtanen") == "Person"


def test_pair_of_names_after_country_possessives_are_people(run):
    x = run("Estonia's Kadri Tamm and Latvia's Ilze Berzina met in Riga on Monday.")
    labels = _labels(x)
    assert labels.get("Kadri Tamm") == "Person"
    assert labels.get("Ilze Berzina") == "Person"


def test_body_after_country_possessive_stays_a_body(run):
    x = run("Latvia's Revenue Service said it agreed. Estonia's Maksu Amet said it would check.")
    labels = _labels(x)
    assert labels.get("Revenue Service") == "GovernmentAgency"


# -- E3. "<Name> hotel/hospital/stadium": the name is part of a place ---------------

def test_name_before_lowercase_hotel_is_a_place(run):
    x = run("Radisson hotel in Riga was chosen as the venue. The talks were held in Radisson hotel, "
            "officials said.")
    labels = _labels(x)
    assert labels.get("Radisson hotel") == "Place"
    assert "Radisson" not in labels


def test_name_before_hospital_and_stadium_is_a_place(run):
    x = run("Staff from the Stradins hospital and the Skonto stadium were present. Kalnica hospital "
            "treated the injured.")
    labels = _labels(x)
    assert labels.get("Stradins hospital") == "Place"
    assert labels.get("Skonto stadium") == "Place"
    assert labels.get("Kalnica hospital") == "Place"
    assert "Stradins" not in labels and "Skonto" not in labels


def test_known_city_before_port_stays_the_city(run):
    x = run("Ships left Riga port on Monday.")
    labels = _labels(x)
    assert labels.get("Riga") == "Place"
    assert "Riga port" not in labels


def test_possessive_owner_before_port_is_no_facility_name(run):
    x = run("Traders moved cargo to Iran's Chabahar port and flew out of Dhaka's airport.")
    labels = _labels(x)
    assert not any("'s" in label or "’s" in label for label in labels)
    assert labels.get("Iran") == "Country"
