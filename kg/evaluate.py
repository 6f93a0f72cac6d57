"""Score a built graph against a gold annotation file (``*.gold.json``).

The graph is read only through SPARQL on the store, so what is scored is exactly
what researchers can query. Three layers are scored, each with precision, recall
and F1 (true positives, false positives, false negatives are kept too):

**Entities.** The predicted entities are the nodes typed ``bn:Person``,
``bn:Organization``, ``bn:Place``, ``bn:Agreement`` (or a subclass of them: the
ontology's ``rdfs:subClassOf`` is followed when it is in the store) that are
``bn:mentionedIn`` the gold's document, minus unnamed speakers (document-scoped
IRIs under ``{base}unnamed/``). Positions, statements, events are not entities
here. A gold entity matches a predicted one when

* the types are compatible, leniently by one level: equal, or one is the direct
  superclass of the other (gold ``Organization`` ~ predicted ``GovernmentAgency``
  and vice versa, ``Country`` ~ ``Place``); siblings such as
  ``GovernmentAgency`` vs ``MediaOrganization`` do not match, nor does
  ``Person`` vs ``Organization``; and
* one of the gold label/aliases equals one of the graph's ``rdfs:label`` /
  ``skos:altLabel`` after normalisation (case, accents, curly quotes, dots in
  abbreviations such as ``U.S.``, a leading "the").

Matching is one-to-one (a maximum bipartite matching, exact label-to-label pairs
first), so an actor split into two graph nodes yields one false positive.

**Relations.** Gold ``(subject, predicate, object)`` is found when the graph has
``s bn:predicate o`` where ``s``/``o`` are the graph nodes matched to the gold
ids; ``object_label`` is found when the object is a literal, or a node whose
label/altLabel, that contains the gold text (normalised). ``metWith`` is
symmetric: a pair counts once in either direction. The predicted relations are
the triples of the document's named graph with one of ``RELATION_PREDICATES``
whose subject is a predicted entity (relations of unnamed speakers are not
scored). Each predicted triple can satisfy one gold relation.

**Statements.** A gold statement and a graph ``bn:Statement`` *quote-match* when
their quotes overlap: the shared tokens (a multiset, normalised) are at least
``QUOTE_OVERLAP`` (0.5) of the shorter quote's tokens. Pairs are matched
one-to-one, best first. The speaker is *right* when, for a named gold speaker,
the statement's ``bn:speaker`` is the graph node matched to that gold entity;
for an unnamed one (``{"unnamed": "Canadian official", ...}``), when the
speaker node's label contains the gold label's head noun ("official"; plural
folded). Choices:

* statement TP = quote-matched **and** speaker right; so a found quote with the
  wrong speaker is both a false negative and a false positive;
* ``speaker_accuracy`` = speaker right / quote-matched statements, i.e. how
  trustworthy attribution is once a quote is found (recall of quotes is already
  in the statement recall). ``speaker_recall`` (right / gold statements) is
  reported too.
* ``kind``, ``medium`` and ``addressee`` agreement are counted among
  quote-matched statements as diagnostics; they do not change P/R/F1.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.gold import (  # noqa: F401
    GOLD_TYPES,
    KINDS,
    RELATION_PREDICATES,
    Gold,
    GoldEntity,
    GoldRelation,
    GoldStatement,
    UnnamedSpeaker,
    _short,
    load_gold,
)
from kg.iris import document_iri as make_document_iri
from kg.namespaces import PREFIX_BLOCK
from kg.settings import ONTOLOGY_NS, Settings
from kg.store import GraphStore

# Direct superclass of each gold type (the "one level" of leniency).
PARENT = {"GovernmentAgency": "Organization", "MediaOrganization": "Organization", "Country": "Place"}
SYMMETRIC = frozenset({"metWith"})
QUOTE_OVERLAP = 0.5

BN = ONTOLOGY_NS
PREFIXES = PREFIX_BLOCK

# ---------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------


@dataclass
class PRF:
    """Counts and the derived measures. With nothing to find and nothing found, P=R=1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Scores:
    """The result for one document (or, from ``total``, micro-averaged over many)."""

    document: str
    entities: PRF = field(default_factory=PRF)
    relations: PRF = field(default_factory=PRF)
    statements: PRF = field(default_factory=PRF)
    quote_matched: int = 0  # gold statements whose quote was found
    speaker_correct: int = 0  # ... and whose speaker is right
    gold_statements: int = 0
    attributes: Counter[str] = field(default_factory=Counter)  # kind/medium/addressee agreement
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    spurious_relations: list[str] = field(default_factory=list)
    missed_statements: list[str] = field(default_factory=list)
    spurious_statements: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers among quote-matched statements (1.0 when none matched)."""
        return self.speaker_correct / self.quote_matched if self.quote_matched else 1.0

    @property
    def speaker_recall(self) -> float:
        """Right speakers among all gold statements."""
        return self.speaker_correct / self.gold_statements if self.gold_statements else 1.0

    def as_dict(self) -> dict[str, Any]:
        """Plain numbers and lists (for JSON output)."""
        out: dict[str, Any] = {"document": self.document}
        for name in ("entities", "relations", "statements"):
            m: PRF = getattr(self, name)
            out[name] = {"precision": m.precision, "recall": m.recall, "f1": m.f1, "tp": m.tp, "fp": m.fp, "fn": m.fn}
        out["speaker_accuracy"] = self.speaker_accuracy
        out["speaker_recall"] = self.speaker_recall
        out["quote_matched"] = self.quote_matched
        out["attributes"] = dict(self.attributes)
        for name in ("missed_entities", "spurious_entities", "missed_relations", "spurious_relations",
                     "missed_statements", "spurious_statements"):
            out[name] = list(getattr(self, name))
        return out


def total(scores: Iterable[Scores], name: str = "ALL") -> Scores:
    """Micro-average: sum the counts of several documents."""
    out = Scores(name)
    for s in scores:
        out.entities += s.entities
        out.relations += s.relations
        out.statements += s.statements
        out.quote_matched += s.quote_matched
        out.speaker_correct += s.speaker_correct
        out.gold_statements += s.gold_statements
        out.attributes.update(s.attributes)
        for lst in ("missed_entities", "spurious_entities", "missed_relations", "spurious_relations",
                    "missed_statements", "spurious_statements"):
            getattr(out, lst).extend(f"{s.document}: {x}" for x in getattr(s, lst))
    return out


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name.

    >>> normalise("the U.S. Border Patrol")
    'us border patrol'
    >>> normalise("Québec")
    'quebec'
    """
    t = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = re.sub(r"(?<=\b\w)\.(?=\w\b)|(?<=\b\w)\.(?=\s|$)", "", t)  # U.S. -> US
    t = re.sub(r"[^\w']+", " ", t).strip()
    return re.sub(r"^the ", "", t)


