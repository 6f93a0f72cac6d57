"""A synthetic graph shaped like bnkg's: many documents, each in its own named graph.

Every document is an :class:`~kg.model.Extraction` written by the real
``kg.rdf.to_quads``, so the RDF follows the project's conventions exactly
(labels, types with superclasses, mentions with offsets, relation assertions,
statements with evidence).

The documents report on one fixed *world*, so facts agree across documents the
way they do in a real corpus (and queries see realistic fan-outs):

* countries negotiate in pairs (each country has one main partner, some a
  second one); a pair has its agreements (fixed parties, fixed signing date or
  none yet), its border crossings (each end a town in a fixed province) and its
  meetings (fixed date and participants);
* a country has its agencies (some part of a ministry), provinces with towns,
  national media, and officials: each person acts for one side (the country, or
  a province for its premier) and holds one or two fixed offices; the top
  offices change hands once, so who speaks depends on the document's date.

A document picks a pair (a few pairs are in the news far more than others) and
a handful of that pair's actors, names them the way articles do (full name
first, surname after), and reports statements (direct or reported, sometimes to
an outlet or through a medium, usually dated), perhaps a meeting and a crossing.

Deterministic: the same ``seed`` gives the same quads.

>>> quads = list(generate(2))
>>> len({q.graph_name for q in quads})
2
>>> from kg.rdf import BN
>>> any(q.object == BN.Statement for q in quads)
True

Facts agree across documents (here: each named person acts for one side):

>>> sides: dict[str, set[str]] = {}
>>> for ex in extractions(200):
...     for r in ex.relations:
...         if r.predicate == "represents" and not ex.entities[r.subject].unnamed:
...             sides.setdefault(r.subject, set()).add(r.object)
>>> len(sides) > 100, max(len(s) for s in sides.values())
(True, 1)

Build a store of about a million triples (cached by the callers, who check
:func:`is_current` on their ``READY`` marker so a store written by an older
generator is rebuilt)::

    build_synthetic_store(Path("data/bench/synthetic/store"), 1_000_000)
"""

from __future__ import annotations

import datetime as dt
import gc
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.iris import slugify
from kg.model import Document, Entity, Event, Extraction, Relation, Span, Statement
from kg.settings import DEFAULT_BASE

SEED = 7
# Bump when the generated graph changes: cached benchmark stores carry this in
# their READY marker and are rebuilt when it differs (see is_current).
GENERATOR_VERSION = 2

N_PAIRS = 20  # main negotiating pairs: countries 2i and 2i+1
N_EXTRA_PAIRS = 6  # second partners for a few countries
DOCS_PER_SCALE = 1500  # documents a world of scale 1 is sized for (~1M triples)

_ROOTS = ["Nor", "Est", "Val", "Kar", "Bel", "Sol", "Ard", "Mer", "Tal", "Ost",
          "Lun", "Cor", "Dal", "Ver", "Hal", "Zan", "Pel", "Ros", "Tir", "Gal"]
_ENDINGS = ["avia", "onia", "esia", "aria"]
FIRST = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kenji", "Lena",
         "Marc", "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Samir", "Tara", "Ugo", "Vera", "Wim", "Yara",
         "Zoltan", "Amira", "Bruno", "Carmen", "Diego", "Elif", "Felix", "Greta", "Hana", "Ivan", "Julia", "Karim",
         "Lucia", "Mateo", "Nora", "Oskar", "Pilar", "Rafael", "Sofia", "Tomas", "Ulla", "Viktor", "Wanda", "Xavier"]
LAST = ["Tremblay", "Smith", "Gagnon", "Roy", "Garcia", "Müller", "Novak", "Singh", "Kowalski", "Dubois", "Okafor",
        "Larsen", "Moreau", "Rossi", "Jansen", "Horvat", "Nilsson", "Petrov", "Costa", "Yilmaz", "Haddad", "Kim",
        "Nakamura", "Ortiz", "Fischer", "Lindqvist", "Mendes", "Popescu", "Santos", "Bauer", "Ferreira", "Kovacs",
        "Laurent", "Marin", "Nowak", "Olsen", "Pereira", "Quinn", "Reyes", "Schmidt", "Torres", "Ueda", "Varga",
        "Weber", "Young", "Zimmer", "Abbott", "Brennan", "Carvalho", "Dahl", "Eriksen", "Fontaine", "Grant",
        "Hoffman", "Iqbal", "Jovanovic", "Keller", "Lambert", "Mahmoud", "Nielsen"]
