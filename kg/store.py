"""The only code that touches the triplestore (an embedded on-disk Oxigraph).

One named graph per document (the graph IRI is the document's IRI) and the
ontology in its own graph; queries see the union of all graphs by default.

>>> import tempfile
>>> from pyoxigraph import Quad, NamedNode, Literal
>>> with tempfile.TemporaryDirectory() as d:
...     store = GraphStore.open(d)
...     g = "https://example.org/g"
...     store.replace_graph(g, [Quad(NamedNode("https://example.org/s"),
...         NamedNode("https://example.org/p"), Literal("o"), NamedNode(g))])
...     [str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")]
['"o"']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespaces import PREFIXES as VOCABULARY_PREFIXES
from kg.settings import DEFAULT_BASE, ONTOLOGY_DIR, ONTOLOGY_GRAPH

RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}
# Turtle/TriG output also abbreviates the entity IRIs under the default base.
PREFIXES = {**VOCABULARY_PREFIXES, "id": DEFAULT_BASE}


# How many quads does each named graph hold? (the store's version fingerprint)
_GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


# The default graph holds the set-merge of the named graphs, so queries without
# GRAPH see each triple once. (pyoxigraph's union-default-graph option is a bag:
# a triple stated in k documents comes back k times and joins grow as k^n.)
# Before graph {g} changes, drop from the merge what only {g} states ...
_UNMERGE = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {g} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }}
}} ;
"""
# ... and after, add what it states now.
_MERGE = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"


class GraphStore:
    """A thin wrapper over ``pyoxigraph.Store`` with the project's conventions."""

    def __init__(self, store: ox.Store, path: Path | None, read_only: bool) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only
        self._version: str | None = None
        self._size: int | None = None

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> "GraphStore":
        """Open (creating if needed) the store at ``path``.

        A read-write open fails while another process (a running server or
        build) holds the store; the error says so.
        """
        p = Path(path)
        try:
            if read_only:
                if not p.exists():
                    raise StoreError(
                        f"no store at {p}: build one first with `bnkg build DOCS --store {p}`"
                    )
                return cls(ox.Store.read_only(str(p)), p, True)
            p.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(p)), p, False)
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {p}: {exc}. If a `bnkg serve` or another "
                "`bnkg build` is using it, stop that process first."
            ) from exc

    @classmethod
    def in_memory(cls) -> "GraphStore":
        return cls(ox.Store(), None, False)

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store (for the SPARQL endpoint's workers)."""
        return self._store

    # -- writing -----------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Atomically replace the content of named graph ``graph`` with ``quads``.

        The default graph keeps the set-merge of all named graphs (see
        ``_UNMERGE``); the graph and the merge change in one SPARQL update, which
        Oxigraph runs as one transaction, so a failure leaves both as they were.
        """
        self._writable()
        g = ox.NamedNode(graph)
        body = "\n".join(
            f"{q.subject} {q.predicate} {q.object} ." for q in quads if q.graph_name == g
        )
        self._store.update(
            _UNMERGE.format(g=g)
            + f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }} ;\n"
            + _MERGE.format(g=g)
        )
        self._store.flush()

    def remove_graph(self, graph: str) -> bool:
        """Remove named graph ``graph`` (and its share of the merge); returns whether it existed."""
        self._writable()
        g = ox.NamedNode(graph)
        if not self._store.contains_named_graph(g):
            return False
        self._store.update(_UNMERGE.format(g=g) + f"DROP GRAPH {g}")
        self._store.flush()
        return True

    def load_ontology(self) -> None:
        """(Re)load ``ontology/bnkg.ttl`` into its own named graph."""
        self._writable()
        path = ONTOLOGY_DIR / "bnkg.ttl"
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH))
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        ]
        self.replace_graph(ONTOLOGY_GRAPH, quads)

    # -- reading -----------------------------------------------------------
    def query(self, sparql: str, **kwargs: Any) -> Any:
        """Run a SPARQL query; its default graph is the merge of all graphs."""
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            from kg.errors import QueryError

            raise QueryError(f"malformed SPARQL query: {exc}") from exc

    def select(self, sparql: str, **bindings: Any) -> list[dict[str, Any]]:
        """Run a SELECT and return rows as dicts of pyoxigraph terms.

        ``bindings`` are substituted with ``VALUES`` (never string-concatenated).
        """
        if bindings:
            sparql = bind_values(sparql, bindings)
        res = self.query(sparql)
        names = [v.value for v in res.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return iter(self._store.quads_for_pattern(None, None, None, g))

    def __len__(self) -> int:
        """Quads in the named graphs (the merged default graph is derived, not counted).

        Counted once for a read-only store, which cannot change while open.
        """
        if self.read_only and self._size is not None:
            return self._size
        self._size = sum(int(row["n"].value) for row in self._store.query(_GRAPH_SIZES))
        return self._size

    def version(self) -> str:
        """A fingerprint that changes whenever any graph changes (for caches).

        A read-only store cannot change while open, so its fingerprint is taken once.
        """
        if self.read_only and self._version is not None:
            return self._version
        h = hashlib.sha256()
        for row in self._store.query(_GRAPH_SIZES):
            h.update(f"{row['g'].value}\x1f{row['n'].value}\n".encode())
        self._version = h.hexdigest()[:16]
        return self._version

    def dump(self, out: IO[bytes], fmt: str, graph: str | None = None) -> None:
        """Serialise the store (or one graph) as ``fmt`` (see ``RDF_FORMATS``)."""
        if fmt not in RDF_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}")
        rdf_format = RDF_FORMATS[fmt]
        prefixes = PREFIXES if fmt not in ("nquads", "ntriples") else None
        if graph is not None:
            self._store.dump(out, rdf_format, from_graph=ox.NamedNode(graph), prefixes=prefixes)
        elif fmt in QUAD_FORMATS:  # the named graphs; the merged default graph is derived
            quads = (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
            ox.serialize(quads, out, rdf_format, prefixes=prefixes)
        else:  # triple formats: the merge of all graphs, which the default graph holds
            self._store.dump(out, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def close(self) -> None:
        self._store.flush() if not self.read_only else None
        del self._store


def bind_values(sparql: str, bindings: dict[str, Any]) -> str:
    """Prefix the query's WHERE with ``VALUES`` rows for ``bindings``.

    Values are pyoxigraph terms or Python strings (turned into literals), and are
    serialised by pyoxigraph, so user input can never change the query's shape.
    """
    parts = []
    for name, value in bindings.items():
        term = value if isinstance(value, (ox.NamedNode, ox.Literal)) else ox.Literal(str(value))
        parts.append(f"VALUES ?{name} {{ {term} }}")
    idx = sparql.upper().index("WHERE")
    brace = sparql.index("{", idx)
    return sparql[: brace + 1] + "\n  " + "\n  ".join(parts) + "\n" + sparql[brace + 1 :]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
