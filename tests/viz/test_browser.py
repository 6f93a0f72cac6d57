"""The viewer in a real browser (Debian's Chromium via Playwright) against the real server."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import BNKG, LiveServer, build_store, start_server, stop_server
from tests.viz.conftest import PageWatch
from tests.viz.handmade import IMG, SCRIPT, payload_extraction, write_store

TRUDEAU_QUOTE = "renegotiate the Safe Third Country Agreement"


def drawn(page: Any) -> int:
    return page.evaluate("window.network.body.data.nodes.length")


def click_node(watch: PageWatch, node_id: str) -> None:
    """Click where the node is drawn (its canvas position mapped to the page)."""
    pos = watch.page.evaluate("id => window.bnkg.domPosition(id)", node_id)
    assert pos is not None, f"{node_id} is not drawn"
    watch.page.mouse.click(pos["x"], pos["y"])


def panel_text(page: Any) -> str:
    page.wait_for_selector("#panel:not([hidden])", timeout=10_000)
    return page.inner_text("#panel")


def actor_id(server: LiveServer, name: str) -> str:
    hits = httpx.get(server.url + "/graph/search", params={"q": name}, timeout=30).json()["results"]
    assert hits, f"no node named {name!r} in the graph"
    return hits[0]["id"]


def test_seed_graph_draws_every_node_and_a_click_shows_trudeaus_quote(live_server: LiveServer, page: PageWatch) -> None:
    expected = httpx.get(live_server.url + "/graph/data", timeout=30).json()["meta"]["shown"]
    page.page.goto(live_server.url + "/graph")
    page.wait_ready()
    assert drawn(page.page) == expected > 10
    trudeau = actor_id(live_server, "Justin Trudeau")
    click_node(page, trudeau)
    text = panel_text(page.page)
    assert "Justin Trudeau" in text and TRUDEAU_QUOTE in text
    assert page.page.evaluate("document.getElementById('panel').dataset.node") == trudeau
    assert page.csp_violations() == [] and page.errors == []


def test_every_label_of_the_first_view_keeps_clear_of_the_edges(live_server: LiveServer, page: PageWatch) -> None:
    page.page.goto(live_server.url + "/graph")
    page.wait_ready()
    # Each node's box with its label, mapped from canvas to page coordinates, must keep
    # clear of the edges: fonts differ between machines, a label flush with the edge is cut.
    outside = page.page.evaluate(
        """() => {
          const net = window.network, box = document.getElementById('network').getBoundingClientRect();
          const clear = 20;
          return net.body.data.nodes.getIds().filter(id => {
            const b = net.getBoundingBox(id);
            const tl = net.canvasToDOM({x: b.left, y: b.top}), br = net.canvasToDOM({x: b.right, y: b.bottom});
            return tl.x < clear || tl.y < clear || br.x > box.width - clear || br.y > box.height - clear;
          });
        }"""
    )
    assert outside == []


@pytest.mark.parametrize("query", ["", "?actor=justin-trudeau&depth=1"])
def test_no_two_labels_of_a_view_overlap(live_server: LiveServer, page: PageWatch, query: str) -> None:
    """Every node's drawn box, label included, is clear of every other (as the browser measures them)."""
    page.page.goto(live_server.url + "/graph" + query)
    page.wait_ready()
    overlapping = page.page.evaluate(
        """() => {
          const net = window.network;
          const boxes = net.body.data.nodes.getIds().map(id => [id, net.getBoundingBox(id)]);
          const out = [];
          boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
            const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
            const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
            if (w > 0 && h > 0) out.push([a, b]);
          }));
          return out;
        }"""
    )
    assert overlapping == []


def test_search_box_jumps_to_an_actor(live_server: LiveServer, page: PageWatch) -> None:
    page.page.goto(live_server.url + "/graph")
    page.wait_ready()
    page.page.fill("#search", "Trudeau")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#panel h2") == "Justin Trudeau"
    assert page.page.evaluate("window.network.getSelectedNodes()") == [actor_id(live_server, "Justin Trudeau")]


def test_url_focus_matches_the_servers_view(live_server: LiveServer, page: PageWatch) -> None:
    """The page's own filter (viewer.js) draws what /graph/data says for the same URL."""
    query = "?actor=justin-trudeau&depth=1&statements=0"
    data = httpx.get(live_server.url + "/graph/data" + query, timeout=30).json()
    page.page.goto(live_server.url + "/graph" + query)
    page.wait_ready()
    ids = page.page.evaluate("window.network.body.data.nodes.getIds()")
    assert sorted(ids) == sorted(n["id"] for n in data["nodes"])
    assert not any(i.startswith("statement/") for i in ids)
    assert TRUDEAU_QUOTE in panel_text(page.page)  # opening on an actor opens its panel


