"""Errors as ``application/problem+json`` (RFC 9457), defined once for every route."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import BnkgError

PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def bnkg_problem(exc: BnkgError) -> JSONResponse:
    """The problem response for one of our errors (its HTTP status, class name and code)."""
    return problem(exc.status, type(exc).__name__, exc.message, code=exc.code)


def crash_problem(exc: Exception) -> JSONResponse:
    """A 500 that names the exception type and never leaks a traceback."""
    return problem(500, "Internal Server Error", f"unexpected error: {type(exc).__name__}")


def install(app: FastAPI) -> None:
    @app.exception_handler(BnkgError)
    async def _bnkg(_: Request, exc: BnkgError) -> JSONResponse:
        return bnkg_problem(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        resp = problem(exc.status_code, _title(exc.status_code), str(exc.detail))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return problem(422, "Invalid parameters", "the request parameters are not valid", errors=errors)

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        return crash_problem(exc)


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
