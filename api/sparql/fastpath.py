"""A short path for SPARQL query requests, in front of the framework's routing.

Every query through ``/sparql`` used to cross FastAPI's whole middleware and
routing stack (exception middleware, body limits, the route's dependency
machinery) before reaching the worker pool; on small, fast queries that stack
cost more CPU than the query itself and capped throughput. Requests that carry
a query operation (GET with ``query=``, any POST) are answered here by the same
:func:`api.sparql.answer.answer` the route uses, so status codes, problem
responses and negotiation stay identical. Everything else (the workbench page,
the service description, OPTIONS, PUT/DELETE) goes on to the app unchanged.

It sits in front of the whole app (:class:`api.app.BnkgApp` calls it first),
outside Starlette's own middleware too: that stack (error middleware, body
limits, telemetry, HEAD handling) cost a fifth of the server's CPU per query
and adds nothing here, since every failure is already turned into a problem
response below. It sets ``scope["app"]`` itself, as Starlette would (the
answering code reads ``request.app.state``).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from api.problems import bnkg_problem, crash_problem
from api.sparql.answer import answer, protocol_problem
from api.sparql.protocol import ProtocolError, read_operation
from kg.errors import BnkgError

PATH = "/sparql"


def _is_query_operation(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["path"] != PATH:
        return False
    method = scope["method"]
    if method == "POST":
        return True
    # GET without ``query`` is the service description or the workbench: the route's job.
    return method == "GET" and b"query=" in scope["query_string"]


class SparqlFastPath:
    """Answer SPARQL query operations directly; pass every other request on."""

    def __init__(self, app: ASGIApp, owner: Any) -> None:
        self.app = app
        self.owner = owner  # the Starlette app whose state the answers use

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _is_query_operation(scope):
            await self.app(scope, receive, send)
            return
        scope["app"] = self.owner
        request = Request(scope, receive)
        try:
            op = await read_operation(request)
            # GET whose query string only looked like it had a query: the route's job.
            response = None if op.query is None else await answer(request, op)
        except ProtocolError as exc:
            response = protocol_problem(exc)
        except BnkgError as exc:
            response = bnkg_problem(exc)
        except Exception as exc:  # noqa: BLE001 - same contract as the app: never a traceback
            response = crash_problem(exc)
        if response is None:
            await self.app(scope, receive, send)
            return
        await response(scope, receive, send)
