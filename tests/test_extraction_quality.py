"""Extraction quality on every gold file we have.

Three sets (README, "Evaluation"):

* the tuning set: the seed, our own articles and the first held-out articles
  (kept out of tuning until scored, tuned on since). The issue's targets hold
  on each of its files, not only on average;
* the blind set: articles written by someone who never saw the extractor, whose
  texts the helpers who wrote the rules never read (the lead read each set's
  errors once and described generic error classes with invented examples:
  105-108, then 109-111, 112-118, 119-121, 122-125, 130-133, 126-129,
  134-141, 142-149 and each later unseen set, up to 246-261 in round 31
  270-285 in round 33, 286-309 in round 34, 310-333 in round 35, 334-357 in round 36 and 358-381 in round 37; 262-269, written blind for
  round 32, in round 32).
  The floors below guard them against regressions and are set a little under
  the figures measured when the last classes were fixed; they are optimistic
  for new text;
* the unseen set (382-405 since round 37): articles written the same way,
  scored before and after the last round and never used to change anything
  (no error classes described). The honest figure for new text; its floors
  only catch a regression.
"""

from __future__ import annotations

import logging

import pytest

from kg.evaluate import evaluate_files, total
from kg.store import GraphStore
from kg.validate import validate_store
from tests.conftest import FIXTURES, MANY_DOCUMENTS_JOBS, SEEDS, build_store

ARTICLES = FIXTURES / "articles"
HELDOUT = FIXTURES / "heldout"
BLIND = FIXTURES / "blind"
UNSEEN = FIXTURES / "unseen"
TUNING_GOLD = (
    sorted(ARTICLES.glob("*.gold.json"))
    + sorted(HELDOUT.glob("*.gold.json"))
    + sorted((FIXTURES / "seed_gold").glob("*.gold.json"))
)
BLIND_GOLD = sorted(BLIND.glob("*.gold.json"))
UNSEEN_GOLD = sorted(UNSEEN.glob("*.gold.json"))

# The targets, per tuning file.
ENTITY_F1 = 0.90
STATEMENT_F1 = 0.85
SPEAKER_ACCURACY = 0.90
RELATION_F1 = 0.75
# Regression floors for the blind set (micro-averaged).
BLIND_FLOORS = {"entities": 0.925, "relations": 0.85, "statements": 0.925, "speaker": 0.96}
UNSEEN_FLOORS = {"entities": 0.875, "relations": 0.76, "statements": 0.91, "speaker": 0.94}


class _Warnings(logging.Handler):
    """Collects what the RDF writer warns about while the fixtures are built."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


RDF_WARNINGS = _Warnings()


@pytest.fixture(scope="module")
def every_fixture(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    writer = logging.getLogger("kg.rdf")
    writer.addHandler(RDF_WARNINGS)
    try:
        path = build_store(tmp_path_factory.mktemp("quality") / "store", SEEDS, ARTICLES, HELDOUT, BLIND, UNSEEN,
                           jobs=MANY_DOCUMENTS_JOBS)
    finally:
        writer.removeHandler(RDF_WARNINGS)
    return GraphStore.open(path, read_only=True)


@pytest.fixture(scope="module")
def scores(every_fixture: GraphStore):
    store = every_fixture
    return (
        evaluate_files(store, TUNING_GOLD),
        evaluate_files(store, BLIND_GOLD),
        evaluate_files(store, UNSEEN_GOLD),
    )


def test_there_are_enough_gold_files() -> None:
    assert len(TUNING_GOLD) >= 5 and len(BLIND_GOLD) >= 4 and len(UNSEEN_GOLD) >= 4
    for g in TUNING_GOLD + BLIND_GOLD + UNSEEN_GOLD:
        stem = g.name.removesuffix(".gold.json")
        found = [p for d in (g.parent, SEEDS) for p in d.glob(stem + ".*") if not p.name.endswith(".json")]
        assert found, f"no document for {g}"


def _below(scores, what: str, floor: float) -> list[str]:
    out = []
    for s in scores:
        value = s.speaker_accuracy if what == "speaker" else getattr(s, what).f1
        if value is not None and value < floor:
            out.append(f"{s.document}: {what} {value:.2f} < {floor}")
    return out


@pytest.mark.parametrize(
    ("what", "floor"),
    [("entities", ENTITY_F1), ("statements", STATEMENT_F1), ("speaker", SPEAKER_ACCURACY), ("relations", RELATION_F1)],
)
def test_targets_hold_on_every_tuning_file(scores, what: str, floor: float) -> None:
    tuning, _, _ = scores
    assert _below(tuning, what, floor) == []


def _measured(scores) -> dict[str, float]:
    t = total(scores)
    return {
        "entities": t.entities.f1,
        "relations": t.relations.f1,
        "statements": t.statements.f1,
        "speaker": t.speaker_accuracy,
    }


def test_blind_set_does_not_regress(scores) -> None:
    measured = _measured(scores[1])
    assert {k: v for k, v in measured.items() if v < BLIND_FLOORS[k]} == {}


def test_unseen_set_does_not_regress(scores) -> None:
    measured = _measured(scores[2])
    assert {k: v for k, v in measured.items() if v < UNSEEN_FLOORS[k]} == {}


def test_no_extraction_refers_to_an_entity_it_lacks(every_fixture: GraphStore) -> None:
    """A statement, event or relation pointing at a dropped entity would lose that link silently."""
    assert RDF_WARNINGS.messages == []


def test_every_built_fixture_conforms_to_the_shapes(every_fixture: GraphStore) -> None:
    """The issue asks that `bnkg validate` conform for every built document: all of them at once."""
    report = validate_store(every_fixture, offsets=True)
    assert report.conforms, report.summary()
