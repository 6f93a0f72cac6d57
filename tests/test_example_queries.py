"""Every example query in ontology/queries answers its question on the seed graph."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest

from kg.queries import list_queries
from kg.store import GraphStore
from tests.conftest import BNKG

EXAMPLES = list_queries()
BY_NAME = {q.name: q for q in EXAMPLES}


def rows(store: GraphStore, name: str) -> list[dict[str, str]]:
    """The example's rows, each a dict of variable -> lexical value."""
    return [{k: v.value for k, v in r.items()} for r in store.select(BY_NAME[name].text)]


def test_there_are_at_least_twelve_competency_questions() -> None:
    assert len(EXAMPLES) >= 12
    assert len({q.title for q in EXAMPLES}) == len(EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda q: q.name)
def test_each_example_has_a_header_and_answers_on_the_seed(seed_store: GraphStore, example) -> None:
    assert example.title != example.name and len(example.title) > 10
    assert example.question.endswith("?")
    result = seed_store.select(example.text)
    assert result, f"{example.name} returned no rows on the seed graph"


def test_trudeau_spoke_about_the_safe_third_country_agreement_to_reporters(seed_store: GraphStore) -> None:
    found = [r for r in rows(seed_store, "agreement_statements") if r["speakerName"] == "Justin Trudeau"]
    assert found
    row = found[0]
    assert row["agreementName"] == "Safe Third Country Agreement"
    assert row["toWhom"].lower() == "reporters"
    assert row["side"] == "Canada"
    assert row["when"].startswith("2023")  # "last month", resolved against the article date
    assert "renegotiate the Safe Third Country Agreement" in row["quote"]


def test_roxham_road_connects_a_place_on_each_side(seed_store: GraphStore) -> None:
    found = {(r["placeName"], r.get("country")) for r in rows(seed_store, "crossing_connections") if r["crossingName"] == "Roxham Road"}
    assert ("Champlain", "United States") in found
    assert ("Hemmingford", "Canada") in found


def test_fraser_and_mayorkas_met_across_sides(seed_store: GraphStore) -> None:
    pairs = [
        ({r["personA"], r["personB"]}, {r.get("sideA"), r.get("sideB")})
        for r in rows(seed_store, "officials_who_met")
    ]
    assert ({"Sean Fraser", "Alejandro Mayorkas"}, {"Canada", "United States"}) in pairs


def test_offices_are_named_and_placed(seed_store: GraphStore) -> None:
    offices = {r["name"]: r for r in rows(seed_store, "offices_held")}
    assert "Prime Minister" in offices["Justin Trudeau"]["office"]
    assert offices["Justin Trudeau"]["officeIn"] == "Canada"
    assert "President" in offices["Joe Biden"]["office"]


def test_both_countries_are_party_to_the_agreement_signed_in_2002(seed_store: GraphStore) -> None:
    (row,) = [r for r in rows(seed_store, "agreement_parties") if r["agreementName"] == "Safe Third Country Agreement"]
    assert set(row["parties"].split(", ")) >= {"Canada", "United States"}
    assert row["signed"] == "2002"


def test_an_unnamed_canadian_official_spoke_to_cnn(seed_store: GraphStore) -> None:
    found = [r for r in rows(seed_store, "unnamed_speakers") if r["speakerName"] == "Canadian official"]
    assert found and found[0]["represents"] == "Canada"
    assert found[0].get("toWhom") == "CNN"
    media = {(r["speakerName"], r.get("toWhom")) for r in rows(seed_store, "statements_to_media")}
    assert ("Canadian official", "CNN") in media


def test_evidence_offsets_point_at_the_quoted_words(seed_store: GraphStore) -> None:
    (doc,) = seed_store.select(
        "PREFIX bn: <https://w3id.org/bnkg/ontology#> SELECT ?text WHERE { ?d a bn:Document ; bn:text ?text }"
    )
    text = doc["text"].value
    evidence = rows(seed_store, "relation_evidence")
    assert {"represents", "holdsPosition", "connects", "partyTo"} <= {r["predicate"] for r in evidence}
    for r in evidence:
        assert text[int(r["start"]) : int(r["end"])] == r["exact"]


