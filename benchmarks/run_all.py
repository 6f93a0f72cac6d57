"""Run every benchmark and gather their result files into benchmarks/RESULTS.md.

Run: make bench   (about 30-40 minutes on 2 cores; each benchmark also runs alone,
e.g. ``python -m benchmarks.bench_sparql``)
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHES = ["bench_extract", "bench_build", "bench_sparql", "bench_api", "bench_viewer"]


def gather() -> str:
    parts = [
        "# Benchmark results",
        "",
        "Each section is written by its benchmark (`benchmarks/bench_*.py`) with the machine",
        "and date of its run; `make bench` re-runs them all and rewrites this file.",
        "",
    ]
    for name in BENCHES:
        f = HERE / f"results_{name.removeprefix('bench_')}.md"
        if f.exists():
            parts += [f.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(parts)


def main() -> None:
    only = sys.argv[1:] or BENCHES
    for name in only:
        print(f"== {name}", flush=True)
        runpy.run_module(f"benchmarks.{name}", run_name="__main__")
    (HERE / "RESULTS.md").write_text(gather(), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--gather"]:
        (HERE / "RESULTS.md").write_text(gather(), encoding="utf-8")
    else:
        main()
