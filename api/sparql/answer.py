"""From a parsed query operation to the HTTP response: cache, workers, errors.

Shared by the ``/sparql`` route and :class:`api.sparql.fastpath.SparqlFastPath`,
so both give the same answers and the same problem responses.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from api.problems import problem
from api.sparql.execution import Reply
from api.sparql.protocol import Operation, ProtocolError, make_job
from kg.errors import QueryError, ResultTooLarge

# Public, read-only data: browser clients on other origins (a hosted YASGUI, a
# notebook) may read the answers.
CORS = {"Access-Control-Allow-Origin": "*", "Vary": "Accept"}


def protocol_problem(exc: ProtocolError) -> Response:
    resp = problem(exc.status, exc.title, exc.detail)
    resp.headers.update(exc.headers)
    return resp


def _raise_for(reply: Reply) -> Response | None:
    """Turn a worker's error reply into the matching exception or problem response."""
    if reply.error == "syntax":
        raise QueryError(f"malformed SPARQL query: {reply.message}")
    if reply.error == "update":
        return problem(403, "Forbidden", reply.message)
    if reply.error == "too_large":
        raise ResultTooLarge(reply.message)
    if reply.error == "not_acceptable":
        return problem(406, "Not Acceptable", reply.message)
    if reply.error is not None:
        return problem(500, "Query Failed", reply.message)
    return None


async def answer(request: Request, op: Operation) -> Response:
    """Run the query of ``op`` (from the cache, else on the app's workers); the negotiated answer."""
    state = request.app.state
    job = make_job(op, request.headers.get("accept"), state.settings.max_results)
    reply = state.sparql_cache.get(job)
    if reply is None:
        reply = await state.sparql_runner.run(job)
        state.sparql_cache.put(job, reply)
    error = _raise_for(reply)
    if error is not None:
        return error
    return Response(reply.body, media_type=reply.media_type, headers=CORS)
