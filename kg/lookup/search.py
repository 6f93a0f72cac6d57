"""``GET /api/actors``: actors whose label or alias contains ``q``, filtered and paginated.

All dictionary work on the index: the normalised names and the name order are
precomputed, so a search is one pass over the actors.
"""

from __future__ import annotations

from typing import Any

from kg.lookup.ids import check_class, resolve_actor
from kg.lookup.index import Actor, actor_index, normalise
from kg.lookup.refs import node_ref, node_refs
from kg.store import GraphStore


def search(
    store: GraphStore,
    base: str,
    q: str | None = None,
    type_: str | None = None,
    side: str | None = None,
    sort: str = "name",
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Actors whose label or an alias contains ``q`` (case, accents and spacing ignored)."""
    idx = actor_index(store, base)
    check_class(idx, "type", type_)
    needle = normalise(q) if q else ""
    side_iri = resolve_actor(idx, side) if side else None
    hits: list[Actor] = [  # by_name is in name order already
        a
        for a in idx.by_name
        if needle in a.haystack
        and (type_ is None or type_ in a.types)
        and (side_iri is None or side_iri in a.sides)
    ]
    scores: dict[str, float] = {}
    if sort == "centrality":
        from kg.analytics import degree_scores  # the actor graph is built on first use

        scores = degree_scores(store, base)
        hits.sort(key=lambda a: -scores.get(a.iri, 0.0))  # stable: ties stay in name order
    elif sort == "mentions":
        hits.sort(key=lambda a: -a.mentions)
    items = [
        {
            **node_ref(idx, a.iri),
            "aliases": a.aliases,
            "mentions": a.mentions,
            "sides": node_refs(idx, a.sides),
            "centrality": scores.get(a.iri, 0.0) if sort == "centrality" else None,
        }
        for a in hits[offset : offset + limit]
    ]
    return {"total": len(hits), "limit": limit, "offset": offset, "items": items}
