"""Statements: who said what, to whom, how, when, with the source sentence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api import schemas
from api.deps import get_settings, get_store
from kg.lookup import statements
from kg.settings import Settings
from kg.store import GraphStore

router = APIRouter(prefix="/api/statements", tags=["statements"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get(
    "",
    response_model=schemas.StatementPage,
    responses=schemas.problem_responses(404, 409, 422),
    summary="Statements",
)
def list_statements(
    speaker: Annotated[str | None, Query(max_length=500, description="speaker actor id (e.g. `person/justin-trudeau`)")] = None,
    about: Annotated[str | None, Query(max_length=500, description="actor id the statement is about")] = None,
    from_: Annotated[str | None, Query(alias="from", pattern=DATE, description="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    to: Annotated[str | None, Query(pattern=DATE, description="latest date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Statements with speaker, addressee, medium, date (`bn:statedOn`), quote, kind and
    source sentence, ordered by date (undated last). A partial date stands for the
    whole period it names; a statement is kept when its period overlaps `from`..`to`.
    Statements without a date are left out when `from` or `to` is given."""
    return statements.statements(store, settings.base_iri, speaker, about, from_, to, limit, offset)
