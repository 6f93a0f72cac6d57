"""Documents -> extraction -> RDF -> store, one document graph at a time.

All documents are loaded (and so checked) before anything is written: a bad
document stops the build with nothing changed. Each document graph is then
replaced in one transaction, so a crash mid-build leaves every graph either as
it was or fully rebuilt. Re-running is idempotent: a document whose text and
pipeline fingerprint are unchanged is skipped.

Extraction is the slow part and each document's extraction is independent, so
``jobs > 1`` extracts in worker processes; the store is still written by this
process, one document at a time and in document order, so the graph is the same
whatever ``jobs`` is.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.documents import discover, load_document
from kg.errors import DocumentError, NotFound
from kg.iris import document_iri, slugify
from kg.model import Document, Extraction
from kg.settings import ONTOLOGY_NS, PROJECT_ROOT
from kg.store import GraphStore

BN = ONTOLOGY_NS
FINGERPRINT_SOURCES = ("kg/extract", "kg/data", "kg/rdf.py", "kg/build.py", "kg/documents.py", "kg/iris.py", "kg/model.py")

# What fingerprint was a document graph built with? (one row per document graph)
_BUILT_QUERY = f"""
SELECT ?fp WHERE {{ GRAPH ?g {{ ?g <{BN}pipelineVersion> ?fp }} }}
"""


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


def pipeline_fingerprint() -> str:
    """Hash of the extraction code and data: a change forces re-extraction."""
    h = hashlib.sha256()
    for rel in FINGERPRINT_SOURCES:
        p = PROJECT_ROOT / rel
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(str(f.relative_to(PROJECT_ROOT)).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _built_fingerprint(store: GraphStore, graph: str) -> str | None:
    rows = store.select(_BUILT_QUERY, g=ox.NamedNode(graph))
    return rows[0]["fp"].value if rows else None


def document_quads(doc: Document, extraction: Extraction, base_iri: str, fingerprint: str) -> list[ox.Quad]:
    """Map ``doc``'s extraction to quads in its graph (no store access)."""
    from kg.rdf import to_quads

    graph = ox.NamedNode(document_iri(base_iri, doc.id))
    quads = to_quads(extraction, base_iri)
    quads.append(
        ox.Quad(graph, ox.NamedNode(BN + "pipelineVersion"), ox.Literal(fingerprint), graph)
    )
    return quads


def build(
    paths: Iterable[Path],
    store: GraphStore,
    base_iri: str,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> BuildReport:
    """Build or refresh the graphs of every document under ``paths``.

    ``jobs``: extraction processes (0 = one per CPU); 1 extracts in this process.
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    files = discover([Path(p) for p in paths])
    if not files:
        raise DocumentError(
            "no documents found in " + ", ".join(str(p) for p in paths)
            + ": give .txt, .md or .html files or folders holding them"
        )
    docs = [load_document(f) for f in files]  # raises before any write
    _check_unique_ids(docs)
    store.load_ontology()
    fingerprint = pipeline_fingerprint()
    report = BuildReport()
    plan = []  # (doc, graph IRI, fingerprint it was built with, fingerprint it needs)
    for doc in docs:
        graph = document_iri(base_iri, doc.id)
        plan.append((doc, graph, _built_fingerprint(store, graph), f"{fingerprint}:{_document_hash(doc)}"))
    stale = [doc for doc, _, old, current in plan if force or old != current]
    extractions = _extractions(stale, jobs)
    try:
        for doc, graph, old, current in plan:
            if old == current and not force:
                report.unchanged.append(doc.id)
            else:
                quads = document_quads(doc, next(extractions), base_iri, current)
                store.replace_graph(graph, align_labels(store, graph, quads))
                (report.updated if old else report.added).append(doc.id)
            if progress:
                progress(doc.id)
    finally:
        extractions.close()  # a failed write stops the workers too
    return report


def available_cpus() -> int:
    """CPUs this process may run on (a container's limit, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _extractions(docs: list[Document], jobs: int) -> Iterator[Extraction]:
    """The extraction of each document, in order; in worker processes when ``jobs`` allows."""
    from kg.extract import extract

    workers = min(jobs or available_cpus(), len(docs))
    if workers <= 1:
        yield from (extract(doc) for doc in docs)
        return
    # spawn, not fork: the parent holds the store's threads, which a fork would copy half-way
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(extract, doc) for doc in docs]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


def align_labels(store: GraphStore, graph: str, quads: list[ox.Quad]) -> list[ox.Quad]:
    """Keep one ``rdfs:label`` per actor across documents.

    An actor's IRI comes from its name with accents and dots folded, so two
    articles spelling it "Électricité du Laos" and "Electricite du Laos" share
    one IRI but would give it two labels in the union graph. The label another
    document graph already gives (the smallest, if several) stays the label;
    this document's spelling becomes an ``skos:altLabel``.
    """
    from kg.rdf import BN as VOCAB
    from kg.rdf import RDFS, SKOS

    entities = {q.subject for q in quads if q.predicate == VOCAB.mentionedIn and isinstance(q.subject, ox.NamedNode)}
    ours = {q.subject: q for q in quads if q.predicate == RDFS.label and q.subject in entities}
    if not ours:
        return quads
    values = " ".join(str(s) for s in ours)  # pyoxigraph serialises the IRIs: no injection
    rows = store.query(
        f"SELECT ?s (MIN(STR(?label)) AS ?l) WHERE {{ VALUES ?s {{ {values} }} "
        f"GRAPH ?g {{ ?s {RDFS.label} ?label }} FILTER (?g != {ox.NamedNode(graph)}) }} GROUP BY ?s"
    )
    theirs = {row["s"]: row["l"].value for row in rows if row["l"] is not None}
    out = []
    for q in quads:
        label = theirs.get(q.subject) if q is ours.get(q.subject) else None
        if label is None or label == q.object.value:
            out.append(q)
            continue
        out.append(ox.Quad(q.subject, RDFS.label, ox.Literal(label), q.graph_name))
        alt = ox.Quad(q.subject, SKOS.altLabel, q.object, q.graph_name)
        if alt not in quads:
            out.append(alt)
    return out


def remove(ref: str, store: GraphStore, base_iri: str) -> str:
    """Remove a document's graph given its id, IRI or file path; returns its IRI."""
    doc_id = slugify(Path(ref).stem) if not ref.startswith(("http://", "https://")) else None
    graph = ref if doc_id is None else document_iri(base_iri, doc_id)
    if not store.remove_graph(graph):
        raise NotFound(f"no document {ref!r} in the store at {store.path}; `bnkg stats` lists them")
    return graph


def _document_hash(doc: Document) -> str:
    meta = "\x1f".join(str(v) for v in (doc.title, doc.date, doc.source, doc.url))
    return hashlib.sha256((doc.sha256 + meta).encode()).hexdigest()[:16]


def _check_unique_ids(docs: list[Document]) -> None:
    seen: dict[str, str | None] = {}
    for d in docs:
        if d.id in seen:
            raise DocumentError(
                f"two documents map to the same id {d.id!r}: {seen[d.id]} and {d.path}; rename one"
            )
        seen[d.id] = d.path
