"""Agreements: parties, negotiators, and a timeline of signing, meetings and statements."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api import schemas
from api.deps import get_settings, get_store
from kg.lookup import agreements
from kg.settings import Settings
from kg.store import GraphStore

router = APIRouter(prefix="/api/agreements", tags=["agreements"])


@router.get("", response_model=schemas.AgreementPage, responses=schemas.problem_responses(422), summary="Agreements")
def list_agreements(
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Every agreement with its parties (`bn:partyTo`), negotiators (`bn:negotiates`) and signing date."""
    return agreements.agreements(store, settings.base_iri, limit, offset)


@router.get(
    "/{id:path}",
    response_model=schemas.AgreementDetail,
    responses=schemas.problem_responses(404, 409, 422),
    summary="One agreement and its timeline",
)
def agreement_detail(
    id: Annotated[
        str,
        Path(
            description="agreement id, e.g. `agreement/safe-third-country-agreement` or the bare key",
            openapi_examples={"stca": {"value": "agreement/safe-third-country-agreement"}},
        ),
    ],
    store: GraphStore = Depends(get_store),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Parties, negotiators, and a timeline (signing, meetings and statements about it) sorted by date."""
    return agreements.agreement(store, settings.base_iri, id)
