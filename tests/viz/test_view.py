"""The viewer's data, filters and layout on a hand-written store (no browser)."""

from __future__ import annotations

import json
import re
from html import unescape
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import viz
from kg.errors import NotFound
from kg.settings import DEFAULT_BASE
from kg.store import GraphStore
from kg.viz import layout, render
from kg.viz.view import ViewParams, select
from tests.viz.handmade import TEXT_A


@pytest.fixture(scope="module")
def store(hand_store_path: Path) -> Iterator[GraphStore]:
    yield GraphStore.open(hand_store_path, read_only=True)


@pytest.fixture(scope="module")
def data(store: GraphStore) -> viz.GraphData:
    return viz.graph_data(store, DEFAULT_BASE)


def ids(view: viz.view.View) -> set[str]:
    return set(view.nodes)


def test_nodes_carry_their_most_specific_class_and_aliases(data: viz.GraphData) -> None:
    trudeau = data.nodes["person/justin-trudeau"]
    assert trudeau.cls == "Person" and trudeau.aliases == ["Trudeau"] and trudeau.mentions == 3
    assert data.nodes["place/canada"].cls == "Country"  # not its superclass Place
    assert data.nodes["event/doc-b/fraser-mayorkas-meeting"].cls == "Meeting"
    assert data.nodes["place/canada"].docs == {"doc-a", "doc-b"}
    assert not any(n.cls in ("Document", "Mention", "RelationAssertion") for n in data.nodes.values())


def test_relation_edges_carry_the_sentence_they_come_from(data: viz.GraphData) -> None:
    edge = next(e for e in data.edges if (e.source, e.prop, e.target) == ("person/justin-trudeau", "represents", "place/canada"))
    (ev,) = edge.evidence
    assert ev.doc == "doc-a" and TEXT_A[ev.start:ev.end] == ev.text
    assert "Justin Trudeau of Canada" in ev.text


def test_symmetric_relations_are_drawn_once(data: viz.GraphData) -> None:
    met = [e for e in data.edges if e.prop == "metWith"]
    pairs = [frozenset((e.source, e.target)) for e in met]
    assert len(pairs) == len(set(pairs)) == 2


def test_focus_depth_one_is_the_ego_network(data: viz.GraphData) -> None:
    view = select(data, ViewParams.parse(actor="justin-trudeau", depth=1))
    assert view.focus == "person/justin-trudeau"
    assert ids(view) == {
        "person/justin-trudeau", "person/joe-biden", "place/canada",
        "position/prime-minister-of-canada", "statement/doc-a/1",
    }
    deeper = select(data, ViewParams.parse(actor="justin-trudeau", depth=2))
    assert ids(view) < ids(deeper) and "person/sean-fraser" in ids(deeper)


def test_actor_is_found_by_id_slug_iri_label_or_alias(data: viz.GraphData) -> None:
    for ref in ("person/justin-trudeau", "justin-trudeau", DEFAULT_BASE + "person/justin-trudeau", "justin trudeau", "Trudeau"):
        assert viz.resolve_actor(data, ref) == "person/justin-trudeau", ref
    with pytest.raises(NotFound, match="unknown actor 'Nobody'"):
        viz.resolve_actor(data, "Nobody")


def test_type_filters_include_subclasses_and_hide_removes_legend_entries(data: viz.GraphData) -> None:
    places = select(data, ViewParams.parse(types="Place"))
    assert {data.nodes[n].cls for n in places.nodes} == {"Place", "Country"}
    no_countries = select(data, ViewParams.parse(hide="Country"))
    assert "place/canada" not in no_countries.nodes and "place/ottawa" in no_countries.nodes
    no_statements = select(data, ViewParams.parse(statements="0"))
    assert not any(data.nodes[n].cls == "Statement" for n in no_statements.nodes)
    assert all(data.edges[i].source in no_statements.nodes for i in no_statements.edges)


def test_document_and_date_filters(data: viz.GraphData) -> None:
    only_b = select(data, ViewParams.parse(documents="doc-b"))
    assert "person/sean-fraser" in only_b.nodes and "person/justin-trudeau" not in only_b.nodes
    assert "place/canada" in only_b.nodes  # named in both documents
    # doc-a is dated 2023-03 (a month: overlaps any range touching March 2023), doc-b 2024-01-10
    assert "person/justin-trudeau" in select(data, ViewParams.parse(date_from="2023-03-31", date_to="2023-03-31")).nodes
    in_2024 = select(data, ViewParams.parse(date_from="2024"))
    assert "person/justin-trudeau" not in in_2024.nodes and "person/sean-fraser" in in_2024.nodes
    assert select(data, ViewParams.parse(date_to="2022-12")).nodes == []


