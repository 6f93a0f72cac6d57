"""Round-24 agreement and place classes GP1-GP8, shown on invented sentences (towns, links
and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


# -- GP7: a list of places before an apposition; a comma chain before ', where' ---------------
def test_listed_towns_share_the_coast_they_lie_on(run):
    x = run("Ferry route\n\nColombia and Panama agreed on a ferry route on Monday. From Turbo, boats leave for "
            "Marvela and Sotoverde, on the coast of Choco department, twice a day.\n")
    assert "choco" in _objs(x, "marvela", "locatedIn")
    assert "choco" in _objs(x, "sotoverde", "locatedIn")


def test_comma_chain_before_where_is_town_and_region(run):
    x = run("Border trade\n\nUzbekistan and Afghanistan agreed on trade. Around Tolvar, Kessadarya, where the new "
            "bridge lands, lorries queue for days.\n")
    types = entity_types(x)
    assert "Around Tolvar" not in types and "Tolvar, Kessadarya" not in types
    assert types.get("Tolvar") == "Place" and types.get("Kessadarya") == "Place"
    assert _objs(x, "tolvar", "locatedIn") == {"kessadarya"}


# -- GP8: a town beside the unit named after it; the unit after a country's possessive --------
def test_town_written_before_its_namesake_county(run):
    x = run("Clinic deal\n\nEstonia and Latvia signed a health deal. Ambulances based in Orvala, Orvala County, "
            "answered most calls. Orvala has one hospital.\n")
    assert x.entities["orvala"].type == "Place"
    assert _objs(x, "orvala", "locatedIn") == {"orvala-county"}


def test_town_in_countrys_lowercase_municipality(run):
    x = run("Clinic deal\n\nEstonia and Latvia signed a health deal. Tarvika, in Latvia's Tarvika municipality, "
            "has a small clinic.\n")
    assert _objs(x, "tarvika", "locatedIn") == {"tarvika-municipality"}
    assert _objs(x, "tarvika-municipality", "locatedIn") == {"latvia"}


# -- GP4: a town apposed to a country's only port / main hub -----------------------------------
def test_town_apposed_to_countrys_seaport_and_hub(run):
    x = run("Port deal\n\nJordan and Iraq signed a port deal on Monday. Goods will pass through Marbaq, Jordan's "
            "only seaport, before heading east to Tulkan, Iraq's main southern hub, officials said.\n")
    assert "jordan" in _objs(x, "marbaq", "locatedIn")
    assert "iraq" in _objs(x, "tulkan", "locatedIn")


# -- GP5: a crossing named by one of the two names of a paired crossing -------------------------
def test_short_crossing_is_the_paired_crossing(run):
    x = run("Road deal\n\nJordan and Iraq agreed on Monday to reopen the Dulam-Kefr border crossing. Route 7, "
            "which runs from the city of Varsa to the Dulam crossing, carries most trade.\n")
    assert "dulam-crossing" not in x.entities
    assert _objs(x, "route-7", "connects") == {"varsa", "dulam-kefr-border-crossing"}


# -- GP1: a signed text the two sides meet to revise ---------------------------------------------
def test_sides_revising_signed_agreement_negotiate_it(run):
    x = run("Transit talks\n\nKazakhstan and Kyrgyzstan resumed talks on Monday. At stake is the Agreement on "
            "River Transit, signed in 2017 in Bishkek. The two sides have met three times this year to revise "
            "the fee.\n", date="2026-05-14")
    rels = relation_set(x)
    assert ("kazakhstan", "negotiates", "agreement-on-river-transit") in rels
    assert ("kyrgyzstan", "negotiates", "agreement-on-river-transit") in rels
    assert ("kazakhstan", "partyTo", "agreement-on-river-transit") in rels


# -- GP6: the link named after the two ends of the link described just before --------------------
def test_named_line_connects_ends_of_described_line(run):
    x = run("Power deal\n\nLaos and Vietnam signed a power deal on Monday. It covers a planned 500-kilovolt line "
            "from Tolvar province in Laos to Kessan province in Vietnam. The Tolvar-Kessan line, which will cost "
            "300 million dollars, should open in 2029.\n")
    assert _objs(x, "tolvar-kessan-line", "connects") == {"tolvar-province", "kessan-province"}


# -- GP3: the zone an agreement establishes is a place; its acronym names the place -------------
def test_zone_established_by_agreement_is_a_place(run):
    x = run("Zone deal\n\nKazakhstan and Kyrgyzstan signed the Agreement on the Establishment of the Tolvar-Kessan "
            "Joint Economic Zone on Monday. The JEZ would cover 24 square kilometres.\n")
    zone = x.entities["tolvar-kessan-joint-economic-zone"]
    assert zone.type == "Place" and "JEZ" in zone.aliases
    assert "jez" not in x.entities
    assert entity_types(x)["Agreement on the Establishment of the Tolvar-Kessan Joint Economic Zone"] == "Agreement"
