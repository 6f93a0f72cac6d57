"""The lookup index: what the API needs from one store version, in memory.

Built once per store version from single-pattern scans (:mod:`kg.lookup.scans`)
and cached per store, so that search, actor detail and relationships are
dictionary work — they stay fast on hub actors of a million-quad store, where
the same joins in SPARQL take seconds. Memory grows with the relation layer
(facts, assertions, mentions' IRIs, document texts), not with the whole store.

Class names and the hierarchy come from :mod:`kg.ontology`, the single source of
truth: a node's classes are the ontology classes it carries, superclasses added.
"""

from __future__ import annotations

import gc
import threading
import unicodedata
import weakref
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg import ontology
from kg.lookup import scans
from kg.lookup.ids import document_id, mention_span
from kg.lookup.queries import BN, sparql, value, with_values
from kg.store import GraphStore

ACTOR_ROOTS = frozenset({"Person", "Organization", "Place", "Agreement"})
# bn: properties that are not facts about a node: mention bookkeeping and document data.
NOT_FACTS = frozenset(
    {"evidence", "quoteEvidence", "document", "start", "end", "exact", "mentionedIn", "text", "sha256", "pipelineVersion"}
)
# Nodes of these classes are never shown as references (~140k of them per million quads).
HIDDEN_CLASSES = frozenset({"Mention", "RelationAssertion"})
# Mentions of these classes count as a document's mentions.
COUNTED_CLASSES = ACTOR_ROOTS | {"Position"}
# Nodes of these classes cite their source sentence as bn:evidence (others: their names).
SENTENCE_CLASSES = frozenset({"Statement", "Event"})


def normalise(text: str) -> str:
    """Case- and accent-insensitive form for search.

    >>> normalise("Québec  CITY")
    'quebec city'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def most_specific(types: list[str]) -> str | None:
    """The class to show for ``types``: :func:`kg.ontology.most_specific`, or the first
    name when none of them is in the ontology."""
    return ontology.most_specific(types) or (sorted(types)[0] if types else None)


@dataclass
class Node:
    """Label and bn: classes (superclasses included) of any node worth referring to."""

    label: str | None
    types: list[str]
    type: str | None


@dataclass
class Actor:
    iri: str
    label: str
    types: list[str]
    type: str
    aliases: list[str]
    mentions: int
    sides: list[str]
    sort_name: str  # normalised label: the sort key for ?sort=name
    haystack: str  # normalised label and aliases, newline-joined: what ?q= searches


@dataclass
class Doc:
    iri: str
    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    sha256: str | None
    text: str


@dataclass
class Index:
    """One store version, indexed by IRI. ``out``/``inc`` hold every bn: fact
    (``NOT_FACTS`` aside); ``asserted`` maps a fact ``(s, p, str(o))`` to the mentions
    its ``bn:RelationAssertion`` nodes cite; ``own_evidence`` are the sentences of
    statements and events (their own ``bn:evidence``)."""

    version: str
    base: str
    actors: dict[str, Actor]
    by_name: list[Actor]  # sorted by (sort_name, iri)
    by_key: dict[str, list[str]]  # last IRI segment -> actor IRIs
    nodes: dict[str, Node]
    classes: set[str]
    out: dict[str, list[tuple[str, Any]]]  # s -> (p local name, object term)
    inc: dict[str, list[tuple[str, str]]]  # o -> (p local name, subject IRI)
    asserted: dict[tuple[str, str, str], list[str]]
    own_evidence: dict[str, list[str]]
    quote_evidence: dict[str, list[str]]
    documents_of: dict[str, list[str]]  # entity -> documents it is named in (bn:mentionedIn)
    mention_counts: dict[str, int] | None  # document -> entity mentions; None: some IRIs unparsable
    same_as: dict[str, list[str]]
    documents: dict[str, Doc]
    cache: dict[str, Any] = field(default_factory=dict)  # derived results, per version

    def node(self, iri: str) -> Node:
        return self.nodes.get(iri) or Node(None, [], None)


_INDEXES: "weakref.WeakKeyDictionary[GraphStore, Index]" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def store_version(store: GraphStore) -> str:
    """A cache key for the store's content."""
    return store.version()


