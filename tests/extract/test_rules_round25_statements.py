"""Round 25, area C (statements): rules from the error classes C1-C7, on invented text."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


def _label(x, key) -> str | None:
    return x.entities[key].label if key in x.entities else None


# -- C1: the speaker a source sentence names after a lone quote ---------------------------------
_RAIL = ("Rail freight deal\n\nOSLO - Norway and Sweden agreed on Tuesday to expand rail freight across the "
         "border. Norway's Transport Minister Jon Dahl said the deal would be signed in May.\n\n")


def test_source_sentence_names_a_person_read_as_a_place(run):
    x = run(_RAIL + "\"We need more trains on this line, and soon.\" That was how Sierra Kovač, operations "
            "manager at Nordlys Coachlines, put it on Wednesday. She said the company would buy two more "
            "locomotives.")
    st = statement_by_quote(x, "We need more trains on this line")
    assert st.kind == "direct" and _speaker(x, st) == "Sierra Kovač"
    assert x.entities[st.speaker].type == "Person"
    assert _speaker(x, statement_by_quote(x, "the company would buy two more locomotives")) == "Sierra Kovač"


def test_source_sentence_names_a_person_the_model_missed(run):
    x = run(_RAIL + "\"We cannot wait another decade for the tracks.\" The warning came from Ask Ryg, "
            "purchasing manager of the Malmfält cooperative. He said the cooperative would lease "
            "more wagons.")
    st = statement_by_quote(x, "We cannot wait another decade")
    assert _speaker(x, st) == "Ask Ryg" and x.entities[st.speaker].type == "Person"
    assert _speaker(x, statement_by_quote(x, "the cooperative would lease more wagons")) == "Ask Ryg"


def test_source_sentence_speaker_is_not_the_employer(run):
    x = run(_RAIL + "\"We need more trains on this line, and soon.\" That was how Lindholm Bay, managing "
            "director of the port company Baltic Rail, put it on Wednesday.")
    assert _speaker(x, statement_by_quote(x, "We need more trains")) == "Lindholm Bay"


def test_source_sentence_possessive_owner_is_not_the_speaker(run):
    x = run(_RAIL + "\"Rails do not vote.\" That was the view of Bodø Frakt's logistics chief, Eskil Haugom.")
    assert _speaker(x, statement_by_quote(x, "Rails do not vote")) == "Eskil Haugom"


def test_source_sentence_with_the_job_first_names_the_person(run):
    x = run(_RAIL + "\"We need more trains on this line, and soon.\" That was how the port's managing director, "
            "Sierra Kovač, put it on Wednesday.")
    assert _speaker(x, statement_by_quote(x, "We need more trains")) == "Sierra Kovač"


def test_lone_quote_a_source_sentence_names_is_not_the_previous_speakers(run):
    x = run(_RAIL + "\"Nobody here wants a longer queue at the border,\" said Ask Ryg, a haulier.\n\n"
            "\"We lose two days on every load.\" That is the complaint of Lindholm Bay, a lorry driver from "
            "Narvik.")
    assert _speaker(x, statement_by_quote(x, "We lose two days on every load")) == "Lindholm Bay"


# -- C2: 'Speaking to the public broadcaster YLE, X said ...' ---------------------------------
def test_broadcaster_in_apposition_is_the_addressee(run):
    x = run("Ferry subsidies\n\nHELSINKI - Finland and Estonia failed on Tuesday to agree on ferry subsidies. "
            "Finnish Transport Minister Antti Virtanen met Estonian Transport Minister Kristjan Tamm.\n\n"
            "Speaking to the public broadcaster YLE later on Tuesday, Virtanen said Finland would not sign "
            "\"a deal that is really a subsidy.\"\n\n"
            "Speaking to the public broadcaster ERR, Tamm said Estonia was ready to wait.")
    direct = statement_by_quote(x, "a deal that is really a subsidy")
    assert _speaker(x, direct) == "Antti Virtanen" and _label(x, direct.addressee) == "YLE"
    reported = statement_by_quote(x, "Estonia was ready to wait")
    assert _speaker(x, reported) == "Kristjan Tamm" and _label(x, reported.addressee) == "ERR"


# -- C3: an interview labelled with an outlet and a surname -----------------------------------
_INTERVIEW = ("Port fees: an interview\n\nNigeria's Transport Minister Chidi Okafor spoke to Harbour Times "
              "after the talks in Accra{extra}.\n\n"
              "Harbour Times: What did you agree on?\n\n"
              "Okafor: We agreed on a common schedule of port fees for transit cargo, starting in January.\n\n"
              "Harbour Times: Your counterpart told parliament last month that Ghana would never lower its "
              "fees. What changed?\n\n"
              "Okafor: The numbers changed. Both ports were losing cargo to Lomé.\n")


def test_outlet_and_surname_labels_make_an_interview(run):
    x = run(_INTERVIEW.format(extra=""))
    for words in ("common schedule of port fees", "The numbers changed"):
        st = statement_by_quote(x, words)
        assert st.kind == "direct" and _speaker(x, st) == "Chidi Okafor"
        assert st.medium == "interview" and _label(x, st.addressee) == "Harbour Times"
    assert not [s for s in x.statements if "What did you agree on" in s.quote or "What changed" in s.quote]
    assert not [s for s in x.statements if "counterpart" in (_label(x, s.speaker) or "")]


def test_question_reports_the_named_counterpart(run):
    x = run(_INTERVIEW.format(extra=" with his Ghanaian counterpart, Ama Boateng"))
    st = statement_by_quote(x, "Ghana would never lower its fees")
    assert st.kind == "reported" and _speaker(x, st) == "Ama Boateng"


# -- C4: a pronoun after an unnamed speaker's sentence of stance ------------------------------
_BORDER = ("Border posts\n\nACCRA - Ghana and Togo agreed on Monday to reopen three border posts. Ghana's "
           "Interior Minister Kwame Mensah said the posts would open in March. \"This is good news for "
           "traders,\" he said.\n\n")


def test_pronoun_after_anonymous_official_is_the_official(run):
    x = run(_BORDER + "A senior Ghanaian official, speaking on condition of anonymity, was more cautious. He "
            "said the army still wanted the right to close the border at short notice, \"agreement or no "
            "agreement.\"")
    direct = statement_by_quote(x, "agreement or no agreement")
    reported = statement_by_quote(x, "the army still wanted the right to close the border")
    for st in (direct, reported):
        assert x.entities[st.speaker].unnamed and "official" in _speaker(x, st)
    assert reported.kind == "reported" and "agreement or no" not in reported.quote


def test_pronoun_after_cautious_officer_is_the_officer(run):
    x = run(_BORDER + "A Togolese customs officer was less optimistic. \"We have heard this before,\" he said.")
    st = statement_by_quote(x, "We have heard this before")
    assert x.entities[st.speaker].unnamed and "officer" in _speaker(x, st)


# -- C5: a summons and a question put to someone are not their statements ---------------------
_HEARING = ("Ambulance deal\n\nPRAGUE - Czech lawmakers on Tuesday questioned the delay in an ambulance "
            "agreement with Slovakia. Deputy Health Minister Eva Novotná appeared before the committee.\n\n")


def test_summoned_to_explain_is_no_statement(run):
    x = run(_HEARING + "Lawmakers summoned Novotná to explain why Slovak crews still cannot cross the border.")
    assert not [s for s in x.statements if "Slovak crews still cannot cross" in s.quote]


def test_pronoun_after_asked_by_is_the_one_asked(run):
    x = run(_HEARING + "She was asked by MP Petr Malý whether the ministry had a plan B. She said there was "
            "none.")
    assert _speaker(x, statement_by_quote(x, "there was none")) == "Eva Novotná"


# -- C6: one reported statement per reported clause ------------------------------------------
_CREWS = ("Ambulance crews\n\nACCRA - Ghana and Togo are close to a deal on ambulance crews. Ghana's Health "
          "Minister Ama Owusu met her Togolese counterpart in Lomé on Monday.\n\n")


def test_arguing_over_questions_is_no_second_report(run):
    x = run(_CREWS + "Owusu said that the ministries had agreed on which crews may cross, but were still arguing "
            "over who pays and which country's law applies if something goes wrong.")
    reported = [s for s in x.statements if s.kind == "reported"]
    assert len(reported) == 1 and reported[0].quote.startswith("the ministries had agreed")
    assert _speaker(x, reported[0]) == "Ama Owusu"


def test_quoted_words_in_a_coordinated_predicate_are_the_speakers(run):
    x = run(_CREWS + "She said that the two ministries had agreed on which crews may cross, but were still "
            "arguing over \"who pays\", and which country's law applies if something goes wrong.")
    assert _speaker(x, statement_by_quote(x, "who pays")) == "Ama Owusu"
    assert not [s for s in x.statements if s.quote.startswith("which country")]


# -- C7: an attribution mid-sentence with a framing apposition after it -----------------------
def test_lead_with_mid_sentence_attribution_reports_the_clause_before(run):
    x = run("Lithium deal\n\nLIMA - Chile and Peru have settled most of the terms of a long-delayed deal, the "
            "two governments said on Tuesday, a step exporters have long wanted.\n\nThe deal covers lithium "
            "shipments.")
    st = statement_by_quote(x, "Chile and Peru have settled most of the terms")
    assert st.kind == "reported" and "governments" in _speaker(x, st)
    assert not [s for s in x.statements if "exporters have long wanted" in s.quote]
