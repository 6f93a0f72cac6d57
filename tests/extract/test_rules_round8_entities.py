"""Round-8 entity rules, on invented sentences (names and countries differ from
the class descriptions): bodies named after a lake or river; contracts and
concessions as agreements; people apposed to a lower-case title after a
possessive country; two countries' agencies of one name; one-word company
names before a legal form."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _types(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values()}


# -- 1: a geographic word leads, an organisation word ends ---------------------------

def test_bodies_named_after_a_lake_or_river_are_organisations(run):
    x = run("Fisheries\n\nThe Lake Fishers Network and the Lake Villages Forum met the River Traders Association "
            "in Jinja. The Mount Elgon Farmers Union and the Gulf Coast Fishers Alliance also attended.\n")
    types = _types(x)
    for name in ("Lake Fishers Network", "Lake Villages Forum", "River Traders Association",
                 "Mount Elgon Farmers Union", "Gulf Coast Fishers Alliance"):
        assert types.get(name) == "Organization", (name, types.get(name))


def test_lakes_and_gulfs_without_an_organisation_word_stay_places(run):
    x = run("Fisheries\n\nBoats from Lake Tana and Lake Albert sailed into the Gulf of Aden. "
            "The Lake Chad Basin Commission met on Monday.\n")
    types = _types(x)
    assert types.get("Lake Tana") == "Place" and types.get("Lake Albert") == "Place"
    assert types.get("Gulf of Aden") == "Place"
    assert types.get("Lake Chad Basin Commission") in {"Organization", "GovernmentAgency"}
    assert "Lake Chad" not in types


# -- 2: contracts and concessions head agreements ------------------------------------

def test_contract_and_concession_names_are_agreements(run):
    x = run("Energy\n\nZambia and Malawi signed the Gas Supply Contract on Friday. The Power Purchase Contract "
            "and the Kafue Mining Concession were delayed, and the Water Sharing Compact was not discussed.\n")
    types = _types(x)
    for name in ("Gas Supply Contract", "Power Purchase Contract", "Kafue Mining Concession", "Water Sharing Compact"):
        assert types.get(name) == "Agreement", (name, types.get(name))
    assert "Supply Contract" not in types and "Gas" not in types and "Power" not in types
    assert not any(t == "Person" for t in types.values())


def test_weekday_after_an_agreement_is_not_part_of_its_name(run):
    x = run("Water\n\nThe two ministers approved the Lake Water Sharing Compact on Friday and the Treaty on "
            "Fisheries on Monday.\n")
    types = _types(x)
    assert types.get("Lake Water Sharing Compact") == "Agreement"
    assert types.get("Treaty on Fisheries") == "Agreement"
    assert not any("Friday" in label or "Monday" in label for label in types)


# -- 3: "<Country>'s <title>, NAME," is a person, even before "in <Place>" ------------

def test_person_apposed_to_lower_case_title_before_in_place(run):
    x = run("Trade\n\nBenin's trade minister, Koffi Hounkpe, in Cotonou said the deal was close. "
            "Peru's deputy energy minister, Rosa Quispe Huaman, in Cusco told reporters the line would open.\n")
    types = _types(x)
    assert types.get("Koffi Hounkpe") == "Person"
    assert types.get("Rosa Quispe Huaman") == "Person"
    rels = relation_set(x)
    assert not any(s == "koffi-hounkpe" and p == "locatedIn" for s, p, _ in rels)


def test_apposed_place_after_a_possessive_is_not_a_person(run):
    x = run("Trade\n\nGhana's capital, Accra, in the south hosted the talks. "
            "Acme's sales director, Tom Bright, in Lagos declined to comment.\n")
    types = _types(x)
    assert types.get("Accra") == "Place"


# -- 4: two countries' agencies of one name ------------------------------------------

def test_same_named_ministries_of_two_countries_stay_apart(run):
    x = run("Energy\n\nChile's Ministry of Mining said prices would rise. Bolivia's Ministry of Mining disagreed. "
            "The Ministry of Mining in La Paz later softened its tone.\n")
    assert {"ministry-of-mining-chile", "ministry-of-mining-bolivia"} <= set(x.entities)
    assert "ministry-of-mining" not in x.entities
    rels = relation_set(x)
    assert ("ministry-of-mining-chile", "partOf", "chile") in rels
    assert ("ministry-of-mining-bolivia", "partOf", "bolivia") in rels
    assert ("ministry-of-mining-chile", "partOf", "bolivia") not in rels
    # the unowned mention after Bolivia's belongs to Bolivia's ministry
    assert len(x.entities["ministry-of-mining-bolivia"].mentions) == 2


def test_one_country_ministry_keeps_its_plain_key(run):
    x = run("Energy\n\nKenya's Ministry of Water said prices would rise. Officials at the Ministry of Water agreed.\n")
    assert "ministry-of-water" in x.entities
    assert not any(k.startswith("ministry-of-water-") for k in x.entities)


# -- 5: one-word company names before a legal form -----------------------------------

def test_one_word_company_before_legal_form(run):
    x = run("Mining\n\nNordmina, S.A. said it would bid. Nordmina's president, Ana Ruiz, said the price was fair. "
            "Talks with Kivu Freight Ltd. stalled.\n")
    types = _types(x)
    assert types.get("Nordmina") == "Organization"
    assert "Nordmina, S.A." in x.entities["nordmina"].aliases
    assert types.get("Kivu Freight") == "Organization"
    assert not any(label.endswith("of Nordmina") and "'s" in label for label in types)


def test_place_before_a_legal_form_is_no_company(run):
    x = run("Markets\n\nIn Lima, S.A. shares fell on Monday.\n")
    assert _types(x).get("Lima") in {"Place", None}
