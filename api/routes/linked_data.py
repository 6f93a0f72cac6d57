"""Linked Data: every entity IRI resolves here, ``{base}X`` is served at ``/id/X``.

``text/turtle`` and ``application/ld+json`` give the node's concise bounded
description (``kg.lookup.describe``); ``text/html`` (the default, what browsers
ask for) a readable page. The JSON-LD is compacted with the context published at
``/context.jsonld`` and refers to it by URL. Everything shown on the page comes
from the graph, so Jinja escapes it all (labels and quotes are untrusted text).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api import schemas
from api.templating import TEMPLATES
from api.deps import get_settings, get_store
from kg.lookup.describe import describe
from kg.lookup.detail import offices
from kg.lookup.ids import public_id
from kg.lookup.index import actor_index
from kg.lookup.refs import node_ref, node_refs
from kg.lookup.relationships import node_relationships
from kg.settings import Settings
from kg.store import PREFIXES, GraphStore

router = APIRouter(tags=["linked data"])

TURTLE, JSONLD, HTML, NTRIPLES = "text/turtle", "application/ld+json", "text/html", "application/n-triples"
FORMATS = {"turtle": TURTLE, "ttl": TURTLE, "jsonld": JSONLD, "json-ld": JSONLD, "html": HTML, "nt": NTRIPLES, "ntriples": NTRIPLES}
# The published context: prefixes plus short names for the common properties.
CONTEXT: dict[str, Any] = {
    **{p: ns for p, ns in PREFIXES.items() if p != "id"},
    "label": {"@id": "rdfs:label"},
    "altLabel": {"@id": "skos:altLabel"},
}
MAX_TEXT_ON_PAGE = 4000
MAX_RELATIONSHIPS_ON_PAGE = 300  # hubs (countries) can have thousands; the API pages the rest
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def negotiate(accept: str | None) -> str:
    """The best of HTML, Turtle, JSON-LD and N-Triples for an Accept header (HTML if unsure).

    >>> negotiate("application/ld+json;q=0.9, text/turtle")
    'text/turtle'
    >>> negotiate("*/*")
    'text/html'
    """
    offers = [HTML, TURTLE, JSONLD, NTRIPLES]
    best, best_q = HTML, 0.0
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        mime = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if mime == "application/json":
            mime = JSONLD
        if mime in offers and q > best_q:
            best, best_q = mime, q
    return best


@router.get("/context.jsonld", summary="The JSON-LD context of the entity descriptions")
def context() -> JSONResponse:
    """The `@context` the JSON-LD entity descriptions refer to."""
    return JSONResponse({"@context": CONTEXT}, media_type=JSONLD)


@router.get(
    "/id/{path:path}",
    summary="An entity's description (HTML, Turtle or JSON-LD)",
    response_class=Response,
    responses={
        200: {
            "description": "The concise bounded description of the node",
            "content": {HTML: {"schema": {"type": "string"}}, TURTLE: {"schema": {"type": "string"}},
                        JSONLD: {"schema": {"type": "object"}}, NTRIPLES: {"schema": {"type": "string"}}},
        },
        **schemas.problem_responses(404, 422),
    },
)
def entity(
    path: str,
    request: Request,
    format: str | None = Query(None, pattern="^(turtle|ttl|jsonld|json-ld|html|nt|ntriples)$",
                               description="override content negotiation"),
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> Response:
    """The node whose IRI is `{base}{path}` (e.g. `/id/person/justin-trudeau`).
    Content negotiation: `text/html` (default), `text/turtle`, `application/ld+json`,
    `application/n-triples`; or `?format=`."""
    base = settings.base_iri
    iri = base + path
    triples = describe(store, iri)
    mime = FORMATS[format] if format else negotiate(request.headers.get("accept"))
    # Header values must be Latin-1: percent-encode anything else in the IRI.
    headers = {"Vary": "Accept", "Link": f'<{quote(iri, safe=":/#?&=@%+~-._!$()*,;")}>; rel="canonical"'}
    if mime == TURTLE:
        prefixes = {p: ns for p, ns in PREFIXES.items() if p != "id"}
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        return Response(body, media_type="text/turtle; charset=utf-8", headers=headers)
    if mime == NTRIPLES:
        return Response(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), media_type=NTRIPLES, headers=headers)
    if mime == JSONLD:
        ctx_url = str(request.url_for("context"))
        headers["Link"] += f', <{ctx_url}>; rel="http://www.w3.org/ns/json-ld#context"; type="{JSONLD}"'
        return Response(to_jsonld(triples, ctx_url), media_type=JSONLD, headers=headers)
    return HTMLResponse(render_page(store, base, iri, triples), headers=headers)


def to_jsonld(triples: list[ox.Triple], context_url: str) -> bytes:
    """Compact JSON-LD whose ``@context`` is the published context's URL."""
    import rdflib

    g = rdflib.Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    doc = json.loads(g.serialize(format="json-ld", context=CONTEXT, auto_compact=True))
    doc["@context"] = context_url  # same terms as CONTEXT, now by reference
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


