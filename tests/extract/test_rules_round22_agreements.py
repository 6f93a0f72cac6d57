"""Round-22 rules for agreements (G1, G2, G3, ...), each on invented wire-style articles
(names made up, countries other than those of the round's examples)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


def _key(x, label: str) -> str:
    (key,) = [k for k, v in _agreements(x).items() if v == label]
    return key


# -- G1: titles with a plural head are agreements --------------------------------------------------
BORDER_POST = (
    "Kenya, Uganda border post delays\n\n"
    "NAIROBI, May 5 (Reuters) - Trucks queued for days at the Busia One-Stop Border Post between Kenya and "
    "Uganda, according to the Kenya Revenue Authority and the Uganda Revenue Authority. The two revenue bodies "
    "are still negotiating the Joint Operating Procedures for the Busia One-Stop Border Post, which would let "
    "one officer clear cargo for both countries.\n")


def test_joint_operating_procedures_is_an_agreement_negotiated_by_both_bodies(run):
    x = run(BORDER_POST, date=DATE)
    jop = _key(x, "Joint Operating Procedures")
    assert "Joint Operating Procedures for the Busia One-Stop Border Post" in x.entities[jop].aliases
    assert not [e for e in x.entities.values() if e.type != "Agreement" and "Procedures" in e.label]
    rels = relation_set(x)
    for actor in ("kenya-revenue-authority", "uganda-revenue-authority", "kenya", "uganda"):
        assert (actor, "negotiates", jop) in rels
    assert not [r for r in x.relations if r.predicate == "partyTo"]
    # the post named in the tail stays a place of its own
    assert x.entities["busia-one-stop-border-post"].type == "Place"


def test_rules_of_procedure_terms_of_reference_and_guidelines_are_agreements(run):
    x = run("Kenya, Uganda set up commission\n\n"
            "NAIROBI, May 5 (Reuters) - Kenya and Uganda adopted Rules of Procedure for the joint commission and "
            "Terms of Reference for its technical committee on Tuesday. Guidelines on Cargo Inspection were "
            "issued last year.\n", date=DATE)
    labels = set(_agreements(x).values())
    assert {"Rules of Procedure", "Terms of Reference", "Guidelines on Cargo Inspection"} <= labels


def test_plural_topic_words_alone_are_no_agreement(run):
    x = run("Kenya, Uganda ease border\n\n"
            "NAIROBI, May 5 (Reuters) - Kenya and Uganda said Customs Procedures at the border would be "
            "simplified, and the Commission on Procedures will meet in June.\n", date=DATE)
    assert not _agreements(x)


# -- G2: a description and the nickname given to it are one agreement -----------------------------
NICKNAMED = (
    "Kenya, Uganda sign customs deal\n\n"
    "NAIROBI, May 5 (Reuters) - Kenya and Uganda signed a customs protocol on Tuesday, officials said. The "
    "agreement - which negotiators have taken to calling the Busia Protocol - still needs approval from the "
    "Council of Ministers before it enters into force. Uganda also agreed a road maintenance deal, which "
    "officials in Kampala call the Tororo Road MoU.\n")


def test_nicknamed_description_is_one_agreement_labelled_by_its_name(run):
    x = run(NICKNAMED, date=DATE)
    busia = _key(x, "Busia Protocol")
    assert "customs protocol" in x.entities[busia].aliases
    assert "customs protocol" not in _agreements(x).values()
    rels = relation_set(x)
    assert (busia, "dateSigned", "2026-05-05") in rels
    # still needs approval: signed all the same, the parties stay
    assert ("kenya", "partyTo", busia) in rels and ("uganda", "partyTo", busia) in rels


def test_name_officials_call_a_second_deal_is_its_alias_not_a_body(run):
    x = run(NICKNAMED, date=DATE)
    deals = [e for e in x.entities.values() if "Tororo Road MoU" in e.aliases | {e.label}]
    assert len(deals) == 1 and deals[0].type == "Agreement"
    assert deals[0].key != _key(x, "Busia Protocol")
    assert not [e for e in x.entities.values() if e.type != "Agreement" and "MoU" in " ".join(e.aliases | {e.label})]


# -- G3: texts still under talks are negotiated, not signed ------------------------------------------
def test_bilateral_agreement_under_negotiation_has_no_parties(run):
    x = run("Kenya, Uganda talks\n\n"
            "NAIROBI, May 5 (Reuters) - Kenya and Uganda signed a transit deal on Tuesday. The two countries are "
            "negotiating a bilateral Agreement on Lake Fisheries, which would fix catch quotas for both fleets.\n",
            date=DATE)
    fish = _key(x, "Agreement on Lake Fisheries")
    rels = relation_set(x)
    assert ("kenya", "negotiates", fish) in rels and ("uganda", "negotiates", fish) in rels
    assert ("kenya", "partyTo", fish) not in rels and ("uganda", "partyTo", fish) not in rels
    deal = _key(x, "transit deal")
    assert ("kenya", "partyTo", deal) in rels


def test_protocol_negotiators_hope_to_sign_is_negotiated_only(run):
    x = run("Kenya, Uganda talks\n\n"
            "NAIROBI, May 5 (Reuters) - Kenya and Uganda signed a transit deal on Tuesday.\n\n"
            "The Protocol on Rail Freight, which negotiators hope to sign in April, was agreed in principle by "
            "Kenya and Uganda.\n", date=DATE)
    rail = _key(x, "Protocol on Rail Freight")
    rels = relation_set(x)
    assert ("kenya", "negotiates", rail) in rels
    assert not [r for r in x.relations if r.object == rail and r.predicate in {"partyTo", "dateSigned"}]


# -- G4: an older text signed on a day of "that year" -----------------------------------------------
def test_day_of_that_year_dates_the_background_declaration(run):
    x = run("Kenya, Uganda talks\n\n"
            "NAIROBI, May 5 (Reuters) - Kenya and Uganda have argued over the lake since 1999. The Arusha "
            "Declaration, which Kenya and Uganda signed with other East African states at a summit on Jan. 5 that "
            "year, set up a joint commission.\n", date=DATE)
    decl = _key(x, "Arusha Declaration")
    rels = relation_set(x)
    assert (decl, "dateSigned", "1999-01-05") in rels
    assert ("kenya", "partyTo", decl) in rels and ("uganda", "partyTo", decl) in rels


def test_body_named_between_is_party_rather_than_another_country(run):
    x = run("Kenya, Uganda talks\n\n"
            "NAIROBI, May 5 (Reuters) - Kenya and Uganda signed a transit deal on Tuesday.\n\n"
            "Under the 1973 compensation agreement between the Swiss Federal Council and the Ugandan government, "
            "farmers were paid.\n", date=DATE)
    comp = _key(x, "compensation agreement")
    rels = relation_set(x)
    assert ("swiss-federal-council", "partyTo", comp) in rels
    assert ("uganda", "partyTo", comp) in rels
    assert ("kenya", "partyTo", comp) not in rels
