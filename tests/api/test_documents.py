"""Documents: metadata, text and marked mentions, on the seed graph."""

from __future__ import annotations

import httpx

from kg.lookup.index import actor_index
from kg.lookup.queries import sparql
from kg.settings import DEFAULT_BASE
from kg.store import GraphStore
from tests.conftest import SEEDS


def seed_id(client: httpx.Client) -> str:
    items = client.get("/api/documents").json()["items"]
    assert len(items) == 1
    return items[0]["id"]


def test_list_has_metadata(client: httpx.Client) -> None:
    doc = client.get("/api/documents").json()["items"][0]
    assert doc["title"].startswith("Managing Immigration Tensions")
    assert doc["date"] == "2023-03" and len(doc["sha256"]) == 64
    assert doc["length"] > 2000 and doc["mentions"] > 10


def test_detail_text_and_mention_spans(client: httpx.Client) -> None:
    doc_id = seed_id(client)
    d = client.get(f"/api/documents/{doc_id}").json()
    seed_text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    assert "Roxham Road" in d["text"] and d["text"].split()[:3] == seed_text.split()[:3]
    assert d["spans"] and d["html"] is None
    for span in d["spans"]:
        assert d["text"][span["start"] : span["end"]] == span["text"]
    named = {s["entity"]["id"] for s in d["spans"]}
    assert {"person/justin-trudeau", "place/roxham-road"} <= named
    assert client.get(f"/api/documents/document/{doc_id}").json()["spans"] == d["spans"]


def test_html_rendering_marks_mentions_and_escapes(client: httpx.Client) -> None:
    d = client.get(f"/api/documents/{seed_id(client)}", params={"html": "true"}).json()
    html = d["html"]
    assert '<mark data-entity="person/justin-trudeau"' in html
    assert html.count("<mark") <= len(d["spans"]) and "<script" not in html
    plain = html.replace("</mark>", "")
    assert "Roxham Road" in plain


def test_unknown_document_is_404(client: httpx.Client) -> None:
    for bad in ("nope", "document/nope", "%00", "<x>"):
        r = client.get(f"/api/documents/{bad}")
        assert r.status_code == 404, bad
        assert r.headers["content-type"].startswith("application/problem+json")


def test_mention_counts_from_the_index_match_the_store(seed_store: GraphStore) -> None:
    idx = actor_index(seed_store, DEFAULT_BASE)
    rows = seed_store.select(sparql("document_mention_counts"))
    assert idx.mention_counts and idx.mention_counts == {r["doc"].value: int(r["n"].value) for r in rows}
