"""The SPARQL 1.1 Protocol query operation: from an HTTP request to a :class:`QueryJob`.

Three ways to send a query (SPARQL 1.1 Protocol §2.1): GET ``?query=``, POST
``application/x-www-form-urlencoded`` with ``query=`` in the body, and POST
``application/sparql-query`` with the query as the body. Each may carry
``default-graph-uri`` and ``named-graph-uri`` (repeatable). Anything else is a
protocol error with the status the Recommendation names: 400 for two queries
or none, 415 for another content type, 403 for an update operation (this
endpoint is read-only; an update sent as a query is recognised by the worker
when it fails to parse, see :mod:`api.sparql.execution`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.datastructures import MultiDict
from starlette.requests import Request

from api.sparql import negotiation as neg
from api.sparql.execution import READ_ONLY, QueryJob

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

@dataclass
class ProtocolError(Exception):
    """A request the protocol rejects; the route turns it into problem+json."""

    status: int
    title: str
    detail: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Operation:
    """What the client asked: a query (None: no query, i.e. describe the service) and its dataset."""

    query: str | None
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    format: str | None = None  # a ``format=``/``output=`` parameter, if any


def _media_type(header: str | None) -> str:
    return (header or "").split(";", 1)[0].strip().lower()


def _decode(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, "Bad Request", f"the {what} is not valid UTF-8: {exc}") from None


def _iris(params: MultiDict, name: str) -> tuple[str, ...] | None:
    values = params.getlist(name)
    if not values:
        return None
    for v in values:
        try:
            ox.NamedNode(v)
        except ValueError as exc:
            raise ProtocolError(400, "Bad Request", f"{name} {v!r} is not an absolute IRI: {exc}") from None
    return tuple(values)


async def read_operation(request: Request) -> Operation:
    """Parse the request into an :class:`Operation` or raise :class:`ProtocolError`."""
    url_params = MultiDict(request.query_params.multi_items())
    body_query: str | None = None
    if request.method == "GET":
        params = url_params
    elif request.method == "POST":
        ctype = _media_type(request.headers.get("content-type"))
        if ctype == FORM:
            form = parse_qsl(_decode(await request.body(), "form body"), keep_blank_values=True)
            params = MultiDict([*url_params.multi_items(), *form])
        elif ctype == SPARQL_QUERY:
            params = url_params
            body_query = _decode(await request.body(), "query body")
        elif ctype == SPARQL_UPDATE:
            raise ProtocolError(403, "Forbidden", READ_ONLY)
        else:
            raise ProtocolError(
                415,
                "Unsupported Media Type",
                f"POST a query as {FORM} (query=...) or as {SPARQL_QUERY}; "
                f"got Content-Type {ctype or '(none)'!r}",
                {"Accept-Post": f"{FORM}, {SPARQL_QUERY}"},
            )
    else:  # the route only sends GET and POST here
        raise ProtocolError(405, "Method Not Allowed", "use GET or POST", {"Allow": "GET, POST"})

    if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
        raise ProtocolError(403, "Forbidden", READ_ONLY)
    queries = params.getlist("query")
    if body_query is not None:
        queries = [body_query, *queries]
    if len(queries) > 1:
        raise ProtocolError(
            400, "Bad Request", f"a request carries exactly one query; this one has {len(queries)}"
        )
    query = queries[0] if queries else None
    if query is None and request.method == "POST":
        raise ProtocolError(400, "Bad Request", "no query: send it as the 'query' parameter")
    if query is not None and not query.strip():
        raise ProtocolError(400, "Bad Request", "the query is empty")
    fmt = params.get("format") or params.get("output")
    return Operation(query, _iris(params, "default-graph-uri"), _iris(params, "named-graph-uri"), fmt)


def make_job(op: Operation, accept: str | None, max_results: int) -> QueryJob:
    """The job for a worker: the query, its dataset and both negotiated answer types.

    A ``format=`` parameter that names a format of the right family wins over
    ``Accept`` (browsers cannot set headers on a link).
    """
    assert op.query is not None
    result_type = neg.from_format_param(op.format, neg.RESULT_FORMAT_NAMES, neg.RESULT_TYPES)
    graph_type = neg.from_format_param(op.format, neg.GRAPH_FORMAT_NAMES, neg.GRAPH_TYPES)
    return QueryJob(
        query=op.query,
        default_graphs=op.default_graphs,
        named_graphs=op.named_graphs,
        result_type=result_type or neg.choose(accept, neg.RESULT_TYPES),
        graph_type=graph_type or neg.choose(accept, neg.GRAPH_TYPES),
        max_results=max_results,
    )
