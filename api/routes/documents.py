"""Documents: metadata, and the text with the entity mentions marked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api import schemas
from api.deps import get_settings, get_store
from kg.lookup import documents
from kg.settings import Settings
from kg.store import GraphStore

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("", response_model=schemas.DocumentPage, responses=schemas.problem_responses(422), summary="Documents")
def list_documents(
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Metadata of every document in the store (title, date, source, URL, hash, length, mentions)."""
    return documents.documents(store, settings.base_iri, limit, offset)


@router.get(
    "/{id:path}",
    response_model=schemas.DocumentDetail,
    responses=schemas.problem_responses(404, 422),
    summary="One document with its mentions",
)
def document_detail(
    id: Annotated[str, Path(description="document id (e.g. `000_aba5ecb4ee03d776`) or `document/<id>`")],
    html: Annotated[bool, Query(description="also render the text as HTML with <mark> per mention")] = False,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Metadata, the full text, and every entity mention as a span (`text[start:end]`)
    with the entity it names; with `html=true` also the escaped text with `<mark>` elements."""
    return documents.document(store, settings.base_iri, id, html)
