"""Turn a selected view into the viewer's data and HTML (pyvis + vis-network).

pyvis builds the vis.js node and edge objects and the options; the page is
our own Jinja template (pyvis's stock template pulls Bootstrap from a CDN),
and vis-network is pyvis's bundled copy, served from this machine or inlined.

Safety: node labels, aliases and quotes are untrusted text from documents.
No vis.js ``title`` is set (vis renders titles as HTML); the data travels as
JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` escaped, so no string can close the block, and ``viewer.js`` puts text
on the page with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import pyvis
from pyvis.network import Network

from kg import ontology
from kg.viz.data import Edge, Evidence, GraphData, Node
from kg.viz.view import View, weights

ASSETS = Path(__file__).parent / "assets"
VIS_JS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
FALLBACK_COLOR = "#97c2fc"
LABEL_MAX = 34  # statement labels are cut on the canvas; the panel shows them whole
EDGE_LABELS_UP_TO = 600  # above this many edges, labels cost more than they tell
# Above this many drawn nodes the page is drawn for speed (measured in headless
# Chromium, benchmarks/results_viewer.md): vis-network's per-node label handling
# and arrow drawing dominate at thousands of nodes, so nodes go to the canvas
# without labels (the page adds the labels of the nodes in view once the user
# zooms in, and the panel shows everything), edges as plain lines.
BIG_VIEW = 500
# Shapes that draw their label inside are sized by measuring the text; in a big
# view they get a cheap shape of the same family instead.
CHEAP_SHAPE = {"box": "square", "ellipse": "dot", "circle": "dot", "database": "square", "text": "dot"}

SERVED_ASSET_BASE = "/graph/assets/"  # where api/routes/graph.py serves viewer.js, viewer.css, vis-network

# What the served page may load: only its own scripts and styles, no inline code at all
# (the data block is JSON, which the browser does not execute).
SERVED_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Links:
    """Where the panel's links point: the served app's paths, or IRIs in a standalone file."""

    entity_base: str | None  # URL path prefix for entity pages ('/id/'); None: use the IRI
    document_prefix: str | None  # '/api/documents/'; None: use the document's IRI

    def entity(self, base: str, iri: str) -> str:
        if self.entity_base is not None and iri.startswith(base):
            return self.entity_base + iri[len(base):]
        return iri

    def document(self, doc_id: str, doc_iri: str) -> str:
        if self.document_prefix is not None:
            return self.document_prefix + quote(doc_id, safe="")
        return doc_iri


ENTITY_PAGES = "/id/"  # the app serves each entity's Linked Data page at /id/<path under the base>


def served_links(base: str) -> Links:
    """Links for the app: ``/id/person/x`` for entities, ``/api/documents/<id>`` for documents."""
    return Links(entity_base=ENTITY_PAGES, document_prefix="/api/documents/")


STANDALONE_LINKS = Links(entity_base=None, document_prefix=None)


class _Network(Network):
    """pyvis's Network with O(1) node lookups (stock ``add_edge`` scans lists: O(n^2) at 5,000 nodes)."""

    def add_node(self, n_id: str, label: str | None = None, shape: str = "dot", color: str = FALLBACK_COLOR, **options: Any) -> None:  # type: ignore[override]
        if n_id in self.node_map:
            return
        node = {"id": n_id, "label": label if label is not None else n_id, **options}
        if "group" not in options:  # grouped nodes take shape and colour from their group
            node.update(shape=shape, color=color)
        self.nodes.append(node)
        self.node_ids.append(n_id)
        self.node_map[n_id] = node

    def add_edge(self, source: str, to: str, **options: Any) -> None:  # type: ignore[override]
        if source not in self.node_map or to not in self.node_map:
            raise KeyError(f"edge {source!r} -> {to!r} refers to a node not in the network")
        self.edges.append({"from": source, "to": to, **options})


