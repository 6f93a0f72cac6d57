"""Dependencies that hand routes what they need (the store, the settings).

``async`` on purpose: FastAPI runs a plain ``def`` dependency in its thread
pool, and each hop to a thread waits for the GIL, which a background thread
(the start-up index build) may hold for a whole switch interval.
"""

from __future__ import annotations

from fastapi import Request

from kg.settings import Settings
from kg.store import GraphStore


async def get_store(request: Request) -> GraphStore:
    return request.app.state.store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings
