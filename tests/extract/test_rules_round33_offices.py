"""Round-33 office, side and meeting classes (O2, O3, O4, O6), shown on invented sentences
(names made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


# -- O4: "The X delegation, led by A, met a team headed by B" -------------------------------------
def test_delegation_led_by_apposition_and_met_team_headed_by(run):
    x = run("Water talks\n\nThe Turkmen delegation, led by Deputy Energy Minister Aman Oraz, met a team headed "
            "by Bakhyt Rashid, Uzbekistan's deputy minister of water, in Tashkent on Monday.\n")
    assert "turkmenistan" in _objs(x, "aman-oraz", "represents")
    assert "uzbekistan" in _objs(x, "bakhyt-rashid", "represents")
    assert _met(x, "aman-oraz", "bakhyt-rashid")


def test_team_headed_by_met_with_delegation_led_by(run):
    x = run("Maritime talks\n\nThe Kenyan team, headed by Foreign Minister Amina Wekesa, met with a delegation "
            "led by Ahmed Isse Farah, Somalia's deputy foreign minister, in Nairobi on Monday.\n")
    assert "kenya" in _objs(x, "amina-wekesa", "represents")
    assert _met(x, "amina-wekesa", "ahmed-isse-farah")


# -- O3: local officials: a counterpart in a town, a regional councillor --------------------------
def test_counterpart_in_a_town_holds_the_same_local_office(run):
    x = run("Ferry deal\n\nSerbia and Croatia agreed on Monday to restart a ferry across the Danube. The mayor "
            "of Vukovar, Ivan Penic, welcomed the deal. His counterpart in Apatin, Milan Kostelac, was blunter.\n")
    assert any("mayor" in label for label in _position_labels(x, "milan-kostelac"))
    assert any(x.entities[k].label == "Mayor of Apatin" for k in _objs(x, "milan-kostelac", "holdsPosition"))


def test_councillor_of_a_region_represents_its_country(run):
    x = run("Rail link\n\nFrance and Spain held talks in Pau on Monday; Italy watched closely. Laura Bassetti, the health councillor "
            "of the Veneto region, said the line mattered. Ana Ruano, a transport councillor for Aragon, was "
            "sceptical.\n")
    assert "health councillor" in _position_labels(x, "laura-bassetti")
    assert "italy" in _objs(x, "laura-bassetti", "represents")
    assert "transport councillor" in _position_labels(x, "ana-ruano")
    assert "spain" in _objs(x, "ana-ruano", "represents")


# -- O2: "who heads the residents' group X", "... and co-chairs X" ---------------------------------
def test_who_heads_a_described_group_is_its_head(run):
    x = run("Border trade\n\nSierra Leone and Liberia held talks in Freetown. Pierre Lasalle, who heads the "
            "residents' group Amis du Fleuve, welcomed the meeting. Ali Kanneh, who leads the farmers' "
            "association Kpaa Mende, was less sure.\n")
    assert "head of amis du fleuve" in _position_labels(x, "pierre-lasalle")
    assert "amis-du-fleuve" in _objs(x, "pierre-lasalle", "represents")
    assert "head of kpaa mende" in _position_labels(x, "ali-kanneh")


def test_profile_line_and_co_chairs(run):
    x = run("Border trade\n\nSierra Leone and Liberia held talks in Freetown.\n\nJohn Kamanda has been deputy "
            "minister of trade since 2021 and co-chairs the Joint Border Commission. Mary Sesay, who co-chairs "
            "the Mano River Forum, said the talks went well.\n")
    assert any("co-chair" in label for label in _position_labels(x, "john-kamanda"))
    assert any("deputy minister" in label for label in _position_labels(x, "john-kamanda"))
    assert any("co-chair" in label for label in _position_labels(x, "mary-sesay"))


# -- O6: a position phrase with a trailing organisation --------------------------------------------
def test_head_of_field_research_at_a_firm(run):
    x = run("Gas field talks\n\nQatar and Iran held talks in Doha on Monday. Lina Haddadin, head of Gulf gas "
            "research at Crescent Energy Partners in Dubai, said the talks were overdue.\n")
    assert "crescent-energy-partners" in _objs(x, "lina-haddadin", "represents")
    assert not any(label.endswith("of gulf") for label in _position_labels(x, "lina-haddadin"))


def test_who_runs_a_plant_for_a_company_is_no_office(run):
    x = run("Dam talks\n\nSerbia and Bosnia and Herzegovina held talks in Belgrade. Milan Ristovic, who runs the "
            "Bajina plant for EPS, said output was down.\n")
    assert not _objs(x, "milan-ristovic", "holdsPosition")


def test_director_of_capitalised_affairs_then_ministry(run):
    x = run("Port talks\n\nGhana and Togo held talks in Accra on Monday. Kwame Asante, Director of Maritime "
            "Affairs, Ministry of Transport, said Ghana wanted faster clearance.\n")
    assert "director of maritime affairs" in _position_labels(x, "kwame-asante")
    assert "maritime" not in _objs(x, "kwame-asante", "represents")


# -- O7: minutes with a "Present" list, one line per side ------------------------------------------
_MINUTES = ("MINUTES OF THE THIRD MEETING OF THE JOINT TECHNICAL COMMITTEE\n\nVenue: Mombasa, Kenya\n\n{heading}\n\n"
            "{a}: Ambassador Peter Kiprotich, Principal Secretary, State Department for Shipping (Chair); "
            "Dr. Jane Wambui, Director General, Kenya Ports Authority.\n\n"
            "{b}: Samuel Okech, Director for Africa, Ministry of Foreign Affairs (Head of Delegation); "
            "Grace Nalwoga, Commissioner for Transport, Ministry of Works.\n\n1. Opening remarks\n\n"
            "The Chair noted that the committee had not met since 2024. The Head of the Ugandan Delegation "
            "stated that Uganda wanted lower port charges.\n")


def test_present_list_sides_and_meetings(run):
    x = run(_MINUTES.format(heading="Present", a="Kenya", b="Uganda"))
    for person in ("peter-kiprotich", "jane-wambui"):
        assert "kenya" in _objs(x, person, "represents")
    for person in ("samuel-okech", "grace-nalwoga"):
        assert "uganda" in _objs(x, person, "represents")
    assert _objs(x, "peter-kiprotich", "represents") == {"kenya"}  # round-35 O1: the country only
    assert _met(x, "peter-kiprotich", "samuel-okech")
    assert _met(x, "jane-wambui", "grace-nalwoga")
    assert not _met(x, "peter-kiprotich", "jane-wambui")


def test_present_list_roles_name_later_speakers(run):
    x = run(_MINUTES.format(heading="In attendance:", a="For Kenya", b="For Uganda"))
    assert "kenya" in _objs(x, "jane-wambui", "represents")
    speakers = {s.speaker for s in x.statements}
    assert "peter-kiprotich" in speakers
    assert "samuel-okech" in speakers
    assert "chair" not in {e.label.lower() for e in x.entities.values()}


def test_county_office_glued_to_the_county_name(run):
    x = run("Crossing reopens\n\nLiberia and Sierra Leone reopened the border crossing on Monday. Liberia's Lofa "
            "County is the most affected. Lofa County Superintendent Joseph T. Kollie welcomed the move.\n")
    assert "liberia" in _objs(x, "joseph-t-kollie", "represents")
    assert any("superintendent" in label for label in _position_labels(x, "joseph-t-kollie"))
    assert "Lofa County Superintendent" not in {e.label for e in x.entities.values() if e.type == "Place"}


def test_alderman_of_a_town_represents_its_country(run):
    x = run("Dredging deal\n\nGermany and the Netherlands agreed on Monday to share the cost of dredging. Delfzijl, "
            "in the Dutch province of Groningen, will gain most. Delfzijl's alderman, Jan de Groot, said the port "
            "needed it. Emden alderwoman Petra Janssen said Germany would pay on time.\n")
    assert "alderman" in _position_labels(x, "jan-de-groot")
    assert "netherlands" in _objs(x, "jan-de-groot", "represents")
    assert "alderwoman" in _position_labels(x, "petra-janssen")


def test_regional_councillor_in_a_named_region(run):
    x = run("Rail link\n\nFrance and Spain held talks in Madrid on Monday. In Nouvelle-Aquitaine, Anne Castagnet, "
            "the regional councillor in charge of transport, said the region would pay its share.\n")
    assert any("regional councillor" in label for label in _position_labels(x, "anne-castagnet"))
    assert "france" in _objs(x, "anne-castagnet", "represents")
