"""Read what the viewer draws from the store: nodes, edges, evidence, documents.

Everything comes out of SPARQL over the named graphs, so each node and edge
knows which documents it came from (that is what the document and date
filters use). The result is plain dataclasses; nothing here knows about
vis.js or HTML.

Labels, aliases and quotes are copied verbatim: they are untrusted text from
documents and are escaped (or set with ``textContent``) only where they are
shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg import iris, ontology
from kg.settings import ONTOLOGY_GRAPH, ONTOLOGY_NS
from kg.store import GraphStore

# Classes that are bookkeeping, not things a researcher explores as nodes
# (documents and mentions appear in the side panel instead).
NOT_DRAWN = frozenset({"Document", "Mention", "RelationAssertion"})
# Object properties that are provenance rather than relations between things.
PROVENANCE_PROPERTIES = frozenset({"mentionedIn", "evidence", "quoteEvidence", "document"})
# Drawn as edges: every object property of the ontology except provenance.
EDGE_PROPERTIES: tuple[str, ...] = tuple(
    sorted(p for p in ontology.OBJECT_PROPERTIES if p not in PROVENANCE_PROPERTIES)
)

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"

# Every (graph, subject, object) of one predicate. The viewer reads the store
# as a few dozen such single-pattern scans and joins them in Python: on
# Oxigraph that is several times faster than the equivalent multi-pattern
# joins once the graph has thousands of nodes. The predicate is always one of
# the constant IRIs below (ontology terms), never user input.
Q_PREDICATE = "SELECT ?g ?s ?o WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }}"


def _scan(store: GraphStore, predicate: str) -> list[tuple[str, Any, Any]]:
    """``(graph IRI, subject, object)`` for every triple with ``predicate`` in a named graph."""
    res = store.query(Q_PREDICATE.format(predicate=predicate))
    return [(sol[0].value, sol[1], sol[2]) for sol in res]


def _scan_values(store: GraphStore, predicate: str) -> dict[str, str]:
    """Subject IRI -> object value (the first seen) for a single-valued predicate."""
    out: dict[str, str] = {}
    for _, s, o in _scan(store, predicate):
        out.setdefault(s.value, o.value)
    return out


@dataclass
class Evidence:
    """A span of a document: the sentence (or quote) a fact comes from."""

    doc: str
    start: int
    end: int
    text: str

    def as_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Node:
    """One thing drawn: an entity, a statement or an event."""

    id: str  # the IRI's path under the base ("person/justin-trudeau"), else the IRI
    iri: str
    label: str
    cls: str  # most specific bn: class, local name
    aliases: list[str] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    mentions: int = 0
    # statements and events only
    quote: str | None = None
    kind: str | None = None
    medium: str | None = None
    date: str | None = None
    sentence: Evidence | None = None


@dataclass
class Edge:
    """A relation drawn between two nodes, with the sentences that support it."""

    id: str
    source: str
    target: str
    prop: str  # bn: local name
    docs: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Doc:
    id: str
    iri: str
    title: str
    date: str | None
    url: str | None


@dataclass
class GraphData:
    """The whole drawable graph of a store."""

    nodes: dict[str, Node]
    edges: list[Edge]
    documents: dict[str, Doc]
    base: str

    def neighbours(self) -> dict[str, set[str]]:
        """Undirected adjacency (node id -> ids)."""
        adj: dict[str, set[str]] = {n: set() for n in self.nodes}
        for e in self.edges:
            adj[e.source].add(e.target)
            adj[e.target].add(e.source)
        return adj


def _local(term: Any) -> str | None:
    if isinstance(term, ox.NamedNode) and term.value.startswith(ONTOLOGY_NS):
        return term.value[len(ONTOLOGY_NS):]
    return None


def node_id(base: str, iri: str) -> str:
    """The id the viewer uses for an IRI: its path under ``base`` if it has one."""
    return iris.local_id(base, iri) or iri


def _doc_id(base: str, iri: str) -> str:
    local = iris.local_id(base, iri) or iri
    return local[len("document/"):] if local.startswith("document/") else local


def _int(value: str | None) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def load(store: GraphStore, base: str) -> GraphData:
    """Read the drawable graph from ``store`` (entities, statements, events and relations)."""
    types: dict[str, set[str]] = {}
    docs: dict[str, set[str]] = {}
    for g, s, o in _scan(store, _RDF + "type"):
        cls = _local(o)
        if cls is None or g == ONTOLOGY_GRAPH:
            continue
        types.setdefault(s.value, set()).add(cls)
        docs.setdefault(s.value, set()).add(_doc_id(base, g))
    labels: dict[str, str] = {}
    for g, s, o in sorted(_scan(store, _RDFS + "label"), key=lambda t: t[0]):
        labels.setdefault(s.value, o.value)  # first document graph wins (sorted: stable)
    documents = _documents(store, base, types, labels)
    nodes: dict[str, Node] = {}
    for iri, ts in types.items():
        if ts & NOT_DRAWN or iri not in labels:
            continue
        cls = ontology.most_specific(ts) or sorted(ts)[0]
        nid = node_id(base, iri)
        nodes[nid] = Node(nid, iri, labels[iri], cls, docs=docs[iri])
    for _, s, o in _scan(store, _SKOS + "altLabel"):
        n = nodes.get(node_id(base, s.value))
        if n is not None and o.value not in n.aliases and o.value != n.label:
            n.aliases.append(o.value)
    evidence_of: dict[str, list[str]] = {}
    for _, s, o in _scan(store, ONTOLOGY_NS + "evidence"):
        evidence_of.setdefault(s.value, []).append(o.value)
    for iri, ms in evidence_of.items():
        n = nodes.get(node_id(base, iri))
        if n is not None:
            n.mentions = len(set(ms))
    spans = _mentions(store, base)
    _statement_details(store, base, nodes, evidence_of, spans)
    edges = _edges(store, base, nodes, evidence_of, spans)
    for n in nodes.values():
        n.aliases.sort()
    return GraphData(nodes, edges, documents, base)


def _mentions(store: GraphStore, base: str) -> dict[str, Evidence]:
    """Every ``bn:Mention`` as an Evidence (document, offsets, exact text)."""
    exact = _scan_values(store, ONTOLOGY_NS + "exact")
    start = _scan_values(store, ONTOLOGY_NS + "start")
    end = _scan_values(store, ONTOLOGY_NS + "end")
    doc = _scan_values(store, ONTOLOGY_NS + "document")
    out = {}
    for m, text in exact.items():
        if m in doc:
            out[m] = Evidence(_doc_id(base, doc[m]), _int(start.get(m)), _int(end.get(m)), text)
    return out


def _documents(store: GraphStore, base: str, types: dict[str, set[str]], labels: dict[str, str]) -> dict[str, Doc]:
    ident = _scan_values(store, _DCTERMS + "identifier")
    dates = _scan_values(store, _DCTERMS + "date")
    urls = _scan_values(store, _SCHEMA + "url")
    out: dict[str, Doc] = {}
    for iri, ts in types.items():
        if "Document" not in ts:
            continue
        did = ident.get(iri) or _doc_id(base, iri)
        out[did] = Doc(id=did, iri=iri, title=labels.get(iri, did), date=dates.get(iri), url=urls.get(iri))
    return out


def _statement_details(
    store: GraphStore, base: str, nodes: dict[str, Node],
    evidence_of: dict[str, list[str]], spans: dict[str, Evidence],
) -> None:
    fields = {"quote": "quote", "kind": "kind", "medium": "medium", "statedOn": "date", "date": "date"}
    for prop, attr in fields.items():
        for iri, value in _scan_values(store, ONTOLOGY_NS + prop).items():
            n = nodes.get(node_id(base, iri))
            if n is not None and n.cls != "Document":
                setattr(n, attr, value)
    for n in nodes.values():
        if n.quote is not None or n.cls in ("Event", "Meeting") or "Event" in ontology.superclasses(n.cls):
            found = sorted((spans[m] for m in evidence_of.get(n.iri, []) if m in spans), key=lambda e: (e.doc, e.start))
            if found:
                n.sentence = found[0]


def _edges(
    store: GraphStore, base: str, nodes: dict[str, Node],
    evidence_of: dict[str, list[str]], spans: dict[str, Evidence],
) -> list[Edge]:
    symmetric = set(ontology.SYMMETRIC_PROPERTIES)
    by_key: dict[tuple[str, str, str], Edge] = {}
    for prop in EDGE_PROPERTIES:
        for g, s_term, o_term in _scan(store, ONTOLOGY_NS + prop):
            if not isinstance(o_term, ox.NamedNode):
                continue
            s, o = node_id(base, s_term.value), node_id(base, o_term.value)
            if s not in nodes or o not in nodes or s == o:
                continue
            if prop in symmetric and o < s:
                s, o = o, s  # written both ways in RDF; drawn once
            edge = by_key.get((s, prop, o))
            if edge is None:
                edge = by_key[(s, prop, o)] = Edge(f"e{len(by_key)}", s, o, prop)
            edge.docs.add(_doc_id(base, g))
    # Relation evidence sits on bn:RelationAssertion nodes (rdf:subject/predicate/object).
    subj = _scan_values(store, _RDF + "subject")
    pred = _scan_values(store, _RDF + "predicate")
    obj = _scan_values(store, _RDF + "object")
    for a, s_iri in subj.items():
        prop = pred.get(a, "")
        prop = prop[len(ONTOLOGY_NS):] if prop.startswith(ONTOLOGY_NS) else None
        if prop is None or a not in obj:
            continue
        s, o = node_id(base, s_iri), node_id(base, obj[a])
        if prop in symmetric and o < s:
            s, o = o, s
        edge = by_key.get((s, prop, o))
        if edge is None:
            continue
        for m in evidence_of.get(a, []):
            ev = spans.get(m)
            if ev is not None and ev not in edge.evidence:
                edge.evidence.append(ev)
    # Evidence of statement/event edges is the statement's or event's own sentence.
    for edge in by_key.values():
        if not edge.evidence:
            src = nodes[edge.source]
            if src.sentence is not None:
                edge.evidence.append(src.sentence)
        edge.evidence.sort(key=lambda e: (e.doc, e.start))
    return list(by_key.values())
