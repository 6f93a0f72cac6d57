"""A node's concise bounded description (CBD) for the Linked Data pages.

The CBD of node ``n`` is: its own triples; the ``bn:Mention`` nodes it cites as
``bn:evidence``/``bn:quoteEvidence``, with their triples; and the
``bn:RelationAssertion`` nodes whose ``rdf:subject`` it is, with their triples
and their evidence mentions' triples. Read with direct index lookups
(``quads_for_pattern``) from the bound node: a handful of seeks, where the same
four SPARQL queries cost a parse and a plan each.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import NotFound
from kg.lookup.queries import BN, named
from kg.store import GraphStore

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
TYPE = ox.NamedNode(RDF + "type")
SUBJECT = ox.NamedNode(RDF + "subject")
MENTION = ox.NamedNode(BN + "Mention")
ASSERTION = ox.NamedNode(BN + "RelationAssertion")
EVIDENCE = ox.NamedNode(BN + "evidence")
CITES = {BN + "evidence", BN + "quoteEvidence"}
DEFAULT = ox.DefaultGraph()


def _about(store: GraphStore, node: ox.NamedNode | ox.BlankNode) -> set[ox.Triple]:
    """The node's own triples, from the default graph (``kg.store`` keeps the merge of all graphs there)."""
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.raw.quads_for_pattern(node, None, None, DEFAULT)}


def _typed(triples: Iterable[ox.Triple], cls: ox.NamedNode) -> bool:
    return any(t.predicate == TYPE and t.object == cls for t in triples)


def describe(store: GraphStore, iri: str) -> list[ox.Triple]:
    """The CBD of ``iri``, the node's own triples first, then sorted.

    Raises ``NotFound`` when the store says nothing about ``iri`` (as a subject).
    """
    node = named(iri)
    own = _about(store, node) if node is not None else set()
    if not own:
        raise NotFound(f"nothing is known about <{iri}>")
    triples = set(own)
    for t in own:
        if t.predicate.value in CITES and not isinstance(t.object, ox.Literal):
            m = _about(store, t.object)
            if _typed(m, MENTION):
                triples |= m
    for q in store.raw.quads_for_pattern(None, SUBJECT, node, DEFAULT):
        a = _about(store, q.subject)
        if not _typed(a, ASSERTION):
            continue
        triples |= a
        for t in a:
            if t.predicate == EVIDENCE and not isinstance(t.object, ox.Literal):
                triples |= _about(store, t.object)
    return sorted(triples, key=lambda t: (t.subject != node, str(t.subject), str(t.predicate), str(t.object)))
