"""The SPARQL 1.1 Protocol endpoint (``/sparql``), its workbench page and the VoID description.

Thin by design: :mod:`api.sparql.protocol` reads the request,
:mod:`api.sparql.negotiation` picks the answer's format, the
:class:`~api.sparql.workers.WorkerPool` runs the query under the time limit and
:mod:`api.sparql.description` describes the service. The pool starts with the
app (this router's lifespan) and stops with it.

Status codes: 400 malformed query (the parser's message) or a protocol error
(two queries, no query in a POST, a bad graph IRI); 403 an update (read-only);
405 PUT/DELETE/PATCH; 406 no acceptable result format; 413 result over the cap;
415 another POST content type; 503 the query exceeded the time limit (its
worker was killed; the server keeps answering) or every worker stayed busy.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from api.problems import problem
from api.templating import TEMPLATES
from api.sparql.answer import CORS, answer, protocol_problem
from api.sparql import description as sd
from api.sparql.cache import ResultCache
from api.sparql import negotiation as neg
from api.sparql.execution import QueryJob
from api.sparql.protocol import ProtocolError, read_operation
from api.sparql.workers import InlineRunner, WorkerPool
from kg import queries
from kg.errors import QueryError
from kg.settings import Settings

API_DIR = Path(__file__).resolve().parents[1]
YASGUI_DIR = API_DIR / "static" / "yasgui"
VOID_PATH = "/.well-known/void"
ALLOW = "GET, POST"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the query workers once the app has opened its store; stop them at shutdown."""
    settings: Settings = app.state.settings
    store = app.state.store
    runner: WorkerPool | InlineRunner
    if store.path is None:  # an in-memory store (tests): no process can open it
        runner = InlineRunner(store.raw, settings.query_timeout)
    else:
        runner = WorkerPool(store.path, settings.query_workers, settings.query_timeout)
    runner.start()
    app.state.sparql_runner = runner
    app.state.sparql_cache = ResultCache(int(settings.query_cache_mb * 1024 * 1024))
    app.state.sparql_stats = None
    app.state.sparql_stats_lock = asyncio.Lock()
    try:
        yield
    finally:
        runner.stop()


router = APIRouter(tags=["sparql"], lifespan=lifespan)
# The workbench's editor, served from local files (no CDN).
router.mount("/static/yasgui", StaticFiles(directory=YASGUI_DIR), name="yasgui")


async def _statistics(request: Request) -> sd.Statistics | None:
    """Dataset counts for the descriptions, computed once (the store is read-only)."""
    state = request.app.state
    async with state.sparql_stats_lock:
        if state.sparql_stats is None:
            runner = state.sparql_runner

            async def run(text: str) -> dict:
                job = QueryJob(text, graph_type=None, max_results=state.settings.max_results)
                reply = await runner.run(job)
                if reply.error:
                    raise QueryError(reply.message)
                return json.loads(reply.body)

            try:
                state.sparql_stats = await sd.compute_statistics(run)
            except QueryError:  # includes the time limit: describe without counts
                return None
        return state.sparql_stats


def _urls(request: Request) -> tuple[str, str]:
    base = str(request.base_url).rstrip("/")
    return base + "/sparql", base + VOID_PATH


def _rdf_response(triples: list, request: Request, media_type: str | None = None) -> Response:
    media_type = media_type or neg.choose(request.headers.get("accept"), neg.GRAPH_TYPES) or "text/turtle"
    return Response(sd.serialize(triples, media_type), media_type=media_type, headers=CORS)


def _workbench(request: Request) -> HTMLResponse:
    examples = [
        {"name": q.name, "title": q.title, "question": q.question, "text": q.text}
        for q in queries.list_queries()
    ]
    starter = (
        queries.PREFIX_BLOCK
        + "\n\n# Everyone in the graph, with the country they represent\n"
        + "SELECT ?person ?name ?country WHERE {\n"
        + "  ?person a bn:Person ; rdfs:label ?name .\n"
        + "  OPTIONAL { ?person bn:represents/rdfs:label ?country }\n"
        + "} ORDER BY ?name LIMIT 100\n"
    )
    html = TEMPLATES.get_template("sparql.html").render(
        endpoint_path="/sparql",
        void_path=VOID_PATH,
        examples=examples,
        starter=starter,
        settings=request.app.state.settings,
    )
    return HTMLResponse(html, headers={"Vary": "Accept"})


_SPARQL_ROUTE = dict(
    summary="SPARQL 1.1 Protocol query endpoint (read-only)",
    response_class=Response,
    responses={
        200: {
            "description": "Query results (negotiated), the Service Description, or the workbench page",
            "content": {mt: {} for mt in {*neg.RESULT_TYPES.values(), *neg.GRAPH_TYPES.values(), "text/html"}},
        },
        400: {"description": "Malformed query or protocol error"},
        403: {"description": "SPARQL Update refused: the endpoint is read-only"},
        406: {"description": "No acceptable result format"},
        413: {"description": "The result exceeds the size cap"},
        415: {"description": "Unsupported POST content type"},
        503: {"description": "The query exceeded the time limit and was stopped"},
    },
)


# Two decorators rather than one multi-method route: each method gets its own OpenAPI operation id.
@router.get("/sparql", name="sparql", operation_id="sparql_query_get", **_SPARQL_ROUTE)
@router.post("/sparql", name="sparql_post", operation_id="sparql_query_post", **_SPARQL_ROUTE)
async def sparql(request: Request) -> Response:
    """Answer a query (GET ``?query=``, POST form or ``application/sparql-query``).

    Without a query, GET returns the Service Description (Turtle by default),
    or the query workbench when a browser asks for HTML.
    """
    try:
        op = await read_operation(request)
    except ProtocolError as exc:
        return protocol_problem(exc)
    if op.query is None:
        # ?format=turtle lets a browser see the description instead of the page.
        media_type = neg.from_format_param(op.format, neg.GRAPH_FORMAT_NAMES, neg.GRAPH_TYPES)
        if media_type is None and neg.prefers_html(request.headers.get("accept")):
            return _workbench(request)
        endpoint, void_url = _urls(request)
        stats = await _statistics(request)
        triples = sd.service_description(endpoint, void_url, request.app.state.settings, stats)
        return _rdf_response(triples, request, media_type)
    return await answer(request, op)


@router.options("/sparql", include_in_schema=False)
async def sparql_preflight() -> Response:
    """CORS preflight for POST application/sparql-query from another origin."""
    return Response(
        status_code=204,
        headers={
            **CORS,
            "Access-Control-Allow-Methods": ALLOW,
            "Access-Control-Allow-Headers": "Content-Type, Accept",
            "Allow": ALLOW,
        },
    )


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other_methods(request: Request) -> Response:
    """The protocol's query operation is GET or POST only; the store is read-only."""
    resp = problem(
        405,
        "Method Not Allowed",
        f"{request.method} is not supported: query with GET or POST; the endpoint is read-only",
    )
    resp.headers["Allow"] = ALLOW
    return resp


@router.get(VOID_PATH, summary="VoID description of the dataset", response_class=Response)
async def void(request: Request) -> Response:
    """Size, classes and properties (with counts) and the SPARQL endpoint, as RDF (Turtle by default)."""
    endpoint, void_url = _urls(request)
    stats = await _statistics(request)
    return _rdf_response(sd.void_description(void_url, endpoint, request.app.state.settings, stats), request)
