"""Shared fixtures: the seed store built once per run, and a live server on it."""

from __future__ import annotations

import gc
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from kg.build import available_cpus
from kg.settings import DEFAULT_BASE, PROJECT_ROOT
from kg.store import GraphStore

SEEDS = PROJECT_ROOT / "seeds"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SHARED_GOLD = PROJECT_ROOT.parent / "shared" / "gold"
BNKG = str(Path(sys.executable).with_name("bnkg"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Extraction processes for builds of hundreds of fixtures: two at most (the suite must stay frugal
# on small machines), one where only one CPU is there. Small builds stay in one process: a worker
# spends seconds loading spaCy before its first document.
MANY_DOCUMENTS_JOBS = min(2, available_cpus())


def build_store(path: Path, *docs: Path, jobs: int = 1) -> Path:
    """Build a store at ``path`` from ``docs`` through the library and close it."""
    from kg.build import build

    store = GraphStore.open(path)
    build(list(docs), store, DEFAULT_BASE, jobs=jobs)
    store.close()
    del store
    gc.collect()  # release Oxigraph's lock so other processes can open the store
    return path


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ once per test run (do not write to it)."""
    return build_store(tmp_path_factory.mktemp("seed") / "store", SEEDS)


@pytest.fixture(scope="session")
def seed_store(seed_store_path: Path) -> Iterator[GraphStore]:
    store = GraphStore.open(seed_store_path, read_only=True)
    yield store


@pytest.fixture()
def fresh_store_path(tmp_path: Path, seed_store_path: Path) -> Path:
    """A private, writable copy of the seed store."""
    dest = tmp_path / "store"
    shutil.copytree(seed_store_path, dest)
    return dest


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    store_path: Path


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM when pytest dies (Linux), so no server outlives a killed run."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_server(store_path: Path, env: dict[str, str] | None = None) -> LiveServer:
    """Start ``bnkg serve`` for real on a free loopback port; wait until it answers."""
    port = free_port()
    # A file, not a pipe: nobody reads the output while the server runs, and a
    # full pipe would block the server's next log line.
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [BNKG, "serve", "--store", str(store_path), "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=_die_with_parent,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            out = log.read().decode(errors="replace")
            raise RuntimeError(f"server exited early ({proc.returncode}):\n{out}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return LiveServer(url, proc, store_path)
        except httpx.TransportError:
            pass
        time.sleep(0.1)  # readiness poll, not a test delay
    proc.kill()
    raise RuntimeError("server did not start within 60 s")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def live_server(seed_store_path: Path) -> Iterator[LiveServer]:
    """The real server over the seed store, shared by the whole run."""
    server = start_server(seed_store_path)
    yield server
    stop_server(server)


@pytest.fixture()
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as c:
        yield c
