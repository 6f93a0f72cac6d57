"""Extraction -> RDF quads: a pure function, no store, no I/O besides the ontology.

Every quad lands in the document's named graph (the ``bn:Document`` IRI), so a
document is removed or re-ingested with one graph operation. IRIs are minted
only through :mod:`kg.iris`; class and property names are the ontology's
(``ontology/bnkg.ttl``).

Conventions a reader of the graph can rely on:

* an entity has exactly one ``rdfs:label``, its aliases as ``skos:altLabel``,
  ``rdf:type`` its class **and every bn: superclass** (so ``?x a bn:Organization``
  finds agencies without a reasoner; pick the most specific with
  :func:`kg.ontology.most_specific`), ``bn:mentionedIn`` the document and
  ``bn:evidence`` one ``bn:Mention`` per place it is named;
* a ``bn:Mention`` has ``bn:document``, ``bn:start``/``bn:end`` (xsd:integer
  character offsets into ``bn:text``) and ``bn:exact``;
* an entity-to-entity relation is a plain triple plus a ``bn:RelationAssertion``
  node (``rdf:subject``/``rdf:predicate``/``rdf:object``, ``bn:evidence``);
  ``bn:metWith`` is written in both directions, each with its own assertion;
* dates are typed: ``xsd:gYear`` (2002), ``xsd:gYearMonth`` (2023-03),
  ``xsd:date`` (2023-03-15), see :func:`date_literal`.

>>> from kg.model import Document, Entity, Extraction, Span
>>> doc = Document(id="d1", text="Trudeau spoke.", title="T", sha256="0")
>>> ex = Extraction(doc, {"justin-trudeau": Entity("justin-trudeau", "Person",
...     "Justin Trudeau", mentions=[Span(0, 7, "Trudeau")])})
>>> quads = to_quads(ex, "https://w3id.org/bnkg/id/")
>>> {q.graph_name.value for q in quads}
{'https://w3id.org/bnkg/id/document/d1'}
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import pyoxigraph as ox

from kg import iris
from kg.model import Entity, Event, Extraction, Relation, Span, Statement
from kg.namespaces import PREFIX_BLOCK
from kg.namespaces import PREFIXES as VOCABULARY_PREFIXES
from kg.ontology import iri_category_type, is_class, superclasses
from kg.settings import ONTOLOGY_NS

log = logging.getLogger(__name__)


class Namespace:
    """A namespace whose attributes (or items) are ``pyoxigraph.NamedNode`` terms.

    >>> Namespace("https://example.org/ns#").thing
    <NamedNode value=https://example.org/ns#thing>
    >>> Namespace("https://example.org/ns#")["a-b"].value
    'https://example.org/ns#a-b'
    """

    def __init__(self, iri: str) -> None:
        self.iri = iri

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):  # keep copy/pickle protocols working
            raise AttributeError(name)
        return ox.NamedNode(self.iri + name)

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self.iri + name)

    def __str__(self) -> str:
        return self.iri

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"


BN = Namespace(ONTOLOGY_NS)
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SCHEMA = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
PROV = Namespace("http://www.w3.org/ns/prov#")

PREFIXES = VOCABULARY_PREFIXES  # re-exported: queries and export share them


def sparql_prefixes() -> str:
    """``PREFIX`` lines for every namespace above, to prepend to SPARQL text."""
    return PREFIX_BLOCK


_YEAR = re.compile(r"^-?\d{4}$")
_YEAR_MONTH = re.compile(r"^-?\d{4}-(0[1-9]|1[0-2])$")
_DATE = re.compile(r"^-?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_DATETIME = re.compile(r"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def date_literal(value: str) -> ox.Literal:
    """A typed literal for an ISO date or partial date.

    >>> date_literal("2002").datatype.value.rsplit("#")[1]
    'gYear'
    >>> date_literal("2023-03").datatype.value.rsplit("#")[1]
    'gYearMonth'
    >>> date_literal("2023-03-15").datatype.value.rsplit("#")[1]
    'date'
    >>> date_literal("spring 2023").datatype.value.rsplit("#")[1]
    'string'
    """
    v = value.strip()
    if _YEAR.match(v):
        return ox.Literal(v, datatype=XSD.gYear)
    if _YEAR_MONTH.match(v):
        return ox.Literal(v, datatype=XSD.gYearMonth)
    if _DATE.match(v):
        return ox.Literal(v, datatype=XSD.date)
    if _DATETIME.match(v):
        if len(v) == 16:  # 'YYYY-MM-DDTHH:MM' lacks the seconds xsd:dateTime needs
            v += ":00"
        return ox.Literal(v, datatype=XSD.dateTime)
    # Not a date we can type: keep the words rather than lose them.
    return ox.Literal(v)


def statement_label(speaker_label: str, quote: str, words: int = 8) -> str:
    """``Speaker: "first words…"``, a readable name for a statement node.

    >>> statement_label("Justin Trudeau", "The only way to effectively shut down, not just Roxham Road")
    'Justin Trudeau: "The only way to effectively shut down, not…"'
    """
    parts = quote.split()
    head = " ".join(parts[:words])
    return f'{speaker_label}: "{head}{"…" if len(parts) > words else ""}"'


class _Writer:
    """Collects quads for one document; keeps the key -> IRI map and mention nodes."""

    def __init__(self, extraction: Extraction, base: str) -> None:
        self.ex = extraction
        self.base = base
        self.doc_id = extraction.document.id
        self.graph = ox.NamedNode(iris.document_iri(base, self.doc_id))
        self.doc = self.graph
        self.quads: list[ox.Quad] = []
        self._seen: set[ox.Quad] = set()
        self._mentions: set[tuple[int, int]] = set()
        self._assertions: set[tuple[object, ...]] = set()
        self.nodes: dict[str, ox.NamedNode] = {
            key: self._entity_node(ent) for key, ent in extraction.entities.items()
        }
        self._labels: dict[ox.NamedNode, str] = {
            self.nodes[key]: ent.label for key, ent in extraction.entities.items()
        }

    # -- helpers -----------------------------------------------------------
    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        q = ox.Quad(s, p, o, self.graph)
        if q not in self._seen:  # keep output free of duplicates, order stable
            self._seen.add(q)
            self.quads.append(q)

    def _entity_node(self, ent: Entity) -> ox.NamedNode:
        type_ = iri_category_type(ent.type)
        scope = self.doc_id if ent.unnamed else None
        return ox.NamedNode(iris.entity_iri(self.base, type_, ent.iri_key or ent.key, document_id=scope))

    def node(self, key: str, role: str) -> ox.NamedNode | None:
        """The IRI of entity ``key``; None (and a warning) if the extraction lacks it."""
        n = self.nodes.get(key)
        if n is None:
            log.warning("%s: %s refers to unknown entity key %r; skipped", self.doc_id, role, key)
        return n

    def mention(self, span: Span) -> ox.NamedNode:
        """The ``bn:Mention`` node for ``span`` (written once per offset pair)."""
        m = ox.NamedNode(iris.mention_iri(self.base, self.doc_id, span.start, span.end))
        if (span.start, span.end) not in self._mentions:
            self._mentions.add((span.start, span.end))
            self.add(m, RDF.type, BN.Mention)
            self.add(m, BN.document, self.doc)
            self.add(m, BN.start, ox.Literal(str(span.start), datatype=XSD.integer))
            self.add(m, BN.end, ox.Literal(str(span.end), datatype=XSD.integer))
            self.add(m, BN.exact, ox.Literal(span.text))
        return m

    def types(self, node: ox.NamedNode, local: str) -> None:
        """``rdf:type`` the class and its bn: superclasses (no reasoner needed)."""
        for cls in [local, *superclasses(local)]:
            self.add(node, RDF.type, BN[cls])

    # -- parts -------------------------------------------------------------
    def document(self) -> None:
        d = self.ex.document
        self.add(self.doc, RDF.type, BN.Document)
        self.add(self.doc, RDFS.label, ox.Literal(d.title or d.id))
        self.add(self.doc, DCTERMS.title, ox.Literal(d.title or d.id))
        self.add(self.doc, DCTERMS.identifier, ox.Literal(d.id))
        if d.date:
            self.add(self.doc, DCTERMS.date, date_literal(d.date))
        if d.source:
            self.add(self.doc, DCTERMS.source, ox.Literal(d.source))
        if d.url:
            url = d.url.strip()
            # schema:url wants an IRI; anything that is not an absolute http(s) URL stays text.
            is_iri = re.match(r"^https?://[^\s<>\"{}|\\^`]+$", url)
            self.add(self.doc, SCHEMA.url, ox.NamedNode(url) if is_iri else ox.Literal(url))
        self.add(self.doc, DCTERMS.format, ox.Literal(d.media_type))
        self.add(self.doc, BN.text, ox.Literal(d.text))
        self.add(self.doc, BN.sha256, ox.Literal(d.sha256))

    def entity(self, ent: Entity) -> None:
        n = self.nodes[ent.key]
        if not is_class(ent.type):  # kept: dropping the node would drop its relations too
            log.warning("%s: entity %r has type %r, not a class of the ontology", self.doc_id, ent.key, ent.type)
        self.types(n, ent.type)
        self.add(n, RDFS.label, ox.Literal(ent.label))
        for alias in sorted(ent.aliases):
            if alias != ent.label:
                self.add(n, SKOS.altLabel, ox.Literal(alias))
        self.add(n, BN.mentionedIn, self.doc)
        for span in ent.mentions:
            self.add(n, BN.evidence, self.mention(span))
        for other in ent.same_as:
            if "://" in other:  # an external IRI (e.g. Wikidata)
                self.add(n, OWL.sameAs, ox.NamedNode(other))
            elif other in self.nodes and other != ent.key:  # another key in this extraction
                self.add(n, OWL.sameAs, self.nodes[other])

    def relation(self, rel: Relation, n: int) -> int:
        """Write ``rel`` and its assertion node(s); returns the next assertion number."""
        s = self.node(rel.subject, f"relation {rel.predicate} subject")
        if s is None:
            return n
        p = BN[rel.predicate]
        o: ox.NamedNode | ox.Literal | None
        if rel.object is not None:
            o = self.node(rel.object, f"relation {rel.predicate} object")
        elif rel.literal is not None:
            o = date_literal(rel.literal)
        else:
            log.warning("%s: relation %s of %r has no object; skipped", self.doc_id, rel.predicate, rel.subject)
            return n
        if o is None:
            return n
        pairs = [(s, o)]
        if rel.predicate == "metWith" and isinstance(o, ox.NamedNode):
            pairs.append((o, s))  # symmetric: readers need not know it
        for subj, obj in pairs:
            self.add(subj, p, obj)
            seen = (subj, p, obj, rel.evidence.start, rel.evidence.end)
            if seen in self._assertions:  # same fact from the same sentence: one assertion
                continue
            self._assertions.add(seen)
            a = ox.NamedNode(iris.assertion_iri(self.base, self.doc_id, n))
            n += 1
            self.add(a, RDF.type, BN.RelationAssertion)
            self.add(a, RDFS.label, ox.Literal(f"{self._label(subj)} {rel.predicate} {self._label(obj)}"))
            self.add(a, RDF.subject, subj)
            self.add(a, RDF.predicate, p)
            self.add(a, RDF.object, obj)
            self.add(a, BN.evidence, self.mention(rel.evidence))
            self.add(a, BN.mentionedIn, self.doc)
        return n

    def _label(self, term: ox.NamedNode | ox.Literal) -> str:
        if isinstance(term, ox.Literal):
            return term.value
        return self._labels.get(term, term.value)

    def statement(self, st: Statement, n: int) -> None:
        node = ox.NamedNode(iris.statement_iri(self.base, self.doc_id, n))
        speaker = self.node(st.speaker, "statement speaker")
        speaker_label = self.ex.entities[st.speaker].label if speaker is not None else "Unknown speaker"
        self.add(node, RDF.type, BN.Statement)
        self.add(node, RDFS.label, ox.Literal(statement_label(speaker_label, st.quote)))
        if speaker is not None:
            self.add(node, BN.speaker, speaker)
        self.add(node, BN.quote, ox.Literal(st.quote))
        self.add(node, BN.kind, ox.Literal(st.kind))
        if st.addressee:
            addressee = self.node(st.addressee, "statement addressee")
            if addressee is not None:
                self.add(node, BN.addressee, addressee)
        if st.medium:
            self.add(node, BN.medium, ox.Literal(st.medium))
        for key in st.about:
            about = self.node(key, "statement about")
            if about is not None:
                self.add(node, BN.about, about)
        if st.stated_on:
            self.add(node, BN.statedOn, date_literal(st.stated_on))
        self.add(node, BN.evidence, self.mention(st.evidence))
        self.add(node, BN.quoteEvidence, self.mention(st.quote_span))
        self.add(node, BN.mentionedIn, self.doc)

    def event(self, ev: Event) -> None:
        node = ox.NamedNode(iris.event_iri(self.base, self.doc_id, ev.key))
        self.types(node, ev.type)
        self.add(node, RDFS.label, ox.Literal(ev.label))
        for key in ev.participants:
            p = self.node(key, "event participant")
            if p is not None:
                self.add(node, BN.participant, p)
        for key in ev.about:
            a = self.node(key, "event about")
            if a is not None:
                self.add(node, BN.about, a)
        if ev.date:
            self.add(node, BN.date, date_literal(ev.date))
        self.add(node, BN.evidence, self.mention(ev.evidence))
        self.add(node, BN.mentionedIn, self.doc)


def to_quads(extraction: Extraction, base_iri: str) -> list[ox.Quad]:
    """All quads for ``extraction``, in the document's named graph.

    Deterministic: the same extraction gives the same quads in the same order.
    Statements and relation assertions are numbered from 1 in extraction order.
    """
    w = _Writer(extraction, base_iri)
    w.document()
    for ent in extraction.entities.values():
        w.entity(ent)
    n = 1
    for rel in extraction.relations:
        n = w.relation(rel, n)
    for i, st in enumerate(extraction.statements, start=1):
        w.statement(st, i)
    for ev in extraction.events:
        w.event(ev)
    return w.quads


def bn_terms(quads: Iterable[ox.Quad]) -> set[str]:
    """Local names of every bn: term used as a predicate, a class or an asserted predicate."""
    out: set[str] = set()
    for q in quads:
        candidates = [q.predicate]
        if q.predicate in (RDF.type, RDF.predicate):
            candidates.append(q.object)
        for t in candidates:
            if isinstance(t, ox.NamedNode) and t.value.startswith(BN.iri):
                out.add(t.value[len(BN.iri):])
    return out
