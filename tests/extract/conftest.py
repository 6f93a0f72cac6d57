"""Helpers for extraction tests: run the real pipeline on invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import extract
from kg.model import Document, Extraction


def make_document(text: str, date: str | None = None, title: str = "Test article") -> Document:
    return Document(id="test", text=text, title=title, sha256="0" * 64, date=date)


@pytest.fixture(scope="session")
def run() -> Callable[..., Extraction]:
    """``run(text, date=None, title=...)`` -> the Extraction of that text."""

    def _run(text: str, date: str | None = None, title: str = "Test article") -> Extraction:
        return extract(make_document(text, date, title))

    return _run


def relation_set(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object or r.literal or "") for r in x.relations}


def statement_by_quote(x: Extraction, words: str):
    hits = [s for s in x.statements if words in s.quote]
    assert hits, f"no statement quoting {words!r}: {[s.quote for s in x.statements]}"
    return hits[0]


def entity_types(x: Extraction) -> dict[str, str]:
    """Label -> entity type of every entity extracted."""
    return {e.label: e.type for e in x.entities.values()}


def entity_labelled(x: Extraction, label: str):
    """The entity with this exact label (the test fails with the labels found)."""
    hits = [e for e in x.entities.values() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(entity_types(x))}"
    return hits[0]