def test_big_graphs_open_on_the_most_central_actor(data: viz.GraphData) -> None:
    view = select(data, ViewParams.parse(depth=1), max_nodes=6)
    # Trudeau: 3 mentions + 4 links beats Canada: 2 mentions + 3 links
    assert view.partial and view.focus == "person/justin-trudeau"
    assert len(view.nodes) <= 6 and view.notes
    full = select(data, ViewParams.parse(full="1"), max_nodes=6)
    assert not full.partial and len(full.nodes) == len(data.nodes)


def test_payload_has_panel_details_even_for_hidden_statements(store: GraphStore) -> None:
    body = viz.view_payload(store, DEFAULT_BASE, ViewParams.parse(statements="0"), viz.served_links(DEFAULT_BASE))
    drawn = {n["id"] for n in body["nodes"]}
    assert "statement/doc-a/1" not in drawn
    trudeau = body["info"]["person/justin-trudeau"]
    assert trudeau["offices"] == [{"id": "position/prime-minister-of-canada", "label": "Prime Minister of Canada"}]
    assert trudeau["sides"] == [{"id": "place/canada", "label": "Canada"}]
    assert trudeau["page"] == "/id/person/justin-trudeau"
    (sid,) = trudeau["statements"]
    assert "renegotiate the Safe Third Country Agreement" in body["info"][sid]["quote"]
    span = body["spans"][body["info"][sid]["sentence"]]
    assert span["doc"] == "doc-a" and "Trudeau told reporters" in span["text"]
    assert body["documents"]["doc-a"]["href"] == "/api/documents/doc-a"
    assert not any("title" in n for n in body["nodes"])  # vis renders titles as HTML: never set
    edge_labels = {e["label"] for e in body["edges"]}
    assert "holds position" in edge_labels  # from the ontology's rdfs:label
    assert [entry["cls"] for entry in body["legend"]][:2] == ["Person", "Organization"]


