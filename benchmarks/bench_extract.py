"""Extraction speed: seconds per document and per 600 words, model already loaded.

Run: .venv/bin/python -m benchmarks.bench_extract
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.machine import describe
from kg.documents import discover, load_document
from kg.extract import extract
from kg.settings import PROJECT_ROOT

REPEATS = 7


def main() -> str:
    paths = discover([PROJECT_ROOT / "seeds", PROJECT_ROOT / "tests" / "fixtures" / "articles"])
    docs = [load_document(p) for p in paths]
    t0 = time.perf_counter()
    extract(docs[0])  # loads the spaCy model once
    load_s = time.perf_counter() - t0
    lines = [
        "## Extraction speed (one core, model loaded)",
        "",
        f"Machine: {describe()}",
        "",
        f"Model load + first document: {load_s:.2f} s",
        "",
        "| document | words | median s | s per 600 words |",
        "|---|---:|---:|---:|",
    ]
    per600 = []
    for doc in docs:
        times = []
        for _ in range(REPEATS):
            t = time.perf_counter()
            extract(doc)
            times.append(time.perf_counter() - t)
        words = len(doc.text.split())
        med = statistics.median(times)
        per600.append(med * 600 / words)
        lines.append(f"| {doc.id} | {words} | {med:.3f} | {med * 600 / words:.3f} |")
    lines += ["", f"Median over documents: {statistics.median(per600):.3f} s per 600 words.", ""]
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    out = Path(__file__).with_name("results_extract.md")
    out.write_text(main(), encoding="utf-8")
