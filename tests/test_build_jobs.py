"""`build(jobs=N)` / `bnkg build --jobs N`: extraction in worker processes, the same graph as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.settings import DEFAULT_BASE, ONTOLOGY_GRAPH
from kg.store import GraphStore
from tests.conftest import FIXTURES
from tests.test_cli import bnkg

# Three articles that share actors, so the cross-document label alignment of the build is exercised too.
ARTICLES = sorted((FIXTURES / "articles").glob("00[1-3]_*.txt"))


def _document_quads(store: GraphStore) -> set[str]:
    # The ontology's blank nodes get fresh ids in every store (in its graph and in the merged default
    # graph); the document graphs have none.
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    return {str(q) for q in store.quads() if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != onto}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs")
    for path in ARTICLES:
        shutil.copy(path, folder)
    return folder


def test_two_workers_build_the_same_graph_as_one_process(docs: Path, tmp_path: Path) -> None:
    assert len(ARTICLES) == 3
    one = GraphStore.open(tmp_path / "one")
    two = GraphStore.open(tmp_path / "two")
    report_one = build([docs], one, DEFAULT_BASE, jobs=1)
    report_two = build([docs], two, DEFAULT_BASE, jobs=2)
    assert report_one.added == report_two.added and len(report_two.added) == 3
    quads = _document_quads(one)
    assert len(quads) > 1000
    assert _document_quads(two) == quads
    again = build([docs], two, DEFAULT_BASE, jobs=2)  # nothing stale: no worker work, nothing changed
    assert again.unchanged == report_two.added and not again.added and not again.updated
    assert _document_quads(two) == quads


def test_negative_jobs_are_refused_before_anything_is_written(docs: Path, tmp_path: Path) -> None:
    store = GraphStore.open(tmp_path / "store")
    with pytest.raises(ValueError, match="jobs"):
        build([docs], store, DEFAULT_BASE, jobs=-1)
    assert len(store) == 0


def test_cli_jobs_option(docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    bad = bnkg("build", str(docs), "--jobs", "-2", store=store)
    assert bad.returncode == 2 and "--jobs" in bad.stderr and "greater than or equal to" in " ".join(bad.stderr.split())
    assert not store.exists() or not any(store.iterdir())
    res = bnkg("build", str(docs), "--jobs", "2", store=store)
    assert res.returncode == 0, res.stderr
    assert "3 added" in res.stdout