def actor_index(store: GraphStore, base: str) -> Index:
    """The index of the store's current version (built on first use, then shared)."""
    version = store_version(store)
    idx = _INDEXES.get(store)
    if idx is not None and idx.version == version and idx.base == base:
        return idx
    with _LOCK:  # one build at a time; others wait and reuse it
        idx = _INDEXES.get(store)
        if idx is None or idx.version != version or idx.base != base:
            idx = _INDEXES[store] = build(store, base, version)
            if store.read_only:
                # The index is a few million long-lived objects: without this, every
                # full collection walks them all (pauses of ~0.5 s between requests).
                # A read-only store never gets a new version, so nothing frozen leaks.
                gc.collect()
                gc.freeze()
    return idx


def build(store: GraphStore, base: str, version: str) -> Index:
    """Scan the store once and index it (see the module docstring)."""
    types = _types(store)
    labels: dict[str, str] = {}
    for n, lab in scans.pairs(store, "scan_labels"):
        labels[n.value] = min(labels.get(n.value, lab.value), lab.value)  # keep a stable one
    nodes = {i: Node(labels.get(i), sorted(ts), most_specific(sorted(ts))) for i, ts in types.items()}
    for i, lab in labels.items():
        nodes.setdefault(i, Node(lab, [], None))
    out, inc = _facts(store)
    asserted, own, names = _evidence(store, types)
    quote_evidence: dict[str, list[str]] = {}
    for n, m in scans.bn_pairs(store, "quoteEvidence"):
        quote_evidence.setdefault(n.value, []).append(m.value)
    same_as: dict[str, set[str]] = {}
    for a, b in scans.property_pairs(store, scans.OWL_SAME_AS):
        same_as.setdefault(a.value, set()).add(b.value)
        same_as.setdefault(b.value, set()).add(a.value)
    actors = _actors(types, labels, out, names, store)
    documents_of = _documents_of(store, base, names)
    by_key: dict[str, list[str]] = {}
    for iri in actors:
        by_key.setdefault(iri.rstrip("/").rsplit("/", 1)[-1], []).append(iri)
    return Index(
        version=version,
        base=base,
        actors=actors,
        by_name=sorted(actors.values(), key=lambda a: (a.sort_name, a.iri)),
        by_key=by_key,
        nodes=nodes,
        classes=set(ontology.CLASSES),
        out=out,
        inc=inc,
        asserted=asserted,
        own_evidence=own,
        quote_evidence=quote_evidence,
        documents_of={k: sorted(v) for k, v in documents_of.items()},
        mention_counts=_mention_counts(base, types, names),
        same_as={k: sorted(v) for k, v in same_as.items()},
        documents=_documents(store, base),
    )


def _types(store: GraphStore) -> dict[str, set[str]]:
    """bn: classes of every named node except mentions and assertions, superclasses added.

    One scan per ontology class: the ontology is the list of classes the data may use.
    """
    types: dict[str, set[str]] = {}
    for cls in ontology.CLASSES:
        if cls in HIDDEN_CLASSES:
            continue
        for (n,) in scans.rows(store, with_values(sparql("scan_types"), "type", [ox.NamedNode(BN + cls)])):
            if isinstance(n, ox.NamedNode):
                types.setdefault(n.value, set()).add(cls)
    supers: dict[str, list[str]] = {}
    for ts in types.values():
        for t in list(ts):
            ts.update(supers.setdefault(t, ontology.superclasses(t)))
    return types


def _facts(store: GraphStore) -> tuple[dict[str, list[tuple[str, Any]]], dict[str, list[tuple[str, str]]]]:
    """Every bn: fact (one scan per ontology property), out of and into each node."""
    out: dict[str, set[tuple[str, Any]]] = {}
    inc: dict[str, set[tuple[str, str]]] = {}
    for p in ontology.PROPERTIES:
        if p in NOT_FACTS:
            continue
        for s, o in scans.bn_pairs(store, p):
            out.setdefault(s.value, set()).add((p, o))
            if isinstance(o, ox.NamedNode):
                inc.setdefault(o.value, set()).add((p, s.value))
    return {k: list(v) for k, v in out.items()}, {k: list(v) for k, v in inc.items()}


