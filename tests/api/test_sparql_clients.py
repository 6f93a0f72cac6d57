"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) against the live endpoint."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, RDFXML, TURTLE, XML, SPARQLWrapper

from tests.conftest import LiveServer

PREFIX = (
    "PREFIX bn: <https://w3id.org/bnkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
PEOPLE = PREFIX + "SELECT ?p ?name WHERE { ?p a bn:Person ; rdfs:label ?name } ORDER BY ?name"
PEOPLE_GRAPH = PREFIX + "CONSTRUCT { ?p a bn:Person ; rdfs:label ?name } WHERE { ?p a bn:Person ; rdfs:label ?name }"
BN = rdflib.Namespace("https://w3id.org/bnkg/ontology#")


def wrapper(server: LiveServer, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    sw = SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(method)
    return sw


@pytest.mark.parametrize("method", [None, POST], ids=["get", "post"])
def test_sparqlwrapper_json(live_server: LiveServer, method: str | None) -> None:
    result = wrapper(live_server, PEOPLE, JSON, method).queryAndConvert()
    names = {b["name"]["value"] for b in result["results"]["bindings"]}
    assert {"Justin Trudeau", "Joe Biden"} <= names


def test_sparqlwrapper_xml(live_server: LiveServer) -> None:
    doc = wrapper(live_server, PEOPLE, XML).queryAndConvert()  # an xml.dom.minidom Document
    literals = {n.firstChild.data for n in doc.getElementsByTagName("literal")}
    assert "Justin Trudeau" in literals


def test_sparqlwrapper_csv(live_server: LiveServer) -> None:
    raw = wrapper(live_server, PEOPLE, CSV).queryAndConvert()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert "Joe Biden" in {r["name"] for r in rows}


def test_sparqlwrapper_ask(live_server: LiveServer) -> None:
    result = wrapper(live_server, PREFIX + "ASK { ?p a bn:Person }", JSON).queryAndConvert()
    assert result["boolean"] is True


def test_sparqlwrapper_construct_turtle(live_server: LiveServer) -> None:
    raw = wrapper(live_server, PEOPLE_GRAPH, TURTLE).queryAndConvert()
    g = rdflib.Graph().parse(data=raw, format="turtle")
    people = set(g.subjects(rdflib.RDF.type, BN.Person))
    assert len(people) >= 2
    assert {"Justin Trudeau", "Joe Biden"} <= {str(g.value(p, rdflib.RDFS.label)) for p in people}


def test_sparqlwrapper_construct_rdfxml_converts_to_a_graph(live_server: LiveServer) -> None:
    g = wrapper(live_server, PEOPLE_GRAPH, RDFXML).queryAndConvert()
    assert isinstance(g, rdflib.Graph)
    assert "Justin Trudeau" in {str(o) for o in g.objects(None, rdflib.RDFS.label)}


def test_sparqlwrapper_malformed_query_raises_with_the_parser_message(live_server: LiveServer) -> None:
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed) as err:
        wrapper(live_server, "SELECT ?x WHERE { ?x ", JSON).queryAndConvert()
    assert "malformed SPARQL query" in str(err.value)


def test_rdflib_sparqlstore_select(live_server: LiveServer) -> None:
    store = SPARQLStore(live_server.url + "/sparql", returnFormat="xml")
    graph = rdflib.Graph(store=store)
    rows = list(graph.query(PEOPLE))
    names = {str(r.name) for r in rows}
    assert {"Justin Trudeau", "Joe Biden"} <= names
    assert all(isinstance(r.p, rdflib.URIRef) for r in rows)


def test_rdflib_sparqlstore_json_and_triples(live_server: LiveServer) -> None:
    store = SPARQLStore(live_server.url + "/sparql", returnFormat="json", method="POST")
    graph = rdflib.Graph(store=store)
    people = set(graph.subjects(rdflib.RDF.type, BN.Person))  # rdflib builds the query itself
    assert len(people) >= 2
    assert store.query(PREFIX + "ASK { ?p a bn:Person }").askAnswer is True


# -- a browser: the workbench page, driven by Playwright in Debian's Chromium ----------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_workbench_runs_an_example_query_in_a_browser(live_server: LiveServer) -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} not found (CI is set: browser tests must run)")
        pytest.skip(f"{CHROMIUM} not found; `apt-get install chromium` to run the browser test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            hosts: set[str] = set()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("request", lambda r: hosts.add(r.url.split("/")[2]) if r.url.startswith("http") else None)
            page.goto(live_server.url + "/sparql", wait_until="networkidle")
            assert page.locator(".CodeMirror").count() == 1  # YASGUI's editor is up
            page.select_option("#examples", "agreement_statements")
            editor_text = page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
            assert "bn:Agreement" in editor_text
            page.click(".yasqe_queryButton")
            page.wait_for_selector("text=Justin Trudeau", timeout=30_000)  # YASR shows the answer
            assert errors == []
            assert hosts == {live_server.url.removeprefix("http://")}  # nothing from another host
        finally:
            browser.close()
