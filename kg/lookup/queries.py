"""The SPARQL files in ``kg/sparql/`` and the one safe way to bind user terms into them.

Each ``.rq`` file starts with the question it answers. User input only ever
reaches a query as a ``VALUES`` row of pyoxigraph terms, never as text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.settings import ONTOLOGY_NS
from kg.store import PREFIXES, GraphStore

SPARQL_DIR = Path(__file__).resolve().parents[1] / "sparql"
BN = ONTOLOGY_NS
_PREFIX_BLOCK = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


@lru_cache(maxsize=None)
def sparql(name: str) -> str:
    """The query ``kg/sparql/<name>.rq`` with the project's prefixes."""
    return _PREFIX_BLOCK + (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")


def with_values(text: str, var: str, terms: list[Any]) -> str:
    """``text`` with ``VALUES ?var { terms }`` first inside its WHERE block.

    Terms are pyoxigraph terms serialised by pyoxigraph, so they cannot change
    the query's shape (the same guarantee as ``GraphStore.select``).
    """
    brace = text.index("{", text.upper().index("WHERE"))
    values = " ".join(str(t) for t in terms)
    return f"{text[: brace + 1]}\n  VALUES ?{var} {{ {values} }}\n{text[brace + 1 :]}"


def select_in(
    store: GraphStore, name: str, var: str, terms: list[ox.NamedNode], chunk: int = 500
) -> list[dict[str, Any]]:
    """Run query ``name`` once per chunk of ``terms`` bound to ``?var``."""
    rows: list[dict[str, Any]] = []
    for i in range(0, len(terms), chunk):
        rows.extend(store.select(with_values(sparql(name), var, terms[i : i + chunk])))
    return rows


def named(iri: str) -> ox.NamedNode | None:
    """``NamedNode(iri)``, or None for text that is not a valid IRI (user input)."""
    try:
        return ox.NamedNode(iri)
    except (ValueError, TypeError):
        return None


def value(term: Any) -> str:
    """A term's lexical value ('' for none)."""
    return term.value if term is not None else ""


def integer(term: Any) -> int:
    """A term's value as an int (0 when absent or not a number)."""
    try:
        return int(term.value)
    except (AttributeError, ValueError):
        return 0
