"""Actor API latency and throughput on a synthetic graph of about a million triples.

Builds (once, cached under ``data/bench``) a store of synthetic documents that
follow the project's RDF conventions — via ``benchmarks.synthetic`` when another
benchmark provides it, else with the generator below, which goes through the
real ``kg.rdf.to_quads`` — starts the real ``bnkg serve`` on it, and measures:

* p50/p99 latency of actor detail, relationships (default page of 100, and every
  fact of the hub actors), search and entity pages (sequential requests),
* requests per second with a bounded number of concurrent loopback clients.

Run: .venv/bin/python -m benchmarks.bench_api [--triples 1000000] [--seconds 10] [--clients 4]
Writes benchmarks/results_api.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

from benchmarks.machine import describe
from benchmarks.servers import wait_until_up, wait_until_warm
from kg.model import Document, Entity, Extraction, Relation, Span, Statement
from kg.settings import DEFAULT_BASE, PROJECT_ROOT
from kg.store import GraphStore

RESULTS = PROJECT_ROOT / "benchmarks" / "results_api.md"
SEED = 7
GOAL_P99_MS = 50.0


# -- the synthetic graph ------------------------------------------------------------------
def _pool(rng: random.Random) -> dict[str, list[tuple[str, str, str]]]:
    """Actors shared across documents: (key, type, label), so documents link up."""
    first = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kenji", "Lena"]
    last = ["Tremblay", "Smith", "Gagnon", "Roy", "Garcia", "Müller", "Novak", "Singh", "Kowalski", "Dubois"]
    pool: dict[str, list[tuple[str, str, str]]] = {"Person": [], "GovernmentAgency": [], "Country": [], "Place": [], "Agreement": []}
    for i in range(6000):
        label = f"{rng.choice(first)} {rng.choice(last)} {i}"
        pool["Person"].append((f"p-{i}", "Person", label))
    for i in range(1200):
        pool["GovernmentAgency"].append((f"agency-{i}", "GovernmentAgency", f"Agency of Affairs {i}"))
    for i in range(60):
        pool["Country"].append((f"country-{i}", "Country", f"Country {i}"))
    for i in range(800):
        pool["Place"].append((f"town-{i}", "Place", f"Town {i}"))
    for i in range(150):
        pool["Agreement"].append((f"accord-{i}", "Agreement", f"Accord {i}"))
    return pool


def _document(n: int, pool: dict[str, list[tuple[str, str, str]]], rng: random.Random) -> Extraction:
    """One document: a sentence per fact, so every fact has exact evidence offsets."""
    countries = rng.sample(pool["Country"], 2)
    cast = rng.sample(pool["Person"], 8) + rng.sample(pool["GovernmentAgency"], 3) + rng.sample(pool["Place"], 3)
    accord = rng.choice(pool["Agreement"])
    chosen = countries + cast + [accord]
    text_parts: list[str] = []
    pos = 0
    ents = {k: Entity(k, t, lab) for k, t, lab in chosen}

    def sentence(words: list[tuple[str, str | None]]) -> Span:
        """Append a sentence of (text, entity key or None) parts; record mentions."""
        nonlocal pos
        start = pos
        for w, key in words:
            if key is not None:
                ents[key].mentions.append(Span(pos, pos + len(w), w))
            text_parts.append(w)
            pos += len(w)
        text_parts.append(" ")
        pos += 1
        return Span(start, pos - 1, "".join(text_parts)[start : pos - 1])

    rels: list[Relation] = []
    stmts: list[Statement] = []
    for i, (k, t, lab) in enumerate(cast):
        c = countries[i % 2]
        pred = {"Person": "represents", "GovernmentAgency": "partOf", "Place": "locatedIn"}[t]
        ev = sentence([(lab, k), (f" {pred} ", None), (c[2], c[0]), (".", None)])
        rels.append(Relation(k, pred, ev, object=c[0]))
    for c in countries:
        ev = sentence([(c[2], c[0]), (" is party to the ", None), (accord[2], accord[0]), (".", None)])
        rels.append(Relation(c[0], "partyTo", ev, object=accord[0]))
        rels.append(Relation(c[0], "negotiates", ev, object=accord[0]))
    people = [c for c in cast if c[1] == "Person"]
    for a, b in zip(people[::2], people[1::2]):
        ev = sentence([(a[2], a[0]), (" met with ", None), (b[2], b[0]), (".", None)])
        rels.append(Relation(a[0], "metWith", ev, object=b[0]))
    for p in people[:4]:
        quote = f"We will renegotiate the accord number {n}"
        ev_start = pos
        ev = sentence([("“", None), (quote, None), ("”, said ", None), (p[2], p[0]), (" about ", None), (accord[2], accord[0]), (".", None)])
        q = Span(ev_start + 1, ev_start + 1 + len(quote), quote)
        stmts.append(Statement(p[0], quote, "direct", q, ev, about=[accord[0]], stated_on=f"20{10 + n % 14:02d}-0{1 + n % 9}"))
    text = "".join(text_parts)
    doc = Document(id=f"synthetic-{n:06d}", text=text, title=f"Synthetic report {n}", sha256=f"{n:064x}", date="2023-03")
    return Extraction(doc, ents, rels, stmts)


def build_store(path: Path, target_triples: int) -> int:
    """Write synthetic documents into a new store at ``path`` until ``target_triples``."""
    from kg.rdf import to_quads

    rng = random.Random(SEED)
    pool = _pool(rng)
    store = GraphStore.open(path)
    store.load_ontology()
    n = 0
    while len(store) < target_triples:
        batch = [_document(n + i, pool, rng) for i in range(50)]
        # A fresh store: bulk-load the graphs (what replace_graph does one SPARQL
        # update at a time, ~10x slower, with nothing to replace here).
        quads = [q for ex in batch for q in to_quads(ex, DEFAULT_BASE)]
        # The default graph holds the set-merge of the document graphs (kg.store's layout).
        store.raw.bulk_extend(quads + [ox.Quad(q.subject, q.predicate, q.object) for q in quads])
        n += len(batch)
        print(f"\r{n} documents, {len(store)} quads", end="", flush=True)
    print()
    total = len(store)
    store.close()
    del store
    gc.collect()
    return total


_LOCAL_MARKER = "bench_api generator\n"  # READY of a store written by build_store above


def ensure_store(target: int) -> Path:
    """The cached store for ``target`` triples, rebuilt unless its ``READY`` marker names
    the generator that would write it now (a stale store is never reused)."""
    path = PROJECT_ROOT / "data" / "bench" / f"api-{target}"
    try:
        from benchmarks import synthetic  # the shared generator
    except ImportError:
        synthetic = None  # type: ignore[assignment]
    marker = synthetic.store_marker() if synthetic else _LOCAL_MARKER
    ready = path / "READY"
    if ready.exists() and ready.read_text(encoding="utf-8") == marker:
        if not (path / "MERGED").exists():
            merge_default_graph(path / "store")
            (path / "MERGED").write_text("ok")
        return path
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    if synthetic:
        synthetic.build_synthetic_store(path / "store", target, merged_default_graph=True)
    else:
        build_store(path / "store", target)
    ready.write_text(marker, encoding="utf-8")
    (path / "MERGED").write_text("ok")
    return path


def merge_default_graph(path: Path) -> None:
    """Add the set-merge of the named graphs as the default graph to a store cached
    before ``kg.store`` kept one (its queries read only the default graph)."""
    store = GraphStore.open(path)
    batch: set[ox.Quad] = set()
    for q in store.raw.quads_for_pattern(None, None, None, None):
        if not isinstance(q.graph_name, ox.DefaultGraph):
            batch.add(ox.Quad(q.subject, q.predicate, q.object))
        if len(batch) >= 200_000:
            store.raw.bulk_extend(list(batch))
            batch.clear()
    store.raw.bulk_extend(list(batch))
    store.close()
    del store
    gc.collect()


# -- measuring --------------------------------------------------------------------------
def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def latencies(client: httpx.Client, urls: list[str]) -> list[float]:
    out = []
    for u in urls:
        t = time.perf_counter()
        r = client.get(u)
        out.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, (u, r.status_code, r.text[:200])
    return out


def load(url: str, paths: list[str], clients: int, seconds: float) -> tuple[int, int]:
    """Requests answered (and errors) by ``clients`` threads hammering for ``seconds``."""
    done = [0] * clients
    errors = [0] * clients
    stop = time.perf_counter() + seconds

    def worker(i: int) -> None:
        rng = random.Random(i)
        with httpx.Client(base_url=url, timeout=30) as c:
            while time.perf_counter() < stop:
                r = c.get(rng.choice(paths))
                done[i] += 1
                errors[i] += r.status_code != 200

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done), sum(errors)


def start_bench_server(store_path: Path) -> Any:
    """``bnkg serve`` on a free port, up once ``/openapi.json`` answers: ``/health`` counts
    every quad (over a second at 1M quads on a loaded machine)."""
    import subprocess

    from tests.conftest import BNKG, LiveServer, free_port

    port = free_port()
    cmd = [BNKG, "serve", "--store", str(store_path), "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(url + "/openapi.json", proc, timeout=180)
    return LiveServer(url, proc, store_path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()

    from tests.conftest import stop_server

    t0 = time.perf_counter()
    path = ensure_store(args.triples)
    build_s = time.perf_counter() - t0
    store = GraphStore.open(path / "store", read_only=True)
    quads = len(store)
    del store
    gc.collect()
    started = time.perf_counter()
    server = start_bench_server(path / "store")
    try:
        with httpx.Client(base_url=server.url, timeout=120) as c:
            t = time.perf_counter()
            first = c.get("/api/actors", params={"limit": 500, "sort": "mentions"})
            index_s = time.perf_counter() - t
            ready_s = time.perf_counter() - started
            # Measure the steady state: the start-up threads also lay out the viewer's view.
            wait_until_warm(server.url)
            warm_s = time.perf_counter() - started
            total_actors = first.json()["total"]
            hubs = [a["id"] for a in first.json()["items"][:50]]  # most-mentioned: countries, accords
            rng = random.Random(SEED)
            actors: list[str] = []
            for off in rng.sample(range(0, max(1, total_actors - 500)), 4):  # a uniform sample
                page = c.get("/api/actors", params={"limit": 500, "offset": off}).json()["items"]
                actors += [a["id"] for a in page]
            sample = [rng.choice(actors) for _ in range(args.requests)]
            few = args.requests // 3
            words = ["tremblay", "agency of", "town 7", "accord", "müller", "country 1"]
            results = {
                "actor detail `GET /api/actors/{id}`": latencies(c, [f"/api/actors/{a}" for a in sample]),
                "relationships `GET /api/actors/{id}/relationships`": latencies(c, [f"/api/actors/{a}/relationships" for a in sample]),
                # Unnamed speakers are per document: their bare keys repeat (409 by design).
                "bare key `GET /api/actors/{key}`": latencies(c, [f"/api/actors/{a.rsplit('/', 1)[1]}" for a in sample if not a.startswith("unnamed/")]),
                "search `GET /api/actors?q=&limit=20`": latencies(c, [f"/api/actors?q={rng.choice(words)}&limit=20" for _ in range(few)]),
                "entity page (Turtle) `GET /id/{id}`": latencies(c, [f"/id/{a}?format=turtle" for a in sample[:few]]),
                "hub actors (50 most mentioned): detail": latencies(c, [f"/api/actors/{a}" for a in hubs]),
                "hub actors: relationships (first page of 100)": latencies(c, [f"/api/actors/{a}/relationships" for a in hubs]),
                "hub actors: relationships, every fact (`limit=5000`)": latencies(c, [f"/api/actors/{a}/relationships?limit=5000" for a in hubs]),
            }
        paths = [f"/api/actors/{a}" for a in actors[:200]] + [f"/api/actors/{a}/relationships" for a in actors[:200]]
        n, errs = load(server.url, paths, args.clients, args.seconds)
        load_avg = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    finally:
        stop_server(server)

    lines = [
        "## Actor API latency and throughput",
        "",
        f"Machine: {describe()}; load average during the run {load_avg} (the 2 cores are shared "
        "with other jobs, so absolute figures are pessimistic)",
        "",
        f"Store: {quads:,} quads (synthetic documents following the RDF conventions), "
        f"{total_actors:,} actors; built/cached in {build_s:.0f} s. The lookup index (built once per store "
        f"version by a start-up thread) was ready {ready_s:.0f} s after the server started; the first "
        f"request waited {index_s:.1f} s for it; the viewer's default view was laid out {warm_s:.0f} s "
        "after start, and the figures below were taken after that (steady state).",
        "",
        f"Sequential requests over loopback with one keep-alive client (`bnkg serve`, one uvicorn worker); "
        f"actors drawn uniformly from the index, hubs listed separately; goal p99 < {GOAL_P99_MS:.0f} ms for lookups.",
        "",
        "| request | n | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, xs in results.items():
        lines.append(f"| {name} | {len(xs)} | {statistics.median(xs):.1f} | {percentile(xs, 99):.1f} | {max(xs):.1f} |")
    lines += [
        "",
        f"Throughput: {args.clients} concurrent loopback clients for {args.seconds:.0f} s on a mix of actor detail and "
        f"relationships: **{n / args.seconds:.0f} requests/s** ({n} requests, {errs} errors).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    RESULTS.write_text("# Benchmark results: API\n\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
