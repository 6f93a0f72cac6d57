"""Liveness and a summary of what is loaded."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import get_store
from kg.store import GraphStore

router = APIRouter(tags=["health"])


@router.get("/health")
def health(store: GraphStore = Depends(get_store)) -> dict[str, object]:
    """Whether the server is up, and how many documents and quads it serves."""
    graphs = [g for g in store.named_graphs() if "/document/" in g]
    return {"status": "ok", "documents": len(graphs), "quads": len(store)}
