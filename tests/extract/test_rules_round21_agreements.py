"""Round-21 rules for agreements (G1, G4, ...), each on invented wire-style articles
(names made up, countries other than those of the round's examples)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


def _key(x, label: str) -> str:
    (key,) = [k for k, v in _agreements(x).items() if v == label]
    return key


# -- G1: a lower-case description and a title of the same kind are one agreement -------------------
PATROLS = (
    "Peru and Ecuador agree on river patrols\n\n"
    "LIMA, May 5 (Reuters) - Peru and Ecuador signed a memorandum on joint river patrols on Tuesday, officials "
    "said. Peruvian Interior Minister Rosa Quispe signed the Memorandum of Understanding on River Patrol "
    "Cooperation with her Ecuadorian counterpart Jorge Vela in Lima.\n")


def test_described_memorandum_is_the_titled_memorandum(run):
    x = run(PATROLS, date=DATE)
    labels = set(_agreements(x).values())
    assert "Memorandum of Understanding on River Patrol Cooperation" in labels
    assert "memorandum on joint river patrols" not in labels
    mou = _key(x, "Memorandum of Understanding on River Patrol Cooperation")
    assert "memorandum on joint river patrols" in x.entities[mou].aliases
    rels = relation_set(x)
    assert ("peru", "partyTo", mou) in rels and ("ecuador", "partyTo", mou) in rels


CUSTOMS = (
    "Peru, Ecuador eye customs deal\n\n"
    "LIMA, May 5 (Reuters) - Peru and Ecuador want to sign a new bilateral customs protocol before the end of "
    "the year. The Peru-Ecuador Customs Facilitation Protocol, which negotiators have been drafting since "
    "March, would cut waiting times at the border.\n")


def test_described_protocol_is_the_titled_protocol_under_talks(run):
    x = run(CUSTOMS, date=DATE)
    assert set(_agreements(x).values()) == {"Peru-Ecuador Customs Facilitation Protocol"}
    protocol = _key(x, "Peru-Ecuador Customs Facilitation Protocol")
    rels = relation_set(x)
    assert ("peru", "negotiates", protocol) in rels
    assert not [r for r in x.relations if r.predicate == "partyTo"]


def test_description_sharing_no_topic_word_stays_apart(run):
    x = run("Peru, Ecuador sign accords\n\n"
            "LIMA, May 5 (Reuters) - Peru and Ecuador signed a memorandum on fisheries on Tuesday. Ministers "
            "also praised the Memorandum of Understanding on Rail Freight signed in 2019.\n", date=DATE)
    labels = set(_agreements(x).values())
    assert "Memorandum of Understanding on Rail Freight" in labels
    assert any(v.startswith("memorandum on fisheries") for v in labels)


# -- G2: a leading year dates the text; "through <Place>" belongs to its name ---------------------
def test_dated_indefinite_agreement_label_drops_year_keeps_place(run):
    x = run("Peru, Ecuador sign port deal\n\n"
            "LIMA, May 5 (Reuters) - Peru and Ecuador signed a new port deal on Tuesday. The new deal "
            "supplements a 1992 agreement on free transit through Tumbes, which both sides say is out of date.\n",
            date=DATE)
    old = _key(x, "agreement on free transit through Tumbes")
    rels = relation_set(x)
    assert (old, "dateSigned", "1992") in rels
    assert ("peru", "partyTo", old) in rels and ("ecuador", "partyTo", old) in rels
    assert "1992 agreement on free transit through Tumbes" in x.entities[old].aliases


# -- G4: not yet signed = negotiates only ----------------------------------------------------------
def test_protocol_the_governments_aim_to_sign_is_negotiated_not_signed(run):
    x = run("Peru, Ecuador near vet deal\n\n"
            "LIMA, May 5 (Reuters) - Peru and Ecuador have drafted a Protocol on Veterinary Inspections that both "
            "governments aim to sign in September.\n", date=DATE)
    protocol = _key(x, "Protocol on Veterinary Inspections")
    rels = relation_set(x)
    assert ("peru", "negotiates", protocol) in rels and ("ecuador", "negotiates", protocol) in rels
    assert not [r for r in x.relations if r.predicate in {"partyTo", "dateSigned"}]


def test_country_expected_to_sign_is_no_party_yet(run):
    x = run("Peru to sign fisheries text\n\n"
            "LIMA, May 5 (Reuters) - Peru is expected to sign the Pacific Anchovy Convention with Ecuador next "
            "month, the foreign ministry said.\n", date=DATE)
    convention = _key(x, "Pacific Anchovy Convention")
    assert not [r for r in x.relations if r.predicate in {"partyTo", "dateSigned"} and convention in
                {r.subject, r.object}]
    assert ("peru", "negotiates", convention) in relation_set(x)


def test_bodies_leading_the_negotiations_negotiate(run):
    x = run("Peru, Ecuador investment talks\n\n"
            "LIMA, May 5 (Reuters) - Peru and Ecuador resumed talks on Tuesday. Negotiations on the Andean "
            "Investment Agreement are led by the Ministry of Commerce (MINCO) and the Ecuador Investment Board "
            "(EIB), officials said.\n", date=DATE)
    deal = _key(x, "Andean Investment Agreement")
    rels = relation_set(x)
    negotiators = {s for s, p, o in rels if p == "negotiates" and o == deal}
    assert {"ministry-of-commerce", "ecuador-investment-board"} <= negotiators
    assert not [r for r in x.relations if r.predicate == "partyTo"]


def test_a_signing_that_happened_still_makes_parties(run):
    """Control: a past signing with a partner stays partyTo (the G4 cut reads only future signings)."""
    x = run("Peru signs fisheries text\n\n"
            "LIMA, May 5 (Reuters) - Peru signed the Pacific Anchovy Convention with Ecuador on Tuesday, the "
            "foreign ministry said.\n", date=DATE)
    convention = _key(x, "Pacific Anchovy Convention")
    rels = relation_set(x)
    assert ("peru", "partyTo", convention) in rels and ("ecuador", "partyTo", convention) in rels


def test_proposed_accord_that_would_fix_a_schedule_has_no_parties(run):
    x = run("Peru, Ecuador tariff plan\n\n"
            "LIMA, May 5 (Reuters) - The Border Tariff Accord between Peru and Ecuador would fix the schedule "
            "for tariff cuts, officials said on Tuesday.\n", date=DATE)
    accord = _key(x, "Border Tariff Accord")
    assert not [r for r in x.relations if r.predicate == "partyTo" and r.object == accord]


# -- G3: "X - formally the Y -", "X (officially the Y)", "X, formally known as the Y," ------------
FORMAL = (
    "Peru, Ecuador mark accord\n\n"
    "LIMA, May 5 (Reuters) - The Cenepa Accord - formally the Final Agreement for the Settlement of the Claims "
    "as Set Out in Resolutions 31 (1995) and 44 (1997) - was signed on June 3, 2009 by Peru and Ecuador. "
    "The Napo Pact (officially the Treaty on Napo River Navigation) was signed in 1999.\n")


def test_formal_title_after_dash_is_an_alias_and_gets_no_relation(run):
    x = run(FORMAL, date=DATE)
    labels = set(_agreements(x).values())
    assert "Final Agreement" not in labels
    accord = _key(x, "Cenepa Accord")
    assert ("Final Agreement for the Settlement of the Claims as Set Out in Resolutions 31 (1995) and 44 (1997)"
            in x.entities[accord].aliases)
    assert (accord, "dateSigned", "2009-06-03") in relation_set(x)


def test_formal_title_in_brackets_is_an_alias(run):
    x = run(FORMAL, date=DATE)
    pact = _key(x, "Napo Pact")
    assert "Treaty on Napo River Navigation" in x.entities[pact].aliases
    assert "Treaty on Napo River Navigation" not in set(_agreements(x).values())
    assert (pact, "dateSigned", "1999") in relation_set(x)


def test_formally_known_as_between_commas_is_an_alias(run):
    x = run("Peru, Ecuador fisheries\n\n"
            "LIMA, May 5 (Reuters) - The Tumbes Deal, formally known as the Protocol on Coastal Fisheries, was "
            "signed by Peru and Ecuador in 2004.\n", date=DATE)
    assert set(_agreements(x).values()) == {"Tumbes Deal"}
    assert "Protocol on Coastal Fisheries" in x.entities[_key(x, "Tumbes Deal")].aliases


# -- G5: a text two companies signed years ago is theirs, and not the new one under talks ---------
def test_old_company_agreement_is_apart_from_the_new_one(run):
    x = run("Gas supply talks\n\n"
            "LIMA, May 5 (Reuters) - Andigas Ltd and Ecuagas Energia Ltd are negotiating a new supply agreement, "
            "officials said. The 20-year agreement the two companies signed in 1996 expires in December.\n",
            date=DATE)
    labels = _agreements(x)
    assert len(labels) == 2
    old = _key(x, "20-year agreement")
    new = next(k for k in labels if k != old)
    rels = relation_set(x)
    assert (old, "dateSigned", "1996") in rels
    assert not [r for r in x.relations if r.subject == new and r.predicate == "dateSigned"]
    old_parties = {s for s, p, o in rels if p == "partyTo" and o == old}
    assert len(old_parties) == 2 and all(x.entities[k].type == "Organization" for k in old_parties)
    assert not [r for r in x.relations if r.predicate == "partyTo" and r.object == new]
    assert {s for s, p, o in rels if p == "negotiates" and o == new} == old_parties
