"""The store keeps one named graph per document and their set-merge as the default graph."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import GraphStore

EX = "https://example.org/"


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def q(s: str, o: str, g: str) -> ox.Quad:
    return ox.Quad(n(s), n("p"), ox.Literal(o), n(g))


def objects(store: GraphStore) -> list[str]:
    return sorted(r["o"].value for r in store.select("SELECT ?o WHERE { ?s ?p ?o }"))


def test_a_fact_in_two_documents_is_seen_once(tmp_path: Path) -> None:
    store = GraphStore.open(tmp_path)
    store.replace_graph(EX + "g1", [q("canada", "Canada", "g1"), q("x", "only in g1", "g1")])
    store.replace_graph(EX + "g2", [q("canada", "Canada", "g2")])
    assert objects(store) == ["Canada", "only in g1"]
    assert len(store) == 3  # quads in named graphs; the merge is not counted


def test_replace_and_remove_keep_the_merge_exact(tmp_path: Path) -> None:
    store = GraphStore.open(tmp_path)
    store.replace_graph(EX + "g1", [q("canada", "Canada", "g1"), q("x", "old", "g1")])
    store.replace_graph(EX + "g2", [q("canada", "Canada", "g2")])
    store.replace_graph(EX + "g1", [q("y", "new", "g1")])
    assert objects(store) == ["Canada", "new"]  # still stated by g2
    assert store.remove_graph(EX + "g2")
    assert objects(store) == ["new"]
    assert not store.remove_graph(EX + "g2")


def test_a_failure_while_writing_changes_nothing(tmp_path: Path) -> None:
    store = GraphStore.open(tmp_path)
    store.replace_graph(EX + "g1", [q("a", "kept", "g1")])

    def broken() -> Iterator[ox.Quad]:
        yield q("b", "half", "g1")
        raise RuntimeError("extraction crashed")

    with pytest.raises(RuntimeError):
        store.replace_graph(EX + "g1", broken())
    assert objects(store) == ["kept"]
    assert [x.object.value for x in store.quads(EX + "g1")] == ["kept"]


def test_exports_hold_named_graphs_or_the_merge(tmp_path: Path) -> None:
    store = GraphStore.open(tmp_path)
    store.replace_graph(EX + "g1", [q("canada", "Canada", "g1")])
    store.replace_graph(EX + "g2", [q("canada", "Canada", "g2")])
    nquads = io.BytesIO()
    store.dump(nquads, "nquads")
    lines = nquads.getvalue().decode().splitlines()
    assert len(lines) == 2 and all(line.endswith(("<https://example.org/g1> .", "<https://example.org/g2> .")) for line in lines)
    nt = io.BytesIO()
    store.dump(nt, "ntriples")
    assert len(nt.getvalue().decode().splitlines()) == 1


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    from kg.errors import StoreError

    store = GraphStore.open(tmp_path / "s")
    store.replace_graph(EX + "g1", [q("a", "x", "g1")])
    store.close()
    del store
    import gc

    gc.collect()
    ro = GraphStore.open(tmp_path / "s", read_only=True)
    with pytest.raises(StoreError):
        ro.remove_graph(EX + "g1")
    assert objects(ro) == ["x"]
