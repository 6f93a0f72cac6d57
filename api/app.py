"""The app factory: one FastAPI app over one store, built from one Settings."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from api import problems
from api.head import HeadAsGet
from api.sparql.fastpath import SparqlFastPath
from api.routes import ROUTERS
from kg import __version__
from kg.settings import Settings
from kg.store import GraphStore

SWITCH_INTERVAL = 0.001  # seconds


class BnkgApp(FastAPI):
    """The FastAPI app, with SPARQL query requests answered before its middleware stack.

    See :mod:`api.sparql.fastpath`: every other request takes the normal path.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._entry = SparqlFastPath(super().__call__, owner=self)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._entry(scope, receive, send)


def create_app(
    settings: Settings | None = None, store: GraphStore | None = None
) -> FastAPI:
    """Build the app. The store is opened read-only: changes come from the CLI."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Start-up threads scan the store for seconds while requests arrive; a
        # request handed to another thread waits up to one switch interval for
        # the GIL (5 ms by default), several times per request.
        sys.setswitchinterval(SWITCH_INTERVAL)
        app.state.store = store or GraphStore.open(settings.store, read_only=True)
        # Build the actor index and the viewer's default layout off the request
        # path: on a large store the first lookup would otherwise wait for them.
        app.state.warm = threading.Event()
        threading.Thread(
            target=_warm,
            args=(app.state.store, settings.base_iri, app.state.warm),
            daemon=True,
        ).start()
        for hook in getattr(app.state, "startup_hooks", []):
            hook(app)
        try:
            yield
        finally:
            for hook in getattr(app.state, "shutdown_hooks", []):
                hook(app)

    app = BnkgApp(
        title="bnkg",
        version=__version__,
        summary="Bilateral negotiation knowledge graph: SPARQL endpoint, actor API, viewer",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.startup_hooks = []
    app.state.shutdown_hooks = []
    problems.install(app)
    # Outermost middleware: HEAD is answered as GET by everything inside.
    app.add_middleware(HeadAsGet)
    for router in ROUTERS:
        app.include_router(router)
    return app


def factory() -> FastAPI:
    """The app of one process of a multi-process ``bnkg serve`` (:mod:`api.serving`).

    uvicorn's supervisor starts each child by importing this: the settings come
    from the ``BNKG_*`` variables the parent set. Each child also says when its
    start-up scans are done, so ``/health`` reports ``warm`` only once all are.
    """
    import os
    from pathlib import Path

    from api.serving import EXPECTED_ENV, RUN_DIR_ENV, SiblingsWarm

    app = create_app(Settings())
    run_dir = os.environ.get(RUN_DIR_ENV)
    if run_dir:

        def share_warm(app: FastAPI) -> None:
            warm = SiblingsWarm(app.state.warm, Path(run_dir), int(os.environ.get(EXPECTED_ENV, "1")))
            threading.Thread(target=warm.mark_when_warm, daemon=True).start()
            app.state.warm = warm

        app.state.startup_hooks.append(share_warm)
    return app


def _warm(store: GraphStore, base_iri: str, done: threading.Event) -> None:
    from kg import viz
    from kg.lookup.index import actor_index

    try:
        for warm in (actor_index, viz.warm):
            try:
                warm(store, base_iri)
            except Exception:  # noqa: BLE001 - warming is best effort; requests rebuild it
                pass
        if store.read_only:
            # What the warm-up built lives as long as the server: move it out of the
            # collector's sight, or each full collection walks millions of objects
            # (pauses of up to a second between requests on a 1M-triple graph).
            gc.collect()
            gc.freeze()
    finally:
        done.set()
