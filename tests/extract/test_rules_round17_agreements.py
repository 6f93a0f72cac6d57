"""Round-17 rules for agreements (G1-G8), each on invented wire-style articles
(names made up, countries other than those of the round's examples)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


def _key(x, label: str) -> str:
    (key,) = [k for k, v in _agreements(x).items() if v == label]
    return key


# -- G1: indefinite, hypothetical agreements are no entities ---------------------------------
HYPOTHETICAL = (
    "Norway, Sweden weigh power link\n\n"
    "OSLO, May 6 (Reuters) - Norway and Sweden resumed talks on Wednesday on a shared power market.\n\n"
    "\"We will not sign a power treaty that works only in winter,\" Norwegian Energy Minister Lars Dahl said.\n\n"
    "Swedish officials said they would not sign a trade deal with a fisheries chapter full of blank pages, and "
    "hoped to replace the old arrangement with a full energy trade agreement.")


def test_negated_and_hypothetical_indefinite_agreements_are_no_entities(run):
    x = run(HYPOTHETICAL, date=DATE)
    assert _agreements(x) == {}
    assert not [r for r in x.relations if r.predicate in {"partyTo", "negotiates"}]


def test_refusing_to_sign_an_indefinite_text_makes_no_agreement(run):
    x = run("Chile, Peru end fishing round\n\n"
            "LIMA, May 6 (Reuters) - Chile and Peru ended a round of fishing talks on Wednesday.\n\n"
            "Peru refused to sign an anchovy quota agreement that ignored its northern fleet, a ministry "
            "spokeswoman said.", date=DATE)
    assert not any("anchovy" in v for v in _agreements(x).values())


def test_a_new_agreement_under_negotiation_stays(run):
    """'talks on a new X protocol' is the report's own text under negotiation (not G1)."""
    x = run("Chile, Peru open gas talks\n\n"
            "LIMA, May 6 (Reuters) - Chile and Peru began negotiations on Wednesday over a new gas supply "
            "protocol that would let northern producers sell across the border.", date=DATE)
    assert "gas supply protocol" in _agreements(x).values()


# -- G2 + G3: a described agreement later named; dated texts with a topic -----------------------
CABLE = (
    "Finland, Estonia edge closer to cable deal\n\n"
    "HELSINKI, May 6 (Reuters) - Finland and Estonia have been negotiating since March an agreement on a "
    "400-megawatt cable between Porvoo and Kunda, officials said on Wednesday.\n\n"
    "The Porvoo-Kunda interconnector agreement would be the third such link across the Gulf of Finland.\n\n"
    "Forwarders in Tallinn complain that the 1996 agreement on international road transport promised faster "
    "checks than drivers get.\n\n"
    "A 2009 protocol on veterinary checks was never applied, they said.")


def test_described_agreement_is_the_later_named_one_and_negotiated(run):
    x = run(CABLE, date=DATE)
    labels = _agreements(x)
    assert "Porvoo-Kunda interconnector agreement" in labels.values()
    assert not any(v.startswith("agreement on a 400-megawatt") for v in labels.values())
    assert "Porvoo-Kunda interconnector" not in {e.label for e in x.entities.values()}
    deal = _key(x, "Porvoo-Kunda interconnector agreement")
    rels = relation_set(x)
    assert ("finland", "negotiates", deal) in rels and ("estonia", "negotiates", deal) in rels
    assert ("finland", "partyTo", deal) not in rels


def test_dated_lowercase_agreement_with_topic_is_its_own(run):
    x = run(CABLE, date=DATE)
    # round 21 (G2): the year dates the text, it is no part of the label (the dated form is an alias)
    road = _key(x, "agreement on international road transport")
    vet = _key(x, "protocol on veterinary checks")
    assert "1996 agreement on international road transport" in x.entities[road].aliases
    rels = relation_set(x)
    assert (road, "dateSigned", "1996") in rels and (vet, "dateSigned", "2009") in rels
    assert ("finland", "partyTo", road) in rels and ("estonia", "partyTo", road) in rels
    deal = _key(x, "Porvoo-Kunda interconnector agreement")
    assert not [r for r in x.relations if r.subject == deal and r.predicate == "dateSigned"]


# -- G4: short names of long titles, acronyms of part of a title ------------------------------
HEART = (
    "Namibia, Angola near hospital deal\n\n"
    "WINDHOEK, May 6 (Reuters) - Namibia and Angola are finalising the Agreement on Cardiac Surgery Services "
    "at the North West Heart Unit, officials said on Wednesday.\n\n"
    "Doctors in Oshakati say the North West Cardiac Agreement would cut waiting lists.\n\n"
    "The two countries also hope to sign the Agreement on the Establishment of the Katwitwi One-Stop Border "
    "Post. Hauliers want the KOSBP agreement done by June.")


def test_short_name_is_an_alias_of_the_long_title(run):
    x = run(HEART, date=DATE)
    title = "Agreement on Cardiac Surgery Services at the North West Heart Unit"
    key = _key(x, title)
    assert "North West Cardiac Agreement" in x.entities[key].aliases
    assert "North West Cardiac Agreement" not in _agreements(x).values()


