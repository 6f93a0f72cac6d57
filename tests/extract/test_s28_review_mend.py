"""Session 28 review mend: shared word lists and patterns, and an agreement status that
follows the mentions rules move (invented sentences)."""

from __future__ import annotations

import re

import pytest

from kg.extract import lexicon, nlp
from kg.extract.agreement_status import agreement_status
from kg.extract.gazetteer import load_gazetteer
from kg.extract.office_base import RANKS, RANKS_RE
from kg.extract.region_demonyms import region_name
from kg.extract.state import MentionRef, State
from tests.extract.conftest import make_document, relation_set

STATUS_TEXT = ("The two ministers are negotiating a Harbour Code this week. "
               "Officials said the Kessa Accord was signed in Tobruk in 2019.")


def _status_state() -> tuple[State, str]:
    state = State(document=make_document(STATUS_TEXT), doc=nlp.parse(STATUS_TEXT), gaz=load_gazetteer())
    key = state.add_entity("Harbour Code", "Agreement").key
    start = STATUS_TEXT.index("Harbour Code")
    state.add_mention(key, start, start + len("Harbour Code"))
    return state, key


def test_status_follows_a_mention_moved_without_forgetting():
    """A rule that moves a mention between two status questions gets the status of the new mentions."""
    state, key = _status_state()
    assert agreement_status(state, key) == "prospective"
    start = STATUS_TEXT.index("Kessa Accord")
    state.mentions[:] = [MentionRef(start, start + len("Kessa Accord"), key)]  # as the alias rules rewrite it
    assert agreement_status(state, key) == "existing"


def test_status_is_remembered_while_nothing_moves(monkeypatch):
    state, key = _status_state()
    assert agreement_status(state, key) == "prospective"
    from kg.extract import agreement_status as module

    monkeypatch.setattr(module, "_agreement_status", lambda *_: pytest.fail("read again though nothing moved"))
    assert agreement_status(state, key) == "prospective"


def test_region_name_of_a_demonym():
    assert region_name("Welsh") == "Wales"
    assert region_name("Alsatian") == "Alsatian"  # a demonym whose region has the adjective's stem
    assert region_name("Assam") == "Assam"  # a region's own name


def test_region_demonyms_list_each_adjective_once():
    table = lexicon.mapping("region_demonyms")
    assert "Welsh" in lexicon.words("region_demonyms") and table["Welsh"] == "Wales"
    assert table["Alsatian"] is None


def test_lexicon_tables_are_shared_and_read_only():
    media = lexicon.mapping("media")
    assert media is lexicon.mapping("media")
    with pytest.raises(TypeError):
        media["tweet"] = "post"  # type: ignore[index]


@pytest.mark.parametrize("run_of_ranks", ["Colonel ", "Lt.-", "Lt-", "Capt ", "Air Vice-Marshal ", "Rear Admiral ",
                                          "Brig. Gen. "])
def test_rank_runs(run_of_ranks):
    assert re.fullmatch(RANKS_RE + "{0,3}", run_of_ranks)


def test_rank_words_for_tokens():
    assert {"col", "col.", "lieutenant", "commodore"} <= RANKS
    assert "minister" not in RANKS and not re.fullmatch(RANKS_RE, "Minister ")


@pytest.mark.parametrize("noun", ["counterpart", "opposite number"])
def test_counterpart_with_an_honorific_takes_the_demonyms_country(run, noun):
    x = run(f"Peter Mwale met his Malawian {noun}, Dr Tiwonge Banda, in Lusaka on Monday.", date="2024-03-06")
    rels = relation_set(x)
    assert ("tiwonge-banda", "represents", "malawi") in rels, rels


def test_currency_after_a_demonym_is_no_name(run):
    x = run("Lesotho and Eswatini agreed to settle trade in Swazi emalangeni from March, the ministers said.")
    assert not any("emalangeni" in e.label.lower() for e in x.entities.values()), [e.label for e in x.entities.values()]


def test_word_lists_shared_by_the_agreement_rules():
    from kg.extract.agreement_status import PROSPECTIVE_WORDS

    assert lexicon.words("new_text_words") <= PROSPECTIVE_WORDS
    assert {"possible", "envisaged"} <= PROSPECTIVE_WORDS
