"""Round-15 rules for statements (classes C1-C5), each shown on invented
sentences (Estonia-Finland, Latvia-Lithuania and other pairs; no name or
sentence taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import statement_by_quote

_EE_FI = (
    "Estonia and Finland agree on ferry link\n\n"
    "TALLINN, May 6 — Estonia and Finland agreed on Tuesday to run a joint ferry link across the gulf.\n\n"
    "Estonia's Transport Minister, Kuldar Leis, and his Finnish counterpart, Transport Minister Lulu Ranne, "
    "met in Tallinn.\n\n"
    "{body}\n"
)


def _speakers(x, words: str) -> set[str]:
    return {s.speaker for s in x.statements if words in s.quote}


# -- C5: reported speech forms ---------------------------------------------------------
def test_according_to_a_surname_first_reports_the_clause(run):
    x = run(_EE_FI.format(body="According to Ranne, the two sides have agreed on the timetable for the "
                               "first year of sailings."))
    s = statement_by_quote(x, "agreed on the timetable")
    assert s.speaker == "lulu-ranne" and s.kind == "reported"
    assert "According" not in s.quote


def test_opened_by_saying_that_is_the_subjects(run):
    x = run(_EE_FI.format(body="Mr Leis opened by saying that safety would decide the pace of the work."))
    s = statement_by_quote(x, "safety would decide the pace")
    assert s.speaker == "kuldar-leis" and s.kind == "reported"


def test_a_delegate_says_without_that(run):
    x = run(_EE_FI.format(body="An Estonian delegate says Tallinn wants the terminal on its side of the bay."))
    s = statement_by_quote(x, "wants the terminal on its side")
    assert x.entities[s.speaker].unnamed and "delegate" in x.entities[s.speaker].label.lower()
    assert s.kind == "reported"


def test_said_on_a_day_then_a_clause_without_that(run):
    x = run(_EE_FI.format(body="The Finnish Customs Service (FCS) said on Tuesday it was ready to share its "
                               "data with Estonia."))
    s = statement_by_quote(x, "ready to share its data")
    assert s.speaker == "finnish-customs-service" and not s.quote.startswith("on Tuesday")


def test_a_vice_chairman_told_a_named_newspaper(run):
    x = run(_EE_FI.format(body="The Estonian Dairy Association backs the link. Its vice-chairman, Jaan Tamm, "
                               "told the newspaper Postimees this month that the draft was \"a step, not a "
                               "rescue\"."))
    s = statement_by_quote(x, "a step, not a rescue")
    assert s.speaker == "jaan-tamm" and s.addressee == "postimees"


def test_a_spokesperson_for_a_countrys_ministry_is_an_unnamed_person(run):
    x = run(_EE_FI.format(body="A spokesperson for Estonia's Ministry of Foreign Affairs told a regular news "
                               "briefing on Thursday that the talks had been \"frank\"."))
    s = statement_by_quote(x, "frank")
    entity = x.entities[s.speaker]
    assert entity.unnamed and entity.type == "Person" and "spokesperson" in entity.label


def test_each_of_two_companies_complained(run):
    x = run(_EE_FI.format(body="Eesti Energia, the state utility, and the Finnish Power Company, which runs the "
                               "northern grid, have each complained that the other side is drawing more power "
                               "than agreed."))
    assert _speakers(x, "drawing more power") == {"eesti-energia", "finnish-power-company"}


# -- C1: plural speakers are the named office holders ----------------------------------
def test_which_the_ministers_said_reports_the_antecedent(run):
    x = run(_EE_FI.format(body="The port fees, which the two ministers said would now be published to shippers "
                               "in advance, will fall next year."))
    assert _speakers(x, "published to shippers") == {"kuldar-leis", "lulu-ranne"}
    s = statement_by_quote(x, "published to shippers")
    assert "which" not in s.quote.split() and "said" not in s.quote.split()
    assert s.quote.lower().startswith("the port fees would")


def test_their_ministers_said_in_the_lead(run):
    x = run("Latvia and Lithuania agree on rail tolls\n\nRIGA, May 6 — Latvia and Lithuania agreed on Tuesday to "
            "share rail tolls, their transport ministers said at a joint press conference.\n\n"
            "Latvia's Minister of Transport, Anna Ozola, and Lithuanian Transport Minister Rokas Petraitis "
            "signed the memorandum. Latvian Prime Minister Evika Silina attended.\n")
    assert _speakers(x, "share rail tolls") == {"anna-ozola", "rokas-petraitis"}
    assert "transport-ministers" not in x.entities


# -- C2: "her <demonym> counterpart" and pull quotes -----------------------------------
def test_the_demonym_counterpart_is_that_sides_holder(run):
    x = run(_EE_FI.format(body="Ranne was cautious. Her Estonian counterpart said the protocol would be signed "
                               "in June."))
    s = statement_by_quote(x, "protocol would be signed in June")
    assert s.speaker == "kuldar-leis"
    assert "estonian-counterpart" not in x.entities


def test_a_pull_quote_is_no_second_statement(run):
    x = run(_EE_FI.format(body="\"The gulf is a road, not a wall. We will run boats every hour,\" Leis told "
                               "reporters.\n\n"
                               "Ranne said Finland would pay for the new terminal in Helsinki.\n\n"
                               "\"The gulf is a road, not a wall.\"\n\n"
                               "The first ferry is due to sail in June."))
    hits = [s for s in x.statements if "road, not a wall" in s.quote]
    assert len(hits) == 1 and hits[0].speaker == "kuldar-leis"


# -- C3: communiques as speakers --------------------------------------------------------
def test_a_joint_communique_speaks_for_itself(run):
    x = run(_EE_FI.format(body="A joint communique released afterwards said the draft would be \"finalised by "
                               "May\"."))
    hits = [s for s in x.statements if "finalised by May" in s.quote]
    assert len(hits) == 1
    label = x.entities[hits[0].speaker].label.lower()
    assert x.entities[hits[0].speaker].unnamed and "communique" in label
    assert hits[0].speaker not in {"kuldar-leis", "lulu-ranne"}


def test_excerpts_from_a_joint_communique_are_its_statements(run):
    x = run(_EE_FI.format(body="The following are excerpts from the joint communique issued on Monday by the two "
                               "ministers:\n\n"
                               "\"The two sides agreed to open the line to freight traffic in 2027.\"\n\n"
                               "\"Both governments will share the cost of the new terminal.\"\n\n"
                               "Leis left for Helsinki in the evening."))
    for words in ("open the line to freight", "share the cost of the new terminal"):
        s = statement_by_quote(x, words)
        assert s.kind == "direct" and "communique" in x.entities[s.speaker].label.lower()


# -- C4: transcripts and live-blog labels -----------------------------------------------
_LIVE = (
    "Latvia and Lithuania talks: live\n\n"
    "RIGA, May 6 — Latvia's Transport Minister, Anna Ozola, and Lithuanian Transport Minister Rokas Petraitis "
    "meet in Riga today.\n\n"
    "09:15 — Opening session. Ozola: \"We are here to finish the job.\"\n\n"
    "18:10 — Petraitis, leaving the hotel: \"It was a long day but a good one.\"\n\n"
    "18:25 — Ozola, in a post on X: \"The text is agreed. Thank you, Vilnius.\"\n"
)


@pytest.mark.parametrize(("words", "speaker"), [
    ("here to finish the job", "anna-ozola"),
    ("a long day but a good one", "rokas-petraitis"),
    ("The text is agreed", "anna-ozola"),
])
def test_live_blog_labels_name_the_speaker(run, words, speaker):
    s = statement_by_quote(run(_LIVE), words)
    assert s.speaker == speaker and s.kind == "direct"


def test_a_live_blog_post_on_x_is_the_medium(run):
    s = statement_by_quote(run(_LIVE), "The text is agreed")
    assert s.medium == "post on X"  # as written; "in a tweet" stays "tweet"


def test_surname_answers_after_unlabelled_questions(run):
    x = run("RIGA, May 6 — Latvia's Transport Minister, Anna Berzina, and Lithuanian Transport Minister Rokas "
            "Petraitis gave a joint news conference in Riga.\n\n"
            "Q: Is the text finished?\n\n"
            "Berzina: Almost. We have two articles left.\n\n"
            "Q: When will it be signed?\n\n"
            "Petraitis: In June, if the lawyers agree.\n")
    assert statement_by_quote(x, "two articles left").speaker == "anna-berzina"
    assert statement_by_quote(x, "if the lawyers agree").speaker == "rokas-petraitis"


def test_a_pull_quote_after_another_speaker_is_no_statement(run):
    x = run(_EE_FI.format(body="\"The gulf is a road, not a wall. We will run boats every hour,\" Leis told "
                               "reporters.\n\n"
                               "\"Finland will pay for the new terminal in Helsinki,\" Ranne said.\n\n"
                               "\"The gulf is a road, not a wall.\"\n\n"
                               "The first ferry is due to sail in June."))
    hits = [s for s in x.statements if "road, not a wall" in s.quote]
    assert len(hits) == 1 and hits[0].speaker == "kuldar-leis"


def test_an_answer_label_with_the_side_in_brackets(run):
    x = run("RIGA, May 6 — Latvia's Economy Minister Anna Berzina Ozola and Lithuanian Economy Minister Rokas "
            "Petraitis gave a joint news conference in Riga.\n\n"
            "Q: When will it be signed?\n\n"
            "Petraitis (Lithuania): In June, if the lawyers agree.\n")
    assert statement_by_quote(x, "if the lawyers agree").speaker == "rokas-petraitis"
    assert not [k for k, e in x.entities.items() if "(" in e.label]


def test_quoted_by_an_outlet_as_saying(run):
    x = run(_EE_FI.format(body="Ranne was quoted by Yle as saying the ferry would sail from June."))
    s = statement_by_quote(x, "ferry would sail from June")
    assert s.speaker == "lulu-ranne" and s.kind == "reported"


def test_the_ministers_are_the_pair_named_before(run):
    x = run(_EE_FI.format(body="The port fees, which the ministers said would now be published to shippers in "
                               "advance, will fall.\n\n"
                               "Estonia's Energy Minister, Andres Sutt, and Finland's Energy Minister, Sari "
                               "Multala, meet next week."))
    assert _speakers(x, "published to shippers") == {"kuldar-leis", "lulu-ranne"}


def test_the_plural_office_alone_is_a_pair_of_holders(run):
    x = run(_EE_FI.format(body="The transport ministers said the cable would be repaired by the autumn."))
    assert _speakers(x, "cable would be repaired") == {"kuldar-leis", "lulu-ranne"}


@pytest.mark.parametrize(("sentence", "label"), [
    ("A communique released afterwards said the crews would be mixed.", "communique"),
    ("The communique, issued by both foreign ministries, said the crews would be mixed.", "communique"),
    ("The joint declaration signed by Leis and Ranne says the crews would be mixed.", "declaration"),
])
def test_a_communique_without_a_named_author_speaks_itself(run, sentence, label):
    x = run(_EE_FI.format(body=sentence))
    s = statement_by_quote(x, "crews would be mixed")
    assert x.entities[s.speaker].unnamed and label in x.entities[s.speaker].label


def test_a_quote_of_two_named_speakers_is_each_ones(run):
    x = run(_EE_FI.format(body="\"We have waited long enough,\" Leis and Ranne said in a joint statement."))
    assert _speakers(x, "waited long enough") == {"kuldar-leis", "lulu-ranne"}


def test_a_mayor_named_in_apposition_reports(run):
    x = run(_EE_FI.format(body="Tartu's mayor, Urmas Klaas, said his city's hospital could take patients from "
                               "January."))
    s = statement_by_quote(x, "hospital could take patients")
    assert s.speaker == "urmas-klaas" and s.kind == "reported"


@pytest.mark.parametrize("sentence", [
    "Leis pointed out that the crews would be mixed.",
    "Leis made clear that the crews would be mixed.",
    "Leis made it clear that the crews would be mixed.",
])
def test_phrases_that_report_like_said(run, sentence):
    s = statement_by_quote(run(_EE_FI.format(body=sentence)), "crews would be mixed")
    assert s.speaker == "kuldar-leis" and s.kind == "reported"


def test_pointing_out_a_thing_reports_nothing(run):
    x = run(_EE_FI.format(body="The engineers pointed out the cracks in the old pier."))
    assert not [s for s in x.statements if "cracks" in s.quote]


def test_who_said_in_a_relative_clause_is_the_antecedents(run):
    x = run(_EE_FI.format(body="Ranne, who said last week that the fares would stay low, left for Helsinki "
                               "on Wednesday."))
    s = statement_by_quote(x, "fares would stay low")
    assert s.speaker == "lulu-ranne"


def test_a_live_blog_label_right_after_the_time(run):
    x = run(_LIVE.replace("18:10 — Petraitis", "18:10 Petraitis"))
    assert statement_by_quote(x, "a long day but a good one").speaker == "rokas-petraitis"


def test_on_x_is_a_post_and_on_twitter_a_tweet(run):
    x = run('Latvian Energy Minister Anna Ozola wrote on X: "The grid deal is done." '
            'Lithuanian Energy Minister Rokas Petraitis said on Twitter: "We are ready."')
    assert statement_by_quote(x, "grid deal").medium == "post on X"
    assert statement_by_quote(x, "We are ready").medium == "tweet"