def test_clicking_an_edge_shows_its_evidence(live_server: LiveServer, page: PageWatch) -> None:
    page.page.goto(live_server.url + "/graph?statements=0")
    page.wait_ready()
    trudeau = actor_id(live_server, "Justin Trudeau")
    edge = page.page.evaluate(
        """id => window.network.body.data.edges.get().find(e => e.from === id && e.label === 'represents')""",
        trudeau,
    )
    assert edge is not None, "the seed graph should say whom Trudeau represents"
    # The point along the edge farthest from any node, so the click lands on the edge.
    point = page.page.evaluate(
        """e => {
          const n = window.network, pos = n.getPositions(), a = pos[e.from], b = pos[e.to];
          let best = null, bestD = -1;
          for (let t = 0.25; t <= 0.75; t += 0.05) {
            const p = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
            const d = Math.min(...Object.values(pos).map(q => Math.hypot(q.x - p.x, q.y - p.y)));
            if (d > bestD) { bestD = d; best = p; }
          }
          const dom = n.canvasToDOM(best), r = document.getElementById('network').getBoundingClientRect();
          return {x: r.left + dom.x, y: r.top + dom.y};
        }""",
        edge,
    )
    page.page.mouse.click(point["x"], point["y"])
    text = panel_text(page.page)
    assert page.page.evaluate("document.getElementById('panel').dataset.edge") == edge["id"]
    assert "Justin Trudeau represents Canada" in text and "characters" in text
    assert "Trudeau" in page.page.inner_text("#panel blockquote")  # the sentence that says so


def test_page_has_a_strict_content_security_policy(client: httpx.Client) -> None:
    resp = client.get("/graph")
    policy = resp.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert resp.headers["x-content-type-options"] == "nosniff"
    # Every script and style comes from this server.
    assert "<script defer src=\"/graph/assets/vis-network.min.js\">" in resp.text
    assert "http://" not in resp.text.split('id="bnkg-data"')[0] and "https://" not in resp.text.split('id="bnkg-data"')[0]
    assert client.get("/graph/assets/vis-network.min.js").status_code == 200
    assert client.get("/graph/assets/secret.py").status_code == 404


def test_graph_data_rejects_bad_parameters(client: httpx.Client) -> None:
    missing = client.get("/graph/data", params={"actor": "Nobody At All"})
    assert missing.status_code == 404 and "unknown actor" in missing.json()["detail"]
    assert client.get("/graph/data", params={"from": "2023-13"}).status_code == 422
    assert client.get("/graph/data", params={"depth": "9"}).status_code == 422


def test_standalone_file_draws_with_the_network_off(seed_store_path: Path, tmp_path: Path, browser: Any) -> None:
    out = tmp_path / "graph.html"
    subprocess.run([BNKG, "viz", "--store", str(seed_store_path), "--out", str(out)], check=True, capture_output=True)
    html = out.read_text(encoding="utf-8")
    start = html.index('id="bnkg-data">') + len('id="bnkg-data">')
    expected = len(json.loads(html[start: html.index("</script>", start)])["nodes"])
    context = browser.new_context(offline=True)
    requested: list[str] = []

    def block(route: Any) -> None:
        requested.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith("file:"), block)
    try:
        watch = PageWatch(context.new_page())
        watch.page.goto(out.as_uri())
        watch.wait_ready()
        assert drawn(watch.page) == expected > 10
        assert requested == [] and watch.errors == [] and watch.csp_violations() == []
    finally:
        context.close()


@pytest.fixture(scope="module")
def payload_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A store built by the real pipeline from a document full of script payloads."""
    docs = tmp_path_factory.mktemp("payload-docs")
    doc = docs / "payload.txt"
    doc.write_text(
        f"Minister {SCRIPT} Smith, Canada's trade minister, met Premier Jane {IMG} Doe in Ottawa on Monday.\n\n"
        f"\u201cWe will renegotiate {SCRIPT} the agreement {IMG} soon,\u201d Smith told reporters.\n",
        encoding="utf-8",
    )
    (docs / "payload.meta.json").write_text(json.dumps({"title": f"Payload {SCRIPT}", "date": "2023-04"}), encoding="utf-8")
    server = start_server(build_store(tmp_path_factory.mktemp("payload") / "store", doc))
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def hand_payload_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Payloads guaranteed in a label, an alias, an office, a quote, a medium and a title."""
    server = start_server(write_store(tmp_path_factory.mktemp("hand-payload") / "store", [payload_extraction()]))
    yield server
    stop_server(server)


def _assert_nothing_injected(watch: PageWatch) -> None:
    page = watch.page
    assert watch.dialogs == [], watch.dialogs
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    # The only inline <script> is the JSON data block, which the browser does not run.
    assert page.evaluate("[...document.scripts].filter(s => !s.src).map(s => s.type)") == ["application/json"]
    assert watch.csp_violations() == []


def _open_every_payload_panel(watch: PageWatch) -> list[str]:
    """Click the first node whose label holds markup, then open the panel of every other one."""
    ids = watch.page.evaluate(
        "Object.keys(JSON.parse(document.getElementById('bnkg-data').textContent).info)"
        ".filter(id => /[<>]/.test(JSON.parse(document.getElementById('bnkg-data').textContent).info[id].label))"
    )
    assert ids, "the payload document should give at least one node with markup in its label"
    click_node(watch, ids[0])
    panel_text(watch.page)
    texts = []
    for nid in ids:
        watch.page.evaluate("id => window.bnkg.showNode(id)", nid)
        texts.append(watch.page.inner_text("#panel"))
    return texts


