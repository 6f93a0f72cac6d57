"""Round 26, area C (statements): rules from the error classes C1-C10, on invented text."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


def _label(x, key) -> str | None:
    return x.entities[key].label if key in x.entities else None


# -- C1: transcript turns a bracketed caption introduces --------------------------------------
_BRIDGE = ("Bridge reopens to lorries\n\nEVENING BULLETIN\n\n"
           "ANCHOR: Hungary and Slovakia reopened the Komárom bridge to lorries on Monday after twenty years "
           "of talks.\n\n")


def test_caption_names_the_person_a_surname_label_speaks_for(run):
    x = run(_BRIDGE + "[CAPTION: TOMAS VARGA - DEPUTY MINISTER OF TRANSPORT]\n\n"
            "VARGA: We waited twenty years for this bridge. Now the lorries can cross.\n\n"
            "REPORTER: Work on the second lane begins in spring.")
    st = statement_by_quote(x, "We waited twenty years")
    assert st.kind == "direct" and _speaker(x, st) == "Tomas Varga"
    assert x.entities[st.speaker].type == "Person"
    assert "VARGA" not in {e.label for e in x.entities.values()}


def test_caption_with_a_job_only_gives_an_unnamed_speaker(run):
    x = run(_BRIDGE + "[CAPTION: TRUCK DRIVER, KOMÁROM]\n\n"
            "DRIVER: I have been here since six. The queue is still long.\n\n"
            "REPORTER: Work on the second lane begins in spring.")
    st = statement_by_quote(x, "I have been here since six")
    assert st.kind == "direct" and x.entities[st.speaker].unnamed
    assert _speaker(x, st) == "truck driver"
    assert "DRIVER" not in {e.label for e in x.entities.values()}


def test_caption_turn_runs_over_its_unlabelled_lines(run):
    x = run(_BRIDGE + "[Caption: Ana Kovacs, Mayor of Komárom]\n\n"
            "KOVACS: Our town has waited for this bridge.\nIt will bring the trade back.\n\n"
            "REPORTER: Work on the second lane begins in spring.")
    st = statement_by_quote(x, "Our town has waited")
    assert _speaker(x, st) == "Ana Kovacs" and "bring the trade back" in st.quote
    assert not any("second lane" in s.quote for s in x.statements)


# -- C2: the guest's first turn under the full name, later turns under the surname -------------
_WATER_LEAD = ("Water deal: the minister speaks\n\nJordan and Israel have agreed on a new water swap. Jordan's "
               "water minister Nora Saleh negotiated it.{extra}\n\n")


def test_full_name_label_and_surname_labels_are_one_guest(run):
    x = run(_WATER_LEAD.format(extra="") + "HOST: Good morning. How long did it take?\n\n"
            "NORA SALEH: We sat for six hours in Aqaba. In the end both delegations accepted the text.\n\n"
            "HOST: And the price?\n\n"
            "SALEH: The price is the same as last year. Nobody pays more.")
    first = statement_by_quote(x, "We sat for six hours")
    assert first.kind == "direct" and _speaker(x, first) == "Nora Saleh"
    assert _speaker(x, statement_by_quote(x, "The price is the same")) == "Nora Saleh"


def test_guest_full_name_turn_before_the_first_question(run):
    x = run(_WATER_LEAD.format(extra=" She spoke to us on Tuesday.")
            + "NORA SALEH: We sat for six hours in Aqaba. In the end both delegations accepted the text.\n\n"
            "HOST: And the price?\n\n"
            "SALEH: The price is the same as last year. Nobody pays more.\n\n"
            "HOST: Will it last?\n\n"
            "SALEH: It will last if the pipeline is finished.")
    first = statement_by_quote(x, "We sat for six hours")
    assert first.kind == "direct" and _speaker(x, first) == "Nora Saleh"
    assert not any("And the price" in s.quote for s in x.statements)


# -- C3: a question that reports what the guest's counterpart (or a named person) said ---------
_SWAP = ("Water deal: the minister speaks\n\nJordan and Israel agreed on Sunday on a new water-for-power swap. "
         "Jordan's Minister of Water, Nora Saleh, negotiated the text{other} in Aqaba. She spoke to Radio Amman "
         "on Tuesday.\n\n"
         "HOST: Good morning, minister. How long did it take?\n\n"
         "SALEH: We sat for six hours in Aqaba. In the end both delegations accepted the text.\n\n"
         "HOST: Your Israeli counterpart told Kan radio on Monday that the first water could flow "
         "\"within two years\". Is that realistic?\n\n"
         "SALEH: It is realistic if the pipeline is finished.")


def test_demonym_counterpart_in_a_question_is_the_person_of_that_side(run):
    x = run(_SWAP.format(other=" with Israel's water minister, Yosef Levi,"))
    st = statement_by_quote(x, "the first water could flow")
    assert _speaker(x, st) == "Yosef Levi"
    assert "Israeli counterpart" not in {e.label for e in x.entities.values()}


def test_counterpart_nobody_named_is_no_speaker(run):
    x = run(_SWAP.format(other=""))
    assert not any("within two years" in s.quote or "first water" in s.quote for s in x.statements)
    assert "Israeli counterpart" not in {e.label for e in x.entities.values()}


def test_named_person_a_question_reports_speaks_for_themselves(run):
    x = run("Power swap: the view from Jerusalem\n\nIsrael and Jordan agreed on Sunday on a new water-for-power "
            "swap. Israel's water minister, Yosef Levi, negotiated the text with Jordan's Minister of Water, Nora "
            "Saleh, in Aqaba. He spoke to Kan radio on Tuesday.\n\n"
            "HOST: Good morning, minister. How long did it take?\n\n"
            "LEVI: We sat for six hours. Both delegations accepted the text in the end.\n\n"
            "HOST: Minister Saleh says Jordan could stop exporting power if the water does not come. What is "
            "your answer?\n\n"
            "LEVI: The water will come. We signed for it.")
    st = statement_by_quote(x, "Jordan could stop exporting power")
    assert st.kind == "reported" and _speaker(x, st) == "Nora Saleh"


# -- C4: the apposed body after '<place>'s operator' is the speaker ----------------------------
def test_apposed_operator_name_is_the_speaker_not_the_port(run):
    x = run("Port fees\n\nLOME - Togo and Burkina Faso agreed on Monday to cut transit fees at the port.\n\n"
            "The Port of Lomé's operator, Lomé Container Terminal Ltd, said in a statement on Sunday that it "
            "would make up the lost revenue through higher volumes.")
    st = statement_by_quote(x, "make up the lost revenue")
    assert _speaker(x, st).startswith("Lomé Container Terminal")


# -- C5: a trailing 'it said' in the paragraph of the body that spoke ---------------------------
_LANDING = ("Migrants landed in Malta\n\nVALLETTA - Malta and Italy are at odds again over rescues at sea.\n\n"
            "An Armed Forces of Malta patrol boat landed 41 people at Haywharf on Wednesday, the AFM said in a "
            "statement. {middle}Their boat had left Zuwara, in Libya, on Tuesday, it said.\n\n")


def test_trailing_it_said_is_the_body_of_the_paragraph(run):
    x = run(_LANDING.format(middle="") + "The boat had sunk near Lampedusa last year, it said.")
    st = statement_by_quote(x, "Their boat had left Zuwara")
    assert st.kind == "reported" and _speaker(x, st) == "Armed Forces of Malta"
    assert not any("Lampedusa" in s.quote for s in x.statements)  # no reach into the paragraph before


def test_trailing_it_said_after_a_sentence_without_a_speaker(run):
    x = run(_LANDING.format(middle="Most of them were from Bangladesh. "))
    assert _speaker(x, statement_by_quote(x, "Their boat had left Zuwara")) == "Armed Forces of Malta"



# -- C9: the quoted words a spokesman declined to go into -------------------------------------
def test_declined_to_discuss_quote_is_the_spokesmans_fragment(run):
    x = run("Gas talks\n\nBAKU - Azerbaijan and Georgia resumed talks on gas transit fees on Monday.\n\n"
            "A Georgian energy ministry spokesman declined to discuss \"the details of ongoing discussions.\"")
    st = statement_by_quote(x, "the details of ongoing discussions")
    assert st.kind == "direct" and x.entities[st.speaker].unnamed
    assert "spokesman" in _speaker(x, st)


# -- C8: the reason clause after a quoted fragment is the speaker's too ------------------------
def test_since_clause_after_a_quoted_fragment_is_reported(run):
    x = run("Border talks\n\nADDIS ABABA - Ethiopia and Sudan resumed border talks on Monday.\n\n"
            "An Ethiopian diplomat said the timing was \"not an accident\", since neither side can afford a "
            "second front.")
    assert statement_by_quote(x, "not an accident").kind == "direct"
    st = statement_by_quote(x, "neither side can afford a second front")
    assert st.kind == "reported" and "diplomat" in _speaker(x, st)


# -- C6: a body's words the host reports at the end of a transcript ----------------------------
def test_ministry_reported_in_the_hosts_closing_line(run):
    x = run(_WATER_LEAD.format(extra="") + "HOST: Good morning, minister. How long did it take?\n\n"
            "SALEH: We sat for six hours in Aqaba. In the end both delegations accepted the text.\n\n"
            "HOST: And the price?\n\n"
            "SALEH: The price is the same as last year. Nobody pays more.\n\n"
            "HOST: Minister Nora Saleh, thank you. After the interview, the Ministry of Water said the two "
            "delegations would meet again in Aqaba next month.")
    st = statement_by_quote(x, "the two delegations would meet again")
    assert st.kind == "reported" and _speaker(x, st) == "Ministry of Water"


# -- C7: a joint communique reproduced under its heading ---------------------------------------
def test_paragraphs_under_a_joint_communique_heading_are_the_two_governments(run):
    x = run("Togo and Burkina Faso cut port charges\n\nLOME - Togo and Burkina Faso agreed on Friday to cut "
            "charges on transit cargo, after two days of talks in Lomé.\n\nThe joint communique\n\n"
            "The two parties agreed to reduce by 20 per cent the handling charges on Burkinabe transit cargo "
            "from 1 July.\n\nThe two parties also agreed to set up a joint committee to monitor the corridor.\n\n"
            "Reaction\n\nTraders in Ouagadougou welcomed the cut.")
    st = statement_by_quote(x, "reduce by 20 per cent the handling charges")
    assert st.kind == "direct" and st.medium == "joint communique"
    assert x.entities[st.speaker].unnamed and "two governments" in _speaker(x, st)
    assert statement_by_quote(x, "set up a joint committee").speaker == st.speaker
    assert not any("welcomed the cut" in s.quote for s in x.statements if s.speaker == st.speaker)


# -- C3 (addressee): an outlet named before its medium word ------------------------------------
def test_outlet_named_before_the_medium_word_is_the_addressee(run):
    x = run("Water talks\n\nJordan and Israel agreed on a new water swap with Israel's water minister Yosef "
            "Levi.\n\nLevi told Israel's Haaretz newspaper on Monday that the first water could flow within "
            "two years.")
    st = statement_by_quote(x, "the first water could flow")
    assert _label(x, st.addressee) == "Haaretz"
