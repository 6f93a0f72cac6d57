"""Offices other than minister, the side a title names, partOf by adjective,
locatedIn shapes, connects only from words (invented sentences)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _positions(x, person: str) -> list[str]:
    return [x.entities[r.object].label for r in x.relations if r.subject == person and r.predicate == "holdsPosition"]


def test_director_general_for_affairs_at_a_ministry(run):
    x = run("Carlos Ibanez Soto, director-general for South American affairs at Chile's foreign ministry, "
            "told reporters the talks were constructive.")
    assert any("director-general" in p.lower() for p in _positions(x, "carlos-ibanez-soto"))
    rels = relation_set(x)
    assert ("carlos-ibanez-soto", "represents", "chile") in rels
    assert ("carlos-ibanez-soto", "represents", "united-states") not in rels  # "American affairs" is a portfolio


def test_director_general_of_a_countrys_agency_named_in_brackets(run):
    x = run("Rosa Quispe, director-general of Peru's customs administration (SUNAT), said checks would start in May.")
    rels = relation_set(x)
    assert any("director-general" in p.lower() for p in _positions(x, "rosa-quispe"))
    assert ("rosa-quispe", "represents", "peru") in rels
    assert ("rosa-quispe", "represents", "sunat") in rels


def test_fellow_of_an_institute_represents_the_think_tank(run):
    x = run("Ana Lindqvist, a senior fellow at the Andes Policy Institute, said the deal was overdue.")
    assert x.entities["andes-policy-institute"].type == "Organization"
    assert ("ana-lindqvist", "represents", "andes-policy-institute") in relation_set(x)


def test_two_word_demonym_title_beats_the_other_country_in_the_sentence(run):
    x = run("Speaking after talks with Japan's trade minister, South Korean Industry Minister Lee Chang-ho "
            "said both sides had agreed to meet again.")
    rels = relation_set(x)
    assert ("lee-chang-ho", "represents", "south-korea") in rels
    assert ("lee-chang-ho", "represents", "japan") not in rels


def test_short_country_name_possessive_title(run):
    x = run("In Tokyo, Korea's ambassador Kim Do-yeon met Japanese officials.")
    rels = relation_set(x)
    assert ("kim-do-yeon", "represents", "south-korea") in rels
    assert ("kim-do-yeon", "represents", "japan") not in rels


def test_link_named_after_its_two_ends_connects_them(run):
    x = run("The Mfum–Ekok bridge reopened on Monday. Trucks wait at the Kipoi-Ipsala crossing near Edirne. "
            "Traders in Mfum, Ekok, Kipoi and Ipsala lost a week of business.")
    rels = relation_set(x)
    assert ("mfum-ekok-bridge", "connects", "mfum") in rels
    assert ("mfum-ekok-bridge", "connects", "ekok") in rels
    assert ("kipoi-ipsala-crossing", "connects", "kipoi") in rels
    assert ("kipoi-ipsala-crossing", "connects", "ipsala") in rels
    assert not any(s == "kipoi-ipsala-crossing" and o == "edirne" for s, _, o in rels)


def test_link_name_ends_named_nowhere_else_are_not_places(run):
    # The name's parts alone ("Second Tarso", "Velmora Friendship") are not reliable ends.
    x = run("The Second Tarso-Velmora Friendship Bridge reopened on Monday after repairs.")
    assert not any(p == "connects" for _, p, _ in relation_set(x))


def test_connects_stops_where_the_clause_goes_on(run):
    x = run("The Lajes road links Tarso with Velmora, and traders from Orvento, Castelmar and Linhares use it daily.")
    ends = {o for s, p, o in relation_set(x) if s == "lajes-road" and p == "connects"}
    assert ends == {"tarso", "velmora"}


def test_the_kind_word_refers_to_a_link_of_that_kind_only(run):
    x = run("The Lajes road links Tarso with Velmora. The railway connects Brest and Terespol as well as "
            "smaller stations near Kobryn.")
    ends = {o for s, p, o in relation_set(x) if s == "lajes-road" and p == "connects"}
    assert ends == {"tarso", "velmora"}


def test_link_with_ends_in_countries(run):
    x = run("The Cross River bridge, which connects Ekok in Cameroon with Mfum in Nigeria, carries traffic "
            "from Calabar and Ikom.")
    ends = {o for s, p, o in relation_set(x) if s == "cross-river-bridge" and p == "connects"}
    assert ends == {"ekok", "mfum"}


def test_place_first_read_as_an_organisation_lies_in_its_country(run):
    x = run("The Narva bridge links Estonia with Russia's Ivangorod.")
    rels = relation_set(x)
    assert ("ivangorod", "locatedIn", "russia") in rels
    assert ("ivangorod", "partOf", "russia") not in rels


def test_places_apposed_to_a_countrys_possession_lie_in_it(run):
    x = run("Customs checks resumed in Ceuta and Melilla, Spain's two North African enclaves, on Monday.")
    rels = relation_set(x)
    assert ("ceuta", "locatedIn", "spain") in rels
    assert ("melilla", "locatedIn", "spain") in rels


def test_town_in_a_countrys_region_missed_by_the_model(run):
    x = run("Police stopped a bus in Kipoi, in Greece's Evros region, on Monday.")
    rels = relation_set(x)
    assert x.entities["kipoi"].type == "Place"
    assert ("kipoi", "locatedIn", "evros") in rels
    assert ("evros", "locatedIn", "greece") in rels


def test_belongs_to_and_village_on_a_peninsula(run):
    x = run("Fishermen in the Bakassi Peninsula, which belongs to Cameroon, complained. "
            "In Abana, a village on the Bakassi peninsula, schools closed.")
    rels = relation_set(x)
    assert ("bakassi-peninsula", "locatedIn", "cameroon") in rels
    assert ("abana", "locatedIn", "bakassi-peninsula") in rels


def test_numbered_block_is_a_place_in_its_sea(run):
    x = run("Drilling at Block 7 in the East China Sea was halted, Japan's industry ministry said.")
    assert x.entities["block-7"].type == "Place"
    assert ("block-7", "locatedIn", "east-china-sea") in relation_set(x)


def test_agency_named_by_country_adjective_or_state_company_is_part_of_it(run):
    x = run("The Hellenic Coast Guard rescued 40 people near Lesbos, Greece. South Korea and Japan met. "
            "The state-run Korea National Oil Corporation (KNOC) said drilling would resume.")
    rels = relation_set(x)
    assert ("hellenic-coast-guard", "partOf", "greece") in rels
    assert ("korea-national-oil-corporation", "partOf", "south-korea") in rels


def test_body_named_after_an_international_organisation_belongs_to_it(run):
    x = run("The United Nations Office for West Africa and the Sahel (UNOWAS) offered to mediate "
            "between Nigeria and Cameroon.")
    rels = relation_set(x)
    assert ("united-nations-office-for-west-africa-and-the-sahel", "partOf", "united-nations") in rels
