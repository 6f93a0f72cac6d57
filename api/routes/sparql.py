"""Minimal SPARQL endpoint (GET ?query=, SPARQL JSON results); the full protocol is its own module."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pyoxigraph import QueryResultsFormat

from api.deps import get_store
from kg.store import GraphStore

router = APIRouter(tags=["sparql"])


@router.get("/sparql")
def sparql_get(query: str = Query(...), store: GraphStore = Depends(get_store)) -> Response:
    result = store.query(query)
    body = result.serialize(format=QueryResultsFormat.JSON)
    return Response(body, media_type="application/sparql-results+json")