def test_script_json_cannot_close_its_script_element() -> None:
    text = render.to_script_json({"label": "</script><script>alert(1)</script>", "q": "a & b\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"label": "</script><script>alert(1)</script>", "q": "a & b\u2028"}


def test_layout_is_deterministic_and_spreads_nodes() -> None:
    nodes = [f"n{i}" for i in range(40)]
    edges = [(f"n{i}", f"n{(i * 7 + 3) % 40}") for i in range(40)]
    a, b = layout.positions(nodes, edges), layout.positions(nodes, edges)
    assert a == b and set(a) == set(nodes)
    assert len(set(a.values())) == len(nodes)


def test_no_two_label_boxes_overlap_even_around_a_crowded_hub() -> None:
    """A hub with 150 wide-labelled neighbours: every pair of boxes ends apart."""
    nodes = ["hub"] + [f"n{i}" for i in range(150)]
    edges = [("hub", f"n{i}") for i in range(150)] + [(f"n{i}", f"n{i + 1}") for i in range(0, 150, 5)]
    boxes = {n: (70.0 if n.endswith("3") else 40.0, 18.0, 34.0) for n in nodes}
    pos = layout.positions(nodes, edges, boxes)
    crowded = []
    for k, a in enumerate(nodes):
        for b in nodes[k + 1:]:
            (xa, ya), (xb, yb) = pos[a], pos[b]
            (wa, ua, da), (wb, ub, db) = boxes[a], boxes[b]
            apart_x = abs(xa - xb) >= wa + wb
            apart_y = (yb - ya >= da + ub) if yb >= ya else (ya - yb >= db + ua)
            if not (apart_x or apart_y):
                crowded.append((a, b))
    assert crowded == []


def test_lone_nodes_packed_in_a_row_keep_their_labels_apart() -> None:
    """Unconnected actors with long labels: packing leaves room for each label, not just the dot."""
    nodes = ["hub", "a", "b"] + [f"lone{i}" for i in range(8)]
    edges = [("hub", "a"), ("hub", "b")]
    boxes = {n: (150.0, 10.0, 20.0) if n.startswith("lone") else (40.0, 10.0, 20.0) for n in nodes}
    pos = layout.positions(nodes, edges, boxes)
    lone = [n for n in nodes if n.startswith("lone")]
    for k, a in enumerate(lone):
        for b in lone[k + 1:]:
            (xa, ya), (xb, yb) = pos[a], pos[b]
            assert abs(xa - xb) >= 300.0 or abs(ya - yb) >= 30.0, (a, b, pos[a], pos[b])


def test_layout_of_thousands_of_nodes_uses_the_sampled_force_layout() -> None:
    n = 2000
    nodes = [str(i) for i in range(n)]
    edges = [(str(i), str(i // 3)) for i in range(1, n)]  # one tree: a single big component
    pos = layout.positions(nodes, edges)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    assert len(pos) == n and max(xs) - min(xs) > 1000 and max(ys) - min(ys) > 1000


def test_standalone_file_is_offline_and_locked_down(store: GraphStore) -> None:
    html = viz.standalone_html(store, DEFAULT_BASE)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = unescape(csp.group(1))
    assert "default-src 'none'" in policy and policy.count("'sha256-") == 3  # two scripts, one style
    assert "<script src" not in html and "<link rel=\"stylesheet\"" not in html
    assert "cdn" not in html.split('id="bnkg-data"')[0].lower()
    assert 'href="/"' not in html  # a file opened from disk has no start page to go back to
    focused = viz.standalone_html(store, DEFAULT_BASE, actor="Trudeau", depth=1)
    assert len(focused) < len(html)


def test_big_graph_pages_carry_only_the_ego_network(store: GraphStore) -> None:
    html = viz.page_for(store, DEFAULT_BASE, ViewParams.parse(), "/graph/assets/", max_nodes=6)
    start = html.index('id="bnkg-data">') + len('id="bnkg-data">')
    body = json.loads(html[start: html.index("</script>", start)])
    assert body["meta"]["partial"] and body["meta"]["focus"] == "person/justin-trudeau"
    assert len(body["nodes"]) <= 6
    small = viz.page_for(store, DEFAULT_BASE, ViewParams.parse(actor="Trudeau", depth=1), "/graph/assets/")
    start = small.index('id="bnkg-data">') + len('id="bnkg-data">')
    whole = json.loads(small[start: small.index("</script>", start)])
    assert not whole["meta"]["partial"] and len(whole["nodes"]) == 13  # the page focuses it itself
    with pytest.raises(NotFound):
        viz.page_for(store, DEFAULT_BASE, ViewParams.parse(actor="Nobody"), "/graph/assets/")


def test_big_views_are_drawn_for_speed(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above BIG_VIEW nodes: no canvas labels or arrows, cheap shapes; the panel data is unchanged."""
    small = viz.view_payload(store, DEFAULT_BASE, ViewParams.parse(), viz.served_links(DEFAULT_BASE))
    assert not small["meta"]["big"] and all(n["label"] for n in small["nodes"])
    assert small["options"]["groups"]["Statement"]["shape"] == "ellipse"
    monkeypatch.setattr(render, "BIG_VIEW", 5)
    big = viz.view_payload(store, DEFAULT_BASE, ViewParams.parse(), viz.served_links(DEFAULT_BASE))
    assert big["meta"]["big"] and len(big["nodes"]) == len(small["nodes"]) > 5
    assert not any("label" in n for n in big["nodes"])
    assert all(set(e) == {"id", "from", "to"} for e in big["edges"])  # no labels, arrows or widths
    assert big["options"]["edges"]["arrows"] == {"to": {"enabled": False}}
    assert big["options"]["groups"]["Statement"]["shape"] == "dot"
    assert big["options"]["groups"]["Position"]["shape"] == "square"
    assert big["info"] == small["info"] and big["edgeInfo"] == small["edgeInfo"]


def test_pages_of_a_read_only_store_are_built_once(store: GraphStore) -> None:
    first = viz.page_for(store, DEFAULT_BASE, ViewParams.parse(depth=1), "/graph/assets/", max_nodes=6)
    assert viz.page_for(store, DEFAULT_BASE, ViewParams.parse(depth=1), "/graph/assets/", max_nodes=6) is first
    other = viz.page_for(store, DEFAULT_BASE, ViewParams.parse(depth=1, statements="0"), "/graph/assets/", max_nodes=6)
    assert other is not first and '"statements":false' in other and '"statements":false' not in first
