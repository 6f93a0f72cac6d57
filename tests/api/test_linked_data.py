"""Entity IRIs resolve on the server: Turtle and JSON-LD parsed back with rdflib, HTML pages."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib
from rdflib.namespace import RDFS

from kg.iris import document_iri
from kg.model import Document, Entity, Extraction, Relation, Span
from kg.rdf import to_quads
from kg.settings import DEFAULT_BASE
from kg.store import GraphStore
from tests.conftest import LiveServer, start_server, stop_server

TRUDEAU = rdflib.URIRef(DEFAULT_BASE + "person/justin-trudeau")
CANADA = rdflib.URIRef(DEFAULT_BASE + "place/canada")
BN = rdflib.Namespace("https://w3id.org/bnkg/ontology#")


def test_turtle_is_the_concise_bounded_description(client: httpx.Client) -> None:
    r = client.get("/id/person/justin-trudeau", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (TRUDEAU, RDFS.label, rdflib.Literal("Justin Trudeau")) in g
    assert (TRUDEAU, BN.represents, CANADA) in g
    # the reification carrying the evidence comes along, with its mention's text
    assertions = set(g.subjects(rdflib.RDF.subject, TRUDEAU))
    assert assertions
    mentions = {m for a in assertions for m in g.objects(a, BN.evidence)}
    assert any("Trudeau" in str(t) for m in mentions for t in g.objects(m, BN.exact))


def test_jsonld_links_the_published_context_and_parses(client: httpx.Client, live_server: LiveServer) -> None:
    r = client.get("/id/person/justin-trudeau", headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    body = r.json()
    assert body["@context"] == live_server.url + "/context.jsonld"
    ctx = client.get("/context.jsonld").json()["@context"]
    assert ctx["bn"] == str(BN)
    g = rdflib.Graph().parse(data=r.text, format="json-ld")
    turtle = rdflib.Graph().parse(data=client.get("/id/person/justin-trudeau?format=turtle").text, format="turtle")
    assert (TRUDEAU, RDFS.label, rdflib.Literal("Justin Trudeau")) in g
    assert len(g) == len(turtle) and (TRUDEAU, BN.represents, CANADA) in g


def test_html_page_for_people(client: httpx.Client) -> None:
    r = client.get("/id/person/justin-trudeau", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<h1>Justin Trudeau</h1>" in page
    assert 'href="/id/place/canada"' in page and "/graph?actor=person%2Fjustin-trudeau" in page
    assert "Prime Minister" in page and "<blockquote>" in page
    assert client.get("/id/place/roxham-road").status_code == 200


def test_other_nodes_resolve_too(client: httpx.Client) -> None:
    doc = client.get("/api/documents").json()["items"][0]
    r = client.get("/id/" + doc["iri"][len(DEFAULT_BASE):], headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef(doc["iri"]), rdflib.RDF.type, BN.Document) in g


@pytest.mark.parametrize("path", ["/id/person/nobody", "/id/", "/id/%3Cscript%3E", "/id/a%20b", "/id/person/x?format=xml"])
def test_unknown_or_bad_ids_are_problems(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 422)
    assert r.headers["content-type"].startswith("application/problem+json")


# -- escaping: a store whose labels and quotes are hostile -------------------------------------
EVIL = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def evil_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    text = f"{EVIL} met Bob in Canada."
    doc = Document(id="evil", text=text, title=EVIL, sha256="0")
    n = len(EVIL)
    ents = {
        "evil": Entity("evil", "Person", EVIL, {"<b>bold</b>"}, [Span(0, n, EVIL)]),
        "canada": Entity("canada", "Country", "Canada", set(), [Span(text.index("Canada"), text.index("Canada") + 6, "Canada")]),
    }
    rel = Relation("evil", "represents", Span(0, len(text), text), object="canada")
    path = tmp_path_factory.mktemp("evil") / "store"
    store = GraphStore.open(path)
    store.replace_graph(document_iri(DEFAULT_BASE, "evil"), to_quads(Extraction(doc, ents, [rel]), DEFAULT_BASE))
    store.close()
    del store
    gc.collect()
    server = start_server(Path(path))
    yield server
    stop_server(server)


def test_html_escapes_labels_and_evidence(evil_server: LiveServer) -> None:
    with httpx.Client(base_url=evil_server.url) as c:
        page = c.get("/id/person/evil").text
        assert "<script>" not in page and "&lt;script&gt;" in page and "<b>bold" not in page
        canada = c.get("/id/place/canada").text
        assert "<script>" not in canada and 'href="/id/person/evil"' in canada
        marked = c.get("/api/documents/evil", params={"html": "true"}).json()["html"]
        assert "<script>" not in marked and "<mark" in marked
        found = c.get("/api/actors", params={"q": "<SCRIPT>"}).json()["items"]
        assert [a["id"] for a in found] == ["person/evil"]


def test_a_meeting_shows_once_on_a_persons_page(client: httpx.Client) -> None:
    page = client.get("/id/person/sean-fraser", headers={"Accept": "text/html"}).text
    assert page.count("met with ↔") == 1 and "← met with" not in page and "met with →" not in page
