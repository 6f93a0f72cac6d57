"""Choose what to draw: focus (ego network), node types, documents, dates, statements.

The same rules run in the browser (``viewer.js``) on the data a page already
has, so the controls answer instantly; this module is the reference used by
``/graph/data`` and to cut big graphs down before they are sent.

>>> ViewParams.parse(actor="justin-trudeau", depth="5", types="Person,Country").depth
3
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

from kg import ontology
from kg.errors import NotFound
from kg.viz.data import GraphData, Node

MAX_DEPTH = 3
# Above this many nodes the page opens on an ego network instead of everything.
DEFAULT_MAX_NODES = 1500


@dataclass
class ViewParams:
    """What the URL (or the CLI) asks to see."""

    actor: str | None = None
    depth: int = 2
    types: frozenset[str] | None = None  # bn: class local names; subclasses included
    hide: frozenset[str] = frozenset()  # legend classes to hide (exactly these, as the legend toggles)
    documents: frozenset[str] | None = None
    date_from: str | None = None  # ISO date or prefix (2023, 2023-03, 2023-03-15)
    date_to: str | None = None
    statements: bool = True
    full: bool = False  # draw everything even when the graph is big

    @classmethod
    def parse(
        cls,
        actor: str | None = None,
        depth: str | int | None = None,
        types: str | None = None,
        hide: str | None = None,
        documents: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        statements: str | bool | None = None,
        full: str | bool | None = None,
    ) -> "ViewParams":
        """Lenient parsing of query-string values (clamps depth to 1..3)."""
        try:
            d = int(depth) if depth not in (None, "") else 2
        except (TypeError, ValueError):
            d = 2
        return cls(
            actor=(actor or "").strip() or None,
            depth=max(1, min(MAX_DEPTH, d)),
            types=_csv(types),
            hide=_csv(hide) or frozenset(),
            documents=_csv(documents),
            date_from=(date_from or "").strip() or None,
            date_to=(date_to or "").strip() or None,
            statements=_flag(statements, True),
            full=_flag(full, False),
        )


def _csv(value: str | None) -> frozenset[str] | None:
    if value is None or not value.strip():
        return None
    return frozenset(v.strip() for v in value.split(",") if v.strip())


def _flag(value: str | bool | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return value.strip().lower() not in ("0", "false", "no", "off", "hide")


@dataclass
class View:
    """The nodes and edges to draw, and why (for the page's status line)."""

    nodes: list[str]
    edges: list[int]  # indexes into GraphData.edges
    focus: str | None
    depth: int
    total_nodes: int
    partial: bool  # True when the server cut the graph down (ego network / cap)
    notes: list[str] = field(default_factory=list)


def weights(data: GraphData) -> dict[str, float]:
    """Importance of each node: mentions plus degree (drives size and the default focus)."""
    w = {nid: float(n.mentions) for nid, n in data.nodes.items()}
    for e in data.edges:
        w[e.source] += 1
        w[e.target] += 1
    return w


def resolve_actor(data: GraphData, ref: str) -> str:
    """The node id for ``ref``: an id (``person/x``), a slug (``x``), an IRI, a label or an alias.

    Raises :class:`kg.errors.NotFound` with a hint when nothing matches.
    """
    ref_s = ref.strip()
    if ref_s in data.nodes:
        return ref_s
    low = ref_s.lower()
    w = weights(data)
    candidates = [
        n
        for n in data.nodes.values()
        if n.iri == ref_s
        or n.id.rsplit("/", 1)[-1] == ref_s
        or n.label.lower() == low
        or low in (a.lower() for a in n.aliases)
    ]
    if not candidates:
        raise NotFound(
            f"unknown actor {ref_s!r}: give an id such as 'person/justin-trudeau', its last part, "
            "or an exact name; /graph/search?q=... lists matches"
        )
    # Prefer actors over statements, then the better connected one.
    candidates.sort(key=lambda n: (n.cls == "Statement", -w[n.id], n.id))
    return candidates[0].id


def search(data: GraphData, query: str, limit: int = 20) -> list[Node]:
    """Nodes whose label or alias contains ``query`` (case-insensitive), best first."""
    q = query.strip().lower()
    if not q:
        return []
    w = weights(data)
    hits = []
    for n in data.nodes.values():
        names = [n.label.lower(), *(a.lower() for a in n.aliases)]
        if any(q in name for name in names):
            exact = any(name == q for name in names)
            prefix = any(name.startswith(q) for name in names)
            hits.append(((not exact, not prefix, n.cls == "Statement", -w[n.id], n.label), n))
    hits.sort(key=lambda h: h[0])
    return [n for _, n in hits[:limit]]


def _date_bounds(date: str) -> tuple[str, str]:
    """The first and last possible day of a (partial) ISO date, as comparable strings."""
    d = date.strip()[:10]
    return d, d + "\uffff"  # '2023-03' covers '2023-03-01'..'2023-03-31'


def allowed_documents(data: GraphData, p: ViewParams) -> set[str] | None:
    """Documents that pass the document and date filters (None: no filter)."""
    if p.documents is None and p.date_from is None and p.date_to is None:
        return None
    docs = set(data.documents) if p.documents is None else set(p.documents) & set(data.documents)
    if p.date_from or p.date_to:
        kept = set()
        for did in docs:
            date = data.documents[did].date
            if not date:
                continue  # an undated document cannot be placed in a range
            first, last = _date_bounds(date)
            if p.date_from and last < p.date_from:
                continue
            if p.date_to and first > p.date_to + "\uffff":
                continue
            kept.add(did)
        docs = kept
    return docs


@lru_cache(maxsize=None)
def legend_class(cls: str) -> str:
    """The legend entry a node of class ``cls`` is drawn under (nearest class with its own colour)."""
    own = {c for c, _, _ in ontology.legend()}
    for c in [cls, *ontology.superclasses(cls)]:
        if c in own:
            return c
    return cls


def _type_ok(cls: str, types: frozenset[str] | None, hide: frozenset[str]) -> bool:
    if hide and legend_class(cls) in hide:
        return False
    if types is None:
        return True
    return cls in types or any(s in types for s in ontology.superclasses(cls))


def _ego(adj: dict[str, set[str]], start: str, depth: int) -> dict[str, int]:
    """Breadth-first distances from ``start`` up to ``depth`` hops."""
    dist = {start: 0}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if dist[cur] >= depth:
            continue
        for nb in adj.get(cur, ()):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                queue.append(nb)
    return dist


def select(data: GraphData, p: ViewParams, max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """Apply ``p`` to ``data``: filters first, then the focus (ego network)."""
    notes: list[str] = []
    docs = allowed_documents(data, p)
    keep = {
        nid
        for nid, n in data.nodes.items()
        if _type_ok(n.cls, p.types, p.hide)
        and (p.statements or n.cls != "Statement")
        and (docs is None or n.docs & docs)
    }
    edge_idx = [
        i
        for i, e in enumerate(data.edges)
        if e.source in keep and e.target in keep and (docs is None or e.docs & docs)
    ]
    adj: dict[str, set[str]] = {nid: set() for nid in keep}
    for i in edge_idx:
        e = data.edges[i]
        adj[e.source].add(e.target)
        adj[e.target].add(e.source)

    focus: str | None = None
    partial = False
    if p.actor:
        focus = resolve_actor(data, p.actor)
        if focus not in keep:
            keep.add(focus)  # the focus stays visible even if a filter would hide it
            adj.setdefault(focus, set())
            notes.append("the focused actor is outside the filters; shown anyway")
    elif len(keep) > max_nodes and not p.full:
        w = weights(data)
        actors = [n for n in keep if data.nodes[n].cls != "Statement"] or list(keep)
        focus = max(actors, key=lambda n: (w[n], n))
        notes.append(f"{len(keep)} nodes: showing the ego network of the most central actor")

    if focus is not None:
        dist = _ego(adj, focus, p.depth)
        w = weights(data)
        if len(dist) > max_nodes and not p.full:
            # Closest and most important first, so the cut keeps the neighbourhood's core.
            ranked = sorted(dist, key=lambda n: (dist[n], -w[n], n))[:max_nodes]
            notes.append(f"ego network cut to the {max_nodes} closest, most mentioned nodes")
            dist = {n: dist[n] for n in ranked}
        partial = len(dist) < len(data.nodes)
        keep = set(dist)
    elif len(keep) > max_nodes and p.full:
        notes.append(f"drawing all {len(keep)} nodes (full=1)")

    kept_edges = [i for i in edge_idx if data.edges[i].source in keep and data.edges[i].target in keep]
    return View(
        nodes=sorted(keep),
        edges=kept_edges,
        focus=focus,
        depth=p.depth,
        total_nodes=len(data.nodes),
        partial=partial,
        notes=notes,
    )
