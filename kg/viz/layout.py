"""Server-side layout, so the browser never has to run physics on a big graph.

Small connected components go through networkx's Fruchterman-Reingold
(``spring_layout``). Components above a few hundred nodes use a sampled
force layout in numpy (repulsion from a random sample of nodes per step),
because networkx's sparse variant needs scipy and its dense one needs O(n^2)
memory. Components are then packed in rows, largest first. Deterministic:
the same graph gives the same picture.

>>> pos = positions(["a", "b", "c"], [("a", "b")])
>>> sorted(pos) == ["a", "b", "c"] and pos["a"] != pos["b"]
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

EDGE_LENGTH = 110.0  # typical edge length in vis.js canvas units (node sizes are 8-40)
SMALL_COMPONENT = 300  # up to this many nodes, networkx spring_layout
GAP = 40.0  # space between packed components, beyond their labels
MIN_DISTANCE = 95.0  # nodes of small graphs are kept this far apart (labels stay readable)
SEED = 7


# A node's drawn extent with its label, relative to its centre (canvas units):
# half-width, height above, height below. Labels are wide and flat, and a dot's
# label hangs below it, so a disc either wastes room sideways or lets labels
# overlap vertically.
Box = tuple[float, float, float]
DEFAULT_BOX: Box = (MIN_DISTANCE / 2, MIN_DISTANCE / 4, MIN_DISTANCE / 4)
BOX_GAP = 10.0  # space kept between two boxes
# Labels are wide and flat and screens are wide: a crowded layout grows sideways more.
GROWTH = np.array([1.15, 1.04])


def positions(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    boxes: dict[str, Box] | None = None,
) -> dict[str, tuple[float, float]]:
    """Canvas coordinates for ``nodes`` (edges between them shape the layout).

    ``boxes`` (see :data:`Box`; default :data:`DEFAULT_BOX`) is the room each
    node and its label take; small components are spread until no two overlap.
    """
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((s, t) for s, t in edges if s != t and s in g and t in g)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    parts = [_component(g.subgraph(c), boxes or {}) for c in comps]
    return _pack(parts, boxes or {})


def _component(g: nx.Graph, boxes: dict[str, Box]) -> dict[str, np.ndarray]:
    """Layout of one connected component, scaled so edges are about ``EDGE_LENGTH`` long."""
    n = g.number_of_nodes()
    names = sorted(g.nodes)
    if n == 1:
        return {names[0]: np.zeros(2)}
    if n == 2:
        return {names[0]: np.array([0.0, 0.0]), names[1]: np.array([EDGE_LENGTH, 0.0])}
    if n <= SMALL_COMPONENT:
        raw = nx.spring_layout(g, seed=SEED, iterations=100, k=1.6 / math.sqrt(n))
        pos = np.array([raw[v] for v in names], dtype=float)
    else:
        index = {v: i for i, v in enumerate(names)}
        src = np.array([index[s] for s, _ in g.edges], dtype=np.int64)
        dst = np.array([index[t] for _, t in g.edges], dtype=np.int64)
        pos = _sampled_force(n, src, dst)
    pos = _scale(pos, g, names)
    if n <= SMALL_COMPONENT:
        extent = np.array([boxes.get(v, DEFAULT_BOX) for v in names], dtype=float)
        pos = _spread(pos, extent)
    return {v: pos[i] for i, v in enumerate(names)}


def _spread(pos: np.ndarray, extent: np.ndarray, rounds: int = 100, growths: int = 12) -> np.ndarray:
    """Push apart nodes whose boxes (node plus label, see :data:`Box`) overlap (small graphs).

    Each overlapping pair moves apart along the axis where it overlaps least,
    half each, so wide labels slide sideways and stacked ones vertically. A
    crowded picture can jostle without settling, so when ``rounds`` are not
    enough the whole layout is enlarged a little (boxes keep their size) and
    pushing starts again. Only pairs near enough to touch are checked each
    round (the list is renewed every few rounds): all pairs every round cost
    seconds at 300 nodes.
    """
    pos = pos.copy()
    n = len(pos)
    half, up, down = extent[:, 0], extent[:, 1], extent[:, 2]
    first, second = np.triu_indices(n, 1)  # second > first: ties part by index
    near_x = 2 * (2 * half.max() + BOX_GAP)
    near_y = 2 * (up.max() + down.max() + BOX_GAP)
    for _ in range(growths):
        if _push_apart(pos, half, up, down, first, second, near_x, near_y, rounds):
            break
        centre = pos.mean(axis=0)
        pos = centre + (pos - centre) * GROWTH
    return pos


def _push_apart(
    pos: np.ndarray, half: np.ndarray, up: np.ndarray, down: np.ndarray,
    first: np.ndarray, second: np.ndarray, near_x: float, near_y: float, rounds: int,
) -> bool:
    """Up to ``rounds`` rounds of pushing (``pos`` moves in place); True once nothing overlaps."""
    n = len(pos)
    i = j = first[:0]
    for step in range(rounds):
        fresh = step % 10 == 0
        if fresh:
            close = (np.abs(pos[second, 0] - pos[first, 0]) < near_x) & (
                np.abs(pos[second, 1] - pos[first, 1]) < near_y
            )
            i, j = first[close], second[close]
        dx = pos[j, 0] - pos[i, 0]
        dy = pos[j, 1] - pos[i, 1]
        ox = half[i] + half[j] + BOX_GAP - np.abs(dx)
        oy = np.where(dy >= 0, down[i] + up[j], up[i] + down[j]) + BOX_GAP - np.abs(dy)
        hit = (ox > 0) & (oy > 0)
        if not hit.any():
            if fresh:
                return True  # checked against a fresh list: nothing overlaps
            continue
        sideways = hit & (ox <= oy)
        upright = hit & ~sideways
        move_x = np.where(sideways, ox, 0.0) * np.where(dx != 0, np.sign(dx), 1.0) * 0.5
        move_y = np.where(upright, oy, 0.0) * np.where(dy != 0, np.sign(dy), 1.0) * 0.5
        pos[:, 0] += np.bincount(j, move_x, n) - np.bincount(i, move_x, n)
        pos[:, 1] += np.bincount(j, move_y, n) - np.bincount(i, move_y, n)
    return False


def _scale(pos: np.ndarray, g: nx.Graph, names: list[str]) -> np.ndarray:
    index = {v: i for i, v in enumerate(names)}
    lengths = [float(np.linalg.norm(pos[index[s]] - pos[index[t]])) for s, t in g.edges]
    median = float(np.median(lengths)) if lengths else 1.0
    pos = pos - pos.mean(axis=0)
    return pos * (EDGE_LENGTH / median if median > 1e-9 else 1.0)


def _sampled_force(n: int, src: np.ndarray, dst: np.ndarray, iterations: int = 100, samples: int = 24) -> np.ndarray:
    """Fruchterman-Reingold with repulsion estimated from ``samples`` random nodes per node.

    O(iterations * n * samples) time and O(n * samples) memory: about a second
    for 5,000 nodes, where exact repulsion would be 25 million pairs per step.
    """
    rng = np.random.default_rng(SEED)
    side = math.sqrt(n)
    pos = _bfs_init(n, src, dst) * side + rng.normal(0, 0.05, (n, 2))
    k = 1.0
    temp = side / 4
    cool = (0.01 / temp) ** (1 / iterations)
    scale_rep = (n - 1) / samples
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        # attraction along edges: d^2 / k
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta**2).sum(1)) + 1e-9
        f = delta * (dist / k)[:, None]
        for axis in (0, 1):  # bincount: a much faster scatter-add than np.add.at
            disp[:, axis] -= np.bincount(src, f[:, axis], minlength=n)
            disp[:, axis] += np.bincount(dst, f[:, axis], minlength=n)
        # repulsion from a random sample: k^2 / d, scaled up to stand for all nodes
        partners = rng.integers(0, n, (n, samples))
        dx = pos[:, 0:1] - pos[partners, 0]
        dy = pos[:, 1:2] - pos[partners, 1]
        inv = (k * k * scale_rep) / (dx * dx + dy * dy + 1e-4)
        disp[:, 0] += (dx * inv).sum(1)
        disp[:, 1] += (dy * inv).sum(1)
        # weak gravity keeps loosely attached parts from drifting away
        disp -= pos * 0.05
        length = np.sqrt((disp**2).sum(1)) + 1e-9
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp *= cool
    return pos


def _bfs_init(n: int, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Radial start: rings by BFS distance from the best connected node (fewer steps needed)."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for s, t in zip(src.tolist(), dst.tolist()):
        adj[s].append(t)
        adj[t].append(s)
    root = max(range(n), key=lambda i: len(adj[i]))
    dist = [-1] * n
    dist[root] = 0
    order = [root]
    for cur in order:
        for nb in adj[cur]:
            if dist[nb] < 0:
                dist[nb] = dist[cur] + 1
                order.append(nb)
    rings: dict[int, list[int]] = {}
    for i in order:
        rings.setdefault(dist[i], []).append(i)
    pos = np.zeros((n, 2))
    maxd = max(rings) or 1
    for d, members in rings.items():
        for j, i in enumerate(members):
            a = 2 * math.pi * j / len(members)
            pos[i] = (d / maxd * math.cos(a), d / maxd * math.sin(a))
    return pos


def _pack(comps: list[dict[str, np.ndarray]], extents: dict[str, Box]) -> dict[str, tuple[float, float]]:
    """Place components in rows (largest first) so the whole picture is roughly square.

    A component's room includes its nodes' labels: a row of lone nodes with long
    labels would otherwise print them over each other.
    """
    boxes = []
    for c in comps:
        names = list(c)
        pts = np.array([c[v] for v in names])
        ext = np.array([extents.get(v, DEFAULT_BOX) for v in names], dtype=float)
        lo = np.min(pts - np.stack([ext[:, 0], ext[:, 1]], axis=1), axis=0)
        hi = np.max(pts + np.stack([ext[:, 0], ext[:, 2]], axis=1), axis=0)
        boxes.append((c, lo, hi - lo + GAP))
    area = sum(float(w * h) for _, _, (w, h) in boxes)
    row_width = max(math.sqrt(area) * 1.3, float(boxes[0][2][0]) if boxes else 0.0)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for c, lo, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for name, p in c.items():
            out[name] = (round(float(p[0] - lo[0] + x), 1), round(float(p[1] - lo[1] + y), 1))
        x += float(w)
        row_h = max(row_h, float(h))
    return out
