"""Lone quotes attributed by the
next sentence, continuation quotes, unnamed speakers kept unnamed, names after
titles and in "from" phrases, "A and B Affairs Bureau", initials before places."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speakers(x, words: str) -> list[str]:
    return [s.speaker for s in x.statements if words in s.quote]


def test_lone_quote_attributed_by_the_words_came_from(run):
    x = run("Bridge to reopen\n\nThe crossing will reopen next week, officials said.\n\n"
            "\"We have waited two years for this and the shops are empty.\"\n\n"
            "The words came from Petar Ivanov, the mayor of Ruse, who spoke at a market on Tuesday.\n")
    assert statement_by_quote(x, "waited two years").speaker == "petar-ivanov"
    assert x.entities["petar-ivanov"].type == "Person"


def test_lone_quote_attributed_by_verdict_of_and_so_said(run):
    x = run("Bridge to reopen\n\n\"The bridge is the only thing that keeps this region alive.\"\n\n"
            "That was the verdict of Elena Dragan, a Romanian transport official.\n\n"
            "\"Nobody in the capital ever listened to the traders of this town.\"\n\n"
            "So said Ioana Marin, a shop owner in Giurgiu.\n")
    assert statement_by_quote(x, "keeps this region alive").speaker == "elena-dragan"
    assert statement_by_quote(x, "ever listened").speaker == "ioana-marin"


def test_lone_quote_after_a_colon_lead_in_without_speech_verb(run):
    x = run("Bridge to reopen\n\nRomania's transport minister Radu Stan was blunt:\n\n"
            "\"The bridge will open on the first of May and not a day later.\"\n")
    assert statement_by_quote(x, "first of May").speaker == "radu-stan"


def test_lone_quote_with_no_source_is_not_extracted(run):
    x = run("Bridge to reopen\n\n\"The bridge will open on the first of May and not a day later.\"\n\n"
            "The weather was cold and the river was high.\n")
    assert not [s for s in x.statements if "first of May" in s.quote]


def test_quote_at_paragraph_end_is_not_attributed_by_the_next_paragraphs_quote(run):
    x = run("Fishing talks\n\n\"The stocks have moved north,\" Lars Brekke added. "
            "\"Science, not politics, must decide the numbers.\"\n\n"
            "\"There is no deal yet,\" said a Norwegian diplomat.\n")
    assert statement_by_quote(x, "Science, not politics").speaker == "lars-brekke"
    assert statement_by_quote(x, "no deal yet").speaker == "norwegian-diplomat"


def test_short_whole_sentence_continues_the_quote(run):
    x = run("Water talks\n\n\"The river belongs to both peoples,\" a Ghanaian diplomat said. \"Nobody can own it.\"\n")
    assert statement_by_quote(x, "Nobody can own it").speaker == "ghanaian-diplomat"


def test_unnamed_speaker_keeps_the_pronoun_and_the_definite_description(run):
    x = run("Border talks\n\nCameroon's foreign minister, Lejeune Mbella, travelled to Abuja on Tuesday.\n\n"
            "\"Cameroon has honoured every line of the agreement,\" a Cameroonian diplomat told reporters. "
            "He said the talks were useful.\n\n"
            "\"Our position has not changed,\" the diplomat said.\n")
    assert _speakers(x, "talks were useful") == ["cameroonian-diplomat"]
    assert _speakers(x, "position has not changed") == ["cameroonian-diplomat"]
    assert "lejeune-mbella" not in {s.speaker for s in x.statements}


def test_pronoun_goes_to_a_person_named_after_the_unnamed_speaker(run):
    x = run("Border talks\n\n\"We are ready,\" a Cameroonian diplomat said on Monday, before the talks.\n\n"
            "Later, Foreign Minister Lejeune Mbella arrived in Abuja. He said the talks would be difficult.\n")
    assert _speakers(x, "talks would be difficult") == ["lejeune-mbella"]


def test_name_apposed_to_a_title_after_a_comma_is_a_person(run):
    x = run("Trade talks\n\nTurkey's trade minister, Murat Güneşli, met Greek officials in Athens.\n")
    assert x.entities["murat-gunesli"].type == "Person"


def test_town_after_mayor_of_is_a_place(run):
    x = run("Border talks\n\nVasilis Tsolakis, the mayor of Orestiada, said the border was calm.\n")
    assert x.entities["vasilis-tsolakis"].type == "Person"
    assert x.entities["orestiada"].type == "Place"


def test_two_region_affairs_bureau_keeps_both_regions(run):
    x = run("Talks\n\nKenji Mori, director-general of the Asian and Oceanian Affairs Bureau at Japan's foreign "
            "ministry, met Australian officials. The Middle East and Africa Division will send a delegate.\n")
    labels = {e.label for e in x.entities.values()}
    assert "Asian and Oceanian Affairs Bureau" in labels
    assert "Oceanian Affairs Bureau" not in labels
    assert "Middle East and Africa Division" in labels


def test_initial_before_a_place_name_is_dropped(run):
    x = run("Protest\n\nFishermen from K. Ayvalık joined the protest on Monday.\n")
    assert "ayvalik" in x.entities and x.entities["ayvalik"].type == "Place"
    assert "k-ayvalik" not in x.entities


def test_ministry_reported_statement_and_partial_quote(run):
    x = run("Lake talks\n\nPeru's Ministry of Foreign Affairs said in a statement that the two countries would hold "
            "talks in Puno in June.\n\nBolivia's foreign ministry said Peru \"fully respects\" the 1955 treaty and "
            "had opened an inquiry into the complaints of fishermen.\n")
    assert statement_by_quote(x, "would hold talks in Puno").speaker == "ministry-of-foreign-affairs"
    partial = [s for s in x.statements if s.quote == "fully respects"]
    assert partial and partial[0].kind == "direct" and partial[0].speaker == "foreign-ministry"
    assert any(s.kind == "reported" and "opened an inquiry" in s.quote for s in x.statements)


def test_date_after_the_speech_verb_is_not_part_of_the_reported_words(run):
    x = run("Arrests\n\nThe Nigerian foreign ministry said on Monday it had summoned Cameroon's ambassador over "
            "the arrests.\n", date="2024-03-06")
    s = statement_by_quote(x, "summoned")
    assert s.quote.startswith("it had summoned")
    assert s.stated_on == "2024-03-04"


def test_lone_quote_attributed_by_those_were_the_words_said_this_and_that_is_how(run):
    x = run("Bridge to reopen\n\n\"We have waited two years for this and the shops are empty.\"\n\n"
            "Those were the words of Petar Ivanov, the mayor of Ruse, at a market on Tuesday.\n\n"
            "\"Nobody in the capital ever listened to the traders of this town.\"\n\n"
            "Ioana Marin, who has run a shop near the bridge for twenty years, said this at a meeting of traders "
            "on Tuesday evening in the town hall.\n\n"
            "\"The bridge is the only thing that keeps this region alive today.\"\n\n"
            "That is how Elena Dragan, a Romanian transport official, described the mood.\n\n"
            "\"It is too late for many of us.\"\n\n"
            "Stefan Popa, a lorry driver, said the government had ignored the town for years.\n")
    assert statement_by_quote(x, "waited two years").speaker == "petar-ivanov"
    assert statement_by_quote(x, "ever listened").speaker == "ioana-marin"
    assert statement_by_quote(x, "keeps this region alive").speaker == "elena-dragan"
    # the next sentence reports words of its own: the lone quote stays unattributed
    assert not [s for s in x.statements if "too late" in s.quote]


def test_two_quotes_in_a_paragraph_with_the_attribution_after_the_second(run):
    x = run("Fishing talks\n\nNorway and Iceland resumed talks on Monday.\n\n"
            "\"The stocks have moved north and nobody can stop them.\" "
            "\"Science, not politics, must decide the numbers,\" Lars Brekke said.\n\n"
            "\"There is no deal yet,\" said a Norwegian diplomat.\n")
    assert statement_by_quote(x, "moved north").speaker == "lars-brekke"
    assert statement_by_quote(x, "Science, not politics").speaker == "lars-brekke"
    assert statement_by_quote(x, "no deal yet").speaker == "norwegian-diplomat"