# Top offices: (title, prominence). Each changes hands once in the corpus's years.
TOP_OFFICES = [("Prime Minister", 10.0), ("President", 5.0), ("Minister of Immigration", 7.0),
               ("Minister of Foreign Affairs", 5.0), ("Minister of Public Safety", 4.0),
               ("Minister of Justice", 2.0), ("Minister of Trade", 2.0)]
# Agencies: (name pattern, parent agency index or None for the country itself).
AGENCIES = [("{adj} Department of Border Security", None), ("{adj} Border Patrol", 0),
            ("{adj} Immigration Service", None), ("{adj} Coast Guard", 0), ("{adj} National Police", None),
            ("{adj} Refugee Board", 2)]
AGREEMENTS = [("Safe Third Country Agreement", "STCA"), ("Readmission Agreement", "RA"),
              ("Border Cooperation Accord", "BCA"), ("Asylum Cooperation Pact", "ACP")]
MEDIA = ["{name} Herald", "{adj} Broadcasting Corporation", "{adj} Daily News"]
WIRES = ["World Wire", "Global Press Agency", "International News Network"]
MEDIUMS = ["tweet", "press conference", "interview", "written statement", "radio interview"]
TOPICS = ["asylum claims", "irregular crossings", "information sharing", "border patrols", "refugee quotas",
          "ports of entry", "return flights", "visa rules", "work permits", "detention conditions"]
VERBS = ["renegotiate", "defend", "extend", "review", "honour", "modernise", "suspend", "strengthen"]
QUOTES = ["we must {verb} the agreement on {topic}", "there will be no deal without progress on {topic}",
          "our partners know where we stand on {topic}", "we are ready to {verb} our approach to {topic}",
          "the talks on {topic} have been productive", "nobody should expect quick changes to {topic}"]
FILLER = ["The number of people crossing irregularly has risen sharply this year.",
          "Advocates say the rules push migrants toward more dangerous routes.",
          "Talks have been under way for months, with little visible progress.",
          "Local shelters report that they are running out of space.",
          "The issue has become a political priority ahead of the next election.",
          "Critics argue that the changes would not address the root causes of migration."]
FIRST_YEAR, LAST_YEAR = 2012, 2024


@dataclass(frozen=True)
class Actor:
    """A named thing of the world: ``short`` is how articles name it after the first time."""

    key: str
    type: str
    label: str
    short: str | None = None


@dataclass
class Official:
    person: Actor
    side: Actor  # the one country (or province, for a premier) the person acts for
    offices: list[tuple[Actor, Actor]]  # (Position, what it is a position in), fixed
    weight: float  # how often the news quotes them
    years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR)  # in office (and in the news) these years
    posted_to: str | None = None  # an ambassador: the key of the country they are posted to


@dataclass
class Country:
    actor: Actor
    adj: str
    officials: list[Official] = field(default_factory=list)
    agencies: list[tuple[Actor, Actor]] = field(default_factory=list)  # (agency, parent)
    provinces: list[Actor] = field(default_factory=list)
    towns: list[tuple[Actor, Actor]] = field(default_factory=list)  # (town, province)
    media: list[Actor] = field(default_factory=list)


@dataclass
class Agreement:
    actor: Actor
    signed: str | None  # the one signing date (year or day) every document gives; None: still negotiated


@dataclass
class Crossing:
    road: Actor
    ends: tuple[tuple[Actor, Actor], tuple[Actor, Actor]]  # (town, province) on each side


@dataclass
class Meeting:
    key: str
    date: dt.date
    participants: tuple[Official, Official]
    agreement: Agreement


@dataclass
class Pair:
    a: Country
    b: Country
    weight: float
    agreements: list[Agreement] = field(default_factory=list)
    crossings: list[Crossing] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)


