"""Round-20 rules for statements (classes C1, C2), each shown on invented
sentences (names other than the classes file's)."""

from __future__ import annotations

from tests.extract.conftest import relation_set, statement_by_quote

_BROADCAST = (
    "BROADCAST TRANSCRIPT, 4 MARCH 2026\n\n"
    "ANCHOR: Good evening. Talks between Uruguay and Paraguay on the river port ended tonight.\n"
    "REPORTER: The talks ended in Salto. Transport Minister Marta Quiroga said a deal was near.\n"
    "(SOUNDBITE) MARTA QUIROGA, URUGUAYAN TRANSPORT MINISTER: We are two lines away. The rest is punctuation.\n"
    "REPORTER: Paraguay sounded less sure.\n"
    "SOUNDBITE (ÓSCAR BENÍTEZ, PARAGUAYAN PUBLIC WORKS MINISTRY): Nobody here is rushing. We read every clause.\n"
    "SOT: TOMAS VERA, DOCK WORKER: We wait. We always wait.\n"
    "ANCHOR: That was our report from Salto.\n"
)


# -- C1: soundbite captions are direct statements of the captioned person ------------
def test_soundbite_caption_is_direct_statement_of_known_person(run):
    x = run(_BROADCAST)
    s = statement_by_quote(x, "We are two lines away")
    assert s.kind == "direct" and s.speaker == "marta-quiroga"
    assert "The rest is punctuation" in s.quote


def test_bracketed_caption_with_diacritics_makes_a_person(run):
    x = run(_BROADCAST)
    s = statement_by_quote(x, "Nobody here is rushing")
    assert s.kind == "direct"
    assert x.entities[s.speaker].type == "Person" and x.entities[s.speaker].label == "Óscar Benítez"
    assert (s.speaker, "represents", "paraguay") in relation_set(x)


def test_sot_caption_new_person_in_normal_case(run):
    x = run(_BROADCAST)
    s = statement_by_quote(x, "We always wait")
    assert x.entities[s.speaker].label == "Tomas Vera"


def test_caption_title_gives_side(run):
    x = run(_BROADCAST)
    assert ("marta-quiroga", "represents", "uruguay") in relation_set(x)


def test_reporter_lines_keep_reported_speech_and_say_nothing_themselves(run):
    x = run(_BROADCAST)
    s = statement_by_quote(x, "a deal was near")
    assert s.kind == "reported" and s.speaker == "marta-quiroga"
    assert not [t for t in x.statements if "ended in Salto" in t.quote or "less sure" in t.quote
                or "Good evening" in t.quote]


def test_cue_words_are_no_entities(run):
    x = run(_BROADCAST)
    labels = {e.label.upper() for e in x.entities.values()}
    assert not labels & {"SOUNDBITE", "ANCHOR", "REPORTER", "SOT", "QUIROGA"}


def test_caption_with_words_on_next_line(run):
    x = run("Paraguay and Uruguay close in on a dredging deal.\n\n"
            "1. WIDE OF PORT\n"
            "2. (SOUNDBITE) (Spanish) URUGUAYAN TRANSPORT MINISTER, MARTA QUIROGA, SAYING:\n"
            "\"The channel will be dredged by both sides together.\"\n"
            "3. BOATS ON THE RIVER\n")
    s = statement_by_quote(x, "The channel will be dredged")
    assert s.kind == "direct" and x.entities[s.speaker].label == "Marta Quiroga"


# -- C2: press-availability turns labelled with a title and a surname ----------------
_AVAILABILITY = (
    "Foreign Minister Teo Salgado of Uruguay met Paraguay's Foreign Minister Irene Acosta in Montevideo on "
    "Monday.\n\n"
    "The following is a transcript of the joint press availability.\n\n"
    "MODERATOR (Clara Funes, press secretary, Uruguayan Foreign Ministry): Good afternoon. Minister Salgado.\n"
    "MINISTER SALGADO: Thank you, Clara. Today we agreed on the text of the river protocol.\n"
    "We will sign it in April.\n"
    "MINISTER ACOSTA: I would add one thing. Paraguay wants the study first.\n"
    "QUESTION (ASUNCION DAILY): Minister Acosta, will you sign?\n"
    "MINISTER ACOSTA: No. Not before the study is finished.\n"
)


def test_title_surname_label_is_the_person_and_turn_is_one_statement(run):
    x = run(_AVAILABILITY)
    s = statement_by_quote(x, "Today we agreed on the text")
    assert s.kind == "direct" and s.speaker == "teo-salgado"
    assert "We will sign it in April" in s.quote  # the unlabelled line goes on with the turn
    assert statement_by_quote(x, "I would add one thing").speaker == "irene-acosta"
    assert statement_by_quote(x, "Not before the study").speaker == "irene-acosta"


def test_title_labels_make_no_entities(run):
    x = run(_AVAILABILITY)
    labels = {e.label.upper() for e in x.entities.values()}
    assert not labels & {"SALGADO", "ACOSTA", "MODERATOR", "MINISTER"}


def test_moderator_bracket_gives_person_title_and_side(run):
    x = run(_AVAILABILITY)
    rels = relation_set(x)
    assert ("clara-funes", "represents", "uruguay") in rels
    assert any(r[0] == "clara-funes" and r[1] == "holdsPosition" for r in rels)
    assert not [s for s in x.statements if "Good afternoon" in s.quote]
    assert not [s for s in x.statements if "will you sign" in s.quote]


def test_question_outlet_with_a_city_word_is_media(run):
    x = run(_AVAILABILITY.replace("QUESTION (ASUNCION DAILY)", "MODERATOR: Salto Post.\nQUESTION (SALTO POST)"))
    outlets = [e for e in x.entities.values() if e.label.lower() == "salto post"]
    assert outlets and outlets[0].type == "MediaOrganization"


# -- C3: single quotation marks work as double ones; apostrophes are no marks --------
_SINGLE = ("River talks in Salto\n\n"
           "Uruguay and Paraguay met in Salto on Monday. 'We have a draft,' the minister Irene Acosta said. "
           "'The survey comes first.'\n\n"
           "'We have heard \"next month\" before,' said Rodrigo Paz, Uruguay's ports minister. 'The barges rot.'\n\n"
           "The growers' union doesn't agree. Paz's aides said nothing.\n\n"
           "‘We don’t sign empty pages,’ Paz said.\n")


def test_single_quotes_attribute_and_continue(run):
    x = run(_SINGLE)
    s = statement_by_quote(x, "We have a draft")
    assert s.kind == "direct" and s.speaker == "irene-acosta" and "'" not in s.quote
    assert statement_by_quote(x, "The survey comes first").speaker == "irene-acosta"
    assert statement_by_quote(x, "The barges rot").speaker == "rodrigo-paz"


def test_nested_double_quotes_stay_inside_single_quote(run):
    x = run(_SINGLE)
    s = statement_by_quote(x, "We have heard")
    assert '"next month" before' in s.quote and s.speaker == "rodrigo-paz"
    assert not [t for t in x.statements if t.quote == "next month"]


def test_apostrophes_open_no_quote(run):
    x = run(_SINGLE)
    assert not [t for t in x.statements if "union doesn" in t.quote or t.quote.startswith("s aides")]
    assert statement_by_quote(x, "We don’t sign empty pages").speaker == "rodrigo-paz"
