"""Named example queries (``ontology/queries/*.rq``) with their header comments.

A file starts with comment lines ``# title: ...`` and ``# question: ...``; the
rest is the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import NotFound, QueryError
from kg.namespaces import (  # noqa: F401  (the workbench and examples use them)
    PREFIX_BLOCK,
    PREFIXES,
)
from kg.settings import QUERIES_DIR

_HEADER = re.compile(r"^#\s*(\w+)\s*:\s*(.*)$")



@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    question: str
    text: str


def _parse(path: Path) -> NamedQuery:
    meta: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line)
        if not line.startswith("#"):
            break
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
    return NamedQuery(
        name=path.stem,
        title=meta.get("title", path.stem),
        question=meta.get("question", ""),
        text=path.read_text(encoding="utf-8"),
    )


def list_queries(directory: Path = QUERIES_DIR) -> list[NamedQuery]:
    """Every named example, sorted by name."""
    return [_parse(p) for p in sorted(directory.glob("*.rq"))]


def load_query(name: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    path = directory / f"{name}.rq"
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name) or not path.is_file():
        known = ", ".join(q.name for q in list_queries(directory)) or "none"
        raise NotFound(f"no example query named {name!r}; known: {known}")
    return _parse(path)


def resolve_query_text(sparql: str | None, file: Path | None, name: str | None) -> str:
    """Exactly one of a query string, a file or a name."""
    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise QueryError("give exactly one of: a query string, --file FILE, or --name NAME")
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {file}: {exc}") from None
    if name is not None:
        return load_query(name).text
    return sparql  # type: ignore[return-value]
