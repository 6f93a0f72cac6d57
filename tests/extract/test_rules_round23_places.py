"""Round-23 place classes P1-P9, shown on invented sentences (towns and links made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


# -- P2: a line that carries things from A to B --------------------------------------------
def test_pipeline_carries_from_field_to_terminal(run):
    x = run("Pipeline deal\n\nNiger and Benin signed a transit deal for the Niger-Benin Pipeline on Monday. "
            "The 2,000-kilometre pipeline carries crude from the Tasko oil field in eastern Niger to the Vemo "
            "terminal on the coast of Benin.\n")
    field = "tasko-oil-field" if "tasko-oil-field" in x.entities else "tasko"  # the field, however labelled
    assert _objs(x, "niger-benin-pipeline", "connects") == {field, "vemo-terminal"}
    assert _objs(x, field, "locatedIn") == {"niger"}
    assert _objs(x, "vemo-terminal", "locatedIn") == {"benin"}


def test_named_pipeline_pumps_gas_from_a_to_b(run):
    x = run("Gas deal\n\nAlgeria and Tunisia agreed on fees. The Kessa Gas Pipeline pumps gas from Oranvik "
            "to Tarsel, officials said.\n")
    assert _objs(x, "kessa-gas-pipeline", "connects") == {"oranvik", "tarsel"}


# -- P3: ends described by a facility near a town; 'both in X' --------------------------------
def test_course_with_passing_places_and_both_in(run):
    x = run("Power link\n\nEgypt and Saudi Arabia signed a deal for the Nilora Interconnector on Monday. "
            "The cable runs from a converter station at Qenvar, south of Cairo, across the Red Sea to "
            "Dumrah, and on to a second station near Alsafir, both in Saudi Arabia.\n")
    assert _objs(x, "nilora-interconnector", "connects") == {"qenvar", "dumrah", "alsafir"}
    assert "saudi-arabia" in _objs(x, "dumrah", "locatedIn")
    assert "saudi-arabia" in _objs(x, "alsafir", "locatedIn")


# -- P4: a bridge spans a river between two towns ---------------------------------------------
def test_bridge_spans_river_between_banks(run):
    x = run("Bridge opens\n\nZambia and Botswana opened the Velinga Bridge on Monday. The Velinga Bridge spans "
            "the Zambezi between Mokari on the north bank and Tselo on the south bank.\n")
    assert _objs(x, "velinga-bridge", "connects") == {"mokari", "tselo"}


# -- P1: towns on islands ---------------------------------------------------------------------
def test_town_lies_on_the_island_of(run):
    x = run("Ferry talks\n\nDenmark and Germany discussed a ferry. Havborg lies on the island of Venstrup; "
            "Kalnitz is on Marrow, an island in Mecklenburg-Vorpommern.\n")
    assert "venstrup" in _objs(x, "havborg", "locatedIn")
    assert "marrow" in _objs(x, "kalnitz", "locatedIn")


# -- P7: the nearest container only -----------------------------------------------------------
def test_nearest_container_only(run):
    x = run("Border trade\n\nChina and Vietnam opened a crossing. Traders in the Chinese border town of Xalou "
            "welcomed the deal on Monday. Xalou, in China's Yunnan province, faces the Red River.\n")
    assert _objs(x, "xalou", "locatedIn") == {"yunnan"}


# -- P5: 'the 12-kilometre link between A and B' after the one named link ----------------------
def test_described_link_between_two_towns(run):
    x = run("Tunnel deal\n\nDenmark and Germany agreed to build the Skarvik Tunnel. The 18-kilometre link between "
            "Holmby and Tarnow will open in 2031.\n")
    assert _objs(x, "skarvik-tunnel", "connects") == {"holmby", "tarnow"}


# -- P6: a route joined at a pass runs on to a town -------------------------------------------
def test_route_joined_at_pass_runs_to_town(run):
    x = run("Road deal\n\nBulgaria and Romania agreed to upgrade the E85 highway. The E85 climbs north from Ruse. "
            "At the Velok Pass it joins Bulgaria's A7, which runs south through Haskovo province to Dravina.\n")
    assert _objs(x, "a7", "connects") == {"velok-pass", "dravina"}
    assert not _objs(x, "velok-pass", "connects")


# -- P8: an address line -------------------------------------------------------------------------
def test_address_line_town_in_country(run):
    x = run("Bridge opens\n\nSenegal and Gambia opened the bridge in Banjul on Monday.\n\nFor more information "
            "contact:\nMinistry of Works\nBanjul, The Gambia\n")
    assert "gambia" in _objs(x, "banjul", "locatedIn")


# -- P9: a region named with its country; 'lies near' gives no containment ---------------------
def test_region_of_country_split(run):
    x = run("Bridge opens\n\nSenegal and Gambia opened a bridge. Korunda lies near Fasseni, in the North Bank "
            "Region of The Gambia.\n")
    assert _objs(x, "fasseni", "locatedIn") == {"north-bank-region"}
    assert _objs(x, "north-bank-region", "locatedIn") == {"gambia"}
    assert not _objs(x, "korunda", "locatedIn")
