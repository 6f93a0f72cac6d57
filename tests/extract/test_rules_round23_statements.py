"""Round 23, area C (statements): rules from the error classes C1-C11, on invented text."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


# -- C3: more reporting verbs before 'that' --------------------------------------------------
_RAIL = ("Rail deal\n\nHANOI — Vietnam and Laos signed a rail agreement on Monday. Nguyen Thi Lan, an "
         "economist at Minh Phat Securities, watched the ceremony. ")


def test_observed_that_is_reported(run):
    x = run(_RAIL + "Lan observed that large projects often run over budget.")
    st = statement_by_quote(x, "large projects often run over budget")
    assert st.kind == "reported" and _speaker(x, st) == "Nguyen Thi Lan"


def test_complained_that_keeps_no_that(run):
    x = run(_RAIL + "Lan complained that freight was slow.")
    assert statement_by_quote(x, "freight was slow").quote == "freight was slow"


def test_disclosed_and_countered_that_are_reported(run):
    x = run(_RAIL + "Lan disclosed that the bank had cut its forecast. Lan countered that freight would "
            "still grow by a tenth.")
    assert _speaker(x, statement_by_quote(x, "the bank had cut its forecast")) == "Nguyen Thi Lan"
    assert _speaker(x, statement_by_quote(x, "freight would still grow by a tenth")) == "Nguyen Thi Lan"


# -- C1: a body tells / informs someone that ... --------------------------------------------
def test_company_informed_ministries_that(run):
    x = run("Cable delay\n\nCOPENHAGEN — Denmark and Germany agreed in 2024 to build a power cable. Siemens "
            "Energy informed the two ministries last week that the cable would be delayed.")
    st = statement_by_quote(x, "the cable would be delayed")
    assert st.kind == "reported" and _speaker(x, st) == "Siemens Energy"
    assert st.addressee is not None and "ministries" in x.entities[st.addressee].label


def test_notified_names_the_addressee(run):
    x = run("Cable delay\n\nCOPENHAGEN — Denmark and Germany agreed in 2024 to build a power cable. Siemens "
            "Energy notified both governments in March that the cable would be delayed.")
    st = statement_by_quote(x, "the cable would be delayed")
    assert st.addressee is not None and "governments" in x.entities[st.addressee].label


# -- C5: styles of address in inverted attribution -----------------------------------------
_ROAD = ("Road deal\n\nACCRA — Ghana and Togo signed a road agreement on Monday. Kwame Mensah, Ghana's "
         "Minister of Roads, and Koffi Agbo, Togo's Minister of Transport, signed for their governments. "
         "Sipho Dlamini, South Africa's High Commissioner, attended. ")


def test_said_hon_name(run):
    x = run(_ROAD + '"This road will carry our trade to the sea," said Hon. Mensah.')
    assert _speaker(x, statement_by_quote(x, "carry our trade to the sea")) == "Kwame Mensah"


def test_said_rt_hon_name(run):
    x = run(_ROAD + '"This road will carry our trade to the sea," said Rt. Hon. Dlamini.')
    assert _speaker(x, statement_by_quote(x, "carry our trade to the sea")) == "Sipho Dlamini"


# -- C6: 'the official' is the office holder just quoted -------------------------------------
def test_the_official_is_the_deputy_director_just_quoted(run):
    x = run("Border post\n\nARICA — Chile and Peru opened a new joint border post on Monday. Ana Ruiz, deputy "
            "director of Chile's customs service, toured the site with reporters. \"We have cut the waiting "
            "time in half,\" she said. The official said clearance had fallen to two hours from five.")
    st = statement_by_quote(x, "clearance had fallen to two hours")
    assert _speaker(x, st) == "Ana Ruiz"


# -- C4: trailing attribution in a press release -------------------------------------------
def test_press_release_body_statement_has_release_medium(run):
    x = run("Ghana and Togo agree new border fees\n\nMINISTRY OF TRANSPORT\nREPUBLIC OF GHANA\nPRESS RELEASE\n\n"
            "Ghana and Togo have agreed a new schedule of fees for trucks crossing at Aflao, the Ministry of "
            "Transport (MoT) announced today.\n\nThe new fees take effect on 1 June.\n")
    st = statement_by_quote(x, "agreed a new schedule of fees")
    assert _speaker(x, st) == "Ministry of Transport" and st.medium == "press release"


# -- C8: '..., officials said, in a bid to ...' ---------------------------------------------
def test_trailing_said_before_a_framing_phrase(run):
    x = run("Fees\n\nACCRA — Ghana and Togo agreed on Wednesday to merge their customs checks at Aflao, "
            "officials from both countries said, in a bid to cut waiting times for trucks.")
    st = statement_by_quote(x, "agreed on Wednesday to merge their customs checks")
    assert st.kind == "reported" and "officials" in _speaker(x, st)
    assert "in a bid" not in st.quote


def test_trailing_said_before_an_as_clause(run):
    x = run("Fees\n\nACCRA — Ghana and Togo agreed on Wednesday to merge their customs checks at Aflao, "
            "officials from both countries said, as traders complained of delays.")
    st = statement_by_quote(x, "agreed on Wednesday to merge their customs checks")
    assert "officials" in _speaker(x, st)


# -- C7: 'according to figures from X' ------------------------------------------------------
_TRADE = "Trade\n\nNAIROBI — Kenya and Uganda resumed trade talks on Monday. "


def test_according_to_figures_from_a_ministry(run):
    x = run(_TRADE + "Trade between the two countries fell by a third last year, according to figures from "
            "Kenya's Ministry of Trade.")
    st = statement_by_quote(x, "fell by a third last year")
    assert st.kind == "reported" and _speaker(x, st) == "Ministry of Trade"


def test_according_to_data_from_a_bureau(run):
    x = run(_TRADE + "Trade between the two countries fell by a third last year, according to data from the "
            "Kenya National Bureau of Statistics.")
    st = statement_by_quote(x, "fell by a third last year")
    assert _speaker(x, st) == "Kenya National Bureau of Statistics"


# -- C11: 'according to the bridge's operators' ----------------------------------------------
def test_according_to_the_bridges_operators(run):
    x = run(_TRADE + "Traffic on the new bridge fell by a third last year, according to the bridge's operators.")
    st = statement_by_quote(x, "Traffic on the new bridge fell")
    assert x.entities[st.speaker].unnamed and _speaker(x, st) == "operators"


def test_according_to_the_builders_of_the_tunnel(run):
    x = run(_TRADE + "The tunnel will open two years late, according to the builders of the tunnel.")
    st = statement_by_quote(x, "The tunnel will open two years late")
    assert _speaker(x, st) == "builders"


# -- C10: 'X, according to the official, is ...' ---------------------------------------------
def test_according_to_set_off_inside_the_sentence(run):
    x = run(_TRADE + "A senior Kenyan official said the talks had stalled over sugar. The compromise, "
            "according to the official, is a shared fund for farmers.")
    st = statement_by_quote(x, "The compromise is a shared fund for farmers")
    assert st.kind == "reported" and _speaker(x, st) == "senior Kenyan official"


# -- C2: a reported clause closed by a quoted phrase of time -----------------------------------
def test_reported_clause_around_quoted_time_phrase(run):
    x = run("Rail\n\nSTOCKHOLM — Sweden and Norway agreed on Monday to upgrade the rail line between Oslo and "
            "Stockholm. Anna Berg, Sweden's infrastructure minister, attended the signing. Berg said the "
            "Swedish side would publish a new plan for the line \"before the summer.\"")
    assert statement_by_quote(x, "would publish a new plan for the line").kind == "reported"
    # round 24 (C9): the quoted time phrase is no second, direct statement
    assert not any(s.kind == "direct" and s.quote == "before the summer" for s in x.statements)


# -- C9: a post's signature line without a dash ----------------------------------------------
def test_post_signed_without_dash(run):
    x = run("Crossing\n\nCAIRO — Egypt and Sudan agreed on Tuesday to reopen the Argeen crossing to trucks. "
            "Mohamed Adel, Egypt's deputy minister of transport, welcomed the deal.\n\n"
            "Good news for traders: the Argeen crossing reopens to trucks on Sunday. We thank our partners.\n\n"
            "Mohamed Adel (@MAdel_Gov) 4 November 2026\n\nSudanese officials said the crossing would open "
            "at 8 a.m.\n", date="2026-11-05")
    st = statement_by_quote(x, "We thank our partners")
    assert st.kind == "direct" and _speaker(x, st) == "Mohamed Adel" and st.medium == "post"
