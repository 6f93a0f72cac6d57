"""References in responses: nodes ``{id, iri, label, types, type}``, documents
``{id, iri, title}`` and evidence ``{document, text, start, end}``, all from the index."""

from __future__ import annotations

from typing import Any

from kg.lookup.ids import document_id, mention_span, public_id
from kg.lookup.index import Index
from kg.lookup.queries import integer, named, select_in, value
from kg.store import GraphStore


def node_ref(idx: Index, iri: str) -> dict[str, Any]:
    """``{id, iri, label, types, type}`` of any node (label and types None/[] if unknown)."""
    n = idx.node(iri)
    return {"id": public_id(idx.base, iri), "iri": iri, "label": n.label, "types": n.types, "type": n.type}


def node_refs(idx: Index, iris: list[str]) -> list[dict[str, Any]]:
    """:func:`node_ref` for each IRI, in order."""
    return [node_ref(idx, i) for i in iris]


def document_ref(idx: Index, iri: str) -> dict[str, Any]:
    """``{id, iri, title}`` of a document IRI."""
    d = idx.documents.get(iri)
    if d is None:
        return {"id": document_id(idx.base, iri), "iri": iri, "title": None}
    return {"id": d.id, "iri": iri, "title": d.title}


def evidence(store: GraphStore, idx: Index, mentions: list[str]) -> list[dict[str, Any]]:
    """Evidence items for mention IRIs, sorted by document and offset.

    A mention IRI minted by ``kg.iris.mention_iri`` names its document and
    offsets, and the text is cut from the document (``text[start:end]`` is the
    mention's ``bn:exact`` by construction); other mentions are read from the
    store once and remembered for this store version.
    """
    spans: dict[str, tuple[str, int, int, str]] = idx.cache.setdefault("mention_spans", {})
    items = []
    unknown = []
    for m in mentions:
        span = spans.get(m)
        if span is None:
            parsed = mention_span(idx.base, m)
            doc = idx.documents.get(parsed[0]) if parsed else None
            if parsed is None or doc is None or not 0 <= parsed[1] < parsed[2] <= len(doc.text):
                unknown.append(m)
                continue
            span = (parsed[0], parsed[1], parsed[2], doc.text[parsed[1] : parsed[2]])
        items.append(span)
    terms = [t for m in dict.fromkeys(unknown) if (t := named(m)) is not None]
    for r in select_in(store, "mention_spans", "m", terms):
        span = (r["doc"].value, integer(r.get("start")), integer(r.get("end")), value(r.get("exact")))
        spans[r["m"].value] = span
        items.append(span)
    out = [{"document": document_ref(idx, d), "text": text, "start": s, "end": e} for d, s, e, text in set(items)]
    return sorted(out, key=lambda e: (e["document"]["id"], e["start"], e["end"]))