@dataclass
class World:
    countries: list[Country]
    pairs: list[Pair]
    wires: list[Actor]


# -- the world ------------------------------------------------------------------------
def _country(i: int) -> Country:
    name = _ROOTS[i % len(_ROOTS)] + _ENDINGS[i // len(_ROOTS) % len(_ENDINGS)]
    return Country(Actor(slugify(name), "Country", name), name + "n")  # every ending is -ia: Noravia, Noravian


def _random_date(rng: random.Random, first: int = FIRST_YEAR, last: int = LAST_YEAR) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randrange(start, dt.date(last, 12, 31).toordinal() + 1))


def _place(rng: random.Random, used: set[str], suffixes: Sequence[str]) -> str:
    """A new place name (unique across the world, so labels never collide)."""
    while True:
        name = rng.choice(_ROOTS) + rng.choice(_ROOTS).lower() + rng.choice(suffixes)
        if name in used:
            name = rng.choice(["New ", "Upper ", "Lower ", "Port ", "East ", "West "]) + name
        if name not in used:
            used.add(name)
            return name


class _Names:
    """Unique person names (a middle initial once the plain combinations run out)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def __call__(self) -> Actor:
        while True:
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            label = f"{first} {last}"
            if label in self.used:
                label = f"{first} {chr(65 + self.rng.randrange(26))}. {last}"
            if label not in self.used:
                self.used.add(label)
                return Actor(slugify(label), "Person", label, last)


def _position(title: str, of: Actor) -> Actor:
    label = f"{title} of {of.label}"
    return Actor(slugify(label), "Position", label, title)


def _populate(c: Country, rng: random.Random, names: _Names, places: set[str], scale: int) -> None:
    """Agencies, provinces, towns, media and officials of one country (all fixed)."""
    name, adj = c.actor.label, c.adj
    for pattern, parent in AGENCIES:
        label = pattern.format(adj=adj)
        c.agencies.append((Actor(slugify(label), "GovernmentAgency", label, label.split(" ", 1)[1]),
                           c.agencies[parent][0] if parent is not None else c.actor))
    for _ in range(5):
        label = _place(rng, places, ["mark", "shire", "land", "dal"])
        prov = Actor(slugify(label), "Place", label)
        c.provinces.append(prov)
        for _ in range(8 * scale):
            town = _place(rng, places, ["ford", "ton", "burg", "ville", "field", "port"])
            c.towns.append((Actor(slugify(town), "Place", town), prov))
    c.media = [Actor(slugify(m.format(name=name, adj=adj)), "MediaOrganization", m.format(name=name, adj=adj))
               for m in MEDIA]
    # Top offices: two holders each, the second from a fixed year on.
    for title, weight in TOP_OFFICES:
        pos = _position(title, c.actor)
        switch = rng.randrange(FIRST_YEAR + 2, LAST_YEAR - 1)
        for years in ((FIRST_YEAR, switch - 1), (switch, LAST_YEAR)):
            c.officials.append(Official(names(), c.actor, [(pos, c.actor)], weight, years))
    # Second offices held by the same people (a deputy PM who is also foreign minister).
    by_title = {o.offices[0][0].short: o for o in c.officials if o.years[1] == LAST_YEAR}
    by_title["Minister of Foreign Affairs"].offices.append((_position("Deputy Prime Minister", c.actor), c.actor))
    by_title["Minister of Justice"].offices.append((_position("Attorney General", c.actor), c.actor))
    for agency, _ in c.agencies:
        c.officials.append(Official(names(), c.actor, [(_position("Director", agency), agency)], 1.5))
    for prov in c.provinces:
        title = f"Premier of {prov.label}"
        c.officials.append(Official(names(), prov, [(Actor(slugify(title), "Position", title, "Premier"), prov)], 1.0))
    for _ in range(12 * scale):  # backbenchers: one shared office, rarely quoted
        c.officials.append(Official(names(), c.actor, [(_position("Member of Parliament", c.actor), c.actor)], 0.3))


def _ambassadors(pair: Pair, names: _Names) -> None:
    for c, other in ((pair.a, pair.b), (pair.b, pair.a)):
        title = f"Ambassador of {c.actor.label} to {other.actor.label}"
        pos = Actor(slugify(title), "Position", title, "Ambassador")
        c.officials.append(Official(names(), c.actor, [(pos, c.actor)], 2.0, posted_to=other.actor.key))


def _in_office(c: Country, year: int, partner: Country) -> list[Official]:
    """Who may speak for ``c`` in news dated ``year`` about its talks with ``partner``."""
    return [o for o in c.officials
            if o.years[0] <= year <= o.years[1] and o.posted_to in (None, partner.actor.key)]


def _pick(rng: random.Random, officials: Sequence[Official], k: int, exclude: Sequence[Official] = ()) -> list[Official]:
    """``k`` distinct officials, the prominent ones more often."""
    pool = [o for o in officials if o not in exclude]
    out: list[Official] = []
    for _ in range(min(k, len(pool))):
        o = rng.choices(pool, weights=[x.weight for x in pool])[0]
        out.append(o)
        pool.remove(o)
    return out


def make_world(rng: random.Random, scale: int = 1) -> World:
    """The fixed world the documents report on; ``scale`` multiplies people, towns and meetings."""
    names, places = _Names(rng), set[str]()
    countries = [_country(i) for i in range(2 * N_PAIRS)]
    for c in countries:
        _populate(c, rng, names, places, scale)
    links = [(2 * i, 2 * i + 1) for i in range(N_PAIRS)]
    links += [(2 * i, (2 * i + 3) % len(countries)) for i in range(0, 2 * N_EXTRA_PAIRS, 2)]
    pairs: list[Pair] = []
    for rank, (i, j) in enumerate(links):
        # A few pairs dominate the news, as one border dominates a national press.
        pair = Pair(countries[i], countries[j], 1.0 / (rank + 1) ** 0.9)
        _ambassadors(pair, names)
        for k, (title, acronym) in enumerate(rng.sample(AGREEMENTS, rng.randint(2, 3))):
            label = f"{pair.a.actor.label}-{pair.b.actor.label} {title}"
            signed = None if k == 2 else (str(rng.randrange(1990, 2020)) if rng.random() < 0.7
                                          else _random_date(rng, 1990, 2019).isoformat())
            pair.agreements.append(Agreement(Actor(slugify(label), "Agreement", label, acronym), signed))
        roads: set[str] = set()
        while len(pair.crossings) < rng.randint(2, 5) * scale:
            ta, tb = rng.choice(pair.a.towns[:16 * scale]), rng.choice(pair.b.towns[:16 * scale])  # border provinces
            label = f"{ta[0].label} Road" if len(roads) % 2 else f"{ta[0].label}-{tb[0].label} Port of Entry"
            if label not in roads:
                roads.add(label)
                pair.crossings.append(Crossing(Actor(slugify(label), "Place", label), (ta, tb)))
        pairs.append(pair)
    for rank, pair in enumerate(pairs):
        # About one meeting per two documents that report one (each reported once or twice).
        for n in range(int(80 * scale * pair.weight) + 4):
            date = _random_date(rng)
            a = _pick(rng, _in_office(pair.a, date.year, pair.b), 1)[0]
            b = _pick(rng, _in_office(pair.b, date.year, pair.a), 1)[0]
            pair.meetings.append(Meeting(f"meeting-{rank}-{n}", date, (a, b), rng.choice(pair.agreements)))
    wires = [Actor(slugify(w), "MediaOrganization", w) for w in WIRES]
    return World(countries, pairs, wires)


# -- one document ---------------------------------------------------------------------
def _article(word: str) -> str:
    return "an" if word[:1] in "AEIOU" else "a"


Part = str | tuple[str, str]  # plain text, or (text, entity key) for a mention


@dataclass
class _Text:
    """Builds a document's text sentence by sentence, recording mentions as it goes."""

    entities: dict[str, Entity] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    quote: Span | None = None  # where the last sentence's "@quote" part stands

    def entity(self, actor: Actor, unnamed: bool = False) -> str:
        if actor.key not in self.entities:
            self.entities[actor.key] = Entity(actor.key, actor.type, actor.label, unnamed=unnamed)
        return actor.key

    def name(self, actor: Actor) -> tuple[str, str]:
        """A mention part: the full name the first time, the short form after (if any)."""
        known = actor.key in self.entities and bool(self.entities[actor.key].mentions)
        self.entity(actor)
        return ((actor.short if known and actor.short else actor.label), actor.key)

    def sentence(self, *parts: Part | tuple[str, None]) -> Span:
        """Append a sentence; ``(text, key)`` parts are mentions, ``(text, "@quote")`` the quote."""
        start = self.pos
        for p in parts:
            w, key = (p, None) if isinstance(p, str) else p
            if key == "@quote":
                self.quote = Span(self.pos, self.pos + len(w), w)
            elif key is not None:
                ent = self.entities[key]
                ent.mentions.append(Span(self.pos, self.pos + len(w), w))
                if w != ent.label:
                    ent.aliases.add(w)
            self.parts.append(w)
            self.pos += len(w)
        text = "".join(self.parts[len(self.parts) - len(parts):])
        self.parts.append(" ")
        self.pos += 1
        return Span(start, start + len(text), text)

    def text(self) -> str:
        return "".join(self.parts)


