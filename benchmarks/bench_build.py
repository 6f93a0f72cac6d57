"""Build speed: `bnkg build` with one extraction process against two (`--jobs 2`), and validation.

Each run is a fresh `bnkg build` process into a fresh store, as a user runs it (so every run
loads spaCy: in the main process for one job, in each worker for two). The figure that matters
is the ratio of the two medians measured in the same run: the machine's load cancels out.

Run: .venv/bin/python -m benchmarks.bench_build
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.machine import describe
from kg.settings import PROJECT_ROOT
from kg.store import GraphStore
from kg.validate import validate_store

REPEATS = 3
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
BLIND_PREFIXES = tuple(str(n) for n in range(105, 170))  # the first 65 blind articles
BNKG = str(Path(sys.executable).with_name("bnkg"))


def _documents() -> list[Path]:
    """The seed, our own and held-out articles and 65 blind articles: enough for workers to pay off."""
    blind = Path(tempfile.mkdtemp(prefix="bench_docs_"))
    for f in (FIXTURES / "blind").iterdir():
        if f.name.startswith(BLIND_PREFIXES) and not f.name.endswith(".gold.json"):
            shutil.copy(f, blind)
    return [PROJECT_ROOT / "seeds", FIXTURES / "articles", FIXTURES / "heldout", blind]


def _timed_build(folders: list[Path], jobs: int) -> tuple[float, Path]:
    store = Path(tempfile.mkdtemp(prefix="bench_build_")) / "store"
    cmd = [BNKG, "build", *map(str, folders), "--store", str(store), "--jobs", str(jobs)]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t, store


def main() -> str:
    folders = _documents()
    times: dict[int, list[float]] = {1: [], 2: []}
    path = None
    for _ in range(REPEATS):
        for jobs in times:  # alternate, so drifting load hits both alike
            elapsed, path = _timed_build(folders, jobs)
            times[jobs].append(elapsed)
    assert path is not None
    store = GraphStore.open(path, read_only=True)
    docs = int(store.select(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/bnkg/ontology#Document> } }"
    )[0]["n"].value)
    t = time.perf_counter()
    report = validate_store(store, offsets=True)
    validate_s = time.perf_counter() - t
    one, two = statistics.median(times[1]), statistics.median(times[2])
    lines = [
        "## Build speed (`bnkg build --jobs`) and validation",
        "",
        f"Machine: {describe()}",
        "",
        f"{docs} documents (seed, `tests/fixtures/articles`, `tests/fixtures/heldout`, blind 105-169), "
        f"{len(store)} quads; each run a fresh `bnkg build` process into a fresh store, {REPEATS} runs each, "
        "alternating:",
        "",
        "| extraction processes | median s | runs |",
        "|---:|---:|---|",
        f"| 1 | {one:.1f} | {', '.join(f'{x:.1f}' for x in times[1])} |",
        f"| 2 | {two:.1f} | {', '.join(f'{x:.1f}' for x in times[2])} |",
        "",
        f"Two processes take {two / one:.2f}x the time of one.",
        "",
        f"`validate_store` (SHACL + offsets) on that store: {validate_s:.1f} s, conforms: {report.conforms}.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    out = Path(__file__).with_name("results_build.md")
    out.write_text(main(), encoding="utf-8")
