"""The front door at ``/``: a page for browsers, links as JSON for programs."""

from __future__ import annotations

import html.parser

import httpx

from tests.conftest import SEEDS


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


def test_browsers_get_a_page_linking_every_interface_and_document(client: httpx.Client) -> None:
    resp = client.get("/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    parser = _Links()
    parser.feed(resp.text)
    assert {"/graph", "/sparql", "/docs"} <= set(parser.hrefs)
    title = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8").splitlines()[0].strip()
    assert title[:40] in resp.text
    # Every document link opens the viewer on that document, and it answers.
    doc_links = [h for h in parser.hrefs if h.startswith("/graph?documents=")]
    assert doc_links
    assert client.get(doc_links[0]).status_code == 200


def test_programs_get_the_links_as_json(client: httpx.Client) -> None:
    resp = client.get("/", headers={"Accept": "*/*"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["documents"] >= 1
    for path in body["links"].values():
        assert client.get(path).status_code == 200, path


def test_the_workbench_and_viewer_link_back_to_the_start_page(client: httpx.Client) -> None:
    for path in ("/sparql", "/graph"):
        parser = _Links()
        parser.feed(client.get(path, headers={"Accept": "text/html"}).text)
        assert "/" in parser.hrefs, path
