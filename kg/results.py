"""Formatting query results and store statistics for people and programs."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from kg.queries import resolve_query_text  # noqa: F401  (the CLI reaches it here)
from kg import formats
from kg.store import GraphStore

# The names the CLI offers (kg.formats accepts a few more aliases).
CLI_RESULT_NAMES = ("json", "xml", "csv", "tsv")
CLI_GRAPH_NAMES = ("turtle", "ntriples", "jsonld", "rdfxml")

def term_text(term: Any) -> str:
    """A term as a person reads it: IRIs and literal values without syntax."""
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def serialize(result: Any, fmt: str) -> bytes:
    """Serialise a pyoxigraph query result; raises ValueError for a format that does not fit."""
    if isinstance(result, ox.QueryTriples):
        media_type = formats.media_type_of(fmt, formats.GRAPH_NAMES)
        if media_type is None:
            raise ValueError(f"a CONSTRUCT/DESCRIBE result needs one of: {', '.join(CLI_GRAPH_NAMES)}")
        return result.serialize(format=formats.GRAPH_FORMATS[media_type])
    media_type = formats.media_type_of(fmt, formats.RESULT_NAMES)
    if media_type is None:
        raise ValueError(f"a SELECT/ASK result needs one of: {', '.join(CLI_RESULT_NAMES)}")
    return result.serialize(format=formats.RESULT_FORMATS[media_type])


def print_table(result: Any, console: Console) -> None:
    if isinstance(result, ox.QueryBoolean):
        console.print("yes" if bool(result) else "no")
        return
    if isinstance(result, ox.QueryTriples):
        table = Table()
        for n in ("subject", "predicate", "object"):
            table.add_column(n, overflow="fold")
        for t in result:
            table.add_row(term_text(t.subject), term_text(t.predicate), term_text(t.object))
        console.print(table)
        return
    names = [v.value for v in result.variables]
    table = Table()
    for n in names:
        table.add_column(n, overflow="fold")
    n = 0
    for sol in result:
        table.add_row(*(term_text(sol[v]) for v in names))
        n += 1
    console.print(table)
    console.print(f"{n} row(s)")


# How many documents, entities per class, statements and quads?
_STATS = """
PREFIX bn: <https://w3id.org/bnkg/ontology#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g { ?s a ?class }
  FILTER(STRSTARTS(STR(?class), STR(bn:)))
} GROUP BY ?class ORDER BY ?class
"""


def stats(store: GraphStore) -> list[tuple[str, int]]:
    rows = [("quads", len(store))]
    for r in store.select(_STATS):
        rows.append((r["class"].value.rsplit("#", 1)[-1], int(r["n"].value)))
    return rows
