"""Writers for SELECT results (JSON, XML, CSV, TSV) over an already-collected list of rows.

pyoxigraph's own serialiser consumes the solution iterator in one go, so it
cannot stop at a row cap; the worker collects at most ``max_results + 1`` rows
and hands them here. Each writer follows its W3C recommendation:
SPARQL 1.1 Query Results JSON / XML / CSV and TSV formats.

>>> import pyoxigraph as ox
>>> row = (ox.NamedNode("http://ex/a"), ox.Literal("x", language="en"))
>>> write_select(["s", "o"], [row], "text/tab-separated-values").decode()
'?s\\t?o\\n<http://ex/a>\\t"x"@en\\n'
>>> write_select(["s", "o"], [row], "text/csv").decode()
's,o\\r\\nhttp://ex/a,x\\r\\n'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
Row = Sequence[Any]  # one pyoxigraph term or None per variable


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):  # RDF-star / SPARQL 1.2 quoted triples
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"unexpected term {term!r}")


def _json(variables: list[str], rows: list[Row]) -> bytes:
    bindings = [
        {v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows
    ]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        parts = (("subject", term.subject), ("predicate", term.predicate), ("object", term.object))
        return "<triple>" + "".join(f"<{n}>{_xml_term(t)}</{n}>" for n, t in parts) + "</triple>"
    raise TypeError(f"unexpected term {term!r}")


def _xml(variables: list[str], rows: list[Row]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out.extend(f"<variable name={quoteattr(v)}/>" for v in variables)
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        for v, t in zip(variables, row):
            if t is not None:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode("utf-8")


def _csv_value(term: Any) -> str:
    # CSV keeps only lexical forms (the format is lossy by design).
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _csv(variables: list[str], rows: list[Row]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(variables)
    for row in rows:
        w.writerow([_csv_value(t) for t in row])
    return buf.getvalue().encode("utf-8")


def _tsv_value(term: Any) -> str:
    return "" if term is None else str(term).replace("\t", "\\t")


def _tsv(variables: list[str], rows: list[Row]) -> bytes:
    # TSV uses the Turtle/N-Triples syntax of each term; pyoxigraph's str() is
    # that, but leaves tabs raw inside literals, which would split the column.
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join(_tsv_value(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


WRITERS: dict[str, Callable[[list[str], list[Row]], bytes]] = {
    "application/sparql-results+json": _json,
    "application/sparql-results+xml": _xml,
    "text/csv": _csv,
    "text/tab-separated-values": _tsv,
}


def write_select(variables: list[str], rows: list[Row], media_type: str) -> bytes:
    """Serialise SELECT ``rows`` (tuples of terms aligned with ``variables``) as ``media_type``."""
    return WRITERS[media_type](variables, rows)
