"""Round-30 agreement and place classes (GP1, GP2, GP3, GP4, GP5, GP8, GP12), shown on invented
sentences (towns, links and agreements made up; real countries where the country must be
recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _labels(x, kind: str) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == kind}


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


# -- GP1: lower-case agreements: a dated memorandum of its own, a supplement to a treaty ----------
def test_dated_memorandum_of_understanding_is_its_own_text(run):
    x = run("Crossing talks\n\nKenya and Tanzania agreed on Tuesday to restart negotiations on a joint inspection "
            "agreement for the Lunga crossing. The crossing opened under a 2016 memorandum of understanding "
            "between the two countries.\n", date="2026-05-14")
    rels = relation_set(x)
    mou = _key(x, "2016 memorandum of understanding")
    assert (mou, "dateSigned", "2016") in rels
    inspection = _key(x, "inspection agreement")
    assert mou != inspection
    assert ("kenya", "negotiates", inspection) in rels and ("tanzania", "negotiates", inspection) in rels


def test_supplement_to_a_dated_treaty_stops_before_its_clause(run):
    x = run("Toll talks\n\nKenya and Tanzania discussed the Lunga bridge tolls on Tuesday. \"Our two ministries "
            "will draft an additional protocol to the 2011 treaty on how the repair bill is split,\" Kenya's "
            "transport minister Amos Wekesa said.\n", date="2026-05-14")
    rels = relation_set(x)
    labels = _labels(x, "Agreement").values()
    assert not any(v.startswith("treaty on how") for v in labels), labels
    protocol = _key(x, "additional protocol to the 2011 treaty")
    assert ("kenya", "negotiates", protocol) in rels and ("tanzania", "negotiates", protocol) in rels


# -- GP2: a title with "relating to" and a list, a title running to its crossing ------------------
def test_title_relating_to_a_list_of_topics_is_one_name(run):
    x = run("Free movement\n\nGhana and Togo reviewed the 1983 Lomé Protocol relating to Free Transit of Goods, "
            "Storage and Inspection on Monday.\n", date="2026-05-14")
    assert "Lomé Protocol relating to Free Transit of Goods, Storage and Inspection" in _labels(x, "Agreement").values()
    places = _labels(x, "Place").values()
    assert "Inspection" not in places and not any(p.startswith("Free Transit") for p in places)


def test_title_runs_to_the_crossing_and_keeps_its_bracketed_name(run):
    x = run("Border controls\n\nLatvia and Estonia signed an Agreement on Shared Customs Checks at the Valka-Valga "
            "crossing (the SCC Agreement) in 2018. The SCC Agreement expires next year.\n", date="2026-05-14")
    key = _key(x, "Agreement on Shared Customs Checks at the Valka-Valga crossing")
    assert "SCC Agreement" in x.entities[key].aliases
    assert "SCC Agreement" not in _labels(x, "Agreement").values()


# -- GP3: aliases after "of <year>" and quoted names -------------------------------------------------
def test_known_to_negotiators_as_after_year_is_an_alias(run):
    x = run("Ferry deal\n\nKenya and Uganda on Monday extended the Lake Ferry Operations Agreement of 2017, known "
            "to negotiators as the LFOA. The LFOA sets the timetable.\n", date="2026-05-14")
    assert "LFOA" not in _labels(x, "Organization").values()
    assert "LFOA" in x.entities[_key(x, "Lake Ferry Operations Agreement")].aliases


def test_quoted_name_the_sides_call_a_document_is_an_alias(run):
    x = run("Bridge addendum\n\nKenya and Uganda on Monday signed a third addendum to the Malaba Bridge Agreement, "
            "the document both sides now simply call \"Annex Three\". It sets new tolls.\n", date="2026-05-14")
    key = _key(x, "third addendum to the Malaba Bridge Agreement")
    assert "Annex Three" in x.entities[key].aliases


# -- GP4: timeline entries date the signing ---------------------------------------------------------
def test_timeline_entries_give_the_signing_dates(run):
    x = run("Timeline: the Kessa border talks\n\nKey dates in the talks between Kenya and Uganda.\n\n"
            "2007, May 14 - The two governments sign the Interim Agreement on the Kessa Boundary in Kampala.\n\n"
            "9 June 2012: ministers sign the Kessa Trade Arrangement.\n\n"
            "October 2016 — Kenya and Uganda sign the Kessa Fisheries Treaty.\n", date="2026-05-14")
    rels = relation_set(x)
    assert (_key(x, "Interim Agreement on the Kessa Boundary"), "dateSigned", "2007-05-14") in rels
    assert (_key(x, "Kessa Trade Arrangement"), "dateSigned", "2012-06-09") in rels
    assert (_key(x, "Kessa Fisheries Treaty"), "dateSigned", "2016-10") in rels


# -- GP8: "the X tunnel line between A and B" ----------------------------------------------------------
def test_line_through_a_tunnel_between_two_towns_connects_them(run):
    x = run("Tunnel closure\n\nAustria and Italy discussed the closure of the Tarvo rail tunnel line between "
            "Ostrach and Vellano on Thursday.\n", date="2026-05-14")
    rels = relation_set(x)
    tunnel = _key(x, "Tarvo rail tunnel")
    assert (tunnel, "connects", _key(x, "Ostrach")) in rels and (tunnel, "connects", _key(x, "Vellano")) in rels


# -- GP12: "the Black Sea port of X" --------------------------------------------------------------
def test_a_sea_is_never_located_in_its_port(run):
    x = run("Port talks\n\nBulgaria and Romania discussed the Black Sea port of Varna on Monday.\n", date="2026-05-14")
    sea = _key(x, "Black Sea")
    assert not any(s == sea and p == "locatedIn" for s, p, _ in relation_set(x))


# -- GP13: a dateline's town and region; a town in a country's regional unit ------------------------
def test_dateline_town_lies_in_the_region_after_its_comma(run):
    x = run("Tunnel talks\n\nGorizia, Friuli - Thursday 5 March 2026 - Austria and Italy discussed the tunnel "
            "closure on Thursday.\n", date="2026-05-14")
    rels = relation_set(x)
    town, region = _key(x, "Gorizia"), _key(x, "Friuli")
    assert (town, "locatedIn", region) in rels
    assert x.entities[region].type == "Place" and x.entities[town].type == "Place"


def test_town_in_a_regional_unit_of_a_country(run):
    x = run("New lane\n\nGreece and Bulgaria opened a new lane at Kastrino, in the Greek regional unit of "
            "Velmara, on Thursday.\n", date="2026-05-14")
    rels = relation_set(x)
    town, unit = _key(x, "Kastrino"), _key(x, "Velmara")
    assert (town, "locatedIn", unit) in rels and (unit, "locatedIn", "greece") in rels


# -- GP9, GP10: an enclave's main town, "the rest of X", "Its ... crossing into Y" ---------------------
def test_enclave_town_rest_of_country_and_its_crossing(run):
    x = run("Enclave talks\n\nKenya and Uganda discussed the Tarvo enclave on Thursday. The Tarvo enclave, whose "
            "main town is Ostrach, is cut off from the rest of Kenya. Its traders rely on the Vellano crossing "
            "into Morvasse District.\n", date="2026-05-14")
    rels = relation_set(x)
    enclave = _key(x, "Tarvo")
    assert (_key(x, "Ostrach"), "locatedIn", enclave) in rels
    assert (enclave, "locatedIn", "kenya") in rels
    crossing = _key(x, "Vellano crossing")
    assert (crossing, "connects", enclave) in rels and (crossing, "connects", _key(x, "Morvasse District")) in rels


# -- GP7: "that both sides call the XA"; a negotiator's current file is under negotiation -----------
def test_initials_a_that_clause_gives_are_an_alias(run):
    x = run("Ferry deal\n\nKenya and Uganda officials met on Thursday to review the ferry. The ferry runs under a "
            "2018 accord that both sides call the LFMA. The LFMA sets the fares.\n", date="2026-05-14")
    assert "LFMA" not in _labels(x, "Organization").values()
    assert "LFMA" in x.entities[_key(x, "2018 accord")].aliases


def test_current_file_of_a_negotiator_is_negotiated_not_signed(run):
    x = run("Ferry deal\n\nKenya's chief negotiator Achieng Otieno met Uganda's delegation on Thursday. Her current "
            "file is the Lake Ferry Services Agreement, which negotiators call the ferry agreement. It would let "
            "boats dock at both ports.\n", date="2026-05-14")
    rels = relation_set(x)
    key = _key(x, "Lake Ferry Services Agreement")
    assert ("kenya", "negotiates", key) in rels and ("uganda", "negotiates", key) in rels
    assert ("kenya", "partyTo", key) not in rels


# -- GP6: "the <place> agreement" is the text signed in that place ----------------------------------
def test_agreement_named_after_the_signing_place_is_the_signed_text(run):
    x = run("Tunnel treaty\n\nAustria and Italy reviewed the Tarvo Base Tunnel Treaty on Thursday. The 2006 treaty, "
            "signed in Graz on 3 May 2006, commits Austria and Italy to share the cost. Officials said the Graz "
            "agreement still works.\n", date="2026-05-14")
    key = _key(x, "Tarvo Base Tunnel Treaty")
    assert "Graz agreement" in x.entities[key].aliases
    assert "Graz agreement" not in _labels(x, "Agreement").values()
    assert (key, "dateSigned", "2006-05-03") in relation_set(x)
