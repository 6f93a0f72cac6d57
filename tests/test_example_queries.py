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
