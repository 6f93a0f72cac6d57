"""kg.rdf.to_quads on a hand-built extraction (no NLP): IRIs, literals, dates, graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import iris
from kg.model import Document, Entity, Event, Extraction, Relation, Span, Statement
from kg.rdf import BN, DCTERMS, OWL, RDF, RDFS, SKOS, XSD, date_literal, sparql_prefixes, to_quads
from kg.store import GraphStore

BASE = "https://w3id.org/bnkg/id/"
TEXT = (
    "Prime Minister Justin Trudeau met with President Joe Biden in Ottawa. "
    '"We will renegotiate the Safe Third Country Agreement," Trudeau told reporters last month. '
    "The agreement, signed in 2002, covers Roxham Road. "
    "A Canadian official told CNN the talks were going well."
)


def span(phrase: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``phrase`` in TEXT as a Span (offsets computed, not typed)."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def sentence(i: int) -> Span:
    """The ``i``-th sentence of TEXT (they end with '. ')."""
    parts = TEXT.split(". ")
    start = sum(len(p) + 2 for p in parts[:i])
    body = parts[i] + ("." if i < len(parts) - 1 else "")
    return Span(start, start + len(body), body)


def sample_extraction(doc_id: str = "doc-1") -> Extraction:
    """A small but complete extraction exercising every kind of node."""
    doc = Document(id=doc_id, text=TEXT, title="Leaders talk asylum", sha256="ab" * 32,
                   date="2023-03", source="test", url="https://example.org/a")
    ents = [
        Entity("justin-trudeau", "Person", "Justin Trudeau", {"Trudeau"},
               [span("Justin Trudeau"), span("Trudeau", 1)], same_as=["http://www.wikidata.org/entity/Q3099714"]),
        Entity("joe-biden", "Person", "Joe Biden", set(), [span("Joe Biden")]),
        Entity("canada", "Country", "Canada", set(), [span("Canadian")]),
        Entity("prime-minister-of-canada", "Position", "Prime Minister of Canada", set(), [span("Prime Minister")]),
        Entity("safe-third-country-agreement", "Agreement", "Safe Third Country Agreement", {"agreement"},
               [span("Safe Third Country Agreement")]),
        Entity("roxham-road", "Road", "Roxham Road", set(), [span("Roxham Road")]),
        Entity("canadian-official", "Person", "Canadian official", set(), [span("Canadian official")], unnamed=True),
        Entity("cnn", "MediaOrganization", "CNN", set(), [span("CNN")]),
    ]
    return Extraction(
        document=doc,
        entities={e.key: e for e in ents},
        relations=[
            Relation("justin-trudeau", "holdsPosition", sentence(0), object="prime-minister-of-canada"),
            Relation("prime-minister-of-canada", "positionIn", sentence(0), object="canada"),
            Relation("justin-trudeau", "represents", sentence(0), object="canada"),
            Relation("justin-trudeau", "metWith", sentence(0), object="joe-biden"),
            Relation("safe-third-country-agreement", "dateSigned", sentence(2), literal="2002"),
            Relation("canadian-official", "represents", sentence(3), object="canada"),
            Relation("nobody", "represents", sentence(3), object="canada"),  # dangling key: skipped
        ],
        statements=[
            Statement("justin-trudeau", "We will renegotiate the Safe Third Country Agreement", "direct",
                      span("We will renegotiate the Safe Third Country Agreement"), sentence(1),
                      about=["safe-third-country-agreement"], stated_on="2023-02"),
            Statement("canadian-official", "the talks were going well", "reported",
                      span("the talks were going well"), sentence(3), addressee="cnn", medium="interview"),
        ],
        events=[Event("trudeau-biden", "Meeting", "Trudeau-Biden meeting", sentence(0),
                      participants=["justin-trudeau", "joe-biden"], date="2023-03-24")],
    )


@pytest.fixture(scope="module")
def quads() -> list[ox.Quad]:
    return to_quads(sample_extraction(), BASE)


@pytest.fixture(scope="module")
def store(quads: list[ox.Quad]) -> ox.Store:
    """An in-memory store with the quads, for pattern checks."""
    s = ox.Store()
    s.extend(quads)
    return s


def node(path: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + path)


def objects(store: ox.Store, s: ox.NamedNode, p: ox.NamedNode) -> list:
    return [q.object for q in store.quads_for_pattern(s, p, None)]


DOC = node("document/doc-1")
TRUDEAU = node("person/justin-trudeau")
BIDEN = node("person/joe-biden")


def test_every_quad_is_in_the_document_graph(quads: list[ox.Quad]) -> None:
    assert quads, "no quads"
    assert {q.graph_name for q in quads} == {DOC}


def test_output_is_deterministic_and_duplicate_free(quads: list[ox.Quad]) -> None:
    again = to_quads(sample_extraction(), BASE)
    assert again == quads
    assert len(set(quads)) == len(quads)


def test_entity_iris_labels_and_types(store: ox.Store) -> None:
    assert objects(store, TRUDEAU, RDFS.label) == [ox.Literal("Justin Trudeau")]
    assert objects(store, TRUDEAU, SKOS.altLabel) == [ox.Literal("Trudeau")]
    assert set(objects(store, TRUDEAU, RDF.type)) == {BN.Person, BN.Actor}
    # Finer classes keep their coarse IRI category but the precise type.
    road = node("place/roxham-road")
    assert set(objects(store, road, RDF.type)) == {BN.Road, BN.Place}
    cnn = node("org/cnn")
    assert set(objects(store, cnn, RDF.type)) == {BN.MediaOrganization, BN.Organization, BN.Actor}
    assert objects(store, TRUDEAU, OWL.sameAs) == [ox.NamedNode("http://www.wikidata.org/entity/Q3099714")]
    assert objects(store, TRUDEAU, BN.mentionedIn) == [DOC]


def test_every_labelled_node_has_exactly_one_label(store: ox.Store) -> None:
    subjects = {q.subject for q in store.quads_for_pattern(None, RDF.type, None)}
    for s in subjects:
        if BN.Mention in objects(store, s, RDF.type):
            continue
        assert len(objects(store, s, RDFS.label)) == 1, s


def test_unnamed_speaker_is_scoped_to_the_document(store: ox.Store) -> None:
    official = node("unnamed/doc-1/canadian-official")
    assert official.value == iris.entity_iri(BASE, "Person", "canadian-official", document_id="doc-1")
    assert objects(store, official, RDFS.label) == [ox.Literal("Canadian official")]
    assert objects(store, official, BN.represents) == [node("place/canada")]
    assert not list(store.quads_for_pattern(node("person/canadian-official"), None, None))


def test_mentions_have_offsets_and_exact_text(store: ox.Store) -> None:
    mentions = objects(store, TRUDEAU, BN.evidence)
    assert len(mentions) == 2
    for m in mentions:
        start, end = objects(store, m, BN.start)[0], objects(store, m, BN.end)[0]
        assert start.datatype == XSD.integer and end.datatype == XSD.integer
        assert objects(store, m, BN.exact)[0].value == TEXT[int(start.value):int(end.value)]
        assert objects(store, m, BN.document) == [DOC]
        assert objects(store, m, RDF.type) == [BN.Mention]
    s = span("Justin Trudeau")
    assert node(f"mention/doc-1/{s.start}-{s.end}") in mentions


def test_typed_dates(store: ox.Store) -> None:
    agreement = node("agreement/safe-third-country-agreement")
    assert objects(store, agreement, BN.dateSigned) == [ox.Literal("2002", datatype=XSD.gYear)]
    assert objects(store, DOC, DCTERMS.date) == [ox.Literal("2023-03", datatype=XSD.gYearMonth)]
    meeting = node("event/doc-1/trudeau-biden")
    assert objects(store, meeting, BN.date) == [ox.Literal("2023-03-24", datatype=XSD.date)]
    st = node("statement/doc-1/1")
    assert objects(store, st, BN.statedOn) == [ox.Literal("2023-02", datatype=XSD.gYearMonth)]


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("1987", "gYear"), ("2023-11", "gYearMonth"), ("2023-11-05", "date"),
     ("2023-11-05T10:30:00Z", "dateTime"), ("last spring", "string"), ("2023-13", "string")],
)
def test_date_literal(value: str, datatype: str) -> None:
    assert date_literal(value).datatype == XSD[datatype]


def test_met_with_is_written_both_ways_each_with_evidence(store: ox.Store) -> None:
    assert objects(store, TRUDEAU, BN.metWith) == [BIDEN]
    assert objects(store, BIDEN, BN.metWith) == [TRUDEAU]
    assertions = [q.subject for q in store.quads_for_pattern(None, RDF.predicate, BN.metWith)]
    assert len(assertions) == 2
    subjects = {objects(store, a, RDF.subject)[0] for a in assertions}
    assert subjects == {TRUDEAU, BIDEN}


def test_relation_assertion_reifies_the_triple(store: ox.Store) -> None:
    canada = node("place/canada")
    assert canada in objects(store, TRUDEAU, BN.represents)
    found = [
        q.subject for q in store.quads_for_pattern(None, RDF.subject, TRUDEAU)
        if objects(store, q.subject, RDF.predicate) == [BN.represents]
    ]
    assert len(found) == 1
    a = found[0]
    assert a.value.startswith(BASE + "assertion/doc-1/")
    assert objects(store, a, RDF.type) == [BN.RelationAssertion]
    assert objects(store, a, RDF.object) == [canada]
    (m,) = objects(store, a, BN.evidence)
    assert objects(store, m, BN.exact)[0].value == sentence(0).text


def test_position_and_dangling_relation(store: ox.Store) -> None:
    pm = node("position/prime-minister-of-canada")
    assert objects(store, TRUDEAU, BN.holdsPosition) == [pm]
    assert objects(store, pm, RDF.type) == [BN.Position]
    assert objects(store, pm, BN.positionIn) == [node("place/canada")]
    # The relation whose subject key is unknown produced nothing.
    assert not [q for q in store if "nobody" in str(q)]


def test_statements(store: ox.Store) -> None:
    st = node("statement/doc-1/1")
    assert objects(store, st, RDF.type) == [BN.Statement]
    assert objects(store, st, BN.speaker) == [TRUDEAU]
    assert objects(store, st, BN.kind) == [ox.Literal("direct")]
    assert objects(store, st, BN.about) == [node("agreement/safe-third-country-agreement")]
    assert objects(store, st, RDFS.label)[0].value.startswith('Justin Trudeau: "We will renegotiate')
    (ev,) = objects(store, st, BN.evidence)
    (qev,) = objects(store, st, BN.quoteEvidence)
    assert objects(store, qev, BN.exact) == [ox.Literal("We will renegotiate the Safe Third Country Agreement")]
    assert objects(store, ev, BN.exact) == [ox.Literal(sentence(1).text)]
    st2 = node("statement/doc-1/2")
    assert objects(store, st2, BN.speaker) == [node("unnamed/doc-1/canadian-official")]
    assert objects(store, st2, BN.addressee) == [node("org/cnn")]
    assert objects(store, st2, BN.medium) == [ox.Literal("interview")]
    assert objects(store, st2, BN.kind) == [ox.Literal("reported")]


def test_meeting_event(store: ox.Store) -> None:
    ev = node("event/doc-1/trudeau-biden")
    assert set(objects(store, ev, RDF.type)) == {BN.Meeting, BN.Event}
    assert set(objects(store, ev, BN.participant)) == {TRUDEAU, BIDEN}
    assert objects(store, ev, RDFS.label) == [ox.Literal("Trudeau-Biden meeting")]


def test_document_node(store: ox.Store) -> None:
    assert objects(store, DOC, RDF.type) == [BN.Document]
    assert objects(store, DOC, BN.text) == [ox.Literal(TEXT)]
    assert objects(store, DOC, BN.sha256) == [ox.Literal("ab" * 32)]
    assert objects(store, DOC, RDFS.label) == [ox.Literal("Leaders talk asylum")]
    assert objects(store, DOC, DCTERMS.title) == [ox.Literal("Leaders talk asylum")]


def test_base_iri_is_configurable() -> None:
    other = "http://example.org/kg/"
    qs = to_quads(sample_extraction(), other)
    iris_used = {t.value for q in qs for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    assert other + "person/justin-trudeau" in iris_used
    assert not [i for i in iris_used if i.startswith(BASE)]


def test_loads_into_graph_store_and_answers_sparql(tmp_path: Path, quads: list[ox.Quad]) -> None:
    gs = GraphStore.open(tmp_path / "store")
    gs.replace_graph(DOC.value, quads)
    assert gs.named_graphs() == [DOC.value]
    rows = gs.select(sparql_prefixes() + """
        SELECT ?name ?quote ?when WHERE {
          ?s a bn:Statement ; bn:speaker ?p ; bn:quote ?quote ; bn:statedOn ?when ;
             bn:about ?a .
          ?a a bn:Agreement ; rdfs:label "Safe Third Country Agreement" .
          ?p rdfs:label ?name .
        }""")
    assert [(r["name"].value, r["when"].value) for r in rows] == [("Justin Trudeau", "2023-02")]
    # A second document's graph is independent; removing it leaves the first.
    gs.replace_graph(iris.document_iri(BASE, "doc-2"), to_quads(sample_extraction("doc-2"), BASE))
    assert gs.ask(sparql_prefixes() + "ASK { <%s> bn:mentionedIn ?d1, ?d2 FILTER(?d1 != ?d2) }" % TRUDEAU.value)
    gs.remove_graph(iris.document_iri(BASE, "doc-2"))
    assert len(gs.select(sparql_prefixes() + "SELECT ?d WHERE { ?d a bn:Document }")) == 1
    gs.close()


def test_repeated_and_reversed_met_with_do_not_multiply_assertions() -> None:
    ex = sample_extraction()
    ex.relations += [
        Relation("joe-biden", "metWith", sentence(0), object="justin-trudeau"),  # the reverse, same sentence
        Relation("justin-trudeau", "represents", sentence(0), object="canada"),  # exact repeat
        Relation("justin-trudeau", "represents", sentence(1), object="canada"),  # same fact, new evidence
    ]
    s = ox.Store()
    s.extend(to_quads(ex, BASE))
    assert len(list(s.quads_for_pattern(None, RDF.predicate, BN.metWith))) == 2
    represents = [q.subject for q in s.quads_for_pattern(None, RDF.subject, TRUDEAU)
                  if objects(s, q.subject, RDF.predicate) == [BN.represents]]
    assert len(represents) == 2


def test_docstring_examples_run() -> None:
    import doctest

    import kg.rdf

    result = doctest.testmod(kg.rdf)
    assert result.attempted > 0 and result.failed == 0


def test_iri_examples_run() -> None:
    """Slugs: ASCII for Latin names (ł, ı, ø, ß included), other scripts kept, never empty."""
    import doctest

    import kg.iris

    result = doctest.testmod(kg.iris)
    assert result.attempted >= 4 and result.failed == 0
    assert kg.iris.slugify("Владимир") != kg.iris.slugify("Олег")
