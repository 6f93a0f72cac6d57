"""Round 29, area C (statements): the statement parts of the shapes S1 and S3 and the classes
C1-C9, on invented text."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


# -- S1 / C1: soundbites under CLIP / SOT labels ----------------------------------------------------
_RADIO = (
    "RADIO MOSELLE 98.4 - NEWS AT EIGHT\n"
    "Tuesday, 10 March 2026 | Lead item | Bulletin script | Total 3'05\"\n\n"
    "[PRESENTER]\n"
    "Good morning. Luxembourg and Germany have agreed to build a second bridge over the Moselle at Remich. "
    "Our reporter Lena Brandt was there.\n\n"
    "[PACKAGE - Lena Brandt]\n"
    "The two ministers met on the riverbank at Remich on Monday. Luxembourg's transport minister, Claude Weber, "
    "wants the works to start next year.\n\n"
    "CLIP 1 - Claude Weber, Transport Minister (0'12\")\n"
    "\"The river joins us. The old bridge cannot carry the traffic any longer.\"\n\n"
    "His German counterpart, Markus Hoffmann, was more cautious about the date.\n\n"
    "CLIP 2 - Hoffmann (0'08\")\n"
    "\"Not before 2029.\"\n\n"
    "[PACKAGE OUT] Lena Brandt, Radio Moselle, Remich.\n\n"
    "[PRESENTER - BACK-ANNOUNCE]\n"
    "Lena Brandt reporting. Work on the design starts in the autumn.\n"
    "[END OF ITEM - next: sport]\n"
)


def test_radio_clips_are_the_labelled_persons_words(run):
    x = run(_RADIO)
    first = statement_by_quote(x, "The river joins us")
    assert _speaker(x, first) == "Claude Weber" and first.kind == "direct"
    # one statement of both sentences, said to no one in particular
    assert "cannot carry the traffic" in first.quote
    assert first.addressee is None and first.medium is None
    # a bare surname on the label is the person named before
    assert _speaker(x, statement_by_quote(x, "Not before 2029")) == "Markus Hoffmann"
    # the sign-off is nobody's statement
    assert not any("Radio Moselle" in s.quote for s in x.statements)


_TV = (
    "COAST TV — EVENING NEWS, 21:00\n"
    "SLUG: GHANA-TOGO / FERRY TALKS\n"
    "DATE: 04/03/2026   RUN: 2'20   REPORTER: Kwame Asare\n\n"
    "[ANCHOR, ON CAM]\n"
    "Ghana and Togo have reopened talks on a ferry across the Volta estuary. Kwame Asare reports.\n"
    "[PKG]\n"
    "REPORTER (VO): The talks resumed in Aflao on Tuesday, after a year without a meeting.\n"
    "REPORTER (VO): At the news conference afterwards, the Ghanaian minister was blunt.\n"
    "SOT: Efua Mensah, Minister of Transport of Ghana\n"
    "\"We share one river and one market. The ferry must run every day.\"\n"
    "SOT: Kodjo Amegah, president, Aflao Ferrymen's Union\n"
    "\"Our boats are ready. We are waiting for the papers.\"\n"
    "REPORTER (VO): The next round is due in April.\n"
    "[ANCHOR TAG, ON CAM]\n"
    "The ministers meet again in Lomé next month.\n"
    "###\n"
)


def test_tv_sot_labels_name_the_speaker(run):
    x = run(_TV)
    minister = statement_by_quote(x, "We share one river and one market")
    assert _speaker(x, minister) == "Efua Mensah" and minister.kind == "direct"
    assert "The ferry must run every day" in minister.quote
    # 'at the news conference' right before the label sets the medium
    assert minister.medium == "press conference"
    union = statement_by_quote(x, "Our boats are ready")
    assert _speaker(x, union) == "Kodjo Amegah" and union.medium is None
    # the narration is nobody's statement
    assert not any("next round is due" in s.quote or "talks resumed" in s.quote for s in x.statements)


def test_clip_with_two_quoted_lines_is_one_statement(run):
    x = run("RADIO NORD - NEWS AT SIX\n\n[PRESENTER]\nNorway and Finland will rebuild the Tana bridge.\n\n"
            "CUT 1 – MIKKO LAINE, TRANSPORT MINISTER (0:11)\n"
            "\"The bridge is old.\"\n"
            "\"It will be replaced before winter.\"\n\n"
            "[PACKAGE OUT] Siri Aas, Radio Nord, Tana bru.\n")
    st = statement_by_quote(x, "The bridge is old")
    assert _speaker(x, st) == "Mikko Laine" and "replaced before winter" in st.quote
    assert len([s for s in x.statements if "before winter" in s.quote]) == 1

def test_sot_label_with_title_before_the_name(run):
    x = run("COAST TV\n\n[ANCHOR, ON CAM]\nGhana and Togo have reopened talks on a ferry.\n[PKG]\n"
            "REPORTER (VO): The talks resumed in Aflao on Tuesday.\n"
            "SOT: Transport Minister Efua Mensah\n\"The ferry must run every day.\"\n"
            "SOT: FERRY OWNER KOJO ADU\n\"We are ready.\"\n"
            "SOT: Mensah\n\"Every single day.\"\n###\n")
    assert _speaker(x, statement_by_quote(x, "The ferry must run")) == "Efua Mensah"
    assert _speaker(x, statement_by_quote(x, "We are ready")) == "Kojo Adu"
    assert _speaker(x, statement_by_quote(x, "Every single day")) == "Efua Mensah"

# -- S3: the op-ed author's reported speech --------------------------------------------------------
_OPED = (
    "Laos and Vietnam should open the border at night\n\n"
    "By Tran Quoc Bao\n\n"
    "Editor's note: Tran Quoc Bao was Vietnam's ambassador to Laos from 2011 to 2016 and is now a senior "
    "fellow at the Red River Policy Institute in Hanoi. The views expressed are his own.\n\n"
    "The crossing at Lao Bao closes at five in the afternoon. I believe that is too early for the trade we "
    "have today.\n\n"
    "When I served in Vientiane, I told Laos's Ministry of Foreign Affairs more than once that Vietnam would "
    "pay for its half of the new terminal.\n\n"
    "A Lao official told me on Monday that Vientiane was not opposed to longer hours, but that it could not "
    "staff a night shift before next year.\n"
)


def test_oped_author_reported_speech(run):
    x = run(_OPED)
    told = statement_by_quote(x, "Vietnam would pay for its half")
    assert _speaker(x, told) == "Tran Quoc Bao" and told.kind == "reported"
    assert told.addressee is not None and x.entities[told.addressee].label.endswith("Ministry of Foreign Affairs")
    # the writer's own view is no statement
    assert not any("too early for the trade" in s.quote for s in x.statements)


# -- C2: 'that A, but that B' is one statement ------------------------------------------------------
def test_but_that_clauses_are_one_statement(run):
    x = run(_OPED)
    st = statement_by_quote(x, "Vientiane was not opposed to longer hours")
    assert "could not staff a night shift" in st.quote
    assert x.entities[st.speaker].unnamed and st.addressee is None
    assert len([s for s in x.statements if "night shift" in s.quote]) == 1


# -- C3: a short split-quote continuation -----------------------------------------------------------
def test_short_continuation_keeps_the_speaker(run):
    x = run("Slovakia and Austria plan a second bridge\n\n"
            "HAINBURG - Austrian Transport Minister Petra Novak and her Slovak counterpart, Jan Horak, spent four "
            "hours on the plans for a second Danube bridge.\n\n"
            "Novak wanted a date. Horak was more cautious. \"We will build it when the traffic is there,\" he "
            "said. \"Not before.\"\n")
    assert _speaker(x, statement_by_quote(x, "when the traffic is there")) == "Jan Horak"
    assert _speaker(x, statement_by_quote(x, "Not before")) == "Jan Horak"


# -- C4: 'The ministers agreed that ...' ------------------------------------------------------------
def test_ministers_agreed_is_each_ministers_statement(run):
    x = run("Slovakia and Austria plan a second bridge\n\n"
            "HAINBURG - The two transport ministers met in Hainburg yesterday. Austrian Transport Minister Petra "
            "Novak and her Slovak counterpart, Jan Horak, spent four hours on the plans for a second Danube "
            "bridge.\n\n"
            "The ministers agreed that expert teams would finalise a Protocol on Joint Border Controls by the "
            "end of June.\n")
    hits = [s for s in x.statements if "expert teams would finalise" in s.quote]
    assert {_speaker(x, s) for s in hits} == {"Petra Novak", "Jan Horak"}
    assert all(s.kind == "reported" for s in hits)


# -- C5: what both sides agreed "in principle" to do -------------------------------------------------
def test_agreed_in_principle_reports_the_infinitive(run):
    x = run("Kyrgyzstan and China extend hours at the pass\n\n"
            "BISHKEK - Officials of Kyrgyzstan and China met in Naryn on Tuesday to discuss the Torugart "
            "checkpoint.\n\n"
            "Both sides said they had agreed \"in principle\" to keep the checkpoint open around the clock from "
            "next spring.\n")
    st = statement_by_quote(x, "to keep the checkpoint open around the clock")
    assert st.kind == "reported" and st.quote.startswith("to keep") and "side" in _speaker(x, st)
    assert x.entities[st.speaker].unnamed


# -- C7: a municipality as speaker -------------------------------------------------------------------
def test_municipality_speaks_in_a_statement(run):
    x = run("Ferry to run all summer\n\n"
            "HELSINKI - Finland and Norway agreed on Tuesday to keep the river ferry at Utsjoki running.\n\n"
            "Utsjoki municipality said in a statement that the crossing would run daily until the end of "
            "August.\n")
    st = statement_by_quote(x, "the crossing would run daily")
    assert _speaker(x, st) == "Utsjoki municipality" and st.medium == "statement"
    assert x.entities[st.speaker].type == "GovernmentAgency"


# -- C9: 'several' speaks for the group before it -----------------------------------------------------
def test_several_of_the_local_leaders(run):
    x = run("Kenya and Somalia reopen the border\n\n"
            "NAIROBI - Kenya and Somalia agreed to reopen the border at Mandera.\n\n"
            "Local leaders on both sides of the border cautiously welcomed the agreement, though several said "
            "the real test would come in August.\n")
    st = statement_by_quote(x, "the real test would come in August")
    assert _speaker(x, st) == "local leaders" and st.kind == "reported"

