"""Public ids <-> IRIs: actor ids from URLs (checked against the index), and the
spans that mention IRIs encode."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import AmbiguousId, InvalidParameter, NotFound
from kg.iris import document_iri, local_id

if TYPE_CHECKING:  # the index imports this module
    from kg.lookup.index import Index


def public_id(base: str, iri: str) -> str:
    """The id used in API URLs: the IRI path below ``base`` (or the IRI itself)."""
    return local_id(base, iri) or iri


def document_id(base: str, iri: str, ident: str | None = None) -> str:
    """A document's public id: its ``dcterms:identifier``, else its IRI path without ``document/``."""
    if ident:
        return ident
    pid = public_id(base, iri)
    return pid[len("document/"):] if pid.startswith("document/") else pid


@lru_cache(maxsize=8)
def _mention_pattern(base: str) -> re.Pattern[str]:
    # The inverse of kg.iris.mention_iri: {base}mention/{document id}/{start}-{end}
    return re.compile(re.escape(base) + r"mention/(?P<doc>.+)/(?P<start>\d+)-(?P<end>\d+)")


def mention_span(base: str, iri: str) -> tuple[str, int, int] | None:
    """``(document IRI, start, end)`` of a mention IRI minted by ``kg.iris.mention_iri``.

    The pipeline names every mention by its document and offsets, so evidence
    needs no store lookup; other IRIs give None (the caller asks the store).

    >>> mention_span("https://x/", "https://x/mention/d1/10-17")
    ('https://x/document/d1', 10, 17)
    >>> mention_span("https://x/", "https://x/person/a") is None
    True
    """
    m = _mention_pattern(base).fullmatch(iri)
    if m is None:
        return None
    return document_iri(base, m["doc"]), int(m["start"]), int(m["end"])


def resolve_actor(idx: "Index", actor_id: str) -> str:
    """The IRI of the actor ``actor_id`` names (path below base, bare key or full IRI).

    Raises ``NotFound`` for an unknown actor and ``AmbiguousId`` for a bare key
    that several actors share (the message lists the full ids to use instead).
    """
    base = idx.base
    ident = actor_id.strip().strip("/")
    if ident.startswith(("http://", "https://")):
        iri = ident
    elif "/" in ident:
        iri = base + ident
    else:
        found = idx.by_key.get(ident, [])
        if len(found) > 1:
            ids = ", ".join(sorted(public_id(base, i) for i in found))
            raise AmbiguousId(f"actor id {actor_id!r} is ambiguous; use one of: {ids}")
        iri = found[0] if found else base + ident
    if iri not in idx.actors:
        raise NotFound(f"no actor with id {actor_id!r}; search with GET /api/actors?q=...")
    return iri


def check_class(idx: "Index", param: str, cls: str | None) -> None:
    """``InvalidParameter`` unless ``cls`` is None or a bn: class the ontology or the data knows."""
    if cls is not None and cls not in idx.classes:
        known = ", ".join(sorted(idx.classes))
        raise InvalidParameter(f"parameter {param!r}: unknown class {cls!r}; use one of: {known}")
