"""Round-23 fixes the lead made while integrating."""

from __future__ import annotations

from tests.extract.conftest import relation_set

STAFF = ("Laos and Cambodia agree rail financing\n\n"
         "VIENTIANE - Laos and Cambodia agreed on Monday how to pay for a new railway.\n\n"
         "Dang Van Khoa, director of the National Railway Authority, Laos's rail regulator, told the broadcaster VTV on Sunday "
         "that the bridge agreement was \"the piece that still needs real work\".\n\n"
         "Vanida Phommachanh, the spokeswoman of the Lao Ministry of Transport, said the talks would resume in March.")


def test_the_head_of_a_state_body_represents_the_state(run):
    x = run(STAFF)
    rels = relation_set(x)
    key = next(k for k, e in x.entities.items() if e.label == "Dang Van Khoa")
    sides = {o for s, p, o in rels if s == key and p == "represents"}
    assert sides == {"laos"}, sides  # round-35 O1: the state body's country only


def test_a_spokesperson_of_a_ministry_speaks_for_the_body_and_the_state(run):
    x = run(STAFF)
    key = next(k for k, e in x.entities.items() if e.label == "Vanida Phommachanh")
    sides = {x.entities[o].type for s, p, o in relation_set(x) if s == key and p == "represents"}
    assert sides == {"Country"}, sides  # round-35 O1: the state body's country only
