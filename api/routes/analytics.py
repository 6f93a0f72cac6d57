"""Graph analytics on the actor graph: centrality and communities (networkx, cached)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from api import schemas
from api.deps import get_settings, get_store
from kg import analytics
from kg.lookup.index import actor_index
from kg.lookup.refs import node_refs
from kg.settings import Settings
from kg.store import GraphStore

router = APIRouter(prefix="/api/analytics", tags=["analytics"])


@router.get(
    "/centrality",
    response_model=schemas.CentralityResult,
    responses=schemas.problem_responses(422),
    summary="Actor centrality",
)
def centrality(
    sort: Annotated[Literal["degree", "betweenness", "eigenvector"], Query()] = "degree",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Degree, betweenness and eigenvector centrality of each actor, highest first.
    Eigenvector centrality is computed per connected component (scaled by its size),
    so it is defined on disconnected graphs. Cached per store version."""
    base = settings.base_iri
    an = analytics.analysis(store, base)
    scores = analytics.centrality(store, base)
    ranked = sorted(an.graph.nodes, key=lambda v: (-scores[sort][v], v))
    top = ranked[:limit]
    refs = {r["iri"]: r for r in node_refs(actor_index(store, base), top)}
    items = [
        {
            "actor": refs[v],
            "degree": scores["degree"][v],
            "betweenness": scores["betweenness"][v],
            "eigenvector": scores["eigenvector"][v],
        }
        for v in top
    ]
    return {
        "version": an.version,
        "nodes": an.graph.number_of_nodes(),
        "edges": an.graph.number_of_edges(),
        "approximate": scores["approximate"],
        "total": len(ranked),
        "items": items,
    }


@router.get(
    "/communities",
    response_model=schemas.CommunitiesResult,
    responses=schemas.problem_responses(422),
    summary="Actor communities",
)
def communities(
    min_size: Annotated[int, Query(ge=1, le=1_000_000, description="leave out smaller communities")] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Louvain communities of the actor graph (fixed seed, edge weight = supporting facts),
    largest first, with the partition's modularity. Cached per store version."""
    base = settings.base_iri
    an = analytics.analysis(store, base)
    result = analytics.communities(store, base)
    parts = [p for p in result["parts"] if len(p) >= min_size]
    items = []
    for i, part in enumerate(parts[:limit]):
        members = node_refs(actor_index(store, base), sorted(part))
        members.sort(key=lambda r: (r["label"] or "", r["iri"]))
        items.append({"id": i, "size": len(part), "members": members})
    return {
        "version": an.version,
        "method": result["method"],
        "modularity": result["modularity"],
        "total": len(parts),
        "items": items,
    }
