"""SPARQL endpoint benchmark: example-query latency and HTTP throughput.

For the seed graph and a synthetic graph of about a million triples
(:mod:`benchmarks.synthetic`), in one run:

* median and p99 latency of every example query (``ontology/queries``)
  - through ``/sparql`` of the real ``bnkg serve`` (JSON results, keep-alive),
  - calling pyoxigraph directly (query + JSON serialisation, same store on disk),
  - with rdflib's in-memory SPARQL engine (the seed graph, and a small sample of
    the synthetic graph compared with pyoxigraph on the same sample);
* requests per second under a bounded loopback load (16 keep-alive connections
  for 10 s) against ``/sparql`` and against ``oxigraph serve`` (the native
  server of the pinned ``oxigraph`` package) holding the same data, loaded with
  ``oxigraph load``.

A query that runs past ``--cap`` seconds is stopped (each measurement of a
direct or rdflib query runs in a child process that is killed at the cap;
``/sparql`` runs with its time limit set to the cap) and reported as such.
Every example query is measured on every path. Not a test: it prints figures
and writes ``benchmarks/results_sparql.md``.

Run: .venv/bin/python -m benchmarks.bench_sparql [--triples 1000000] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx

from benchmarks.machine import describe
from benchmarks.servers import wait_until_up, wait_until_warm
from tests.conftest import free_port
from kg.queries import list_queries
from kg.settings import DEFAULT_BASE, PROJECT_ROOT

BENCH_DIR = PROJECT_ROOT / "data" / "bench"
RESULTS = PROJECT_ROOT / "benchmarks" / "results_sparql.md"
BIN = Path(sys.executable).parent
# A light lookup, for throughput: what a client's page view asks.
LOOKUP = """PREFIX bn: <https://w3id.org/bnkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?office WHERE { ?p a bn:Person ; rdfs:label ?name ; bn:holdsPosition/rdfs:label ?office } LIMIT 10"""


# -- stores ---------------------------------------------------------------------------
def seed_store() -> Path:
    """The seed graph, rebuilt each run (it follows the current extraction)."""
    from kg.build import build
    from kg.store import GraphStore

    path = BENCH_DIR / "sparql-seed" / "store"
    shutil.rmtree(path, ignore_errors=True)
    store = GraphStore.open(path)
    build([PROJECT_ROOT / "seeds"], store, DEFAULT_BASE)
    store.close()
    del store
    gc.collect()
    return path


def synthetic_store(target: int) -> Path:
    """About ``target`` document triples (plus their merged default graph), cached.

    The cache is reused only if its ``READY`` marker names the current generator
    version; otherwise the whole directory (store, dump, oxigraph copy) is rebuilt.
    """
    from benchmarks.synthetic import build_synthetic_store, is_current, mark_current

    root = BENCH_DIR / f"sparql-{target}"
    if not is_current(root / "READY"):
        shutil.rmtree(root, ignore_errors=True)
        print(f"building the synthetic store ({target:,} triples) ...", flush=True)
        build_synthetic_store(root / "store", target, merged_default_graph=True)
        mark_current(root / "READY")
    return root / "store"


def nquads(store: Path) -> Path:
    out = store.parent / "dump.nq"
    if not out.exists() or out.stat().st_mtime < store.stat().st_mtime:
        subprocess.run([str(BIN / "oxigraph"), "dump", "--location", str(store), "--file", str(out)], check=True)
    return out


def oxigraph_copy(store: Path) -> Path:
    """The same data loaded into a separate directory with ``oxigraph load``."""
    dest = store.parent / "oxigraph"
    marker = dest.parent / "oxigraph.READY"
    if not marker.exists() or marker.stat().st_mtime < store.stat().st_mtime:
        shutil.rmtree(dest, ignore_errors=True)
        subprocess.run(
            [str(BIN / "oxigraph"), "load", "--location", str(dest), "--file", str(nquads(store))],
            check=True,
            capture_output=True,
        )
        marker.write_text("ok")
    return dest


def has_merged_default(store: Path) -> bool:
    import pyoxigraph as ox

    from api.sparql.execution import has_merged_default_graph

    s = ox.Store.read_only(str(store))
    try:
        return has_merged_default_graph(s)
    finally:
        del s
        gc.collect()


