"""``GET /api/agreements[/{id}]``: parties, negotiators, signing date, and a timeline
of signing, meetings and statements about the agreement."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.errors import NotFound
from kg.lookup.dates import date_key
from kg.lookup.ids import resolve_actor
from kg.lookup.index import Index, actor_index
from kg.lookup.refs import node_ref, node_refs
from kg.lookup.relationships import fact_evidence, facts
from kg.lookup.statements import statement_details
from kg.store import GraphStore


def _agreement_iri(idx: Index, agreement_id: str) -> str:
    iri = resolve_actor(idx, agreement_id)
    if "Agreement" not in idx.actors[iri].types:
        raise NotFound(f"{agreement_id!r} is an actor but not an agreement; list them with GET /api/agreements")
    return iri


def summary(store: GraphStore, idx: Index, iri: str) -> dict[str, Any]:
    """Label, aliases, signing date, parties (``bn:partyTo``) and negotiators (``bn:negotiates``)."""

    def actors_by(pred: str) -> list[dict[str, Any]]:
        return [
            {"actor": node_ref(idx, f.other.value), "evidence": fact_evidence(store, idx, iri, f)}
            for f in facts(idx, iri, pred)
            if f.direction == "in"
        ]

    signed = [f.other.value for f in facts(idx, iri, "dateSigned") if isinstance(f.other, ox.Literal)]
    return {
        **node_ref(idx, iri),
        "aliases": idx.actors[iri].aliases,
        "date_signed": min(signed, default=None),
        "parties": actors_by("partyTo"),
        "negotiators": actors_by("negotiates"),
    }


def agreements(store: GraphStore, base: str, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Agreements, by name, with their parties, negotiators and signing date."""
    idx = actor_index(store, base)
    found = [a.iri for a in idx.by_name if "Agreement" in a.types]
    items = [summary(store, idx, i) for i in found[offset : offset + limit]]
    return {"total": len(found), "limit": limit, "offset": offset, "items": items}


def _item(kind: str, date: str | None, label: str | None, **more: Any) -> dict[str, Any]:
    return {"date": date, "kind": kind, "label": label, "node": None, "evidence": [], "quote": None,
            "speaker": None, "participants": [], **more}


def agreement(store: GraphStore, base: str, agreement_id: str) -> dict[str, Any]:
    """One agreement and its timeline: signing, meetings and statements, by date (undated last)."""
    idx = actor_index(store, base)
    iri = _agreement_iri(idx, agreement_id)
    head = summary(store, idx, iri)
    timeline: list[dict[str, Any]] = []
    for f in facts(idx, iri, "dateSigned"):
        if isinstance(f.other, ox.Literal) and f.other.value:
            timeline.append(_item("signed", f.other.value, f"{head['label']} signed",
                                   evidence=fact_evidence(store, idx, iri, f)))
    about = [f for f in facts(idx, iri, "about") if f.direction == "in"]
    for f in about:
        ev = f.other.value
        ref = node_ref(idx, ev)
        if "Event" not in ref["types"]:
            continue
        dates = sorted(o.value for p, o in idx.out.get(ev, ()) if p == "date" and isinstance(o, ox.Literal))
        who = sorted({o.value for p, o in idx.out.get(ev, ()) if p == "participant" and isinstance(o, ox.NamedNode)})
        timeline.append(_item("meeting" if "Meeting" in ref["types"] else "event", dates[0] if dates else None,
                              ref["label"] or ref["id"], node=ref, evidence=fact_evidence(store, idx, iri, f),
                              participants=node_refs(idx, who)))
    said = sorted(f.other.value for f in about if "Statement" in idx.node(f.other.value).types)
    for st in statement_details(store, idx, said):
        timeline.append(_item("statement", st["date"], st["label"] or st["quote"][:80],
                              node={"id": st["id"], "iri": st["iri"], "label": st["label"], "types": ["Statement"], "type": "Statement"},
                              evidence=[st["source"]] if st["source"] else [], quote=st["quote"], speaker=st["speaker"]))
    timeline.sort(key=lambda t: (date_key(t["date"]), t["kind"], t["label"] or ""))
    return {**head, "timeline": timeline}
