"""Actors: search, detail, relationships with evidence, shortest paths between two.

An actor id is the IRI path below the base (``person/justin-trudeau``); the bare
key (``justin-trudeau``) works when only one actor has it (else 409 lists the
full ids). Routes only parse input and call :mod:`kg.lookup` / :mod:`kg.analytics`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from api import schemas
from api.deps import get_settings, get_store
from kg import analytics
from kg.lookup import detail, ids, relationships, search
from kg.lookup.index import actor_index
from kg.lookup.refs import node_refs
from kg.settings import Settings
from kg.store import GraphStore

router = APIRouter(prefix="/api/actors", tags=["actors"])

ID_DOC = (
    "Actor id: the IRI path below the base IRI, e.g. `person/justin-trudeau` or `place/canada`; "
    "the bare key (`justin-trudeau`) is accepted when only one actor has it."
)
NAME = r"^[A-Za-z][A-Za-z0-9_-]{0,63}$"  # a bn: local name
EXAMPLES = {
    "person": {"summary": "a person, by IRI path", "value": "person/justin-trudeau"},
    "bare": {"summary": "a bare key", "value": "canada"},
}
ActorId = Annotated[str, Path(description=ID_DOC, openapi_examples=EXAMPLES)]


@router.get(
    "/{id:path}/relationships",
    response_model=schemas.Relationships,
    responses=schemas.problem_responses(404, 409, 422),
    summary="Relationships of an actor, with evidence",
)
def actor_relationships(
    id: ActorId,
    predicate: Annotated[str | None, Query(pattern=NAME, description="only this bn: predicate, e.g. `represents`, `speaker`")] = None,
    other_type: Annotated[str | None, Query(pattern=NAME, description="only relations to nodes of this bn: class, e.g. `Country`")] = None,
    limit: Annotated[int, Query(ge=1, le=5000, description="page size; `total` counts every match")] = relationships.DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Every relation in and out of the actor (ontology relations, offices, and statements
    and events it takes part in as speaker, addressee, about or participant), each with
    its evidence: the document, the sentence text and its character offsets. Sorted by
    predicate, direction and the other node's label; `total` counts all, `limit`/`offset` page."""
    return relationships.relationships(store, settings.base_iri, id, predicate, other_type, limit, offset)


@router.get(
    "/{a:path}/path/{b:path}",
    response_model=schemas.PathResult,
    responses=schemas.problem_responses(404, 409, 422),
    summary="Shortest connections between two actors",
)
def actor_path(
    a: Annotated[str, Path(description="first actor id. " + ID_DOC, openapi_examples=EXAMPLES)],
    b: Annotated[str, Path(description="second actor id", openapi_examples={"place": {"value": "place/roxham-road"}})],
    max: Annotated[int, Query(ge=1, le=10, description="longest path to look for, in hops")] = 6,
    limit: Annotated[int, Query(ge=1, le=50, description="at most this many shortest paths")] = 10,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Shortest paths through the actor graph (relations and statement co-occurrence),
    each hop with its evidence. `paths` is empty when the two are not connected
    within `max` hops; an unknown actor is a 404."""
    base = settings.base_iri
    idx = actor_index(store, base)
    src = ids.resolve_actor(idx, a)
    dst = ids.resolve_actor(idx, b)
    found = analytics.shortest_paths(store, src, dst, max, limit, base=base)
    nodes = sorted({src, dst} | {h[k] for p in found for h in p for k in ("source", "target")})
    refs = {r["iri"]: r for r in node_refs(idx, nodes)}
    paths = [
        {
            "length": len(p),
            "hops": [{**h, "source": refs[h["source"]], "target": refs[h["target"]]} for h in p],
        }
        for p in found
    ]
    return {"source": refs[src], "target": refs[dst], "max": max, "paths": paths}


@router.get(
    "/{id:path}",
    response_model=schemas.ActorDetail,
    responses=schemas.problem_responses(404, 409, 422),
    summary="One actor",
)
def actor_detail(
    id: ActorId,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Label, aliases, classes, offices held, side represented, `owl:sameAs` links,
    documents that mention it, and counts."""
    return detail.detail(store, settings.base_iri, id)


@router.get(
    "",
    response_model=schemas.ActorPage,
    responses=schemas.problem_responses(404, 409, 422),
    summary="Search actors",
)
def actor_search(
    q: Annotated[str | None, Query(max_length=200, description="part of a label or alias; case and accents ignored")] = None,
    type: Annotated[str | None, Query(pattern=NAME, description="only actors of this bn: class, e.g. `Person`, `Country`, `GovernmentAgency` (422 for a class the ontology lacks)")] = None,
    side: Annotated[str | None, Query(max_length=500, description="only actors representing this actor id (e.g. `place/canada`)")] = None,
    sort: Annotated[Literal["name", "mentions", "centrality"], Query()] = "name",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Actors whose label or alias contains `q`, filtered by class and side, paginated.
    `sort=centrality` orders by degree centrality in the actor graph."""
    return search.search(store, settings.base_iri, q, type, side, sort, limit, offset)
