"""Actor search, detail, relationships and paths on the seed graph, over a real server."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

from kg.lookup.index import actor_index
from kg.lookup.queries import sparql
from kg.lookup.refs import evidence
from kg.settings import DEFAULT_BASE
from kg.store import GraphStore

PROBLEM = "application/problem+json"
TRUDEAU = "person/justin-trudeau"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


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


def test_relationships_default_to_a_page_of_100_with_the_total(client: httpx.Client) -> None:
    body = client.get("/api/actors/place/canada/relationships").json()
    assert body["limit"] == 100 and body["offset"] == 0
    one = client.get("/api/actors/place/canada/relationships", params={"limit": 1, "offset": 1}).json()
    assert one["total"] == body["total"] and one["items"] == body["items"][1:2]
    detail = client.get("/api/actors/place/canada").json()
    assert detail["counts"]["relationships"] == body["total"]


def test_evidence_cut_from_the_text_equals_the_stored_mentions(seed_store: GraphStore) -> None:
    """The index reads offsets from mention IRIs and cuts the text: same as bn:exact in the store."""
    idx = actor_index(seed_store, DEFAULT_BASE)
    mentions = sorted({m for ms in idx.asserted.values() for m in ms})
    assert mentions
    fast = {(e["document"]["iri"], e["start"], e["end"], e["text"]) for e in evidence(seed_store, idx, mentions)}
    stored = {
        (r["doc"].value, int(r["start"].value), int(r["end"].value), r["exact"].value)
        for r in seed_store.select(sparql("mention_spans"))
        if r["m"].value in set(mentions)
    }
    assert fast == stored


def test_evidence_of_mentions_named_otherwise_is_read_from_the_store() -> None:
    store = GraphStore.in_memory()
    bn, doc = "https://w3id.org/bnkg/ontology#", DEFAULT_BASE + "document/d"
    m = ox.NamedNode("https://example.org/m1")
    g = ox.NamedNode(doc)
    store.replace_graph(doc, [
        ox.Quad(ox.NamedNode(doc), ox.NamedNode(RDF_TYPE), ox.NamedNode(bn + "Document"), g),
        ox.Quad(ox.NamedNode(doc), ox.NamedNode(bn + "text"), ox.Literal("Ada met Bob."), g),
        ox.Quad(m, ox.NamedNode(bn + "document"), ox.NamedNode(doc), g),
        ox.Quad(m, ox.NamedNode(bn + "start"), ox.Literal("8", datatype=XSD_INT), g),
        ox.Quad(m, ox.NamedNode(bn + "end"), ox.Literal("11", datatype=XSD_INT), g),
        ox.Quad(m, ox.NamedNode(bn + "exact"), ox.Literal("Bob"), g),
    ])
    idx = actor_index(store, DEFAULT_BASE)
    # one mention named by kg.iris.mention_iri (cut from the text), one read from the store
    got = evidence(store, idx, [m.value, DEFAULT_BASE + "mention/d/0-3"])
    assert [(x["text"], x["start"], x["end"]) for x in got] == [("Ada", 0, 3), ("Bob", 8, 11)]
    assert {x["document"]["iri"] for x in got} == {doc}


def test_documents_read_from_mention_iris_match_mentioned_in(seed_store: GraphStore) -> None:
    idx = actor_index(seed_store, DEFAULT_BASE)
    rows = seed_store.select("SELECT ?e ?d WHERE { ?e <https://w3id.org/bnkg/ontology#mentionedIn> ?d }")
    stored: dict[str, set[str]] = {}
    for r in rows:
        if r["e"].value in idx.actors:
            stored.setdefault(r["e"].value, set()).add(r["d"].value)
    assert stored and {a: set(idx.documents_of.get(a, [])) for a in stored} == stored


def test_a_meeting_is_one_relationship_seen_from_either_side(client: httpx.Client) -> None:
    """metWith is symmetric and stored both ways; the API lists it once, as ``both``, with its evidence."""
    for me, other in (("person/sean-fraser", "person/alejandro-mayorkas"), ("person/alejandro-mayorkas", "person/sean-fraser")):
        body = client.get(f"/api/actors/{me}/relationships", params={"predicate": "metWith"}).json()
        assert [(x["direction"], x["other"]["id"]) for x in body["items"]] == [("both", other)]
        assert "met" in body["items"][0]["evidence"][0]["text"] or "meeting" in body["items"][0]["evidence"][0]["text"]
        everything = client.get(f"/api/actors/{me}/relationships").json()
        assert client.get(f"/api/actors/{me}").json()["counts"]["relationships"] == everything["total"]
        assert sum(x["predicate"] == "metWith" for x in everything["items"]) == 1
