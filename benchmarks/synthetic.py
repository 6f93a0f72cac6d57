"""A synthetic graph shaped like bnkg's: many documents, each in its own named graph.

Every document is an :class:`~kg.model.Extraction` written by the real
``kg.rdf.to_quads``, so the RDF follows the project's conventions exactly
(labels, types with superclasses, mentions with offsets, relation assertions,
statements with evidence). Actors are drawn from shared pools, so documents
link up the way a real corpus does: the same ministers, agencies, agreements
and border crossings recur, each document adds statements, meetings, offices
and unnamed officials of its own.

Deterministic: the same ``seed`` gives the same quads.

>>> quads = list(generate(2))
>>> len({q.graph_name for q in quads})
2
>>> from kg.rdf import BN
>>> any(q.object == BN.Statement for q in quads)
True

Build a store of about a million triples (cached by the callers)::

    build_synthetic_store(Path("data/bench/synthetic/store"), 1_000_000)
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.model import Document, Entity, Event, Extraction, Relation, Span, Statement
from kg.settings import DEFAULT_BASE

SEED = 7
N_COUNTRIES = 40
FIRST = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kenji", "Lena", "Marc", "Nadia"]
LAST = ["Tremblay", "Smith", "Gagnon", "Roy", "Garcia", "Müller", "Novak", "Singh", "Kowalski", "Dubois", "Okafor", "Larsen"]
OFFICES = ["Prime Minister", "President", "Minister of Immigration", "Minister of Foreign Affairs", "Ambassador", "Secretary of Homeland Security"]
MEDIA = ["The Daily Ledger", "Northern Broadcast", "Border Times", "Capital Radio", "World Wire"]
MEDIUMS = [None, "tweet", "press conference", "interview"]
TOPICS = ["asylum claims", "irregular crossings", "information sharing", "border patrols", "refugee quotas"]


@dataclass(frozen=True)
class Actor:
    key: str
    type: str
    label: str
    country: int  # index of the country it belongs to / acts for


@dataclass
class Pools:
    """Actors shared by all documents."""

    countries: list[Actor]
    people: list[Actor]
    agencies: list[Actor]
    media: list[Actor]
    agreements: list[tuple[Actor, int, int]]  # (agreement, country a, country b)
    crossings: list[tuple[Actor, Actor, Actor]]  # (road, town on side a, town on side b)
    regions: list[Actor]


def make_pools(rng: random.Random, scale: int = 1) -> Pools:
    countries = [Actor(f"country-{i}", "Country", f"Republic of {chr(65 + i % 26)}{i}", i) for i in range(N_COUNTRIES)]
    people = [
        Actor(f"person-{i}", "Person", f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i}", rng.randrange(N_COUNTRIES))
        for i in range(3000 * scale)
    ]
    agencies = [
        Actor(f"agency-{i}", "GovernmentAgency", f"Border Agency {i}", i % N_COUNTRIES) for i in range(400 * scale)
    ]
    media = [Actor(f"media-{i}", "MediaOrganization", MEDIA[i % len(MEDIA)] + f" {i}", i % N_COUNTRIES) for i in range(50)]
    agreements = []
    for i in range(120):
        a, b = rng.sample(range(N_COUNTRIES), 2)
        agreements.append((Actor(f"agreement-{i}", "Agreement", f"Bilateral Accord {i}", a), a, b))
    regions = [Actor(f"region-{i}", "Place", f"Province {i}", i % N_COUNTRIES) for i in range(N_COUNTRIES * 4)]
    crossings = []
    for i in range(300):
        a, b = rng.sample(range(N_COUNTRIES), 2)
        crossings.append(
            (
                Actor(f"road-{i}", "Place", f"Crossing Road {i}", a),
                Actor(f"town-{i}-a", "Place", f"Town {i}A", a),
                Actor(f"town-{i}-b", "Place", f"Town {i}B", b),
            )
        )
    return Pools(countries, people, agencies, media, agreements, crossings, regions)


@dataclass
class _Text:
    """Builds a document's text sentence by sentence, recording mentions as it goes."""

    entities: dict[str, Entity] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)
    pos: int = 0

    def entity(self, actor: Actor, unnamed: bool = False) -> str:
        if actor.key not in self.entities:
            self.entities[actor.key] = Entity(actor.key, actor.type, actor.label, unnamed=unnamed)
        return actor.key

    def sentence(self, *words: tuple[str, str | None]) -> Span:
        """Append a sentence made of (text, entity key or None) parts; returns its span."""
        start = self.pos
        for w, key in words:
            if key is not None:
                self.entities[key].mentions.append(Span(self.pos, self.pos + len(w), w))
            self.parts.append(w)
            self.pos += len(w)
        text = "".join(self.parts[-len(words):])
        self.parts.append(" ")
        self.pos += 1
        return Span(start, start + len(text), text)

    def text(self) -> str:
        return "".join(self.parts)


