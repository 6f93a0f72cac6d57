"""Round-17 rules for statements (classes C1-C11), each shown on invented
sentences (no name or sentence taken from any gold article)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

_MO_SI = (
    "Moravia and Silesia talk about the river\n\n"
    "PRAGUE, May 6 — Moravia and Silesia resumed talks on the river treaty on Tuesday.\n\n"
    "{body}\n"
)


def _quotes_of(x, speaker: str) -> list[str]:
    return [s.quote for s in x.statements if s.speaker == speaker]


# -- C3: two reported clauses with one speech verb ------------------------------------------
def test_that_a_and_that_b_stays_one_statement(run):
    # kept as one: the blind gold reads 'that A, and that B' as one statement (see the report)
    x = run(_MO_SI.format(body="Jan Novak says that the draft is nearly ready, and that the locks will stay open."))
    assert _quotes_of(x, "jan-novak") == ["the draft is nearly ready, and that the locks will stay open"]


def test_said_a_but_warned_that_b(run):
    x = run(_MO_SI.format(body="Eva Horakova said the talks had gone well but warned that the fishing quotas "
                               "were still open."))
    assert sorted(_quotes_of(x, "eva-horakova")) == ["the fishing quotas were still open", "the talks had gone well"]


def test_said_that_a_and_added_that_b(run):
    x = run(_MO_SI.format(body="Petr Dvorak said that the ferry would run until June and added that a bridge "
                               "was planned."))
    assert sorted(_quotes_of(x, "petr-dvorak")) == ["a bridge was planned", "the ferry would run until June"]


# -- C6: a joint statement speaks for the two governments ------------------------------------
def test_according_to_a_joint_statement_names_both_styles(run):
    x = run(_MO_SI.format(body="According to a joint statement released after the talks, the two countries "
                               "will open a shared checkpoint in June."))
    s = statement_by_quote(x, "open a shared checkpoint in June")
    assert x.entities[s.speaker].label == "joint statement of the two governments"
    assert s.medium == "joint statement"


# -- C8: no nested statements, no negated ones ---------------------------------------------
def test_a_speech_verb_inside_a_reported_clause_is_no_second_statement(run):
    x = run(_MO_SI.format(body="A senior official said the Moravian side would insist that transit power be "
                               "scheduled a day in advance."))
    found = [s for s in x.statements if "scheduled a day in advance" in s.quote]
    assert len(found) == 1
    assert "official" in x.entities[found[0].speaker].label


def test_a_negated_speech_verb_says_nothing(run):
    x = run(_MO_SI.format(body="Minister Karel Zeman said the guarantees were firm. He did not say what those "
                               "guarantees were."))
    assert _quotes_of(x, "karel-zeman") == ["the guarantees were firm"]


# -- C1: Hansard-style turns 'Mr Surname: ...' -------------------------------------------
_DEBATE = (
    "Moravia debates the river treaty\n\n"
    "PRAGUE, May 6 — Lawmakers in Moravia debated the river treaty with Silesia on Tuesday.\n\n"
    "Transport Minister Lukas Brenner opened the debate by defending the text.\n\n"
    "{body}\n"
)


def test_an_honorific_turn_without_marks_is_the_person_s_words(run):
    x = run(_DEBATE.format(body="Mr Brenner: The treaty protects the river and the towns along it."))
    s = statement_by_quote(x, "The treaty protects the river")
    assert s.speaker == "lukas-brenner" and s.kind == "direct"


def test_an_honorific_turn_with_a_party_is_the_person_s_words(run):
    x = run(_DEBATE.format(body="Ms Hana Kolar (Green Alliance): \"Will the minister say when the locks will "
                                "reopen?\"\n\nMr Brenner: \"The locks will reopen in June.\""))
    assert statement_by_quote(x, "when the locks will reopen").speaker == "hana-kolar"
    assert statement_by_quote(x, "The locks will reopen in June").speaker == "lukas-brenner"


def test_a_note_line_is_still_no_turn(run):
    x = run(_DEBATE.format(body="Note: The debate will continue on Thursday in the upper chamber."))
    assert not [s for s in x.statements if "debate will continue" in s.quote]


# -- C2: a pronoun after a speaker whose gender nothing shows ------------------------------
def test_she_after_a_surname_only_speaker_is_that_speaker(run):
    x = run(_MO_SI.format(body="Maria Lopez, a trader from Brno, said the ferry was too slow. \"Some of us have "
                               "not crossed since 2019,\" Nyirabagenzi said. \"Our buyers are across the river.\" "
                               "She said the union would ask the ministry for a second ferry."))
    assert statement_by_quote(x, "Our buyers are across the river").speaker == "nyirabagenzi"
    assert statement_by_quote(x, "ask the ministry for a second ferry").speaker == "nyirabagenzi"


# -- C4: 'according to a statement the agency issued'; 'and according to X <clause>' --------
def test_according_to_a_statement_the_board_issued(run):
    x = run(_MO_SI.format(body="Moravia's Customs Board has trained 40 new officers for the border, according "
                               "to a statement the board issued on Monday."))
    s = statement_by_quote(x, "trained 40 new officers")
    assert x.entities[s.speaker].label == "Customs Board" and s.kind == "reported"


def test_and_according_to_x_reports_the_clause_after_it(run):
    x = run(_MO_SI.format(body="The ferries will keep running through the winter, and according to the River "
                               "Council the talks will resume in May."))
    s = statement_by_quote(x, "talks will resume in May")
    assert s.quote == "the talks will resume in May"
    assert x.entities[s.speaker].label == "River Council"
    assert not [st for st in x.statements if "ferries" in st.quote]


# -- C5: numbered points of a statement ------------------------------------------------------
_POINTS = (
    "{lead}\n\n"
    "1. The customs services will exchange data on all lorries every day.\n\n"
    "2. A joint checkpoint will open at the main crossing in June.\n\n"
    "The talks will resume in September."
)


def test_each_numbered_point_is_the_issuer_s_statement(run):
    x = run(_MO_SI.format(body=_POINTS.format(
        lead="The Moravian Ministry of Foreign Affairs issued a statement after the talks. According to the "
             "statement, the two sides agreed on the following points:")))
    first = statement_by_quote(x, "exchange data on all lorries")
    second = statement_by_quote(x, "joint checkpoint will open")
    assert first.speaker == second.speaker
    assert x.entities[first.speaker].label == "Moravian Ministry of Foreign Affairs"
    assert first.kind == "reported" and first.medium == "statement"
    assert not [s for s in x.statements if "September" in s.quote]


def test_points_of_a_joint_statement_are_the_two_governments(run):
    x = run(_MO_SI.format(body=_POINTS.format(
        lead="According to the joint statement, the two sides agreed on the following points:")))
    s = statement_by_quote(x, "joint checkpoint will open")
    assert x.entities[s.speaker].label == "joint statement of the two governments"


def test_a_numbered_list_without_a_text_is_nobody_s(run):
    x = run(_MO_SI.format(body=_POINTS.format(lead="The border has two problems:")))
    assert not [s for s in x.statements if "exchange data" in s.quote]


# -- C7: 'the company said' is the company named last ----------------------------------------
def test_the_company_said_is_the_company_named_before(run):
    x = run(_MO_SI.format(body="The new line will be built by Brnoenergo, a private firm based in Olomouc. "
                               "Its engineers surveyed the route last year.\n\nThe company said in a statement "
                               "that construction would start in June."))
    s = statement_by_quote(x, "construction would start in June")
    assert x.entities[s.speaker].label == "Brnoenergo"
    assert not [e for e in x.entities.values() if e.label == "company"]


# -- C9: a fronted clause with a long speaker phrase after it --------------------------------
def test_a_fronted_clause_before_a_long_speaker_phrase(run):
    x = run("Moravia and Silesia renew ferry deal\n\n"
            "BRNO, Nov 3 (Danube Wire) - Moravia and Silesia will renew the ferry deal, Moravia's Minister of "
            "State for Transport, Jana Vesela, said on Sunday, though she admitted that the price was still open.\n")
    s = statement_by_quote(x, "will renew the ferry deal")
    assert s.quote == "Moravia and Silesia will renew the ferry deal"
    assert s.speaker == "jana-vesela" and s.kind == "reported"
    assert statement_by_quote(x, "the price was still open").speaker == "jana-vesela"


def test_a_fronted_clause_before_the_two_governments_announced(run):
    x = run(_MO_SI.format(body="The crossing will reopen in March, the two governments announced on Wednesday."))
    s = statement_by_quote(x, "crossing will reopen in March")
    assert s.quote == "The crossing will reopen in March"
    assert "governments" in x.entities[s.speaker].label
    assert "announced" not in x.entities[s.speaker].label


# -- C11: 'urged X to ...'; plural unnamed people complaining ------------------------------
def test_urged_both_governments_to_is_a_statement(run):
    x = run(_MO_SI.format(body="Last Friday, the Moravian Chamber of Commerce urged both governments to add a "
                               "second lane at the crossing."))
    s = statement_by_quote(x, "second lane")
    assert s.quote == "to add a second lane at the crossing"
    assert x.entities[s.speaker].label == "Moravian Chamber of Commerce" and s.kind == "reported"


def test_urged_without_an_infinitive_is_nothing(run):
    x = run(_MO_SI.format(body="The Moravian Chamber of Commerce urged caution at the crossing on Monday."))
    assert not [s for s in x.statements if "caution" in s.quote]


def test_plural_people_who_complain_are_an_unnamed_speaker(run):
    x = run(_MO_SI.format(body="Hauliers in Brno complain that the 1995 agreement already promised a faster "
                               "crossing."))
    s = statement_by_quote(x, "already promised a faster crossing")
    speaker = x.entities[s.speaker]
    assert speaker.unnamed and speaker.label.lower().startswith("hauliers")


def test_plural_things_that_warn_are_no_speaker(run):
    x = run(_MO_SI.format(body="Rising waters warn that the old locks are failing."))
    assert not [s for s in x.statements if "locks are failing" in s.quote]


# -- C10: a social post embedded: one statement, its medium from the lead -------------------
_EMBED = (
    "Moravia and Silesia open border crossing\n\n"
    "BRNO, Nov 3 — Moravia and Silesia opened a new border crossing on Monday.\n\n"
    "Transport Minister Pavel Kral attended the opening with Jitka Kasparova, an economist at the Danube "
    "Institute. Kasparova welcomed the step in a post on X:\n\n"
    "\"Finally a crossing that works for traders on both sides of the river.\"\n\n"
    "— @JKasparova, Nov. 3, 2026\n\n"
    "{after}\n"
)


def test_an_embedded_post_is_the_poster_s_with_its_medium(run):
    x = run(_EMBED.format(after="The ministry did not comment."))
    s = statement_by_quote(x, "works for traders on both sides")
    assert s.speaker == "jitka-kasparova" and s.medium == "post on X"


def test_the_same_words_quoted_again_are_no_second_statement(run):
    x = run(_EMBED.format(after="Kral agreed. He repeated her words to reporters: \"Finally a crossing that "
                                "works for traders on both sides of the river.\""))
    found = [s for s in x.statements if "works for traders on both sides" in s.quote]
    assert len(found) == 1 and found[0].speaker == "jitka-kasparova"


def test_a_fronted_clause_before_a_spokesman_for_a_body_is_the_spokesman_s(run):
    x = run(_MO_SI.format(body="The border will stay closed at night, a spokesman for the Moravian Ministry of "
                               "Security said."))
    s = statement_by_quote(x, "stay closed at night")
    assert x.entities[s.speaker].unnamed and "spokesman" in x.entities[s.speaker].label
