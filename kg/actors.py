"""Actor lookups for the REST API and the entity pages, without SPARQL for the caller.

The SPARQL lives in ``kg/sparql/*.rq`` (each file starts with the question it
answers); user input only ever reaches a query as a ``VALUES`` row of pyoxigraph
terms, never as text. Results are plain dicts shaped like ``api.schemas``.

An *actor* is a node typed ``bn:Person``, ``bn:Organization``, ``bn:Place``
(countries included) or ``bn:Agreement``. Its public id is its IRI path below the
base (``person/justin-trudeau``); the bare key (``justin-trudeau``) is accepted
when only one actor has it.

A small index of all actors (labels, aliases, classes, mention counts, sides) is
built once per store version: search and id resolution are dictionary work, so
they stay fast on a million-triple store.
"""

from __future__ import annotations

import calendar
import html
import threading
import unicodedata
import weakref
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import AmbiguousId, InvalidParameter, NotFound
from kg.iris import local_id
from kg.settings import ONTOLOGY_NS
from kg.store import PREFIXES, GraphStore

SPARQL_DIR = Path(__file__).with_name("sparql")
BN = ONTOLOGY_NS
ACTOR_ROOTS = ("Person", "Organization", "Place", "Agreement")
# Fallback when the ontology graph is not loaded: sub -> super (bn: local names).
_DEFAULT_SUPERS = {
    "GovernmentAgency": "Organization",
    "MediaOrganization": "Organization",
    "Country": "Place",
    "Meeting": "Event",
}
_PREFIX_BLOCK = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


