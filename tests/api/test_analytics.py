"""Graph analytics: centrality and communities over the API, and the networkx functions."""

from __future__ import annotations

import io

import httpx
import networkx as nx

from kg.analytics import actor_graph, eigenvector_by_component
from kg.exporting import export
from kg.store import GraphStore


def test_centrality_ranks_actors(client: httpx.Client) -> None:
    r = client.get("/api/analytics/centrality", params={"sort": "betweenness", "limit": 500})
    assert r.status_code == 200
    body = r.json()
    assert body["nodes"] >= 10 and body["edges"] >= 5 and body["total"] == body["nodes"]
    between = [i["betweenness"] for i in body["items"]]
    assert between == sorted(between, reverse=True) and between[0] > 0
    for item in body["items"]:
        assert 0 <= item["degree"] <= 1 and 0 <= item["betweenness"] <= 1 and 0 <= item["eigenvector"] <= 1
    top = {i["actor"]["id"] for i in body["items"][:5]}
    assert top & {"place/canada", "place/united-states", "person/justin-trudeau"}
    again = client.get("/api/analytics/centrality", params={"sort": "betweenness", "limit": 500}).json()
    assert again == body  # cached per store version, deterministic


def test_communities_partition_the_actors(client: httpx.Client) -> None:
    body = client.get("/api/analytics/communities", params={"limit": 500}).json()
    members = [m["id"] for c in body["items"] for m in c["members"]]
    assert len(members) == len(set(members))
    assert [c["size"] for c in body["items"]] == sorted((c["size"] for c in body["items"]), reverse=True)
    assert body["modularity"] is not None and body["items"][0]["size"] >= 2
    big = client.get("/api/analytics/communities", params={"min_size": 2}).json()
    assert all(c["size"] >= 2 for c in big["items"])
    assert client.get("/api/analytics/communities", params={"min_size": 0}).status_code == 422


def test_eigenvector_is_defined_on_disconnected_graphs() -> None:
    g = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")])
    g.add_node("lonely")
    scores = eigenvector_by_component(g)
    assert scores["lonely"] == 0 and scores["x"] > 0 and scores["b"] > scores["a"]
    # unit length over the actors in components of two or more (5 of 6 here)
    assert abs(sum(v * v for v in scores.values()) - 5 / 6) < 1e-6


def test_actor_graph_has_evidence_and_exports_to_graphml(seed_store: GraphStore) -> None:
    g = actor_graph(seed_store)
    trudeau = "https://w3id.org/bnkg/id/person/justin-trudeau"
    canada = "https://w3id.org/bnkg/id/place/canada"
    assert g.has_edge(trudeau, canada)
    edge = g.edges[trudeau, canada]
    assert "represents" in edge["predicate"] and "Trudeau" in edge["evidence"]
    back = nx.read_graphml(io.BytesIO(export(seed_store, "graphml")))
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
