"""Session 30 (H4): an agreement no pattern tied to anyone, read from how the report speaks of it
(kg.extract.agreement_orphans). Invented sentences: made-up texts between real countries."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2025-03-03"
LEAD = "Portugal and Uruguay held talks in Lisbon on Tuesday on port fees and fishing. "


def _actors(x, predicate: str, word: str) -> set[str]:
    keys = {k for k, e in x.entities.items() if e.type == "Agreement" and word in e.label}
    return {s for s, p, o in relation_set(x) if p == predicate and o in keys}


def test_text_to_be_signed_later_is_negotiated_by_both_sides(run):
    x = run(LEAD + "Officials said the Agreement on Harbour Pilotage was \"in its final reading\" and "
            "would be signed before the end of the year.", DATE)
    assert _actors(x, "negotiates", "Pilotage") == {"portugal", "uruguay"}
    assert not _actors(x, "partyTo", "Pilotage")


def test_text_a_signature_away_is_negotiated(run):
    x = run(LEAD + "A senior official said the Pilotage Accord was \"only a signature away\".", DATE)
    assert _actors(x, "negotiates", "Pilotage") == {"portugal", "uruguay"}


def test_text_taking_effect_once_ready_is_negotiated(run):
    x = run(LEAD + "The shipping line said it would add a ferry once the Pilotage Protocol took effect.", DATE)
    assert _actors(x, "negotiates", "Pilotage") == {"portugal", "uruguay"}


def test_finishing_the_text_known_as_a_name_is_negotiating_it(run):
    x = run(LEAD + "Negotiators expect to finish the text, known in both capitals as the pilotage accord, "
            "by the end of December.", DATE)
    assert _actors(x, "negotiates", "pilotage") == {"portugal", "uruguay"}


def test_text_they_live_under_has_both_sides_as_parties(run):
    x = run(LEAD + "Both ports still publish monthly tonnage, as they did under the Harbour Dues "
            "Arrangement, officials said.", DATE)
    assert _actors(x, "partyTo", "Harbour Dues") == {"portugal", "uruguay"}
    assert not _actors(x, "negotiates", "Harbour Dues")


def test_text_taking_effect_on_a_day_has_both_sides_as_parties(run):
    x = run(LEAD + "The memorandum, which officials have been calling the Tagus Pilotage Memorandum, "
            "takes effect on August 1, the ministry said.", DATE)
    assert _actors(x, "partyTo", "Tagus Pilotage") == {"portugal", "uruguay"}


def test_past_clause_with_when_is_no_pending_text(run):
    # "when the X ended the dispute": a past event, no signing still to come
    x = run(LEAD + "Fees were low in 2012, when the Montevideo Pilotage Accord ended the dispute over "
            "the harbour.", DATE)
    assert not _actors(x, "negotiates", "Montevideo Pilotage")


def test_sentence_naming_a_third_country_says_nothing_of_the_two_sides(run):
    x = run(LEAD + "Ships still follow the rules set under the Harbour Dues Arrangement that Spain "
            "and France kept.", DATE)
    assert not _actors(x, "partyTo", "Harbour Dues") & {"portugal", "uruguay"}