# -- the HTML page ------------------------------------------------------------------------
def href(base: str, iri: str) -> str | None:
    """A link for ``iri``: its page on this server, the IRI if it is web, else none."""
    if iri.startswith(base):
        return "/id/" + quote(iri[len(base):], safe="/-._~")
    return iri if iri.startswith(("http://", "https://")) else None


def _short(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and p != "id":
            return f"{p}:{iri[len(ns):]}"
    return iri


def render_page(store: GraphStore, base: str, iri: str, triples: list[ox.Triple]) -> str:
    """The readable page: name, classes, offices, sides, relationships with evidence."""
    me = ox.NamedNode(iri)
    own = [t for t in triples if t.subject == me]
    idx = actor_index(store, base)
    ref = node_ref(idx, iri)
    is_actor = iri in idx.actors
    pid = public_id(base, iri)
    ctx: dict[str, Any] = {
        "iri": iri,
        "page": "/id/" + quote(pid, safe="/-._~"),
        "label": ref["label"] or pid,
        "types": ref["types"] or ["Resource"],
        "aliases": idx.actors[iri].aliases if is_actor else [],
        "viewer": quote(pid, safe="") if is_actor else None,
        "offices": [],
        "sides": [],
    }
    if is_actor:
        ctx["offices"] = [
            {"label": o["label"] or o["id"], "href": href(base, o["iri"]),
             "position_in": (o["position_in"] or {}).get("label")}
            for o in offices(idx, iri)
        ]
        sides = node_refs(idx, idx.actors[iri].sides)
        ctx["sides"] = [{"label": s["label"] or s["id"], "href": href(base, s["iri"])} for s in sides]
    # Evidence is looked up for the shown relationships only; the API pages the rest.
    all_rels = node_relationships(store, base, iri, limit=MAX_RELATIONSHIPS_ON_PAGE)
    rels = all_rels["items"]
    ctx["more"] = all_rels["total"] - len(rels)
    ctx["api"] = f"/api/actors/{quote(pid, safe='/-._~')}/relationships" if is_actor else None
    ctx["relationships"] = [
        {
            "predicate": r["predicate"],
            "direction": r["direction"],
            "label": (r["other"]["label"] or r["other"]["id"]) if r["other"] else r["value"],
            "href": href(base, r["other"]["iri"]) if r["other"] else None,
            "evidence": [
                {"text": e["text"], "document": e["document"]["title"] or e["document"]["id"], "start": e["start"], "end": e["end"]}
                for e in r["evidence"]
            ],
        }
        for r in rels
    ]
    facts = []
    for t in own:
        if t.predicate.value == RDF_TYPE or t.predicate.value.endswith(("#evidence", "#mentionedIn")) and is_actor:
            continue
        obj = t.object
        if isinstance(obj, ox.Literal):
            text = obj.value if len(obj.value) <= MAX_TEXT_ON_PAGE else obj.value[:MAX_TEXT_ON_PAGE] + " …"
            facts.append({"predicate": _short(t.predicate.value), "value": text, "href": None})
        else:
            facts.append({"predicate": _short(t.predicate.value), "value": _short(obj.value), "href": href(base, obj.value) if isinstance(obj, ox.NamedNode) else None})
    ctx["facts"] = facts
    return TEMPLATES.get_template("entity.html").render(**ctx)