# -- SPARQL plumbing ---------------------------------------------------------
@lru_cache(maxsize=None)
def sparql(name: str) -> str:
    """The query ``kg/sparql/<name>.rq`` with the project's prefixes."""
    return _PREFIX_BLOCK + (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")


def select_in(
    store: GraphStore, name: str, var: str, terms: list[ox.NamedNode], chunk: int = 500
) -> list[dict[str, Any]]:
    """Run query ``name`` once per chunk of ``terms`` bound to ``?var`` with VALUES.

    Terms are pyoxigraph terms serialised by pyoxigraph, so they cannot change
    the query's shape (the same guarantee as ``GraphStore.select``).
    """
    rows: list[dict[str, Any]] = []
    if not terms:
        return rows
    text = sparql(name)
    idx = text.upper().index("WHERE")
    brace = text.index("{", idx)
    for i in range(0, len(terms), chunk):
        values = " ".join(str(t) for t in terms[i : i + chunk])
        q = f"{text[: brace + 1]}\n  VALUES ?{var} {{ {values} }}\n{text[brace + 1 :]}"
        rows.extend(store.select(q))
    return rows


def named(iri: str) -> ox.NamedNode | None:
    """``NamedNode(iri)``, or None for text that is not a valid IRI (user input)."""
    try:
        return ox.NamedNode(iri)
    except (ValueError, TypeError):
        return None


def normalise(text: str) -> str:
    """Case- and accent-insensitive form for search.

    >>> normalise("Québec  CITY")
    'quebec city'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def _value(term: Any) -> str:
    return term.value if term is not None else ""


def _int(term: Any) -> int:
    try:
        return int(term.value)
    except (AttributeError, ValueError):
        return 0


def store_version(store: GraphStore) -> str:
    """A cache key for the store's content."""
    return store.version()


# -- the actor index -------------------------------------------------------------
@dataclass
class Actor:
    iri: str
    label: str
    types: list[str]
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    sides: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # normalised label + aliases


@dataclass
class ActorIndex:
    version: str
    base: str
    actors: dict[str, Actor]
    by_key: dict[str, list[str]]
    supers: dict[str, set[str]]
    classes: set[str] = field(default_factory=set)  # every bn: class known (ontology + data)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # filled on demand

    def ref(self, iri: str) -> dict[str, Any] | None:
        a = self.actors.get(iri)
        if a is None:
            return None
        return {"id": public_id(self.base, iri), "iri": iri, "label": a.label, "types": a.types, "type": a.type}


_INDEXES: "weakref.WeakKeyDictionary[GraphStore, ActorIndex]" = weakref.WeakKeyDictionary()
_INDEX_LOCK = threading.Lock()


def public_id(base: str, iri: str) -> str:
    """The id used in API URLs: the IRI path below ``base`` (or the IRI itself)."""
    return local_id(base, iri) or iri


def most_specific(types: list[str], supers: dict[str, set[str]]) -> str:
    """The class in ``types`` that no other class in ``types`` refines."""
    inherited = set().union(*(supers.get(t, set()) for t in types)) if types else set()
    candidates = [t for t in types if t not in inherited]
    return sorted(candidates)[0] if candidates else (sorted(types)[0] if types else "Thing")


def _superclasses(store: GraphStore) -> dict[str, set[str]]:
    direct: dict[str, set[str]] = {k: {v} for k, v in _DEFAULT_SUPERS.items()}
    for row in store.select(sparql("subclasses")):
        sub, sup = row["sub"].value[len(BN):], row["sup"].value[len(BN):]
        if sub != sup:
            direct.setdefault(sub, set()).add(sup)
    closed: dict[str, set[str]] = {}
    for cls in direct:  # transitive closure; the hierarchy is small
        seen: set[str] = set()
        todo = list(direct[cls])
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(direct.get(c, ()))
        closed[cls] = seen
    return closed


def _bn_classes(supers: dict[str, set[str]]) -> set[str]:
    return set(supers) | {c for sups in supers.values() for c in sups}


def actor_index(store: GraphStore, base: str) -> ActorIndex:
    """The actor index for the store's current version (built on first use)."""
    version = store_version(store)
    idx = _INDEXES.get(store)
    if idx is not None and idx.version == version and idx.base == base:
        return idx
    with _INDEX_LOCK:  # one build at a time; others wait and reuse it
        idx = _INDEXES.get(store)
        if idx is None or idx.version != version or idx.base != base:
            idx = _INDEXES[store] = _build_index(store, base, version)
    return idx


def _build_index(store: GraphStore, base: str, version: str) -> ActorIndex:
    supers = _superclasses(store)
    # Bind the classes rather than filter: the engine then reads only actor rows.
    actor_classes = {c for c, sups in supers.items() if sups & set(ACTOR_ROOTS)} | set(ACTOR_ROOTS)
    types: dict[str, set[str]] = {}
    for row in select_in(store, "actor_types", "type", [ox.NamedNode(BN + c) for c in sorted(actor_classes)]):
        if isinstance(row["e"], ox.NamedNode):
            types.setdefault(row["e"].value, set()).add(row["type"].value[len(BN):])
    for iri in types:  # superclasses outside the actor roots (bn:Actor) count too
        types[iri] |= set().union(*(supers.get(t, set()) for t in types[iri])) & _bn_classes(supers)
    labels: dict[str, str] = {}
    for row in store.select(sparql("actor_labels")):
        lab = row["label"].value  # several labels (should not happen): keep a stable one
        labels[row["e"].value] = min(labels.get(row["e"].value, lab), lab)
    aliases: dict[str, set[str]] = {}
    for row in store.select(sparql("actor_aliases")):
        aliases.setdefault(row["e"].value, set()).add(row["alt"].value)
    mentions = {row["e"].value: _int(row["n"]) for row in store.select(sparql("actor_mention_counts"))}
    sides: dict[str, set[str]] = {}
    for row in store.select(sparql("actor_sides")):
        if isinstance(row["side"], ox.NamedNode):
            sides.setdefault(row["e"].value, set()).add(row["side"].value)
    actors: dict[str, Actor] = {}
    by_key: dict[str, list[str]] = {}
    for iri, ts in types.items():
        tl = sorted(ts)
        label = labels.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]
        al = sorted(aliases.get(iri, set()) - {label})
        actors[iri] = Actor(
            iri=iri,
            label=label,
            types=tl,
            type=most_specific(tl, supers),
            aliases=al,
            mentions=mentions.get(iri, 0),
            sides=sorted(sides.get(iri, set())),
            names=[normalise(n) for n in [label, *al]],
        )
        by_key.setdefault(iri.rstrip("/").rsplit("/", 1)[-1], []).append(iri)
    classes = set(supers) | {c for sups in supers.values() for c in sups} | {t for ts in types.values() for t in ts}
    return ActorIndex(version, base, actors, by_key, supers, classes)


