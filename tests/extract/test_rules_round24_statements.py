"""Round 24, area C (statements): rules from the error classes C1-C9, on invented text."""

from __future__ import annotations

from tests.extract.conftest import entity_types, statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


# -- C1: transcript turns with an interpreter note -------------------------------------------
_TALKS = ("Border talks\n\nColombia and Ecuador discussed border trade in Quito on Monday. Colombian "
          "Foreign Minister Andrés Ocampo led his delegation.\n\n")


def test_interpreter_note_after_accented_label_is_a_turn(run):
    x = run(_TALKS + "ANDRÉS OCAMPO: (Through interpreter) The people of both countries want the border "
            "open again.\n")
    st = statement_by_quote(x, "want the border open again")
    assert st.kind == "direct" and _speaker(x, st) == "Andrés Ocampo"
    assert "interpreter" not in st.quote


def test_language_note_in_label_brackets_names_a_new_person(run):
    x = run(_TALKS + "ÉLODIE MARCHAND (in French): We agree that the crossings should reopen soon.\n")
    st = statement_by_quote(x, "the crossings should reopen soon")
    assert st.kind == "direct" and _speaker(x, st) == "Élodie Marchand"


def test_via_interpreter_label_leaves_no_name_fragment(run):
    x = run(_TALKS.replace("Andrés", "Andres") + "ANDRES OCAMPO: (via interpreter) We will meet again in "
            "March.\n")
    st = statement_by_quote(x, "We will meet again in March")
    assert _speaker(x, st) == "Andres Ocampo"
    assert "ANDRES" not in entity_types(x)


# -- C4: surnames with lower-case particles ---------------------------------------------------
_PIPE = ("Pipeline deal\n\nBAGHDAD — Iraq and Jordan agreed on Tuesday to revive a pipeline project. Iraqi "
         "Oil Minister Hayan al-Jubouri signed for Iraq and Jordanian Energy Minister Omar Haddad signed for "
         "Jordan.\n\n")


def test_al_surname_speaks_a_short_quote(run):
    x = run(_PIPE + "\"The route is settled,\" al-Jubouri said. \"We expect the first oil in two years.\"")
    assert _speaker(x, statement_by_quote(x, "The route is settled")) == "Hayan al-Jubouri"
    assert _speaker(x, statement_by_quote(x, "We expect the first oil")) == "Hayan al-Jubouri"


def test_pronoun_after_particle_surname_is_theirs(run):
    x = run(_PIPE + "\"The route is settled,\" al-Jubouri said.\n\nHe told reporters that the cost would be "
            "shared equally.")
    st = statement_by_quote(x, "the cost would be shared equally")
    assert st.kind == "reported" and _speaker(x, st) == "Hayan al-Jubouri"


def test_el_surname_after_said(run):
    x = run("Gas talks\n\nCAIRO — Egypt and Cyprus discussed a gas link. Egyptian Petroleum Minister Karim "
            "el-Masri led the talks with Cypriot Energy Minister Nikos Petrou.\n\n"
            "\"The link could carry gas by 2030,\" said el-Masri.")
    st = statement_by_quote(x, "The link could carry gas by 2030")
    assert _speaker(x, st) == "Karim el-Masri"


# -- C3: 'came from X, an economist at the Forum, who said ...' -------------------------------
_AMMAN = "Trade pact\n\nAMMAN — Jordan and Egypt signed a trade agreement on Monday.\n\n"


def test_who_said_after_apposition_is_the_person(run):
    x = run(_AMMAN + "The warning came from Lina Haddad, an economist at the Arab Economic Forum, who said "
            "the agreement would need more funding.")
    st = statement_by_quote(x, "the agreement would need more funding")
    assert st.kind == "reported" and _speaker(x, st) == "Lina Haddad"



# -- C5: 'told reporters after the signing that ...' ------------------------------------------
_BORDER = ("Border deal\n\nBEITBRIDGE — South Africa and Zimbabwe signed a one-stop border post agreement "
           "on Monday.\n\n")


def test_acronym_title_dr_told_after_the_signing_that(run):
    x = run(_BORDER + "BMA Commissioner Dr Sipho Dube told reporters after the signing that queues had "
            "stretched for kilometres.")
    st = statement_by_quote(x, "queues had stretched for kilometres")
    assert st.kind == "reported" and _speaker(x, st) == "Sipho Dube"
    assert st.quote == "queues had stretched for kilometres"


# -- C6: 'Speaking to Radio X, NAME, office, said ...' ----------------------------------------
_CUSTOMS = "Customs link\n\nMAPUTO — Mozambique and Malawi agreed to link their customs systems.\n\n"


def test_speaking_to_radio_name_is_the_speaker(run):
    x = run(_CUSTOMS + "Speaking to Radio Maputo, Ana Mondlane, President of the Revenue Authority, said a "
            "shared system would be tested.")
    st = statement_by_quote(x, "a shared system would be tested")
    assert st.kind == "reported" and _speaker(x, st) == "Ana Mondlane"
    assert st.addressee is not None and x.entities[st.addressee].label == "Radio Maputo"


def test_speaking_to_radio_addressee_when_parsed_whole(run):
    x = run(_CUSTOMS + "Speaking to Radio Mozambique on Tuesday, Ana Mondlane, the President of the Revenue "
            "Authority, said a shared system would be tested.")
    st = statement_by_quote(x, "a shared system would be tested")
    assert st.addressee is not None and x.entities[st.addressee].label == "Radio Mozambique"


# -- C7: a statement posted on a body's website ----------------------------------------------
_HANOI = "Trade talks\n\nHANOI — Vietnam and Cambodia held trade talks this week.\n\n"


def test_statement_posted_on_ministry_website(run):
    x = run(_HANOI + "A statement posted on the Ministry of Trade's website on Thursday said the two "
            "delegations would meet again.")
    st = statement_by_quote(x, "the two delegations would meet again")
    assert st.kind == "reported" and _speaker(x, st) == "Ministry of Trade" and st.medium == "statement"


def test_statement_on_the_website_of_a_ministry(run):
    x = run(_HANOI + "A statement on the website of the Ministry of Trade said the two delegations would "
            "meet again.")
    assert _speaker(x, statement_by_quote(x, "would meet again")) == "Ministry of Trade"


# -- C9: a quoted time phrase closing a reported clause --------------------------------------
_OSLO = ("Water pact\n\nOSLO — Norway and Sweden discussed a water protocol on Monday. Norwegian Climate "
         "Minister Anna Berg led the talks.\n\n")


def test_hoped_signed_before_quoted_time_is_one_statement(run):
    x = run(_OSLO + "Berg said she hoped the protocol could be signed \"before the end of the year\".")
    hits = [s for s in x.statements if "before the end of the year" in s.quote]
    assert len(hits) == 1 and hits[0].kind == "reported"


def test_interpreter_note_after_name_and_office(run):
    x = run(_TALKS + "ANDRÉS OCAMPO, COLOMBIAN FOREIGN MINISTER (through interpreter): The people of both "
            "countries want the border open again.\n")
    st = statement_by_quote(x, "want the border open again")
    assert _speaker(x, st) == "Andrés Ocampo" and st.quote.startswith("The people")
