"""The CLI through its real entry point (the installed ``bnkg`` script)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import BNKG, SEEDS


def bnkg(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [BNKG, *args] + (["--store", str(store)] if store else [])
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_build_is_idempotent(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = bnkg("build", str(SEEDS), store=store)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout
    count1 = bnkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "json", store=store)
    second = bnkg("build", str(SEEDS), store=store)
    assert "1 unchanged" in second.stdout
    count2 = bnkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "json", store=store)
    n1 = json.loads(count1.stdout)["results"]["bindings"][0]["n"]["value"]
    n2 = json.loads(count2.stdout)["results"]["bindings"][0]["n"]["value"]
    assert int(n1) > 100 and n1 == n2
    forced = bnkg("build", str(SEEDS), "--force", store=store)
    assert "1 updated" in forced.stdout
    count3 = bnkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "json", store=store)
    assert json.loads(count3.stdout)["results"]["bindings"][0]["n"]["value"] == n1


def test_query_formats(fresh_store_path: Path) -> None:
    q = "PREFIX bn: <https://w3id.org/bnkg/ontology#> SELECT ?l WHERE { ?p a bn:Person ; rdfs:label ?l } ORDER BY ?l"
    q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + q
    csv = bnkg("query", q, "--format", "csv", store=fresh_store_path)
    assert csv.returncode == 0, csv.stderr
    assert csv.stdout.splitlines()[0].strip() == "l"
    assert "Justin Trudeau" in csv.stdout
    table = bnkg("query", q, store=fresh_store_path)
    assert "Justin Trudeau" in table.stdout and "row(s)" in table.stdout
    ttl = bnkg("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/bnkg/ontology#Person> ; ?p ?o }",
               "--format", "turtle", store=fresh_store_path)
    assert ttl.returncode == 0 and "Person" in ttl.stdout


def test_query_errors_are_clear(fresh_store_path: Path, tmp_path: Path) -> None:
    bad = bnkg("query", "SELECT WHERE {", store=fresh_store_path)
    assert bad.returncode == 2
    assert "malformed SPARQL" in bad.stderr
    missing = bnkg("query", "--name", "no-such-query", store=fresh_store_path)
    assert missing.returncode == 2 and "no example query" in missing.stderr
    nostore = bnkg("stats", store=tmp_path / "nowhere")
    assert nostore.returncode == 4 and "build one first" in nostore.stderr


def test_bad_document_changes_nothing(fresh_store_path: Path, tmp_path: Path) -> None:
    before = bnkg("export", "--format", "nquads", store=fresh_store_path).stdout
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02 binary \xff")
    res = bnkg("build", str(binary), store=fresh_store_path)
    assert res.returncode == 3
    assert "bad.txt" in res.stderr
    after = bnkg("export", "--format", "nquads", store=fresh_store_path).stdout
    assert sorted(before.splitlines()) == sorted(after.splitlines())


def test_add_and_remove(fresh_store_path: Path, tmp_path: Path) -> None:
    doc = tmp_path / "talks.txt"
    doc.write_text(
        "Talks resume\n\nPresident Emmanuel Macron met with Prime Minister Rishi Sunak in Paris. "
        '"We have made progress," Macron told reporters.\n',
        encoding="utf-8",
    )
    added = bnkg("add", str(doc), store=fresh_store_path)
    assert added.returncode == 0, added.stderr
    graphs = bnkg("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/bnkg/ontology#Document> } }",
                  "--format", "csv", store=fresh_store_path).stdout
    assert "document/talks" in graphs and "document/000" in graphs
    removed = bnkg("remove", "talks", store=fresh_store_path)
    assert removed.returncode == 0, removed.stderr
    graphs = bnkg("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/bnkg/ontology#Document> } }",
                  "--format", "csv", store=fresh_store_path).stdout
    assert "document/talks" not in graphs and "document/000" in graphs
    again = bnkg("remove", "talks", store=fresh_store_path)
    assert again.returncode == 2


def test_export_and_stats(fresh_store_path: Path, tmp_path: Path) -> None:
    for fmt, probe in [("nquads", "document/000"), ("turtle", "@prefix"), ("jsonld", "@id"), ("trig", "{")]:
        out = tmp_path / f"out.{fmt}"
        res = bnkg("export", "--format", fmt, "--out", str(out), store=fresh_store_path)
        assert res.returncode == 0, res.stderr
        text = out.read_text(encoding="utf-8")
        assert probe in text or probe.lower() in text.lower(), fmt
    st = bnkg("stats", store=fresh_store_path)
    assert st.returncode == 0 and "Person" in st.stdout and "quads" in st.stdout


def test_validate_conforms(fresh_store_path: Path) -> None:
    res = bnkg("validate", store=fresh_store_path)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "conforms" in res.stdout
