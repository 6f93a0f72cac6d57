"""ontology/bnkg.ttl and ontology/shapes.ttl: parse, declare the SPEC's terms, align, agree with kg.rdf."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg import ontology
from kg.model import ENTITY_TYPES, Document, Entity, Event, Extraction, Relation, RelationPredicate, Span, Statement
from kg.rdf import bn_terms, to_quads
from kg.settings import ONTOLOGY_NS
from kg.store import GraphStore

BN = rdflib.Namespace(ONTOLOGY_NS)
ROOT = Path(__file__).resolve().parents[1]
TTL = ROOT / "ontology" / "bnkg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

# The ontology core of SPEC.md, copied here on purpose: the contract must not drift.
SPEC_CLASSES = [
    "Person", "Organization", "GovernmentAgency", "MediaOrganization", "Place", "Country",
    "Agreement", "Position", "Event", "Meeting", "Statement", "Document", "Mention",
]
SPEC_PROPERTIES = [
    "represents", "holdsPosition", "positionIn", "partOf", "partyTo", "negotiates", "metWith",
    "locatedIn", "connects", "dateSigned", "speaker", "quote", "addressee", "medium", "about",
    "statedOn", "participant", "mentionedIn", "evidence", "document", "start", "end", "exact",
]
# Terms CONTEXT.md adds to the contract.
CONTEXT_TERMS = ["kind", "quoteEvidence", "RelationAssertion", "text", "sha256", "date"]
SPEC_SUBCLASSES = [("GovernmentAgency", "Organization"), ("MediaOrganization", "Organization"),
                   ("Country", "Place"), ("Meeting", "Event")]
EXTERNAL = ("http://xmlns.com/foaf/0.1/", "https://schema.org/", "http://www.w3.org/ns/org#",
            "http://www.w3.org/ns/prov#", "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "http://www.w3.org/ns/oa#", "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#")


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(TTL, format="turtle")


def declared(g: rdflib.Graph) -> set[str]:
    """Local names of every bn: subject typed as a class or property."""
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    return {str(s)[len(ONTOLOGY_NS):] for s, _, o in g.triples((None, RDF.type, None))
            if o in kinds and str(s).startswith(ONTOLOGY_NS)}


def test_parses_with_rdflib_and_pyoxigraph(graph: rdflib.Graph) -> None:
    assert (rdflib.URIRef("https://w3id.org/bnkg/ontology"), RDF.type, OWL.Ontology) in graph
    triples = list(ox.parse(path=str(TTL), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(graph)
    rdflib.Graph().parse(SHAPES, format="turtle")
    list(ox.parse(path=str(SHAPES), format=ox.RdfFormat.TURTLE))


@pytest.mark.parametrize("term", SPEC_CLASSES + SPEC_PROPERTIES + CONTEXT_TERMS)
def test_contract_term_is_declared_with_label_and_comment(graph: rdflib.Graph, term: str) -> None:
    node = BN[term]
    kind = graph.value(node, RDF.type)
    assert kind is not None, f"bn:{term} is not declared"
    assert (node, RDF.type, OWL.Class if term[0].isupper() else kind) in graph
    assert graph.value(node, RDFS.label), f"bn:{term} has no rdfs:label"
    assert graph.value(node, RDFS.comment), f"bn:{term} has no rdfs:comment"


@pytest.mark.parametrize(("sub", "sup"), SPEC_SUBCLASSES)
def test_spec_subclasses(graph: rdflib.Graph, sub: str, sup: str) -> None:
    assert (BN[sub], RDFS.subClassOf, BN[sup]) in graph
    assert sup in ontology.superclasses(sub)


def test_every_term_is_aligned_with_an_external_vocabulary(graph: rdflib.Graph) -> None:
    unaligned = []
    for term in ontology.CLASSES + ontology.PROPERTIES:
        parents = [str(o) for o in graph.objects(BN[term], RDFS.subClassOf)] + \
                  [str(o) for o in graph.objects(BN[term], RDFS.subPropertyOf)]
        if not any(p.startswith(EXTERNAL) for p in parents):
            unaligned.append(term)
    assert unaligned == []


def test_properties_have_domain_or_range_and_labels(graph: rdflib.Graph) -> None:
    for term in ontology.PROPERTIES:
        assert graph.value(BN[term], RDFS.range) is not None, term
        assert graph.value(BN[term], RDFS.label) and graph.value(BN[term], RDFS.comment), term
    for term in ontology.CLASSES:
        assert graph.value(BN[term], RDFS.label) and graph.value(BN[term], RDFS.comment), term


def test_specific_alignments(graph: rdflib.Graph) -> None:
    foaf, oa, org = (rdflib.Namespace(n) for n in ("http://xmlns.com/foaf/0.1/",
                                                   "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/org#"))
    assert (BN.Person, RDFS.subClassOf, foaf.Person) in graph
    assert (BN.Organization, RDFS.subClassOf, foaf.Organization) in graph
    assert (BN.Position, RDFS.subClassOf, org.Post) in graph
    assert (BN.holdsPosition, RDFS.subPropertyOf, org.holds) in graph
    assert (BN.exact, RDFS.subPropertyOf, oa.exact) in graph
    assert (BN.start, RDFS.subPropertyOf, oa.start) in graph
    assert (BN.end, RDFS.subPropertyOf, oa.end) in graph
    assert (BN.metWith, RDF.type, OWL.SymmetricProperty) in graph
    assert "metWith" in ontology.SYMMETRIC_PROPERTIES


def test_python_view_matches_the_file(graph: rdflib.Graph) -> None:
    classes = {str(s)[len(ONTOLOGY_NS):] for s in graph.subjects(RDF.type, OWL.Class)
               if str(s).startswith(ONTOLOGY_NS)}
    assert set(ontology.CLASSES) == classes
    assert ontology.class_label("GovernmentAgency") == "Government agency"
    assert ontology.property_label("holdsPosition") == "holds position"
    assert ontology.class_label("NoSuchClass") == "NoSuchClass"
    assert ontology.most_specific(["Place", "Country", "Actor"]) == "Country"
    assert ontology.most_specific(["Person", "Actor"]) == "Person"
    assert ontology.most_specific(["Mystery"]) is None
    assert ontology.iri_category_type("Province") == "Place"
    assert ontology.color("Province") == ontology.color("AdministrativeArea")


def test_legend_comes_from_the_ontology(graph: rdflib.Graph) -> None:
    legend = ontology.legend()
    names = [c for c, _, _ in legend]
    assert names[:3] == ["Person", "Organization", "GovernmentAgency"]
    assert {"Person", "Organization", "Country", "Agreement", "Position", "Statement", "Event"} <= set(names)
    for cls, label, color in legend:
        assert re.fullmatch(r"#[0-9a-f]{6}", color), (cls, color)
        assert str(graph.value(BN[cls], BN.legendColor)) == color
        assert label == str(graph.value(BN[cls], RDFS.label))
    assert len({c for _, _, c in legend}) == len(legend), "two classes share a colour"


def test_model_vocabulary_is_declared() -> None:
    assert set(ENTITY_TYPES) <= set(ontology.CLASSES)
    assert set(RelationPredicate.__args__) <= set(ontology.PROPERTIES)


def _exhaustive_extraction() -> Extraction:
    """One entity of every model type and one relation of every predicate."""
    text = "abcdefghij" * 5
    sp = Span(0, 4, "abcd")
    doc = Document(id="all", text=text, title="All terms", sha256="0" * 64, date="2020")
    ents = {t.lower(): Entity(t.lower(), t, t, {t + "s"}, [sp]) for t in ENTITY_TYPES}
    keys = list(ents)
    rels = [Relation(keys[0], p, sp, literal="2001") if p == "dateSigned"
            else Relation(keys[0], p, sp, object=keys[1]) for p in RelationPredicate.__args__]
    st = Statement(keys[0], "abcd", "direct", sp, sp, addressee=keys[1], medium="tweet",
                   about=[keys[2]], stated_on="2020-01")
    ev = Event("e", "Meeting", "a meeting", sp, participants=keys[:2], about=[keys[2]], date="2020-01-02")
    return Extraction(doc, ents, rels, [st], [ev])


def test_rdf_output_uses_only_declared_terms(graph: rdflib.Graph) -> None:
    used = bn_terms(to_quads(_exhaustive_extraction(), "https://w3id.org/bnkg/id/"))
    assert {"Statement", "Meeting", "RelationAssertion", "quoteEvidence", "text"} <= used
    assert used - declared(graph) == set()


def test_rdf_source_uses_only_declared_terms(graph: rdflib.Graph) -> None:
    source = (ROOT / "kg" / "rdf.py").read_text()
    used = set(re.findall(r"\bBN\.([A-Za-z]\w*)", source)) | set(re.findall(r'\bBN\["([A-Za-z]\w*)"\]', source))
    used.discard("iri")  # the Namespace object's own attribute, not a term
    assert used and used - declared(graph) == set()


def test_shapes_use_only_declared_terms(graph: rdflib.Graph) -> None:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    used = {str(t)[len(ONTOLOGY_NS):] for triple in shapes for t in triple
            if isinstance(t, rdflib.URIRef) and str(t).startswith(ONTOLOGY_NS)}
    assert {"Statement", "speaker", "Mention", "start"} <= used
    assert used - declared(graph) == set()


def test_subclass_queries_work_in_the_store(tmp_path: Path) -> None:
    gs = GraphStore.open(tmp_path / "s")
    gs.load_ontology()
    rows = gs.select("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX bn: <https://w3id.org/bnkg/ontology#>
        SELECT ?c WHERE { ?c rdfs:subClassOf+ <http://xmlns.com/foaf/0.1/Organization> }""")
    assert {r["c"].value[len(ONTOLOGY_NS):] for r in rows} >= {"Organization", "GovernmentAgency", "NGO"}
    gs.close()


def test_docstring_examples_run() -> None:
    import doctest

    result = doctest.testmod(ontology)
    assert result.attempted > 0 and result.failed == 0