# -- timing in a child process that can be killed at the cap ---------------------------
def _child_direct(store: str, text: str, union: bool, budget: float, max_reps: int, conn) -> None:
    import pyoxigraph as ox

    s = ox.Store.read_only(store) if os.path.isdir(store) else _memory_store(store)
    conn.send(("loaded", len(s)))
    times = []
    deadline = time.perf_counter() + budget
    for _ in range(max_reps + 1):  # the first run warms caches and is not kept
        t = time.perf_counter()
        try:
            res = s.query(text, use_default_graph_as_union=union) if union else s.query(text)
            out = res.serialize(format=ox.QueryResultsFormat.JSON)
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            return
        times.append(time.perf_counter() - t)
        if len(times) == 1:  # the warm-up run: how many rows the query answers (counted after the clock)
            conn.send(("rows", _count_rows(out)))
        conn.send(("progress", times[-1]))
        if time.perf_counter() > deadline and len(times) >= 4:
            break
    conn.send(("done", times[1:] or times))


def _count_rows(json_results: bytes) -> int:
    """Solutions in SPARQL JSON results (1 for an ASK answer)."""
    import json

    doc = json.loads(json_results)
    return len(doc["results"]["bindings"]) if "results" in doc else 1


def _memory_store(nq: str):
    """The sample as ``bnkg build`` stores data: document graphs plus their set-merge in the default graph.

    Querying the union flag instead would give pyoxigraph bag semantics (a triple of k
    graphs k times), which ``bnkg serve`` never uses and which rdflib's union does not have.
    """
    import pyoxigraph as ox

    s = ox.Store()
    s.bulk_extend(ox.parse(path=nq, format=ox.RdfFormat.N_QUADS))
    s.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in s])
    return s


def _child_rdflib(nq: str, text: str, budget: float, max_reps: int, conn) -> None:
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    conn.send(("loaded", len(ds)))
    times = []
    deadline = time.perf_counter() + budget
    for _ in range(max_reps + 1):
        t = time.perf_counter()
        try:
            ds.query(text).serialize(format="json")
        except Exception as exc:  # rdflib rejects some valid queries
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            return
        times.append(time.perf_counter() - t)
        conn.send(("progress", times[-1]))
        if time.perf_counter() > deadline and len(times) >= 4:
            break
    conn.send(("done", times[1:] or times))


def in_child(target, args: tuple, cap: float, info: dict | None = None) -> list[float] | str:
    """Run ``target(*args, conn)``: the timings, or "stopped" (a run passed ``cap`` s; the child is killed) or "error".

    Facts the child reports besides timings (``("rows", n)``) are put in ``info``.
    """
    ctx = multiprocessing.get_context("forkserver")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(*args, child), daemon=True)
    proc.start()
    child.close()
    loaded = False
    try:
        while True:
            # Loading the data is not part of a run; each run gets `cap` seconds.
            if not parent.poll(cap if loaded else 600):
                return "stopped"
            kind, value = parent.recv()
            if kind == "done":
                return value
            if kind == "error":
                return "error"
            if kind == "rows" and info is not None:
                info["rows"] = value
            loaded = True
    except EOFError:
        return "error"
    finally:
        proc.kill()
        proc.join()


# -- HTTP -------------------------------------------------------------------------------
@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    query_path: str

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@dataclass(frozen=True)
class Setup:
    """How ``bnkg serve`` runs: server processes sharing the port, query workers in each."""

    processes: int | None = None  # None: the server's default
    workers: int | None = None

    @classmethod
    def parse(cls, text: str) -> "Setup":
        """``"2x1"``: 2 processes with 1 worker each; ``"default"``: the server's defaults."""
        if text == "default":
            return cls()
        p, _, w = text.partition("x")
        return cls(int(p), int(w) if w else None)

    def __str__(self) -> str:
        if self.processes is None and self.workers is None:
            return "default"
        return f"{self.processes or 'default'} process(es) x {self.workers or 'default'} worker(s)"


