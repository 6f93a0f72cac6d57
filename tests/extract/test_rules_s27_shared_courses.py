"""The course rules share one table of what 'the line' / 'the pipeline' may stand for
(place_courses.ANAPHOR_KINDS): a course told with 'leaves A and runs to B' reads it too."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-14"


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


def test_the_line_of_a_start_verb_course_may_be_a_named_pipeline(run):
    x = run("Talks\n\nKenya and Uganda met on Monday. The Tarvo pipeline was discussed. The line leaves "
            "Santa Vera and runs 440 km to Corumbo.\n", DATE)
    rels, pipe = relation_set(x), _key(x, "Tarvo pipeline")
    assert (pipe, "connects", _key(x, "Santa Vera")) in rels and (pipe, "connects", _key(x, "Corumbo")) in rels, rels


def test_the_corridor_stands_for_the_corridor_named_before(run):
    x = run("Talks\n\nKenya and Uganda met on Monday. The Tarvo Corridor was discussed. The corridor "
            "carries goods from Santa Vera to Corumbo.\n", DATE)
    rels, corridor = relation_set(x), _key(x, "Tarvo Corridor")
    assert (corridor, "connects", _key(x, "Santa Vera")) in rels and (corridor, "connects", _key(x, "Corumbo")) in rels, rels
