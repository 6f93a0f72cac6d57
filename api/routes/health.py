"""Liveness and a summary of what is loaded."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from api.deps import get_store
from kg.store import GraphStore

router = APIRouter(tags=["health"])


@router.get("/health")
def health(request: Request, store: GraphStore = Depends(get_store)) -> dict[str, object]:
    """Whether the server is up, how many documents and quads it serves, and how the SPARQL cache does."""
    graphs = [g for g in store.named_graphs() if "/document/" in g]
    body: dict[str, object] = {"status": "ok", "documents": len(graphs), "quads": len(store)}
    state = request.app.state
    warm = getattr(state, "warm", None)
    # False while start-up threads still build the actor index and the viewer's
    # default view: requests are answered meanwhile, but slower.
    body["warm"] = warm is None or warm.is_set()
    cache = getattr(state, "sparql_cache", None)
    if cache is not None:
        body["sparql"] = {
            "cached_answers": len(cache),
            "cache_bytes": cache.size_bytes,
            "cache_hits": cache.hits,
            "cache_misses": cache.misses,
            "workers_replaced": getattr(state.sparql_runner, "replaced", 0),
        }
    return body
