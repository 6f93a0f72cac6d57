"""kg.validate: SHACL shapes and the offset check on real on-disk stores."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import iris
from kg.model import Document, Entity, Extraction, Relation, Span, Statement
from kg.rdf import BN, RDFS, XSD, to_quads
from kg.store import GraphStore
from kg.validate import ValidationReport, check_offsets, validate_store

BASE = "https://w3id.org/bnkg/id/"
TEXT = ('"We must renegotiate the agreement," said Justin Trudeau of Canada. '
        "Canada and the United States signed the Safe Third Country Agreement in 2002.")
DOC = ox.NamedNode(iris.document_iri(BASE, "v1"))


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), phrase)


def extraction(speaker: str = "justin-trudeau") -> Extraction:
    doc = Document(id="v1", text=TEXT, title="Validation sample", sha256="0f" * 32, date="2023-03-24")
    ents = [
        Entity("justin-trudeau", "Person", "Justin Trudeau", {"Trudeau"}, [span("Justin Trudeau")]),
        Entity("canada", "Country", "Canada", set(), [span("Canada")]),
        Entity("united-states", "Country", "United States", set(), [span("United States")]),
        Entity("safe-third-country-agreement", "Agreement", "Safe Third Country Agreement", set(),
               [span("Safe Third Country Agreement")]),
    ]
    sentence2 = span("Canada and the United States signed the Safe Third Country Agreement in 2002.")
    return Extraction(
        document=doc,
        entities={e.key: e for e in ents},
        relations=[
            Relation("justin-trudeau", "represents", span('"We must renegotiate the agreement," said Justin Trudeau of Canada.'),
                     object="canada"),
            Relation("canada", "partyTo", sentence2, object="safe-third-country-agreement"),
            Relation("united-states", "partyTo", sentence2, object="safe-third-country-agreement"),
            Relation("safe-third-country-agreement", "dateSigned", sentence2, literal="2002"),
        ],
        statements=[Statement(speaker, "We must renegotiate the agreement", "direct",
                              span("We must renegotiate the agreement"),
                              span('"We must renegotiate the agreement," said Justin Trudeau of Canada.'),
                              about=["safe-third-country-agreement"], stated_on="2023-03-24")],
    )


def store_with(tmp_path: Path, quads: list[ox.Quad]) -> GraphStore:
    gs = GraphStore.open(tmp_path / "store")
    gs.replace_graph(DOC.value, quads)
    gs.load_ontology()  # the ontology graph must not disturb validation
    return gs


def paths(report: ValidationReport) -> set[str]:
    return {v.path for v in report.violations}


def test_good_extraction_conforms(tmp_path: Path) -> None:
    gs = store_with(tmp_path, to_quads(extraction(), BASE))
    report = validate_store(gs, offsets=True)
    assert report.violations == []
    assert report.conforms is True
    assert "conforms" in report.summary()


def test_statement_without_speaker_is_a_violation(tmp_path: Path) -> None:
    # An unknown speaker key makes kg.rdf drop the bn:speaker triple.
    gs = store_with(tmp_path, to_quads(extraction(speaker="nobody"), BASE))
    report = validate_store(gs)
    assert not report.conforms
    bad = [v for v in report.violations if v.path == BN.speaker.value]
    assert len(bad) == 1
    assert bad[0].focus == iris.statement_iri(BASE, "v1", 1)
    assert "speaker" in bad[0].message


def test_entity_with_two_labels_is_a_violation(tmp_path: Path) -> None:
    person = ox.NamedNode(iris.entity_iri(BASE, "Person", "justin-trudeau"))
    quads = to_quads(extraction(), BASE) + [ox.Quad(person, RDFS.label, ox.Literal("Trudeau"), DOC)]
    report = validate_store(store_with(tmp_path, quads))
    assert not report.conforms
    assert [(v.focus, v.path) for v in report.violations] == [(person.value, RDFS.label.value)]


def test_mention_with_wrong_exact_text_is_a_violation(tmp_path: Path) -> None:
    ex = extraction()
    good = ex.entities["canada"].mentions[0]
    ex.entities["canada"].mentions = [Span(good.start, good.end, "Canadá")]
    gs = store_with(tmp_path, to_quads(ex, BASE))
    bad = check_offsets(gs)
    assert [(v.focus, v.path) for v in bad] == [
        (iris.mention_iri(BASE, "v1", good.start, good.end), BN.exact.value)
    ]
    assert "Canadá" in bad[0].message
    report = validate_store(gs, offsets=True)
    assert not report.conforms and "Offset check" in report.text
    # SHACL alone (the default) cannot see the mismatch.
    assert validate_store(gs).conforms


def test_offsets_beyond_the_text_and_reversed_offsets(tmp_path: Path) -> None:
    m = ox.NamedNode(BASE + "mention/v1/broken")
    extra = [
        ox.Quad(m, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), BN.Mention, DOC),
        ox.Quad(m, BN.document, DOC, DOC),
        ox.Quad(m, BN.start, ox.Literal("900", datatype=XSD.integer), DOC),
        ox.Quad(m, BN.end, ox.Literal("10", datatype=XSD.integer), DOC),
        ox.Quad(m, BN.exact, ox.Literal("x"), DOC),
    ]
    gs = store_with(tmp_path, to_quads(extraction(), BASE) + extra)
    assert [v.focus for v in check_offsets(gs)] == [m.value]
    report = validate_store(gs, offsets=False)
    # SHACL's sh:lessThanOrEquals catches start > end.
    assert (m.value, BN.start.value) in {(v.focus, v.path) for v in report.violations}


@pytest.mark.parametrize(
    ("predicate", "value", "expected_path"),
    [
        (BN.dateSigned, ox.Literal("sometime"), BN.dateSigned),
        (BN.partyTo, ox.NamedNode(BASE + "person/justin-trudeau"), BN.partyTo),
    ],
)
def test_value_types_of_relations(tmp_path: Path, predicate: ox.NamedNode, value: ox.Term,
                                  expected_path: ox.NamedNode) -> None:
    subject = ox.NamedNode(iris.entity_iri(BASE, "Agreement", "safe-third-country-agreement"))
    if predicate == BN.partyTo:
        subject = ox.NamedNode(iris.entity_iri(BASE, "Country", "canada"))
    quads = to_quads(extraction(), BASE) + [ox.Quad(subject, predicate, value, DOC)]
    report = validate_store(store_with(tmp_path, quads))
    assert expected_path.value in paths(report)


def test_seed_graph_conforms(seed_store: GraphStore) -> None:
    """The graph the real pipeline builds from seeds/ satisfies the shapes and offsets."""
    mentions = seed_store.select(
        "SELECT (COUNT(?m) AS ?n) WHERE { ?m a <https://w3id.org/bnkg/ontology#Mention> }")
    assert int(mentions[0]["n"].value) > 10
    report = validate_store(seed_store, offsets=True)
    assert report.conforms, report.summary()
