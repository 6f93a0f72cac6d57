"""Round-19 rules for agreements (G1-G5), each on invented wire-style articles
(names made up, countries other than those of the round's examples)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


def _key(x, label: str) -> str:
    (key,) = [k for k, v in _agreements(x).items() if v == label]
    return key


def _signed(x, key: str) -> set[str]:
    return {r.literal for r in x.relations if r.subject == key and r.predicate == "dateSigned"}


# -- G1: a naming back-reference is an alias, not a new agreement -------------------------------
NAMING = (
    "Latvia, Lithuania sign transit texts\n\n"
    "RIGA, May 6 (Reuters) - Latvia and Lithuania signed the Agreement on Rail Freight Transit on Monday in "
    "Jelgava. Officials in Vilnius call it simply the freight deal.\n\n"
    "The two governments also adopted the Protocol on Joint River Patrols, which officials on both sides "
    "already call \"the river memo\". Diplomats refer to it as the Daugava agreement.\n\n"
    "A separate Pact on Customs Staff was signed in Riga. Customs officers in both capitals call that pact "
    "the Bauska memorandum.")


def test_called_names_are_aliases_of_the_agreement_before(run):
    x = run(NAMING, date=DATE)
    labels = set(_agreements(x).values())
    assert not {"Daugava agreement", "Bauska memorandum", "river memo", "freight deal"} & labels
    patrols = x.entities[_key(x, "Protocol on Joint River Patrols")]
    assert {"river memo", "Daugava agreement"} <= patrols.aliases
    customs = x.entities[_key(x, "Pact on Customs Staff")]
    assert "Bauska memorandum" in customs.aliases
    assert "freight deal" in x.entities[_key(x, "Agreement on Rail Freight Transit")].aliases


def test_a_quoted_name_after_which_call_is_no_statement(run):
    x = run(NAMING, date=DATE)
    assert not [s for s in x.statements if "river memo" in s.quote]


def test_a_naming_verb_without_an_agreement_before_makes_no_alias(run):
    """'call it the X agreement' with no agreement named before: nothing to alias (the name
    stays whatever the rest of the pipeline makes of it, and no other entity takes it)."""
    x = run("Latvia, Lithuania hold talks\n\n"
            "RIGA, May 6 (Reuters) - Latvian and Lithuanian ministers met on Wednesday in Jelgava. "
            "Some diplomats already call it the Jelgava summit.", date=DATE)
    assert not any("Jelgava summit" in e.aliases for e in x.entities.values())


def test_a_quoted_opinion_after_call_the_deal_stays_a_statement(run):
    x = run("Latvia, Lithuania sign rail text\n\n"
            "RIGA, May 6 (Reuters) - Latvia and Lithuania signed the Agreement on Rail Freight Transit on Monday. "
            "Opposition leader Ilze Berzina called the deal \"a gift to the hauliers\".", date=DATE)
    aliases = x.entities[_key(x, "Agreement on Rail Freight Transit")].aliases
    assert not any("gift" in a for a in aliases)
    assert [s for s in x.statements if "gift to the hauliers" in s.quote]


# -- G2: a dated lower-case agreement of its own -------------------------------------------
DATED = (
    "Bolivia, Paraguay sign tax convention\n\n"
    "ASUNCION, May 6 (Reuters) - Bolivia and Paraguay signed the Double Taxation Convention on Monday in "
    "Asuncion. It replaces the 2004 income agreement, which businesses said had become outdated.\n\n"
    "The two neighbours clashed on the border in 2017; weeks later the two governments signed the 2018 "
    "protocol, a ceasefire that has held since.")


def test_an_old_dated_description_replaced_is_an_agreement_of_its_own(run):
    x = run(DATED, date=DATE)
    labels = set(_agreements(x).values())
    assert "2004 income agreement" in labels
    old = _key(x, "2004 income agreement")
    assert _signed(x, old) == {"2004"}
    conv = _key(x, "Double Taxation Convention")
    assert "2004" not in {y[:4] for y in _signed(x, conv)}
    assert not any("2004" in a for a in x.entities[conv].aliases)


def test_a_dated_protocol_signed_by_the_governments_binds_the_two_states(run):
    x = run(DATED, date=DATE)
    protocol = _key(x, "2018 protocol")
    assert _signed(x, protocol) == {"2018"}
    rels = relation_set(x)
    assert {("bolivia", "partyTo", protocol), ("paraguay", "partyTo", protocol)} <= rels


def test_a_dated_description_sharing_the_title_topic_still_joins_it(run):
    """'the Income Tax Convention ... the 2004 tax convention' where the text dates the title
    to 2004: one agreement (the old-dated rule needs a topic no named agreement shares)."""
    x = run("Bolivia, Paraguay review tax text\n\n"
            "ASUNCION, May 6 (Reuters) - Bolivia and Paraguay began a review on Wednesday of the Income Tax "
            "Convention, signed in Sucre in 2004. Business groups say the 2004 tax convention is outdated.",
            date=DATE)
    assert list(_agreements(x).values()) == ["Income Tax Convention"]


# -- G3: an indefinite agreement signed in a past year is real ----------------------------
def test_an_indefinite_agreement_signed_years_ago_is_its_own_agreement(run):
    x = run("Bolivia, Paraguay sign border protocol\n\n"
            "ASUNCION, May 6 (Reuters) - Bolivia and Paraguay signed the Chaco Border Protocol on Monday.\n\n"
            "The protocol builds on a defence cooperation agreement signed in 2011.", date=DATE)
    labels = set(_agreements(x).values())
    assert "defence cooperation agreement" in labels
    defence = _key(x, "defence cooperation agreement")
    assert _signed(x, defence) == {"2011"}
    border = _key(x, "Chaco Border Protocol")
    assert "2011" not in {y[:4] for y in _signed(x, border)}


# -- G4: the date of a relative clause goes to the agreement it hangs on ----------------------
def test_a_relative_clause_dates_the_agreement_it_hangs_on(run):
    x = run("Bolivia, Paraguay finish port protocol\n\n"
            "ASUNCION, May 6 (Reuters) - Negotiators from Bolivia and Paraguay have finished the text of the "
            "River Ports Protocol, officials said.\n\n"
            "The protocol will sit alongside the 2020 memorandum on border security, which their governments "
            "signed in Sucre in June 2020.", date=DATE)
    memo = _key(x, "memorandum on border security")  # round 21 (G2): the year is no part of the label
    assert "2020 memorandum on border security" in x.entities[memo].aliases
    assert _signed(x, memo) == {"2020-06"}
    assert not _signed(x, _key(x, "River Ports Protocol"))


def test_signed_an_accord_on_a_weekday_dates_the_main_agreement(run):
    x = run("Bolivia, Paraguay sign bridge accord\n\n"
            "ASUNCION, May 6 (Reuters) - Bolivia and Paraguay signed an accord on Monday to build a second "
            "bridge over the Pilcomayo, officials said.\n\n"
            "The Agreement on the Pilcomayo Bridge was signed by the two transport ministers.", date=DATE)
    bridge = _key(x, "Agreement on the Pilcomayo Bridge")
    assert _signed(x, bridge) == {"2026-05-04"}


# -- G5: "the <year> treaty" set beside the one named treaty of that kind ---------------------
def test_a_year_treaty_answered_by_the_named_treaty_is_that_treaty(run):
    x = run("Bolivia, Paraguay agree river text\n\n"
            "ASUNCION, May 6 (Reuters) - Bolivia and Paraguay signed a river navigation protocol on Tuesday.\n\n"
            "Does it replace the 1979 treaty? No. The Pilcomayo Treaty stays in force, officials said. The "
            "treaty was signed by Argentina and Paraguay in 1979.", date=DATE)
    treaty = _key(x, "Pilcomayo Treaty")
    assert "1979 treaty" in x.entities[treaty].aliases
    assert _signed(x, treaty) == {"1979"}
    protocol = _key(x, "river navigation protocol")
    assert "1979" not in {y[:4] for y in _signed(x, protocol)}
    assert ("argentina", "partyTo", treaty) in relation_set(x)


def test_a_year_treaty_apposed_to_the_named_treaty(run):
    x = run("Bolivia, Paraguay agree river text\n\n"
            "ASUNCION, May 6 (Reuters) - Bolivia and Paraguay signed a river navigation protocol on Tuesday. "
            "It leaves untouched the 1979 treaty, the Pilcomayo Treaty, officials said.", date=DATE)
    treaty = _key(x, "Pilcomayo Treaty")
    assert "1979 treaty" in x.entities[treaty].aliases
    assert "1979 treaty" not in x.entities[_key(x, "river navigation protocol")].aliases
