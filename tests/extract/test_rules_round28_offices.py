"""Round-28 office, side and meeting classes (O1-O6) and the position/side parts of the new
document shapes (S1, S3, S4), shown on invented sentences (names made up)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


# -- O1: co-chairs of one session met ------------------------------------------------------------------
_TALKS = "ACCRA - Ghana and Togo resumed talks on the border market on Tuesday.\n\n"


@pytest.mark.parametrize("sentence", [
    "The session of the Joint Commission was co-chaired by Ghana's Minister of Foreign Affairs, Esi Tawiah, "
    "and Togo's Minister of Trade, Komlan Dossou.",
    "The session, co-chaired by Ghana's foreign minister Esi Tawiah and Togo's trade minister Komlan Dossou, "
    "ended late.",
    "Ghana's foreign minister Esi Tawiah and Togo's trade minister Komlan Dossou co-chaired the session.",
    "Ghana's foreign minister Esi Tawiah co-chaired the session with Togo's trade minister, Komlan Dossou.",
])
def test_co_chairs_of_a_session_met(run, sentence):
    x = run(_TALKS + sentence + "\n")
    assert _met(x, "esi-tawiah", "komlan-dossou")
    assert "ghana" in _objs(x, "esi-tawiah", "represents")
    assert "togo" in _objs(x, "komlan-dossou", "represents")


def test_co_chair_list_stops_at_the_next_clause(run):
    x = run(_TALKS + "The session was co-chaired by Ghana's foreign minister Esi Tawiah and Togo's trade minister "
            "Komlan Dossou, while Togo's president, Yawo Agbeko, watched from the gallery.\n")
    assert _met(x, "esi-tawiah", "komlan-dossou")
    assert not _met(x, "esi-tawiah", "yawo-agbeko") and not _met(x, "komlan-dossou", "yawo-agbeko")


# -- O2: people of a state administration named with a demonym -------------------------------------
def test_director_of_a_demonym_agency_represents_the_state_and_the_agency(run):
    x = run("HELSINKI - Finland and Sweden agreed on Tuesday to keep the border ambulances running.\n\n"
            "\"The ferry must run every day,\" said Aino Lehtola, a director at the Finnish Transport Agency.\n\n"
            "Per Lindqvist, who heads the northern region of the Swedish Road Administration, said the road "
            "would be repaired by autumn.\n")
    # round-35 O1 (convention change): a state body's official represents the body's country only
    assert _objs(x, "aino-lehtola", "represents") == {"finland"}
    assert _objs(x, "per-lindqvist", "represents") == {"sweden"}


# -- O3: a committee of a country's parliament --------------------------------------------------------
@pytest.mark.parametrize(("sentence", "committee"), [
    ("The Committee on Transport of Sweden's parliament, the Riksdag, will discuss the plan on Thursday.",
     "Committee on Transport"),
    ("The Transport Committee of the Swedish parliament, the Riksdag, will discuss the plan on Thursday.",
     "Transport Committee"),
])
def test_committee_of_a_parliament_is_part_of_it(run, sentence, committee):
    x = run("HELSINKI - Finland and Sweden agreed on Tuesday to keep the border ambulances running.\n\n"
            + sentence + "\n")
    types = entity_types(x)
    assert committee in types and "Committee on Transport of Sweden" not in types
    key = next(k for k, e in x.entities.items() if e.label == committee)
    assert _objs(x, key, "partOf") == {"riksdag"}


# -- O4: a person "of the X-based group Y" --------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Vesa Kolaj of the Tirana-based group Friends of the Lake said the fishermen had not been consulted.",
    "Vesa Kolaj, of the Tirana-based environmental group Friends of the Lake, said the fishermen were angry.",
])
def test_person_of_a_named_group_represents_it(run, sentence):
    x = run("BELGRADE - Serbia and Albania resumed talks on the lake on Tuesday.\n\n" + sentence + "\n")
    assert _objs(x, "vesa-kolaj", "represents") == {"friends-of-the-lake"}


# -- O5: a ministry's unit named without a country, under a capital's dateline ---------------------------
def test_unqualified_directorate_belongs_to_the_dateline_country(run):
    x = run("ISLAMABAD, May 12 (APP) - Pakistan and Iran on Tuesday agreed to increase electricity supply to "
            "the border towns.\n\nThe Energy Directorate will set the tariff by June.\n")
    assert _objs(x, "energy-directorate", "partOf") == {"pakistan"}


# -- O6: possessive group titles -----------------------------------------------------------------------
def test_group_possessive_is_part_of_the_title(run):
    x = run("ISLAMABAD, May 12 (APP) - Pakistan and Iran on Tuesday agreed to reopen the border markets near "
            "Gwadar.\n\nGwadar traders' leader Sami Rind said the market had been closed for weeks.\n")
    labels = _position_labels(x, "sami-rind")
    assert any("traders' leader" in label for label in labels)
    assert "leader" not in labels and not any(label.startswith("leader") for label in labels)
    assert "iran" not in _objs(x, "sami-rind", "represents")


def test_fishermens_union_chief_keeps_the_group(run):
    x = run("BELGRADE - Serbia and Albania resumed talks on the lake on Tuesday.\n\n"
            "The fishermen's union chief, Dritan Gjoka, said the catch had fallen.\n")
    assert any("fishermen's union chief" in label for label in _position_labels(x, "dritan-gjoka"))


# -- S1: "who led the Ghanaian officials at the talks" ------------------------------------------------
def test_interviewee_who_led_the_officials_represents_that_side(run):
    x = run("THE HIGHLAND POST | INTERVIEW\n\nACCRA - Ghana and Togo agreed last week to reopen the border "
            "market.\n\nThe Highland Post spoke to Kwame Ofori, who led the Ghanaian officials at the talks. "
            "The interview has been edited for length.\n")
    assert "ghana" in _objs(x, "kwame-ofori", "represents")


def test_demonym_official_apposed_represents_that_country(run):
    x = run(_TALKS + "Joining us is Kossi Amegah, a senior Togolese customs official, who has worked at the "
            "post for years.\n")
    assert _objs(x, "kossi-amegah", "represents") == {"togo"}


# -- S3: a member of a named parliament ---------------------------------------------------------------
def test_fact_check_who_line_member_of_parliament(run):
    x = run("ACCRA - As Ghana and Togo negotiate the reopening of the market, politicians have made claims "
            "about the deal.\n\nCLAIM 1: \"Togo has already agreed to close the market.\"\n"
            "WHO: Kojo Amponsah, opposition member of the Parliament of Ghana\nWHERE: a debate on GTV, Sunday\n"
            "VERDICT: FALSE\n")
    assert any("member of the parliament of ghana" in label for label in _position_labels(x, "kojo-amponsah"))
    assert "ghana" in _objs(x, "kojo-amponsah", "represents")


def test_member_of_a_countrys_parliament(run):
    x = run(_TALKS + "Kojo Amponsah, a member of Ghana's parliament, said the market would close.\n")
    assert any("member of parliament" in label for label in _position_labels(x, "kojo-amponsah"))
    assert "ghana" in _objs(x, "kojo-amponsah", "represents")


# -- S4: "led by Mr. X, Secretary, Ministry of Trade" ------------------------------------------------------
def test_ministry_after_a_delegation_heads_title_is_of_that_side(run):
    x = run("LOMÉ, May 12 - Ghana and Togo agreed on Tuesday to reopen the border market by March.\n\n"
            "The full text of the joint statement follows.\n\nJoint Statement\n\n1. The third session of the "
            "Joint Commission was held in Lomé on 11 and 12 May. The Ghanaian delegation was led by Mr. Kwabena "
            "Nuamah, Secretary, Ministry of Trade. The Togolese delegation was led by Ms. Afi Dogbe, Director "
            "General, Ministry of Commerce.\n\n2. The two sides agreed that the market shall open not later than "
            "31 March.\n")
    assert "ghana" in _objs(x, "kwabena-nuamah", "represents")
    assert "togo" in _objs(x, "afi-dogbe", "represents")
    assert _objs(x, "ministry-of-trade", "partOf") == {"ghana"}
    assert _objs(x, "ministry-of-commerce", "partOf") == {"togo"}
