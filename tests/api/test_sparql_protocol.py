"""The /sparql endpoint against the SPARQL 1.1 Protocol, over real HTTP (httpx) on the seed graph."""

from __future__ import annotations

import csv
import doctest
import html
import importlib
import io
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
import rdflib

from kg.queries import list_queries
from kg.settings import ONTOLOGY_GRAPH
from tests.conftest import LiveServer, start_server, stop_server

PREFIX = (
    "PREFIX bn: <https://w3id.org/bnkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
PEOPLE = PREFIX + "SELECT ?p ?name WHERE { ?p a bn:Person ; rdfs:label ?name } ORDER BY ?name"
PEOPLE_GRAPH = PREFIX + "CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a bn:Person ; rdfs:label ?name }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SRJ = "application/sparql-results+json"
SRX = "application/sparql-results+xml"
SRX_NS = "{http://www.w3.org/2005/sparql-results#}"


def names_from_json(resp: httpx.Response) -> set[str]:
    return {b["name"]["value"] for b in resp.json()["results"]["bindings"]}


def graph_of(resp: httpx.Response, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=resp.content, format=fmt)


def count_quads(client: httpx.Client) -> int:
    resp = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


# -- the three ways to send a query ------------------------------------------------


def test_get_returns_json_results(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": SRJ})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith(SRJ)
    body = resp.json()
    assert body["head"]["vars"] == ["p", "name"]
    assert {"Justin Trudeau", "Joe Biden"} <= names_from_json(resp)
    assert all(b["p"]["type"] == "uri" for b in body["results"]["bindings"])


def test_post_form_returns_xml_results(client: httpx.Client) -> None:
    resp = client.post("/sparql", data={"query": PEOPLE}, headers={"Accept": SRX})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith(SRX)
    root = ElementTree.fromstring(resp.content)
    variables = [v.get("name") for v in root.iter(SRX_NS + "variable")]
    assert variables == ["p", "name"]
    literals = {lit.text for lit in root.iter(SRX_NS + "literal")}
    assert "Justin Trudeau" in literals


def test_post_sparql_query_body_returns_csv(client: httpx.Client) -> None:
    resp = client.post(
        "/sparql",
        content=PEOPLE.encode(),
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": "text/csv"},
    )
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(resp.text)))
    assert rows[0] == ["p", "name"]
    assert "Joe Biden" in {r[1] for r in rows[1:]}
    assert resp.text.endswith("\r\n")  # RFC 4180 line ends, as the CSV results format says


def test_tsv_uses_rdf_term_syntax(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "text/tab-separated-values"})
    assert resp.status_code == 200
    lines = resp.text.splitlines()
    assert lines[0] == "?p\t?name"
    assert any(line.startswith("<https://") and line.endswith('"Justin Trudeau"') for line in lines[1:])


def test_ask_returns_a_boolean(client: httpx.Client) -> None:
    yes = client.get("/sparql", params={"query": PREFIX + "ASK { ?p a bn:Person }"})
    no = client.get("/sparql", params={"query": PREFIX + "ASK { ?p a bn:NoSuchClass }"})
    assert yes.json()["boolean"] is True
    assert no.json()["boolean"] is False


@pytest.mark.parametrize(
    ("accept", "rdflib_format", "media_type"),
    [
        ("text/turtle", "turtle", "text/turtle"),
        ("application/n-triples", "nt", "application/n-triples"),
        ("application/ld+json", "json-ld", "application/ld+json"),
        ("application/rdf+xml", "xml", "application/rdf+xml"),
    ],
)
def test_construct_in_each_rdf_format(client: httpx.Client, accept: str, rdflib_format: str, media_type: str) -> None:
    resp = client.get("/sparql", params={"query": PEOPLE_GRAPH}, headers={"Accept": accept})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith(media_type)
    labels = {str(o) for o in graph_of(resp, rdflib_format).objects(None, rdflib.RDFS.label)}
    assert {"Justin Trudeau", "Joe Biden"} <= labels


