"""Session 30: every meeting the rules read is a Meeting event too, not only metWith (invented
sentences: people and towns made up; real countries where a side must be known)."""

from __future__ import annotations

DATE = "2025-03-03"


def _meeting_pairs(x) -> set[frozenset[str]]:
    return {frozenset(e.participants) for e in x.events if e.type == "Meeting"}


def test_leaders_of_two_delegations_met_at_a_meeting_event(run):
    x = run("Officials from Estonia and Latvia began talks in Velora on Monday. The Estonian delegation was "
            "led by Deputy Minister of Transport Anton Varga; the Latvian side by Deputy Transport Minister "
            "Mira Holt.", DATE)
    assert any(r.predicate == "metWith" for r in x.relations)
    assert frozenset({"anton-varga", "mira-holt"}) in _meeting_pairs(x)


def test_talks_between_two_people_are_a_meeting_event(run):
    x = run("Talks between Tarvian Foreign Minister Anton Varga and Kessian Foreign Minister Mira Holt "
            "ended without a deal on Tuesday.", DATE)
    assert frozenset({"anton-varga", "mira-holt"}) in _meeting_pairs(x)


def test_a_met_verb_gives_one_event_not_two(run):
    x = run("Tarvian Foreign Minister Anton Varga met Kessian Foreign Minister Mira Holt in Velora on "
            "Tuesday.", DATE)
    meetings = [e for e in x.events if e.type == "Meeting"]
    assert len(meetings) == 1 and set(meetings[0].participants) == {"anton-varga", "mira-holt"}
