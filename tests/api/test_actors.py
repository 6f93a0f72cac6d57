"""Actor search, detail, relationships and paths on the seed graph, over a real server."""

from __future__ import annotations

import httpx
import pytest

PROBLEM = "application/problem+json"
TRUDEAU = "person/justin-trudeau"


def doc_text(client: httpx.Client, doc_id: str) -> str:
    r = client.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200, r.text
    return r.json()["text"]


def ids(items: list[dict]) -> list[str]:
    return [i["id"] for i in items]


@pytest.mark.parametrize("q", ["trudeau", "TRUDEAU", "Trudéau", "  justin   TRUDEAU "])
def test_search_ignores_case_accents_and_spacing(client: httpx.Client, q: str) -> None:
    r = client.get("/api/actors", params={"q": q})
    assert r.status_code == 200
    assert TRUDEAU in ids(r.json()["items"])


def test_search_by_alias_and_accented_query(client: httpx.Client) -> None:
    found = client.get("/api/actors", params={"q": "Québec"}).json()["items"]
    assert "place/quebec" in ids(found)
    assert all("quebec" in " ".join([a["label"], *a["aliases"]]).lower() for a in found)


def test_search_finds_roxham_road_as_a_place(client: httpx.Client) -> None:
    items = client.get("/api/actors", params={"q": "roxham"}).json()["items"]
    road = next(a for a in items if a["label"] == "Roxham Road")
    assert "Place" in road["types"] and road["id"].startswith("place/")


def test_type_side_and_sort_filters(client: httpx.Client) -> None:
    people = client.get("/api/actors", params={"type": "Person", "limit": 500}).json()
    assert people["total"] >= 4 and all("Person" in a["types"] for a in people["items"])
    canadians = client.get("/api/actors", params={"side": "place/canada"}).json()["items"]
    assert TRUDEAU in ids(canadians)
    assert all(any(s["id"] == "place/canada" for s in a["sides"]) for a in canadians)
    by_mentions = client.get("/api/actors", params={"sort": "mentions", "limit": 500}).json()["items"]
    counts = [a["mentions"] for a in by_mentions]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1
    by_name = client.get("/api/actors", params={"limit": 500}).json()["items"]
    labels = [a["label"].casefold() for a in by_name]
    assert labels == sorted(labels)
    central = client.get("/api/actors", params={"sort": "centrality", "limit": 500}).json()["items"]
    scores = [a["centrality"] for a in central]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_pagination_is_consistent(client: httpx.Client) -> None:
    all_ids = ids(client.get("/api/actors", params={"limit": 500}).json()["items"])
    page = client.get("/api/actors", params={"limit": 3, "offset": 2}).json()
    assert page["total"] == len(all_ids) and ids(page["items"]) == all_ids[2:5]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"sort": "age"}, {"type": "Unicorn"}, {"limit": "x"}],
)
def test_bad_search_parameters_are_422_problems(client: httpx.Client, params: dict) -> None:
    r = client.get("/api/actors", params=params)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith(PROBLEM)
    assert r.json()["status"] == 422


def test_unknown_side_is_404(client: httpx.Client) -> None:
    r = client.get("/api/actors", params={"side": "place/atlantis"})
    assert r.status_code == 404 and r.headers["content-type"].startswith(PROBLEM)


def test_detail_by_path_and_by_bare_key(client: httpx.Client) -> None:
    full = client.get(f"/api/actors/{TRUDEAU}")
    bare = client.get("/api/actors/justin-trudeau")
    assert full.status_code == bare.status_code == 200
    d = full.json()
    assert d == bare.json()
    assert d["label"] == "Justin Trudeau" and "Trudeau" in d["aliases"]
    assert "place/canada" in ids(d["sides"])
    assert d["documents"] and d["counts"]["mentions"] >= 2 and d["counts"]["documents"] == 1
    assert d["counts"]["relationships"] > 0
    assert d["links"]["page"] == f"/id/{TRUDEAU}"


@pytest.mark.parametrize("bad", ["nobody", "person/nobody", "person/<script>", "..%2F..%2Fetc", "a b"])
def test_unknown_actor_is_404_problem(client: httpx.Client, bad: str) -> None:
    for url in (f"/api/actors/{bad}", f"/api/actors/{bad}/relationships"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith(PROBLEM)
        assert r.json()["title"] == "NotFound"


def test_relationship_to_canada_has_evidence_from_the_text(client: httpx.Client) -> None:
    r = client.get(f"/api/actors/{TRUDEAU}/relationships")
    assert r.status_code == 200
    rels = r.json()["items"]
    to_canada = [x for x in rels if x["other"] and x["other"]["id"] == "place/canada" and x["direction"] == "out"]
    assert to_canada, rels
    ev = to_canada[0]["evidence"]
    assert ev, "a relation without evidence"
    text = doc_text(client, ev[0]["document"]["id"])
    cut = text[ev[0]["start"] : ev[0]["end"]]
    assert cut == ev[0]["text"] and "Trudeau" in cut


def test_statements_count_as_relationships(client: httpx.Client) -> None:
    rels = client.get(f"/api/actors/{TRUDEAU}/relationships", params={"predicate": "speaker"}).json()["items"]
    assert rels and all(x["predicate"] == "speaker" and x["direction"] == "in" for x in rels)
    st = rels[0]["statement"]
    assert st and "Safe Third Country Agreement" in st["quote"]
    assert "Trudeau" in rels[0]["evidence"][0]["text"]


def test_relationship_filters(client: httpx.Client) -> None:
    only = client.get(f"/api/actors/{TRUDEAU}/relationships", params={"other_type": "Country"}).json()["items"]
    assert only and all("Country" in x["other"]["types"] for x in only)
    none = client.get(f"/api/actors/{TRUDEAU}/relationships", params={"predicate": "connects"}).json()
    assert none["total"] == 0
    bad = client.get(f"/api/actors/{TRUDEAU}/relationships", params={"other_type": "Nonsense"})
    assert bad.status_code == 422


def test_path_between_two_actors_has_evidence_per_hop(client: httpx.Client) -> None:
    r = client.get(f"/api/actors/{TRUDEAU}/path/place/roxham-road", params={"max": 4})
    assert r.status_code == 200
    body = r.json()
    assert body["paths"], body
    path = body["paths"][0]
    assert path["hops"][0]["source"]["id"] == TRUDEAU and path["hops"][-1]["target"]["id"] == "place/roxham-road"
    assert path["length"] == len(path["hops"]) <= 4
    for hop in path["hops"]:
        assert hop["predicates"] and hop["evidence"]
        e = hop["evidence"][0]
        assert doc_text(client, e["document"]["id"])[e["start"] : e["end"]] == e["text"]


def test_path_respects_max_and_unknown_ends(client: httpx.Client) -> None:
    far = client.get(f"/api/actors/{TRUDEAU}/path/place/hemmingford", params={"max": 1})
    assert far.status_code == 200 and far.json()["paths"] == []
    assert client.get(f"/api/actors/{TRUDEAU}/path/person/nobody").status_code == 404
    assert client.get(f"/api/actors/{TRUDEAU}/path/place/canada", params={"max": 0}).status_code == 422


def test_relationships_paginate(client: httpx.Client) -> None:
    url = "/api/actors/place/canada/relationships"
    full = client.get(url).json()
    assert full["total"] == len(full["items"]) >= 3
    page = client.get(url, params={"limit": 2, "offset": 1}).json()
    assert page["total"] == full["total"] and page["items"] == full["items"][1:3]
