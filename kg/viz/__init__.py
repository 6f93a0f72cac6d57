"""The interactive graph viewer: store -> drawable graph -> view -> layout -> page.

* :mod:`kg.viz.data` reads nodes, edges and evidence from the store (SPARQL),
* :mod:`kg.viz.view` applies focus and filters (``?actor=&depth=&types=...``),
* :mod:`kg.viz.layout` places nodes on the server (networkx / numpy),
* :mod:`kg.viz.render` builds the pyvis network and the HTML page.

``standalone_html`` is what ``bnkg viz`` writes; ``api/routes/graph.py``
serves the same page at ``/graph``.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Any

from kg.store import GraphStore
from kg.viz import data as _data
from kg.viz import layout as _layout
from kg.viz import render as _render
from kg.viz.data import GraphData
from kg.viz.render import STANDALONE_LINKS, Links, served_links
from kg.viz.view import DEFAULT_MAX_NODES, View, ViewParams, resolve_actor, search, select

__all__ = [
    "GraphData",
    "Links",
    "ViewParams",
    "graph_data",
    "page_for",
    "resolve_actor",
    "search",
    "served_links",
    "standalone_html",
    "view_payload",
    "warm",
]

_LAYOUTS_KEPT = 16
_PAGES_KEPT = 8  # a few MB each at 5,000 nodes


class _Cached:
    """The drawable graph of one read-only store and the layouts computed on it."""

    def __init__(self, data: GraphData) -> None:
        self.data = data
        self.layouts: OrderedDict[tuple[str, ...], dict[str, tuple[float, float]]] = OrderedDict()
        # Finished /graph pages by request: building a 5,000-node page (JSON of a few MB)
        # takes about half a second, and a read-only store cannot change under it.
        self.pages: OrderedDict[tuple[Any, ...], str] = OrderedDict()
        self.cacheable = False
        self.lock = threading.Lock()


_cache: "weakref.WeakKeyDictionary[GraphStore, dict[str, _Cached]]" = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()


def _entry(store: GraphStore, base: str) -> _Cached:
    """Read the graph once per read-only store (a server's store cannot change under it)."""
    if not store.read_only:
        return _Cached(_data.load(store, base))
    with _cache_lock:
        per_store = _cache.setdefault(store, {})
        if base not in per_store:
            per_store[base] = _Cached(_data.load(store, base))
            per_store[base].cacheable = True
        return per_store[base]


def graph_data(store: GraphStore, base: str) -> GraphData:
    """The drawable graph of ``store`` (cached for read-only stores)."""
    return _entry(store, base).data


def _positions(entry: _Cached, view: View) -> dict[str, tuple[float, float]]:
    key = tuple(view.nodes)
    with entry.lock:
        if key in entry.layouts:
            entry.layouts.move_to_end(key)
            return entry.layouts[key]
    edges = [(entry.data.edges[i].source, entry.data.edges[i].target) for i in view.edges]
    sizes = _render.node_sizes(entry.data, view)
    boxes = {n: _render.label_box(entry.data.nodes[n], sizes[n]) for n in view.nodes}
    pos = _layout.positions(view.nodes, edges, boxes)
    with entry.lock:
        entry.layouts[key] = pos
        while len(entry.layouts) > _LAYOUTS_KEPT:
            entry.layouts.popitem(last=False)
    return pos


def view_payload(
    store: GraphStore,
    base: str,
    params: ViewParams,
    links: Links,
    mode: str = "served",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> dict[str, Any]:
    """The viewer's JSON for ``params``: vis nodes/edges with positions and panel details.

    Raises :class:`kg.errors.NotFound` for an unknown ``params.actor``.
    """
    entry = _entry(store, base)
    view = select(entry.data, params, max_nodes=max_nodes)
    out = _render.payload(entry.data, view, _positions(entry, view), links, mode)
    out["meta"]["params"] = {
        "actor": params.actor, "depth": params.depth,
        "types": sorted(params.types) if params.types else None,
        "hide": sorted(params.hide),
        "documents": sorted(params.documents) if params.documents else None,
        "from": params.date_from, "to": params.date_to, "statements": params.statements,
    }
    return out


def page_for(store: GraphStore, base: str, params: ViewParams, asset_base: str, max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """The HTML of ``/graph``.

    Small graphs are sent whole (the page applies ``params`` itself, so the
    controls answer without a round trip); big ones are cut to the requested
    (or default) ego network on the server first.
    """
    entry = _entry(store, base)
    key = (base, asset_base, max_nodes, params.actor, params.depth, params.types, params.hide, params.documents,
           params.date_from, params.date_to, params.statements, params.full)
    with entry.lock:
        if key in entry.pages:
            entry.pages.move_to_end(key)
            return entry.pages[key]
    html = _build_page(entry.data, store, base, params, asset_base, max_nodes)
    if entry.cacheable:
        with entry.lock:
            entry.pages[key] = html
            while len(entry.pages) > _PAGES_KEPT:
                entry.pages.popitem(last=False)
    return html


def _build_page(data: GraphData, store: GraphStore, base: str, params: ViewParams, asset_base: str, max_nodes: int) -> str:
    whole = len(data.nodes) <= max_nodes or params.full
    server_params = ViewParams(full=params.full) if whole else ViewParams(
        actor=params.actor, depth=params.depth, types=params.types, hide=params.hide, documents=params.documents,
        date_from=params.date_from, date_to=params.date_to, statements=params.statements,
    )
    if whole and params.actor:
        resolve_actor(data, params.actor)  # an unknown actor is a 404, not an empty page
    body = view_payload(store, base, server_params, served_links(base), "served", max_nodes)
    return _render.served_html(_render.to_script_json(body), asset_base)


def warm(store: GraphStore, base: str, max_nodes: int = DEFAULT_MAX_NODES) -> None:
    """Read the graph, lay out the default view and build its page now, so the first ``/graph`` is fast.

    Meant for a server start-up hook (run it in a thread: it takes seconds on big graphs).
    """
    entry = _entry(store, base)
    _positions(entry, select(entry.data, ViewParams(), max_nodes=max_nodes))
    if entry.cacheable:  # only a read-only store keeps the page
        page_for(store, base, ViewParams(), _render.SERVED_ASSET_BASE, max_nodes)


def standalone_html(
    store: GraphStore,
    base: str,
    actor: str | None = None,
    depth: int = 2,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """One offline HTML file (everything inlined) of the whole graph or ``actor``'s ego network."""
    params = ViewParams.parse(actor=actor, depth=depth)
    body = view_payload(store, base, params, STANDALONE_LINKS, "standalone", max_nodes)
    return _render.standalone_page(_render.to_script_json(body))
