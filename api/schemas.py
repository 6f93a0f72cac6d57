"""Response models of the REST API (they are the OpenAPI schemas too)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

class Problem(BaseModel):
    """An error, as ``application/problem+json`` (RFC 9457)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    code: str | None = None
    errors: list[dict[str, Any]] | None = None


class NodeRef(BaseModel):
    """A node in the graph: ``id`` is its IRI path below the base (use it in URLs)."""

    id: str = Field(examples=["person/justin-trudeau"])
    iri: str
    label: str | None
    types: list[str] = Field(description="bn: classes, superclasses included")
    type: str | None = Field(description="the most specific bn: class")


class DocumentRef(BaseModel):
    id: str
    iri: str
    title: str | None


class Evidence(BaseModel):
    """A stretch of a document: ``document text[start:end] == text``."""

    document: DocumentRef
    text: str
    start: int
    end: int


class ActorSummary(NodeRef):
    aliases: list[str]
    mentions: int = Field(description="how many times the actor is named in the documents")
    sides: list[NodeRef] = Field(description="what the actor represents (bn:represents)")
    centrality: float | None = Field(None, description="degree centrality, when sorted by it")


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorSummary]


class Office(NodeRef):
    position_in: NodeRef | None


class ActorCounts(BaseModel):
    mentions: int
    documents: int
    relationships: int
    statements: int


class ActorLinks(BaseModel):
    self: str
    relationships: str
    page: str
    viewer: str


class ActorDetail(NodeRef):
    aliases: list[str]
    offices: list[Office]
    sides: list[NodeRef]
    same_as: list[str]
    documents: list[DocumentRef]
    counts: ActorCounts
    links: ActorLinks


class StatementRef(BaseModel):
    id: str
    iri: str
    quote: str | None
    kind: str | None


class Relationship(BaseModel):
    """One fact in or out of the actor; ``value`` is set for literals (``dateSigned``).

    ``direction`` is ``both`` for symmetric properties (``metWith``): one fact, not an in and an out."""

    predicate: str
    direction: Literal["out", "in", "both"]
    other: NodeRef | None
    value: str | None
    evidence: list[Evidence]
    statement: StatementRef | None = Field(description="set when the other node is a statement")


class Relationships(BaseModel):
    actor: NodeRef
    total: int
    limit: int | None
    offset: int
    items: list[Relationship]


class HopEvidence(Evidence):
    predicate: str
    subject: str
    object: str
    statement: str | None = None


class Hop(BaseModel):
    source: NodeRef
    target: NodeRef
    predicates: list[str]
    evidence: list[HopEvidence]


class Path(BaseModel):
    length: int
    hops: list[Hop]


class PathResult(BaseModel):
    source: NodeRef
    target: NodeRef
    max: int
    paths: list[Path] = Field(description="shortest paths within `max` hops; empty if none")


class Statement(BaseModel):
    id: str
    iri: str
    label: str | None
    speaker: NodeRef | None
    addressee: NodeRef | None
    medium: str | None
    date: str | None = Field(description="bn:statedOn: an ISO date or partial date")
    quote: str
    kind: str | None
    about: list[NodeRef]
    source: Evidence | None = Field(description="the sentence the statement stands in")
    quote_span: Evidence | None


class StatementPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Statement]


class Party(BaseModel):
    actor: NodeRef
    evidence: list[Evidence]


class AgreementSummary(NodeRef):
    aliases: list[str]
    date_signed: str | None
    parties: list[Party]
    negotiators: list[Party]


class AgreementPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[AgreementSummary]


class TimelineItem(BaseModel):
    date: str | None
    kind: Literal["signed", "meeting", "event", "statement"]
    label: str | None
    node: NodeRef | None
    evidence: list[Evidence]
    quote: str | None
    speaker: NodeRef | None
    participants: list[NodeRef]


class AgreementDetail(AgreementSummary):
    timeline: list[TimelineItem] = Field(description="dated items first, by date; undated last")


class DocumentSummary(BaseModel):
    id: str
    iri: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    sha256: str | None
    length: int
    mentions: int


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentSummary]


class MentionSpan(BaseModel):
    start: int
    end: int
    text: str
    entity: NodeRef


class DocumentDetail(DocumentSummary):
    text: str
    spans: list[MentionSpan] = Field(description="entity mentions; text[start:end] == span text")
    html: str | None = Field(description="the text as escaped HTML with <mark> per mention (html=true)")


class CentralityItem(BaseModel):
    actor: NodeRef
    degree: float
    betweenness: float
    eigenvector: float


class CentralityResult(BaseModel):
    version: str
    nodes: int
    edges: int
    approximate: bool = Field(description="betweenness estimated from a fixed-seed sample")
    total: int
    items: list[CentralityItem]


class Community(BaseModel):
    id: int
    size: int
    members: list[NodeRef]


class CommunitiesResult(BaseModel):
    version: str
    method: str
    modularity: float | None
    total: int
    items: list[Community]


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for problem+json errors (replaces FastAPI's default 422 schema)."""
    descriptions = {
        404: "Unknown id",
        409: "Ambiguous bare key: several actors share it",
        422: "Invalid parameters",
    }
    return {
        s: {
            "model": Problem,
            "description": descriptions.get(s, "Error"),
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for s in statuses
    }
