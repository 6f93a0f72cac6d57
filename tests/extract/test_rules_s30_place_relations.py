"""Session 30 (H2): place relations (locatedIn, connects) on invented sentences (towns made up;
real countries and regions where the gazetteer must know them)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.extract.conftest import relation_set

DATE = "2025-03-03"


# -- a region the gazetteer knows lies in its country (the seed's gold convention); the evidence is a
# sentence naming both when there is one --------------------------------------------------------------
def test_region_named_alone_still_lies_in_its_country(run):
    x = run("India and Nepal agreed on Monday to extend their power trade deal. Politicians in Kerala "
            "have repeatedly called for a larger share of the imports.", DATE)
    assert ("kerala", "locatedIn", "india") in relation_set(x)


def test_region_link_evidence_is_the_sentence_naming_both(run):
    x = run("Politicians in Kerala have called for a larger share of the imports. Farmers in Kerala said "
            "India should buy more of the power.", DATE)
    link = next(r for r in x.relations if (r.subject, r.predicate, r.object) == ("kerala", "locatedIn", "india"))
    assert "Farmers in Kerala" in link.evidence.text


def test_region_in_a_sentence_naming_its_country_lies_in_it(run):
    x = run("India and Nepal agreed on Monday to extend their power trade deal. Farmers in Kerala said "
            "India should buy more of the power.", DATE)
    assert ("kerala", "locatedIn", "india") in relation_set(x)


def test_region_with_its_countrys_demonym_lies_in_that_country(run):
    x = run("Germany and Austria agreed on Monday to cut queues on the motorway. German officials in "
            "Bavaria welcomed the deal.", DATE)
    assert ("bavaria", "locatedIn", "germany") in relation_set(x)


# -- a link named after two towns the text never names on their own joins no entities -----------
def test_pair_named_crossing_whose_towns_stand_nowhere_else_connects_nothing(run):
    x = run("Tarvia and Kessia agreed on Monday to reopen the Velmo-Ostrak crossing to lorries at "
            "night, officials said.", DATE)
    assert not [r for r in relation_set(x) if r[1] == "connects"]


def test_pair_named_crossing_whose_towns_stand_alone_too_connects_them(run):
    x = run("Tarvia and Kessia agreed on Monday to reopen the Velmo-Ostrak crossing to lorries at "
            "night. Traders in Velmo and Ostrak said the queues had grown.", DATE)
    rels = relation_set(x)
    assert ("velmo-ostrak-crossing", "connects", "velmo") in rels
    assert ("velmo-ostrak-crossing", "connects", "ostrak") in rels


# -- "the 412-metre span links A, a town of 3,000 people, with B": the bridge named before ---------
def test_span_back_reference_with_a_numbered_aside_connects_the_bridge(run):
    x = run("Tarvia and Kessia agreed on Monday to repair the Velmora Bridge. Opened in 1998, the "
            "412-metre span links Ostrana, a Tarvian town of 3,000 people, with Brenik.", DATE)
    rels = relation_set(x)
    assert ("velmora-bridge", "connects", "ostrana") in rels
    assert ("velmora-bridge", "connects", "brenik") in rels


def test_narrow_bridge_back_reference_between_two_towns_connects_it(run):
    x = run("Tarvia and Kessia agreed on Monday to widen the Kolva Bridge. Since then the narrow bridge "
            "links Ostrana with Brenik, officials said.", DATE)
    rels = relation_set(x)
    assert ("kolva-bridge", "connects", "ostrana") in rels
    assert ("kolva-bridge", "connects", "brenik") in rels


# -- a town on a railway lies by it, not in it ---------------------------------------------------------
def test_town_on_a_railway_is_not_located_in_the_railway(run):
    x = run("Ministers from Tarvia and Kessia met on Tuesday in Ostrana, the last Tarvian town on the "
            "Velmor Railway, to restart talks.", DATE)
    assert ("ostrana", "locatedIn", "velmor-railway") not in relation_set(x)


# -- the distance and compass words of connects are data ---------------------------------------------
def test_connects_word_lists_live_in_the_lexicon():
    lexicon = json.loads((Path(__file__).parents[2] / "kg" / "data" / "lexicon.json").read_text())
    for key in ("distance_units", "distance_unit_adjectives", "compass_points", "link_anaphor_modifiers"):
        assert lexicon[key], key
    source = (Path(__file__).parents[2] / "kg" / "extract" / "connects.py").read_text()
    assert "kilometres|" not in source and "north|south|east|west" not in source


def test_locating_aside_with_a_distance_and_compass_point_is_no_end(run):
    x = run("Tarvia and Kessia agreed on Monday to repair the Velmora Bridge, which links Ostrana, "
            "40 kilometres south-east of Dunavo, with Brenik.", DATE)
    rels = relation_set(x)
    assert ("velmora-bridge", "connects", "ostrana") in rels
    assert ("velmora-bridge", "connects", "brenik") in rels
    assert ("velmora-bridge", "connects", "dunavo") not in rels


# -- "the Lumo border town of Ostrana": the town lies in the region named before the kind ------------
def test_region_border_town_of_name_puts_the_town_in_the_region(run):
    x = run("The ministers met in the Lumo border town of Ostrana on Monday to sign the protocol.", DATE)
    rels = relation_set(x)
    assert ("ostrana", "locatedIn", "lumo") in rels
    assert ("lumo", "locatedIn", "ostrana") not in rels


def test_named_division_of_a_country_still_lies_in_the_country(run):
    x = run("Officials from the Rangpur division of Bangladesh met Indian engineers on Monday.", DATE)
    assert ("rangpur", "locatedIn", "bangladesh") in relation_set(x)


# -- "A and B in the neighbouring X department": both towns lie there ---------------------------------
def test_two_towns_in_the_neighbouring_department_both_lie_in_it(run):
    x = run("Officials said the patrols pushed launches towards Ostrana and Brenik in the neighbouring "
            "Lumo department.", DATE)
    rels = relation_set(x)
    assert ("brenik", "locatedIn", "lumo-department") in rels
    assert ("ostrana", "locatedIn", "lumo-department") in rels


def test_link_ends_between_two_towns_only_the_second_lies_in_the_region(run):
    x = run("Officials said the bridge between Ostrana and Brenik in Lumo province will open in May.", DATE)
    rels = relation_set(x)
    assert ("brenik", "locatedIn", "lumo-province") in rels
    assert ("ostrana", "locatedIn", "lumo-province") not in rels


def test_two_towns_before_a_country_are_not_both_placed_in_it(run):
    x = run("Commuters between the two countries queue at Ostrana and Brenik in Slovakia every morning.", DATE)
    assert ("ostrana", "locatedIn", "slovakia") not in relation_set(x)