@pytest.mark.parametrize("which", ["payload_server", "hand_payload_server"])
def test_script_payloads_in_documents_stay_text(which: str, request: pytest.FixtureRequest, page: PageWatch) -> None:
    server: LiveServer = request.getfixturevalue(which)
    page.page.goto(server.url + "/graph")
    page.wait_ready()
    texts = _open_every_payload_panel(page)
    page.page.fill("#search", "<")
    page.page.press("#search", "Enter")
    assert any(SCRIPT in t or IMG in t for t in texts)  # shown literally, as text
    _assert_nothing_injected(page)


def test_script_payloads_stay_text_in_the_standalone_file(tmp_path: Path, browser: Any) -> None:
    store = write_store(tmp_path / "store", [payload_extraction()])
    out = tmp_path / "graph.html"
    subprocess.run([BNKG, "viz", "--store", str(store), "--out", str(out)], check=True, capture_output=True)
    context = browser.new_context(offline=True)
    try:
        watch = PageWatch(context.new_page())
        watch.page.goto(out.as_uri())
        watch.wait_ready()
        texts = _open_every_payload_panel(watch)
        assert any(f"Evil {SCRIPT} Person" in t for t in texts)
        assert any(IMG in t for t in texts)
        assert watch.dialogs == [] and watch.page.evaluate("document.querySelectorAll('img').length") == 0
        assert watch.csp_violations() == []
    finally:
        context.close()


def _drawn_ids(page: Any) -> list[str]:
    return sorted(page.evaluate("window.network.body.data.nodes.getIds()"))


def _server_ids(server: LiveServer, **params: str) -> list[str]:
    body = httpx.get(server.url + "/graph/data", params=params, timeout=30).json()
    return sorted(n["id"] for n in body["nodes"])


def test_page_controls_filter_like_the_server(hand_server: LiveServer, page: PageWatch) -> None:
    """Date box, legend toggle and depth give what /graph/data gives for the same parameters."""
    page.page.goto(hand_server.url + "/graph")
    page.wait_ready()
    assert _drawn_ids(page.page) == _server_ids(hand_server)
    page.page.fill("#from", "2024")
    page.page.press("#from", "Enter")
    page.page.dispatch_event("#from", "change")
    assert _drawn_ids(page.page) == _server_ids(hand_server, **{"from": "2024"})
    assert "person/justin-trudeau" not in _drawn_ids(page.page)
    assert "from=2024" in page.page.url  # the view is shareable as a link
    page.page.click("#reset")
    page.page.click("#legend button[data-cls=Country]")
    assert _drawn_ids(page.page) == _server_ids(hand_server, hide="Country")
    assert page.page.get_attribute("#legend button[data-cls=Country]", "aria-pressed") == "false"
    page.page.click("#reset")
    page.page.evaluate("window.bnkg.focus('person/sean-fraser')")
    page.page.select_option("#depth", "1")
    assert _drawn_ids(page.page) == _server_ids(hand_server, actor="person/sean-fraser", depth="1")
    assert page.errors == [] and page.csp_violations() == []


def test_big_view_labels_a_clicked_node_and_the_nodes_in_view(
    hand_store_path: Path, tmp_path: Path, browser: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big view arrives without canvas labels; a click and a zoom bring them in (offline file)."""
    from kg import viz
    from kg.settings import DEFAULT_BASE
    from kg.store import GraphStore
    from kg.viz import render

    monkeypatch.setattr(render, "BIG_VIEW", 5)  # the hand-made graph stands in for a big one
    store = GraphStore.open(hand_store_path, read_only=True)
    out = tmp_path / "big.html"
    out.write_text(viz.standalone_html(store, DEFAULT_BASE), encoding="utf-8")
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 850})
    try:
        watch = PageWatch(context.new_page())
        page = watch.page
        page.goto(out.as_uri())
        watch.wait_ready()
        labels = "id => (window.network.body.data.nodes.get(id) || {}).label"
        assert page.evaluate("window.network.body.data.nodes.get().filter(n => n.label).length") == 0
        click_node(watch, "person/justin-trudeau")
        assert "Justin Trudeau" in panel_text(page)
        page.wait_for_selector("body[data-labels]", state="attached", timeout=10_000)
        assert page.evaluate(labels, "person/justin-trudeau") == "Justin Trudeau"
        assert page.evaluate(labels, "place/canada") == "Canada"  # a neighbour
        before = page.get_attribute("body", "data-labels")
        box = page.locator("#network").bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -300)  # zoom in: the nodes in view get their labels
        page.wait_for_selector(f"body:not([data-labels='{before}'])", state="attached", timeout=10_000)
        assert int(page.get_attribute("body", "data-labels") or 0) > int(before or 0)
        assert watch.errors == [] and watch.csp_violations() == [] and watch.dialogs == []
    finally:
        context.close()
        store.close()
