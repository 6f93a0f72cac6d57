"""Round-21 rules for statements (classes C1, C2, C4, ...), each shown on invented
sentences (names other than the classes file's)."""

from __future__ import annotations

from tests.extract.conftest import relation_set, statement_by_quote

# -- C1: 'According to <source>, <clause>' also past an apposition -----------------
_ACCORDING = (
    "Bridge traffic rises\n\n"
    "Slovenia and Croatia opened talks on a second bridge on Monday. "
    "According to Drava Roads, the state road company, about 7,000 lorries a week crossed the old bridge in 2025. "
    "According to DRK, the motorway operator, queues reached twelve kilometres on Sunday. "
    "According to Petra Vuk, the head of the Slovenian delegation, the two sides agreed on most of the text. "
    "According to a draft seen by the Herald, the new deal would halve the bridge toll.\n"
)


def test_according_to_source_with_apposition_reports_the_clause(run):
    x = run(_ACCORDING)
    s = statement_by_quote(x, "7,000 lorries a week crossed the old bridge")
    assert s.kind == "reported"
    assert x.entities[s.speaker].label == "Drava Roads"
    assert "state road company" not in s.quote and s.quote.startswith("about 7,000")


def test_according_to_acronym_source_with_apposition(run):
    x = run(_ACCORDING)
    s = statement_by_quote(x, "queues reached twelve kilometres")
    assert x.entities[s.speaker].label == "DRK"
    assert "motorway operator" not in s.quote


def test_according_to_person_with_apposition_keeps_working(run):
    x = run(_ACCORDING)
    s = statement_by_quote(x, "the two sides agreed on most of the text")
    assert s.speaker == "petra-vuk" and not s.quote.startswith("the head")


def test_draft_seen_by_outlet_is_no_statement_of_the_outlet(run):
    x = run(_ACCORDING)
    assert not [s for s in x.statements if "halve the bridge toll" in s.quote
                and x.entities[s.speaker].type == "MediaOrganization"]


def test_according_to_foreign_named_company_and_trailing_draft(run):
    x = run(
        "Ferry talks\n\n"
        "France and Switzerland opened talks on Monday. According to the Compagnie des Bacs du Léman, the ferry "
        "fleet has shrunk by a third since 2010. The deal would cut tariffs by half, according to a draft seen "
        "by the Courier.\n"
    )
    s = statement_by_quote(x, "the ferry fleet has shrunk by a third")
    assert x.entities[s.speaker].label == "Compagnie des Bacs du Léman"
    assert not [s for s in x.statements if "cut tariffs by half" in s.quote]


# -- C2: '<clause>, an unnamed official said, speaking on condition of anonymity' ------
_TRAILING = (
    "Trade talks stall\n\n"
    "Croatia and Slovenia resumed trade talks in Zagreb on Monday. "
    "The open chapters concern wine and olive oil, which both governments protect, "
    "a Croatian trade official said, speaking on condition of anonymity. "
    "The ferry will run again in July, a Slovenian diplomat told reporters in Ljubljana, declining to be named.\n"
)


def test_trailing_anonymous_attribution_is_reported_statement(run):
    x = run(_TRAILING)
    s = statement_by_quote(x, "The open chapters concern wine and olive oil")
    assert s.kind == "reported"
    assert x.entities[s.speaker].unnamed and x.entities[s.speaker].label == "Croatian trade official"
    assert (s.speaker, "represents", "croatia") in relation_set(x)
    assert "speaking on condition" not in s.quote and "trade official" not in s.quote


def test_trailing_attribution_with_declining_aside(run):
    x = run(_TRAILING)
    s = statement_by_quote(x, "The ferry will run again in July")
    assert x.entities[s.speaker].label == "Slovenian diplomat"
    assert "declining" not in s.quote


def test_trailing_attribution_does_not_report_an_action(run):
    x = run(
        "Ferry talks\n\n"
        "Croatia and Slovenia met in Zagreb on Monday. "
        "The ministers, who met for two hours, signed nothing, officials in both capitals confirmed.\n"
        "Petra Vuk, the Slovenian negotiator, travelled to Zagreb, speaking to nobody.\n"
    )
    assert not [s for s in x.statements if "travelled to Zagreb" in s.quote]


