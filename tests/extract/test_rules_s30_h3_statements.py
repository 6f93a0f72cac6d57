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


# -- person names: an unlisted first given name, a tail typed late, an article surname -------
def test_an_unlisted_first_given_name_stays_in_a_three_word_name(run):
    x = run("Port of Varnholm seeks a second quay\n\n"
            "\"A harbour only grows as fast as its quays.\" That was how Tor Ottar Lindqvold, managing "
            "director of the municipal port company, put it on Wednesday.\n")
    people = {e.label for e in x.entities.values() if e.type == "Person" and not e.unnamed}
    assert "Tor Ottar Lindqvold" in people and "Ottar Lindqvold" not in people


def test_a_title_before_a_name_is_still_no_given_name(run):
    x = run("Ferry talks resume\n\n"
            "The ferry will run again in May, said Captain Ottar Lindqvold of the harbour authority.\n")
    people = {e.label for e in x.entities.values() if e.type == "Person" and not e.unnamed}
    assert "Captain Ottar Lindqvold" not in people


def _resolved_state(text: str):
    from kg.extract import entities, layout, nlp, resolve
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.state import State
    from tests.extract.conftest import make_document
    document = make_document(text)
    body_start = layout.body_start(document)
    state = State(document=document, doc=nlp.parse(text, headline_end=body_start), gaz=load_gazetteer())
    state.body_start = body_start
    resolve.resolve(state, entities.find_candidates(state))
    return state


def test_a_bare_arabic_surname_the_model_missed_is_a_mention_of_the_full_name():
    from kg.extract.resolve_tail_people import bare_article_surnames
    text = ("Border committee meets again\n\nTesh's Deputy Minister of Transport Karim Fadel al-Rubaie met "
            "his counterpart on Monday.\n\nRubaie struck a more cautious tone.\n")
    state = _resolved_state(text)
    at = text.index("Rubaie struck")
    for m in [m for m in state.mentions if m.start == at]:
        state.remove_mention(m)  # as where the model tags nothing
    bare_article_surnames(state)
    m = state.mention_at(at, at + len("Rubaie"))
    assert m is not None and state.entities[m.key].label == "Karim Fadel al-Rubaie"


def test_a_two_word_tail_of_one_longer_name_is_that_person():
    from kg.extract.resolve_merge import absorb
    from kg.extract.resolve_tail_people import join_tail_people
    state = _resolved_state("Market talks\n\nThe question came from an opposition member on Thursday.\n")
    full = state.add_entity("Lanthem Orin Gasch", "Person")
    tail = state.add_entity("Orin Gasch", "Person")
    other = state.add_entity("Mira Gasch", "Person")
    join_tail_people(state, absorb)
    assert tail.key not in state.entities and "Orin Gasch" in state.entities[full.key].aliases
    assert other.key in state.entities


# -- reported speech the parser splits badly ------------------------------------------------
def test_a_name_apposed_inside_an_opening_phrase_is_the_speaker(run):
    x = run("Border shops close\n\n"
            "Not everyone on the border agrees. In Harnola, where petrol stations and a shopping centre near "
            "Kellomaa lived off Russian customers, the chair of the municipal council, Aino Vesterlund, said "
            "the closure had cost the area several hundred jobs.\n")
    s = statement_by_quote(x, "the closure had cost the area")
    assert s.speaker == "aino-vesterlund" and s.kind == "reported"


def test_a_that_clause_hung_on_the_interview_noun_is_whole(run):
    x = run("Fence to stay\n\n"
            "The governor of Lomaro province, Teodoro Nsue Abaga, told Radio Costa Verde in an interview "
            "that the fence his government is building along parts of the border would stay.\n")
    s = statement_by_quote(x, "would stay")
    assert s.speaker == "teodoro-nsue-abaga"
    assert s.quote.startswith("the fence his government is building")


def test_a_that_clause_after_a_named_outlet_and_a_day_is_the_statement(run):
    x = run("Dust storms close schools\n\n"
            "Kaveh Rostami, the governor of Tarvan province, told the state news agency IRTA on Sunday "
            "that dust storms had closed schools in Zarab twice this month.\n")
    s = statement_by_quote(x, "dust storms had closed schools")
    assert s.speaker == "kaveh-rostami" and "on Sunday" not in s.quote
