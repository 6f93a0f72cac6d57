"""Score gold sets with every fixture built into one store, as the quality test does.

usage: .venv/bin/python tools/score_sets.py SET... [--per-file] [--details]
SET: tuning | blind | unseen, optionally filtered by file-name globs, comma-separated
(blind:18[2-9] or blind:33[4-9],34,35[0-7]),
or a folder of articles with gold files (built into the store too).
TREE=/path/to/another/checkout scores that checkout's extractor on its own fixtures.
"""
import json, os, sys, tempfile, gc
from pathlib import Path

tree = Path(os.environ.get("TREE", Path(__file__).resolve().parent.parent)).resolve()
sys.path.insert(0, str(tree))
os.chdir(tree)
from kg.build import build  # noqa: E402
from kg.evaluate import evaluate_files, total  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.settings import DEFAULT_BASE  # noqa: E402

args = sys.argv[1:]
details = "--details" in args
per_file = "--per-file" in args
args = [a for a in args if not a.startswith("--")]
F = tree / "tests" / "fixtures"
fixture_dirs = [tree / "seeds", F / "articles", F / "heldout", F / "blind", F / "unseen"]
sets = {
    "tuning": sorted((F / "articles").glob("*.gold.json")) + sorted((F / "heldout").glob("*.gold.json")) + sorted((F / "seed_gold").glob("*.gold.json")),
    "blind": sorted((F / "blind").glob("*.gold.json")),
    "unseen": sorted((F / "unseen").glob("*.gold.json")),
}
docs = [d for d in fixture_dirs if d.exists()]
chosen = []
for a in args:
    if a.split(":")[0] in sets:
        name, _, pat = a.partition(":")
        globs = [x + "*" for x in pat.split(",") if x]
        chosen.append((a, [g for g in sets[name] if not globs or any(g.match(x) for x in globs)]))
    else:
        p = Path(a).resolve()
        if p not in docs:
            docs.append(p)
        chosen.append((p.name, sorted(p.glob("*.gold.json"))))
tmp = tempfile.mkdtemp(prefix="score_")
store = GraphStore.open(Path(tmp) / "store")
build(docs, store, DEFAULT_BASE)
for name, golds in chosen:
    scores = evaluate_files(store, golds)
    t = total(scores, name)
    rows = scores + [t] if per_file else [t]
    for s in rows:
        print(f"{s.document[:60]:60s} E {s.entities.f1:.3f}  R {s.relations.f1:.3f}  S {s.statements.f1:.3f}  spk {s.speaker_accuracy:.3f}")
    if details:
        for lst in ("missed_entities", "spurious_entities", "missed_relations", "spurious_relations", "missed_statements", "spurious_statements"):
            print(f"--- {name} {lst} ({len(getattr(t, lst))})")
            for x in getattr(t, lst):
                print("   ", x)
store.close()
