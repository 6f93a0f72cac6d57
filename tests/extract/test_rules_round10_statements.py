"""Round-10 rules for statements (classes S1-S7), each shown on invented
sentences (several countries and names, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set, statement_by_quote

# -- S1: transcript lines ---------------------------------------------------------
_TRANSCRIPT = (
    "Ghana and Togo held talks in Accra on Tuesday. Ghana's Foreign Minister Kwame Mensah met Togo's Foreign "
    "Minister Afi Dogbe.\n\n"
    "Mensah told reporters that the talks had been useful.\n\n"
    "Q: Will the border reopen this year?\n\n"
    "{first}\n\n"
    "Q: What about the detained fishermen, Minister?\n\n"
    "{second}\n"
)


@pytest.mark.parametrize(("first", "second"), [
    ('Mensah: "We hope so. The technical teams are working on it."',
     "Dogbe: We are discussing their release with our partners."),
    ('MENSAH: "We hope so. The technical teams are working on it."',
     "Minister Dogbe: We are discussing their release with our partners."),
    ("Mensah: We hope so. The technical teams are working on it.",
     'Dogbe: "We are discussing their release with our partners."'),
])
def test_transcript_answers_are_the_labelled_persons_words(run, first, second):
    x = run(_TRANSCRIPT.format(first=first, second=second))
    a = statement_by_quote(x, "technical teams are working on it")
    assert a.kind == "direct" and a.speaker == "kwame-mensah"
    assert a.quote.startswith("We hope so")
    b = statement_by_quote(x, "discussing their release")
    assert b.kind == "direct" and b.speaker == "afi-dogbe"


def test_transcript_questions_are_no_statements(run):
    x = run(_TRANSCRIPT.format(first="Mensah: We hope so.", second="Dogbe: Soon, we think."))
    assert not [s for s in x.statements if "reopen" in s.quote or "fishermen" in s.quote]


def test_a_label_without_a_question_before_it_is_no_answer(run):
    x = run("Ghana and Togo held talks in Accra on Tuesday. Ghana's Foreign Minister Kwame Mensah met Togo's "
            "Foreign Minister Afi Dogbe.\n\nMensah: the name of a minister, not a transcript line here.\n")
    assert not [s for s in x.statements if "transcript line" in s.quote]


def test_an_unknown_label_names_no_speaker(run):
    x = run("Peru and Chile held talks in Lima on Monday.\n\nQ: Will the talks go on?\n\n"
            "Update: The talks will go on in April, officials in Lima confirmed.\n")
    assert not [s for s in x.statements if s.kind == "direct"]


# -- S2: an action sentence before a quote ----------------------------------------
@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Nigeria and Benin held talks in Abuja on Monday. Benin's trade minister, Codjo Hounsou, led his "
     "delegation.\n\nAsked whether a deal was close, the minister laughed. \"We are not there yet, but we are "
     "much closer than last year.\"", "much closer than last year", "codjo-hounsou"),
    ("Nigeria and Benin held talks in Abuja on Monday. Nigeria's trade minister, Amaka Okafor, met Benin's "
     "trade minister, Codjo Hounsou.\n\nOkafor shook her head. \"There is no agreement on the quota yet.\"",
     "no agreement on the quota", "amaka-okafor"),
    ("Peru and Ecuador held talks in Lima on Monday. Ecuador's energy minister, Diego Andrade, met Peru's "
     "energy minister, Rosa Salinas.\n\n\"The grid link is ready,\" Salinas said. Andrade smiled. \"Our side "
     "of the line will be ready in June.\"", "Our side of the line", "diego-andrade"),
])
def test_subject_of_a_short_action_sentence_speaks_the_next_quote(run, text, words, speaker):
    s = statement_by_quote(run(text), words)
    assert s.kind == "direct" and s.speaker == speaker


def test_an_action_sentence_of_a_thing_names_no_speaker(run):
    x = run("Peru and Ecuador held talks in Lima on Monday.\n\nThe meeting ended early. \"Nothing was agreed "
            "at all today.\"")
    assert not [s for s in x.statements if "Nothing was agreed" in s.quote]


def test_an_action_sentence_in_the_previous_paragraph_names_no_speaker(run):
    x = run("Peru and Ecuador held talks in Lima on Monday. Ecuador's energy minister, Diego Andrade, met Peru's "
            "energy minister, Rosa Salinas.\n\nAndrade smiled.\n\n\"Nothing was agreed at all today.\"")
    assert not [s for s in x.statements if "Nothing was agreed" in s.quote and s.speaker == "diego-andrade"]


# -- S3: plural office holders ----------------------------------------------------
@pytest.mark.parametrize(("text", "words", "speakers"), [
    ("Peru's Foreign Minister Rosa Salinas hosted Ecuador's Foreign Minister Diego Andrade in Lima on Monday.\n\n"
     "A new border commission will meet in May, the two countries' foreign ministers said on Tuesday.",
     "border commission will meet in May", {"rosa-salinas", "diego-andrade"}),
    ("Kenya's Prime Minister Joseph Otieno met Uganda's Prime Minister Grace Nabirye in Kampala on Friday.\n\n"
     "The two prime ministers said in a joint statement that the railway would be extended to the border.",
     "railway would be extended", {"joseph-otieno", "grace-nabirye"}),
])
def test_plural_office_holders_each_speak(run, text, words, speakers):
    x = run(text)
    found = {s.speaker for s in x.statements if words in s.quote}
    assert found == speakers
    assert not [e for e in x.entities.values() if e.unnamed and e.label.endswith("ministers")]


def test_unnamed_plural_office_holders_stay_one_speaker(run):
    x = run("Peru and Ecuador held talks in Lima on Monday.\n\nA new border commission will meet in May, the two "
            "countries' foreign ministers said on Tuesday.")
    s = statement_by_quote(x, "border commission will meet in May")
    assert x.entities[s.speaker].unnamed and "ministers" in x.entities[s.speaker].label
    assert len([st for st in x.statements if "border commission" in st.quote]) == 1


# -- S4: "according to a joint statement" -----------------------------------------
@pytest.mark.parametrize(("text", "words", "medium"), [
    ("Chile and Argentina held talks in Santiago on Monday.\n\nIt will also set up a hotline for truck drivers, "
     "according to a joint statement issued after the talks.", "set up a hotline for truck drivers",
     "joint statement"),
    ("Ghana and Togo held talks in Lome on Monday.\n\nAccording to a joint statement, the new border post will "
     "open in March.", "the new border post will open in March", "joint statement"),
])
def test_according_to_a_joint_statement_is_the_two_governments(run, text, words, medium):
    x = run(text)
    s = statement_by_quote(x, words)
    speaker = x.entities[s.speaker]
    assert s.kind == "reported" and speaker.unnamed and speaker.label == "joint statement of the two governments"
    assert s.medium == medium
    assert not [r for r in x.relations if r.subject == s.speaker]


def test_according_to_a_statement_from_a_ministry_clause_first(run):
    x = run("Chile and Argentina held talks in Santiago on Monday.\n\nThe two sides agreed to open a second "
            "border crossing next year, according to a statement from the Chilean Foreign Ministry.")
    s = statement_by_quote(x, "open a second border crossing")
    assert s.speaker == "chilean-foreign-ministry" and s.medium == "statement"


def test_according_to_officials_after_a_pronoun_is_still_no_statement(run):
    x = run("Mexico and the United States held talks on Monday. Mexico's economy minister, Raquel Ibarra, "
            "led the talks.\n\nShe held talks with US officials by video link on Monday, according to "
            "officials from both countries.")
    assert not [s for s in x.statements if "video link" in s.quote]


def test_plural_office_holders_without_two_or_both_stay_one_speaker(run):
    x = run("Peru's Foreign Minister Rosa Salinas hosted Ecuador's Foreign Minister Diego Andrade in Lima on Monday."
            "\n\nForeign ministers from the region said on Tuesday that a summit would follow in May.")
    assert not [s for s in x.statements if "summit would follow" in s.quote and s.speaker == "rosa-salinas"]


# -- S5: a possessive role speaks -------------------------------------------------
@pytest.mark.parametrize(("text", "words", "label", "addressee"), [
    ("Britain and France held talks in London on Monday over fishing rights.\n\nThe town of Ayr has itself grown "
     "tired of the row, its harbour master told local radio this spring.", "grown tired of the row",
     "harbour master", "local radio"),
    ("Peru and Chile held talks in Lima on Monday.\n\nThe port of Ilo has lost half its trade since the "
     "closure, its mayor told a local newspaper.", "lost half its trade", "mayor", "local newspaper"),
])
def test_possessive_role_is_an_unnamed_speaker(run, text, words, label, addressee):
    x = run(text)
    s = statement_by_quote(x, words)
    speaker = x.entities[s.speaker]
    assert s.kind == "reported" and speaker.unnamed and speaker.label == label
    assert s.addressee is not None and x.entities[s.addressee].label == addressee


def test_possessive_role_of_a_known_town_represents_its_country(run):
    x = run("Chile and Peru held talks in Lima on Monday.\n\nArica has waited years for the railway, its mayor "
            "told reporters on Tuesday.")
    s = statement_by_quote(x, "waited years for the railway")
    assert (s.speaker, "represents", "chile") in relation_set(x)


def test_its_statement_is_no_speaker(run):
    x = run("Chile and Peru held talks in Lima on Monday. The ministry issued a statement.\n\nThe border will "
            "stay open, its statement said.")
    assert not [e for e in x.entities.values() if e.unnamed and e.label == "statement"]


# -- S6: a title with a possessive country and no name ------------------------------
@pytest.mark.parametrize(("text", "words", "label", "country"), [
    ("India and Sri Lanka held talks in Colombo on Monday.\n\nIndia's High Commissioner in Colombo, who attended "
     "the session, told reporters afterwards that the arrests should be treated as \"a humanitarian issue\".",
     "a humanitarian issue", "High Commissioner", "india"),
    ("Chile and Bolivia held talks in La Paz on Monday.\n\nChile's ambassador, who attended the talks, said the "
     "talks had gone well.", "the talks had gone well", "ambassador", "chile"),
])
def test_title_with_possessive_country_is_an_unnamed_speaker(run, text, words, label, country):
    x = run(text)
    s = statement_by_quote(x, words)
    assert x.entities[s.speaker].unnamed and x.entities[s.speaker].label == label
    assert (s.speaker, "represents", country) in relation_set(x)


def test_title_with_possessive_country_is_its_named_holder(run):
    x = run("Chile and Bolivia held talks in La Paz on Monday. Chile's ambassador, Pedro Soto, led the talks.\n\n"
            "Chile's ambassador, who attended the session, said the talks had gone well.")
    assert statement_by_quote(x, "the talks had gone well").speaker == "pedro-soto"


# -- S7: unnamed speakers keep their post-modifier -----------------------------------
@pytest.mark.parametrize(("text", "words", "label"), [
    ("Peru and Chile held talks on Monday.\n\nAccording to people familiar with the talks, the deal is close.",
     "the deal is close", "people familiar with the talks"),
    ("Peru and Chile held talks on Monday.\n\nOfficials involved in the negotiations said the text was nearly "
     "ready.", "the text was nearly ready", "officials involved in the negotiations"),
    ("Peru and Chile held talks on Monday.\n\nA source close to the minister said the signing could slip.",
     "the signing could slip", "source close to the minister"),
    ("Peru and Chile held talks on Monday.\n\nDiplomats briefed on the meeting said both sides were flexible.",
     "both sides were flexible", "diplomats briefed on the meeting"),
])
def test_unnamed_speaker_keeps_its_post_modifier(run, text, words, label):
    x = run(text)
    s = statement_by_quote(x, words)
    assert x.entities[s.speaker].unnamed and x.entities[s.speaker].label.lower() == label


def test_the_unnamed_speaker_with_a_post_modifier_is_met_again(run):
    x = run("Peru and Chile held talks on Monday.\n\nA diplomat familiar with the talks said the text was nearly "
            "ready. The diplomat said the signing could slip.")
    first = statement_by_quote(x, "the text was nearly ready")
    assert statement_by_quote(x, "the signing could slip").speaker == first.speaker


def test_transcript_with_full_name_labels_and_spelled_out_questions(run):
    x = run("Kenya and Uganda held talks in Nairobi on Friday. Kenya's trade minister, Mary Otieno, and Uganda's "
            "trade minister, Paul Okello, spoke to the press afterwards.\n\nQUESTION: When will the border post "
            "open?\n\nMary Otieno: \"In June, if the funding arrives.\"\n\nQuestion: And the fees?\n\nOKELLO: Those "
            "will be cut by half for small traders.\n")
    assert statement_by_quote(x, "if the funding arrives").speaker == "mary-otieno"
    assert statement_by_quote(x, "cut by half for small traders").speaker == "paul-okello"
    assert not [s for s in x.statements if "border post open" in s.quote or "the fees" in s.quote]
