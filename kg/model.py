"""Typed objects passed between pipeline stages.

Stages never hand each other RDF terms or spaCy objects: documents produce
``Document``; extraction turns a ``Document`` into an ``Extraction``; ``kg.rdf``
turns an ``Extraction`` into quads. Entities inside one extraction refer to
each other by ``key`` (a slug), never by IRI: IRIs are minted in ``kg.rdf``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Ontology class local names an Entity may carry (see ontology/bnkg.ttl).
EntityType = Literal[
    "Person",
    "Organization",
    "GovernmentAgency",
    "MediaOrganization",
    "Place",
    "Country",
    "Agreement",
    "Position",
]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]
# Groups of them the rules ask about (ontology: bn:Organization and its subclasses; bn:Actor).
ORG_TYPES = frozenset({"Organization", "GovernmentAgency", "MediaOrganization"})
ACTOR_TYPES = ORG_TYPES | {"Person", "Country"}

# Object properties between entities (ontology local names).
RelationPredicate = Literal[
    "represents",
    "holdsPosition",
    "positionIn",
    "partOf",
    "partyTo",
    "negotiates",
    "metWith",
    "locatedIn",
    "connects",
    "dateSigned",
]


@dataclass(frozen=True)
class Span:
    """A stretch of the document text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """One input document after loading and cleaning.

    ``id`` is a slug of the file name stem, unique within a store; ``date`` is an
    ISO 8601 date or partial date (``2023``, ``2023-03``, ``2023-03-15``).
    """

    id: str
    text: str
    title: str
    sha256: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    media_type: str = "text/plain"


@dataclass
class Entity:
    """An actor, place, agreement or office found in one document.

    ``key`` is the canonical slug; the same real-world actor gets the same key
    from any document (that is what makes IRIs stable across documents).
    ``unnamed`` marks descriptive speakers ("a Canadian official"): their nodes
    are scoped to the document, not merged across documents. ``iri_key``, when
    set, is the slug the IRI is minted from instead of ``key``: a generic name
    qualified by what the document knows of it (see :mod:`kg.extract.identity`);
    inside one extraction the entity is still referred to by ``key``.
    """

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    unnamed: bool = False
    iri_key: str | None = None


@dataclass
class Relation:
    """``subject predicate object`` with the sentence it came from.

    Exactly one of ``object`` (an entity key) and ``literal`` is set; a literal
    is an ISO date/year for ``dateSigned``.
    """

    subject: str
    predicate: str
    evidence: Span
    object: str | None = None
    literal: str | None = None


@dataclass
class Statement:
    """A quoted (``direct``) or reported utterance.

    ``speaker``/``addressee``/``about`` are entity keys. ``quote`` is the words
    only, ``quote_span`` where they stand; ``evidence`` is the whole sentence.
    ``stated_on`` is an ISO date or partial date, already resolved against the
    document date.
    """

    speaker: str
    quote: str
    kind: Literal["direct", "reported"]
    quote_span: Span
    evidence: Span
    addressee: str | None = None
    medium: str | None = None
    about: list[str] = field(default_factory=list)
    stated_on: str | None = None


@dataclass
class Event:
    """Something that happened, e.g. a meeting between two officials."""

    key: str
    type: Literal["Event", "Meeting"]
    label: str
    evidence: Span
    participants: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
