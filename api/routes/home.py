"""The front door: what this server offers, for people (HTML) and for programs (JSON).

``make run`` prints the server's address; opening it should say where the viewer,
the query workbench and the API are, not answer 404.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api.deps import get_settings, get_store
from api.sparql import negotiation as neg
from api.templating import TEMPLATES
from kg import __version__
from kg.lookup.documents import documents
from kg.settings import Settings
from kg.store import GraphStore

router = APIRouter(tags=["health"])

LINKS = {
    "viewer": "/graph",
    "sparql": "/sparql",
    "api_docs": "/docs",
    "openapi": "/openapi.json",
    "actors": "/api/actors",
    "documents": "/api/documents",
    "void": "/.well-known/void",
    "health": "/health",
}
SHOWN_DOCUMENTS = 50
# JSON first: a client that accepts anything (curl, scripts) gets data; browsers ask for HTML.
_OFFERED = {"application/json": "application/json", "text/html": "text/html"}


@router.get("/", summary="What this server offers (HTML for browsers, JSON otherwise)")
def home(
    request: Request, store: GraphStore = Depends(get_store), settings: Settings = Depends(get_settings)
) -> Response:
    """Links to the viewer, the SPARQL endpoint and the API, and the documents in the graph."""
    docs = documents(store, settings.base_iri, limit=SHOWN_DOCUMENTS)
    body: dict[str, Any] = {"name": "bnkg", "version": __version__, "documents": docs["total"], "links": LINKS}
    if neg.choose(request.headers.get("accept"), _OFFERED) != "text/html":
        return JSONResponse(body, headers={"Vary": "Accept"})
    html = TEMPLATES.get_template("home.html").render(
        version=__version__, total=docs["total"], documents=docs["items"], more=docs["total"] - len(docs["items"])
    )
    return HTMLResponse(html, headers={"Vary": "Accept"})
