"""Round 27, area C (statements): rules from the error classes C1-C8, on invented text."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


_SEA = ("Sea border talks resume\n\nChile and Peru resumed talks on their maritime border in Lima on Monday. "
        "Chile's Foreign Minister Carlos Pereira led his delegation.\n\n")


# -- C1: the clause before a quoted fragment of place -------------------------------------------
def test_clause_before_quoted_place_fragment_is_reported(run):
    x = run(_SEA + 'Pereira said Chile was ready to move the buoys "where the charts demand it".')
    reported = statement_by_quote(x, "Chile was ready to move the buoys")
    assert reported.kind == "reported" and _speaker(x, reported) == "Carlos Pereira"
    assert "charts" not in reported.quote
    direct = statement_by_quote(x, "where the charts demand it")
    assert direct.kind == "direct" and _speaker(x, direct) == "Carlos Pereira"


def test_quoted_object_keeps_its_clause_unreported(run):
    x = run(_SEA + 'Pereira said the navy would redraw the lines "wherever the survey shows a shift". '
            'He said Chile would not sign "a blank cheque".')
    assert statement_by_quote(x, "the navy would redraw the lines").kind == "reported"
    assert [s.quote for s in x.statements if "blank cheque" in s.quote or "Chile would not sign" in s.quote] \
        == ["a blank cheque"]


# -- C2: a predicate coordinated after the fragment ----------------------------------------------
def test_predicate_after_fragment_is_reported(run):
    x = run(_SEA + 'Pereira said Chile was ready to move the buoys "where the charts demand it" but would '
            "not accept any change to the licensed blocks.")
    st = statement_by_quote(x, "would not accept any change to the licensed blocks")
    assert st.kind == "reported" and _speaker(x, st) == "Carlos Pereira"
    assert "charts" not in st.quote


def test_predicate_after_conditional_fragment_is_reported_alone(run):
    x = run(_SEA + 'Pereira said Chile would accept the new line "if the charts are redrawn" but would not pay '
            "for the survey.")
    st = statement_by_quote(x, "would not pay for the survey")
    assert st.kind == "reported" and _speaker(x, st) == "Carlos Pereira"
    # the clause cut off before its condition is no claim of his
    assert not any(s.quote == "Chile would accept the new line" for s in x.statements)


# -- C3: 'ministers from both countries' is an unnamed group ----------------------------------
def test_ministers_from_both_countries_stay_unnamed(run):
    x = run("Estonia, Latvia to open crossing by June\n\nTALLINN, May 5 - Estonia and Latvia expect to open "
            "the new Valga crossing by June, ministers from both countries told a news conference on Tuesday.\n\n"
            "Estonia's Interior Minister Lauri Tamm and Latvia's Interior Minister Ilze Berzina signed a protocol "
            "on joint checks. The ministers said the checks would start in March.")
    hits = [s for s in x.statements if "expect to open the new Valga crossing" in s.quote]
    assert len(hits) == 1 and x.entities[hits[0].speaker].unnamed
    assert "minister" in _speaker(x, hits[0])
    # 'The ministers said' in its own sentence still names the pair
    later = {_speaker(x, s) for s in x.statements if "checks would start in March" in s.quote}
    assert later == {"Lauri Tamm", "Ilze Berzina"}


# -- C6: quoted terms are no statements ----------------------------------------------------------
def test_quoted_terms_after_present_say_and_call_are_no_statements(run):
    x = run("Valley road\n\nNepal and India agreed on Monday to rebuild the road through the Arun valley. "
            'Indian officials say "Neighbourhood First". People in the valley simply call the deal "the road '
            'paper". "We have waited ten years," said Ram Thapa, a trader in Tumlingtar.')
    assert not any("Neighbourhood First" in s.quote or "road paper" in s.quote for s in x.statements)
    assert _speaker(x, statement_by_quote(x, "We have waited ten years")) == "Ram Thapa"


def test_past_naming_keeps_its_statement(run):
    x = run("Valley road\n\nNepal and India agreed on Monday to rebuild the road through the Arun valley. "
            'Nepal\'s Foreign Minister Arzu Deuba called the deal "a historic step". '
            'Villagers call it "the road paper".')
    assert _speaker(x, statement_by_quote(x, "a historic step")) == "Arzu Deuba"
    assert not any("road paper" in s.quote for s in x.statements)


# -- C7: a later echo of a quote is no second statement -------------------------------------------
def test_later_echo_of_a_quote_is_no_statement(run):
    x = run("A bridge over the Danube\n\nRomania and Bulgaria opened talks on a second bridge over the Danube on "
            "Monday. Romanian Transport Minister Sorin Grindeanu led the talks in Ruse.\n\n"
            '"A bridge is a promise made in steel," Grindeanu told reporters after the meeting.\n\n'
            "The two sides will meet again in June. A bridge, Grindeanu says, is a promise made in steel.")
    hits = [s for s in x.statements if "promise made in steel" in s.quote]
    assert len(hits) == 1 and hits[0].kind == "direct"


# -- C8: an embassy that speaks is its country's mission ----------------------------------------
def test_embassy_in_a_town_speaks_as_the_mission(run):
    x = run("Talks to resume\n\nJapan and Vietnam ended a first round of talks on a rail loan on Thursday. "
            "Japan's embassy in Hanoi said in a statement on Friday that the two sides would meet again in Hue.")
    st = statement_by_quote(x, "the two sides would meet again in Hue")
    agency = x.entities[st.speaker]
    assert agency.type == "GovernmentAgency" and not agency.unnamed
    assert agency.label == "Embassy of Japan in Vietnam" and "Japan's embassy in Hanoi" in agency.aliases
    japan = next(k for k, e in x.entities.items() if e.label == "Japan")
    assert (st.speaker, "partOf", japan) in {(r.subject, r.predicate, r.object) for r in x.relations}
