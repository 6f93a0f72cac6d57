"""Errors users see, defined once.

Each carries a stable ``code`` and a message that names the file or parameter and
says what to do. The CLI maps them to exit codes, the API to problem+json.
"""

from __future__ import annotations


class BnkgError(Exception):
    """Base class; ``exit_code`` is what the CLI returns, ``status`` what HTTP returns."""

    code = "E000"
    exit_code = 1
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class DocumentError(BnkgError):
    """A document cannot be read: missing, binary, wrong encoding, empty."""

    code = "E100"
    exit_code = 3
    status = 400


class MetadataError(DocumentError):
    """A ``.meta.json`` sidecar is malformed."""

    code = "E101"


class StoreError(BnkgError):
    """The store cannot be opened or written (locked by a server, corrupt, missing)."""

    code = "E200"
    exit_code = 4
    status = 503


class QueryError(BnkgError):
    """A SPARQL query is malformed or not allowed here."""

    code = "E300"
    exit_code = 2
    status = 400


class QueryTimeout(QueryError):
    """A SPARQL query ran past the configured time limit and was stopped."""

    code = "E301"
    status = 503


class ResultTooLarge(QueryError):
    """A SPARQL result exceeded the configured size cap."""

    code = "E302"
    status = 413


class NotFound(BnkgError):
    """An actor, document or query name that does not exist."""

    code = "E404"
    exit_code = 2
    status = 404


class ValidationFailed(BnkgError):
    """SHACL validation found violations."""

    code = "E500"
    exit_code = 5
    status = 500


class GoldFileError(BnkgError):
    """A gold annotation file is malformed."""

    code = "E600"
    exit_code = 2
    status = 400


class AmbiguousId(BnkgError):
    """A bare actor key that several actors share (e.g. a person and a place)."""

    code = "E405"
    exit_code = 2
    status = 409


class InvalidParameter(BnkgError):
    """A request parameter that parses but makes no sense (e.g. the date 2023-02-31)."""

    code = "E422"
    exit_code = 2
    status = 422