def _document(n: int, pools: Pools, rng: random.Random) -> Extraction:
    t = _Text()
    agreement, ca, cb = rng.choice(pools.agreements)
    sides = [pools.countries[ca], pools.countries[cb]]
    rels: list[Relation] = []
    stmts: list[Statement] = []
    events: list[Event] = []
    agr = t.entity(agreement)
    for side in sides:
        k = t.entity(side)
        ev = t.sentence((side.label, k), (" is party to the ", None), (agreement.label, agr), (".", None))
        rels.append(Relation(k, "partyTo", ev, object=agr))
        rels.append(Relation(k, "negotiates", ev, object=agr))
    if n % 5 == 0:
        ev = t.sentence(("The ", None), (agreement.label, agr), (f" was signed in {1990 + n % 30}.", None))
        rels.append(Relation(agr, "dateSigned", ev, literal=str(1990 + n % 30)))
    # Officials of each side, with their offices.
    officials: list[list[str]] = [[], []]
    for s, side in enumerate(sides):
        sk = t.entity(side)
        for person in rng.sample(pools.people, 3):
            pk = t.entity(person)
            office = rng.choice(OFFICES)
            pos_actor = Actor(f"{office.lower().replace(' ', '-')}-of-{side.key}", "Position", f"{office} of {side.label}", side.country)
            posk = t.entity(pos_actor)
            ev = t.sentence((person.label, pk), (", ", None), (pos_actor.label, posk), (", spoke for ", None), (side.label, sk), (".", None))
            rels.append(Relation(pk, "represents", ev, object=sk))
            rels.append(Relation(pk, "holdsPosition", ev, object=posk))
            rels.append(Relation(posk, "positionIn", ev, object=sk))
            officials[s].append(pk)
        agency = pools.agencies[rng.randrange(len(pools.agencies)) // N_COUNTRIES * N_COUNTRIES + side.country]
        ak = t.entity(agency)
        ev = t.sentence(("The ", None), (agency.label, ak), (" of ", None), (side.label, sk), (" reported more crossings.", None))
        rels.append(Relation(ak, "partOf", ev, object=sk))
    # A crossing between places, and where they lie.
    road, town_a, town_b = rng.choice(pools.crossings)
    rk, tak, tbk = t.entity(road), t.entity(town_a), t.entity(town_b)
    ev = t.sentence((road.label, rk), (" connects ", None), (town_a.label, tak), (" with ", None), (town_b.label, tbk), (".", None))
    rels += [Relation(rk, "connects", ev, object=tak), Relation(rk, "connects", ev, object=tbk)]
    for town in (town_a, town_b):
        region = pools.regions[town.country * 4 + n % 4]
        gk, ck = t.entity(region), t.entity(pools.countries[town.country])
        ev = t.sentence((town.label, town.key), (" lies in ", None), (region.label, gk), (", ", None), (pools.countries[town.country].label, ck), (".", None))
        rels += [Relation(town.key, "locatedIn", ev, object=gk), Relation(gk, "locatedIn", ev, object=ck)]
    # A meeting across the sides.
    a, b = officials[0][0], officials[1][0]
    ev = t.sentence((t.entities[a].label, a), (" met with ", None), (t.entities[b].label, b), (" to discuss the ", None), (agreement.label, agr), (".", None))
    rels.append(Relation(a, "metWith", ev, object=b))
    date = f"20{10 + n % 14:02d}-{1 + n % 12:02d}"
    events.append(Event(f"meeting-{n}", "Meeting", f"Meeting of {t.entities[a].label} and {t.entities[b].label}", ev, [a, b], [agr], date))
    # Statements: named officials to the media, and one unnamed official per document.
    media = rng.choice(pools.media)
    mk = t.entity(media)
    for s in (0, 1):
        for speaker in officials[s][:2]:
            quote = f"We must {rng.choice(['renegotiate', 'defend', 'extend', 'review'])} the accord on {rng.choice(TOPICS)}"
            start = t.pos
            ev = t.sentence(("“", None), (quote, None), ("”, ", None), (t.entities[speaker].label, speaker), (" told ", None), (media.label, mk), (".", None))
            qspan = Span(start + 1, start + 1 + len(quote), quote)
            stmts.append(Statement(speaker, quote, "direct", qspan, ev, addressee=mk, medium=rng.choice(MEDIUMS), about=[agr], stated_on=date))
    side = sides[n % 2]
    unnamed = Actor(f"{side.key}-official", "Person", f"official of {side.label}", side.country)
    uk = t.entity(unnamed, unnamed=True)
    quote = f"talks on {rng.choice(TOPICS)} are progressing"
    start = t.pos
    ev = t.sentence(("An ", None), (unnamed.label, uk), (" said ", None), (quote, None), (".", None))
    qs = start + len("An ") + len(unnamed.label) + len(" said ")
    rels.append(Relation(uk, "represents", ev, object=side.key))
    stmts.append(Statement(uk, quote, "reported", Span(qs, qs + len(quote), quote), ev, about=[agr], stated_on=date))
    doc = Document(
        id=f"synthetic-{n:07d}",
        text=t.text(),
        title=f"Synthetic report {n} on the {agreement.label}",
        sha256=f"{n:064x}",
        date=f"{date}-15",
        source="synthetic",
    )
    return Extraction(doc, t.entities, rels, stmts, events)


def extractions(n_docs: int, seed: int = SEED) -> Iterator[Extraction]:
    """``n_docs`` synthetic extractions (deterministic for a given ``seed``)."""
    rng = random.Random(seed)
    pools = make_pools(rng, scale=max(1, n_docs // 4000))
    for n in range(n_docs):
        yield _document(n, pools, rng)


def generate(n_docs: int, seed: int = SEED, base_iri: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """The quads of ``n_docs`` synthetic documents, one named graph per document."""
    from kg.rdf import to_quads

    for ex in extractions(n_docs, seed):
        yield from to_quads(ex, base_iri)


def build_synthetic_store(
    path: Path | str,
    target_triples: int,
    seed: int = SEED,
    ontology: bool = True,
    merged_default_graph: bool = False,
) -> int:
    """Create a store at ``path`` with the ontology and synthetic documents up to ``target_triples`` quads.

    Returns the number of quads. Uses ``bulk_extend`` (a fresh store has nothing
    to replace, and bulk loading is much faster than one update per graph).
    ``merged_default_graph`` also writes every triple into the default graph
    (a set, so duplicates across documents collapse): the layout under which
    queries need not use pyoxigraph's bag-semantics union (see
    ``api.sparql.execution.has_merged_default_graph``). ``target_triples``
    counts the named-graph quads only.
    """
    from kg.rdf import to_quads
    from kg.store import GraphStore

    store = GraphStore.open(path)
    if ontology:
        store.load_ontology()
        if merged_default_graph:
            store.raw.bulk_extend([ox.Quad(q.subject, q.predicate, q.object) for q in store.quads()])
    rng = random.Random(seed)
    # Enough shared actors that documents overlap but do not all share everyone.
    pools = make_pools(rng, scale=max(1, target_triples // 1_000_000))
    n = 0
    total = len(store)
    while total < target_triples:
        batch: list[ox.Quad] = []
        for _ in range(100):
            batch.extend(to_quads(_document(n, pools, rng), DEFAULT_BASE))
            n += 1
        total += len(batch)
        if merged_default_graph:
            batch.extend([ox.Quad(q.subject, q.predicate, q.object) for q in batch])
        store.raw.bulk_extend(batch)
    store.raw.flush()
    total = len(store)
    store.close()
    del store
    gc.collect()  # release Oxigraph's lock so a server can open the store
    return total


if __name__ == "__main__":
    import sys
    import time

    t0 = time.perf_counter()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "data/bench/synthetic/store")
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    merged = "--merged" in sys.argv
    n = build_synthetic_store(out, target, merged_default_graph=merged)
    print(f"{n:,} quads in {out} ({time.perf_counter() - t0:.1f} s)")
