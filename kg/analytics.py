"""Graph analytics over the actor graph with networkx, cached per store version.

The actor graph is undirected: its nodes are the actors (``bn:Person``,
``bn:Organization``, ``bn:Place`` incl. countries, ``bn:Agreement``), its edges
the ontology relations between them (``represents``, ``partOf``, ``partyTo``,
``negotiates``, ``metWith``, ``locatedIn``, ``connects``) and co-occurrence in a
statement (``speaker-about``, ``speaker-addressee``). Each edge carries
``predicate`` (the distinct predicates, ``;``-joined), ``evidence`` (one source
sentence) and ``weight`` (how many facts support it) — plain values, so the graph
exports to GraphML. The full evidence per edge is kept beside the graph for
path explanations.

>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("c", "d")])
>>> sorted(round(v, 3) for v in eigenvector_by_component(g).values())
[0.5, 0.5, 0.5, 0.5]
"""

from __future__ import annotations

import math
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

import pyoxigraph as ox

from kg.lookup.ids import public_id
from kg.lookup.index import actor_index, store_version
from kg.lookup.refs import evidence as evidence_items
from kg.lookup.statements import all_statements
from kg.settings import DEFAULT_BASE
from kg.store import GraphStore

# The ontology relations that link two actors in the actor graph.
EDGE_PREDICATES = ("represents", "partOf", "partyTo", "negotiates", "metWith", "locatedIn", "connects")
# Statement roles that make the speaker co-occur with another actor: role name -> bn: property.
COOCCURRENCE = {"speaker-about": "about", "speaker-addressee": "addressee"}
SEED = 42  # fixed: the same store gives the same communities and samples
EXACT_BETWEENNESS_MAX_NODES = 2000  # above this, betweenness is estimated from samples
BETWEENNESS_SAMPLES = 256


@dataclass
class Analysis:
    """The actor graph of one store version, and what was computed on it so far."""

    version: str
    base: str
    graph: nx.Graph
    evidence: dict[tuple[str, str], list[dict[str, Any]]]
    results: dict[str, Any] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


_CACHE: "weakref.WeakKeyDictionary[GraphStore, Analysis]" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _edge_key(u: str, v: str) -> tuple[str, str]:
    return (u, v) if u <= v else (v, u)


def analysis(store: GraphStore, base: str = DEFAULT_BASE) -> Analysis:
    """The cached analysis for the store's current version (built on first use)."""
    version = store_version(store)
    cached = _CACHE.get(store)
    if cached is not None and cached.version == version and cached.base == base:
        return cached
    with _LOCK:
        cached = _CACHE.get(store)
        if cached is None or cached.version != version or cached.base != base:
            graph, evidence = _build(store, base)
            cached = _CACHE[store] = Analysis(version, base, graph, evidence)
    return cached


def actor_graph(store: GraphStore, base: str = DEFAULT_BASE) -> nx.Graph:
    """The actor graph (cached per store version; do not modify the returned graph)."""
    return analysis(store, base).graph


def _build(store: GraphStore, base: str) -> tuple[nx.Graph, dict[tuple[str, str], list[dict[str, Any]]]]:
    """The actor graph and each edge's evidence, from the lookup index (no queries)."""
    idx = actor_index(store, base)
    g = nx.Graph()
    for iri, a in idx.actors.items():
        g.add_node(iri, id=public_id(base, iri), label=a.label, type=a.type)
    preds: dict[tuple[str, str], set[str]] = {}
    evidence: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def link(s: str, o: str, pred: str, mentions: list[str], **more: str) -> None:
        if s == o or s not in idx.actors or o not in idx.actors:
            return
        key = _edge_key(s, o)
        preds.setdefault(key, set()).add(pred)
        for e in evidence_items(store, idx, mentions):
            evidence.setdefault(key, []).append({"predicate": pred, "subject": s, "object": o, **more, **e})

    for s in idx.actors:
        for p, o in idx.out.get(s, ()):
            if p in EDGE_PREDICATES and isinstance(o, ox.NamedNode):
                link(s, o.value, p, idx.asserted.get((s, p, str(o)), []))
    for st in all_statements(idx):
        facts = idx.out.get(st, ())
        speakers = [o.value for p, o in facts if p == "speaker" and isinstance(o, ox.NamedNode)]
        for role, prop in COOCCURRENCE.items():
            for p, o in facts:
                if p == prop and isinstance(o, ox.NamedNode):
                    for sp in speakers:
                        link(sp, o.value, role, idx.own_evidence.get(st, []), statement=st)
    for key, ps in preds.items():
        ev = sorted(_dedupe(evidence.get(key, [])), key=lambda e: (e["document"]["id"], e["start"], e["predicate"]))
        evidence[key] = ev
        g.add_edge(
            *key,
            predicate=";".join(sorted(ps)),
            evidence=ev[0]["text"] if ev else "",
            weight=max(1, len(ev)),
        )
    return g, evidence


