"""Agreements: parties, negotiators and the timeline, on the seed graph."""

from __future__ import annotations

import httpx

STCA = "agreement/safe-third-country-agreement"


def test_list_has_the_agreement_with_its_parties(client: httpx.Client) -> None:
    r = client.get("/api/agreements")
    assert r.status_code == 200
    stca = next(a for a in r.json()["items"] if a["id"] == STCA)
    parties = {p["actor"]["id"] for p in stca["parties"]}
    assert {"place/canada", "place/united-states"} <= parties
    assert all(p["evidence"] for p in stca["parties"])


def test_signing_date_heads_the_timeline(client: httpx.Client) -> None:
    a = client.get(f"/api/agreements/{STCA}").json()
    assert a["date_signed"] == "2002"
    first = a["timeline"][0]
    assert first["kind"] == "signed" and first["date"] == "2002" and "2002" in first["evidence"][0]["text"]


def test_detail_timeline_is_sorted_and_has_the_statements(client: httpx.Client) -> None:
    r = client.get(f"/api/agreements/{STCA}")
    assert r.status_code == 200
    a = r.json()
    dated = [t["date"] for t in a["timeline"] if t["date"]]
    assert dated == sorted(dated)
    undated = [i for i, t in enumerate(a["timeline"]) if not t["date"]]
    assert undated == list(range(len(dated), len(a["timeline"])))  # undated last
    said = [t for t in a["timeline"] if t["kind"] == "statement"]
    assert any(t["speaker"] and t["speaker"]["id"] == "person/justin-trudeau" for t in said)
    assert all(t["evidence"] for t in said)
    assert client.get("/api/agreements/safe-third-country-agreement").json() == a


def test_not_an_agreement_is_404(client: httpx.Client) -> None:
    for bad in ("person/justin-trudeau", "agreement/nope"):
        r = client.get(f"/api/agreements/{bad}")
        assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
