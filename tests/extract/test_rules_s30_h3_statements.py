"""Session 30, helper 3 (statements and speakers): invented texts for transcript turns."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

# -- a name written surname first, then turns labelled with that word; two answers in a row --
_PRESSER = (
    "Veloria and Tarsk agree on a river ferry timetable\n\n"
    "PORT ELLAN, March 4 - Veloria's Transport Minister Tan Wei Ming and his Tarskan counterpart, "
    "Orsolya Varkonyi, met on Wednesday at the ferry terminal and took questions from reporters.\n\n"
    "Mr Tan opened by saying that the ferry would run twice a day.\n\n"
    "The following are edited excerpts.\n\n"
    "Q (Ellan Post): When does the first ferry sail?\n\n"
    "Varkonyi: In June, once the new pier is finished and inspected.\n\n"
    "Q: Is the fare agreed?\n\n"
    "Tan: It is not. We have agreed the route and the hours only.\n\n"
    "Varkonyi: I would say we are halfway there on the fare.\n\n"
    "Q (River Radio): Will cargo go on the ferry?\n\n"
    "Tan: Small parcels only, as the customs rules stand today.\n"
)


def test_a_surname_first_name_labels_its_turns_and_answers_follow_each_other(run):
    x = run(_PRESSER)
    a = statement_by_quote(x, "It is not")
    assert a.speaker == "tan-wei-ming" and a.kind == "direct"
    b = statement_by_quote(x, "halfway there on the fare")
    assert b.speaker == "orsolya-varkonyi"
    c = statement_by_quote(x, "Small parcels only")
    assert c.speaker == "tan-wei-ming"


def test_a_lone_label_line_after_narration_is_still_no_turn(run):
    x = run(_PRESSER.replace("Q: Is the fare agreed?\n\n", "The fare was not discussed.\n\n"))
    assert not [s for s in x.statements if "It is not" in s.quote]


# -- a double surname: the label carries its first half ------------------------------------
_RADIO = (
    "Clinic deal: listeners put their questions to the health secretary\n\n"
    "RADIO LAGUNA 91.2 FM - broadcast of Friday, 6 March 2026\n\n"
    "NORA PELLA (HOST): Good morning. With me is Dr. Ramiro Quintal Arbeloa, Secretary of Health of Norvia province. "
    "For listeners who were not there: what came out of the meeting?\n\n"
    "RAMIRO QUINTAL ARBELOA (GUEST): The clinic agreement is being reopened, and the border "
    "clinic will stay open at night.\n\n"
    "HOST: A caller now. Delfina Oroz is calling from the harbour.\n\n"
    "DELFINA OROZ (CALLER): My daughter was treated across the river and they sent us the bill.\n\n"
    "QUINTAL: You should not have paid anything. Bring the receipt to my office and we will claim it back.\n\n"
    "HOST: Thank you, doctor.\n"
)


def test_a_double_surname_label_is_the_person(run):
    x = run(_RADIO)
    s = statement_by_quote(x, "should not have paid")
    assert s.speaker == "ramiro-quintal-arbeloa"


# -- a podcast guest relays someone else in the middle of a turn ----------------------------
_PODCAST = (
    "Harbour Talk, Episode 12: will the Lindmar crossing finally open at night?\n\n"
    "HARBOUR TALK | PODCAST TRANSCRIPT (EXCERPT)\n\n"
    "In this episode, host Petra Lund talks to Edvin Saar, chairman of the Lindmar Hauliers Union, and "
    "Mirela Dobos, an analyst at Coastline Research, about the ministers' meeting at the Lindmar crossing.\n\n"
    "[00:00:30] PETRA LUND (HOST): Welcome. Edvin, do you believe the minister?\n\n"
    "[00:00:50] EDVIN SAAR: I believe he wants it. But last month the Lindmar Customs Board told our members "
    "that its scanners still cannot read the other side's seals. Until those scanners talk, nothing moves.\n\n"
    "[00:01:20] PETRA LUND (HOST): Mirela?\n\n"
    "[00:01:30] MIRELA DOBOS: Rail is the bigger story this month, and the ferries matter far less. "
    "The communique says the ministers want \"one crossing, not two\". "
    "Nice words. Let's see a timetable.\n\n"
    "[00:02:00] PETRA LUND (HOST): Thank you both.\n"
)


def test_a_relayed_sentence_splits_a_podcast_guests_turn(run):
    x = run(_PODCAST)
    saar = [s.quote for s in x.statements if s.speaker == "edvin-saar"]
    assert any(q.startswith("I believe he wants it") for q in saar)
    assert any(q.startswith("Until those scanners talk") for q in saar)
    assert not any("scanners still cannot read" in q for q in saar)
    board = [s for s in x.statements if "scanners still cannot read" in s.quote]
    assert board and board[0].speaker != "edvin-saar" and board[0].kind == "reported"


def test_the_guests_words_after_a_quoted_text_are_a_statement_too(run):
    x = run(_PODCAST)
    after = statement_by_quote(x, "Let's see a timetable")
    assert after.speaker == "mirela-dobos" and after.medium == "podcast"
    assert "one crossing" not in after.quote
    before = statement_by_quote(x, "Rail is the bigger story")
    assert before.speaker == "mirela-dobos" and "Nice words" not in before.quote
