"""Dependencies that hand routes what they need (the store, the settings)."""

from __future__ import annotations

from fastapi import Request

from kg.settings import Settings
from kg.store import GraphStore


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings
