"""Round-13 rules for statements (classes C1-C7), each shown on invented
sentences (several countries and names, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import statement_by_quote

# -- C1: Q&A transcripts with outlet labels and unquoted answers -------------------
_PRESS = (
    "Chile and Peru agree on port access\n\n"
    "SANTIAGO, May 6 — Chile and Peru agreed on Tuesday to open a shared customs lane.\n\n"
    "Chile's Foreign Minister, Alberto Van Klaveren, and his Peruvian counterpart, Foreign Minister Elmer "
    "Schialer, met at the palace and took questions from reporters afterwards.\n\n"
    "Below are excerpts from the news conference.\n\n"
    "{q1} Minister Van Klaveren, what changes for truck drivers?\n\n"
    "Van Klaveren: They will stop once instead of twice. We measured the queues last winter.\n\n"
    "{q2} Mr Schialer, will Peru share the cost?\n\n"
    "Schialer: Yes. The lane is half ours, so the bill is half ours.\n"
)


@pytest.mark.parametrize(("q1", "q2"), [
    ("Q (La Tercera):", "QUESTION (Reuters):"),
    ("Q from El Comercio:", "Q:"),
    ("Question (AFP):", "Q (Andina) :"),
])
def test_answers_after_outlet_labelled_questions_are_statements(run, q1, q2):
    x = run(_PRESS.format(q1=q1, q2=q2))
    a = statement_by_quote(x, "stop once instead of twice")
    assert a.kind == "direct" and a.speaker == "alberto-van-klaveren"
    assert a.medium == "press conference" and a.addressee == "reporters"
    b = statement_by_quote(x, "half ours")
    assert b.speaker == "elmer-schialer" and b.quote.startswith("Yes.")
    assert not [s for s in x.statements if "what changes" in s.quote or "share the cost" in s.quote]


def test_a_question_label_is_no_entity(run):
    x = run(_PRESS.format(q1="QUESTION (Reuters):", q2="QUESTION:"))
    assert "question" not in x.entities


_INTERVIEW = (
    "NAIROBI, May 6 — Kenya's Minister of Energy, Opiyo Wandayi, spoke to the Daily Nation in an interview "
    "about the new line to Uganda.\n\n"
    "Q (Daily Nation): Minister, when will the line carry power?\n\n"
    "Wandayi: By December. The towers are up and the cable is on site.\n\n"
    "Q: Does Uganda agree on the tariff?\n\n"
    "Minister Wandayi: Not yet, but we are close. Uganda's Minister of Energy, Ruth Nankabirwa, told me last "
    "week, \"the numbers are nearly there.\"\n"
)


def test_interview_answers_go_to_the_outlet_that_asked(run):
    x = run(_INTERVIEW)
    a = statement_by_quote(x, "towers are up")
    assert a.speaker == "opiyo-wandayi" and a.medium == "interview" and a.addressee == "daily-nation"


def test_words_quoted_inside_an_answer_are_the_other_persons(run):
    x = run(_INTERVIEW)
    inner = statement_by_quote(x, "numbers are nearly there")
    assert inner.speaker == "ruth-nankabirwa" and inner.kind == "direct"
    own = statement_by_quote(x, "Not yet, but we are close")
    assert own.speaker == "opiyo-wandayi" and "numbers" not in own.quote


# -- C2: statements of bodies --------------------------------------------------------
_BODIES = (
    "Kenya and Uganda agree on power line\n\n"
    "NAIROBI, May 6 — Kenya and Uganda agreed on Tuesday to build a second power line.\n\n"
    "A statement from Kenya's Ministry of Energy, carried by the news agency KNA, said the two sides had "
    "reached \"a final deal\" and would meet again in Kampala in July.\n\n"
    "A communiqué issued by Uganda's State House said the line would be finished by 2028.\n\n"
    "According to a statement from Uganda's Ministry of Foreign Affairs, clearance at the border took three "
    "hours on average.\n"
)


def test_a_statement_from_a_ministry_is_the_ministrys(run):
    x = run(_BODIES)
    direct = statement_by_quote(x, "a final deal")
    assert direct.kind == "direct" and direct.speaker == "ministry-of-energy"
    reported = statement_by_quote(x, "would meet again in Kampala")
    assert reported.kind == "reported" and reported.speaker == "ministry-of-energy"
    assert reported.medium == "statement"
    assert not [s for s in x.statements if s.speaker in {"kenya", "kna"}]


def test_a_communique_issued_by_a_body_is_the_bodys(run):
    x = run(_BODIES)
    s = statement_by_quote(x, "finished by 2028")
    assert s.speaker == "state-house" and s.medium == "communique"


def test_according_to_a_statement_from_a_countrys_ministry_is_the_ministrys(run):
    x = run(_BODIES)
    s = statement_by_quote(x, "clearance at the border took three hours")
    assert s.speaker == "ministry-of-foreign-affairs" and s.kind == "reported"


# -- C3: a named speaker inside "according to a statement" ---------------------------
@pytest.mark.parametrize("source", [
    "According to a statement from Estonia's Ministry of Foreign Affairs",
    "According to a readout from Estonia's government",
])
def test_according_to_a_source_a_person_told_is_only_the_persons(run, source):
    x = run("Estonia and Finland discuss a tunnel\n\n"
            "TALLINN, May 6 — Estonia and Finland discussed a rail tunnel on Tuesday.\n\n"
            f"{source}, Prime Minister Kristen Michal told Finnish Prime Minister Petteri Orpo in a telephone "
            "call on May 2 that the tunnel was \"a priority for both nations.\"\n")
    s = statement_by_quote(x, "a priority for both nations")
    assert s.speaker == "kristen-michal"
    assert [st.speaker for st in x.statements] == ["kristen-michal"]


# -- C6: the speaker after a who-clause ----------------------------------------------
@pytest.mark.parametrize(("lead", "speaker"), [
    ("The grid operators Statnett and Fingrid sent their chief executives. Hilde Tonne, who chairs "
     "Statnett's management board, was blunter.", "hilde-tonne"),
    ("Anna Berg, a lawyer who represents Oddvar Moen, was firm.", "anna-berg"),
    ("Maria Lind, who advised Prime Minister Jonas Gahr Store for years, disagreed.", "maria-lind"),
])
def test_the_pronoun_after_a_who_clause_is_its_subject(run, lead, speaker):
    x = run("Norway and Finland link grids\n\nOSLO, May 6 — Norway and Finland agreed on Tuesday to build a new "
            f"cable.\n\n{lead} \"Two lines is a link,\" she said.\n")
    assert statement_by_quote(x, "Two lines is a link").speaker == speaker


def test_a_pronoun_still_means_the_last_person_outside_a_clause(run):
    x = run("Norway and Finland link grids\n\nOSLO, May 6 — Norway's energy minister, Terje Aasland, met "
            "Anna Berg, who chairs the grid company.\n\n\"We have agreed on the route,\" she said.\n")
    assert statement_by_quote(x, "agreed on the route").speaker == "anna-berg"


# -- C5: plural role speakers resolved to the holders ---------------------------------
def test_their_defence_ministers_are_the_two_named_holders(run):
    x = run("Peru and Bolivia agree on lake patrols\n\n"
            "LIMA, May 6 — Peru and Bolivia agreed on Tuesday to share patrol data on Lake Titicaca, but their "
            "defence ministers said talks on a new border treaty would run into next year.\n\n"
            "Walter Astudillo, Peru's Minister of Defence, and his Bolivian counterpart, Defence Minister Edmundo "
            "Novillo, met in Puno. The two ministers told reporters that the patrols would start in June.\n")
    for words in ("would run into next year", "patrols would start in June"):
        speakers = {s.speaker for s in x.statements if words in s.quote}
        assert speakers == {"walter-astudillo", "edmundo-novillo"}, (words, speakers)
    assert "defence-ministers" not in x.entities


# -- C4: a parenthetical "she said" inside reported speech ----------------------------
_ASIDES = (
    "Peru and Chile resume border talks\n\n"
    "LIMA, May 6 — Peru's foreign minister, Elmer Schialer, met Chile's foreign minister on Tuesday.\n\n"
    "Ana Ruiz, an analyst at the Andean Policy Institute, said the talks had gone well. The real question, "
    "she said, was whether the treaty would bind the two navies more tightly.\n\n"
    "The main obstacle, Chilean officials said on Monday, is the maritime boundary.\n\n"
    "Peru, Schialer insisted, would not give up its claim.\n"
)


@pytest.mark.parametrize(("words", "speaker"), [
    ("whether the treaty would bind the two navies", "ana-ruiz"),
    ("would not give up its claim", "elmer-schialer"),
])
def test_a_speech_verb_set_off_by_commas_reports_its_sentence(run, words, speaker):
    s = statement_by_quote(run(_ASIDES), words)
    assert s.kind == "reported" and s.speaker == speaker
    assert "said" not in s.quote and "insisted" not in s.quote


def test_an_aside_of_unnamed_officials_is_theirs(run):
    x = run(_ASIDES)
    s = statement_by_quote(x, "The main obstacle is the maritime boundary")
    assert x.entities[s.speaker].label.lower() == "chilean officials"


def test_an_aside_already_attributed_is_not_reported_twice(run):
    x = run("Peru and Chile resume border talks\n\nLIMA, May 6 — Peru and Chile resumed talks on Tuesday.\n\n"
            "The deal, he added, could be signed in June, according to Jorge Soto, a Peruvian negotiator.\n")
    assert len([s for s in x.statements if "signed in June" in s.quote]) == 1


# -- C7: "the <demonym> minister" is that country's minister, not its prime minister --
_MINISTERS = (
    "Peru and Ecuador agree on a river bridge\n\n"
    "LIMA, May 6 — Peru and Ecuador agreed on Tuesday to build a bridge over the Zarumilla river.\n\n"
    "Ecuador's Foreign Minister, Gabriela Sommerfeld, and Peru's Foreign Minister, Elmer "
    "Schialer, signed the accord in Tumbes. Peru's Prime Minister, Gustavo Adrianzen, and Ecuador's Vice "
    "President, Maria Jose Pinto, attended the ceremony.\n\n"
    "\"The bridge is only the start,\" Adrianzen said.\n\n"
    "{lead}\n"
)


@pytest.mark.parametrize("lead", [
    "The Peruvian minister later made the same point. \"Nobody in Lima wants to wait,\" he told RPP.",
    "\"Nobody in Lima wants to wait,\" the Peruvian minister told RPP later.",
])
def test_the_demonym_minister_is_the_countrys_minister(run, lead):
    x = run(_MINISTERS.format(lead=lead))
    assert statement_by_quote(x, "Nobody in Lima wants to wait").speaker == "elmer-schialer"
    assert statement_by_quote(x, "only the start").speaker == "gustavo-adrianzen"


def test_the_other_demonym_minister_is_the_other_countrys(run):
    x = run(_MINISTERS.format(lead="The Ecuadorian minister was more careful. \"We will finish our side first,\" "
                                   "she told reporters."))
    assert statement_by_quote(x, "finish our side first").speaker == "gabriela-sommerfeld"


# -- C1 (more): 'A:' answers, answers over two paragraphs ----------------------------
def test_a_labelled_answers_are_the_interviewees(run):
    x = run("NAIROBI, May 6 — Kenya's Minister of Energy, Opiyo Wandayi, spoke to the Daily Nation in an "
            "interview about the new line to Uganda.\n\n"
            "Q: Minister, when will the line carry power?\n\n"
            "A: By December. The towers are up and the cable is on site.\n\n"
            "Q: Does Uganda agree on the tariff?\n\n"
            "A: Not yet, but we are close.\n")
    for words in ("towers are up", "we are close"):
        s = statement_by_quote(x, words)
        assert s.speaker == "opiyo-wandayi" and s.medium == "interview" and s.addressee == "daily-nation"
    assert not [s for s in x.statements if "tariff" in s.quote]


def test_a_labelled_answers_name_nobody_when_several_are_interviewed(run):
    x = run("LIMA, May 6 — Peru's Foreign Minister, Elmer Schialer, and Chile's Foreign Minister, Alberto van "
            "Klaveren, gave a joint interview.\n\nQ: Will the talks go on?\n\nA: Yes, in June.\n")
    assert not [s for s in x.statements if "in June" in s.quote]


_TWO_PARAGRAPHS = (
    "BOGOTA, May 6 — Colombia's Foreign Minister, Laura Sarabia, and Ecuador's Foreign Minister, Gabriela "
    "Sommerfeld, held a joint press conference in Ipiales on Tuesday.\n\n"
    "REPORTER (Caracol): Minister Sarabia, when will trucks cross again?\n\n"
    "SARABIA: From Monday. The inspections will be joint.\n\n"
    "We have waited two years for this.\n\n"
    "{next}"
    "The bridge was closed in 2024 after protests, a local official said.\n"
)


def test_an_unlabelled_paragraph_inside_a_transcript_goes_on_with_the_answer(run):
    x = run(_TWO_PARAGRAPHS.format(next="REPORTER (El Universo): And Ecuador?\n\nSommerfeld: Ecuador is ready.\n\n"))
    assert statement_by_quote(x, "waited two years").speaker == "laura-sarabia"
    assert statement_by_quote(x, "Ecuador is ready").speaker == "gabriela-sommerfeld"
    assert statement_by_quote(x, "closed in 2024").speaker != "gabriela-sommerfeld"


def test_after_the_last_question_the_article_resumes(run):
    x = run(_TWO_PARAGRAPHS.format(next=""))
    assert not [s for s in x.statements if "waited two years" in s.quote]


# -- C2, C5, C4 (more) ----------------------------------------------------------------
def test_a_ministry_named_before_its_statement_speaks(run):
    x = run("Argentina and Uruguay agree on river dredging\n\nBUENOS AIRES, May 6 — Argentina and Uruguay agreed "
            "on Tuesday to dredge the channel.\n\nA Ministry of Transport statement said work would begin in "
            "October.\n")
    s = statement_by_quote(x, "work would begin in October")
    assert s.speaker == "ministry-of-transport" and s.medium == "statement"


def test_the_two_leaders_are_the_named_heads_of_state(run):
    x = run("Brazil and Paraguay renew Itaipu deal\n\nASUNCION, May 6 — Brazil's President Luiz Inacio Lula da "
            "Silva and Paraguay's President Santiago Pena met at the Itaipu dam on Tuesday. Paraguay's Vice "
            "President Pedro Alliana also attended.\n\nThe two leaders said the new tariff would take effect in "
            "January.\n")
    speakers = {s.speaker for s in x.statements if "new tariff" in s.quote}
    assert speakers == {"luiz-inacio-lula-da-silva", "santiago-pena"}


def test_a_clause_set_off_by_commas_that_is_no_speech_reports_nothing(run):
    x = run("Kenya and Uganda meet\n\nNAIROBI, May 6 — Kenya and Uganda met on Tuesday.\n\n"
            "The minister, before he spoke, checked the figures twice with his aides.\n")
    assert not [s for s in x.statements if "figures" in s.quote]
