"""SPARQL 1.1 Service Description (GET /sparql) and VoID (/.well-known/void) as RDF.

Both need counts over the whole store; those come from the aggregate queries
below, run through the worker pool like any other query (so a huge store cannot
freeze the server) and kept for the life of the process: the server's store is
read-only, so the counts cannot change under it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.formats import GRAPH_FORMATS

from kg.settings import Settings
from kg.queries import PREFIXES

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCTERMS = "http://purl.org/dc/terms/"
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
RDFS_SEE_ALSO = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
DESCRIPTION_PREFIXES = {**PREFIXES, "sd": SD, "void": VOID, "formats": FORMATS}

RESULT_FORMAT_IRIS = [
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "N-Triples", "JSON-LD", "RDF_XML",
]

# How many distinct triples does each property have in the union of all graphs?
# (Summed, this is the size of the default graph.)
PROPERTY_COUNTS = """
SELECT ?p (COUNT(*) AS ?n) WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }
} GROUP BY ?p
"""
# How many distinct instances does each class have?
CLASS_COUNTS = """
SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c
"""
# How many triples does each named graph (one per document, plus the ontology) hold?
GRAPH_COUNTS = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g
"""

# Runs a SELECT and returns its SPARQL JSON results document.
SelectRunner = Callable[[str], Awaitable[dict]]


@dataclass
class Statistics:
    """Counts describing the dataset, computed once per server process."""

    triples: int = 0
    properties: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    graphs: dict[str, int] = field(default_factory=dict)


def _pairs(doc: dict, key: str) -> dict[str, int]:
    return {
        b[key]["value"]: int(b["n"]["value"])
        for b in doc["results"]["bindings"]
        if key in b and b[key]["type"] == "uri"
    }


async def compute_statistics(run: SelectRunner) -> Statistics:
    props = _pairs(await run(PROPERTY_COUNTS), "p")
    classes = _pairs(await run(CLASS_COUNTS), "c")
    graphs = _pairs(await run(GRAPH_COUNTS), "g")
    return Statistics(sum(props.values()), props, classes, graphs)


class _Graph:
    """A small triple accumulator with typed-integer and IRI helpers."""

    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []

    def add(self, s: ox.NamedNode | ox.BlankNode, p: str | ox.NamedNode, o: object) -> None:
        pred = p if isinstance(p, ox.NamedNode) else ox.NamedNode(p)
        if isinstance(o, bool) or not isinstance(o, (int, ox.NamedNode, ox.BlankNode, ox.Literal)):
            o = ox.Literal(str(o))
        elif isinstance(o, int):
            o = ox.Literal(str(o), datatype=XSD_INTEGER)
        self.triples.append(ox.Triple(s, pred, o))


def _dataset_counts(g: _Graph, node: ox.NamedNode | ox.BlankNode, stats: Statistics) -> None:
    g.add(node, VOID + "triples", stats.triples)
    g.add(node, VOID + "classes", len(stats.classes))
    g.add(node, VOID + "properties", len(stats.properties))
    for cls, n in sorted(stats.classes.items()):
        part = ox.BlankNode()
        g.add(node, VOID + "classPartition", part)
        g.add(part, VOID + "class", ox.NamedNode(cls))
        g.add(part, VOID + "entities", n)
    for prop, n in sorted(stats.properties.items()):
        part = ox.BlankNode()
        g.add(node, VOID + "propertyPartition", part)
        g.add(part, VOID + "property", ox.NamedNode(prop))
        g.add(part, VOID + "triples", n)


def service_description(
    endpoint: str, void_url: str, settings: Settings, stats: Statistics | None
) -> list[ox.Triple]:
    """The Service Description of ``endpoint`` (SPARQL 1.1 Service Description §3).

    ``stats`` None (the counting queries did not finish) leaves the counts out.
    """
    g = _Graph()
    svc = ox.NamedNode(endpoint)
    g.add(svc, RDF_TYPE, ox.NamedNode(SD + "Service"))
    g.add(svc, SD + "endpoint", svc)
    g.add(svc, SD + "supportedLanguage", ox.NamedNode(SD + "SPARQL11Query"))
    g.add(svc, SD + "feature", ox.NamedNode(SD + "UnionDefaultGraph"))
    for name in RESULT_FORMAT_IRIS:
        g.add(svc, SD + "resultFormat", ox.NamedNode(FORMATS + name))
    g.add(svc, DCTERMS + "title", "bnkg SPARQL endpoint (bilateral negotiation knowledge graph)")
    g.add(
        svc,
        RDFS_COMMENT,
        f"Read-only SPARQL 1.1 query endpoint. The default graph is the union of all graphs "
        f"(one named graph per document, plus the ontology). Each query may run for "
        f"{settings.query_timeout:g} s and return at most {settings.max_results} results.",
    )
    g.add(svc, RDFS_SEE_ALSO, ox.NamedNode(void_url))
    dataset = ox.BlankNode()
    g.add(svc, SD + "defaultDataset", dataset)
    g.add(dataset, RDF_TYPE, ox.NamedNode(SD + "Dataset"))
    default = ox.BlankNode()
    g.add(dataset, SD + "defaultGraph", default)
    g.add(default, RDF_TYPE, ox.NamedNode(SD + "Graph"))
    if stats is None:
        return g.triples
    g.add(default, VOID + "triples", stats.triples)
    for name, n in sorted(stats.graphs.items()):
        named, graph = ox.BlankNode(), ox.BlankNode()
        g.add(dataset, SD + "namedGraph", named)
        g.add(named, RDF_TYPE, ox.NamedNode(SD + "NamedGraph"))
        g.add(named, SD + "name", ox.NamedNode(name))
        g.add(named, SD + "graph", graph)
        g.add(graph, RDF_TYPE, ox.NamedNode(SD + "Graph"))
        g.add(graph, VOID + "triples", n)
    return g.triples


def void_description(
    void_url: str, endpoint: str, settings: Settings, stats: Statistics | None
) -> list[ox.Triple]:
    """A VoID description of the dataset: size, class and property partitions, endpoint."""
    g = _Graph()
    ds = ox.NamedNode(void_url + "#dataset")
    g.add(ds, RDF_TYPE, ox.NamedNode(VOID + "Dataset"))
    g.add(ds, DCTERMS + "title", "bnkg: bilateral negotiation knowledge graph")
    g.add(
        ds,
        DCTERMS + "description",
        "People, agencies, agreements, places, events and statements extracted from "
        "news documents about a bilateral negotiation; every fact keeps its evidence.",
    )
    g.add(ds, VOID + "sparqlEndpoint", ox.NamedNode(endpoint))
    g.add(ds, VOID + "uriSpace", settings.base_iri)
    g.add(ds, VOID + "vocabulary", ox.NamedNode(PREFIXES["bn"]))
    if stats is not None:
        _dataset_counts(g, ds, stats)
    return g.triples


def serialize(triples: list[ox.Triple], media_type: str) -> bytes:
    """Serialise a description in one of the RDF media types of :mod:`api.sparql.negotiation`."""
    fmt = GRAPH_FORMATS[media_type]
    prefixes = None if media_type == "application/n-triples" else DESCRIPTION_PREFIXES
    return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
