"""``GET /api/actors/{id}/relationships``: every bn: fact in and out of a node, with evidence.

Facts come from the index, so filtering, sorting and counting cost no query even
for hubs with thousands of facts; evidence is looked up for the requested page only.
Relations between entities take their evidence from ``bn:RelationAssertion``
nodes; facts stated by statements and events (speaker, addressee, about,
participant) take the statement's or event's own source sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.lookup.ids import check_class, resolve_actor
from kg.lookup.index import Index, actor_index
from kg.lookup.refs import evidence, node_ref
from kg.ontology import SYMMETRIC_PROPERTIES
from kg.store import GraphStore

DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class Fact:
    """One fact seen from a node: ``direction`` ``out`` (node p other), ``in`` (other p node) or
    ``both`` (a symmetric property such as ``metWith``, which the graph states both ways)."""

    predicate: str
    direction: str
    other: Any  # a pyoxigraph term: NamedNode, BlankNode or Literal


def facts(idx: Index, iri: str, predicate: str | None = None, other_type: str | None = None) -> list[Fact]:
    """The node's facts, filtered, sorted by predicate, direction, the other's label, value, IRI."""
    out = idx.out.get(iri, ())
    incoming = set(idx.inc.get(iri, ()))
    mutual = _mutual(out, incoming)
    found = [Fact(p, "both" if (p, o.value) in mutual else "out", o) for p, o in out]
    # The reverse of a symmetric fact is the same fact: listed once, as "both".
    found += [Fact(p, "in", ox.NamedNode(s)) for p, s in incoming if (p, s) not in mutual]
    if predicate:
        found = [f for f in found if f.predicate == predicate]
    if other_type:
        found = [f for f in found if isinstance(f.other, ox.NamedNode) and other_type in idx.node(f.other.value).types]

    def key(f: Fact) -> tuple[str, str, str, str, str]:
        if isinstance(f.other, ox.Literal):
            return (f.predicate, f.direction, "", f.other.value, "")
        return (f.predicate, f.direction, idx.node(f.other.value).label or "", "", f.other.value)

    return sorted(found, key=key)


def _mutual(out, incoming: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """(predicate, other) of the symmetric facts the graph states both ways."""
    return {(p, o.value) for p, o in out if p in SYMMETRIC_PROPERTIES and (p, o.value) in incoming}


def count_facts(idx: Index, iri: str) -> int:
    """How many facts :func:`facts` lists for the node, without building them."""
    out = idx.out.get(iri, ())
    incoming = set(idx.inc.get(iri, ()))
    return len(out) + len(incoming) - len(_mutual(out, incoming))


def fact_evidence(store: GraphStore, idx: Index, iri: str, fact: Fact) -> list[dict[str, Any]]:
    """The sentences behind one fact (see the module docstring)."""
    if fact.direction != "in":
        mentions = idx.asserted.get((iri, fact.predicate, str(fact.other))) or idx.own_evidence.get(iri, [])
    else:
        other = fact.other.value
        mentions = idx.asserted.get((other, fact.predicate, f"<{iri}>")) or idx.own_evidence.get(other, [])
    return evidence(store, idx, mentions)


def statement_ref(idx: Index, iri: str) -> dict[str, Any]:
    """``{id, iri, quote, kind}`` of a statement node."""
    lits = {p: o.value for p, o in sorted(idx.out.get(iri, ()), key=lambda f: str(f[1])) if isinstance(o, ox.Literal)}
    ref = node_ref(idx, iri)
    return {"id": ref["id"], "iri": iri, "quote": lits.get("quote"), "kind": lits.get("kind")}


def render(store: GraphStore, idx: Index, iri: str, page: list[Fact]) -> list[dict[str, Any]]:
    """Response items for ``page`` (evidence looked up for these facts only)."""
    items = []
    for f in page:
        named = isinstance(f.other, ox.NamedNode)
        ref = node_ref(idx, f.other.value) if named else None
        items.append(
            {
                "predicate": f.predicate,
                "direction": f.direction,
                "other": ref,
                "value": f.other.value if isinstance(f.other, ox.Literal) else None,
                "evidence": fact_evidence(store, idx, iri, f),
                "statement": statement_ref(idx, f.other.value) if ref and "Statement" in ref["types"] else None,
            }
        )
    return items


def node_relationships(
    store: GraphStore,
    base: str,
    iri: str,
    predicate: str | None = None,
    other_type: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """One page of the facts of any node IRI (actors, positions, statements...); ``total`` counts all."""
    idx = actor_index(store, base)
    found = facts(idx, iri, predicate, other_type)
    page = found[offset : None if limit is None else offset + limit]
    return {
        "actor": node_ref(idx, iri),
        "total": len(found),
        "limit": limit,
        "offset": offset,
        "items": render(store, idx, iri, page),
    }


def relationships(
    store: GraphStore,
    base: str,
    actor_id: str,
    predicate: str | None = None,
    other_type: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """:func:`node_relationships` of the actor ``actor_id`` (404 if unknown, 422 for an unknown class)."""
    idx = actor_index(store, base)
    iri = resolve_actor(idx, actor_id)
    check_class(idx, "other_type", other_type)
    return node_relationships(store, base, iri, predicate, other_type, limit, offset)