def test_agencies_belong_to_their_country(seed_store: GraphStore) -> None:
    agencies = {r["agencyName"]: r.get("belongsTo", "") for r in rows(seed_store, "agencies_and_countries")}
    assert "United States" in agencies["US Border Patrol"]


def test_counts_are_consistent(seed_store: GraphStore) -> None:
    mentions = {r["actorName"]: int(r["mentions"]) for r in rows(seed_store, "mentions_per_actor")}
    assert mentions["Justin Trudeau"] >= 2 and mentions["Canada"] >= 2
    over_time = rows(seed_store, "statements_over_time")
    assert any(r["speakerName"] == "Justin Trudeau" and int(r["statements"]) >= 1 for r in over_time)
    (doc,) = rows(seed_store, "documents_overview")
    assert int(doc["statements"]) == sum(int(r["statements"]) for r in over_time)
    sides = rows(seed_store, "actors_in_both_sides_statements")
    assert all(int(r["sides"]) == len(r["bySides"].split(", ")) for r in sides)


def test_people_are_grouped_by_side(seed_store: GraphStore) -> None:
    by_side = {(r["sideName"], r["personName"]) for r in rows(seed_store, "people_by_side")}
    assert ("Canada", "Justin Trudeau") in by_side and ("United States", "Joe Biden") in by_side


