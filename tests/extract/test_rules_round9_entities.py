"""Round-9 entity rules, on invented sentences (names and countries differ from
the class descriptions): lower-case agreements after a year; memoranda signed
without a name; a region named like a known town; agency names with commas."""

from __future__ import annotations


def _types(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values()}


def _names(x) -> dict[str, set[str]]:
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


# -- G6: agreements after a year, memoranda by their topic or bare ------------------

def test_year_before_lower_case_agreement_name(run):
    x = run("Border\n\nOfficials cited the 2011 Cross Border Trade agreement between the two countries. "
            "Ghana and Togo also revived the 1996 Volta Fisheries pact on Monday.\n")
    types = _types(x)
    assert types.get("Cross Border Trade agreement") == "Agreement", types
    assert types.get("Volta Fisheries pact") == "Agreement", types
    assert "2011 Cross Border Trade agreement" in _names(x)["Cross Border Trade agreement"]


def test_memorandum_topic_stops_before_a_time_phrase(run):
    x = run("Border\n\nThe two signed a memorandum of understanding on river navigation on Friday morning. "
            "Later the ministers signed a protocol on customs data last March.\n")
    labels = {e.label for e in x.entities.values() if e.type == "Agreement"}
    assert "memorandum of understanding on river navigation" in labels, labels
    assert "protocol on customs data" in labels, labels
    assert not any("Friday" in label or "March" in label for label in labels)


def test_bare_memorandum_signed_is_an_agreement_when_nothing_is_named(run):
    x = run("Talks\n\nZambia and Malawi closed two days of talks in Lusaka by signing a memorandum of "
            "understanding at the end of the meeting.\n")
    assert _types(x).get("memorandum of understanding") == "Agreement", _types(x)


def test_bare_memorandum_is_no_new_agreement_beside_a_named_one(run):
    x = run("Talks\n\nZambia and Malawi signed the Lake Malawi Navigation Treaty in 2019. On Monday they signed "
            "a memorandum of understanding at the end of the meeting.\n")
    assert "memorandum of understanding" not in _types(x)


def test_memorandum_without_signing_is_no_agreement(run):
    x = run("Talks\n\nOfficials said a memorandum of understanding was a possibility they had heard about.\n")
    assert not any(t == "Agreement" for t in _types(x).values())


# -- G4: "<Country>'s <Town> province" is a region, not the town ---------------------

def test_region_named_like_a_known_town_stays_apart(run):
    x = run("Border\n\nFarmers blocked a road near Medyka, in Poland's Krakow province, on Monday. "
            "Buses from Krakow were delayed.\n")
    types = _types(x)
    assert types.get("Krakow province") == "Place", types
    assert types.get("Krakow") == "Place", types
    assert "Krakow province" not in _names(x).get("Krakow", set())


def test_region_the_data_lists_apart_from_its_town(run):
    x = run("Fish\n\nTraders in Kenya's Kisumu county complained on Monday. Boats in Kisumu stayed in port.\n")
    types = _types(x)
    assert types.get("Kisumu county") == "Place" and types.get("Kisumu") == "Place", types


def test_region_that_is_its_bare_name_merges(run):
    x = run("Border\n\nVillages in Armenia's Tavush province were shelled. Residents of Tavush fled.\n")
    names = _names(x)
    assert "Tavush" in names and "Tavush province" in names["Tavush"], names


# -- G5: agency names with commas ----------------------------------------------------

def test_agency_name_with_commas_is_one_agency(run):
    x = run("Border\n\nSenegal and Gambia met on Monday.\n\nIn a statement carried by the state broadcaster RTS, "
            "the Ministry of Foreign Affairs, African Integration and Senegalese Abroad said the two countries "
            "would reopen the crossing.\n")
    types = _types(x)
    assert types.get("Ministry of Foreign Affairs, African Integration and Senegalese Abroad") == "GovernmentAgency", types
    assert not any(label in types for label in ("African Integration", "Senegalese Abroad"))


# -- G1: a short name of a long formal title, an acronym plus "agreement" ------------

def test_short_name_of_a_formal_treaty_title_is_an_alias(run):
    x = run("Border\n\nIn 1998 Chile and Argentina signed the Treaty between the Republic of Chile and the Argentine "
            "Republic Establishing their Common Mountain Boundary, signed in Santiago. The Common Mountain Boundary "
            "Treaty fixed the line.\n")
    agreements = [e for e in x.entities.values() if e.type == "Agreement"]
    assert len(agreements) == 1, [e.label for e in agreements]
    assert "Common Mountain Boundary Treaty" in {agreements[0].label, *agreements[0].aliases}


