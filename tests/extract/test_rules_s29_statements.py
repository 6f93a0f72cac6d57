"""Session 29: statements of people whose names no table knows, shown on invented sentences
(names made up from syllables no given-name list has; real countries where a side must be known)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

DATE = "2025-03-03"
LEAD = "Malawi and Zambia signed a transit deal on Monday. "


def _label(x, key: str) -> str:
    return x.entities[key].label if key in x.entities else key


# -- a pronoun speaker points back to an unknown name: the name is a person ----------------------------
def test_subject_of_previous_sentence_is_the_pronoun_speaker(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Kwexu Ishtev has driven lorries "
            "across the border for thirty years. \"Every winter we wait for days,\" he said.", DATE)
    s = statement_by_quote(x, "Every winter we wait")
    assert _label(x, s.speaker) == "Kwexu Ishtev"
    assert x.entities[s.speaker].type == "Person"


def test_apposed_subject_then_she_told_is_a_person(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Ozhkwe Tevrza, a geographer at "
            "the national university, agreed that the survey mattered. \"The river moves,\" she told reporters.",
            DATE)
    assert _label(x, statement_by_quote(x, "The river moves").speaker) == "Ozhkwe Tevrza"


def test_quote_cut_into_sentences_still_reaches_its_pronoun(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Kwexu Ishtev, a schoolteacher, "
            "spoke at the market in Belmora. \"We have signed papers before. "
            "We need a year of quiet,\" she said.", DATE)
    assert _label(x, statement_by_quote(x, "signed papers before").speaker) == "Kwexu Ishtev"


def test_said_she_would_makes_the_subject_a_person(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Kwexu Ishtev, a schoolteacher in "
            "Belmora, said she would believe the deal when her pupils could walk to school.", DATE)
    s = statement_by_quote(x, "she would believe the deal")
    assert _label(x, s.speaker) == "Kwexu Ishtev"


def test_surname_after_the_full_name_joins_it(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Kwexu Ishtev has driven lorries "
            "for thirty years. \"Every winter we wait,\" he said. \"The tunnel is the answer,\" Ishtev added.",
            DATE)
    s = statement_by_quote(x, "The tunnel is the answer")
    assert _label(x, s.speaker) == "Kwexu Ishtev"


# -- what stays as it was -------------------------------------------------------------------------------
def test_body_with_an_organisation_word_stays_a_body(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Belmora Port Authority has lost "
            "trade for years. \"The queues are long,\" she said.", DATE)
    assert not any(e.type == "Person" and "Belmora" in e.label for e in x.entities.values())


def test_person_named_in_between_keeps_the_pronoun(run):
    x = run(LEAD + "Kwexu Ishtev has traded here for years, and his cousin Ana Ruz runs the stall. "
            "\"Business is slow,\" she said.", DATE)
    assert _label(x, statement_by_quote(x, "Business is slow").speaker) != "Kwexu Ishtev"


def test_it_said_does_not_make_a_person(run):
    x = run(LEAD + "Kwexu Ishtev has run the ferry for years. It said the new rules were welcome.", DATE)
    assert not any(e.label == "Kwexu Ishtev" and e.type == "Person" for e in x.entities.values())


def test_no_pronoun_speaker_no_new_person(run):
    x = run(LEAD + "Kwexu Ishtev has driven the route for thirty years. The road is closed in winter.", DATE)
    assert not any(e.label == "Kwexu Ishtev" and e.type == "Person" for e in x.entities.values())


def test_one_sentence_between_when_the_first_pronoun_agrees(run):
    x = run(LEAD + "Ana Ruz, the trade minister, said the deal was fair. Every morning, Kwexu Ishtev unlocks a "
            "classroom near the border. On Tuesday, 31 of his 40 pupils were there. Two of the missing nine are "
            "on the list, he says.", DATE)
    assert _label(x, statement_by_quote(x, "Two of the missing nine").speaker) == "Kwexu Ishtev"


def test_one_sentence_between_with_a_pronoun_of_the_other_gender_is_left(run):
    x = run(LEAD + "Every morning, Kwexu Ishtev unlocks a classroom near the border. Her pupils wait outside. "
            "Two of them are on the list, he says.", DATE)
    assert not any(e.label == "Kwexu Ishtev" and e.type == "Person" for e in x.entities.values())



def test_surname_join_after_a_headline(run):
    # the body starts after the headline: the surname search starts there too
    x = run("Lorry drivers wait at the border\n\nBy Staff Reporter\n\n" + LEAD + "Kwexu Ishtev has driven lorries "
            "for thirty years. \"Every winter we wait,\" he said. \"The tunnel is the answer,\" Ishtev added.",
            DATE, title="Lorry drivers wait at the border")
    assert _label(x, statement_by_quote(x, "The tunnel is the answer").speaker) == "Kwexu Ishtev"


def test_name_inside_a_quote_is_no_pronoun_antecedent(run):
    x = run(LEAD + "Ana Ruz, a bank economist, wrote: \"Every station is a property story. Kwexu Ishtev will be "
            "no exception.\" She said rents had risen.", DATE)
    assert not any(e.label == "Kwexu Ishtev" and e.type == "Person" for e in x.entities.values())


def test_a_name_read_as_a_place_stays_the_setting(run):
    """'Port X has waited ... he said': the pronoun is someone the story has not named yet, not the town."""
    for town in ("Port Varesk", "Bukit Tarvang"):
        x = run(f"Talks\n\n{town} has waited ten years for the new bridge. \"We are tired of waiting,\" he said.", DATE)
        assert not any(e.type == "Person" and town.split()[-1] in e.label for e in x.entities.values()), town


def test_a_name_read_as_a_place_with_a_place_apposition_stays_a_place(run):
    x = run("Talks\n\nBukit Tarvang, a border town, has waited ten years for the market to reopen. "
            "\"We are tired of waiting,\" he said.", DATE)
    assert not any(e.type == "Person" and "Tarvang" in e.label for e in x.entities.values())


# -- 'the official' of a quote after 'A Tarvian official said that ...': one unnamed official -----------------
def test_bare_official_of_a_quote_is_the_official_reported_just_before(run):
    x = run(LEAD + "A Malawian official said Lilongwe wanted the deal reviewed every year. "
            "\"Transit is not a favour,\" the official told reporters.", DATE)
    reported = statement_by_quote(x, "Lilongwe wanted the deal reviewed")
    quoted = statement_by_quote(x, "Transit is not a favour")
    assert quoted.speaker == reported.speaker
    assert x.entities[quoted.speaker].label == "Malawian official"
    assert not any(e.label == "official" for e in x.entities.values())


def test_bare_official_after_a_named_person_in_between_stays_apart(run):
    x = run(LEAD + "A Malawian official said Lilongwe wanted the deal reviewed every year. Ana Ruz, the Zambian "
            "trade minister, disagreed. \"Transit is not a favour,\" the official told reporters.", DATE)
    assert statement_by_quote(x, "Transit is not a favour").speaker != statement_by_quote(x, "Lilongwe wanted").speaker


def test_an_official_is_a_new_speaker_not_the_earlier_one(run):
    x = run(LEAD + "A Malawian official said Lilongwe wanted the deal reviewed every year. "
            "\"Transit is not a favour,\" an official from the port authority told reporters.", DATE)
    assert statement_by_quote(x, "Transit is not a favour").speaker != statement_by_quote(x, "Lilongwe wanted").speaker
