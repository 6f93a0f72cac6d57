"""Statements: direct quote forms, reported speech, addressee, medium, dates."""

from __future__ import annotations

import pytest

from kg.extract.quote_spans import find_quotes
from tests.extract.conftest import statement_by_quote


def test_quote_marks_curly_and_straight_pair_up():
    text = 'He said “one two” and then "three four".'
    spans = [text[s:e] for s, e in find_quotes(text)]
    assert spans == ["one two", "three four"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not sign a bad deal,” said Maria Lopez.",
        "\"We will not sign a bad deal,\" said Maria Lopez.",
        "Maria Lopez said: “We will not sign a bad deal.”",
        "“We will not sign a bad deal,” Maria Lopez told reporters.",
    ],
)
def test_direct_quote_forms_get_the_named_speaker(run, text):
    x = run(text)
    st = statement_by_quote(x, "We will not sign a bad deal")
    assert st.kind == "direct"
    assert st.speaker == "maria-lopez"
    assert st.quote == "We will not sign a bad deal"


def test_quote_spans_index_the_text(run):
    text = "“We will not sign a bad deal,” said Maria Lopez."
    x = run(text)
    st = x.statements[0]
    assert text[st.quote_span.start:st.quote_span.end] == st.quote_span.text == st.quote
    assert text[st.evidence.start:st.evidence.end] == st.evidence.text


def test_told_reporters_makes_an_unnamed_addressee(run):
    x = run("“The border must stay open,” Maria Lopez told reporters last month.", date="2023-03")
    st = x.statements[0]
    assert st.addressee == "reporters"
    assert x.entities["reporters"].unnamed and x.entities["reporters"].type == "Person"
    assert st.stated_on == "2023-02"


def test_told_a_media_outlet_addresses_that_outlet(run):
    x = run("A Canadian official told CNN it is unlikely the dispute will damage the relationship.")
    st = x.statements[0]
    assert st.kind == "reported"
    assert x.entities[st.addressee].type == "MediaOrganization"
    speaker = x.entities[st.speaker]
    assert speaker.unnamed and speaker.label == "Canadian official"
    assert ("canadian-official", "represents", "canada") in {
        (r.subject, r.predicate, r.object) for r in x.relations
    }


def test_medium_in_a_tweet_and_short_quote_governed_by_verb(run):
    x = run("Sean Fraser recently discussed the plan with Ana Ruiz, calling it a “productive meeting” in a tweet.")
    st = statement_by_quote(x, "productive meeting")
    assert st.speaker == "sean-fraser"
    assert st.medium == "tweet"


def test_scare_quotes_are_not_statements(run):
    x = run("Critics call the crossing a “loophole” in the system, and the debate goes on.")
    assert all(s.quote != "loophole" for s in x.statements if s.kind == "direct") or all(
        x.entities[s.speaker].unnamed for s in x.statements
    )


def test_pronoun_speaker_resolves_to_last_person(run):
    x = run("Maria Lopez arrived in Ottawa on Monday. “We came to close the gaps,” she said.")
    assert statement_by_quote(x, "close the gaps").speaker == "maria-lopez"


def test_surname_attribution_in_next_sentence(run):
    text = ("Trade minister Maria Lopez spoke after the talks. “The tariffs must go before we sign "
            "anything at all.” Lopez added that the talks would resume.")
    x = run(text)
    assert statement_by_quote(x, "tariffs must go").speaker == "maria-lopez"


def test_split_quote_continues_with_same_speaker(run):
    text = "“We are close,” Maria Lopez said. “But the last mile is always the hardest one to walk.”"
    x = run(text)
    assert statement_by_quote(x, "last mile").speaker == "maria-lopez"


def test_reported_speech_with_that(run):
    x = run("Maria Lopez said that the negotiations would resume in June.")
    st = x.statements[0]
    assert st.kind == "reported"
    assert st.quote == "the negotiations would resume in June"


def test_reported_speech_by_local_officials_represents_the_place(run):
    x = run("The issue matters in Quebec, where local officials have said their system is strained.")
    st = statement_by_quote(x, "their system is strained")
    assert st.kind == "reported"
    assert x.entities[st.speaker].label == "local officials"
    assert ("local-officials", "represents", "quebec") in {
        (r.subject, r.predicate, r.object) for r in x.relations
    }


def test_about_lists_entities_named_in_the_quote(run):
    x = run("“We must renegotiate the Safe Third Country Agreement now,” said Maria Lopez.")
    st = x.statements[0]
    assert "safe-third-country-agreement" in st.about


def test_the_prime_minister_resolves_to_the_office_holder(run):
    text = ("Canadian Prime Minister Justin Trudeau met Joe Biden. "
            "“We have work to do on this file,” the prime minister said.")
    x = run(text)
    assert statement_by_quote(x, "work to do").speaker == "justin-trudeau"
