"""Round 36, area C (statements): invented texts for the classes of round 36."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speakers(x, words: str) -> set[str]:
    return {x.entities[s.speaker].label for s in x.statements if words in s.quote}


_CO_CHAIRS = ("Oman and Yemen discuss border\n\n"
              "Muscat, 3 May 2026 - Oman and Yemen held talks on the border crossing on Monday.\n\n"
              "The talks were led by Salim al-Harthy, Oman's deputy foreign minister, and Ahmed Saleh, Yemen's "
              "deputy minister of interior, who co-chair the joint committee.\n\n"
              "The meeting was attended by Khalid Nasser, an adviser.\n\n")


# -- C1: '<clause>, the two co-chairs (of their joint committee) said' --------------------------------
def test_the_two_co_chairs_said_is_each_named_co_chair(run):
    for np in ("the two co-chairs of their joint committee said on Monday", "the two co-chairs said on Monday",
               "the committee's co-chairs told reporters", "the heads of the two delegations said"):
        x = run(_CO_CHAIRS + f"Oman and Yemen have settled most of the text, {np}.\n")
        assert _speakers(x, "have settled most of the text") == {"Salim al-Harthy", "Ahmed Saleh"}, np
        assert all(s.quote == "Oman and Yemen have settled most of the text"
                   for s in x.statements if "settled" in s.quote), np


def test_quote_of_the_two_co_chairs_is_each_named_co_chairs(run):
    x = run(_CO_CHAIRS.replace("The meeting was attended by Khalid Nasser, an adviser.\n\n", "")
            + "\"We are close,\" the two co-chairs said.\n")
    assert _speakers(x, "We are close") == {"Salim al-Harthy", "Ahmed Saleh"}


# -- C2: outlets and agencies that 'reported that', texts 'published by' a paper ------------------------
def test_outlet_or_agency_reported_that_is_its_statement(run):
    x = run("Oman and Kenya discuss trade\n\n"
            "Muscat, 3 May 2026 - Oman and Kenya held talks on trade on Monday.\n\n"
            "The Oman News Agency reported on Monday that the committee had also discussed fishing rights.\n\n"
            "The Kenya Revenue Authority reported that revenue at the border post had doubled.\n\n"
            "A statement published on Tuesday by the state newspaper Golden Age said the Omani side had "
            "proposed a shorter list of goods.\n")
    s = statement_by_quote(x, "the committee had also discussed fishing rights")
    assert x.entities[s.speaker].label == "Oman News Agency" and s.kind == "reported"
    assert _speakers(x, "revenue at the border post had doubled") == {"Kenya Revenue Authority"}
    assert _speakers(x, "the Omani side had proposed") == {"Golden Age"}


def test_outlet_named_after_its_kind_reported_that(run):
    x = run("Oman and Yemen discuss border\n\n"
            "Muscat, 3 May 2026 - Oman and Yemen held talks on the border on Monday.\n\n"
            "The state news agency WAM reported on Monday that the committee had also discussed fishing rights.\n\n"
            "The Oman Observer newspaper reported last week that talks had stalled over customs fees.\n\n"
            "The Oman News Agency reported that the Yemeni minister had said the deal was close.\n")
    assert _speakers(x, "the committee had also discussed fishing rights") == {"WAM"}
    assert _speakers(x, "talks had stalled over customs fees") == {"Oman Observer"}
    assert "Oman News Agency" not in _speakers(x, "the deal was close")  # the minister's words, relayed


# -- C3: 'the service / the cooperative said': the last named body with that head noun -----------------
def test_the_service_or_the_cooperative_said_is_the_named_body(run):
    x = run("Russia and Kazakhstan discuss customs\n\n"
            "Moscow, 3 May 2026 - Russia and Kazakhstan held talks on customs on Monday.\n\n"
            "Russia's Federal Customs Service has required electronic declarations since March. The service "
            "said in a statement last month that the change would \"cut waiting times by half\". Drivers "
            "disagree.\n\n"
            "The Namanga Traders Cooperative opposes the change. The cooperative said the new hours were "
            "hurting small sellers.\n\n"
            "In a post on X, the cooperative called the new hours \"a disaster for small sellers\".\n")
    assert _speakers(x, "cut waiting times by half") == {"Federal Customs Service"}
    assert _speakers(x, "the new hours were hurting small sellers") == {"Namanga Traders Cooperative"}
    assert _speakers(x, "a disaster for small sellers") == {"Namanga Traders Cooperative"}


# -- C5: a quoted adverbial inside reported speech keeps the outer speaker ------------------------------
def test_quoted_adverbial_inside_a_report_is_the_outer_speakers(run):
    x = run("Oman and Yemen discuss border\n\n"
            "Muscat, 3 May 2026 - Oman and Yemen held talks on the border crossing on Monday.\n\n"
            "A Yemeni government source said that Omani negotiators had agreed \"in principle\" to extend the "
            "hours.\n")
    assert _speakers(x, "in principle") == {"Yemeni government source"}


def test_withheld_words_after_a_partial_quote_are_no_second_statement(run):
    x = run("Germany and Poland discuss rail\n\n"
            "Berlin, 3 May 2026 - Germany and Poland held talks on the railway on Monday.\n\n"
            "Ivan Petrov said the arrangement was \"in its final stage\" but gave no date.\n\n"
            "Anna Kowalska said the line would reopen \"in good time\" but offered no details.\n\n"
            "Piotr Nowak said the text was \"nearly done\" but declined to elaborate.\n")
    assert _speakers(x, "in its final stage") == {"Ivan Petrov"}
    for words in ("gave no date", "offered no details", "declined to elaborate"):
        assert not any(words in s.quote for s in x.statements), words


# -- C4: 'X, who asked not to be named, put it more bluntly: "..."' ----------------------------------
def test_unnamed_speaker_with_a_relative_clause_before_a_colon_lead(run):
    x = run("Congo and Uganda discuss customs\n\n"
            "Kinshasa, 3 May 2026 - Congo and Uganda held talks on customs on Monday.\n\n"
            "A Congolese customs officer, who asked not to be named, put it more bluntly: \"Nobody checks the "
            "trucks at night.\"\n\n"
            "An official at the Ugandan ministry, who spoke on condition of anonymity, summed it up: \"The "
            "border is open, the paperwork is not.\"\n")
    s = statement_by_quote(x, "Nobody checks the trucks at night")
    assert x.entities[s.speaker].label == "Congolese customs officer" and s.kind == "direct"
    assert len(_speakers(x, "The border is open, the paperwork is not")) == 1


def test_saying_lead_and_saying_tail_around_one_quote_is_one_statement(run):
    x = run("Greece and Cyprus discuss cable\n\n"
            "Athens, 3 May 2026 - Greece and Cyprus held talks on the cable on Monday.\n\n"
            "IPTO, known by its Greek initials ADMIE, said in a statement on Friday: \"The cable will be ready "
            "in 2028,\" the operator said.\n")
    assert _speakers(x, "The cable will be ready in 2028") == {"IPTO"}
    assert not any("said in a statement on Friday" in s.quote for s in x.statements)


def test_co_chairs_named_by_co_chaired_by_speak_as_subject(run):
    for lead in ("The two co-chairs said on Monday that", "Both co-chairs told reporters that",
                 "The heads of the two delegations said"):
        x = run("Oman and Yemen discuss border\n\n"
                "Muscat, 3 May 2026 - Oman and Yemen held talks on the border crossing on Monday.\n\n"
                "The joint committee is co-chaired by Salim al-Harthy, Oman's deputy foreign minister, and Ahmed "
                "Saleh, Yemen's deputy minister of interior.\n\n"
                "Khalid Nasser, an adviser, attended.\n\n"
                f"{lead} the text was nearly settled.\n")
        assert _speakers(x, "the text was nearly settled") == {"Salim al-Harthy", "Ahmed Saleh"}, lead


def test_statement_issued_by_a_demonym_ministry_is_that_ministrys(run):
    x = run("Oman and Kenya discuss trade\n\n"
            "Muscat, 3 May 2026 - Oman and Kenya held talks on trade on Monday.\n\n"
            "A statement issued by the Omani foreign ministry said the talks had gone well for both sides.\n\n"
            "A statement from the Kenyan trade ministry said the two sides would meet again in June.\n")
    assert _speakers(x, "the talks had gone well") == {"Omani foreign ministry"}
    assert _speakers(x, "would meet again in June") == {"Kenyan trade ministry"}


def test_unnamed_subject_announcing_a_view_takes_the_pronoun_of_the_next_quote(run):
    x = run("Congo and Uganda discuss customs\n\n"
            "Kinshasa, 3 May 2026 - Congo and Uganda held talks on customs on Monday.\n\n"
            "A Ugandan driver, who gave only his first name, Moses, had a simpler explanation: \"The scanner is "
            "broken.\"\n\n"
            "An official in Kampala offered a different view. \"The queues are shorter than last year,\" she "
            "said.\n\n"
            "A Congolese customs officer struck a more cautious note. \"We need another month,\" he said.\n")
    assert _speakers(x, "The queues are shorter than last year") == {"official"}
    assert _speakers(x, "We need another month") == {"Congolese customs officer"}


def test_aside_between_speech_verb_and_that_clause_is_not_reported(run):
    x = run("Congo and Uganda discuss customs\n\n"
            "Kinshasa, 3 May 2026 - Congo and Uganda held talks on customs on Monday.\n\n"
            "A customs officer said in a telephone interview, speaking on condition of anonymity, that the "
            "scanner had been broken for weeks.\n")
    s = statement_by_quote(x, "the scanner had been broken for weeks")
    assert x.entities[s.speaker].label == "customs officer" and "anonymity" not in s.quote
