"""Viewer time to interactive: 100, 1,000 and 5,000 drawn nodes in headless Chromium.

Run: .venv/bin/python -m benchmarks.bench_viewer   (writes benchmarks/results_viewer.md)

For each size a synthetic store is written through the real pipeline's RDF
mapping (``kg.rdf.to_quads`` on generated extractions: people, agencies,
countries, agreements, positions and one statement per document), served by
the real ``bnkg serve``, and loaded in Debian's Chromium. Time to interactive
is measured from navigation to the moment a click on a drawn node has opened
its side panel. The first load after the server starts is "cold" (it reads
the graph and computes the layout); later loads are "warm" (cached layout).
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.machine import describe
from kg.iris import document_iri
from kg.model import Document, Entity, Extraction, Relation, Span, Statement
from kg.rdf import to_quads
from kg.settings import DEFAULT_BASE, PROJECT_ROOT
from kg.store import GraphStore, sha256_text
from tests.conftest import start_server, stop_server
from tests.viz.conftest import CHROMIUM, CHROMIUM_ARGS

SIZES = (100, 1000, 5000)
RUNS = 5
OUT = PROJECT_ROOT / "benchmarks" / "results_viewer.md"
KINDS = [("Person", 0.55), ("GovernmentAgency", 0.15), ("Organization", 0.1), ("Place", 0.12), ("Agreement", 0.05), ("Country", 0.03)]


def synthetic_extractions(nodes: int, seed: int = 1) -> list[Extraction]:
    """Documents whose entities and statements add up to about ``nodes`` drawn nodes.

    Each document names a few entities from a shared pool (so documents link
    up into one graph, with a few hubs like real news), relates them and
    quotes one person.
    """
    rng = random.Random(seed)
    n_docs = max(3, nodes // 4)  # one statement node per document, ~3 entity nodes per document
    pool: list[tuple[str, str]] = []
    for kind, share in KINDS:
        for i in range(max(1, int(share * (nodes - n_docs)))):
            pool.append((kind, f"{kind.lower()}-{i}"))
    people = [p for p in pool if p[0] == "Person"]
    hubs = [p for p in pool if p[0] in ("Country", "Agreement")]
    out = []
    unused = pool[:]
    rng.shuffle(unused)
    for d in range(n_docs):
        picks = {unused.pop() for _ in range(min(3, len(unused)))} | {rng.choice(pool), rng.choice(hubs)}
        speaker = next((p for p in picks if p[0] == "Person"), rng.choice(people))
        picks.add(speaker)
        words = [f"{kind} {key.split('-')[-1]}" for kind, key in sorted(picks)]
        quote = f"we will talk about {words[0]}"
        text = f"{'. '.join(words)}. \u201c{quote},\u201d said {speaker[1]}."
        doc = Document(id=f"doc-{d}", text=text, title=f"Synthetic {d}", sha256=sha256_text(text), date=f"2023-{1 + d % 12:02d}")
        ents: dict[str, Entity] = {}
        offset = 0
        for (kind, key), word in zip(sorted(picks), words):
            ents[key] = Entity(key, kind, word.title(), set(), [Span(offset, offset + len(word), word)])
            offset += len(word) + 2
        keys = sorted(ents)
        sent = Span(0, len(text), text)
        rels = [Relation(speaker[1], "represents", sent, object=h[1]) for h in picks if h[0] == "Country"]
        rels += [Relation(a, "partOf" if ents[a].type != "Person" else "metWith", sent, object=b)
                 for a, b in zip(keys, keys[1:]) if ents[a].type not in ("Country", "Agreement")]
        q0 = text.index(quote)
        st = Statement(speaker[1], quote, "direct", Span(q0, q0 + len(quote), quote), sent, about=[keys[0]])
        out.append(Extraction(doc, ents, rels, [st], []))
    return out


def write_store(path: Path, nodes: int) -> Path:
    store = GraphStore.open(path)
    store.load_ontology()
    for ex in synthetic_extractions(nodes):
        store.replace_graph(document_iri(DEFAULT_BASE, ex.document.id), to_quads(ex, DEFAULT_BASE))
    store.close()
    del store
    gc.collect()
    return path


MARKS_JS = """(() => {
  const m = {};
  for (const e of performance.getEntriesByType('mark')) m[e.name] = e.startTime;
  return m;
})()"""


def time_to_interactive(browser: Any, url: str, context: Any = None) -> dict[str, float]:
    """One load of ``url``, clicked as soon as it is ready.

    Returns seconds: ``wall`` from navigation until a click on a drawn node has
    opened its side panel, as the harness sees it (includes Playwright's own
    round trips); ``page``, the page's own account: navigation start to the
    first drawn frame (``bnkg-ready``) plus the time from the click's input
    event to the panel being open (``bnkg-pointerdown`` .. ``bnkg-clicked``);
    ``drawn``, the number of nodes drawn. A fresh ``context`` (the default)
    has an empty HTTP cache: a first visit.
    """
    own = context is None
    if own:
        context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    try:
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
        # The biggest node on screen that is not already in the panel (a focused view
        # opens on its actor): drawn large, so the click lands on it.
        target = page.evaluate(
            """(() => {
              const open = document.getElementById('panel').dataset.node;
              const r = document.getElementById('network').getBoundingClientRect();
              const inside = id => { const p = window.bnkg.domPosition(id);
                return p && p.x > r.left + 20 && p.x < r.right - 20 && p.y > r.top + 20 && p.y < r.bottom - 20; };
              const all = window.network.body.data.nodes.get({filter: n => n.id !== open});
              all.sort((a, b) => b.size - a.size);
              return (all.find(n => inside(n.id)) || all[0]).id;
            })()"""
        )
        pos = page.evaluate("id => window.bnkg.domPosition(id)", target)
        open_id = page.get_attribute("#panel", "data-node")
        page.mouse.click(pos["x"], pos["y"])
        # Done when the panel shows what the click hit (another node may be drawn on top).
        opened = '#panel:not([hidden])[data-edge], #panel:not([hidden])[data-node]'
        if open_id:
            opened += f':not([data-node="{open_id}"])'
        page.wait_for_selector(opened, state="attached", timeout=60_000)
        wall = time.perf_counter() - t0
        m = page.evaluate(MARKS_JS)
        in_page = (m["bnkg-ready"] + m["bnkg-clicked"] - m["bnkg-pointerdown"]) / 1000
        return {"wall": wall, "page": in_page, "drawn": page.evaluate("window.network.body.data.nodes.length")}
    finally:
        page.close()
        if own:
            context.close()


def _mmm(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} ({min(xs):.2f}–{max(xs):.2f})"


def main() -> str:
    from playwright.sync_api import sync_playwright

    rows = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for size in SIZES:
            # BNKG_BENCH_STORES=<dir> keeps the synthetic stores between runs (writing them takes minutes).
            keep = os.environ.get("BNKG_BENCH_STORES")
            store = Path(keep or tmp) / f"viewer-{size}"
            if not (keep and store.exists()):
                write_store(store, size)
            server = start_server(store)
            try:
                for label, query in (("all nodes", "?full=1"), ("default view", "")):
                    if size <= 1500 and query == "":
                        continue  # below the cut-off the default view is the whole graph
                    url = server.url + "/graph" + query
                    cold = time_to_interactive(browser, url)
                    first, again = [], []
                    shared = browser.new_context(viewport={"width": 1400, "height": 850})
                    try:
                        time_to_interactive(browser, url, shared)  # fills this context's HTTP cache
                        for _ in range(RUNS):  # interleaved, so a change in machine load hits both alike
                            first.append(time_to_interactive(browser, url))
                            again.append(time_to_interactive(browser, url, shared))
                    finally:
                        shared.close()
                    rows.append((size, label, int(cold["drawn"]), cold["wall"],
                                 _mmm([r["wall"] for r in first]), _mmm([r["page"] for r in first]),
                                 _mmm([r["wall"] for r in again])))
                    print(rows[-1], flush=True)
            finally:
                stop_server(server)
        browser.close()
    lines = [
        "## Viewer: time to interactive (headless Chromium)",
        "",
        f"Machine: {describe()}",
        f"Load average (1 min) at start / end: {load_before:.1f} / {os.getloadavg()[0]:.1f}"
        " (other jobs share this machine; timings scale with it).",
        "",
        "Time to interactive = from navigation until a click on a drawn node has opened its",
        "side panel. Served by `bnkg serve` (page `/graph`); synthetic graphs written through",
        "`kg.rdf.to_quads` (`benchmarks/bench_viewer.py`). The browser is started once, before",
        f"any timing. Figures: median (min–max) of {RUNS} loads.",
        "",
        "* cold: the first load after the server started (reads the store, lays out, builds the page);",
        "* first visit: later loads, each in a fresh browser context (empty HTTP cache);",
        "  *wall* as the harness sees it (includes Playwright's round trips), *in page* from the",
        "  page's own marks: navigation start to the first drawn frame plus click-to-panel;",
        "* return visit: loads in one context whose HTTP cache holds the scripts.",
        "",
        "| graph nodes | view | nodes drawn | cold (s) | first visit, wall (s) | first visit, in page (s) | return visit, wall (s) |",
        "|---:|---|---:|---:|---|---|---|",
    ]
    for size, label, drawn, cold, first, in_page, again in rows:
        lines.append(f"| {size:,} | {label} | {drawn:,} | {cold:.2f} | {first} | {in_page} | {again} |")
    lines += [
        "",
        "Cold includes reading the graph from the store and the server-side layout",
        "(networkx `spring_layout` for small components, a sampled force layout in numpy",
        "for big ones); later loads get the finished page from the server's cache.",
        "Physics is off in the browser. The default view of a graph above 1,500 nodes is the",
        "ego network (depth 2) of its most central actor; `?full=1` draws everything. Views",
        "above 500 nodes are drawn for speed: no canvas labels until the user zooms in or",
        "clicks, plain edges, cheap node shapes (`kg.viz.render.BIG_VIEW`).",
    ]
    text = "\n".join(lines) + "\n"
    OUT.write_text(text, encoding="utf-8")
    return text


if __name__ == "__main__":
    print(main())
