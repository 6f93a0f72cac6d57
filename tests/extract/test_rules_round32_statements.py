"""Round 32, area C (statements): invented texts for the classes of round 32."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker_label(x, words: str) -> str:
    return x.entities[statement_by_quote(x, words).speaker].label


# -- C1: '<clause>, she said, and <clause>.': one statement of both clauses --------------------
def test_and_clause_after_the_speaker_phrase_is_the_speakers_too(run):
    x = run("Kenya and Tanzania to reopen crossing\n\n"
            "Nairobi, 5 May 2026 - Kenya and Tanzania agreed on Tuesday to reopen the Namanga crossing.\n\n"
            "Grace Achieng runs a shop at Namanga. Drivers on the A104 have waited up to 14 hours, she said, "
            "and shopkeepers depend on customers from across the river.\n\n"
            "The lanes would open in June, the minister said on Tuesday, and the fees would fall by half.\n")
    s = statement_by_quote(x, "have waited up to 14 hours")
    assert s.speaker == "grace-achieng" and "shopkeepers depend on customers" in s.quote
    assert "she said" not in s.quote
    t = statement_by_quote(x, "The lanes would open in June")
    assert "the fees would fall by half" in t.quote


# -- C4: 'X officials have long said that ...' is a statement of the unnamed group ------------
def test_have_long_said_of_unnamed_officials_is_a_statement(run):
    x = run("Turkey and Armenia hold talks\n\n"
            "Ankara, 4 May 2026 - Turkey and Armenia held talks on Monday.\n\n"
            "Turkish officials have long said that full normalisation depends on progress with Azerbaijan.\n")
    assert _speaker_label(x, "full normalisation depends on") == "Turkish officials"


def test_letters_page_letter_is_one_statement_of_its_signer(run):
    x = run("Letters to the editor\n\n"
            "Fees at the border hurt us all\n\n"
            "Sir, - The new transit fee agreed between Sudan and South Sudan will hurt traders on both sides. "
            "Mr Babiker told Sudan TV that the fee \"reflects the cost of war\", but the cost falls on ordinary "
            "people.\n\n"
            "Peter Lado Wani, Member, National Legislative Assembly, Juba\n\n"
            "A fair deal for Kenya\n\n"
            "Sir, - Kenya should welcome the agreement with Ethiopia. It opens a road that our farmers have "
            "waited for since independence.\n\n"
            "Dr Ama Mensah, Department of Economics, University of Nairobi\n")
    first = statement_by_quote(x, "will hurt traders on both sides")
    assert x.entities[first.speaker].label == "Peter Lado Wani"
    assert first.kind == "direct" and first.medium == "letter"
    assert "falls on ordinary people" in first.quote
    assert x.entities[first.addressee].label == "the editor"
    second = statement_by_quote(x, "Kenya should welcome the agreement")
    assert x.entities[second.speaker].label == "Ama Mensah" and "since independence" in second.quote
    assert any(x.entities[s.speaker].label == "Babiker" and s.quote == "reflects the cost of war"
               for s in x.statements)
    assert not [s for s in x.statements if "A fair deal for Kenya" in s.quote]
