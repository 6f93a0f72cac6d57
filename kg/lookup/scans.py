"""The scans the lookup index is built from: one triple pattern each, joined in Python.

On a million-quad Oxigraph store a single-pattern scan streams ~20-40k rows per
second, while a four-pattern join over the same rows is ~20x slower (every join
step is an index seek). So the index reads each property once and joins with
dicts. Callers collect into sets, so a triple seen twice counts once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

from kg.lookup.queries import BN, sparql, with_values
from kg.store import GraphStore

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
YIELD_EVERY = 500  # rows between GIL hand-overs


def rows(store: GraphStore, query: str) -> Iterator[tuple[Any, ...]]:
    """The solutions of ``query`` as tuples of terms (no per-row dicts: these are big)."""
    res = store.query(query)
    width = len(res.variables)
    for n, sol in enumerate(res):
        if n % YIELD_EVERY == 0:
            # The index is built by a start-up thread beside the server: hand over the
            # GIL now and then, or requests wait seconds behind the scan.
            time.sleep(0)
        yield tuple(sol[i] for i in range(width))


def pairs(store: GraphStore, name: str) -> Iterator[tuple[Any, Any]]:
    """The two-column scan ``kg/sparql/<name>.rq``."""
    for a, b in rows(store, sparql(name)):
        yield a, b


def property_pairs(store: GraphStore, iri: str) -> Iterator[tuple[Any, Any]]:
    """``(subject, object)`` of every triple with predicate ``iri``."""
    for s, o in rows(store, with_values(sparql("scan_property"), "p", [ox.NamedNode(iri)])):
        yield s, o


def bn_pairs(store: GraphStore, local: str) -> Iterator[tuple[Any, Any]]:
    """``property_pairs`` for the bn: property ``local``."""
    return property_pairs(store, BN + local)
