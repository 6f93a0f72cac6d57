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


_CORS_RAW = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in CORS.items()]


class Answer(Response):
    """A successful answer: the same head :class:`Response` would send, built without its header machinery.

    ``Response.__init__`` turns a headers mapping into raw pairs and checks
    which it must add, on every request; an answer always has the same few.
    """

    def __init__(self, body: bytes, media_type: str) -> None:
        self.status_code = 200
        self.body = body
        self.media_type = media_type
        self.background = None
        if media_type.startswith("text/"):  # as Response does: text gets its charset
            media_type += "; charset=utf-8"
        self.raw_headers = [
            *_CORS_RAW,
            (b"content-length", str(len(body)).encode("latin-1")),
            (b"content-type", media_type.encode("latin-1")),
        ]


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
    return Answer(reply.body, reply.media_type)
