"""Round-10 rules for relations (classes R1-R8), each shown on invented
sentences (several countries and names, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _positions(x, person: str) -> list[str]:
    return [x.entities[r.object].label for r in x.relations if r.subject == person and r.predicate == "holdsPosition"]


# -- R1: counterparts and comma-listed portfolios -----------------------------------
@pytest.mark.parametrize(("text", "person", "country", "office"), [
    ("Senegal and Mali held talks in Dakar on Monday. Senegal's energy minister, Awa Ndiaye, led the talks.\n\n"
     "Her Malian counterpart, Issa Konate, the minister of mines, energy and water, said the line would be ready.",
     "issa-konate", "mali", "minister of mines, energy and water"),
    ("Chile and Peru held talks in Lima on Monday. Peru's trade minister, Rosa Salinas, hosted the talks.\n\n"
     "His Chilean counterpart, Pedro Soto, the minister of economy, development and tourism, said little.",
     "pedro-soto", "chile", "minister of economy, development and tourism"),
    ("Kenya and Uganda held talks in Kampala on Friday.\n\n"
     "Uganda's Minister of Energy, Minerals and Water, Grace Nabirye, told reporters the pipeline was ready.",
     "grace-nabirye", "uganda", "minister of energy, minerals and water"),
    ("Kenya and Uganda held talks in Kampala on Friday.\n\n"
     "Joseph Otieno, the minister of roads, railways, and ports, said work would begin in May.",
     "joseph-otieno", None, "minister of roads, railways, and ports"),
])
def test_counterpart_and_listed_portfolios(run, text, person, country, office):
    x = run(text)
    assert [p.lower() for p in _positions(x, person) if office in p.lower()], _positions(x, person)
    assert not [p for p in _positions(x, person) if p.lower().endswith(office.split(",")[0])]
    if country:
        assert (person, "represents", country) in relation_set(x)


def test_a_list_of_people_after_a_title_is_no_portfolio(run):
    x = run("Kenya and Uganda held talks in Kampala on Friday.\n\nJoseph Otieno, the minister of energy, Grace "
            "Nabirye and Paul Okello signed the deal.")
    assert _positions(x, "joseph-otieno") and all("Nabirye" not in p for p in _positions(x, "joseph-otieno"))


def test_the_country_named_with_a_known_office_still_gives_the_side(run):
    x = run("Senegal and Mali held talks in Dakar on Monday.\n\nIssa Konate, the minister of mines, energy and "
            "water, said the line would be finished by 2026.\n\nMali's Minister of Mines, Energy and Water, "
            "Issa Konate, told reporters that financing was secured.")
    assert ("issa-konate", "represents", "mali") in relation_set(x)


# -- R2: a country's state company or utility ---------------------------------------
@pytest.mark.parametrize(("text", "body", "country"), [
    ("Ghana and Togo signed a power deal in Accra on Monday.\n\nGhana's state power company Volta Grid will "
     "build the line.", "volta-grid", "ghana"),
    ("Kenya and Uganda signed a fuel deal on Monday.\n\nKenya's state-owned oil firm NOCK will supply the "
     "fuel.", "nock", "kenya"),
    ("Togo and Ghana signed a power deal on Monday.\n\nTogo's national utility, the Compagnie Energie "
     "Electrique du Togo, will run the substation.", "compagnie-energie-electrique-du-togo", "togo"),
])
def test_possessive_state_company_is_part_of_the_country(run, text, body, country):
    assert (body, "partOf", country) in relation_set(run(text))


def test_a_private_company_of_a_country_is_not_part_of_it(run):
    x = run("Kenya and Uganda signed a telecoms deal on Monday.\n\nKenya's biggest private mobile phone operator "
            "Safaricom will lay the cable.")
    assert not [r for r in x.relations if r.predicate == "partOf" and r.object == "kenya"
                and r.subject.startswith("safaricom")]


# -- R2b: an organ named after its organisation ---------------------------------------
@pytest.mark.parametrize(("text", "organ", "parent"), [
    ("Egypt and Sudan met the Nile Basin Initiative on Monday.\n\nThe Nile Basin Initiative Secretariat, based "
     "in Entebbe, said the plan was welcome.", "nile-basin-initiative-secretariat", "nile-basin-initiative"),
    ("On Monday, Chile and Bolivia spoke at the Andean Water Forum.\n\nThe Andean Water Forum Council said the "
     "talks had been useful.", "andean-water-forum-council", "andean-water-forum"),
])
def test_organ_of_a_named_organisation(run, text, organ, parent):
    assert (organ, "partOf", parent) in relation_set(run(text))


# -- R3: security forces named by country ----------------------------------------------
@pytest.mark.parametrize(("text", "force", "country"), [
    ("Sri Lanka and India held talks on fishing on Monday.\n\nThe Sri Lanka Navy arrested 40 fishermen.",
     "sri-lanka-navy", "sri-lanka"),
    ("South Africa and Mozambique held talks on Monday.\n\nThe South African Police Service closed the border "
     "post.", "south-african-police-service", "south-africa"),
])
def test_force_named_after_a_two_word_country(run, text, force, country):
    assert (force, "partOf", country) in relation_set(run(text))


# -- R4: spokespeople -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "person", "side"), [
    ("Cambodia and Vietnam held talks in Phnom Penh on Monday.\n\nA spokesman for the Cambodian government, "
     "Keo Sam, said the canal would be built.", "keo-sam", "cambodia"),
    ("Peru and Chile held talks in Lima on Monday.\n\nA spokeswoman for the Chilean government, Paula Araya, "
     "said the border would stay open.", "paula-araya", "chile"),
])
def test_spokesperson_for_a_demonym_government(run, text, person, side):
    x = run(text)
    assert (person, "represents", side) in relation_set(x)
    assert [p for p in _positions(x, person) if p.lower().startswith("spokes")]


@pytest.mark.parametrize(("text", "person", "body"), [
    ("On Monday, Serbia and Kosovo met under the auspices of the European Commission.\n\nCommission spokesperson "
     "Eva Berg said the talks would resume.", "eva-berg", "european-commission"),
    ("On Monday, Kenya and Uganda met at the East African Development Authority.\n\nAuthority spokesman Paul "
     "Okello said a deal was near.", "paul-okello", "east-african-development-authority"),
])
def test_short_head_of_a_named_body_in_a_title(run, text, person, body):
    x = run(text)
    assert (person, "represents", body) in relation_set(x)


# -- R8: agreements' years and parties ------------------------------------------------
_ACCORDS = ("Peru and Chile held talks in Lima on Monday over fishing rights.\n\n"
            "The 1952 accord, formally the Agreement between Peru and Chile on the Maritime Zone of the Two "
            "Countries, drew the first line. A separate 1954 agreement extended the boundary to the high seas.")


def test_year_of_a_qualified_agreement_is_its_own(run):
    x = run(_ACCORDS)
    years = {(r.subject, r.literal) for r in x.relations if r.predicate == "dateSigned"}
    formal = next(k for k, e in x.entities.items() if e.type == "Agreement" and e.label.startswith("Agreement between"))
    other = next(k for k, e in x.entities.items() if e.type == "Agreement" and k != formal)
    assert (formal, "1952") in years and (other, "1954") in years
    assert (other, "1952") not in years


def test_an_agreement_that_extended_the_boundary_binds_both_sides(run):
    x = run(_ACCORDS)
    formal = next(k for k, e in x.entities.items() if e.type == "Agreement" and e.label.startswith("Agreement between"))
    other = next(k for k, e in x.entities.items() if e.type == "Agreement" and k != formal)
    rels = relation_set(x)
    assert ("peru", "partyTo", other) in rels and ("chile", "partyTo", other) in rels


@pytest.mark.parametrize("text", [
    "Ghana and Togo held talks in Accra on Monday.\n\nThe 1968 border treaty between the two countries fixed the "
    "border along the river.",
    "Ghana and Togo held talks in Accra on Monday.\n\nAn earlier 1968 agreement fixed the border along the river.",
])
def test_a_dated_border_agreement_binds_both_sides(run, text):
    x = run(text)
    agreement = next(k for k, e in x.entities.items() if e.type == "Agreement")
    rels = relation_set(x)
    assert {("ghana", "partyTo", agreement), ("togo", "partyTo", agreement), (agreement, "dateSigned", "1968")} <= rels


def test_a_border_plan_still_under_negotiation_binds_no_one(run):
    x = run("Ghana and Togo held talks in Accra on Monday.\n\nA new agreement now under negotiation would fix the "
            "border along the river.")
    assert not [r for r in x.relations if r.predicate == "partyTo"]


# -- R5: a country's side, a country's territory -------------------------------------
@pytest.mark.parametrize(("text", "place", "country"), [
    ("India and Sri Lanka held talks on Monday.\n\nIn Rameswaram, on the Indian side of the strait, fishermen "
     "protested.", "rameswaram", "india"),
    ("Norway and Russia held talks on Monday.\n\nTrawlers land their catch at Vardo, on the Norwegian side of "
     "the fjord.", "vardo", "norway"),
    ("Guatemala and Belize held talks on Monday.\n\nThe fishermen sailed from Punta Gorda, on the Belizean "
     "bank of the river, at dawn.", "punta-gorda", "belize"),
])
def test_place_on_a_countrys_side(run, text, place, country):
    assert (place, "locatedIn", country) in relation_set(run(text))


@pytest.mark.parametrize(("text", "place", "country"), [
    ("India and Sri Lanka held talks on Monday.\n\nOfficials in Colombo insist that Kachativu is Sri Lankan "
     "territory.", "kachativu", "sri-lanka"),
    ("Brazil and Uruguay held talks on Monday.\n\nMontevideo says Isla Brasilera is Uruguayan territory.",
     "isla-brasilera", "uruguay"),
])
def test_place_said_to_be_a_countrys_territory(run, text, place, country):
    assert (place, "locatedIn", country) in relation_set(run(text))


def test_a_side_the_text_never_names_as_a_country_adds_nothing(run):
    x = run("Two towns held talks on Monday.\n\nIn Rameswaram, on the Indian side of the strait, fishermen "
            "protested.")
    assert not [r for r in x.relations if r.subject == "rameswaram" and r.predicate == "locatedIn"]


# -- R6: quarters of a town, facilities in a province ----------------------------------
@pytest.mark.parametrize(("text", "place", "town"), [
    ("India and Sri Lanka held talks on Monday.\n\nIn Chennai the mood was grim. Kasimedu, the crowded "
     "fishing quarter of Chennai, was quiet.", "kasimedu", "chennai"),
    ("Ghana and Togo held talks on Monday.\n\nIn Accra the mood was calm. Jamestown, the old fishing district "
     "of Accra, was quiet.", "jamestown", "accra"),
])
def test_quarter_of_a_town(run, text, place, town):
    assert (place, "locatedIn", town) in relation_set(run(text))


def test_coordinated_facilities_in_a_province(run):
    x = run("Cambodia and Vietnam held talks on Monday.\n\nThe Prek Chrey and Kampong Krasang stations in Takeo "
            "province were closed.")
    rels = relation_set(x)
    province = next(k for k in x.entities if k.startswith("takeo"))
    assert ("prek-chrey", "locatedIn", province) in rels and ("kampong-krasang", "locatedIn", province) in rels


# -- R7: a facility's definite description links places ------------------------------
@pytest.mark.parametrize("description", ["The waterway", "The 180-kilometre canal"])
def test_described_canal_links_the_places_named(run, description):
    x = run("Cambodia and Vietnam held talks on Monday.\n\nCambodia plans to build the Funan Techo Canal. Critics "
            f"in Hanoi worry about the Mekong delta.\n\n{description}, on which work began in May, is meant to "
            "link the river system near Phnom Penh to the coast at Kep.")
    rels = relation_set(x)
    assert ("funan-techo-canal", "connects", "phnom-penh") in rels and ("funan-techo-canal", "connects", "kep") in rels


def test_link_described_ends_with_plain_names(run):
    x = run("Peru and Bolivia held talks on Monday.\n\nThe Interoceanic Highway will be rebuilt. The highway is "
            "expected to connect the mines near Oruro with the port of Ilo.")
    rels = relation_set(x)
    assert ("interoceanic-highway", "connects", "oruro") in rels and ("interoceanic-highway", "connects", "ilo") in rels
