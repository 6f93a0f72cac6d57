"""Session 31, errors found on fresh articles written for the session (not fixtures): an interviewer's
"your Lithuanian counterpart, Minister X" gives X the demonym's side, "urged both sides" addresses no
node of its own, "the strip of land known as the X Gap" is a place (invented texts)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

INTERVIEW = ("Interview: Latvia's negotiator on the Belarus rail link\n\n"
             "RIGA, Oct 14 - Latvia and Belarus are negotiating a rail transit treaty.\n\n"
             "Q: Your Belarusian counterpart, Transport Minister Aleksei Lyakhnovich, said last week that a joint "
             "operator was a red line.\n")


def test_your_counterpart_takes_the_demonyms_side(run):
    rels = relation_set(run(INTERVIEW, date="2026-10-14"))
    assert ("aleksei-lyakhnovich", "represents", "belarus") in rels
    assert ("aleksei-lyakhnovich", "represents", "latvia") not in rels


def test_your_counterpart_without_a_demonym_gives_no_side_from_it(run):
    rels = relation_set(run(INTERVIEW.replace("Your Belarusian counterpart", "Your counterpart"),
                            date="2026-10-14"))
    assert ("aleksei-lyakhnovich", "represents", "belarus") not in rels


def test_both_sides_urged_are_no_addressee_of_their_own(run):
    x = run("Rail talks\n\nRIGA, Oct 14 - The European Commission has urged both sides to sign the rail "
            "treaty before the end of 2027.", date="2026-10-14")
    assert x.statements
    assert all(s.addressee is None for s in x.statements)
    assert "sides" not in {e.label for e in x.entities.values()}


def test_a_named_body_urged_is_still_the_addressee(run):
    x = run("Rail talks\n\nRIGA, Oct 14 - The European Commission has urged Latvian Railways to sign the "
            "contract before the end of 2027.", date="2026-10-14")
    assert any(s.addressee for s in x.statements)


def test_a_gap_named_as_a_strip_of_land_is_a_place(run):
    x = run("Rail talks\n\nRIGA, Oct 14 - The line will cross the narrow strip of land known as the Lida Gap "
            "between Belarus and Lithuania.", date="2026-10-14")
    assert ("Lida Gap", "Place") in {(e.label, e.type) for e in x.entities.values()}