def _evidence(
    store: GraphStore, types: dict[str, set[str]]
) -> tuple[dict[tuple[str, str, str], list[str]], dict[str, list[str]], dict[str, set[str]]]:
    """From one ``bn:evidence`` scan: assertion evidence by fact, statements' and
    events' own sentences, and each entity's name mentions (to count them)."""
    parts: dict[str, dict[str, Any]] = {}
    for role in ("subject", "predicate", "object"):
        for a, t in scans.property_pairs(store, scans.RDF + role):
            parts.setdefault(a.value, {})[role] = t
    asserted: dict[tuple[str, str, str], set[str]] = {}
    own: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for n, m in scans.bn_pairs(store, "evidence"):
        a = parts.get(n.value)
        if a is not None and len(a) == 3:
            p = a["predicate"].value
            key = (a["subject"].value, p[len(BN):] if p.startswith(BN) else p, str(a["object"]))
            asserted.setdefault(key, set()).add(m.value)
        elif n.value in types:
            sentence = not SENTENCE_CLASSES.isdisjoint(types[n.value])
            (own if sentence else names).setdefault(n.value, set()).add(m.value)
    return {k: sorted(v) for k, v in asserted.items()}, {k: sorted(v) for k, v in own.items()}, names


def _actors(
    types: dict[str, set[str]],
    labels: dict[str, str],
    out: dict[str, list[tuple[str, Any]]],
    names: dict[str, set[str]],
    store: GraphStore,
) -> dict[str, Actor]:
    aliases: dict[str, set[str]] = {}
    for n, alt in scans.pairs(store, "scan_aliases"):
        aliases.setdefault(n.value, set()).add(alt.value)
    actors: dict[str, Actor] = {}
    for iri, ts in types.items():
        if not ts & ACTOR_ROOTS:
            continue
        tl = sorted(ts)
        label = labels.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]
        al = sorted(aliases.get(iri, set()) - {label})
        sides = sorted({o.value for p, o in out.get(iri, []) if p == "represents" and isinstance(o, ox.NamedNode)})
        actors[iri] = Actor(
            iri=iri,
            label=label,
            types=tl,
            type=most_specific(tl) or "Thing",
            aliases=al,
            mentions=len(names.get(iri, ())),
            sides=sides,
            sort_name=normalise(label),
            haystack="\n".join(normalise(n) for n in [label, *al]),
        )
    return actors


def _documents_of(store: GraphStore, base: str, names: dict[str, set[str]]) -> dict[str, set[str]]:
    """The documents each entity is named in: read from its mention IRIs, which name
    their document; a ``bn:mentionedIn`` scan only when one does not follow
    ``kg.iris.mention_iri`` (the scan reads ~60k rows per million quads)."""
    out: dict[str, set[str]] = {}
    for e, ms in names.items():
        for m in ms:
            span = mention_span(base, m)
            if span is None:
                break
            out.setdefault(e, set()).add(span[0])
        else:
            continue
        out = {}
        for n, d in scans.bn_pairs(store, "mentionedIn"):
            out.setdefault(n.value, set()).add(d.value)
        return out
    return out


def _mention_counts(base: str, types: dict[str, set[str]], names: dict[str, set[str]]) -> dict[str, int] | None:
    """Distinct mentions of actors and offices per document, from the mention IRIs
    (None when one does not follow ``kg.iris.mention_iri``: then the store is asked)."""
    per_doc: dict[str, set[str]] = {}
    for e, ms in names.items():
        if types[e].isdisjoint(COUNTED_CLASSES):
            continue
        for m in ms:
            span = mention_span(base, m)
            if span is None:
                return None
            per_doc.setdefault(span[0], set()).add(m)
    return {d: len(ms) for d, ms in per_doc.items()}


def _documents(store: GraphStore, base: str) -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    for r in store.select(sparql("documents")):
        iri = r["doc"].value
        if iri not in docs:
            ident = value(r.get("ident")) or None
            docs[iri] = Doc(
                iri=iri,
                id=document_id(base, iri, ident),
                title=value(r.get("title")) or None,
                date=value(r.get("date")) or None,
                source=value(r.get("source")) or None,
                url=value(r.get("url")) or None,
                sha256=value(r.get("sha")) or None,
                text=value(r.get("text")),
            )
    return docs