def test_a_different_short_treaty_stays_its_own_agreement(run):
    x = run("Border\n\nGhana and Togo signed the Agreement on the Demarcation of their Land Boundary in 2004. "
            "The Maritime Boundary Treaty is still under negotiation.\n")
    labels = {e.label for e in x.entities.values() if e.type == "Agreement"}
    assert "Maritime Boundary Treaty" in labels and len(labels) == 2, labels


def test_acronym_plus_agreement_word_is_the_acronyms_agreement(run):
    x = run("Border\n\nNigeria and Cameroon named the Agreement on the Joint Fisheries Zone (JFZ) in 2001. "
            "The JFZ agreement lapsed in 2010. The Nigerian Ports Authority (NPA) said the NPA deal was off.\n")
    names = _names(x)
    assert "JFZ agreement" in names["Agreement on the Joint Fisheries Zone"], names
    assert "NPA deal" not in names.get("Nigerian Ports Authority", set())


# -- G2: bare short forms of places after a preposition ------------------------------

def test_particle_place_name_and_its_bare_lead(run):
    x = run("Border\n\nVila do Conde was busy on Monday. Trucks from Vila queued for hours.\n")
    names = _names(x)
    assert "Vila do Conde" in names and "Vila" in names["Vila do Conde"], names


def test_lead_word_short_form_after_a_preposition(run):
    x = run("Border\n\nBoats left Puerto Cabezas on Monday. Traders in Puerto say prices rose.\n")
    names = _names(x)
    assert "Puerto" in names.get("Puerto Cabezas", set()) and "Puerto" not in names, names


def test_lead_word_shared_by_two_places_stays_apart(run):
    x = run("Border\n\nBoats left Puerto Cabezas on Monday. Traders in Puerto say prices rose. "
            "Flights to Puerto Lempira were cancelled.\n")
    names = _names(x)
    assert "Puerto" not in names.get("Puerto Cabezas", set()) and "Puerto" not in names.get("Puerto Lempira", set())


def test_dam_short_name_after_on(run):
    x = run("Water\n\nThe Mokolo Dam is full. Pretoria relies on Mokolo for water.\n")
    names = _names(x)
    assert "Mokolo" in names.get("Mokolo Dam", set()) and "Mokolo" not in names, names


# -- G3: place names the NER takes for people; metonyms and routes -------------------

def test_name_after_a_compass_word_is_a_place_not_a_person(run):
    x = run("Water\n\nObjections from East Nusa slowed the talks, and Nusa's governor objected.\n")
    types = _types(x)
    assert types.get("East Nusa") == "Place" and types.get("Nusa") == "Place", types


def test_name_of_a_channel_or_island_is_a_place(run):
    x = run("River\n\nDredgers worked in the Martín García channel on Monday. Ships avoid the Juan Pérez strait. "
            "Martín García island sits nearby.\n")
    types = _types(x)
    assert types.get("Martín García channel") == "Place", types
    assert not any(t == "Person" for t in types.values()), types


def test_a_real_person_beside_a_bridge_of_the_name_stays_a_person(run):
    x = run("Border\n\nTrucks crossed the Nelson Mandela bridge. Ana Lopes, the mayor, said Ana Lopes Street was shut.\n")
    assert _types(x).get("Ana Lopes") == "Person", _types(x)


def test_metonyms_and_routes_are_not_organisations(run):
    x = run("Trade\n\nThe Centre has rejected the plan, and the Treasury said costs would rise. Exporters prefer "
            "the Cauca route. The Centre for Water Studies disagreed.\n")
    types = _types(x)
    assert "Centre" not in types and "Treasury" not in types, types
    assert types.get("Cauca") != "Organization", types
    assert types.get("Centre for Water Studies") in {"Organization", "GovernmentAgency"}, types


# -- G7: "the <descriptors> archipelago/island/peninsula of <Name>" --------------------

def test_name_after_a_described_land_kind_is_the_place(run):
    x = run("Arctic\n\nShips sailed to the Danish Arctic archipelago of Tromsoya. They passed the remote Russian "
            "island of Kolguyev and the rugged Chilean peninsula of Taitao.\n")
    types = _types(x)
    for name in ("Tromsoya", "Kolguyev", "Taitao"):
        assert types.get(name) == "Place", (name, types)
    assert not any(w in label for label in types for w in ("archipelago", "island", "peninsula")), types


def test_named_islands_are_not_descriptions(run):
    x = run("Arctic\n\nBoats from the Faroe Islands reached the Solomon Islands.\n")
    types = _types(x)
    assert "Faroe Islands" in types and "Solomon Islands" in types, types


def test_month_and_year_before_an_agreement_are_not_its_name(run):
    x = run("Border\n\nBolivia and Peru invoked the May 2014 Frontier Trade Agreement between the two countries.\n")
    names = _names(x)
    assert "Frontier Trade Agreement" in names, names
    assert "May 2014 Frontier Trade Agreement" in names["Frontier Trade Agreement"]
