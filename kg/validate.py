"""Check a built graph: SHACL shapes (``ontology/shapes.ttl``) and mention offsets.

Two checks, one report:

* :func:`shacl_check` runs pyshacl over the union of the document graphs, with
  the ontology mixed in (for ``rdfs:subClassOf`` only; no inference is needed
  because ``kg.rdf`` already writes every bn: superclass);
* :func:`check_offsets` verifies that every ``bn:Mention``'s ``bn:exact`` is
  exactly ``bn:text[start:end]`` of its document, which SHACL cannot express.

:func:`validate_store` runs the shapes (and, with ``offsets=True``, the offset
check too, merged into one report); ``bnkg validate`` prints the violations.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import NamedTuple

import pyoxigraph as ox
import rdflib
from pyshacl import validate as _pyshacl_validate

from kg.ontology import ONTOLOGY_PATH, SHAPES_PATH
from kg.rdf import BN, sparql_prefixes
from kg.settings import ONTOLOGY_GRAPH
from kg.store import GraphStore

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


class Violation(NamedTuple):
    """One problem: the node it is about, the property path (or ''), what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"


@dataclass
class ValidationReport:
    """Result of :func:`validate_store`; ``conforms`` is False if any Violation was found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""

    def summary(self) -> str:
        if self.conforms:
            return "The graph conforms to the bnkg shapes; all mention offsets match the text."
        return f"{len(self.violations)} violation(s):\n" + "\n".join(
            f"- {v.focus} {v.path}: {v.message}" for v in self.violations
        )


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    """The rdflib term an N-Triples round trip would give (plain literals stay plain)."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    datatype = term.datatype.value
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=None if datatype in (_XSD_STRING, _LANG_STRING) else rdflib.URIRef(datatype))


def _data_graph(store: GraphStore) -> rdflib.Graph:
    """The union of all document graphs (ontology graph excluded), with the ontology mixed in.

    Terms are converted directly rather than through an N-Triples text, and the
    ontology (needed for ``rdfs:subClassOf``) is added here instead of letting pyshacl
    copy the whole data graph to mix it in: the two were most of the time spent
    outside the shapes themselves on a large store.
    """
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    triples = {
        (q.subject, q.predicate, q.object)
        for q in store.quads() if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != onto
    }
    terms: dict[object, rdflib.term.Node] = {}

    def convert(term: object) -> rdflib.term.Node:
        node = terms.get(term)
        if node is None:
            node = terms[term] = _rdflib_term(term)  # type: ignore[arg-type]
        return node

    g = rdflib.Graph()
    g.addN((convert(s), convert(p), convert(o), g) for s, p, o in triples)
    g += _turtle(str(ONTOLOGY_PATH))
    return g


_graphs: dict[str, rdflib.Graph] = {}


def _turtle(path: str) -> rdflib.Graph:
    """Parse a project Turtle file once per process (shapes and ontology do not change)."""
    if path not in _graphs:
        _graphs[path] = rdflib.Graph().parse(path, format="turtle")
    return _graphs[path]


def _term(node: object) -> str:
    return "" if node is None else str(node)


def shacl_check(store: GraphStore) -> tuple[bool, list[Violation], str]:
    """Run the SHACL shapes over the store's document graphs."""
    data = _data_graph(store)
    conforms, results, text = _pyshacl_validate(
        data,
        shacl_graph=_turtle(str(SHAPES_PATH)),
        inference="none",
        allow_warnings=True,
        abort_on_first=False,
    )
    violations = []
    for r in results.subjects(rdflib.RDF.type, _SH.ValidationResult):
        severity = results.value(r, _SH.resultSeverity)
        violations.append(Violation(
            focus=_term(results.value(r, _SH.focusNode)),
            path=_term(results.value(r, _SH.resultPath)),
            message=_term(results.value(r, _SH.resultMessage)),
            severity=severity.split("#")[-1] if severity is not None else "Violation",
        ))
    violations.sort()
    return bool(conforms), violations, str(text)


# Which documents have text, and every mention with its offsets (two queries, so
# the possibly long document text is fetched once per document, not per mention).
_DOCUMENT_TEXTS = sparql_prefixes() + "SELECT ?d ?text WHERE { ?d a bn:Document ; bn:text ?text }"
_MENTIONS = sparql_prefixes() + """
SELECT ?m ?d ?start ?end ?exact WHERE {
  ?m a bn:Mention .
  OPTIONAL { ?m bn:document ?d }
  OPTIONAL { ?m bn:start ?start }
  OPTIONAL { ?m bn:end ?end }
  OPTIONAL { ?m bn:exact ?exact }
}"""


def check_offsets(store: GraphStore) -> list[Violation]:
    """Every mention's ``bn:exact`` must equal its document's ``bn:text[start:end]``."""
    texts = {r["d"].value: r["text"].value for r in store.select(_DOCUMENT_TEXTS)}
    out: list[Violation] = []
    for r in store.select(_MENTIONS):
        m = r["m"].value
        if not all(k in r for k in ("d", "start", "end", "exact")):
            out.append(Violation(m, "", "mention lacks bn:document, bn:start, bn:end or bn:exact"))
            continue
        doc = r["d"].value
        if doc not in texts:
            out.append(Violation(m, BN.document.value, f"document {doc} has no bn:text to check against"))
            continue
        try:
            start, end = int(r["start"].value), int(r["end"].value)
        except ValueError:
            out.append(Violation(m, BN.start.value, "bn:start/bn:end are not integers"))
            continue
        text, exact = texts[doc], r["exact"].value
        if not 0 <= start <= end <= len(text):
            out.append(Violation(m, BN.end.value, f"offsets {start}-{end} fall outside the text ({len(text)} characters)"))
        elif text[start:end] != exact:
            out.append(Violation(
                m, BN.exact.value,
                f"bn:exact {exact[:60]!r} differs from the text at {start}-{end}: {text[start:end][:60]!r}",
            ))
    return sorted(out)


def validate_store(store: GraphStore, offsets: bool = False) -> ValidationReport:
    """SHACL-validate the store's document graphs; ``offsets=True`` adds :func:`check_offsets`."""
    conforms, violations, text = shacl_check(store)
    if offsets:
        bad = check_offsets(store)
        violations = violations + bad
        if bad:
            conforms = False
            text += "\nOffset check:\n" + "\n".join(f"  {v.focus}: {v.message}" for v in bad)
    # Warnings (sh:Warning) are reported but do not make the graph non-conforming.
    conforms = conforms and not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=violations, text=text)
