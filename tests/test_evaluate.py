"""Gold scoring: a hand-built store with known hits and misses, gold-file checks,
and the consistency of the fixture articles with their gold files."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import GoldFileError
from kg.evaluate import (
    Scores,
    evaluate,
    format_details,
    format_table,
    head_noun,
    names_head,
    load_gold,
    normalise,
    quote_overlap,
    total,
    type_compatible,
)
from kg.iris import document_iri, slugify
from kg.settings import ONTOLOGY_NS
from kg.store import GraphStore

BASE = "https://w3id.org/bnkg/id/"
BN = ONTOLOGY_NS
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
# A copy of ../shared/gold/000_aba5ecb4ee03d776.gold.json, so a clone tests without shared/.
SEED_GOLD = Path(__file__).resolve().parent / "fixtures" / "seed_gold" / "000_aba5ecb4ee03d776.gold.json"

DOC_NAME = "901_test-article.txt"
DOC = document_iri(BASE, slugify(Path(DOC_NAME).stem))
OTHER = document_iri(BASE, "other-doc")


class G:
    """Collects quads for one named graph with a terse vocabulary."""

    def __init__(self, graph: str) -> None:
        self.graph = ox.NamedNode(graph)
        self.quads: list[ox.Quad] = []

    def add(self, s: str, p: str, o: str | ox.Literal) -> None:
        obj = o if isinstance(o, ox.Literal) else ox.NamedNode(o)
        self.quads.append(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), obj, self.graph))

    def entity(self, path: str, type_: str, label: str, *alts: str) -> str:
        iri = BASE + path
        self.add(iri, RDF_TYPE, BN + type_)
        self.add(iri, LABEL, ox.Literal(label))
        for a in alts:
            self.add(iri, ALT, ox.Literal(a))
        self.add(iri, BN + "mentionedIn", str(self.graph.value))
        return iri

    def rel(self, s: str, pred: str, o: str | ox.Literal) -> None:
        self.add(s, BN + pred, o)

    def statement(self, n: int, quote: str, speaker: str, kind: str = "direct", addressee: str | None = None) -> None:
        st = f"{BASE}statement/test/{n}"
        self.add(st, RDF_TYPE, BN + "Statement")
        self.add(st, BN + "quote", ox.Literal(quote))
        self.add(st, BN + "speaker", speaker)
        self.add(st, BN + "kind", ox.Literal(kind))
        if addressee:
            self.add(st, BN + "addressee", addressee)


GOLD = {
    "document": DOC_NAME,
    "entities": [
        {"id": "justin-trudeau", "type": "Person", "label": "Justin Trudeau", "aliases": ["Trudeau"]},
        {"id": "joe-biden", "type": "Person", "label": "Joe Biden", "aliases": ["Biden"]},
        {"id": "canada", "type": "Country", "label": "Canada", "aliases": []},
        {"id": "united-states", "type": "Country", "label": "United States", "aliases": ["US"]},
        {"id": "dhs", "type": "GovernmentAgency", "label": "Department of Homeland Security",
         "aliases": ["Homeland Security"]},
        {"id": "cnn", "type": "MediaOrganization", "label": "CNN", "aliases": []},
        {"id": "stca", "type": "Agreement", "label": "Safe Third Country Agreement", "aliases": []},
        {"id": "roxham-road", "type": "Place", "label": "Roxham Road", "aliases": []},
    ],
    "relations": [
        {"subject": "justin-trudeau", "predicate": "represents", "object": "canada"},
        {"subject": "justin-trudeau", "predicate": "holdsPosition", "object_label": "Prime Minister"},
        {"subject": "dhs", "predicate": "partOf", "object": "united-states"},
        {"subject": "canada", "predicate": "partyTo", "object": "stca"},
        {"subject": "joe-biden", "predicate": "metWith", "object": "justin-trudeau"},
    ],
    "statements": [
        {"speaker": "justin-trudeau", "kind": "direct", "addressee": "reporters", "medium": None,
         "quote": "The only way to effectively shut down the border is to renegotiate the agreement",
         "about": ["stca"]},
        {"speaker": {"unnamed": "Canadian official", "represents": "canada"}, "kind": "reported",
         "addressee": "cnn", "medium": None,
         "quote": "it\u2019s unlikely the trend will damage that bond", "about": []},
        {"speaker": "joe-biden", "kind": "direct", "addressee": None, "medium": None,
         "quote": "We will keep working together on the northern border", "about": []},
        {"speaker": "justin-trudeau", "kind": "direct", "addressee": None, "medium": None,
         "quote": "Nothing like this sentence appears in the graph at all", "about": []},
    ],
}


def build_store(tmp_path: Path) -> GraphStore:
    """A graph with known hits and misses against ``GOLD`` (counts in the test)."""
    g, other = G(DOC), G(OTHER)
    jt = g.entity("person/justin-trudeau", "Person", "Justin Trudeau", "Trudeau")  # hit
    biden = g.entity("person/joe-biden", "Person", "Biden")  # hit through the alias
    canada = g.entity("place/canada", "Country", "Canada")  # hit
    us = g.entity("place/united-states", "Place", "U.S.")  # hit: superclass, "U.S." ~ "US"
    dhs = g.entity("org/dhs", "Organization", "Homeland Security")  # hit: superclass of the gold type
    g.entity("org/cnn", "GovernmentAgency", "CNN")  # miss + spurious: sibling type
    g.entity("person/roxham-road", "Person", "Roxham Road")  # miss + spurious: wrong type
    dup = g.entity("person/trudeau", "Person", "Trudeau")  # spurious: the actor split in two
    unnamed = g.entity("unnamed/test/canadian-official", "Person", "Canadian official")  # not an entity
    pos = g.entity("position/prime-minister-of-canada", "Position", "Prime Minister of Canada")  # not an entity
    reporters = BASE + "unnamed/test/reporters"
    g.add(reporters, LABEL, ox.Literal("reporters"))
    other.entity("person/someone-else", "Person", "Someone Else")  # other document: ignored

    g.rel(jt, "represents", canada)  # hit
    g.rel(jt, "holdsPosition", pos)  # hit via the position's label
    g.rel(pos, "positionIn", canada)  # not a scored predicate
    g.rel(dhs, "partOf", us)  # hit
    g.rel(jt, "metWith", biden)  # hit, symmetric pair counted once
    g.rel(biden, "metWith", jt)
    g.rel(jt, "represents", us)  # spurious
    g.rel(dup, "represents", canada)  # spurious (subject is a spurious entity)
    g.rel(unnamed, "represents", canada)  # unnamed speaker: not scored
    other.rel(jt, "represents", us)  # other document: ignored

    g.statement(1, "The only way to effectively shut down the border is to renegotiate", jt, addressee=reporters)
    g.statement(2, "it's unlikely the trend will damage that bond", unnamed, kind="reported")
    g.statement(3, "We will keep working together on the northern border", jt)  # wrong speaker
    g.statement(4, "Totally unrelated words spoken here", biden)  # spurious
    other.statement(5, "Nothing like this sentence appears in the graph at all", jt)  # other doc

    store = GraphStore.open(tmp_path / "store")
    store.replace_graph(DOC, g.quads)
    store.replace_graph(OTHER, other.quads)
    return store


@pytest.fixture()
def gold_path(tmp_path: Path) -> Path:
    p = tmp_path / "901_test-article.gold.json"
    p.write_text(json.dumps(GOLD), encoding="utf-8")
    return p


@pytest.fixture()
def scores(tmp_path: Path, gold_path: Path) -> Scores:
    store = build_store(tmp_path)
    try:
        return evaluate(store, load_gold(gold_path))
    finally:
        store.close()


def test_entity_scores_exact(scores: Scores) -> None:
    assert (scores.entities.tp, scores.entities.fp, scores.entities.fn) == (5, 3, 3)
    assert scores.entities.precision == pytest.approx(5 / 8)
    assert scores.entities.recall == pytest.approx(5 / 8)
    assert scores.entities.f1 == pytest.approx(5 / 8)
    assert {m.split(" ")[0] for m in scores.missed_entities} == {"cnn", "stca", "roxham-road"}
    assert any("<https://w3id.org/bnkg/id/person/trudeau>" in s for s in scores.spurious_entities)
    assert not any("official" in s or "Prime Minister" in s for s in scores.spurious_entities)


def test_relation_scores_exact(scores: Scores) -> None:
    assert (scores.relations.tp, scores.relations.fp, scores.relations.fn) == (4, 2, 1)
    assert scores.relations.precision == pytest.approx(4 / 6)
    assert scores.relations.recall == pytest.approx(4 / 5)
    assert scores.relations.f1 == pytest.approx(8 / 11)
    assert scores.missed_relations == ["canada partyTo stca"]
    assert sorted(scores.spurious_relations) == ["Trudeau represents canada", "justin-trudeau represents united-states"]


def test_statement_scores_exact(scores: Scores) -> None:
    assert (scores.statements.tp, scores.statements.fp, scores.statements.fn) == (2, 2, 2)
    assert scores.statements.f1 == pytest.approx(0.5)
    assert scores.quote_matched == 3 and scores.speaker_correct == 2
    assert scores.speaker_accuracy == pytest.approx(2 / 3)
    assert scores.speaker_recall == pytest.approx(2 / 4)
    assert any("speaker wrong" in m and "joe-biden" in m for m in scores.missed_statements)
    assert any("quote not found" in m for m in scores.missed_statements)
    assert scores.attributes["kind"] == 3  # all three quote-matched statements agree on kind
    # "reporters" right; CNN missing in the graph; none vs none right
    assert scores.attributes["addressee"] == 2


def test_perfect_graph_scores_one(tmp_path: Path) -> None:
    g = G(DOC)
    a = g.entity("place/roxham-road", "Road", "Roxham Road")
    b = g.entity("place/champlain", "Place", "Champlain, New York")
    g.rel(a, "connects", b)
    g.add(BN + "Road", SUBCLASS, BN + "Place")  # the ontology says a Road is a Place
    store = GraphStore.open(tmp_path / "s")
    store.replace_graph(DOC, g.quads)
    gold_file = tmp_path / "g.json"
    gold_file.write_text(json.dumps({"document": DOC_NAME, "entities": [
        {"id": "roxham-road", "type": "Place", "label": "Roxham Road", "aliases": []},
        {"id": "champlain", "type": "Place", "label": "Champlain", "aliases": ["Champlain, New York"]}],
        "relations": [{"subject": "roxham-road", "predicate": "connects", "object": "champlain"}],
        "statements": []}))
    s = evaluate(store, load_gold(gold_file))
    assert (s.entities.f1, s.relations.f1, s.statements.f1) == (1.0, 1.0, 1.0)
    assert s.speaker_accuracy == 1.0


def test_subclass_from_ontology_file_when_store_has_none(tmp_path: Path) -> None:
    """A node typed only bn:Province still counts as a Place (ancestors read from bnkg.ttl)."""
    g = G(DOC)
    g.entity("place/quebec", "Province", "Quebec")
    store = GraphStore.open(tmp_path / "s")
    store.replace_graph(DOC, g.quads)
    p = tmp_path / "g.json"
    p.write_text(json.dumps({"document": DOC_NAME, "entities": [
        {"id": "quebec", "type": "Place", "label": "Quebec", "aliases": []}]}))
    s = evaluate(store, load_gold(p))
    assert (s.entities.tp, s.entities.fp, s.entities.fn) == (1, 0, 0)


def test_date_literal_matches_object_label(tmp_path: Path) -> None:
    g = G(DOC)
    a = g.entity("agreement/x", "Agreement", "Indus Waters Treaty")
    g.rel(a, "dateSigned", ox.Literal("1960", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")))
    store = GraphStore.open(tmp_path / "s")
    store.replace_graph(DOC, g.quads)
    gold = {"document": DOC_NAME,
            "entities": [{"id": "iwt", "type": "Agreement", "label": "Indus Waters Treaty", "aliases": []}],
            "relations": [{"subject": "iwt", "predicate": "dateSigned", "object_label": "1960"},
                          {"subject": "iwt", "predicate": "dateSigned", "object_label": "1961"}]}
    p = tmp_path / "g.json"
    p.write_text(json.dumps(gold))
    s = evaluate(store, load_gold(p), document_iri=DOC)
    assert (s.relations.tp, s.relations.fp, s.relations.fn) == (1, 0, 1)


def test_total_and_table(scores: Scores) -> None:
    both = total([scores, scores])
    assert both.entities.tp == 10 and both.entities.f1 == pytest.approx(5 / 8)
    assert both.speaker_accuracy == pytest.approx(2 / 3)
    from rich.console import Console

    console = Console(record=True, width=200)
    console.print(format_table([scores, scores]))
    text = console.export_text()
    assert DOC_NAME in text and "ALL" in text and "0.62" in text
    console.print(format_table(scores, title="just one"))
    console.print(format_details(scores))
    text = console.export_text()
    assert "just one" in text and "canada partyTo stca" in text and "quote not found" in text
    assert json.loads(json.dumps(scores.as_dict()))["relations"]["tp"] == 4
    # An 80-column terminal keeps every header and score whole; a long file name is cut instead.
    narrow = Console(record=True, width=80)
    long_name = dataclasses.replace(scores, document="x" * 70 + ".txt")
    narrow.print(format_table([long_name, scores]))
    text = narrow.export_text()
    assert all(h in text for h in ("entities", "relations", "statements", "speaker acc.", "0.62"))
    assert max(len(line) for line in text.splitlines()) <= 80 and "x" * 70 not in text


def test_helpers() -> None:
    assert normalise("the U.S.") == normalise("US") == "us"
    assert normalise("Québec") == "quebec"
    assert quote_overlap("productive meeting", "calling it a \u201cproductive meeting\u201d") == 1.0
    assert quote_overlap("it\u2019s fine", "it's fine") == 1.0
    assert quote_overlap("one two three four", "one five six seven") == 0.25
    assert head_noun("local officials") == "official"
    assert head_noun("a senior Indian official") == "official"
    assert head_noun("a spokesperson for the ministry") == "spokesperson"
    assert head_noun("farmers downstream") == "farmer"
    assert head_noun("Norwegian official involved in the talks") == "official"
    assert head_noun("people familiar with the matter") == "person"
    assert names_head("person", ["people familiar with the talks"])  # the graph's label is plural too
    assert names_head("official", ["local officials"]) and names_head("official", ["a senior official"])
    assert not names_head("official", ["farmers downstream"]) and not names_head("", ["anyone"])
    assert type_compatible("Organization", {"GovernmentAgency"})
    assert type_compatible("GovernmentAgency", {"Organization"})
    assert type_compatible("Place", {"Country", "Place"})
    assert not type_compatible("MediaOrganization", {"GovernmentAgency", "Organization"})
    assert not type_compatible("Person", {"Organization"})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "top level"),
        ('{"entities": []}', "'document'"),
        ('{"document": "a.txt"}', "'entities' is missing"),
        ('{"document": "a.txt", "entities": [{"id": "x", "type": "Persn", "label": "X"}]}', "unknown type 'Persn'"),
        ('{"document": "a.txt", "entities": [{"id": "x", "type": "Person", "label": "X"},'
         ' {"id": "x", "type": "Person", "label": "Y"}]}', "duplicate entity id"),
        ('{"document": "a.txt", "entities": [], "relations": [{"subject": "x", "predicate": "represents",'
         ' "object": "y"}]}', "subject 'x' is not an entity id"),
        ('{"document": "a.txt", "entities": [{"id": "x", "type": "Person", "label": "X"}], "relations":'
         ' [{"subject": "x", "predicate": "likes", "object": "x"}]}', "unknown predicate 'likes'"),
        ('{"document": "a.txt", "entities": [{"id": "x", "type": "Person", "label": "X"}], "relations":'
         ' [{"subject": "x", "predicate": "represents", "object": "x", "object_label": "y"}]}', "exactly one"),
        ('{"document": "a.txt", "entities": [{"id": "x", "type": "Person", "label": "X"}], "statements":'
         ' [{"speaker": "x", "quote": "hi", "kind": "shouted"}]}', "'kind'"),
        ('{"document": "a.txt", "entities": [], "statements":'
         ' [{"speaker": {"represents": null}, "quote": "hi", "kind": "direct"}]}', "unnamed"),
    ],
)
def test_malformed_gold_raises(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "bad.gold.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError) as err:
        load_gold(p)
    assert str(p) in str(err.value) and message in str(err.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="no such gold file"):
        load_gold(tmp_path / "nope.gold.json")


def test_seed_gold_loads() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold.document_id == "000-aba5ecb4ee03d776"
    assert len(gold.entities) == 16 and len(gold.statements) == 4
    assert gold.statements[2].speaker.label == "Canadian official"  # type: ignore[union-attr]


# Annotation conventions of the fixture gold files (tests/fixtures/articles/*.gold.json),
# kept here rather than in a README because a .md file in that folder would be
# picked up as a document by `bnkg build`. They follow the seed gold:
# * entities: every named Person, Organization (agencies, media, NGOs, unions),
#   Country, Place (cities, regions, rivers, roads, crossings, dams, seas) and Agreement;
#   aliases = the other surface forms that occur verbatim in the text (surname,
#   "Dover, England", "RAA"); adjectives ("French") and generic phrases ("the deal") are not aliases.
# * represents: every official -> the country (or sub-national place / organisation) they act for;
#   holdsPosition: object_label = the distinctive word(s) of the office ("Defence", "Chief Minister").
# * partOf: agencies -> their country (or parent department); partyTo: signatories;
#   negotiates: the sides (re)negotiating the agreement; metWith: "met with" / "held talks with".
# * locatedIn: containment stated by the text ("Nogales, Arizona", "the Indian state of
#   Sikkim") plus, as in the seed (quebec -> canada), first-level region -> country.
# * statements: every direct quote and every reported clause after a speech verb
#   (said, told, says, insists, argued, stressed, caution); the quote is verbatim without
#   the quote marks or "that"; a split quote is two statements; a partial quote inside
#   reported speech ('described them as "disappointing"') is a direct statement of the
#   quoted words; descriptive speakers are {"unnamed": label, "represents": id or null};
#   a country or organisation can be the speaker ("France says", "the department said").
FIXTURE_GOLDS = sorted(FIXTURES.glob("*.gold.json"))


@pytest.mark.parametrize("gold_file", FIXTURE_GOLDS, ids=lambda p: p.name)
def test_fixture_gold_is_consistent_with_its_article(gold_file: Path) -> None:
    """Each fixture: gold loads, quotes and names occur verbatim, sidecar is complete."""
    gold = load_gold(gold_file)
    article = gold_file.with_name(gold.document)
    text = article.read_text(encoding="utf-8")
    words = len(text.split())
    assert 350 <= words <= 700, f"{article.name}: {words} words"
    for st in gold.statements:
        assert st.quote in text, f"{gold_file.name}: quote not verbatim: {st.quote!r}"
    for e in gold.entities:
        assert e.label in text or any(a in text for a in e.aliases), f"{e.id} not in text"
        for a in e.aliases:
            assert a in text, f"{gold_file.name}: alias {a!r} of {e.id} not in text"
    meta = json.loads(article.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["title"] == text.splitlines()[0].strip()
    assert meta["source"] == "bnkg test fixture (original text)"
    assert len(meta["date"]) == 10
    assert gold.relations and gold.statements


def test_enough_fixture_articles() -> None:
    assert len(FIXTURE_GOLDS) >= 5
