"""The real server, started by `bnkg serve` on a free port, answers from the seed graph."""

from __future__ import annotations

import httpx

from tests.conftest import LiveServer


def test_health_counts_the_seed(client: httpx.Client) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == 1
    assert body["quads"] > 100
    assert isinstance(body["warm"], bool)  # start-up threads done (index, viewer layout)?
    assert set(body["sparql"]) >= {"cached_answers", "cache_hits", "cache_misses", "workers_replaced"}


def test_sparql_get_answers_from_the_seed(live_server: LiveServer) -> None:
    query = (
        "PREFIX bn: <https://w3id.org/bnkg/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?name WHERE { ?p a bn:Person ; rdfs:label ?name } ORDER BY ?name"
    )
    resp = httpx.get(
        live_server.url + "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/sparql-results+json")
    names = {b["name"]["value"] for b in resp.json()["results"]["bindings"]}
    assert {"Justin Trudeau", "Joe Biden"} <= names


def test_head_answers_like_get_without_a_body(client: httpx.Client) -> None:
    for path in ("/health", "/graph", "/id/person/justin-trudeau"):
        get = client.get(path)
        head = client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