# -- id resolution ---------------------------------------------------------------
def resolve_actor(store: GraphStore, base: str, actor_id: str) -> str:
    """The IRI of the actor ``actor_id`` names (path below base, bare key or full IRI).

    Raises ``NotFound`` for an unknown actor and ``AmbiguousId`` for a bare key
    that several actors share (the message lists the full ids to use instead).
    """
    idx = actor_index(store, base)
    ident = actor_id.strip().strip("/")
    if ident.startswith(("http://", "https://")):
        iri = ident
    elif "/" in ident:
        iri = base + ident
    else:
        found = idx.by_key.get(ident, [])
        if len(found) > 1:
            ids = ", ".join(sorted(public_id(base, i) for i in found))
            raise AmbiguousId(f"actor id {actor_id!r} is ambiguous; use one of: {ids}")
        iri = found[0] if found else base + ident
    if iri not in idx.actors:
        raise NotFound(f"no actor with id {actor_id!r}; search with GET /api/actors?q=...")
    return iri


def check_class(idx: ActorIndex, param: str, cls: str | None) -> None:
    """``InvalidParameter`` unless ``cls`` is None or a bn: class the graph knows."""
    if cls is not None and cls not in idx.classes:
        known = ", ".join(sorted(idx.classes))
        raise InvalidParameter(f"parameter {param!r}: unknown class {cls!r}; use one of: {known}")