def test_bnkg_query_runs_an_example_by_name(seed_store_path: Path) -> None:
    out = subprocess.run(
        [BNKG, "query", "--name", "agreement_parties", "--format", "csv", "--store", str(seed_store_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["agreementName"] == "Safe Third Country Agreement"


# -- the fast forms answer what the plain forms answer ---------------------------------------
# The examples are written for speed on large graphs (sub-selects hash-joined, dates picked
# before names); these plain formulations of the same questions are the reference on the seed.
PLAIN_STATEMENTS_PER_MONTH = """PREFIX bn: <https://w3id.org/bnkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?speakerName ?month (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement a bn:Statement ; bn:speaker ?speaker .
  ?speaker rdfs:label ?speakerName .
  OPTIONAL { ?statement bn:statedOn ?statedOn }
  OPTIONAL { ?statement bn:mentionedIn/dcterms:date ?published }
  BIND(COALESCE(SUBSTR(STR(COALESCE(?statedOn, ?published)), 1, 7), "undated") AS ?month)
} GROUP BY ?speakerName ?month"""

PLAIN_DOCUMENT_COUNTS = """PREFIX bn: <https://w3id.org/bnkg/ontology#>
SELECT ?document (COUNT(DISTINCT ?actor) AS ?actors) (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?document a bn:Document .
  { ?actor a bn:Actor ; bn:mentionedIn ?document } UNION { ?statement a bn:Statement ; bn:mentionedIn ?document }
} GROUP BY ?document"""

PLAIN_ACTOR_SIDES = """PREFIX bn: <https://w3id.org/bnkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actorName (COUNT(DISTINCT ?side) AS ?sides) (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement bn:speaker ?speaker .
  ?speaker bn:represents ?rep .
  { ?rep a bn:Country . BIND(?rep AS ?side) } UNION { ?rep (bn:partOf|bn:locatedIn)+ ?side . ?side a bn:Country . }
  { ?statement bn:about ?actor } UNION { ?statement bn:addressee ?actor }
  ?actor a bn:Actor ; rdfs:label ?actorName .
} GROUP BY ?actor ?actorName"""

PLAIN_MENTIONS = """PREFIX bn: <https://w3id.org/bnkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actorName (COUNT(DISTINCT ?mention) AS ?mentions) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?actor a bn:Actor ; rdfs:label ?actorName ; bn:evidence ?mention ; bn:mentionedIn ?doc .
} GROUP BY ?actor ?actorName"""


def plain(store: GraphStore, text: str, *names: str) -> set[tuple[str, ...]]:
    return {tuple(r[n].value for n in names) for r in store.select(text)}


def test_statements_per_month_match_the_plain_form(seed_store: GraphStore) -> None:
    """A statement's own date wins; one without is dated by its document (both cases in the seed)."""
    names = ("speakerName", "month", "statements")
    fast = {tuple(r[n] for n in names) for r in rows(seed_store, "statements_over_time")}
    assert fast == plain(seed_store, PLAIN_STATEMENTS_PER_MONTH, *names)
    dated = {r["speakerName"]: r["when"] for r in rows(seed_store, "agreement_statements")}
    over_time = {(r["speakerName"], r["month"]) for r in rows(seed_store, "statements_over_time")}
    assert dated and all((who, when[:7]) in over_time for who, when in dated.items())


def test_document_counts_match_the_plain_form(seed_store: GraphStore) -> None:
    names = ("document", "actors", "statements")
    fast = {tuple(r[n] for n in names) for r in rows(seed_store, "documents_overview")}
    assert fast == plain(seed_store, PLAIN_DOCUMENT_COUNTS, *names)


def test_actor_sides_match_the_plain_form(seed_store: GraphStore) -> None:
    names = ("actorName", "sides", "statements")
    fast = {tuple(r[n] for n in names) for r in rows(seed_store, "actors_in_both_sides_statements")}
    assert fast and fast == plain(seed_store, PLAIN_ACTOR_SIDES, *names)


def test_mention_counts_match_the_plain_form_and_name_the_most_specific_class(seed_store: GraphStore) -> None:
    names = ("actorName", "mentions", "documents")
    found = rows(seed_store, "mentions_per_actor")
    assert {tuple(r[n] for n in names) for r in found} <= plain(seed_store, PLAIN_MENTIONS, *names)
    types = {r["actorName"]: r["type"] for r in found}
    assert types["Justin Trudeau"] == "Person" and types["Canada"] == "Country"
    assert types["US Border Patrol"] == "GovernmentAgency"


def test_meetings_list_participants_with_their_sides(seed_store: GraphStore) -> None:
    (row,) = [r for r in rows(seed_store, "meetings") if "Fraser" in r["meetingName"]]
    participants = set(row["participants"].split(", "))
    assert {"Sean Fraser (Canada)", "Alejandro Mayorkas (United States)"} <= participants
    assert "Safe Third Country Agreement" in row["about"]
    assert "Fraser" in row["evidence"] and "Mayorkas" in row["evidence"]


def test_one_row_per_person_and_per_pair(seed_store: GraphStore) -> None:
    names = [r["name"] for r in rows(seed_store, "offices_held")]
    assert len(names) == len(set(names))
    pairs = [frozenset((r["personA"], r["personB"])) for r in rows(seed_store, "officials_who_met")]
    assert len(pairs) == len(set(pairs))
    by_side = {(r["sideName"], r["personName"]): r.get("offices", "") for r in rows(seed_store, "people_by_side")}
    assert "Prime Minister" in by_side[("Canada", "Justin Trudeau")]


def test_statements_to_the_press_and_through_public_media(seed_store: GraphStore) -> None:
    media = {(r["speakerName"], r.get("toWhom"), r.get("medium")) for r in rows(seed_store, "statements_to_media")}
    assert ("Justin Trudeau", "reporters", None) in media  # addressed to the press
    assert any(who == "Sean Fraser" and medium == "tweet" for who, _, medium in media)  # a public medium


def test_relation_evidence_is_dated_by_its_document(seed_store: GraphStore) -> None:
    (doc,) = rows(seed_store, "documents_overview")
    evidence = rows(seed_store, "relation_evidence")
    assert evidence and {r["date"] for r in evidence} == {doc["date"]}
    assert {r["document"] for r in evidence} == {doc["title"]}


# -- shapes the seed lacks: an office without a place, an actor in two documents ---------------
def _two_documents(path: Path) -> GraphStore:
    """A tiny store of two documents built through kg.rdf, the way ``bnkg build`` writes them."""
    from kg.model import Document, Entity, Extraction, Relation, Span, Statement
    from kg.rdf import to_quads
    from kg.settings import DEFAULT_BASE

    def doc(n: int, text: str, date: str, relations: list, statements: list) -> Extraction:
        ana = Entity("ana-example", "Person", "Ana Example", mentions=[Span(0, 11, "Ana Example")])
        entities = {"ana-example": ana}
        for key, kind, label in [("freedonia", "Country", "Freedonia"), ("trade-minister", "Position", "Minister of Trade"),
                                 ("envoy", "Position", "Special Envoy")]:
            start = text.find(label)
            if start >= 0:
                entities[key] = Entity(key, kind, label, mentions=[Span(start, start + len(label), label)])
        document = Document(id=f"d{n}", text=text, title=f"Report {n}", sha256=str(n), date=date)
        return Extraction(document, entities, relations, statements)

    text1 = "Ana Example, Minister of Trade of Freedonia and Special Envoy, spoke."
    ev1 = Span(0, len(text1), text1)
    first = doc(1, text1, "2024-01-10", [
        Relation("ana-example", "holdsPosition", ev1, object="trade-minister"),
        Relation("trade-minister", "positionIn", ev1, object="freedonia"),
        Relation("ana-example", "holdsPosition", ev1, object="envoy"),  # an office without a place
        Relation("ana-example", "represents", ev1, object="freedonia"),
    ], [])
    text2 = "Ana Example said “trade is up” on Monday."
    ev2 = Span(0, len(text2), text2)
    second = doc(2, text2, "2024-02-05", [], [Statement("ana-example", "trade is up", "direct", Span(17, 28, "trade is up"), ev2)])
    store = GraphStore.open(path)
    for ex in (first, second):
        quads = to_quads(ex, DEFAULT_BASE)
        store.replace_graph(quads[0].graph_name.value, quads)
    return store


def test_examples_on_an_office_without_a_place_and_an_actor_in_two_documents(tmp_path: Path) -> None:
    store = _two_documents(tmp_path / "store")
    (ana,) = [r for r in rows(store, "offices_held") if r["name"] == "Ana Example"]
    assert set(ana["office"].split("; ")) == {"Minister of Trade", "Special Envoy"}
    assert ana["officeIn"] == "Freedonia"  # not hidden by the office that has no place
    assert ana["side"] == "Freedonia"
    counts = {r["actorName"]: (int(r["mentions"]), int(r["documents"])) for r in rows(store, "mentions_per_actor")}
    assert counts["Ana Example"] == (2, 2)
    assert [(r["sideName"], r["personName"]) for r in rows(store, "people_by_side")] == [("Freedonia", "Ana Example")]
    # The statement has no date of its own: its document's month.
    assert {(r["speakerName"], r["month"]) for r in rows(store, "statements_over_time")} == {("Ana Example", "2024-02")}


def readme_queries() -> list[str]:
    """The README's SPARQL blocks, each with the README's prefix block in front (as a reader pastes them)."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Example SPARQL queries", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```sparql\n")[1:]]
    prefixes, queries = blocks[0], blocks[1:]
    assert all(line.startswith("PREFIX ") for line in prefixes.strip().splitlines())
    return [prefixes + q for q in queries]


@pytest.mark.parametrize("query", readme_queries(), ids=lambda q: q.split("SELECT", 1)[1].split("WHERE")[0].strip())
def test_each_readme_query_runs_as_printed_and_answers_on_the_seed(seed_store: GraphStore, query: str) -> None:
    assert seed_store.select(query), "a README example returned no rows on the seed graph"
