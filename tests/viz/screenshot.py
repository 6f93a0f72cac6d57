"""Save a screenshot of the viewer on the seed graph (for the README): docs/graph.png.

Run: .venv/bin/python -m tests.viz.screenshot [--store DIR] [--out docs/graph.png]
Builds the seed store in a temporary directory unless --store is given, serves
it with the real server and photographs /graph with Justin Trudeau's panel open.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from kg.settings import PROJECT_ROOT
from tests.conftest import SEEDS, build_store, start_server, stop_server
from tests.viz.conftest import CHROMIUM, CHROMIUM_ARGS


def shoot(store: Path, out: Path, actor: str = "Justin Trudeau") -> None:
    from playwright.sync_api import sync_playwright

    server = start_server(store)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 860}, device_scale_factor=1)
            page.goto(server.url + "/graph")
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
            page.fill("#search", actor)
            page.press("#search", "Enter")
            page.wait_for_selector("#panel:not([hidden])")
            page.evaluate("window.network.fit({animation: false})")  # the panel took width: refit
            page.screenshot(path=str(out))
            browser.close()
    finally:
        stop_server(server)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "graph.png")
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.store is not None:
        shoot(args.store, args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        shoot(build_store(Path(tmp) / "store", SEEDS), args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
