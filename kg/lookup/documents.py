"""``GET /api/documents[/{id}]``: document metadata, and the text with the mentions marked."""

from __future__ import annotations

import html
from typing import Any

from kg.errors import NotFound
from kg.lookup.index import Doc, Index, actor_index
from kg.lookup.queries import integer, named, sparql
from kg.lookup.refs import node_ref
from kg.store import GraphStore


def mention_counts(store: GraphStore, idx: Index) -> dict[str, int]:
    """Entity mentions per document: from the index, else one grouped query (remembered)."""
    if idx.mention_counts is not None:
        return idx.mention_counts
    if "document_mentions" not in idx.cache:
        rows = store.select(sparql("document_mention_counts"))
        idx.cache["document_mentions"] = {r["doc"].value: integer(r["n"]) for r in rows}
    return idx.cache["document_mentions"]


def _summary(d: Doc, mentions: int) -> dict[str, Any]:
    return {"id": d.id, "iri": d.iri, "title": d.title, "date": d.date, "source": d.source, "url": d.url,
            "sha256": d.sha256, "length": len(d.text), "mentions": mentions}


def documents(store: GraphStore, base: str, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Every document's metadata (no text), by IRI."""
    idx = actor_index(store, base)
    docs = sorted(idx.documents.values(), key=lambda d: d.iri)
    counts = mention_counts(store, idx)
    items = [_summary(d, counts.get(d.iri, 0)) for d in docs[offset : offset + limit]]
    return {"total": len(docs), "limit": limit, "offset": offset, "items": items}


def document(store: GraphStore, base: str, document_id: str, with_html: bool = False) -> dict[str, Any]:
    """One document: metadata, text, the entity mentions in it, optionally as HTML."""
    idx = actor_index(store, base)
    ident = document_id.strip().strip("/")
    if ident.startswith(("http://", "https://")):
        iri = ident
    else:
        iri = base + (ident if ident.startswith("document/") else f"document/{ident}")
    doc = idx.documents.get(iri)
    node = named(iri)
    if doc is None or node is None:
        raise NotFound(f"no document with id {document_id!r}; list them with GET /api/documents")
    rows = store.select(sparql("document_mentions"), doc=node)
    spans = sorted(
        (
            {"start": integer(r["start"]), "end": integer(r["end"]), "text": r["exact"].value, "entity": node_ref(idx, r["e"].value)}
            for r in rows
        ),
        key=lambda m: (m["start"], -m["end"], m["entity"]["iri"]),
    )
    return {
        **_summary(doc, len(spans)),
        "text": doc.text,
        "spans": spans,
        "html": mark_html(doc.text, spans) if with_html else None,
    }


def mark_html(text: str, mentions: list[dict[str, Any]]) -> str:
    """``text`` as escaped HTML with each (non-overlapping) mention in ``<mark>``.

    >>> mark_html("A <b> C", [{"start": 3, "end": 4, "entity": {"id": "x", "label": "<B>"}}])
    'A &lt;<mark data-entity="x" title="&lt;B&gt;">b</mark>&gt; C'
    """
    out: list[str] = []
    pos = 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = m["start"], m["end"]
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out of range: keep the first, longest one
        ent = m["entity"]
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<mark data-entity="{html.escape(ent["id"])}" title="{html.escape(ent.get("label") or ent["id"])}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)