def test_acronym_of_a_hyphenated_part_of_the_title_is_an_alias(run):
    x = run(HEART, date=DATE)
    key = _key(x, "Agreement on the Establishment of the Katwitwi One-Stop Border Post")
    assert "KOSBP agreement" in x.entities[key].aliases
    assert len(_agreements(x)) == 2


def test_short_name_of_another_kind_stays_apart(run):
    """'the Kivu Lake Protocol' beside 'the Treaty on Navigation on Kivu Lake': another kind of text."""
    x = run("Rwanda, Congo review lake rules\n\n"
            "KIGALI, May 6 (Reuters) - Rwanda and Congo reviewed the Treaty on Navigation and Fishing on Kivu "
            "Lake on Wednesday. The Kivu Lake Protocol on fishing quotas was discussed separately.", date=DATE)
    assert len(_agreements(x)) == 2


# -- G5: "usually shortened to", "referred to as", "dubbed", "simply call it" ------------------
def test_shortened_dubbed_and_called_names_are_aliases(run):
    x = run("Peru, Ecuador sign river text\n\n"
            "LIMA, May 6 (Reuters) - Peru and Ecuador signed the Agreement on Navigation and Commerce on the "
            "Putumayo River on Wednesday, usually shortened to the Putumayo Accord.\n\n"
            "Officials in Quito simply call it the River Pact. The text was first dubbed the Amazon Deal by "
            "local papers.", date=DATE)
    labels = _agreements(x)
    assert len(labels) == 1, labels
    (key,) = labels
    assert {"Putumayo Accord", "River Pact", "Amazon Deal"} <= x.entities[key].aliases


def test_referred_to_as_goes_to_the_agreement_just_named(run):
    x = run("Peru, Ecuador discuss fisheries\n\n"
            "LIMA, May 6 (Reuters) - Peru and Ecuador signed the Agreement on Navigation on the Napo on Monday.\n\n"
            "On Wednesday they discussed the Framework Protocol on Shared Fisheries, often referred to as the "
            "Napo Fisheries Protocol in Lima.", date=DATE)
    key = _key(x, "Framework Protocol on Shared Fisheries")
    assert "Napo Fisheries Protocol" in x.entities[key].aliases
    other = _key(x, "Agreement on Navigation on the Napo")
    assert "Napo Fisheries Protocol" not in x.entities[other].aliases


# -- G6: numbered instruments of regional bodies -----------------------------------------------
INSTRUMENTS = (
    "Colombia, Ecuador revive gas link\n\n"
    "QUITO, May 6 (Reuters) - Colombia and Ecuador agreed on Wednesday to revive a gas link under the Andean "
    "Community's Decision 536 on electricity interconnection.\n\n"
    "Truckers also invoked ECOWAS Protocol A/P2/7/85 and Directive 2012/27 in their complaint.\n\n"
    "The two sides are also working on a broader text, the Binational Agreement on Border Energy, which "
    "negotiators have been drafting since June.")


def test_numbered_instruments_are_agreements(run):
    x = run(INSTRUMENTS, date=DATE)
    types = {e.label: e.type for e in x.entities.values()}
    assert types.get("Decision 536") == "Agreement"
    assert types.get("ECOWAS Protocol A/P2/7/85") == "Agreement"
    assert types.get("Directive 2012/27") == "Agreement"
    assert "ECOWAS Protocol" not in types
    # a body's numbered directive is not the two sides' own text
    directive = next(k for k, e in x.entities.items() if e.label == "Directive 2012/27")
    assert not [r for r in x.relations if r.object == directive and r.predicate == "partyTo"]


# -- G7: drafting is negotiating ------------------------------------------------------------------
def test_text_being_drafted_is_negotiated_not_signed(run):
    x = run(INSTRUMENTS, date=DATE)
    deal = _key(x, "Binational Agreement on Border Energy")
    rels = relation_set(x)
    assert ("colombia", "negotiates", deal) in rels and ("ecuador", "negotiates", deal) in rels
    assert ("colombia", "partyTo", deal) not in rels


# -- G8: the two operators as parties ------------------------------------------------------------
@pytest.mark.parametrize(("first", "second"), [("Elenergo", "PSE"), ("Latvenergo", "Elering"), ("Litgrid", "PSE")])
def test_the_two_operators_are_the_parties(run, first, second):
    """The two operators of the sentence before are the parties (a name the entity step
    missed or took for a place is an organisation: the text calls it an operator)."""
    x = run("Lithuania, Poland plan second power line\n\n"
            "VILNIUS, May 6 (Reuters) - Lithuania and Poland want a second power line by 2030, officials said on "
            "Wednesday.\n\n"
            f"{first} and {second} are finishing a line across the border. The two grid operators exchange power "
            "under the 2016 interconnection memorandum, which expires next year.", date=DATE)
    (memo,) = [k for k, e in x.entities.items() if e.type == "Agreement"]
    rels = relation_set(x)
    a, b = first.lower(), second.lower()
    assert (a, "partyTo", memo) in rels and (b, "partyTo", memo) in rels
    assert x.entities[a].type == "Organization" and x.entities[b].type == "Organization"
    assert ("lithuania", "partyTo", memo) not in rels
    assert (memo, "dateSigned", "2016") in rels
