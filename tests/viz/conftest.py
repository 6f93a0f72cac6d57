"""Fixtures for the viewer: a hand-written store, and Debian's Chromium driven by Playwright.

Browser tests are skipped (with the reason) when ``/usr/bin/chromium`` is
missing on a developer machine, and fail when the ``CI`` variable is set:
CI must run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LiveServer, start_server, stop_server
from tests.viz.handmade import write_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

# Collects what a page reports: script errors, CSP violations, dialogs.
WATCH_SCRIPT = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def _no_browser(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: browser tests must run; `apt-get install chromium`)")
    pytest.skip(f"{reason}; install Debian's chromium (`apt-get install chromium`) to run the viewer's browser tests")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole run."""
    if not CHROMIUM.exists():
        _no_browser(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        _no_browser("the playwright package is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageWatch:
    """A page plus what it reported (dialogs, errors) while a test used it."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.add_init_script(WATCH_SCRIPT)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations || []")

    def wait_ready(self) -> None:
        # A selector wait, not wait_for_function: that one evals in the page, which the CSP forbids.
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)


@pytest.fixture()
def page(browser: Any) -> Iterator[PageWatch]:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    try:
        yield PageWatch(context.new_page())
    finally:
        context.close()


@pytest.fixture(scope="session")
def hand_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small hand-written graph (tests/viz/handmade.py)."""
    return write_store(tmp_path_factory.mktemp("viz-hand") / "store")


@pytest.fixture(scope="session")
def hand_server(hand_store_path: Path) -> Iterator[LiveServer]:
    server = start_server(hand_store_path)
    yield server
    stop_server(server)