def tokens(text: str) -> list[str]:
    """Word tokens of a quote, normalised (curly apostrophes straightened)."""
    t = unicodedata.normalize("NFKD", text.translate(_QUOTES)).casefold()
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.findall(r"\w+(?:'\w+)*", t)


def quote_overlap(a: str, b: str) -> float:
    """Shared tokens (multiset) over the shorter quote's token count.

    >>> quote_overlap("productive meeting", "calling it a “productive meeting”")
    1.0
    """
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    shorter = min(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / shorter if shorter else 0.0


# Words that start a post-modifier: the head noun is the word before them
# ("person familiar with the talks", "officials in both capitals", "farmers downstream").
_POSTMODIFIERS = {
    "for", "of", "at", "in", "from", "with", "on", "to", "near", "who", "that", "close", "familiar",
    "involved", "based", "speaking", "briefed", "downstream", "upstream", "there", "here", "abroad",
}


def head_noun(label: str) -> str:
    """The head of a descriptive speaker label, singular: 'local officials' -> 'official'.

    >>> head_noun("a spokesperson for the ministry")
    'spokesperson'
    """
    words = tokens(label)
    for i, w in enumerate(words):
        if w in _POSTMODIFIERS and i > 0:
            words = words[:i]
            break
    head = words[-1] if words else ""
    return _singular(head)


def _singular(word: str) -> str:
    if word.endswith("people"):
        return word[:-6] + "person"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# ---------------------------------------------------------------------------
# Reading the graph (SPARQL only)
# ---------------------------------------------------------------------------

# Which core class each bn: class falls under (follows the ontology when loaded).
Q_SUBCLASSES = PREFIXES + """
SELECT ?sub ?sup WHERE { ?sub rdfs:subClassOf+ ?sup . FILTER(STRSTARTS(STR(?sup), STR(bn:))) }
"""
# Entities mentioned in the document with their types and names.
Q_ENTITIES = PREFIXES + """
SELECT ?e ?type ?label ?alt WHERE {
  ?e bn:mentionedIn ?doc ; a ?type .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alt }
}
"""
# Relation triples asserted in the document's own named graph.
Q_RELATIONS = PREFIXES + """
SELECT ?s ?p ?o WHERE { GRAPH ?doc { ?s ?p ?o } }
"""
# Names of the nodes the document's graph touches (positions, addressees, speakers).
Q_NAMES = PREFIXES + """
SELECT DISTINCT ?n ?name WHERE {
  GRAPH ?doc { { ?x ?p ?n } UNION { ?n ?p ?x } }
  { ?n rdfs:label ?name } UNION { ?n skos:altLabel ?name }
}
"""
# Statements of the document with their attributes.
Q_STATEMENTS = PREFIXES + """
SELECT ?st ?quote ?speaker ?kind ?medium ?addressee WHERE {
  GRAPH ?doc { ?st a bn:Statement ; bn:quote ?quote .
    OPTIONAL { ?st bn:speaker ?speaker }
    OPTIONAL { ?st bn:kind ?kind }
    OPTIONAL { ?st bn:medium ?medium }
    OPTIONAL { ?st bn:addressee ?addressee } }
}
"""

_CORE = ("Person", "Organization", "GovernmentAgency", "MediaOrganization", "Place", "Country", "Agreement")


@dataclass
class _Node:
    iri: str
    types: set[str] = field(default_factory=set)  # core classes (most specific first not implied)
    names: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.names[0] if self.names else self.iri


def _file_superclasses(type_iri: str) -> set[str]:
    """bn: ancestors from ``ontology/bnkg.ttl`` when the store holds no ontology graph."""
    if not type_iri.startswith(BN):
        return set()
    try:
        from kg.ontology import superclasses

        return {BN + c for c in superclasses(type_iri[len(BN):])}
    except Exception:  # no ontology file (a bare checkout): direct types only
        return set()


class _GraphView:
    """What the scorer needs from one document's graph, read with SPARQL."""

    def __init__(self, store: GraphStore, doc: str, base: str) -> None:
        import pyoxigraph as ox

        self.doc = ox.NamedNode(doc)
        self.base = base
        sub: dict[str, set[str]] = {}
        for row in store.select(Q_SUBCLASSES):
            sub.setdefault(row["sub"].value, set()).add(row["sup"].value)
        self.entities: dict[str, _Node] = {}
        labels: dict[str, list[str]] = {}
        alts: dict[str, list[str]] = {}
        for row in store.select(Q_ENTITIES, doc=self.doc):
            iri = row["e"].value
            if iri.startswith(f"{base}unnamed/"):
                continue  # unnamed speakers are scored with statements, not as entities
            t = row["type"].value
            supers = sub.get(t) or _file_superclasses(t)
            core = {c for c in _CORE if t == BN + c or BN + c in supers}
            if not core:
                continue
            node = self.entities.setdefault(iri, _Node(iri))
            node.types |= core
            if "label" in row and row["label"].value not in labels.setdefault(iri, []):
                labels[iri].append(row["label"].value)
            if "alt" in row and row["alt"].value not in alts.setdefault(iri, []):
                alts[iri].append(row["alt"].value)
        for iri, node in self.entities.items():
            node.names = labels.get(iri, []) + [a for a in alts.get(iri, []) if a not in labels.get(iri, [])]
        self.names: dict[str, list[str]] = {}
        for row in store.select(Q_NAMES, doc=self.doc):
            self.names.setdefault(row["n"].value, []).append(row["name"].value)
        self.triples: list[tuple[str, str, Any]] = []
        preds = {BN + p: p for p in RELATION_PREDICATES}
        for row in store.select(Q_RELATIONS, doc=self.doc):
            p = preds.get(row["p"].value)
            if p and row["s"].value in self.entities:
                self.triples.append((row["s"].value, p, row["o"]))
        self.statements: dict[str, dict[str, Any]] = {}
        for row in store.select(Q_STATEMENTS, doc=self.doc):
            st = self.statements.setdefault(row["st"].value, {"quote": row["quote"].value})
            for k in ("speaker", "kind", "medium", "addressee"):
                if k in row:
                    st[k] = row[k].value

    def node_names(self, iri: str) -> list[str]:
        return self.names.get(iri, [])


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------


def type_compatible(gold_type: str, predicted: set[str]) -> bool:
    """Equal types, or one the direct superclass of the other.

    ``predicted`` holds the node's core classes (closed upwards when the
    ontology is loaded: a GovernmentAgency node may list Organization too).
    """
    specific = {t for t in predicted if not any(PARENT.get(o) == t for o in predicted)}
    for t in specific or predicted:
        if t == gold_type or PARENT.get(t) == gold_type or PARENT.get(gold_type) == t:
            return True
    return False


def _match_entities(gold: Gold, view: _GraphView) -> dict[str, str]:
    """One-to-one gold id -> graph IRI: greedy on exact labels, then augmenting paths."""
    norm_pred = {iri: {normalise(n) for n in node.names} for iri, node in view.entities.items()}
    edges: dict[str, list[str]] = {}
    for g in gold.entities:
        gnames = {normalise(n) for n in g.names}
        strong, weak = [], []
        for iri, node in view.entities.items():
            if not type_compatible(g.type, node.types) or not gnames & norm_pred[iri]:
                continue
            label_eq = node.names and normalise(node.names[0]) == normalise(g.label)
            (strong if label_eq else weak).append(iri)
        edges[g.id] = sorted(strong) + sorted(weak)
    owner: dict[str, str] = {}  # graph IRI -> gold id
    for g in gold.entities:  # greedy pass on the first (best) candidate
        for iri in edges[g.id][:1]:
            if iri not in owner:
                owner[iri] = g.id

    def augment(gid: str, seen: set[str]) -> bool:
        for iri in edges[gid]:
            if iri in seen:
                continue
            seen.add(iri)
            if iri not in owner or augment(owner[iri], seen):
                owner[iri] = gid
                return True
        return False

    for g in gold.entities:
        if g.id not in owner.values():
            augment(g.id, set())
    return {gid: iri for iri, gid in owner.items()}


def _contains(names: Iterable[str], text: str) -> bool:
    t = normalise(text)
    return bool(t) and any(t in normalise(n) for n in names)


def _relation_found(rel: GoldRelation, triple: tuple[str, str, Any], mapping: dict[str, str], view: _GraphView) -> bool:
    s, p, o = triple
    if p != rel.predicate:
        return False
    subj = mapping.get(rel.subject)
    if rel.object is not None:
        obj = mapping.get(rel.object)
        if subj is None or obj is None:
            return False
        pairs = {(subj, obj), (obj, subj)} if p in SYMMETRIC else {(subj, obj)}
        return (s, getattr(o, "value", None)) in pairs
    if s != subj:
        return False
    import pyoxigraph as ox

    names = [o.value] if isinstance(o, ox.Literal) else view.node_names(o.value)
    return _contains(names, rel.object_label or "")


def _dedupe_symmetric(triples: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
    seen: set[tuple[str, str, frozenset[str]] | tuple[str, str, str]] = set()
    out = []
    for s, p, o in triples:
        key: Any = (p, frozenset({s, o.value})) if p in SYMMETRIC else (s, p, str(o))
        if key not in seen:
            seen.add(key)
            out.append((s, p, o))
    return out


def _speaker_right(g: GoldStatement, st: dict[str, Any], mapping: dict[str, str], view: _GraphView) -> bool:
    speaker = st.get("speaker")
    if speaker is None:
        return False
    if isinstance(g.speaker, str):
        return mapping.get(g.speaker) == speaker
    return names_head(head_noun(g.speaker.label), view.node_names(speaker))


def names_head(head: str, names: Iterable[str]) -> bool:
    """Whether one of the speaker node's ``names`` contains the gold label's (singular) head noun.

    The names' words are made singular the same way, or "people familiar with the talks"
    would never contain "person".
    >>> names_head("person", ["people familiar with the talks"])
    True
    """
    if not head:
        return False
    return any(head in " ".join(tokens(n)) or head in {_singular(w) for w in tokens(n)} for n in names)


def _addressee_right(g: GoldStatement, st: dict[str, Any], gold: Gold, mapping: dict[str, str], view: _GraphView) -> bool:
    if g.addressee is None or st.get("addressee") is None:
        return g.addressee is None and st.get("addressee") is None
    if g.addressee in mapping:
        return mapping[g.addressee] == st["addressee"]
    target = [g.addressee] if g.addressee not in {e.id for e in gold.entities} else list(gold.entity(g.addressee).names)
    names = view.node_names(st["addressee"]) or [st["addressee"].rsplit("/", 1)[-1].replace("-", " ")]
    return any(normalise(t) in {normalise(n) for n in names} for t in target)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def evaluate(
    store: GraphStore, gold: Gold, document_iri: str | None = None, base_iri: str | None = None
) -> Scores:
    """Score the graph in ``store`` for ``gold``'s document (see the module doc)."""
    base = base_iri or Settings().base_iri
    doc = document_iri or make_document_iri(base, gold.document_id)
    view = _GraphView(store, doc, base)
    scores = Scores(gold.document, gold_statements=len(gold.statements))

    # Entities.
    mapping = _match_entities(gold, view)
    scores.entities = PRF(len(mapping), len(view.entities) - len(mapping), len(gold.entities) - len(mapping))
    scores.missed_entities = [f"{e.id} ({e.type} '{e.label}')" for e in gold.entities if e.id not in mapping]
    matched_iris = set(mapping.values())
    scores.spurious_entities = sorted(
        f"{n.label} ({'/'.join(sorted(n.types))}) <{n.iri}>" for n in view.entities.values() if n.iri not in matched_iris
    )

    # Relations: entity-object relations first, so a label relation cannot steal their triple.
    predicted = _dedupe_symmetric(view.triples)
    used: set[int] = set()
    tp = 0
    for rel in sorted(gold.relations, key=lambda r: r.object is None):
        hit = next((i for i, t in enumerate(predicted) if i not in used and _relation_found(rel, t, mapping, view)), None)
        if hit is None:
            scores.missed_relations.append(str(rel))
        else:
            used.add(hit)
            tp += 1
    scores.relations = PRF(tp, len(predicted) - len(used), len(gold.relations) - tp)
    inverse = {iri: gid for gid, iri in mapping.items()}
    for i, (s, p, o) in enumerate(predicted):
        if i not in used:
            obj = inverse.get(getattr(o, "value", ""), None) or (
                (view.node_names(o.value) or [o.value])[0] if hasattr(o, "value") else str(o)
            )
            scores.spurious_relations.append(f"{inverse.get(s, view.entities[s].label)} {p} {obj}")

    # Statements: best pairs first (speaker right, then larger overlap).
    pairs = []
    for gi, g in enumerate(gold.statements):
        for sid, st in view.statements.items():
            ov = quote_overlap(g.quote, st["quote"])
            if ov >= QUOTE_OVERLAP:
                pairs.append((not _speaker_right(g, st, mapping, view), -ov, gi, sid))
    gold_done: dict[int, str] = {}
    pred_done: set[str] = set()
    for wrong, _, gi, sid in sorted(pairs):
        if gi in gold_done or sid in pred_done:
            continue
        gold_done[gi] = sid
        pred_done.add(sid)
        g, st = gold.statements[gi], view.statements[sid]
        scores.quote_matched += 1
        scores.speaker_correct += not wrong
        scores.attributes["kind"] += st.get("kind") == g.kind
        scores.attributes["medium"] += normalise(st.get("medium") or "") == normalise(g.medium or "")
        scores.attributes["addressee"] += _addressee_right(g, st, gold, mapping, view)
    right = {gi for gi, sid in gold_done.items() if _speaker_right(gold.statements[gi], view.statements[sid], mapping, view)}
    right_pred = {gold_done[gi] for gi in right}
    scores.statements = PRF(len(right), len(view.statements) - len(right), len(gold.statements) - len(right))
    for gi, g in enumerate(gold.statements):
        if gi not in right:
            why = "speaker wrong" if gi in gold_done else "quote not found"
            scores.missed_statements.append(f"{g} [{why}]")
    for sid, st in view.statements.items():
        if sid not in right_pred:
            who = (view.node_names(st["speaker"]) or [st["speaker"]])[0] if "speaker" in st else "?"
            scores.spurious_statements.append(f'{who}: "{_short(st["quote"])}"')
    return scores


def evaluate_files(store: GraphStore, gold_paths: Sequence[str | Path], base_iri: str | None = None) -> list[Scores]:
    """Load and score each gold file (for ``bnkg eval``)."""
    return [evaluate(store, load_gold(p), base_iri=base_iri) for p in gold_paths]


def format_table(
    scores: Scores | Sequence[Scores], title: str | None = None, show_total: bool = True, counts: bool = False
) -> Any:
    """A rich ``Table``: one row per document (plus the micro-average when several).

    Cells read ``F1 (P/R)``; ``counts`` adds ``tp/fp/fn``.
    """
    from rich.table import Table
    from rich.text import Text

    rows = [scores] if isinstance(scores, Scores) else list(scores)
    table = Table(title=title or "bnkg evaluation")
    # Each score on two lines (F1, then precision/recall) keeps the columns narrow: in
    # an 80-column terminal the file names were folded into columns of 4-letter lines.
    table.add_column("document", overflow="ellipsis", min_width=12)
    for col in ("entities", "relations", "statements"):
        table.add_column(col, justify="right", no_wrap=True, min_width=len("statements"))
    table.add_column("speaker acc.", justify="right", no_wrap=True, min_width=len("speaker acc."))

    def cell(m: PRF) -> str:
        text = f"[bold]{m.f1:.2f}[/bold]\n{m.precision:.2f}/{m.recall:.2f}"
        return text + (f"\n{m.tp}/{m.fp}/{m.fn}" if counts else "")

    all_rows = rows + ([total(rows)] if show_total and len(rows) > 1 else [])
    for s in all_rows:
        table.add_row(Text(s.document), cell(s.entities), cell(s.relations), cell(s.statements),
                      f"[bold]{s.speaker_accuracy:.2f}[/bold]\n{s.speaker_correct}/{s.quote_matched}",
                      end_section=s is rows[-1] and len(all_rows) > len(rows))
    table.caption = "F1, then precision/recall" + (", then tp/fp/fn" if counts else "") + \
        "; speaker acc. = right speakers / quote-matched statements"
    return table


def format_details(scores: Scores, limit: int = 50) -> Any:
    """A rich ``Table`` of what was missed and what is spurious (for debugging extraction)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{scores.document}: errors", show_lines=False)
    table.add_column("layer")
    table.add_column("kind")
    table.add_column("item", overflow="fold")
    for layer in ("entities", "relations", "statements"):
        for kind in ("missed", "spurious"):
            items = getattr(scores, f"{kind}_{layer}")
            for item in items[:limit]:
                table.add_row(layer, kind, Text(item))  # Text: items may contain "[...]"
            if len(items) > limit:
                table.add_row(layer, kind, f"... {len(items) - limit} more")
    return table
