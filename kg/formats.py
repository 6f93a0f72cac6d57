"""The serialisation formats bnkg speaks: media types, short names, pyoxigraph formats.

One table for the SPARQL endpoint (which negotiates by media type and accepts
``format=`` short names) and the command line (which takes short names).

>>> media_type_of("ttl", GRAPH_NAMES), RESULT_FORMATS[media_type_of("TSV", RESULT_NAMES)].file_extension
('text/turtle', 'tsv')
"""

from __future__ import annotations

import pyoxigraph as ox

# SELECT/ASK answers, by the media type we answer with.
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
# CONSTRUCT/DESCRIBE answers, by media type.
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# Short names (the CLI's --format; SPARQLWrapper's, browsers' and Fuseki's
# ``format=`` habits), per family.
RESULT_NAMES = {
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_NAMES = {
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "n3": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "n-triples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "json": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml",
    "xml": "application/rdf+xml",
}


def media_type_of(name: str | None, names: dict[str, str]) -> str | None:
    """The media type a short name stands for in one family (None if it names none)."""
    return names.get(name.strip().lower()) if name else None
