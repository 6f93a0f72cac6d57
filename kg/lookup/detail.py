"""``GET /api/actors/{id}``: label, aliases, classes, offices, sides, sameAs links,
documents and counts — all from the index."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.lookup.ids import public_id, resolve_actor
from kg.lookup.index import Index, actor_index
from kg.lookup.refs import document_ref, node_ref, node_refs
from kg.lookup.relationships import count_facts
from kg.store import GraphStore


def offices(idx: Index, iri: str) -> list[dict[str, Any]]:
    """The positions the node holds (``bn:holdsPosition``), each with where it is held."""
    out = []
    positions = sorted({o.value for p, o in idx.out.get(iri, ()) if p == "holdsPosition" and isinstance(o, ox.NamedNode)})
    for pos in positions:
        where = sorted(o.value for p, o in idx.out.get(pos, ()) if p == "positionIn" and isinstance(o, ox.NamedNode))
        out.append({**node_ref(idx, pos), "position_in": node_ref(idx, where[0]) if where else None})
    return out


def detail(store: GraphStore, base: str, actor_id: str) -> dict[str, Any]:
    """Label, aliases, classes, offices, sides, sameAs links, documents and counts."""
    idx = actor_index(store, base)
    iri = resolve_actor(idx, actor_id)
    a = idx.actors[iri]
    docs = idx.documents_of.get(iri, [])
    inc = idx.inc.get(iri, ())
    pid = public_id(base, iri)
    return {
        **node_ref(idx, iri),
        "aliases": a.aliases,
        "offices": offices(idx, iri),
        "sides": node_refs(idx, a.sides),
        "same_as": idx.same_as.get(iri, []),
        "documents": [document_ref(idx, d) for d in docs],
        "counts": {
            "mentions": a.mentions,
            "documents": len(docs),
            "relationships": count_facts(idx, iri),
            "statements": sum(1 for p, _ in inc if p == "speaker"),
        },
        "links": {
            "self": f"/api/actors/{pid}",
            "relationships": f"/api/actors/{pid}/relationships",
            "page": f"/id/{pid}" if iri.startswith(base) else iri,
            "viewer": f"/graph?actor={pid}",
        },
    }
