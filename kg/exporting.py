"""Whole-graph export: RDF serialisations (pyoxigraph, rdflib for JSON-LD) and GraphML."""

from __future__ import annotations

import io

from kg.errors import StoreError
from kg.store import RDF_FORMATS, GraphStore


def export(store: GraphStore, fmt: str) -> bytes:
    if fmt in RDF_FORMATS:
        buf = io.BytesIO()
        store.dump(buf, fmt)
        return buf.getvalue()
    if fmt == "graphml":
        return _graphml(store)
    raise StoreError(f"unknown export format {fmt!r}")


def _graphml(store: GraphStore) -> bytes:
    import networkx as nx

    from kg.analytics import actor_graph

    g = actor_graph(store)
    buf = io.BytesIO()
    nx.write_graphml(g, buf)
    return buf.getvalue()