def _short(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


INSIDE_LABEL_SHAPES = frozenset({"box", "ellipse", "circle", "database", "text"})
CHAR_WIDTH = 6.5  # canvas units per character of a 12 px label (inside a shape)
UNDER_CHAR_WIDTH = 7.4  # per character of a 14 px label (under a shape)


def display_label(n: Node) -> str:
    """What the canvas shows: statements and very long names are cut (the panel has them whole)."""
    return _short(n.label) if n.cls == "Statement" or len(n.label) > 60 else n.label


def node_sizes(data: GraphData, view: View) -> dict[str, float]:
    """Drawn size of each node: by importance (mentions plus links), relative to the view's largest."""
    w = weights(data)
    wmax = max((w[n] for n in view.nodes), default=1.0) or 1.0
    return {n: round(10 + 26 * math.sqrt(w[n] / wmax), 1) for n in view.nodes}


def label_box(n: Node, size: float) -> tuple[float, float, float]:
    """Room a node and its label take on the canvas (half-width, above, below), for the layout.

    Measured in Chromium: 12 px text inside a shape is about ``CHAR_WIDTH`` per
    character plus padding, 17 units high each way; a 14 px label under a shape
    is about ``UNDER_CHAR_WIDTH`` per character and ends 16 units below it.
    """
    chars = len(display_label(n))
    if (ontology.shape(n.cls) or "dot") in INSIDE_LABEL_SHAPES:
        return (chars * CHAR_WIDTH / 2 + 9, 17.0, 17.0)
    return (max(chars * UNDER_CHAR_WIDTH / 2, size) + 2, size + 1, size + 16)


def _group_style(cls: str, big: bool = False) -> dict[str, Any]:
    """vis.js style of a class: the ontology's legend colour and shape (a cheap shape in big views)."""
    color = _color(cls)
    shape = ontology.shape(cls) or "dot"
    if big:
        shape = CHEAP_SHAPE.get(shape, shape)
    style: dict[str, Any] = {
        "shape": shape,
        "color": {"background": color, "border": "#33415580", "highlight": {"background": color, "border": "#111827"},
                  "hover": {"background": color, "border": "#111827"}},
    }
    if shape in INSIDE_LABEL_SHAPES:  # a label inside a shape needs contrast with the fill, not a halo
        style["font"] = {"size": 12, "color": _ink(color), "strokeWidth": 0}
    return style


def _ink(background: str) -> str:
    """Black or white text, whichever reads better on ``background`` (#rrggbb)."""
    try:
        r, g, b = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#111827"
    return "#111827" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def _color(cls: str) -> str:
    return ontology.color(cls) or FALLBACK_COLOR


def vis_network(data: GraphData, view: View, positions: dict[str, tuple[float, float]]) -> Network:
    """The pyvis network for ``view``: styled by class, sized by importance, laid out."""
    net = _Network(directed=True, cdn_resources="local")
    sizes = node_sizes(data, view)
    big = len(view.nodes) > BIG_VIEW
    for nid in view.nodes:
        n = data.nodes[nid]
        x, y = positions.get(nid, (0.0, 0.0))
        # Style comes from the node's group (its class), defined once in the options.
        net.add_node(nid, label=display_label(n), group=n.cls, size=sizes[nid], x=x, y=y)
    symmetric = ontology.SYMMETRIC_PROPERTIES
    for i in view.edges:
        e = data.edges[i]
        if big:  # plain lines: the panel lists each relation with its direction and evidence
            net.add_edge(e.source, e.target, id=e.id)
            continue
        net.add_edge(
            e.source,
            e.target,
            id=e.id,
            label=ontology.property_label(e.prop) if len(view.edges) <= EDGE_LABELS_UP_TO else "",
            arrows="" if e.prop in symmetric else "to",
            width=min(1 + len(e.evidence) * 0.5, 4),
        )
    net.options = {
        "groups": {cls: _group_style(cls, big) for cls in sorted({data.nodes[n].cls for n in view.nodes})},
        "physics": {"enabled": False},  # positions come from kg.viz.layout
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": not big,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
        },
        "nodes": {"borderWidth": 1, "font": {"face": "system-ui, sans-serif", "color": "#1f2937", "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {
            "smooth": False,  # straight lines: much faster to draw at thousands of edges
            "color": {"color": "#94a3b8", "highlight": "#0f172a", "hover": "#475569"},
            "font": {"size": 10, "color": "#475569", "strokeWidth": 3, "align": "middle"},
            "arrows": {"to": {"scaleFactor": 0.5}},
        },
    }
    if big:
        for node in net.nodes:  # no label key at all: vis-network skips its text handling
            node.pop("label", None)
        net.options["edges"]["arrows"] = {"to": {"enabled": False}}
        net.options["edges"]["width"] = 1
    return net


class _Spans:
    """Evidence spans, each sent once: many edges and panels cite the same sentence."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self._index: dict[tuple[str, int, int], int] = {}

    def ref(self, ev: Evidence) -> int:
        key = (ev.doc, ev.start, ev.end)
        if key not in self._index:
            self._index[key] = len(self.items)
            self.items.append(ev.as_json())
        return self._index[key]


def _node_info(n: Node, data: GraphData, by_source: dict[str, list[Edge]], links: Links, spans: _Spans) -> dict[str, Any]:
    info: dict[str, Any] = {
        "label": n.label,
        "cls": n.cls,
        "aliases": n.aliases,
        "docs": sorted(n.docs),
        "mentions": n.mentions,
        "page": links.entity(data.base, n.iri),
        "iri": n.iri,
    }
    out = by_source.get(n.id, [])
    info["offices"] = [{"id": e.target, "label": data.nodes[e.target].label} for e in out if e.prop == "holdsPosition"]
    info["sides"] = [{"id": e.target, "label": data.nodes[e.target].label} for e in out if e.prop == "represents"]
    if n.quote is not None:
        info.update(quote=n.quote, kind=n.kind, medium=n.medium)
    if n.date:
        info["date"] = n.date
    if n.sentence is not None:
        info["sentence"] = spans.ref(n.sentence)
    for e in out:
        if e.prop in ("speaker", "addressee"):
            info[e.prop] = {"id": e.target, "label": data.nodes[e.target].label}
    return info


def payload(data: GraphData, view: View, positions: dict[str, tuple[float, float]], links: Links, mode: str) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data (vis objects plus side-panel details)."""
    net = vis_network(data, view, positions)
    by_source: dict[str, list[Edge]] = {}
    spoken: dict[str, list[str]] = {}
    for e in data.edges:
        by_source.setdefault(e.source, []).append(e)
        if e.prop == "speaker":
            spoken.setdefault(e.target, []).append(e.source)
    shown = set(view.nodes)
    # Panel details for every drawn node, plus the statements its speakers made
    # (so "hide statements" still lists a person's quotes in the panel).
    detail_ids = set(shown)
    for nid in shown:
        detail_ids.update(spoken.get(nid, []))
    spans = _Spans()
    info = {nid: _node_info(data.nodes[nid], data, by_source, links, spans) for nid in sorted(detail_ids)}
    for nid, stmts in spoken.items():
        if nid in info:
            info[nid]["statements"] = sorted(stmts, key=lambda s: (data.nodes[s].date or "", s))
    edges = []
    for i in view.edges:
        e = data.edges[i]
        edges.append({
            "id": e.id, "from": e.source, "to": e.target, "prop": e.prop,
            "propLabel": ontology.property_label(e.prop), "docs": sorted(e.docs),
            "evidence": [spans.ref(ev) for ev in e.evidence],
        })
    present = sorted({data.nodes[n].cls for n in detail_ids})
    classes = {c: {"label": ontology.class_label(c), "color": _color(c), "ancestors": ontology.superclasses(c)} for c in present}
    legend = [
        {"cls": c, "label": label, "color": color, "shape": ontology.shape(c) or "dot"}
        for c, label, color in ontology.legend()
        if c in classes or any(c in classes[p]["ancestors"] for p in present)
    ]
    doc_ids = set()
    for nid in detail_ids:
        doc_ids.update(data.nodes[nid].docs)
    doc_ids.update(sp["doc"] for sp in spans.items)
    documents = {
        d: {"title": data.documents[d].title, "date": data.documents[d].date,
            "href": links.document(d, data.documents[d].iri)}
        for d in sorted(doc_ids) if d in data.documents
    }
    vis_nodes, vis_edges, _, _, _, options = net.get_network_data()
    return {
        "meta": {
            "mode": mode, "total": view.total_nodes, "shown": len(view.nodes), "partial": view.partial,
            "focus": view.focus, "depth": view.depth, "notes": view.notes,
            "big": len(view.nodes) > BIG_VIEW,  # the page labels nodes in view on zoom (viewer.js)
        },
        "options": json.loads(options),
        "nodes": vis_nodes,
        "edges": vis_edges,
        "edgeInfo": edges,
        "info": info,
        "classes": classes,
        "legend": legend,
        "documents": documents,
        "spans": spans.items,
    }


def to_script_json(obj: Any) -> str:
    """JSON safe to place inside a ``<script>`` element: nothing in it can end the element.

    >>> to_script_json({"q": "</script><img src=x onerror=alert(1)>"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True, keep_trailing_newline=True
    )


@lru_cache(maxsize=4)
def asset_text(name: str) -> str:
    """A viewer asset (``viewer.js``, ``viewer.css``) or pyvis's ``vis-network.min.js``."""
    path = VIS_JS if name == "vis-network.min.js" else ASSETS / name
    return path.read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def served_html(data_json: str, asset_base: str, title: str = "bnkg graph") -> str:
    """The page for ``/graph``: scripts and styles from ``asset_base`` (same origin), data inline as JSON."""
    return _env().get_template("viewer.html").render(
        inline=False, asset_base=asset_base, data_json=data_json, title=title, csp_meta=None
    )


def standalone_page(data_json: str, title: str = "bnkg graph") -> str:
    """One self-contained file: vis-network, viewer script and style inlined.

    Its Content-Security-Policy (a ``<meta>``; a file has no headers) allows
    exactly these inline scripts and styles by their SHA-256 hashes: no other
    script can run, and nothing is fetched from anywhere.
    """
    vis_js, viewer_js, viewer_css = asset_text("vis-network.min.js"), asset_text("viewer.js"), asset_text("viewer.css")
    csp = (
        f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(viewer_js)}; "
        f"style-src {_sha256(viewer_css)}; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return _env().get_template("viewer.html").render(
        inline=True, vis_js=vis_js, viewer_js=viewer_js, viewer_css=viewer_css,
        data_json=data_json, title=title, csp_meta=csp,
    )