def _dedupe(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in items:
        k = (e["predicate"], e["subject"], e["object"], e["document"]["iri"], e["start"], e["end"])
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


# -- centrality --------------------------------------------------------------------
def eigenvector_by_component(g: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality that is defined on disconnected graphs.

    On the whole graph the leading eigenvector is zero outside the component with
    the largest eigenvalue, so every smaller group of actors would score 0. Here
    each component gets its own leading eigenvector, scaled by
    ``sqrt(|component| / n)``, so components are comparable and the vector has
    unit length over the non-isolated actors. Isolated actors score 0.
    """
    n = g.number_of_nodes()
    out = {v: 0.0 for v in g}
    for comp in nx.connected_components(g):
        if len(comp) < 2:
            continue
        sub = g.subgraph(comp)
        try:
            vec = nx.eigenvector_centrality(sub, max_iter=1000, tol=1e-08)
        except nx.PowerIterationFailedConvergence:
            # Fall back to degree, normalised to unit length: still ranks hubs first.
            deg = dict(sub.degree())
            norm = math.sqrt(sum(d * d for d in deg.values())) or 1.0
            vec = {v: d / norm for v, d in deg.items()}
        scale = math.sqrt(len(comp) / n)
        for v, x in vec.items():
            out[v] = x * scale
    return out


def centrality(store: GraphStore, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """Degree, betweenness and eigenvector centrality of every actor (cached)."""
    an = analysis(store, base)
    with an.lock:
        if "centrality" not in an.results:
            g = an.graph
            n = g.number_of_nodes()
            approximate = n > EXACT_BETWEENNESS_MAX_NODES
            between = nx.betweenness_centrality(
                g, k=min(BETWEENNESS_SAMPLES, n) if approximate else None, seed=SEED
            )
            an.results["centrality"] = {
                "degree": nx.degree_centrality(g) if n > 1 else {v: 0.0 for v in g},
                "betweenness": between,
                "eigenvector": eigenvector_by_component(g),
                "approximate": approximate,
            }
    return an.results["centrality"]


def degree_scores(store: GraphStore, base: str = DEFAULT_BASE) -> dict[str, float]:
    """Degree centrality alone: cheap enough for sorting search results."""
    an = analysis(store, base)
    with an.lock:
        if "degree" not in an.results:
            g = an.graph
            an.results["degree"] = nx.degree_centrality(g) if g.number_of_nodes() > 1 else {v: 0.0 for v in g}
    return an.results["degree"]


# -- communities ---------------------------------------------------------------------
def communities(store: GraphStore, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """Louvain communities (fixed seed) with their modularity (cached)."""
    an = analysis(store, base)
    with an.lock:
        if "communities" not in an.results:
            g = an.graph
            if g.number_of_edges() == 0:
                parts: list[set[str]] = [{v} for v in g]
                modularity = None
            else:
                parts = nx.community.louvain_communities(g, weight="weight", seed=SEED)
                modularity = nx.community.modularity(g, parts, weight="weight")
            parts = sorted(parts, key=lambda c: (-len(c), min(c)))
            an.results["communities"] = {"method": "louvain", "modularity": modularity, "parts": parts}
    return an.results["communities"]


# -- paths ------------------------------------------------------------------------------
def shortest_paths(
    store: GraphStore, source: str, target: str, max_hops: int, limit: int = 10, base: str = DEFAULT_BASE
) -> list[list[dict[str, Any]]]:
    """Up to ``limit`` shortest paths of at most ``max_hops`` edges between two actor IRIs.

    Each path is a list of hops ``{source, target, predicates, evidence}``; an
    empty list means no connection within ``max_hops``.
    """
    an = analysis(store, base)
    g = an.graph
    if source not in g or target not in g:
        return []
    if source == target:
        return [[]]
    try:
        length = nx.shortest_path_length(g, source, target)
    except nx.NetworkXNoPath:
        return []
    if length > max_hops:
        return []
    paths = []
    for nodes in nx.all_shortest_paths(g, source, target):
        hops = []
        for u, v in zip(nodes, nodes[1:]):
            data = g.edges[u, v]
            hops.append(
                {
                    "source": u,
                    "target": v,
                    "predicates": data["predicate"].split(";"),
                    "evidence": an.evidence.get(_edge_key(u, v), []),
                }
            )
        paths.append(hops)
        if len(paths) >= limit:
            break
    return paths
