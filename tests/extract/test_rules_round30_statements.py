"""Round 30, area C (statements): invented texts for the classes of round 30."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

# -- C1 / S1: press-conference turns labelled with surnames in capitals -------------------
_PRESS = (
    "Transcript: Austrian and Slovenian ministers on the Karawanken road tunnel\n\n"
    "Road Desk | Documents\n"
    "Villach, Carinthia - Tuesday 3 March 2026\n\n"
    "Austrian Minister of Transport Lena Huber and Slovenia's State Secretary for Infrastructure Marko Kranjc "
    "met for three hours at the tunnel portal on Tuesday to review the second tube. They then took questions "
    "from reporters.\n\n"
    "OPENING REMARKS\n\n"
    "HUBER: Good afternoon. Marko and I have agreed on two things. The second tube opens in June.\n\n"
    "The toll will be shared between our two companies.\n\n"
    "KRANJC: Thank you, Lena. We checked the slope again this week.\n\n"
    "QUESTIONS\n\n"
    "Q (Franz Gruber, Der Standard): Minister Kranjc, why should drivers believe the June date?\n\n"
    "KRANJC: I would not call it a promise. The mayor of Jesenice told me this morning that the slope has "
    "not moved. TunnelCo tells us the machines are on schedule.\n\n"
    "Q (Ana Novak, Delo): Minister Huber, who pays for the delay?\n\n"
    "HUBER: Nobody yet. We will see the bill first.\n\n"
    "[End of transcript]\n"
)


def test_opening_turns_in_capitals_are_the_persons_whole_turns(run):
    x = run(_PRESS)
    a = statement_by_quote(x, "Good afternoon")
    assert a.speaker == "lena-huber" and a.kind == "direct"
    assert "The toll will be shared" in a.quote and "OPENING" not in a.quote
    b = statement_by_quote(x, "Thank you, Lena")
    assert b.speaker == "marko-kranjc" and "QUESTIONS" not in b.quote
    assert a.medium == "press conference" and b.medium == "press conference"


def test_questions_are_no_statements_and_answers_go_to_reporters(run):
    x = run(_PRESS)
    assert not [s for s in x.statements if "who pays for the delay" in s.quote or "believe the June" in s.quote]
    c = statement_by_quote(x, "Nobody yet")
    assert c.speaker == "lena-huber" and c.medium == "press conference"
    assert c.addressee is not None and "reporters" in c.addressee
    assert "kranjc" not in {e.label.lower() for e in x.entities.values()}


def test_reported_speech_inside_a_turn_is_the_reported_persons_too(run):
    x = run(_PRESS)
    turn = statement_by_quote(x, "I would not call it a promise")
    assert turn.speaker == "marko-kranjc" and "slope has not moved" in turn.quote
    mayor = [s for s in x.statements if s.kind == "reported" and "slope has not moved" in s.quote]
    assert mayor and "mayor" in x.entities[mayor[0].speaker].label.lower()
    firm = [s for s in x.statements if s.kind == "reported" and "machines are on schedule" in s.quote]
    assert firm and x.entities[firm[0].speaker].label == "TunnelCo"


# -- C2: a paragraph-opening quote, then a sentence led by the speaker's name ---------------
_NEXT_NAME = (
    "Traders press for longer hours at the bridge\n\n"
    "MAE SOT, Thailand, May 4 - Thailand and Myanmar agreed on Monday to review the opening hours of the "
    "Friendship Bridge.\n\n"
    "\"Drivers sleep in their cabs and the fruit goes soft.\" Niran Wongsa, president of the Tak exporters' "
    "association, said the association had asked for round-the-clock opening.\n"
)


def test_quote_is_the_persons_the_next_sentence_opens_with(run):
    x = run(_NEXT_NAME)
    direct = statement_by_quote(x, "fruit goes soft")
    assert direct.speaker == "niran-wongsa" and direct.kind == "direct"
    reported = statement_by_quote(x, "round-the-clock opening")
    assert reported.speaker == "niran-wongsa" and reported.kind == "reported"


# -- C3: 'X quoted him as saying ...' is his, not the broadcaster's -----------------------
_QUOTED_AS = (
    "Bridge hours under review\n\n"
    "YANGON, May 4 - Thailand and Myanmar agreed on Monday to review the bridge hours.\n\n"
    "Commerce Minister Aung Kyaw led Myanmar's side. The state broadcaster MRTV quoted him as saying the old "
    "agreement \"was written for a smaller town\".\n\n"
    "The agency also quoted Aung Kyaw as saying that the bridge would open at night from June.\n"
)


def test_the_one_quoted_as_saying_is_the_speaker(run):
    x = run(_QUOTED_AS)
    a = statement_by_quote(x, "written for a smaller town")
    assert a.speaker == "aung-kyaw" and a.medium is None
    b = statement_by_quote(x, "open at night from June")
    assert b.speaker == "aung-kyaw" and b.kind == "reported"


# -- C5: 'He said ...' after 'X told <outlet> that ...' is X --------------------------------
def test_he_after_a_report_is_the_reporter_not_a_name_in_the_report(run):
    x = run("Italy and Austria discuss tolls\n\n"
            "ROME, May 5 - Italy's transport minister Marco Bassani told Il Sole 24 Ore that the Brenner toll "
            "would not rise this year. He said the two sides had not yet agreed on the night ban.\n")
    s = statement_by_quote(x, "not yet agreed on the night ban")
    assert s.speaker == "marco-bassani"


# -- C6: a predicate coordinated after a quoted one is reported on its own ----------------
def test_second_predicate_after_a_quote_is_a_reported_statement(run):
    x = run("Bulgaria and Greece weigh pipeline\n\n"
            "SOFIA, May 5 - Bulgaria's Energy Minister Ivan Petrov said his government would \"look at any "
            "project that does not depend on one supplier\" but had not yet seen numbers.\n")
    direct = statement_by_quote(x, "does not depend on one supplier")
    assert direct.speaker == "ivan-petrov" and direct.kind == "direct"
    second = statement_by_quote(x, "had not yet seen numbers")
    assert second.speaker == "ivan-petrov" and second.kind == "reported" and "supplier" not in second.quote


# -- C7: 'the statement said' after 'X said in a statement' is X's ---------------------------
def test_the_statement_said_is_the_body_that_said_it_in_a_statement(run):
    x = run("Egypt and Libya discuss land port\n\n"
            "ASWAN, Oct. 7 (MENA) - Egypt and Libya agreed to extend the working hours at the Salloum land port, "
            "the Ministry of Labour said in a statement.\n\n"
            "The two officials held a bilateral meeting on Monday evening ahead of the plenary sessions, the "
            "statement said.\n")
    s = statement_by_quote(x, "held a bilateral meeting")
    assert x.entities[s.speaker].label == "Ministry of Labour" and s.kind == "reported"


# -- S2: a live-blog entry heading's quote is no second statement --------------------------
_BLOG = (
    "Live: Thailand and Laos border talks in Vientiane\n\n"
    "Mekong Border Desk\n"
    "Last updated 19:05 (ICT), Wednesday 18 November 2026\n\n"
    "19:05 - That's all from us today\n\n"
    "The talks will resume tomorrow morning.\n\n"
    "17:40 - Somsak: \"a good start\"\n\n"
    "Thailand's Deputy Commerce Minister Somsak Rattana said the first day had been \"a good start\" and that "
    "both sides wanted longer hours at the bridge.\n\n"
    "08:30 - Good morning\n\n"
    "Welcome to our live coverage of the talks.\n"
)


def test_entry_heading_quote_repeated_below_is_one_statement(run):
    x = run(_BLOG)
    hits = [s for s in x.statements if s.quote == "a good start"]
    assert len(hits) == 1 and hits[0].speaker == "somsak-rattana"
    assert hits[0].quote_span.start > _BLOG.index("Thailand's Deputy")


# -- S3: a research note's capitals heading speaks for no one -------------------------------
_NOTE = (
    "Danube Baltic Bank | Macro & Strategy Research | Central Europe\n"
    "14 May 2026\n"
    "Anna Kovacs, Senior Economist (Budapest)\n\n"
    "KEY POINTS\n"
    "- Hungary and Slovakia are close to a deal on the new interconnector.\n\n"
    "WHAT OFFICIALS TOLD US\n"
    "- A senior customs official told us that clearance times at the border had halved since March.\n\n"
    "DISCLAIMER\n"
    "This note has been prepared by Danube Baltic Bank Research for information only.\n"
)


def test_told_us_in_a_note_is_the_officials_with_no_addressee(run):
    x = run(_NOTE)
    hits = [s for s in x.statements if "clearance times" in s.quote]
    assert len(hits) == 1, [(s.speaker, s.quote) for s in hits]
    assert "official" in x.entities[hits[0].speaker].label and hits[0].addressee is None


def test_the_statement_said_paragraphs_later_is_still_the_one_issuer(run):
    x = run("Egypt and Libya discuss land port\n\n"
            "ASWAN, Oct. 7 (MENA) - Egypt and Libya agreed to extend the working hours at the Salloum land port, "
            "the Ministry of Labour said in a statement.\n\n"
            "Omar Fathy El-Masry, Assistant Minister of Labour for Foreign Relations, headed the Egyptian side.\n\n"
            "The Libyan side was headed by Salem Faraj Al-Mansouri, an undersecretary.\n\n"
            "Officials from both customs authorities also attended the talks in Aswan.\n\n"
            "The two officials held a bilateral meeting on Monday evening ahead of the plenary sessions, the "
            "statement said.\n")
    s = statement_by_quote(x, "held a bilateral meeting")
    assert x.entities[s.speaker].label == "Ministry of Labour"


def test_full_name_turn_labels_are_turns_too(run):
    text = (_PRESS.replace("HUBER: Good afternoon", "Lena Huber: Good afternoon")
            .replace("KRANJC: Thank you", "Marko Kranjc: Thank you"))
    x = run(text)
    a = statement_by_quote(x, "Good afternoon")
    assert a.speaker == "lena-huber" and "The toll will be shared" in a.quote
    assert statement_by_quote(x, "Thank you, Lena").speaker == "marko-kranjc"