class _Doc:
    """Writes one document (about one negotiating pair) as an Extraction."""

    def __init__(self, n: int, world: World, rng: random.Random) -> None:
        self.n, self.world, self.rng = n, world, rng
        self.t = _Text()
        self.rels: list[Relation] = []
        self.stmts: list[Statement] = []
        self.events: list[Event] = []
        self.introduced: set[str] = set()

    def rel(self, s: str, p: str, ev: Span, o: str | None = None, literal: str | None = None) -> None:
        self.rels.append(Relation(s, p, ev, object=o, literal=literal))

    def official(self, o: Official, country: Actor) -> None:
        """First mention of an official: offices and side, stated as an article would."""
        if o.person.key in self.introduced:
            return
        self.introduced.add(o.person.key)
        t = self.t
        offices = o.offices if len(o.offices) == 1 or self.rng.random() < 0.5 else o.offices[:1]
        pk = t.name(o.person)[1]
        parts: list[Part] = [(o.person.label, pk), ", "]
        pos_keys = []
        for i, (pos, _) in enumerate(offices):
            parts += [" and " if i else "", (pos.label, t.entity(pos))]
            pos_keys.append(pos.key)
        parts.append(", said ")
        for _, in_ in offices:
            if in_.type == "GovernmentAgency":  # an office in an agency: the sentence names it
                parts += ["the ", t.name(in_), " of "]
        parts += [t.name(o.side), " would not back down."]
        ev = t.sentence(*parts)
        self.rel(pk, "represents", ev, o.side.key)
        for (_, in_), pos_key in zip(offices, pos_keys):
            self.rel(pk, "holdsPosition", ev, pos_key)
            self.rel(pos_key, "positionIn", ev, in_.key)
        if o.side.type == "Place":  # a premier: where the province lies, so the side leads to a country
            ev = t.sentence(t.name(o.side), " is a province of ", t.name(country), ".")
            self.rel(o.side.key, "locatedIn", ev, country.key)

    def agreement(self, pair: Pair, agr: Agreement) -> None:
        t = self.t
        ak = t.entity(agr.actor)
        a, b = pair.a.actor, pair.b.actor
        if agr.signed:
            ev = t.sentence(t.name(a), " and ", t.name(b), " are both parties to the ", t.name(agr.actor), ".")
            for c in (a, b):
                self.rel(c.key, "partyTo", ev, ak)
            if self.rng.random() < 0.4:
                ev = t.sentence("The ", t.name(agr.actor), f" was signed in {agr.signed[:4]}.")
                self.rel(ak, "dateSigned", ev, literal=agr.signed)
        if not agr.signed or self.rng.random() < 0.5:
            ev = t.sentence(t.name(a), " and ", t.name(b), " are negotiating the ", t.name(agr.actor), ".")
            for c in (a, b):
                self.rel(c.key, "negotiates", ev, ak)

    def crossing(self, cr: Crossing, pair: Pair) -> None:
        t = self.t
        (ta, pa), (tb, pb) = cr.ends
        ev = t.sentence(t.name(cr.road), " connects ", t.name(ta), " with ", t.name(tb), ".")
        self.rel(cr.road.key, "connects", ev, ta.key)
        self.rel(cr.road.key, "connects", ev, tb.key)
        for (town, prov), c in (((ta, pa), pair.a), ((tb, pb), pair.b)):
            ev = t.sentence(t.name(town), " lies in ", t.name(prov), ", ", t.name(c.actor), ".")
            self.rel(town.key, "locatedIn", ev, prov.key)
            self.rel(prov.key, "locatedIn", ev, c.actor.key)

    def agency(self, c: Country) -> None:
        t = self.t
        agency, parent = self.rng.choice(c.agencies)
        ev = t.sentence("The ", t.name(agency), ", part of ", ("the " if parent.type != "Country" else ""),
                        t.name(parent), ", reported more crossings.")
        self.rel(agency.key, "partOf", ev, parent.key)

    def meeting(self, m: Meeting) -> None:
        t = self.t
        a, b = m.participants
        ev = t.sentence(t.name(a.person), " met ", t.name(b.person), f" on {m.date:%B} {m.date.day} to discuss the ",
                        t.name(m.agreement.actor), ".")
        self.rel(a.person.key, "metWith", ev, b.person.key)
        label = f"Meeting of {a.person.label} and {b.person.label}"
        self.events.append(Event(m.key, "Meeting", label, ev, [a.person.key, b.person.key],
                                 [m.agreement.actor.key], m.date.isoformat()))

    def statement(self, speaker: Actor, about: list[str], date: dt.date, media: list[Actor]) -> None:
        rng, t = self.rng, self.t
        quote = rng.choice(QUOTES).format(verb=rng.choice(VERBS), topic=rng.choice(TOPICS))
        addressee = rng.choice(media) if rng.random() < 0.35 else None
        medium = rng.choice(MEDIUMS) if rng.random() < 0.25 else None
        r = rng.random()
        stated_on = date.isoformat() if r < 0.6 else (f"{date:%Y-%m}" if r < 0.85 else None)
        who: list[Part] = [_article(speaker.label) + " " if t.entities[speaker.key].unnamed else "", t.name(speaker)]
        to: list[Part] = [" told ", t.name(addressee)] if addressee else [" said"]
        how = f" in a {medium}" if medium else ""
        if rng.random() < 0.65:
            ev = t.sentence("\u201c", (quote[0].upper() + quote[1:], "@quote"), ",\u201d ", *who, *to, how, ".")
            kind = "direct"
        else:
            who[0] = str(who[0]).capitalize()  # "A ... official said that ..." opens the sentence
            ev = t.sentence(*who, *to, how, " that ", (quote, "@quote"), ".")
            kind = "reported"
        assert t.quote is not None
        self.stmts.append(Statement(speaker.key, t.quote.text, kind, t.quote, ev, addressee=addressee.key if addressee else None,
                                    medium=medium, about=about, stated_on=stated_on))

    def write(self) -> Extraction:
        rng, t, world = self.rng, self.t, self.world
        pair = rng.choices(world.pairs, weights=[p.weight for p in world.pairs])[0]
        meeting = rng.choice(pair.meetings) if rng.random() < 0.35 else None
        date = (meeting.date + dt.timedelta(days=rng.randrange(0, 12))) if meeting else _random_date(rng)
        agr = meeting.agreement if meeting else rng.choices(pair.agreements, weights=[3, 2, 1][: len(pair.agreements)])[0]
        # The cast: one to three officials in office on each side (a meeting's participants first).
        cast: list[Official] = []
        for i, (c, partner) in enumerate(((pair.a, pair.b), (pair.b, pair.a))):
            first = [meeting.participants[i]] if meeting else []
            cast += first + _pick(rng, _in_office(c, date.year, partner), rng.randint(1, 3) - len(first), exclude=first)
        home = rng.choice((pair.a, pair.b))
        outlet = rng.choice(home.media)
        t.sentence(f"{pair.a.adj} and {pair.b.adj} officials weigh the {agr.actor.short} as pressure mounts.")
        self.agreement(pair, agr)
        for o in cast:
            self.official(o, (pair.a if o in pair.a.officials else pair.b).actor)
        t.sentence(rng.choice(FILLER))
        for c in (pair.a, pair.b):
            if rng.random() < 0.6:
                self.agency(c)
        crossing = rng.choice(pair.crossings) if rng.random() < 0.5 else None
        if crossing:
            self.crossing(crossing, pair)
        if meeting:
            self.meeting(meeting)
        t.sentence(rng.choice(FILLER))
        # Statements: named officials of the pair, sometimes an unnamed one.
        media = [*home.media, *[m for c in (pair.a, pair.b) for m in c.media], rng.choice(world.wires)]
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.2:
                c = rng.choice((pair.a, pair.b))
                speaker = Actor(slugify(f"{c.adj} official"), "Person", f"{c.adj} official")
                if speaker.key not in t.entities:
                    t.entity(speaker, unnamed=True)
                    ev = t.sentence(_article(speaker.label).capitalize(), " ", t.name(speaker), " spoke on condition of anonymity about ", t.name(c.actor), ".")
                    self.rel(speaker.key, "represents", ev, c.actor.key)
            else:
                speaker = rng.choice(cast).person
            about = [agr.actor.key] if rng.random() < 0.7 else []
            if crossing and rng.random() < 0.3:
                about.append(crossing.road.key)
            self.statement(speaker, about, date - dt.timedelta(days=rng.randrange(0, 20)), media)
        t.sentence(rng.choice(FILLER), " Both ", t.name(pair.a.actor), " and ", t.name(pair.b.actor),
                   " say talks will continue.")
        doc = Document(
            id=f"synthetic-{self.n:07d}",
            text=t.text(),
            title=f"{pair.a.adj} and {pair.b.adj} officials weigh the {agr.actor.label}",
            sha256=f"{self.n:064x}",
            date=date.isoformat(),
            source=outlet.label,
            url=f"https://news.example.org/{outlet.key}/{self.n}",
        )
        return Extraction(doc, t.entities, self.rels, self.stmts, self.events)