# -- C4: an embedded social post without quotation marks -----------------------------
_POST = (
    "Ministers hail ferry deal\n\n"
    "Croatia and Slovenia agreed on Monday to restart the Koper ferry, the two foreign ministers said.\n\n"
    "A great day for Koper and Umag! The ferry is back from July, and our fishermen will finally get "
    "their licences. #Koper #Adriatic\n\n"
    "— Dunja Brelić (@DunjaBrelicMFA), June 4, 2026\n\n"
    "Brelić, who posted the message on X, said later that the licences would be issued by the end of June.\n"
)


def test_embedded_post_is_direct_statement_of_its_author(run):
    x = run(_POST, date="2026-06-05")
    s = statement_by_quote(x, "The ferry is back from July")
    assert s.kind == "direct"
    assert x.entities[s.speaker].label == "Dunja Brelić"
    assert "A great day for Koper and Umag!" in s.quote
    assert "@Dunja" not in s.quote and "#Koper" not in s.quote
    assert s.stated_on == "2026-06-04"


def test_embedded_post_hashtag_is_no_person_and_later_report_stays(run):
    x = run(_POST, date="2026-06-05")
    assert not [e for e in x.entities.values() if e.type == "Person" and e.label in {"Koper", "Adriatic"}]
    later = statement_by_quote(x, "the licences would be issued by the end of June")
    assert later.kind == "reported" and x.entities[later.speaker].label == "Dunja Brelić"
    posts = [s for s in x.statements if "ferry is back" in s.quote]
    assert len(posts) == 1


def test_signature_line_needs_a_handle(run):
    x = run(
        "Ferry deal\n\n"
        "Croatia and Slovenia agreed on Monday to restart the Koper ferry.\n\n"
        "The ferry is back from July and the licences follow.\n\n"
        "— Dunja Brelić, June 4, 2026\n"
    )
    assert not [s for s in x.statements if "ferry is back" in s.quote and s.kind == "direct"]


# -- C3: 'asked/questioned whether ...' is the asker's reported statement ------------
_QUESTIONS = (
    "Crossing talks\n\n"
    "Croatia and Slovenia resumed talks on Monday. Petra Vuk, the Slovenian negotiator, spoke after the session. "
    "She also questioned whether Croatian officers would have full powers at the crossing. "
    "Marko Ban asked whether the ferry would run in winter. "
    "Ban was asked whether the deal was near. \"It is close,\" he said.\n"
)


def test_questioned_whether_is_reported_statement_of_the_pronoun_subject(run):
    x = run(_QUESTIONS)
    s = statement_by_quote(x, "Croatian officers would have full powers")
    assert s.kind == "reported" and s.speaker == "petra-vuk"


def test_asked_whether_is_reported_statement_of_the_named_subject(run):
    x = run(_QUESTIONS)
    s = statement_by_quote(x, "the ferry would run in winter")
    assert s.speaker == "marko-ban"


def test_being_asked_whether_is_no_statement(run):
    x = run(_QUESTIONS)
    assert not [s for s in x.statements if "the deal was near" in s.quote]


# -- C6: unnamed speakers keep their count and partitive ------------------------------
_PEOPLE = (
    "Ferry talks\n\n"
    "Croatia and Slovenia resumed trade talks on Monday. "
    "The deal is almost done, two people familiar with the talks said on Tuesday. "
    "One of the people said the text would be ready in May.\n"
)


def test_count_stays_in_unnamed_speaker_label(run):
    x = run(_PEOPLE)
    s = statement_by_quote(x, "The deal is almost done")
    assert x.entities[s.speaker].label == "two people familiar with the talks"


def test_one_of_the_people_is_its_own_unnamed_speaker(run):
    x = run(_PEOPLE)
    s = statement_by_quote(x, "the text would be ready in May")
    assert x.entities[s.speaker].unnamed and x.entities[s.speaker].label == "one of the people"
    assert s.speaker != statement_by_quote(x, "The deal is almost done").speaker


