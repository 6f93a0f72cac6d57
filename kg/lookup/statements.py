"""``GET /api/statements``: who said what, to whom, how and when, with the source sentence.

Filtering and ordering read only the index; full records (with evidence) are
made for the requested page only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pyoxigraph as ox

from kg.errors import InvalidParameter
from kg.lookup.dates import date_interval, date_key, parse_date_param
from kg.lookup.ids import public_id, resolve_actor
from kg.lookup.index import Index, actor_index
from kg.lookup.refs import evidence, node_ref
from kg.store import GraphStore


def all_statements(idx: Index) -> list[str]:
    """Every statement IRI (remembered per store version)."""
    if "statements" not in idx.cache:
        idx.cache["statements"] = sorted(i for i, n in idx.nodes.items() if "Statement" in n.types)
    return idx.cache["statements"]


def _said(idx: Index, iri: str, predicate: str) -> set[str]:
    """Statements linked to ``iri`` by ``predicate`` (speaker, about)."""
    return {s for p, s in idx.inc.get(iri, ()) if p == predicate and "Statement" in idx.node(s).types}


def _first(idx: Index, iri: str, predicate: str) -> Any:
    """The first (by value) object of ``iri predicate ?o``, or None."""
    vals = sorted((o for p, o in idx.out.get(iri, ()) if p == predicate), key=lambda t: t.value)
    return vals[0] if vals else None


def statement_date(idx: Index, iri: str) -> str | None:
    d = _first(idx, iri, "statedOn")
    return d.value if d is not None else None


def statements(
    store: GraphStore,
    base: str,
    speaker: str | None = None,
    about: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    """Statements, optionally by a speaker, about an actor, stated within dates (by date, undated last)."""
    lo = parse_date_param("from", date_from)
    hi = parse_date_param("to", date_to)
    if lo and hi and lo[0] > hi[1]:
        raise InvalidParameter(f"parameter 'from' ({date_from}) is after 'to' ({date_to})")
    idx = actor_index(store, base)
    sets: list[set[str]] = []
    if speaker:
        sets.append(_said(idx, resolve_actor(idx, speaker), "speaker"))
    if about:
        sets.append(_said(idx, resolve_actor(idx, about), "about"))
    chosen = set.intersection(*sets) if sets else set(all_statements(idx))
    dated = [(i, statement_date(idx, i)) for i in chosen]
    if lo or hi:
        start = lo[0] if lo else date.min
        end = hi[1] if hi else date.max

        def within(d: str | None) -> bool:
            iv = date_interval(d) if d else None
            return iv is not None and iv[1] >= start and iv[0] <= end

        dated = [(i, d) for i, d in dated if within(d)]
    dated.sort(key=lambda x: (date_key(x[1]), x[0]))
    page = [i for i, _ in dated[offset : offset + limit]]
    return {"total": len(dated), "limit": limit, "offset": offset, "items": statement_details(store, idx, page)}


def statement_details(store: GraphStore, idx: Index, iris: list[str]) -> list[dict[str, Any]]:
    """Full records for statement IRIs: speaker, addressee, medium, date, quote, source."""
    out = []
    for i in iris:
        facts = idx.out.get(i, ())

        def ref(p: str, i: str = i) -> dict[str, Any] | None:
            t = _first(idx, i, p)
            return node_ref(idx, t.value) if isinstance(t, ox.NamedNode) else None

        def text(p: str, i: str = i) -> str | None:
            t = _first(idx, i, p)
            return t.value if t is not None else None

        source = evidence(store, idx, idx.own_evidence.get(i, []))
        quote_span = evidence(store, idx, idx.quote_evidence.get(i, []))
        about = sorted({o.value for p, o in facts if p == "about" and isinstance(o, ox.NamedNode)})
        out.append(
            {
                "id": public_id(idx.base, i),
                "iri": i,
                "label": idx.node(i).label,
                "speaker": ref("speaker"),
                "addressee": ref("addressee"),
                "medium": text("medium"),
                "date": text("statedOn"),
                "quote": text("quote") or "",
                "kind": text("kind"),
                "about": [node_ref(idx, a) for a in about],
                "source": source[0] if source else None,
                "quote_span": quote_span[0] if quote_span else None,
            }
        )
    return out
