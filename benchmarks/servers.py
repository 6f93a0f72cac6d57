"""Waiting for a server under measurement: up (answers a path), then warm (start-up scans done).

Shared by the benchmarks that start ``bnkg serve`` or ``oxigraph serve`` as a
subprocess, so they all measure from the same point: the steady state.
"""

from __future__ import annotations

import subprocess
import time

import httpx


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 300.0) -> None:
    """Return once ``url`` answers at all; raise if the process exits or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            raise RuntimeError(f"server exited ({proc.returncode}) {out}".strip())
        try:
            httpx.get(url, timeout=30)
            return
        except httpx.TransportError:
            pass
        time.sleep(0.2)  # readiness poll
    proc.kill()
    raise RuntimeError(f"{url} did not come up within {timeout:.0f} s")


def wait_until_warm(base_url: str, timeout: float = 600.0) -> None:
    """Return once ``bnkg serve``'s start-up threads are done (``/health`` says ``warm``).

    Those threads scan the whole store in the server process (actor index,
    viewer layout) and would share its CPU with the requests being measured.
    """
    deadline = time.monotonic() + timeout
    while not httpx.get(base_url + "/health", timeout=30).json().get("warm", True):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{base_url} did not finish warming up within {timeout:.0f} s")
        time.sleep(0.5)  # readiness poll
