"""Statements with speaker, addressee, date, quote and source sentence, on the seed graph."""

from __future__ import annotations

import httpx
import pytest

STCA = "agreement/safe-third-country-agreement"


def trudeau_statement(items: list[dict]) -> dict:
    return next(s for s in items if s["speaker"] and s["speaker"]["id"] == "person/justin-trudeau")


def test_trudeau_statement_about_the_agreement_to_reporters(client: httpx.Client) -> None:
    r = client.get("/api/statements", params={"speaker": "person/justin-trudeau"})
    assert r.status_code == 200
    st = trudeau_statement(r.json()["items"])
    assert STCA in [a["id"] for a in st["about"]]
    assert st["addressee"] and "reporters" in st["addressee"]["label"].lower()
    assert st["kind"] == "direct"
    assert "renegotiate the Safe Third Country Agreement" in st["quote"]
    doc = client.get(f"/api/documents/{st['source']['document']['id']}").json()
    src = st["source"]
    assert doc["text"][src["start"] : src["end"]] == src["text"]
    assert st["quote"] in src["text"]


def test_filters_by_about_and_speaker(client: httpx.Client) -> None:
    about = client.get("/api/statements", params={"about": STCA}).json()["items"]
    assert about and all(STCA in [a["id"] for a in s["about"]] for s in about)
    both = client.get("/api/statements", params={"about": "place/roxham-road", "speaker": "justin-trudeau"}).json()
    assert both["total"] >= 1
    everyone = client.get("/api/statements").json()
    assert everyone["total"] >= both["total"] and everyone["total"] >= 2


def test_date_filters(client: httpx.Client) -> None:
    in_2023 = client.get("/api/statements", params={"from": "2023-01", "to": "2023-12-31"}).json()["items"]
    assert trudeau_statement(in_2023)["date"].startswith("2023")
    assert client.get("/api/statements", params={"from": "1990", "to": "1991"}).json()["total"] == 0


@pytest.mark.parametrize(
    "params",
    [{"from": "2023-13"}, {"from": "yesterday"}, {"to": "2023-02-30"}, {"from": "2024", "to": "2023"}, {"limit": 0}],
)
def test_bad_dates_are_422(client: httpx.Client, params: dict) -> None:
    r = client.get("/api/statements", params=params)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")


def test_unknown_speaker_is_404(client: httpx.Client) -> None:
    assert client.get("/api/statements", params={"speaker": "person/nobody"}).status_code == 404
