"""The graph viewer: the ``/graph`` page, its JSON data, search and its static assets.

Thin: parameters in, ``kg.viz`` does the work. The page runs under a strict
Content-Security-Policy (``kg.viz.render.SERVED_CSP``): scripts and styles
only from this origin, no inline script at all (the graph data is a JSON
block, which the browser does not execute), nothing from other hosts.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api.deps import get_settings, get_store
from kg import viz
from kg.errors import NotFound
from kg.settings import Settings
from kg.store import GraphStore
from kg.viz import render

router = APIRouter(tags=["viewer"])

ASSET_BASE = render.SERVED_ASSET_BASE
ASSETS = {  # name -> media type; nothing else is served from here
    "vis-network.min.js": "text/javascript; charset=utf-8",
    "viewer.js": "text/javascript; charset=utf-8",
    "viewer.css": "text/css; charset=utf-8",
}
SECURITY_HEADERS = {
    "Content-Security-Policy": render.SERVED_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

Actor = Annotated[str | None, Query(description="Focus: actor id (person/justin-trudeau), its last part, or its name")]
Depth = Annotated[int, Query(ge=1, le=3, description="Hops around the focused actor")]
Types = Annotated[str | None, Query(description="Comma-separated bn: classes to show (subclasses included), e.g. Person,Country")]
Hide = Annotated[str | None, Query(description="Comma-separated legend classes to hide")]
Documents = Annotated[str | None, Query(description="Comma-separated document ids to draw from")]
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
From = Annotated[str | None, Query(alias="from", pattern=DATE, description="Documents dated from (YYYY[-MM[-DD]])")]
To = Annotated[str | None, Query(alias="to", pattern=DATE, description="Documents dated up to (YYYY[-MM[-DD]])")]
Statements = Annotated[bool, Query(description="Draw statement nodes")]
Full = Annotated[bool, Query(description="Draw the whole graph even when it is big")]


def _params(actor: str | None, depth: int, types: str | None, hide: str | None, documents: str | None,
            date_from: str | None, date_to: str | None, statements: bool, full: bool) -> viz.ViewParams:
    return viz.ViewParams.parse(actor=actor, depth=depth, types=types, hide=hide, documents=documents,
                                date_from=date_from, date_to=date_to, statements=statements, full=full)


@router.get("/graph", response_class=HTMLResponse, summary="Interactive graph viewer")
def graph_page(
    store: Annotated[GraphStore, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    actor: Actor = None, depth: Depth = 2, types: Types = None, hide: Hide = None, documents: Documents = None,
    date_from: From = None, date_to: To = None, statements: Statements = True, full: Full = False,
) -> HTMLResponse:
    params = _params(actor, depth, types, hide, documents, date_from, date_to, statements, full)
    html = viz.page_for(store, settings.base_iri, params, ASSET_BASE)
    return HTMLResponse(html, headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})


@router.get("/graph/data", summary="The viewer's data: nodes, edges, evidence for a focus and filters")
def graph_data(
    store: Annotated[GraphStore, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    actor: Actor = None, depth: Depth = 2, types: Types = None, hide: Hide = None, documents: Documents = None,
    date_from: From = None, date_to: To = None, statements: Statements = True, full: Full = False,
) -> JSONResponse:
    params = _params(actor, depth, types, hide, documents, date_from, date_to, statements, full)
    body = viz.view_payload(store, settings.base_iri, params, viz.served_links(settings.base_iri))
    return JSONResponse(body, headers={"X-Content-Type-Options": "nosniff"})


@router.get("/graph/search", summary="Actors whose name or alias contains q (for the viewer's search box)")
def graph_search(
    store: Annotated[GraphStore, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 12,
) -> dict[str, Any]:
    data = viz.graph_data(store, settings.base_iri)
    hits = viz.search(data, q, limit=limit)
    return {"results": [{"id": n.id, "label": n.label, "cls": n.cls} for n in hits]}


@router.get("/graph/assets/{name}", include_in_schema=False)
def graph_asset(name: str) -> Response:
    if name not in ASSETS:
        raise NotFound(f"no viewer asset {name!r}; the viewer serves {', '.join(sorted(ASSETS))}")
    return Response(
        render.asset_text(name),
        media_type=ASSETS[name],
        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
    )
