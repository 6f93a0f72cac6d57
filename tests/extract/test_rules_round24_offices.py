"""Round-24 office and side classes (O1-O7), shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- O1: a town's mayor or council chair acts for the country the town lies in ---------------
def test_mayor_named_after_a_fronted_town(run):
    x = run("Hospital talks\n\nBelgium and Luxembourg opened talks on Monday on a shared hospital.\n\n"
            "In Arlon, the mayor, Sophie Gerard, said the hospital would help.\n")
    assert _objs(x, "sophie-gerard", "represents") == {"belgium"}


def test_chair_of_a_town_council_represents_the_country(run):
    x = run("Ambulance talks\n\nEstonia and Latvia opened talks on Monday on an ambulance service for Valga, in "
            "Estonia, and Valka, in Latvia.\n\nAndris Ozols, who chairs the Valka municipal council, said the "
            "plan was overdue.\n")
    assert _objs(x, "andris-ozols", "represents") == {"latvia"}


# -- O2: "ACRONYM Title Dr NAME" ----------------------------------------------------------------
def test_acronym_before_title_is_the_body_not_the_title(run):
    x = run("Border hours\n\nSouth Africa and Mozambique agreed on Monday to keep a crossing open at night.\n\n"
            "South Africa's Border Control Authority (BCA) runs the crossing. BCA Commissioner Dr Sipho Dube told "
            "reporters that queues had stretched for miles.\n")
    assert "commissioner" in _position_labels(x, "sipho-dube")
    assert not any(label.startswith("bca") for label in _position_labels(x, "sipho-dube"))


# -- O3: "the group's coordinator in Panama" -----------------------------------------------------
def test_groups_coordinator_in_a_country_acts_for_the_group(run):
    x = run("Migrant talks\n\nColombia and Panama held talks on Tuesday about migrants.\n\nThe charity Caritas "
            "Norte said it had treated 400 people last month. \"The route is deadly,\" said Ana Ruiz, the group's "
            "coordinator in Panama.\n")
    assert _objs(x, "ana-ruiz", "represents") == {"caritas-norte"}


# -- O4: "who follows Central Asia for the X Group" ---------------------------------------------
def test_analyst_beat_for_an_organisation(run):
    x = run("Water talks\n\nTajikistan and Uzbekistan resumed water talks on Monday.\n\nAnna Weiss, who follows "
            "Central Asia for the International Crisis Group, said the talks were late.\n")
    assert _objs(x, "anna-weiss", "represents") == {"international-crisis-group"}


# -- O5: "a Singapore-based power-market analyst at Wood Mackenzie" -----------------------------
def test_based_analyst_at_a_firm(run):
    x = run("Power talks\n\nIndia and Nepal held talks on power on Monday.\n\nRohan Shah, a Singapore-based "
            "power-market analyst at Wood Mackenzie, said the deal was fair.\n")
    assert _objs(x, "rohan-shah", "represents") == {"wood-mackenzie"}
    assert "analyst" in _position_labels(x, "rohan-shah")


# -- O6: "on the Tajik side is X, the deputy minister who leads ..." -----------------------------
def test_on_the_side_is_name_with_title_before_relative_clause(run):
    x = run("Water talks\n\nTajikistan and Uzbekistan resumed water talks on Monday.\n\nThe person who knows the "
            "file best on the Tajik side is Zarina Karimova, the deputy minister who leads its expert team.\n")
    assert _objs(x, "zarina-karimova", "represents") == {"tajikistan"}
    assert "deputy minister" in _position_labels(x, "zarina-karimova")


# -- O7: "who heads the frontier workers' department of the OGBL union" --------------------------
def test_head_of_a_department_of_an_acronym_union(run):
    x = run("Tax talks\n\nLuxembourg and Belgium resumed talks on Monday on taxing frontier workers.\n\n"
            "Jean Muller, who heads the frontier workers' department of the LCGB union, said the deal was "
            "overdue.\n")
    assert _objs(x, "jean-muller", "represents") == {"lcgb"}
    assert "head" in _position_labels(x, "jean-muller")