def test_construct_defaults_to_turtle(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": PEOPLE_GRAPH})
    assert resp.headers["content-type"].startswith("text/turtle")
    assert len(graph_of(resp, "turtle")) >= 2


def test_other_origins_may_read_results(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert resp.headers["access-control-allow-origin"] == "*"
    pre = client.options(
        "/sparql",
        headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )
    assert pre.status_code == 204 and "POST" in pre.headers["access-control-allow-methods"]


def test_accept_q_values_pick_the_preferred_format(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": f"{SRJ};q=0.5, text/csv"})
    assert resp.headers["content-type"].startswith("text/csv")
    assert "accept" in resp.headers["vary"].lower()


def test_unacceptable_format_is_406(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "image/png"})
    assert resp.status_code == 406
    assert "application/sparql-results+json" in resp.json()["detail"]


# -- the RDF dataset: default-graph-uri, named-graph-uri ----------------------------


def test_default_graph_is_the_union_and_can_be_narrowed(client: httpx.Client) -> None:
    graphs_resp = client.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    graphs = {b["g"]["value"] for b in graphs_resp.json()["results"]["bindings"]}
    docs = [g for g in graphs if "/document/" in g]
    assert docs and ONTOLOGY_GRAPH in graphs
    ask_person = PREFIX + "ASK { ?p a bn:Person }"
    union = client.get("/sparql", params={"query": ask_person})
    only_ontology = client.get("/sparql", params={"query": ask_person, "default-graph-uri": ONTOLOGY_GRAPH})
    only_doc = client.get("/sparql", params={"query": ask_person, "default-graph-uri": docs[0]})
    assert union.json()["boolean"] is True
    assert only_ontology.json()["boolean"] is False
    assert only_doc.json()["boolean"] is True


def test_named_graph_uri_limits_graph_patterns(client: httpx.Client) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    resp = client.post("/sparql", data={"query": query, "named-graph-uri": ONTOLOGY_GRAPH})
    assert [b["g"]["value"] for b in resp.json()["results"]["bindings"]] == [ONTOLOGY_GRAPH]


def test_a_bad_graph_iri_is_400(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert resp.status_code == 400
    assert "default-graph-uri" in resp.json()["detail"]


# -- bad requests ---------------------------------------------------------------------


def test_malformed_query_is_400_with_the_parser_message(client: httpx.Client) -> None:
    resp = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert resp.status_code == 400
    assert resp.headers["content-type"].startswith("application/problem+json")
    detail = resp.json()["detail"]
    assert detail.startswith("malformed SPARQL query")
    assert re.search(r"error at \d+:\d+", detail)  # the parser says where


@pytest.mark.parametrize(
    "send",
    [
        lambda c, u: c.get("/sparql", params={"query": u}),
        lambda c, u: c.post("/sparql", data={"query": u}),
        lambda c, u: c.post("/sparql", data={"update": u}),
        lambda c, u: c.post("/sparql", content=u.encode(), headers={"Content-Type": "application/sparql-update"}),
        lambda c, u: c.post("/sparql", content=u.encode(), headers={"Content-Type": "application/sparql-query"}),
    ],
    ids=["get-query", "form-query", "form-update", "sparql-update-body", "sparql-query-body"],
)
def test_updates_are_refused_and_change_nothing(client: httpx.Client, send) -> None:
    before = count_quads(client)
    update = "PREFIX ex: <https://example.org/>\nINSERT DATA { GRAPH ex:g { ex:a ex:b ex:c } }"
    resp = send(client, update)
    assert resp.status_code == 403
    assert "read-only" in resp.json()["detail"]
    assert count_quads(client) == before


def test_a_keyword_inside_a_literal_is_not_an_update(client: httpx.Client) -> None:
    query = '# DELETE nothing\nSELECT ?x WHERE { BIND("INSERT DATA" AS ?x) }'
    resp = client.get("/sparql", params={"query": query})
    assert resp.status_code == 200
    assert resp.json()["results"]["bindings"][0]["x"]["value"] == "INSERT DATA"


def test_other_post_content_type_is_415(client: httpx.Client) -> None:
    resp = client.post("/sparql", content=PEOPLE.encode(), headers={"Content-Type": "text/plain"})
    assert resp.status_code == 415
    assert "application/sparql-query" in resp.json()["detail"]


def test_two_queries_are_400(client: httpx.Client) -> None:
    resp = client.get("/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert resp.status_code == 400
    assert "exactly one query" in resp.json()["detail"]


def test_a_query_both_in_the_body_and_the_url_is_400(client: httpx.Client) -> None:
    resp = client.post(
        "/sparql",
        params={"query": "ASK {}"},
        content=b"ASK {}",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert resp.status_code == 400


def test_post_without_a_query_is_400(client: httpx.Client) -> None:
    resp = client.post("/sparql", data={"default-graph-uri": ONTOLOGY_GRAPH})
    assert resp.status_code == 400
    assert "query" in resp.json()["detail"]


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405(client: httpx.Client, method: str) -> None:
    resp = client.request(method, "/sparql", content=b"x")
    assert resp.status_code == 405
    assert set(resp.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}


# -- describing the service -----------------------------------------------------------

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
BN = rdflib.Namespace("https://w3id.org/bnkg/ontology#")


def test_get_without_query_is_the_service_description(client: httpx.Client, live_server: LiveServer) -> None:
    resp = client.get("/sparql")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/turtle")
    g = graph_of(resp, "turtle")
    endpoint = rdflib.URIRef(live_server.url + "/sparql")
    assert (endpoint, rdflib.RDF.type, SD.Service) in g
    assert (endpoint, SD.endpoint, endpoint) in g
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (endpoint, SD.feature, SD.UnionDefaultGraph) in g
    names = set(g.objects(None, SD.name))
    assert rdflib.URIRef(ONTOLOGY_GRAPH) in names and len(names) >= 2


def test_service_description_is_negotiated(client: httpx.Client) -> None:
    resp = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert resp.headers["content-type"].startswith("application/ld+json")
    assert (None, rdflib.RDF.type, SD.Service) in graph_of(resp, "json-ld")
    # A browser following the workbench's link asks for it by name.
    linked = client.get("/sparql", params={"format": "turtle"}, headers={"Accept": "text/html"})
    assert linked.headers["content-type"].startswith("text/turtle")
    assert (None, rdflib.RDF.type, SD.Service) in graph_of(linked, "turtle")


def test_void_describes_the_dataset(client: httpx.Client, live_server: LiveServer) -> None:
    resp = client.get("/.well-known/void")
    assert resp.status_code == 200
    g = graph_of(resp, "turtle")
    dataset = next(g.subjects(rdflib.RDF.type, VOID.Dataset))
    assert g.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef(live_server.url + "/sparql")
    assert int(g.value(dataset, VOID.triples)) > 100
    classes = {g.value(p, VOID["class"]): int(g.value(p, VOID.entities)) for p in g.objects(dataset, VOID.classPartition)}
    assert classes[BN.Person] >= 2
    props = {g.value(p, VOID.property) for p in g.objects(dataset, VOID.propertyPartition)}
    assert BN.mentionedIn in props and rdflib.RDFS.label in props


# -- the workbench -----------------------------------------------------------------------


def test_browsers_get_the_workbench(client: httpx.Client) -> None:
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    resp = client.get("/sparql", headers={"Accept": browser_accept})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    page = resp.text
    text = html.unescape(page)
    examples = list_queries()
    assert len(examples) >= 12
    for q in examples:  # each example is on the menu ...
        assert f'value="{q.name}"' in page and q.title in text
    assert "PREFIX bn: <https://w3id.org/bnkg/ontology#>" in json.loads(
        re.search(r'<script type="application/json" id="starter-data">(.*?)</script>', page, re.S).group(1)
    )
    # ... and nothing comes from another host: scripts and styles are local files.
    sources = re.findall(r'<script[^>]*src="([^"]+)"', page) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert len(sources) == 2 and all(s.startswith("/static/") for s in sources)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
    for s in sources:
        asset = client.get(s)
        assert asset.status_code == 200 and len(asset.content) > 10_000


def test_workbench_assets_carry_their_license() -> None:
    license_file = Path(__file__).resolve().parents[2] / "api" / "static" / "yasgui" / "LICENSE"
    assert "MIT License" in license_file.read_text()


# -- the modules' own examples (doctests) -------------------------------------------------


@pytest.mark.parametrize(
    "module",
    ["negotiation", "serializers", "lexical", "execution", "cache", "kg.formats"],
)
def test_module_examples_hold(module: str) -> None:
    mod = importlib.import_module(module if "." in module else f"api.sparql.{module}")
    result = doctest.testmod(mod)
    assert result.attempted > 0 and result.failed == 0


def test_a_large_answer_arrives_whole(client: httpx.Client) -> None:
    """An answer far larger than one pipe write between the query worker and the server."""
    resp = client.get("/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert resp.status_code == 200, resp.text[:300]
    assert len(resp.content) > 100_000
    assert len(resp.json()["results"]["bindings"]) == count_quads(client)


def test_a_query_text_larger_than_the_pipe_buffer_is_answered(client: httpx.Client) -> None:
    """A long query (a big VALUES block) is written to its worker in several pieces."""
    values = " ".join(f'"value number {i:07d}"' for i in range(40_000))  # about 1 MB
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?v {{ {values} }} }}"
    resp = client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 200, resp.text[:300]
    assert resp.json()["results"]["bindings"][0]["n"]["value"] == "40000"


@pytest.mark.parametrize("accept", [SRJ, SRX, "text/csv", "text/tab-separated-values"])
def test_a_limited_query_answers_like_an_unlimited_one(client: httpx.Client, accept: str) -> None:
    """A query whose own LIMIT is under the cap takes the engine's writer; same rows either way."""
    query = PREFIX + "SELECT ?m ?text ?start WHERE { ?m bn:exact ?text ; bn:start ?start } ORDER BY ?start ?m"
    plain = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    limited = client.get("/sparql", params={"query": query + " LIMIT 100000"}, headers={"Accept": accept})
    assert plain.status_code == limited.status_code == 200
    assert plain.headers["content-type"].split(";")[0] == limited.headers["content-type"].split(";")[0] == accept
    if accept == SRJ:
        assert limited.json() == plain.json()
    elif accept == SRX:
        rows = [ElementTree.fromstring(r.content).findall(f".//{SRX_NS}result") for r in (plain, limited)]
        assert len(rows[0]) == len(rows[1]) > 10
    else:  # CSV/TSV: one line per row (newlines inside texts are quoted or escaped)
        lines = [r.text.strip("\r\n").splitlines() for r in (plain, limited)]
        if accept == "text/csv":
            lines = [list(csv.reader(io.StringIO(r.text))) for r in (plain, limited)]
        assert len(lines[0]) == len(lines[1]) > 10


# -- repeated requests are answered from the cache ------------------------------------------


def _cache_stats(client: httpx.Client) -> dict[str, int]:
    return client.get("/health").json()["sparql"]


def test_a_repeated_query_is_answered_from_the_cache(client: httpx.Client) -> None:
    query = PEOPLE + " # cache test"
    first = client.get("/sparql", params={"query": query})
    before = _cache_stats(client)
    again = client.post("/sparql", data={"query": query})
    after = _cache_stats(client)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert after["cache_hits"] == before["cache_hits"] + 1
    # Another format is another answer: not served from the JSON entry.
    xml = client.get("/sparql", params={"query": query}, headers={"Accept": SRX})
    assert xml.headers["content-type"].startswith(SRX)
    assert _cache_stats(client)["cache_hits"] == after["cache_hits"]


def test_volatile_queries_and_errors_are_not_cached(client: httpx.Client) -> None:
    rand = "SELECT (RAND() AS ?r) (STRUUID() AS ?u) WHERE {}"
    values = set()
    for _ in range(3):
        resp = client.get("/sparql", params={"query": rand})
        assert resp.status_code == 200
        values.add(resp.json()["results"]["bindings"][0]["u"]["value"])
    assert len(values) == 3  # each run evaluated anew
    before = _cache_stats(client)
    for _ in range(2):
        assert client.get("/sparql", params={"query": "SELECT ?x WHERE {"}).status_code == 400
    assert _cache_stats(client)["cache_hits"] == before["cache_hits"]


# -- limits: size cap and time limit, on a server with small limits --------------------


@pytest.fixture(scope="module")
def limited_server(seed_store_path: Path) -> Iterator[LiveServer]:
    server = start_server(
        seed_store_path,
        # No answer cache: every request here must reach a worker.
        env={"BNKG_QUERY_TIMEOUT": "1", "BNKG_MAX_RESULTS": "50", "BNKG_QUERY_WORKERS": "2", "BNKG_QUERY_CACHE_MB": "0"},
    )
    yield server
    stop_server(server)


def test_result_cap_gives_a_clear_error(limited_server: LiveServer) -> None:
    with httpx.Client(base_url=limited_server.url, timeout=30) as c:
        too_many = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        few = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 50"})
    assert too_many.status_code == 413
    assert "more than 50 rows" in too_many.json()["detail"]
    assert few.status_code == 200 and len(few.json()["results"]["bindings"]) == 50


def test_runaway_query_is_stopped_while_others_get_answers(limited_server: LiveServer) -> None:
    results: dict[str, httpx.Response] = {}
    started = threading.Event()

    def runaway() -> None:
        with httpx.Client(base_url=limited_server.url, timeout=60) as c:
            started.set()
            results["runaway"] = c.get("/sparql", params={"query": RUNAWAY})

    def simple() -> None:
        started.wait()
        with httpx.Client(base_url=limited_server.url, timeout=60) as c:
            results["simple"] = c.get("/sparql", params={"query": PREFIX + "ASK { ?p a bn:Person }"})

    threads = [threading.Thread(target=runaway), threading.Thread(target=simple)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert results["runaway"].status_code == 503
    problem = results["runaway"].json()
    assert problem["title"] == "QueryTimeout"
    assert "exceeded the 1 s limit" in problem["detail"]
    assert results["simple"].status_code == 200
    assert results["simple"].json()["boolean"] is True
    # The stopped worker was replaced: the server still answers afterwards.
    with httpx.Client(base_url=limited_server.url, timeout=60) as c:
        for _ in range(4):
            after = c.get("/sparql", params={"query": PEOPLE})
            assert after.status_code == 200 and "Joe Biden" in names_from_json(after)


# -- a store that keeps the merge of its graphs in the default graph ---------------------


def test_a_merged_default_graph_is_used_as_a_set(tmp_path: Path) -> None:
    """pyoxigraph's union flag repeats a triple once per graph; a merged default graph does not."""
    import gc

    import pyoxigraph as ox

    from kg.store import GraphStore

    a, label = ox.NamedNode("https://example.org/a"), ox.NamedNode(str(rdflib.RDFS.label))
    store = GraphStore.open(tmp_path / "store")
    for g in ("https://example.org/doc/1", "https://example.org/doc/2"):
        store.raw.add(ox.Quad(a, label, ox.Literal("A"), ox.NamedNode(g)))
    store.raw.add(ox.Quad(a, label, ox.Literal("A")))  # the merge, in the default graph
    store.close()
    del store
    gc.collect()
    server = start_server(tmp_path / "store")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            merged = c.get("/sparql", params={"query": "SELECT ?l WHERE { <https://example.org/a> ?p ?l }"})
            per_graph = c.get("/sparql", params={"query": "SELECT ?g WHERE { GRAPH ?g { <https://example.org/a> ?p ?l } }"})
    finally:
        stop_server(server)
    assert [b["l"]["value"] for b in merged.json()["results"]["bindings"]] == ["A"]
    assert len(per_graph.json()["results"]["bindings"]) == 2