# -- C8: 'In his view, X is "a short phrase"' is the direct words of that person ---------
def test_in_his_view_quoted_phrase_is_direct_statement(run):
    x = run(
        "Ferry talks\n\n"
        "Croatia and Slovenia resumed talks on Monday. Petra Vuk spoke first. Marko Ban, the Croatian "
        "negotiator, was cautious. In his view, the protocol is \"the simple part\" of the work.\n"
    )
    s = statement_by_quote(x, "the simple part")
    assert s.kind == "direct" and s.speaker == "marko-ban"


def test_in_her_view_picks_the_woman(run):
    x = run(
        "Ferry talks\n\n"
        "Croatia and Slovenia resumed talks on Monday. Petra Vuk said she was pleased. Marko Ban, the Croatian "
        "negotiator, said he was cautious. In her view, the protocol is \"a good start\" for both ports.\n"
    )
    s = statement_by_quote(x, "a good start")
    assert s.speaker == "petra-vuk"


# -- C7: a habitual complaint of an unnamed group is no statement ----------------------
def test_group_complaining_for_years_is_no_statement_but_plain_say_is(run):
    x = run(
        "Border post\n\n"
        "Benin and Niger agreed on a joint border post. Hauliers' unions have complained for years that "
        "lorries are weighed twice at the bridge. Drivers say the queue has doubled since March.\n"
    )
    assert not [s for s in x.statements if "weighed twice" in s.quote]
    s = statement_by_quote(x, "the queue has doubled since March")
    assert x.entities[s.speaker].unnamed


# -- C5: 'her'/'his' in the sentence picks the title holder of that gender --------------
_MINISTERS = (
    "Ferry protocol signed\n\n"
    "Croatia and Slovenia signed a ferry protocol in Koper on Monday. Croatian Minister of the Sea Ana Kovac "
    "and Slovenian Minister of Infrastructure Ivan Horvat attended the ceremony. Horvat said he was pleased. "
    "In her remarks at the signing ceremony, the Minister said the service would begin in July. "
    "The Minister said his ministry would pay for the new pier.\n"
)


def test_her_remarks_pick_the_woman_minister(run):
    x = run(_MINISTERS)
    assert statement_by_quote(x, "the service would begin in July").speaker == "ana-kovac"


def test_his_ministry_picks_the_man_minister(run):
    x = run(_MINISTERS)
    assert statement_by_quote(x, "would pay for the new pier").speaker == "ivan-horvat"


def test_embedded_post_in_page_text_with_one_line_paragraphs(run):
    x = run(
        "Ministers hail ferry deal\n"
        "Croatia and Slovenia agreed on Monday to restart the Koper ferry, officials in both capitals said.\n"
        "A great day for Koper and Umag! The ferry is back from July. #Koper pic.twitter.com/abc123\n"
        "— Dunja Brelić (@DunjaBrelicMFA) June 4, 2026\n"
        "The licences would be issued by the end of June, the ministry said later.\n",
        date="2026-06-05",
    )
    s = statement_by_quote(x, "The ferry is back from July")
    assert s.kind == "direct" and s.quote.startswith("A great day") and s.quote.endswith("from July.")
    assert "Croatia and Slovenia" not in s.quote and "pic.twitter" not in s.quote


# -- 'It' opening a sentence after '..., the ministry said' is that body -----------------
def test_it_after_a_speaking_body_is_that_body(run):
    x = run(
        "Border talks\n\n"
        "Georgia and Armenia held a round of border talks on Friday. Georgia's Ministry of Foreign Affairs "
        "welcomed the round. The two commissions agreed on the first stretch of the line, the ministry said in "
        "a statement. It called the result \"a fair start\" and said the next round would cover the river valley.\n"
    )
    direct = statement_by_quote(x, "a fair start")
    reported = statement_by_quote(x, "the next round would cover the river valley")
    assert direct.speaker == reported.speaker
    assert x.entities[direct.speaker].type in {"GovernmentAgency", "Organization"}
    assert "Ministry of Foreign Affairs" in x.entities[direct.speaker].label