def start_bnkg(store: Path, timeout: float, cache: bool = False, setup: Setup = Setup()) -> Server:
    """``bnkg serve`` on ``store``; without its answer cache unless asked (latency must reach the engine)."""
    port = free_port()
    env = {
        **os.environ,
        "BNKG_QUERY_TIMEOUT": str(timeout),
        "BNKG_MAX_RESULTS": "1000000",
        "BNKG_QUERY_CACHE_MB": "64" if cache else "0",
    }
    if setup.workers is not None:
        env["BNKG_QUERY_WORKERS"] = str(setup.workers)
    extra = ["--processes", str(setup.processes)] if setup.processes is not None else []
    proc = subprocess.Popen(
        [str(BIN / "bnkg"), "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port), *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_up(url + "/sparql?query=ASK%7B%7D", proc)  # answers once the query workers are up
    wait_until_warm(url)
    return Server(url, proc, "/sparql")


def start_oxigraph(location: Path, union: bool, timeout: float | None = None) -> Server:
    """``oxigraph serve-read-only``; ``timeout`` stops a runaway query (its --timeout-s made
    the server panic under concurrent load here, "Resource temporarily unavailable",
    so throughput runs go without it)."""
    port = free_port()
    cmd = [
        str(BIN / "oxigraph"), "serve-read-only", "--location", str(location),
        "--bind", f"127.0.0.1:{port}", *(["--timeout-s", str(max(1, round(timeout)))] if timeout else []),
    ]  # fmt: skip
    if union:
        cmd.append("--union-default-graph")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(url + "/", proc)
    return Server(url, proc, "/query")


def http_latency(server: Server, text: str, budget: float, max_reps: int, cap: float) -> list[float] | str:
    times: list[float] = []
    with httpx.Client(base_url=server.url, timeout=cap + 30) as c:
        deadline = time.perf_counter() + budget
        for _ in range(max_reps + 1):
            t = time.perf_counter()
            r = c.post(server.query_path, data={"query": text}, headers={"Accept": "application/sparql-results+json"})
            dt = time.perf_counter() - t
            if r.status_code != 200:
                return "stopped" if r.status_code == 503 else f"HTTP {r.status_code}"
            times.append(dt)
            if dt > cap or (time.perf_counter() > deadline and len(times) >= 4):
                break
    return times[1:] or times


async def _load(host: str, port: int, request: bytes, clients: int, seconds: float) -> tuple[int, int]:
    """``clients`` keep-alive HTTP/1.1 connections sending ``request`` in a loop; (ok, errors)."""
    ok = errors = 0
    stop_at = time.perf_counter() + seconds

    async def one() -> None:
        nonlocal ok, errors
        reader, writer = await asyncio.open_connection(host, port)
        while time.perf_counter() < stop_at:
            writer.write(request)
            status = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                elif line.lower().startswith(b"transfer-encoding:") and b"chunked" in line.lower():
                    length = -1
            if length >= 0:
                await reader.readexactly(length)
            else:  # chunked (oxigraph serve streams its results)
                while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
                    await reader.readexactly(size + 2)
                await reader.readline()  # the CRLF after the last chunk (no trailers)
            if b" 200 " in status:
                ok += 1
            else:
                errors += 1
        writer.close()

    await asyncio.gather(*(one() for _ in range(clients)))
    return ok, errors


def throughput(server: Server, text: str, clients: int, seconds: float) -> tuple[float, int]:
    host, port = server.url.removeprefix("http://").split(":")
    body = urlencode({"query": text}).encode()
    request = (
        f"POST {server.query_path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Accept: application/sparql-results+json\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    t = time.perf_counter()
    ok, errors = asyncio.run(_load(host, int(port), request, clients, seconds))
    return ok / (time.perf_counter() - t), errors


# -- reporting ------------------------------------------------------------------------------
def pct(xs: list[float] | str, p: float) -> float | str:
    """The p-th percentile, or the reason there is none ("stopped", "error")."""
    if isinstance(xs, str):
        return xs
    s = sorted(xs)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def ms(x: float | str) -> str:
    return x if isinstance(x, str) else f"{x * 1000:.1f}"


def ratio(a: float | str, b: float | str, cap: float | None = None) -> str:
    """a ÷ b; with ``cap``, a stopped ``a`` (it ran past cap seconds) gives the lower bound "> cap ÷ b"."""
    if a == "stopped" and cap and isinstance(b, float) and b > 0:
        return f"> {cap / b:.0f}"
    return "–" if isinstance(a, str) or isinstance(b, str) or b == 0 else f"{a / b:.2f}"


@dataclass
class GraphReport:
    name: str
    quads: int
    rows: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _merge(first: list[float], second: list[float] | str) -> list[float] | str:
    """Timings of two halves of one measurement; a stop or an error in either wins."""
    return second if isinstance(second, str) else first + second


def latency_table(
    name: str, store: Path, union: bool, server: Server, native: Server, args, rdflib_nq: Path | None
) -> GraphReport:
    import pyoxigraph as ox

    s = ox.Store.read_only(str(store))
    report = GraphReport(name, len(s))
    del s
    gc.collect()
    # ``oxigraph serve`` on the same data shows what HTTP alone costs: on a query of a
    # millisecond the round trip, not the endpoint, decides the ratio to a direct call.
    head = (
        "| query | rows | /sparql median ms | p99 | pyoxigraph median ms | p99 | /sparql ÷ direct "
        "| oxigraph serve median ms | serve ÷ direct |"
    )
    sep = "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    if rdflib_nq is not None:
        head += " rdflib median ms | rdflib ÷ pyoxigraph |"
        sep += "---:|---:|"
    report.rows += [head, sep]
    for q in list_queries():
        info: dict = {}
        # In the order direct, /sparql, /sparql, direct (ABBA): load from elsewhere on this
        # shared machine drifts over seconds, and a block of one path after a block of the
        # other would charge the drift to one of them.
        half_budget, half_reps = args.budget / 2, max(2, args.reps // 2)
        direct = in_child(_child_direct, (str(store), q.text, union, half_budget, half_reps), args.cap, info)
        # Every example goes to /sparql too: one that ran past the cap directly is stopped by
        # the endpoint's own limit (the same cap), after one request (reported as `stopped`).
        via_http = http_latency(server, q.text, half_budget, half_reps, args.cap)
        via_native = http_latency(native, q.text, half_budget, half_reps, args.cap)
        if isinstance(via_native, list):
            via_native = _merge(via_native, http_latency(native, q.text, half_budget, half_reps, args.cap))
        if isinstance(via_http, list):
            via_http = _merge(via_http, http_latency(server, q.text, half_budget, half_reps, args.cap))
        if isinstance(direct, list):
            direct = _merge(direct, in_child(_child_direct, (str(store), q.text, union, half_budget, half_reps), args.cap))
        d50, h50 = pct(direct, 50), pct(via_http, 50)
        rows = f"{info['rows']:,}" if "rows" in info else "–"
        n50 = pct(via_native, 50)
        row = (
            f"| {q.name} | {rows} | {ms(h50)} | {ms(pct(via_http, 99))} | {ms(d50)} | {ms(pct(direct, 99))} "
            f"| {ratio(h50, d50)} | {ms(n50)} | {ratio(n50, d50)} |"
        )
        line = (
            f"  {q.name:34s} rows {rows:>7}  http {ms(h50):>9} ms  direct {ms(d50):>9} ms  x{ratio(h50, d50)}"
            f"  serve {ms(n50):>9} ms x{ratio(n50, d50)}"
        )
        if rdflib_nq is not None:
            rl = in_child(_child_rdflib, (str(rdflib_nq), q.text, args.budget, max(3, args.reps // 4)), args.cap)
            r50 = pct(rl, 50)
            row += f" {ms(r50)} | {ratio(r50, d50, args.cap)} |"
            line += f"  rdflib {ms(r50):>9} ms  rdflib/oxigraph x{ratio(r50, d50, args.cap)}"
        report.rows.append(row)
        print(line, flush=True)
    return report


def sample_table(nq: Path, args) -> GraphReport:
    """rdflib vs pyoxigraph (both in memory, the default graph the merge of the documents') on a small synthetic sample."""
    import pyoxigraph as ox

    quads = sum(1 for _ in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS))
    report = GraphReport(f"synthetic sample ({quads:,} quads, in memory)", quads)
    report.rows += ["| query | pyoxigraph median ms | rdflib median ms | rdflib ÷ pyoxigraph |", "|---|---:|---:|---:|"]
    for q in list_queries():
        direct = in_child(_child_direct, (str(nq), q.text, False, args.budget, args.reps), args.cap)
        rl = in_child(_child_rdflib, (str(nq), q.text, args.budget, 3), args.cap)
        d50, r50 = pct(direct, 50), pct(rl, 50)
        report.rows.append(f"| {q.name} | {ms(d50)} | {ms(r50)} | {ratio(r50, d50, args.cap)} |")
        print(f"  {q.name:34s} pyoxigraph {ms(d50):>9} ms  rdflib {ms(r50):>9} ms  x{ratio(r50, d50, args.cap)}", flush=True)
    return report


def throughput_rows(name: str, store: Path, args) -> list[str]:
    """Req/s of /sparql without and with its answer cache, and of ``oxigraph serve``, same query.

    One ``bnkg serve`` per setup of ``args.setups`` (server processes x query
    workers), with the cache off and (unless ``--no-cached``) on. All servers run
    side by side and are measured in turns, ``args.rounds`` times each; the
    median of the rounds is reported, so a burst of load from elsewhere on the
    machine does not land on one server only.
    """
    union = not has_merged_default(store)
    servers: dict[tuple[str, Setup | None], Server] = {}
    runs: dict[tuple[str, Setup | None], list[float]] = {}
    errors = 0
    try:
        for setup in args.setups:
            servers["plain", setup] = start_bnkg(store, args.cap, setup=setup)
            if args.cached:
                servers["cached", setup] = start_bnkg(store, args.cap, cache=True, setup=setup)
        servers["oxigraph", None] = start_oxigraph(oxigraph_copy(store), union)
        for server in servers.values():  # warm-up: workers, caches, page cache
            throughput(server, LOOKUP, args.clients, 1.0)
        for _ in range(args.rounds):
            for key, server in servers.items():
                rate, errs = throughput(server, LOOKUP, args.clients, args.seconds)
                runs.setdefault(key, []).append(rate)
                errors += errs
    finally:
        for server in servers.values():
            server.stop()
    med = {key: statistics.median(rates) for key, rates in runs.items()}
    ox_rate = med["oxigraph", None]
    rows = []
    for setup in args.setups:
        plain, cached = med["plain", setup], med.get(("cached", setup))
        print(
            f"  {name} [{setup}]: /sparql {plain:.0f} req/s (x{ratio(plain, ox_rate)})"
            + (f", with answer cache {cached:.0f} req/s (x{ratio(cached, ox_rate)})" if cached else "")
            + f", oxigraph serve {ox_rate:.0f} req/s",
            flush=True,
        )
        rows.append(
            f"| {name} | {setup} | light lookup (LIMIT 10) | {plain:.0f} | {ratio(plain, ox_rate)} "
            f"| {f'{cached:.0f}' if cached else '–'} | {ratio(cached, ox_rate) if cached else '–'} | {ox_rate:.0f} |"
        )
    rounds = {f"{kind} {setup or ''}".strip(): [round(r) for r in rates] for (kind, setup), rates in runs.items()}
    print(f"  rounds: {rounds}; {errors} errors; load average {os.getloadavg()}", flush=True)
    return rows


TP_HEADER = [
    "| graph | bnkg serve setup | query | /sparql req/s | ÷ oxigraph | /sparql with answer cache req/s | ÷ oxigraph "
    "| oxigraph serve req/s |",
    "|---|---|---|---:|---:|---:|---:|---:|",
]


def sample_section(args) -> list[str]:
    """rdflib on a sample of the synthetic graph, beside pyoxigraph on the same sample."""
    from benchmarks.synthetic import generate
    import pyoxigraph as ox

    sample = BENCH_DIR / "sparql-sample.nq"
    sample.parent.mkdir(parents=True, exist_ok=True)
    with sample.open("wb") as f:
        ox.serialize(generate(args.sample_docs), f, ox.RdfFormat.N_QUADS)
    print(f"\n== rdflib vs pyoxigraph on {sample}", flush=True)
    rep = sample_table(sample, args)
    return [
        f"## {rep.name}",
        "",
        f"Measured {describe()}, load average {os.getloadavg()[0]:.1f}. `stopped`: a run passed "
        f"{args.cap:g} s; the ratio is then a lower bound (> {args.cap:g} s ÷ the pyoxigraph median).",
        "",
        *rep.rows,
        "",
    ]


def sample_only(args) -> None:
    """Re-measure only the rdflib sample and replace that section of the existing results."""
    section = sample_section(args)
    text = RESULTS.read_text(encoding="utf-8")
    head, _, rest = text.partition("## synthetic sample")
    tail = rest[rest.index("## HTTP throughput"):] if "## HTTP throughput" in rest else ""
    RESULTS.write_text(head + "\n".join(section) + "\n" + tail, encoding="utf-8")
    print(f"updated {RESULTS}")


def throughput_only(args) -> None:
    """Re-measure throughput and replace that section of the existing results."""
    graphs = [("seed graph", BENCH_DIR / "sparql-seed" / "store")]
    if args.triples > 0:
        graphs.append((f"synthetic graph (~{args.triples:,} document triples + merged default graph)", synthetic_store(args.triples)))
    rows = list(TP_HEADER)
    for name, store in graphs:
        rows += throughput_rows(name, store, args)
    if not args.write:
        return
    old = RESULTS.read_text(encoding="utf-8").split("## HTTP throughput")[0] if RESULTS.exists() else ""
    RESULTS.write_text(old + "\n".join(throughput_section(args, rows, os.getloadavg()[0])) + "\n", encoding="utf-8")
    print(f"updated {RESULTS}")


def throughput_section(args, rows: list[str], load: float) -> list[str]:
    return [
        f"## HTTP throughput ({args.clients} keep-alive connections, {args.seconds:g} s, loopback)",
        "",
        "The load generator is a minimal asyncio HTTP/1.1 client in the benchmark process "
        "(lighter than httpx, so it does not cap the faster server as much); every server "
        "gets the same request over and over. `/sparql` is measured twice: with its answer "
        "cache off (every request reaches a query worker: the engine path) and on (the default; "
        "a repeated request is answered from memory). `oxigraph serve-read-only` holds the same "
        "data, loaded with `oxigraph load` from an N-Quads dump of the store. `bnkg serve setup`: "
        "server processes sharing the port (`--processes`) x query workers in each "
        "(`BNKG_QUERY_WORKERS`). All servers run "
        f"side by side and are measured in turns, {args.rounds} rounds of {args.seconds:g} s each; "
        f"medians are shown. Load average when measured: {load:.1f}.",
        "",
        *rows,
        "",
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--sample-docs", type=int, default=20, help="synthetic documents in the rdflib sample")
    ap.add_argument("--seconds", type=float, default=10.0, help="duration of each throughput run")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3, help="throughput runs per server, taken in turns")
    ap.add_argument("--reps", type=int, default=30, help="most timed runs per query and path")
    ap.add_argument("--budget", type=float, default=2.0, help="seconds of timed runs per query and path")
    ap.add_argument("--cap", type=float, default=10.0, help="a run longer than this is stopped")
    ap.add_argument(
        "--setups", default="default",
        help="bnkg serve setups for throughput, comma-separated: PROCESSESxWORKERS (e.g. 1x2,2x1) or 'default'",
    )
    ap.add_argument("--no-cached", dest="cached", action="store_false", help="skip the runs with the answer cache on")
    ap.add_argument("--no-write", dest="write", action="store_false", help="with --throughput-only: print, do not update the results")
    ap.add_argument("--throughput-only", action="store_true", help="redo only the throughput section of the results")
    ap.add_argument("--sample-only", action="store_true", help="redo only the rdflib-vs-pyoxigraph sample section")
    args = ap.parse_args()
    args.setups = [Setup.parse(t.strip()) for t in args.setups.split(",")]
    if args.throughput_only:
        throughput_only(args)
        return
    if args.sample_only:
        sample_only(args)
        return
    started = time.perf_counter()
    machine = describe()
    print(machine)
    out: list[str] = [
        "# SPARQL endpoint benchmark",
        "",
        f"Machine: {machine}. Load average at start: {os.getloadavg()[0]:.1f} (the machine is shared; figures are noisy).",
        "",
        "Latency: sequential requests, one warm-up run dropped, then up to "
        f"{args.reps} runs or {args.budget:g} s per query and path; `/sparql` is the real `bnkg serve` "
        "(HTTP keep-alive, POST form, JSON results); pyoxigraph is `Store.query` + JSON serialisation on the "
        f"same store; `rows`: how many rows the query answers. Runs longer than {args.cap:g} s are stopped "
        "(`stopped`: directly, the measuring process is killed; through `/sparql`, the endpoint's own time "
        "limit, set to the same cap, ends the query); `error`: the engine rejected the query.",
        "",
    ]
    tp_rows = list(TP_HEADER)

    graphs = [("seed graph", seed_store())]
    if args.triples > 0:
        graphs.append((f"synthetic graph (~{args.triples:,} document triples + merged default graph)", synthetic_store(args.triples)))
    for name, store in graphs:
        merged = has_merged_default(store)
        union = not merged
        print(f"\n== {name}: {store} (default graph: {'merged' if merged else 'union of graphs'})", flush=True)
        server = start_bnkg(store, args.cap)
        native = start_oxigraph(oxigraph_copy(store), union, args.cap)
        try:
            rdflib_nq = nquads(store) if "seed" in name else None
            report = latency_table(name, store, union, server, native, args, rdflib_nq)
        finally:
            server.stop()
            native.stop()
        tp_rows += throughput_rows(name, store, args)
        out += [f"## {name}: {report.quads:,} quads", "", *report.rows, ""]
        RESULTS.write_text("\n".join(out + throughput_section(args, tp_rows, os.getloadavg()[0])) + "\n", encoding="utf-8")

    if args.sample_docs > 0:
        out += sample_section(args)

    out += [*throughput_section(args, tp_rows, os.getloadavg()[0]), f"Total benchmark time: {time.perf_counter() - started:.0f} s."]
    RESULTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS}")


if __name__ == "__main__":
    main()