# -- search ----------------------------------------------------------------------
def search(
    store: GraphStore,
    base: str,
    q: str | None = None,
    type_: str | None = None,
    side: str | None = None,
    sort: str = "name",
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Actors whose label or an alias contains ``q`` (case and accents ignored)."""
    idx = actor_index(store, base)
    check_class(idx, "type", type_)
    needle = normalise(q) if q else ""
    side_iri = resolve_actor(store, base, side) if side else None
    hits = [
        a
        for a in idx.actors.values()
        if (not needle or any(needle in n for n in a.names))
        and (type_ is None or type_ in a.types)
        and (side_iri is None or side_iri in a.sides)
    ]
    scores: dict[str, float] = {}
    if sort == "centrality":
        from kg.analytics import degree_scores

        scores = degree_scores(store, base)
        hits.sort(key=lambda a: (-scores.get(a.iri, 0.0), normalise(a.label), a.iri))
    elif sort == "mentions":
        hits.sort(key=lambda a: (-a.mentions, normalise(a.label), a.iri))
    else:
        hits.sort(key=lambda a: (normalise(a.label), a.iri))
    page = hits[offset : offset + limit]
    items = []
    for a in page:
        ref = idx.ref(a.iri) or {}
        items.append(
            {
                **ref,
                "aliases": a.aliases,
                "mentions": a.mentions,
                "sides": [s for s in (node_refs(store, base, a.sides)) if s],
                "centrality": scores.get(a.iri) if sort == "centrality" else None,
            }
        )
    return {"total": len(hits), "limit": limit, "offset": offset, "items": items}


# -- references to nodes and documents --------------------------------------------
def node_refs(store: GraphStore, base: str, iris: list[str]) -> list[dict[str, Any]]:
    """``{id, iri, label, types, type}`` for each IRI (actors from the index, others queried)."""
    idx = actor_index(store, base)
    known = {i: idx.ref(i) for i in iris if i in idx.actors}
    missing = [n for i in dict.fromkeys(iris) if i not in known and (n := named(i)) is not None]
    labels: dict[str, str] = {}
    types: dict[str, set[str]] = {}
    for row in select_in(store, "describe_nodes", "n", missing):
        i = row["n"].value
        types.setdefault(i, set())
        if "label" in row:
            labels[i] = min(labels.get(i, row["label"].value), row["label"].value)
        if "type" in row:
            types[i].add(row["type"].value[len(BN):])
    out = []
    for i in iris:
        if i in known:
            out.append(known[i])
            continue
        tl = sorted(types.get(i, set()))
        out.append(
            {
                "id": public_id(base, i),
                "iri": i,
                "label": labels.get(i),
                "types": tl,
                "type": most_specific(tl, idx.supers) if tl else None,
            }
        )
    return out


def document_refs(store: GraphStore, base: str, iris: list[str]) -> dict[str, dict[str, Any]]:
    """``{iri: {id, iri, title}}`` for document IRIs (remembered per store version)."""
    cache = actor_index(store, base).documents
    titles: dict[str, str] = {}
    idents: dict[str, str] = {}
    terms = [n for i in dict.fromkeys(iris) if i not in cache and (n := named(i)) is not None]
    for row in select_in(store, "document_titles", "n", terms):
        if "title" in row:
            titles[row["n"].value] = row["title"].value
        if "ident" in row:
            idents[row["n"].value] = row["ident"].value
    for t in terms:
        pid = public_id(base, t.value)
        doc_id = idents.get(t.value) or (pid[len("document/"):] if pid.startswith("document/") else pid)
        cache[t.value] = {"id": doc_id, "iri": t.value, "title": titles.get(t.value)}
    return {i: cache[i] for i in iris if i in cache}


def evidence_item(row: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    doc = row["doc"].value
    return {
        "document": docs.get(doc, {"id": doc, "iri": doc, "title": None}),
        "text": _value(row.get("exact")),
        "start": _int(row.get("start")),
        "end": _int(row.get("end")),
    }


# -- detail ------------------------------------------------------------------------
def detail(store: GraphStore, base: str, actor_id: str) -> dict[str, Any]:
    """Label, aliases, classes, offices, sides, sameAs links, documents and counts."""
    iri = resolve_actor(store, base, actor_id)
    idx = actor_index(store, base)
    a = idx.actors[iri]
    node = ox.NamedNode(iri)
    offices = []
    rows = store.select(sparql("actor_offices"), actor=node)
    pos_refs = {r["iri"]: r for r in node_refs(store, base, sorted({r["pos"].value for r in rows}))}
    in_iris = sorted({r["in"].value for r in rows if "in" in r and isinstance(r["in"], ox.NamedNode)})
    in_refs = {r["iri"]: r for r in node_refs(store, base, in_iris)}
    for pos in sorted(pos_refs):
        places = [in_refs[r["in"].value] for r in rows if r["pos"].value == pos and "in" in r and r["in"].value in in_refs]
        ref = pos_refs[pos]
        offices.append({**ref, "position_in": places[0] if places else None})
    same_as = sorted({r["other"].value for r in store.select(sparql("actor_same_as"), actor=node)})
    doc_iris = sorted({r["doc"].value for r in store.select(sparql("actor_documents"), actor=node)})
    docs = document_refs(store, base, doc_iris)
    # Counting needs only the facts, not their evidence (cheap even for hub actors).
    out_facts = store.select(sparql("node_out"), actor=node)
    in_facts = store.select(sparql("node_in"), actor=node)
    spoke = sum(1 for r in in_facts if r["p"].value == BN + "speaker")
    pid = public_id(base, iri)
    return {
        **(idx.ref(iri) or {}),
        "aliases": a.aliases,
        "offices": offices,
        "sides": node_refs(store, base, a.sides),
        "same_as": same_as,
        "documents": [docs[d] for d in doc_iris],
        "counts": {
            "mentions": a.mentions,
            "documents": len(doc_iris),
            "relationships": len(out_facts) + len(in_facts),
            "statements": spoke,
        },
        "links": {
            "self": f"/api/actors/{pid}",
            "relationships": f"/api/actors/{pid}/relationships",
            "page": f"/id/{pid}" if iri.startswith(base) else iri,
            "viewer": f"/graph?actor={pid}",
        },
    }


# -- relationships -------------------------------------------------------------------
def relationships(
    store: GraphStore,
    base: str,
    actor_id: str,
    predicate: str | None = None,
    other_type: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    """Every bn: fact in and out of the actor, each with the sentences behind it.

    Relations between entities take their evidence from ``bn:RelationAssertion``
    nodes; facts stated by statements and events (speaker, addressee, about,
    participant) take the statement's or event's own source sentence.
    """
    iri = resolve_actor(store, base, actor_id)
    check_class(actor_index(store, base), "other_type", other_type)
    rels = node_relationships(store, base, iri, predicate, other_type)
    end = None if limit is None else offset + limit
    return {**rels, "limit": limit, "offset": offset, "items": rels["items"][offset:end]}


def node_relationships(
    store: GraphStore,
    base: str,
    iri: str,
    predicate: str | None = None,
    other_type: str | None = None,
) -> dict[str, Any]:
    """``relationships`` for any node IRI (actors, positions, documents' entities)."""
    node = ox.NamedNode(iri)
    facts: list[tuple[str, str, Any]] = []  # (direction, predicate IRI, other term)
    for row in store.select(sparql("node_out"), actor=node):
        facts.append(("out", row["p"].value, row["o"]))
    for row in store.select(sparql("node_in"), actor=node):
        facts.append(("in", row["p"].value, row["s"]))
    # Evidence: assertions (keyed by s, p, o), and statements'/events' own sentences.
    asserted: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    ev_rows = store.select(sparql("assertion_evidence"), actor=node)
    others = sorted({o.value for _, _, o in facts if isinstance(o, ox.NamedNode)})
    refs = {r["iri"]: r for r in node_refs(store, base, others)}
    # Only statements and events carry their source sentence as bn:evidence.
    sources = sorted(
        {o.value for d, _, o in facts if d == "in" and o.value in refs and {"Statement", "Event"} & set(refs[o.value]["types"])}
    )
    src_rows = select_in(store, "node_evidence", "n", [ox.NamedNode(i) for i in sources])
    docs = document_refs(store, base, sorted({r["doc"].value for r in ev_rows + src_rows}))
    for r in ev_rows:
        key = (r["s"].value, r["p"].value, r["o"].value)
        asserted.setdefault(key, []).append(evidence_item(r, docs))
    own: dict[str, list[dict[str, Any]]] = {}
    for r in src_rows:
        own.setdefault(r["n"].value, []).append(evidence_item(r, docs))
    statements = [i for i in sources if "Statement" in refs[i]["types"]]
    quotes = _statement_quotes(store, [ox.NamedNode(i) for i in statements])
    items = []
    for direction, p, other in facts:
        pname = p[len(BN):]
        if predicate and pname != predicate:
            continue
        ref = refs.get(other.value) if isinstance(other, ox.NamedNode) else None
        if other_type and (ref is None or other_type not in ref["types"]):
            continue
        if direction == "out":
            evidence = asserted.get((iri, p, other.value), [])
        else:
            evidence = asserted.get((other.value, p, iri), []) or own.get(other.value, [])
        stmt = None
        if ref is not None and "Statement" in ref["types"]:
            stmt = {"id": ref["id"], "iri": ref["iri"], **quotes.get(other.value, {"quote": None, "kind": None})}
        items.append(
            {
                "predicate": pname,
                "direction": direction,
                "other": ref,
                "value": other.value if isinstance(other, ox.Literal) else None,
                "evidence": sorted(evidence, key=lambda e: (e["document"]["id"], e["start"], e["end"])),
                "statement": stmt,
            }
        )
    items.sort(key=lambda r: (r["predicate"], r["direction"], (r["other"] or {}).get("label") or "", r["value"] or "", (r["other"] or {}).get("iri", "")))
    idx = actor_index(store, base)
    actor_ref = idx.ref(iri) or node_refs(store, base, [iri])[0]
    return {"actor": actor_ref, "total": len(items), "items": items}


def _statement_quotes(store: GraphStore, nodes: list[ox.NamedNode]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in select_in(store, "statement_details", "st", list(dict.fromkeys(nodes))):
        p = row["p"].value[len(BN):] if row["p"].value.startswith(BN) else ""
        if p in ("quote", "kind"):
            out.setdefault(row["st"].value, {"quote": None, "kind": None})[p] = row["o"].value
    return out


# -- dates ---------------------------------------------------------------------------
def date_interval(value: str) -> tuple[date, date] | None:
    """The days an ISO date or partial date covers; None if it is not one.

    >>> date_interval("2023-02")
    (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
    >>> date_interval("2002")[1]
    datetime.date(2002, 12, 31)
    >>> date_interval("last month") is None
    True
    """
    v = value.strip()[:10]
    try:
        if len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if len(v) == 7 and v[4] == "-":
            y, m = int(v[:4]), int(v[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(v) == 10:
            d = date.fromisoformat(v)
            return d, d
    except ValueError:
        return None
    return None


def parse_date_param(name: str, value: str | None) -> tuple[date, date] | None:
    """A ``from``/``to`` query parameter as an interval; ``InvalidParameter`` if malformed."""
    if value is None:
        return None
    iv = date_interval(value) if len(value.strip()) in (4, 7, 10) else None
    if iv is None:
        raise InvalidParameter(
            f"parameter {name!r}: {value!r} is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return iv


# -- statements ------------------------------------------------------------------------
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
    """Statements, optionally by a speaker, about an actor, stated within dates."""
    lo = parse_date_param("from", date_from)
    hi = parse_date_param("to", date_to)
    if lo and hi and lo[0] > hi[1]:
        raise InvalidParameter(f"parameter 'from' ({date_from}) is after 'to' ({date_to})")
    sets: list[set[str]] = []
    if speaker:
        who = ox.NamedNode(resolve_actor(store, base, speaker))
        sets.append({r["st"].value for r in store.select(sparql("statements_by_speaker"), speaker=who)})
    if about:
        what = ox.NamedNode(resolve_actor(store, base, about))
        sets.append({r["st"].value for r in store.select(sparql("statements_about"), about=what)})
    if not sets:
        sets.append({r["st"].value for r in store.select(sparql("statements_all"))})
    chosen = sorted(set.intersection(*sets))
    items = statement_details(store, base, chosen)
    if lo or hi:
        start = lo[0] if lo else date.min
        end = hi[1] if hi else date.max

        def within(st: dict[str, Any]) -> bool:
            iv = date_interval(st["date"]) if st["date"] else None
            return iv is not None and iv[1] >= start and iv[0] <= end

        items = [s for s in items if within(s)]
    items.sort(key=lambda s: (_date_key(s["date"]), s["iri"]))
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset : offset + limit]}


def _date_key(value: str | None) -> tuple[int, str]:
    """Sort dated things first, by their start day; undated last."""
    iv = date_interval(value) if value else None
    return (0, iv[0].isoformat()) if iv else (1, value or "")


def statement_details(store: GraphStore, base: str, iris: list[str]) -> list[dict[str, Any]]:
    """Full records for statement IRIs: speaker, addressee, medium, date, quote, source."""
    terms = [n for i in iris if (n := named(i)) is not None]
    props: dict[str, dict[str, list[Any]]] = {i: {} for i in iris}
    for row in select_in(store, "statement_details", "st", terms):
        p = row["p"].value
        key = p[len(BN):] if p.startswith(BN) else "label"
        props.setdefault(row["st"].value, {}).setdefault(key, []).append(row["o"])
    spans: dict[str, dict[str, dict[str, Any]]] = {}
    span_rows = select_in(store, "statement_spans", "st", terms)
    docs = document_refs(store, base, sorted({r["doc"].value for r in span_rows}))
    for r in span_rows:
        role = "quote_span" if r["role"].value == BN + "quoteEvidence" else "source"
        spans.setdefault(r["st"].value, {})[role] = evidence_item(r, docs)
    linked = sorted(
        {
            o.value
            for p in props.values()
            for k in ("speaker", "addressee", "about")
            for o in p.get(k, [])
            if isinstance(o, ox.NamedNode)
        }
    )
    refs = {r["iri"]: r for r in node_refs(store, base, linked)}

    def first(p: dict[str, list[Any]], k: str) -> Any:
        vals = sorted(p.get(k, []), key=lambda t: t.value)
        return vals[0] if vals else None

    out = []
    for i in iris:
        p = props.get(i, {})
        speaker, addressee = first(p, "speaker"), first(p, "addressee")
        out.append(
            {
                "id": public_id(base, i),
                "iri": i,
                "label": _value(first(p, "label")) or None,
                "speaker": refs.get(speaker.value) if speaker is not None else None,
                "addressee": refs.get(addressee.value) if addressee is not None else None,
                "medium": _value(first(p, "medium")) or None,
                "date": _value(first(p, "statedOn")) or None,
                "quote": _value(first(p, "quote")),
                "kind": _value(first(p, "kind")) or None,
                "about": [refs[o.value] for o in sorted(p.get("about", []), key=lambda t: t.value) if o.value in refs],
                "source": spans.get(i, {}).get("source"),
                "quote_span": spans.get(i, {}).get("quote_span"),
            }
        )
    return out


# -- agreements -------------------------------------------------------------------------
def _agreement_iri(store: GraphStore, base: str, agreement_id: str) -> str:
    iri = resolve_actor(store, base, agreement_id)
    if "Agreement" not in actor_index(store, base).actors[iri].types:
        raise NotFound(f"{agreement_id!r} is an actor but not an agreement; list them with GET /api/agreements")
    return iri


def _agreement_core(store: GraphStore, base: str, iri: str) -> tuple[dict[str, Any], dict[str, Any]]:
    idx = actor_index(store, base)
    rels = node_relationships(store, base, iri)

    def actors_by(pred: str) -> list[dict[str, Any]]:
        return [
            {"actor": r["other"], "evidence": r["evidence"]}
            for r in rels["items"]
            if r["predicate"] == pred and r["direction"] == "in" and r["other"]
        ]

    signed = [r for r in rels["items"] if r["predicate"] == "dateSigned" and r["value"]]
    summary = {
        **(idx.ref(iri) or {}),
        "aliases": idx.actors[iri].aliases,
        "date_signed": min((r["value"] for r in signed), default=None),
        "parties": actors_by("partyTo"),
        "negotiators": actors_by("negotiates"),
    }
    return summary, rels


def agreements(store: GraphStore, base: str, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Agreements with their parties, negotiators and signing date."""
    idx = actor_index(store, base)
    iris = sorted((a for a in idx.actors.values() if "Agreement" in a.types), key=lambda a: (normalise(a.label), a.iri))
    items = [_agreement_core(store, base, a.iri)[0] for a in iris[offset : offset + limit]]
    return {"total": len(iris), "limit": limit, "offset": offset, "items": items}


def agreement(store: GraphStore, base: str, agreement_id: str) -> dict[str, Any]:
    """One agreement and its timeline: signing, meetings and statements, by date."""
    iri = _agreement_iri(store, base, agreement_id)
    summary, rels = _agreement_core(store, base, iri)
    timeline: list[dict[str, Any]] = []
    for r in rels["items"]:
        if r["predicate"] == "dateSigned" and r["value"]:
            timeline.append(
                {"date": r["value"], "kind": "signed", "label": f"{summary['label']} signed", "node": None,
                 "evidence": r["evidence"], "quote": None, "speaker": None, "participants": []}
            )
    event_rows = store.select(sparql("events_about"), actor=ox.NamedNode(iri))
    events: dict[str, dict[str, Any]] = {}
    for row in event_rows:
        ev = events.setdefault(row["ev"].value, {"date": None, "participants": set()})
        if "date" in row:
            ev["date"] = min(filter(None, [ev["date"], row["date"].value]))
        if "participant" in row:
            ev["participants"].add(row["participant"].value)
    ev_refs = {r["iri"]: r for r in node_refs(store, base, sorted(events))}
    ev_evidence: dict[str, list[dict[str, Any]]] = {}
    for r in rels["items"]:
        if r["other"] and r["other"]["iri"] in events:
            ev_evidence[r["other"]["iri"]] = r["evidence"]
    for ev_iri, ev in sorted(events.items()):
        ref = ev_refs[ev_iri]
        timeline.append(
            {"date": ev["date"], "kind": "meeting" if "Meeting" in ref["types"] else "event",
             "label": ref["label"] or ref["id"], "node": ref, "evidence": ev_evidence.get(ev_iri, []),
             "quote": None, "speaker": None,
             "participants": node_refs(store, base, sorted(ev["participants"]))}
        )
    st_iris = sorted({r["other"]["iri"] for r in rels["items"]
                      if r["statement"] and r["predicate"] == "about" and r["direction"] == "in"})
    for st in statement_details(store, base, st_iris):
        timeline.append(
            {"date": st["date"], "kind": "statement", "label": st["label"] or st["quote"][:80],
             "node": {"id": st["id"], "iri": st["iri"], "label": st["label"], "types": ["Statement"], "type": "Statement"},
             "evidence": [st["source"]] if st["source"] else [], "quote": st["quote"],
             "speaker": st["speaker"], "participants": []}
        )
    timeline.sort(key=lambda t: (_date_key(t["date"]), t["kind"], t["label"]))
    return {**summary, "timeline": timeline}


# -- documents --------------------------------------------------------------------------
def _document_rows(store: GraphStore, doc: ox.NamedNode | None = None) -> list[dict[str, Any]]:
    rows = store.select(sparql("documents"), doc=doc) if doc is not None else store.select(sparql("documents"))
    counts = {r["doc"].value: _int(r["n"]) for r in store.select(sparql("document_mention_counts"))} if doc is None else None
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        iri = r["doc"].value
        if iri in out:
            continue
        out[iri] = {
            "iri": iri,
            "title": _value(r.get("title")) or None,
            "ident": _value(r.get("ident")) or None,
            "date": _value(r.get("date")) or None,
            "source": _value(r.get("source")) or None,
            "url": _value(r.get("url")) or None,
            "sha256": _value(r.get("sha")) or None,
            "length": _int(r.get("length")),
            "mentions": (counts or {}).get(iri, 0),
        }
    return list(out.values())


def _document_summary(base: str, d: dict[str, Any]) -> dict[str, Any]:
    pid = public_id(base, d["iri"])
    doc_id = d.pop("ident") or (pid[len("document/"):] if pid.startswith("document/") else pid)
    return {"id": doc_id, **d}


def documents(store: GraphStore, base: str, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Every document's metadata (no text)."""
    rows = sorted(_document_rows(store), key=lambda d: d["iri"])
    items = [_document_summary(base, d) for d in rows]
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset : offset + limit]}


def document(store: GraphStore, base: str, document_id: str, with_html: bool = False) -> dict[str, Any]:
    """One document: metadata, text, the entity mentions in it, optionally as HTML."""
    ident = document_id.strip().strip("/")
    if ident.startswith(("http://", "https://")):
        iri = ident
    else:
        iri = base + (ident if ident.startswith("document/") else f"document/{ident}")
    node = named(iri)
    rows = _document_rows(store, node) if node is not None else []
    if not rows:
        raise NotFound(f"no document with id {document_id!r}; list them with GET /api/documents")
    text_rows = store.select(sparql("document_text"), doc=node)
    text = text_rows[0]["text"].value if text_rows else ""
    mention_rows = store.select(sparql("document_mentions"), doc=node)
    refs = {r["iri"]: r for r in node_refs(store, base, sorted({r["e"].value for r in mention_rows}))}
    mentions = sorted(
        (
            {"start": _int(r["start"]), "end": _int(r["end"]), "text": r["exact"].value, "entity": refs[r["e"].value]}
            for r in mention_rows
        ),
        key=lambda m: (m["start"], -m["end"], m["entity"]["iri"]),
    )
    summary = _document_summary(base, rows[0])
    summary["mentions"] = len(mentions)
    return {
        **summary,
        "text": text,
        "spans": mentions,
        "html": mark_html(text, mentions) if with_html else None,
    }


def mark_html(text: str, mentions: list[dict[str, Any]]) -> str:
    """``text`` as escaped HTML with each (non-overlapping) mention in ``<mark>``.

    >>> mark_html("A <b> C", [{"start": 4, "end": 5, "entity": {"id": "x", "label": "<B>"}}])
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


# -- linked data -------------------------------------------------------------------------
def describe(store: GraphStore, iri: str) -> list[ox.Triple]:
    """The concise bounded description of ``iri`` (``kg/sparql/cbd_*.rq``), sorted.

    Raises ``NotFound`` when the store says nothing about ``iri``.
    """
    node = named(iri)
    if node is None or not store.select(sparql("subject_exists"), n=node):
        raise NotFound(f"nothing is known about <{iri}>")
    triples: set[ox.Triple] = set()
    for part in ("cbd_own", "cbd_mentions", "cbd_assertions", "cbd_assertion_mentions"):
        # Separate queries: each is an index lookup from the bound node, where one
        # query with UNION would let the engine scan every branch unbound.
        text = sparql(part)
        brace = text.index("{", text.upper().index("WHERE"))
        q = f"{text[: brace + 1]}\n  VALUES ?n {{ {node} }}\n{text[brace + 1 :]}"
        triples.update(ox.Triple(t.subject, t.predicate, t.object) for t in store.query(q))
    return sorted(triples, key=lambda t: (t.subject != node, str(t.subject), str(t.predicate), str(t.object)))
