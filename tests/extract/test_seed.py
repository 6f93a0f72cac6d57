"""The seed article end to end: statements, offices, relations, offsets."""

from __future__ import annotations

import pytest

from kg.documents import load_document
from kg.extract import extract
from kg.settings import PROJECT_ROOT
from tests.extract.conftest import relation_set, statement_by_quote

SEED = PROJECT_ROOT / "seeds" / "000_aba5ecb4ee03d776.txt"


@pytest.fixture(scope="module")
def seed():
    return extract(load_document(SEED))


def test_every_span_indexes_the_document_text(seed):
    text = seed.document.text
    spans = [m for e in seed.entities.values() for m in e.mentions]
    spans += [r.evidence for r in seed.relations]
    spans += [s.quote_span for s in seed.statements] + [s.evidence for s in seed.statements]
    spans += [ev.evidence for ev in seed.events]
    assert spans
    for span in spans:
        assert text[span.start:span.end] == span.text


def test_trudeau_statement_to_reporters(seed):
    st = statement_by_quote(seed, "renegotiate the Safe Third Country Agreement")
    assert st.speaker == "justin-trudeau"
    assert st.kind == "direct"
    assert seed.entities[st.addressee].label == "reporters"
    assert st.stated_on == "2023-02"  # "last month" of a 2023-03 article
    assert "safe-third-country-agreement" in st.about


def test_unnamed_and_reported_statements(seed):
    official = statement_by_quote(seed, "damage that bond")
    assert official.kind == "reported"
    assert seed.entities[official.speaker].label == "Canadian official"
    assert official.addressee == "cnn"
    fraser = statement_by_quote(seed, "productive meeting")
    assert fraser.speaker == "sean-fraser" and fraser.medium == "tweet"


def test_seed_entities_and_keys(seed):
    ents = seed.entities
    assert ents["justin-trudeau"].aliases >= {"Trudeau"}
    assert ents["roxham-road"].type == "Place"
    assert ents["alejandro-mayorkas"].type == "Person"
    assert ents["safe-third-country-agreement"].type == "Agreement"
    assert not any("walk" in k or "rgb2" in k or "wikimedia" in k for k in ents)


def test_seed_relations(seed):
    rels = relation_set(seed)
    expected = {
        ("joe-biden", "represents", "united-states"),
        ("justin-trudeau", "represents", "canada"),
        ("sean-fraser", "represents", "canada"),
        ("alejandro-mayorkas", "represents", "united-states"),
        ("us-border-patrol", "partOf", "united-states"),
        ("canada", "partyTo", "safe-third-country-agreement"),
        ("united-states", "negotiates", "safe-third-country-agreement"),
        ("sean-fraser", "metWith", "alejandro-mayorkas"),
        ("roxham-road", "connects", "champlain"),
        ("hemmingford", "locatedIn", "quebec"),
        ("safe-third-country-agreement", "dateSigned", "2002"),
    }
    assert expected <= rels


def test_statement_evidence_does_not_start_in_the_previous_paragraph(seed):
    st = statement_by_quote(seed, "renegotiate the Safe Third Country Agreement")
    assert st.evidence.text.startswith("\u201cThe only way")
    assert "political priority" not in st.evidence.text


def test_no_evidence_sentence_crosses_a_paragraph_break_before_a_capital(seed):
    import re

    evidences = [s.evidence.text for s in seed.statements] + [r.evidence.text for r in seed.relations]
    for text in evidences:
        assert not re.search(r"[.!?\u201d\"]\n\n[A-Z\u201c\"]", text), text
