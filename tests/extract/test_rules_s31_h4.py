"""Session 31 (H4): sides and offices — a short form's model type, title words read as bodies,
and the demonym written before a state body — on invented sentences (people and towns made up;
real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set

DATE = "2025-03-03"


# -- "the Namibia Coast Authority (NCA) ... the NCA ... an NCA officer": the short form's ORG ---------
_SHORT_FORMS = ("WINDHOEK, March 3 - Namibia has protested to Angola after an Angolan patrol boat stopped a "
                "Namibia Maritime Protection Service (NMPS) vessel near the river mouth on Monday. "
                "The Namibian Ministry of Foreign Affairs said in a statement that the Angolan boat had "
                "followed the NMPS patrol for an hour. An NMPS officer, who was not authorised to speak "
                "publicly, said the crew had filmed the sailors. The NMPS would keep patrolling, he said.")


def test_model_org_votes_of_a_short_form_do_not_outvote_a_state_body_rule(run):
    x = run(_SHORT_FORMS, DATE)
    assert entity_types(x).get("Namibia Maritime Protection Service") == "GovernmentAgency"
    assert ("namibia-maritime-protection-service", "partOf", "namibia") in relation_set(x)


def test_short_form_votes_still_count_when_no_rule_calls_the_body_a_state_one(run):
    # a cooperative: no state-body rule votes, so the short forms' ORG stays an organisation
    x = run("Fishers of the Kavango Delta Fishing Cooperative (KDFC) met on Monday. The KDFC said prices "
            "had fallen, and the KDFC would write to the ministry.", DATE)
    assert entity_types(x).get("Kavango Delta Fishing Cooperative") == "Organization"


# -- "X, Joint Secretary in the Ministry of ...": "Joint" is the title's, no body ------------------------
def test_rank_word_of_a_title_is_not_a_body(run):
    x = run("NEW DELHI, March 3 - India and Nepal held talks on Monday. Rohan Khurana, Joint Secretary in "
            "the Ministry of External Affairs, met Bishal Raut, Director General (South Asia) in Nepal's "
            "Ministry of Foreign Affairs.", DATE)
    assert "Joint" not in entity_types(x)
    rels = relation_set(x)
    assert ("rohan-khurana", "represents", "india") in rels
    labels = {e.label for e in x.entities.values() if e.type == "Position"}
    assert any("Joint Secretary" in label for label in labels), labels
    assert not any("of Joint" in label for label in labels)


def test_one_word_body_before_a_title_is_still_a_body(run):
    # "Frontex" is a body's name, no rank word: "Frontex Director" keeps the body
    x = run("Frontex Director Jonas Vellberg told reporters in Warsaw on Monday that patrols would double.", DATE)
    assert entity_types(x).get("Frontex") in {"GovernmentAgency", "Organization"}


# -- "X, Commissioner for Customs Services at the Y Revenue Authority": a portfolio ------------------------
def test_portfolio_after_title_for_before_a_named_body_is_the_titles(run):
    x = run("GABORONE, March 3 - Botswana and Namibia resumed talks on the crossing. Lesedi Morwakoma, "
            "Commissioner for Customs Services at the Botswana Unified Revenue Service (BURS), told "
            "reporters that clearance had fallen to six hours.", DATE)
    assert "Customs Services" not in entity_types(x)
    rels = relation_set(x)
    assert ("lesedi-morwakoma", "represents", "botswana") in rels
    labels = {e.label for e in x.entities.values() if e.type == "Position"}
    assert any("Commissioner for Customs Services" in label for label in labels), labels


def test_body_after_title_for_without_a_later_body_stays(run):
    # "the Agency for Water Resources" names the body itself: no "at <body>" follows
    x = run("Tomas Rebane, director of the Agency for Water Resources, said on Monday that the dam "
            "would be inspected.", DATE)
    assert any("Water Resources" in label for label, t in entity_types(x).items()
               if t in {"GovernmentAgency", "Organization"})


# -- "the Philippine Department of X" in a report from Hanoi: the demonym before the name ---------------
def test_demonym_before_a_state_body_outweighs_the_dateline(run):
    x = run("HANOI, March 3 - Vietnam and the Philippines agreed on Tuesday to set up a hotline between "
            "their coast guards, the Philippine Department of Agriculture (DA) and Vietnam's Ministry "
            "of Industry and Trade said in a joint statement.", DATE)
    rels = relation_set(x)
    assert ("department-of-agriculture", "partOf", "philippines") in rels
    assert ("department-of-agriculture", "partOf", "vietnam") not in rels


def test_state_body_with_no_demonym_still_takes_the_dateline(run):
    x = run("HANOI, March 3 - Vietnam and the Philippines agreed on Tuesday to set up a hotline, and "
            "the Ministry of Industry and Trade said a rice deal would follow.", DATE)
    assert ("ministry-of-industry-and-trade", "partOf", "vietnam") in relation_set(x)
