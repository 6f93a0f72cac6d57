"""Round-19 classes for statements (C1..C7), each shown on invented sentences
(no name or sentence taken from any gold article or from the classes file)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

_DOC = (
    "Talks on the lake ferry\n\n"
    "Ruritania and Freedonia resumed talks on the lake ferry on Tuesday.\n\n"
    "{body}\n"
)


# -- C1: 'A:' answers when the lead-in names several people ----------------------------------
_QA = ("{head}\n\n{lead}\n\n"
       "Q: Why did the talks take so long?\n\n"
       "A: Because the fish do not respect borders. We needed two years of counting.\n\n"
       "Q: Will Freedonian boats fish in Ruritanian waters?\n\n"
       "A: Only with a licence, and only in summer.\n")


def test_a_answers_are_the_guest_a_pronoun_says_spoke_to_us(run):
    x = run(_QA.format(head="Lake accord explained",
                       lead="Ruritanian Fisheries Minister Olga Brenner, 48, negotiated the lake accord with "
                            "her Freedonian counterpart, Viktor Halm. She spoke to us in her office on Tuesday."))
    for words in ("fish do not respect borders", "only in summer"):
        assert statement_by_quote(x, words).speaker == "olga-brenner"
    assert not [s for s in x.statements if "take so long" in s.quote or "Freedonian boats" in s.quote]


def test_a_answers_are_the_person_we_sat_down_with(run):
    x = run(_QA.format(head="Lake accord explained",
                       lead="The accord was signed by Viktor Halm and Olga Brenner in March. "
                            "We sat down with Halm in his ministry on Friday."))
    assert statement_by_quote(x, "fish do not respect borders").speaker == "viktor-halm"


def test_a_answers_are_the_person_the_headline_names_by_office(run):
    x = run(_QA.format(head="Ruritania's fisheries minister on the lake accord",
                       lead="Viktor Halm, a Freedonian diplomat, calls the lake accord a model. Ruritanian "
                            "Fisheries Minister Olga Brenner negotiated it for two years."))
    assert statement_by_quote(x, "only in summer").speaker == "olga-brenner"


def test_a_answers_of_a_joint_interview_stay_nobodys(run):
    x = run(_QA.format(head="Lake accord explained",
                       lead="Olga Brenner and Viktor Halm gave a joint interview after the signing."))
    assert not [s for s in x.statements if "only in summer" in s.quote]


# -- C2: a quote running over paragraphs -------------------------------------------------------
def test_an_unclosed_quote_before_a_paragraph_that_opens_a_quote_is_a_statement(run):
    x = run(_DOC.format(body='Marta Kovac lives in Lindor. "We came back," she says. "The roof was gone.\n\n'
                             '"The well too. Nobody warned us."'))
    quotes = {s.quote: s.speaker for s in x.statements}
    assert quotes.get("The roof was gone") == "marta-kovac"
    assert quotes.get("The well too. Nobody warned us") == "marta-kovac"
    assert quotes.get("We came back") == "marta-kovac"


def test_curly_quote_over_three_paragraphs_gives_each_part(run):
    x = run(_DOC.format(body="Marta Kovac lives in Lindor. “We came back,” she says. “The roof was gone.\n\n"
                             "“The well was dry.\n\n“Nobody warned us.”\n\nThe aid will arrive in May."))
    quotes = {s.quote: s.speaker for s in x.statements}
    for q in ("The roof was gone", "The well was dry", "Nobody warned us"):
        assert quotes.get(q) == "marta-kovac", quotes
    assert not any("\n" in q or "The aid" in q for q in quotes)


def test_a_closed_quote_then_a_new_paragraph_quote_is_not_run_on(run):
    # the next paragraph's quote is someone else's words: no run-on rule gives it to Kovac
    x = run(_DOC.format(body='"We came back," Marta Kovac says.\n\n"The roof was fine," Ivo Sarić replies.'))
    assert statement_by_quote(x, "The roof was fine").speaker == "ivo-saric"


# -- C3: quoted fragments inside reported speech -------------------------------------------------
def test_a_quoted_predicate_after_said_is_direct_only(run):
    x = run(_DOC.format(body='The harbour master, Pavel Orsk, said the ferry would "answer to the tide tables, not '
                             'to politics".'))
    s = statement_by_quote(x, "answer to the tide tables, not to politics")
    assert s.kind == "direct" and s.speaker == "pavel-orsk"


def test_a_quoted_opening_preposition_is_the_quote_alone(run):
    # '"in line with the plan"' is what the clause says: only the direct fragment
    x = run(_DOC.format(body='Pavel Orsk said the water would be released "in line with the schedule".'))
    assert statement_by_quote(x, "in line with the schedule").kind == "direct"
    assert not [s for s in x.statements if s.kind == "reported"]


def test_a_fronted_clause_with_a_quoted_adverbial_is_reported(run):
    x = run(_DOC.format(body='Ilona Varga, the minister, spoke later. "It is a fair deal," she said. The Ruritanian '
                             'Coast Guard will keep random patrols "based on weather", she added.'))
    rep = [s for s in x.statements if s.kind == "reported" and "random patrols" in s.quote]
    assert rep and rep[0].speaker == "ilona-varga"
    assert rep[0].quote.startswith("The Ruritanian Coast Guard will keep random patrols")


# -- C4: a read-out statement is its author's; 'replied that' reports -----------------------------
def test_a_statement_read_out_by_a_spokesman_is_the_ministrys(run):
    x = run(_DOC.format(body="A statement from Freedonia's Ministry of Foreign Affairs, read out at a briefing by "
                             'its spokesman Tomas Brel, said the deal "opens the lake to both peoples".'))
    s = statement_by_quote(x, "opens the lake to both peoples")
    assert x.entities[s.speaker].type in {"GovernmentAgency", "Organization"} and s.speaker != "tomas-brel"


def test_replied_that_with_a_quoted_manner_is_reported(run):
    x = run(_DOC.format(body="Asked whether the tolls could be delayed, Ilona Varga replied that the barriers "
                             'would be lifted "pier by pier".'))
    rep = [s for s in x.statements if s.kind == "reported"]
    assert [s.quote for s in rep] == ["the barriers would be lifted pier by pier"]
    assert rep[0].speaker == "ilona-varga"


# -- C5: not statements ---------------------------------------------------------------------------
def test_asked_whether_then_said_no_is_no_statement(run):
    x = run(_DOC.format(body="Tomas Brel led the Freedonian side.\n\n"
                             "Asked whether the deal allows night crossings, Brel said no."))
    assert not [s for s in x.statements if "night crossings" in s.quote]


def test_present_say_in_a_relative_clause_is_no_statement(run):
    x = run(_DOC.format(body="It leaves intact the 1987 Lake Charter, which both sides say is still in force.\n\n"
                             "It was a closure that fishermen on both shores say has emptied their nets."))
    assert not [s for s in x.statements if "in force" in s.quote or "emptied" in s.quote]


def test_past_said_in_a_relative_clause_is_still_reported(run):
    x = run(_DOC.format(body="Ilona Varga and Tomas Brel met in Ostra. The port fees, which the two ministers said "
                             "would now be published in advance, will fall."))
    assert [s for s in x.statements if "published in advance" in s.quote]


# -- C6: 'the ferry line' / 'the airline' is the company last the subject -------------------------
def test_the_ferry_line_is_the_company_that_cancelled(run):
    x = run(_DOC.format(body="Kestrel Shipping has cancelled evening departures between Ostra and Velm. The ferry "
                             "line, which connects Ostra with Velm, said in a text message to passengers that it "
                             'expected "normal service from Friday".'))
    s = statement_by_quote(x, "normal service from Friday")
    assert s.speaker == "kestrel-shipping"
    assert s.medium == "text message"


def test_the_airline_is_the_company_named_before(run):
    x = run(_DOC.format(body="Nordair cut two flights to Ostra. The airline said it would restore them in June."))
    s = statement_by_quote(x, "it would restore them in June")
    assert s.speaker == "nordair"


def test_a_demonym_company_description_is_not_the_last_company(run):
    x = run(_DOC.format(body="Nordair cut two flights to Ostra. The Freedonian airline said it would restore them "
                             "in June."))
    assert all(s.speaker != "nordair" for s in x.statements if "restore them" in s.quote)


# -- C7: question labels naming the reporter and the outlet --------------------------------------
_PRESS = ("Press conference on the lake accord\n\n"
          "Ruritanian Fisheries Minister Olga Brenner answered questions after signing the lake accord with "
          "Freedonia on Tuesday. Below are excerpts from the news conference.\n\n"
          "Q (Marta Lindqvist, Nordposten): When will the first licences be issued?\n\n"
          "Brenner: In June, once the count is done.\n\n"
          "Q (Pavel Hrusko, Radio Dunaj): Will the quota grow?\n\n"
          "Brenner: Only if the fish come back.\n\n"
          "Q (Lindqvist): Is the quota fair?\n\n"
          "Brenner: It is the best we could get.\n")


def test_question_label_reporter_represents_the_outlet(run):
    x = run(_PRESS)
    assert x.entities["marta-lindqvist"].type == "Person"
    assert x.entities["nordposten"].type == "MediaOrganization"
    rels = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert ("marta-lindqvist", "represents", "nordposten") in rels
    assert ("pavel-hrusko", "represents", "radio-dunaj") in rels


def test_a_later_surname_label_is_the_same_reporter(run):
    x = run(_PRESS)
    # the full name in the first label and the surname in 'Q (Lindqvist):'
    assert [m.text for m in x.entities["marta-lindqvist"].mentions] == ["Marta Lindqvist", "Lindqvist"]
    assert not [e for e in x.entities.values() if e.label == "Lindqvist"]


def test_answers_still_belong_to_the_labelled_minister(run):
    x = run(_PRESS)
    for words in ("once the count is done", "if the fish come back", "best we could get"):
        assert statement_by_quote(x, words).speaker == "olga-brenner"
    assert not [s for s in x.statements if "quota fair" in s.quote or "licences be issued" in s.quote]


def test_a_quoted_name_after_call_is_no_statement(run):
    x = run(_DOC.format(body='The text builds on the 2019 lake memorandum, which officials on both shores already '
                             'call "the blue memo".'))
    assert not [s for s in x.statements if "blue memo" in s.quote]