def _document(n: int, world: World, rng: random.Random) -> Extraction:
    return _Doc(n, world, rng).write()


# -- public entry points -------------------------------------------------------------------
def _scale(n_docs: int) -> int:
    """The world for ``n_docs`` documents: the one a store of as many triples is built on."""
    return max(1, n_docs // DOCS_PER_SCALE)


def extractions(n_docs: int, seed: int = SEED) -> Iterator[Extraction]:
    """``n_docs`` synthetic extractions (deterministic for a given ``seed``)."""
    rng = random.Random(seed)
    world = make_world(rng, scale=_scale(n_docs))
    for n in range(n_docs):
        yield _document(n, world, rng)


def generate(n_docs: int, seed: int = SEED, base_iri: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """The quads of ``n_docs`` synthetic documents, one named graph per document."""
    from kg.rdf import to_quads

    for ex in extractions(n_docs, seed):
        yield from to_quads(ex, base_iri)


def store_marker(seed: int = SEED) -> str:
    """What a cached store's ``READY`` file holds: the generator version and seed."""
    return f"benchmarks.synthetic v{GENERATOR_VERSION} seed {seed}\n"


def is_current(ready: Path, seed: int = SEED) -> bool:
    """Whether the ``READY`` marker ``ready`` was written by this generator version (else rebuild)."""
    try:
        return ready.read_text(encoding="utf-8") == store_marker(seed)
    except OSError:
        return False


def mark_current(ready: Path, seed: int = SEED) -> None:
    ready.write_text(store_marker(seed), encoding="utf-8")


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
    world = make_world(rng, scale=max(1, target_triples // 1_000_000))
    n = 0
    total = len(store)
    while total < target_triples:
        batch: list[ox.Quad] = []
        for _ in range(100):
            batch.extend(to_quads(_document(n, world, rng), DEFAULT_BASE))
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
