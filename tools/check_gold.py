"""Check gold files against the format of the evaluation (README, "Evaluation").

usage: python3 tools/check_gold.py [DIR]   (default: the folder this file is in)

Each NNN_slug.gold.json needs its text (.txt or .html) and .meta.json beside it; ids,
types, predicates, kinds and speakers must be valid and every quote verbatim in the text.
Standalone (standard library only) so that gold writers need not install bnkg.
"""
import json, sys
from pathlib import Path

TYPES = {"Person", "Organization", "GovernmentAgency", "MediaOrganization", "Country", "Place", "Agreement"}
PREDS = {"holdsPosition", "represents", "partOf", "partyTo", "negotiates", "metWith", "locatedIn", "connects", "dateSigned"}
KINDS = {"direct", "reported"}
ok = True
here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
for g in sorted(here.glob("*.gold.json")):
    errs = []
    stem = g.name[: -len(".gold.json")]
    txt = next((p for p in (here / f"{stem}.txt", here / f"{stem}.html") if p.exists()), None)
    meta = here / f"{stem}.meta.json"
    if txt is None:
        errs.append("no .txt or .html beside it")
    if not meta.exists():
        errs.append("no .meta.json beside it")
    d = json.loads(g.read_text())
    for k in ("document", "entities", "relations", "statements"):
        if k not in d:
            errs.append(f"missing key {k}")
    ids = set()
    for e in d.get("entities", []):
        for k in ("id", "type", "label"):
            if k not in e:
                errs.append(f"entity without {k}: {e}")
        if e.get("type") not in TYPES:
            errs.append(f"entity type {e.get('type')} not in {sorted(TYPES)}")
        if e.get("id") in ids:
            errs.append(f"duplicate id {e.get('id')}")
        ids.add(e.get("id"))
    text = txt.read_text() if txt else ""
    flat = " ".join(text.split())
    for e in d.get("entities", []):
        if e.get("label") and e["label"] not in text and " ".join(e["label"].split()) not in flat:
            if not any(a in text for a in e.get("aliases", [])):
                errs.append(f"neither label nor any alias of {e['id']} occurs in the text")
    for r in d.get("relations", []):
        if r.get("subject") not in ids:
            errs.append(f"relation subject {r.get('subject')} is no entity id")
        if r.get("predicate") not in PREDS:
            errs.append(f"predicate {r.get('predicate')} not in {sorted(PREDS)}")
        if "object" in r and r["object"] not in ids:
            errs.append(f"relation object {r['object']} is no entity id")
        if ("object" in r) == ("object_label" in r):
            errs.append(f"relation needs exactly one of object / object_label: {r}")
    for s in d.get("statements", []):
        sp = s.get("speaker")
        if isinstance(sp, dict):
            if not sp.get("unnamed") or (sp.get("represents") is not None and sp["represents"] not in ids):
                errs.append(f"unnamed speaker needs a label and represents (an id or null): {sp}")
        elif sp not in ids:
            errs.append(f"speaker {sp} is no entity id")
        if s.get("kind") not in KINDS:
            errs.append(f"kind {s.get('kind')}")
        q = s.get("quote", "")
        if " ".join(q.split()) not in flat:
            errs.append(f"quote not verbatim in text: {q[:60]!r}")
        for a in s.get("about", []) or []:
            if a not in ids:
                errs.append(f"about {a} is no entity id")
    if meta.exists():
        m = json.loads(meta.read_text())
        for k in ("title", "date"):
            if k not in m:
                errs.append(f"meta without {k}")
        if txt and txt.suffix == ".txt" and text.splitlines()[0].strip() != m.get("title", "").strip():
            errs.append("the first line of the .txt is not the meta title")
    print(f"{g.name}: {'OK' if not errs else 'FAIL'}")
    for e in errs:
        print("   ", e)
    ok = ok and not errs
sys.exit(0 if ok else 1)
