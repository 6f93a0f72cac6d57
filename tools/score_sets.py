"""Score gold sets with every fixture built into one store, as the quality test does.

usage: .venv/bin/python tools/score_sets.py SET... [--per-file] [--details] [--alone] [--jobs N]
SET: tuning | blind | unseen, optionally filtered by file-name globs, comma-separated
(blind:18[2-9] or blind:33[4-9],34,35[0-7]),
or a folder of articles with gold files (built into the store too).
--alone: build only the folders given (no fixtures), e.g. a renamed copy from tools/rename_probe.py.
--jobs N: extraction processes for the build (as `bnkg build --jobs`; the scores do not change).
--store DIR: build into DIR and keep it (documents unchanged since are not rebuilt; `bnkg eval
--store DIR` can then re-score it); without it the store is a temporary one, removed at the end.
TREE=/path/to/another/checkout scores that checkout's extractor on its own fixtures.
"""
import os
import shutil
import sys
import tempfile
from pathlib import Path

TREE = Path(os.environ.get("TREE", Path(__file__).resolve().parent.parent)).resolve()
sys.path.insert(0, str(TREE))
os.chdir(TREE)

LISTS = ("missed_entities", "spurious_entities", "missed_relations", "spurious_relations",
         "missed_statements", "spurious_statements")


def main(argv: list[str]) -> None:
    from kg.build import build
    from kg.evaluate import evaluate_files, total
    from kg.settings import DEFAULT_BASE
    from kg.store import GraphStore

    details, per_file, alone = "--details" in argv, "--per-file" in argv, "--alone" in argv
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    kept = Path(argv[argv.index("--store") + 1]).resolve() if "--store" in argv else None
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and not (i and argv[i - 1] in {"--jobs", "--store"})]
    F = TREE / "tests" / "fixtures"
    fixture_dirs = [TREE / "seeds", F / "articles", F / "heldout", F / "blind", F / "unseen"]
    sets = {
        "tuning": sorted((F / "articles").glob("*.gold.json")) + sorted((F / "heldout").glob("*.gold.json"))
        + sorted((F / "seed_gold").glob("*.gold.json")),
        "blind": sorted((F / "blind").glob("*.gold.json")),
        "unseen": sorted((F / "unseen").glob("*.gold.json")),
    }
    docs = [] if alone else [d for d in fixture_dirs if d.exists()]
    chosen = []
    for a in args:
        if a.split(":")[0] in sets:
            if alone:
                sys.exit(f"--alone builds only folders; {a!r} is a fixture set")
            name, _, pat = a.partition(":")
            globs = [x + "*" for x in pat.split(",") if x]
            chosen.append((a, [g for g in sets[name] if not globs or any(g.match(x) for x in globs)]))
        else:
            p = Path(a).resolve()
            if p not in docs:
                docs.append(p)
            chosen.append((p.name, sorted(p.glob("*.gold.json"))))
    scratch = None if kept else Path(tempfile.mkdtemp(prefix="score_"))
    store = GraphStore.open(kept or scratch / "store")
    build(docs, store, DEFAULT_BASE, jobs=jobs)
    for name, golds in chosen:
        scores = evaluate_files(store, golds)
        t = total(scores, name)
        for s in (scores + [t] if per_file else [t]):
            print(f"{s.document[:60]:60s} E {s.entities.f1:.3f}  R {s.relations.f1:.3f}  "
                  f"S {s.statements.f1:.3f}  spk {s.speaker_accuracy:.3f}")
        if details:
            for lst in LISTS:
                print(f"--- {name} {lst} ({len(getattr(t, lst))})")
                for x in getattr(t, lst):
                    print("   ", x)
    store.close()
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":  # the build's worker processes import this file again
    main(sys.argv[1:])
