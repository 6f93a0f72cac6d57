/* bnkg graph viewer: filters, search, side panel over a vis-network drawing.
 *
 * Every label, alias and quote comes from documents and is untrusted: text is
 * put on the page with textContent only (never innerHTML), links are checked
 * to be same-site paths or http(s) URLs, and vis nodes carry no HTML titles.
 * The filter rules mirror kg/viz/view.py (the server's reference version).
 */
(function () {
  "use strict";

  function mark(name) { if (window.performance && performance.mark) performance.mark(name); }
  mark("bnkg-start");
  var DATA = JSON.parse(document.getElementById("bnkg-data").textContent);
  mark("bnkg-parsed");
  var META = DATA.meta;
  var SERVED = META.mode === "served";
  var INFO = DATA.info;
  var CLASSES = DATA.classes;
  var EDGE_INFO = {};
  DATA.edgeInfo.forEach(function (e) { EDGE_INFO[e.id] = e; });
  var VIS_NODE = {};
  DATA.nodes.forEach(function (n) { VIS_NODE[n.id] = n; });
  var LEGEND_CLASSES = DATA.legend.map(function (l) { return l.cls; });

  // ---------------------------------------------------------------- state
  function defaults() {
    return { actor: null, depth: 2, types: null, hide: [], documents: null, from: null, to: null, statements: true };
  }
  var state = defaults();

  function csv(v) {
    if (v === null || v === undefined || v === "") return null;
    var parts = String(v).split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    return parts.length ? parts : null;
  }
  function flag(v, dflt) {
    if (v === null || v === undefined || v === "") return dflt;
    return ["0", "false", "no", "off", "hide"].indexOf(String(v).toLowerCase()) < 0;
  }
  function readState() {
    var s = defaults();
    var p = META.params || {};
    var q = SERVED ? new URLSearchParams(window.location.search) : null;
    function get(name, fallback) { return q && q.has(name) ? q.get(name) : fallback; }
    s.actor = get("actor", p.actor) || null;
    var d = parseInt(get("depth", p.depth), 10);
    s.depth = isNaN(d) ? 2 : Math.max(1, Math.min(3, d));
    s.types = csv(get("types", p.types && p.types.join(",")));
    s.hide = csv(get("hide", p.hide && p.hide.join(","))) || [];
    s.documents = csv(get("documents", p.documents && p.documents.join(",")));
    s.from = get("from", p.from) || null;
    s.to = get("to", p.to) || null;
    s.statements = flag(get("statements", p.statements), true);
    if (!s.actor && META.partial && META.focus) s.actor = META.focus;
    if (s.actor) s.actor = resolve(s.actor) || s.actor;
    return s;
  }
  function writeUrl() {
    if (!SERVED) return;
    var q = new URLSearchParams();
    if (state.actor) { q.set("actor", state.actor); q.set("depth", String(state.depth)); }
    if (state.types) q.set("types", state.types.join(","));
    if (state.hide.length) q.set("hide", state.hide.join(","));
    if (state.documents) q.set("documents", state.documents.join(","));
    if (state.from) q.set("from", state.from);
    if (state.to) q.set("to", state.to);
    if (!state.statements) q.set("statements", "0");
    var qs = q.toString();
    try { history.replaceState(null, "", qs ? "?" + qs : window.location.pathname); } catch (e) { /* file: URLs */ }
  }

  // ------------------------------------------------------------- filtering
  function ancestors(cls) { return (CLASSES[cls] && CLASSES[cls].ancestors) || []; }
  function typeOk(cls) {
    if (state.hide.indexOf(INFO_LEGEND(cls)) >= 0) return false;
    if (!state.types) return true;
    if (state.types.indexOf(cls) >= 0) return true;
    return ancestors(cls).some(function (a) { return state.types.indexOf(a) >= 0; });
  }
  function INFO_LEGEND(cls) {
    var chain = [cls].concat(ancestors(cls));
    for (var i = 0; i < chain.length; i++) if (LEGEND_CLASSES.indexOf(chain[i]) >= 0) return chain[i];
    return cls;
  }
  function dateBounds(d) { d = String(d).slice(0, 10); return [d, d + "\uffff"]; }
  function allowedDocs() {
    if (!state.documents && !state.from && !state.to) return null;
    var ids = state.documents ? state.documents.slice() : Object.keys(DATA.documents);
    var out = {};
    ids.forEach(function (id) {
      var doc = DATA.documents[id];
      if (!doc) return;
      if (state.from || state.to) {
        if (!doc.date) return;
        var b = dateBounds(doc.date);
        if (state.from && b[1] < state.from) return;
        if (state.to && b[0] > state.to + "\uffff") return;
      }
      out[id] = true;
    });
    return out;
  }
  function anyIn(list, set) { for (var i = 0; i < list.length; i++) if (set[list[i]]) return true; return false; }

  function visible() {
    var docs = allowedDocs();
    var keep = {};
    DATA.nodes.forEach(function (n) {
      var i = INFO[n.id];
      if (typeOk(i.cls) && (state.statements || i.cls !== "Statement") && (!docs || anyIn(i.docs, docs))) keep[n.id] = true;
    });
    var edges = DATA.edgeInfo.filter(function (e) { return keep[e.from] && keep[e.to] && (!docs || anyIn(e.docs, docs)); });
    if (state.actor && VIS_NODE[state.actor]) {
      keep[state.actor] = true;
      var adj = {};
      edges.forEach(function (e) {
        (adj[e.from] = adj[e.from] || []).push(e.to);
        (adj[e.to] = adj[e.to] || []).push(e.from);
      });
      var dist = {}; dist[state.actor] = 0;
      var queue = [state.actor];
      for (var qi = 0; qi < queue.length; qi++) {
        var cur = queue[qi];
        if (dist[cur] >= state.depth) continue;
        (adj[cur] || []).forEach(function (nb) { if (!(nb in dist)) { dist[nb] = dist[cur] + 1; queue.push(nb); } });
      }
      keep = {};
      Object.keys(dist).forEach(function (id) { keep[id] = true; });
      edges = edges.filter(function (e) { return keep[e.from] && keep[e.to]; });
    }
    return { nodes: keep, edges: edges };
  }

  // ----------------------------------------------------------------- draw
  var container = document.getElementById("network");
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var network = new vis.Network(container, {}, DATA.options);
  // The first press on the graph, stamped with the input's own time, so a benchmark
  // can tell how long the page took to answer it (bnkg-pointerdown .. bnkg-clicked).
  container.addEventListener("pointerdown", function first(ev) {
    container.removeEventListener("pointerdown", first, true);
    if (window.performance && performance.mark) performance.mark("bnkg-pointerdown", { startTime: ev.timeStamp });
  }, true);
  window.network = network;
  mark("bnkg-network");
  var visEdgeById = {};
  DATA.edges.forEach(function (e) { visEdgeById[e.id] = e; });

  /* Fit the graph with its labels: vis-network fits node shapes only, so a wide
     label at the edge of the drawing was cut off. Each node's box with its label
     is estimated as the server's layout does (kg/viz/render.py label_box). */
  var FIT_MARGIN = 24;  // px kept clear around the drawing
  var INSIDE = { box: 1, ellipse: 1, circle: 1, database: 1, text: 1 };
  function labelBox(n) {
    var style = (DATA.options.groups || {})[n.group] || {};
    var chars = (n.label || "").length, size = n.size || 10;
    if (INSIDE[style.shape]) return [chars * 3.25 + 9, 17, 17];
    return [Math.max(chars * 3.7, size) + 2, size + 1, size + 16];
  }
  function fitAll() {
    // The canvas learns its size from a resize observer, one frame late: after
    // the panel opens it still has the old width and the fit would be off-centre.
    network.setSize("100%", "100%");
    var ids = nodes.getIds();
    if (!ids.length) return;
    var pos = network.getPositions(ids);
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var p = pos[id], b = labelBox(nodes.get(id));
      x0 = Math.min(x0, p.x - b[0]); x1 = Math.max(x1, p.x + b[0]);
      y0 = Math.min(y0, p.y - b[1]); y1 = Math.max(y1, p.y + b[2]);
    });
    var w = Math.max(container.clientWidth - 2 * FIT_MARGIN, 50);
    var h = Math.max(container.clientHeight - 2 * FIT_MARGIN, 50);
    var scale = Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1), 1.5);
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale, animation: false });
  }

  /* Redraw with the current filters: one setData (one update, one draw), then fit. */
  function apply(fit) {
    var v = visible();
    labelled = {};
    nodes = new vis.DataSet(DATA.nodes.filter(function (n) { return v.nodes[n.id]; }));
    edges = new vis.DataSet(v.edges.map(function (e) { return visEdgeById[e.id]; }));
    network.setData({ nodes: nodes, edges: edges });
    if (fit !== false) fitAll();
    if (state.actor && v.nodes[state.actor]) network.selectNodes([state.actor]);
    syncControls();
    countLegend();
    status(nodes.length, edges.length);
    writeUrl();
  }

  function status(n, e) {
    var parts = [n + " of " + META.total + " nodes, " + e + " edges"];
    if (state.actor) parts.push("around " + labelOf(state.actor) + " (depth " + state.depth + ")");
    (META.notes || []).forEach(function (t) { parts.push(t); });
    document.getElementById("status").textContent = parts.join(" · ");
  }

  // --------------------------------------------------------------- helpers
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "href") { var h = safeHref(attrs[k]); if (h) node.setAttribute("href", h); }
      else if (k === "onclick") node.addEventListener("click", attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return node;
  }
  function safeHref(h) {
    h = String(h || "");
    if (/^\/(?!\/)/.test(h) || /^https?:\/\//i.test(h)) return h;
    return null;
  }
  function labelOf(id) { return (INFO[id] && INFO[id].label) || id; }
  function classLabel(cls) { return (CLASSES[cls] && CLASSES[cls].label) || cls; }
  function swatch(cls) {
    var s = el("span", { "class": "swatch" });
    s.style.backgroundColor = (CLASSES[cls] && CLASSES[cls].color) || "#97c2fc";
    return s;
  }
  function jumpButton(id) {
    return el("button", { type: "button", "class": "link", onclick: function () { jump(id); } }, labelOf(id));
  }
  /* An evidence span (index into DATA.spans): the sentence, its document and offsets. */
  function evidenceBlock(ref) {
    var ev = DATA.spans[ref];
    if (!ev) return null;
    var doc = DATA.documents[ev.doc] || { title: ev.doc, href: "" };
    return el("figure", { "class": "evidence" },
      el("blockquote", { text: ev.text }),
      el("figcaption", {},
        el("a", { href: doc.href ? doc.href + "#char=" + ev.start + "," + ev.end : "", target: "_blank", rel: "noopener noreferrer", text: doc.title }),
        " · characters " + ev.start + "–" + ev.end));
  }

  // ----------------------------------------------------------------- panel
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  function openPanel(children) {
    body.textContent = "";
    children.forEach(function (c) { if (c) body.appendChild(c); });
    panel.hidden = false;
  }
  function closePanel() { panel.hidden = true; body.textContent = ""; }
  document.getElementById("panel-close").addEventListener("click", closePanel);

  function section(title, items) {
    if (!items || !items.length) return null;
    var ul = el("ul", {});
    items.forEach(function (it) { ul.appendChild(el("li", {}, it)); });
    return el("section", {}, el("h3", { text: title }), ul);
  }

  function statementItem(sid) {
    var s = INFO[sid];
    if (!s) return null;
    var bits = [];
    if (s.date) bits.push(s.date);
    if (s.medium) bits.push(s.medium);
    if (s.kind) bits.push(s.kind);
    var wrap = el("div", { "class": "statement" }, el("q", { text: s.quote || s.label }));
    if (s.addressee) wrap.appendChild(el("div", { "class": "muted" }, "to ", jumpButton(s.addressee.id)));
    if (bits.length) wrap.appendChild(el("div", { "class": "muted", text: bits.join(" · ") }));
    if (s.sentence !== undefined) wrap.appendChild(evidenceBlock(s.sentence));
    return wrap;
  }

  function showNode(id) {
    var i = INFO[id];
    if (!i) return;
    var parts = [];
    parts.push(el("h2", { text: i.label }));
    parts.push(el("p", { "class": "cls" }, swatch(i.cls), classLabel(i.cls),
      i.mentions ? " · " + i.mentions + " mention" + (i.mentions === 1 ? "" : "s") : ""));
    if (i.aliases && i.aliases.length) parts.push(el("p", { "class": "aliases" }, "Also: " + i.aliases.join(", ")));
    parts.push(section("Offices", (i.offices || []).map(function (o) { return jumpButton(o.id); })));
    parts.push(section("Side", (i.sides || []).map(function (o) { return jumpButton(o.id); })));
    if (i.quote !== undefined) {
      parts.push(el("section", {}, el("h3", { text: "Quote" }), statementItem(id)));
      if (i.speaker) parts.push(el("p", {}, "Said by ", jumpButton(i.speaker.id)));
    }
    if (i.statements && i.statements.length) {
      parts.push(section("Statements", i.statements.map(statementItem).filter(Boolean)));
    }
    if (i.cls !== "Statement" && i.sentence !== undefined) parts.push(el("section", {}, el("h3", { text: "Evidence" }), evidenceBlock(i.sentence)));
    var rels = DATA.edgeInfo.filter(function (e) { return (e.from === id || e.to === id) && e.prop !== "speaker"; });
    parts.push(section("Relations", rels.slice(0, 50).map(function (e) {
      var other = e.from === id ? e.to : e.from;
      var dir = e.from === id ? e.propLabel + " → " : "← " + e.propLabel + " ";
      dir += "\u00a0";
      return el("span", {}, el("button", { type: "button", "class": "link muted", onclick: function () { showEdge(e.id); } }, dir), jumpButton(other));
    })));
    parts.push(section("Documents", (i.docs || []).map(function (d) {
      var doc = DATA.documents[d] || { title: d, href: "" };
      return el("a", { href: doc.href, target: "_blank", rel: "noopener noreferrer", text: doc.title + (doc.date ? " (" + doc.date + ")" : "") });
    })));
    parts.push(el("p", { "class": "actions" },
      el("a", { href: i.page, target: "_blank", rel: "noopener noreferrer", "class": "ld", text: "Linked Data page" }),
      el("button", { type: "button", onclick: function () { focusOn(id); } }, "Show neighbourhood")));
    openPanel(parts);
    panel.dataset.node = id;
    delete panel.dataset.edge;
    // Labelling changes vis-network's data (a pass over every node and a redraw), so it
    // waits until the panel and the selection are on screen and the page is idle.
    if (META.big && nodes.get(id)) whenIdle(function () {
      if (nodes.get(id)) labelNodes([id].concat(network.getConnectedNodes(id).slice(0, 60)));
    });
  }

  function showEdge(eid) {
    var e = EDGE_INFO[eid];
    if (!e) return;
    var parts = [el("h2", {}, jumpButton(e.from), " ", el("span", { "class": "prop", text: e.propLabel }), " ", jumpButton(e.to))];
    if (e.evidence.length) {
      parts.push(el("section", {}, el("h3", { text: "Evidence" })));
      e.evidence.forEach(function (ref) { parts.push(evidenceBlock(ref)); });
    } else {
      parts.push(el("p", { "class": "muted", text: "No evidence sentence recorded." }));
    }
    openPanel(parts);
    panel.dataset.edge = eid;
    delete panel.dataset.node;
  }

  var clickMarked = false;
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else closePanel();
    // The first click's answer is on the page (bnkg-pointerdown .. bnkg-clicked: the benchmark's measure).
    if (!clickMarked) { clickMarked = true; mark("bnkg-clicked"); }
  });

  // ------------------------------------------------------ big views: labels
  /* A big view arrives without canvas labels (vis-network's text handling is the
   * main cost at thousands of nodes). Labels are added for the nodes in view once
   * the user has zoomed in far enough to read them, and for a clicked node and its
   * neighbours; added labels stay. */
  var LABEL_SCALE = 0.45, LABELS_AT_ONCE = 400;
  var labelled = {};
  function whenIdle(fn) {
    if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 1500 });
    else setTimeout(fn, 300);
  }
  function canvasLabel(id) {
    var i = INFO[id];
    if (!i) return id;
    var t = i.label;
    var limit = i.cls === "Statement" ? 34 : 60;
    return t.length <= limit ? t : t.slice(0, 33).replace(/\s+$/, "") + "\u2026";
  }
  function labelNodes(ids) {
    var upd = [];
    ids.forEach(function (id) {
      if (!labelled[id] && nodes.get(id)) { labelled[id] = true; upd.push({ id: id, label: canvasLabel(id) }); }
    });
    if (upd.length) nodes.update(upd);
    document.body.setAttribute("data-labels", String(Object.keys(labelled).length));  // for tests
  }
  function labelInView() {
    if (!META.big || network.getScale() < LABEL_SCALE) return;
    var r = container.getBoundingClientRect();
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: r.width, y: r.height });
    var pos = network.getPositions();
    var ids = Object.keys(pos).filter(function (id) {
      var p = pos[id];
      return p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y;
    });
    if (ids.length > LABELS_AT_ONCE) {
      ids.sort(function (x, y) { return weight(y) - weight(x); });
      ids = ids.slice(0, LABELS_AT_ONCE);
    }
    labelNodes(ids);
  }
  var labelTimer = null;
  function labelSoon() { clearTimeout(labelTimer); labelTimer = setTimeout(labelInView, 150); }
  network.on("zoom", labelSoon);
  network.on("dragEnd", labelSoon);

  // ---------------------------------------------------------------- search
  function resolve(ref) {
    if (INFO[ref]) return ref;
    var low = String(ref).toLowerCase();
    var hit = null;
    Object.keys(INFO).forEach(function (id) {
      var i = INFO[id];
      if (hit) return;
      if (id.split("/").pop() === ref || i.iri === ref || i.label.toLowerCase() === low) hit = id;
    });
    return hit;
  }
  function weight(id) { var n = VIS_NODE[id]; return n ? n.size : 0; }
  function localMatches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    Object.keys(INFO).forEach(function (id) {
      var i = INFO[id];
      var names = [i.label].concat(i.aliases || []).map(function (s) { return s.toLowerCase(); });
      if (!names.some(function (s) { return s.indexOf(q) >= 0; })) return;
      var exact = names.some(function (s) { return s === q; });
      var prefix = names.some(function (s) { return s.indexOf(q) === 0; });
      hits.push({ id: id, label: i.label, cls: i.cls, key: [exact ? 0 : 1, prefix ? 0 : 1, i.cls === "Statement" ? 1 : 0, -weight(id)] });
    });
    hits.sort(function (a, b) {
      for (var k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
      return a.label < b.label ? -1 : 1;
    });
    return hits.slice(0, 12);
  }
  function matches(q, done) {
    if (SERVED && META.partial) {
      fetch("/graph/search?q=" + encodeURIComponent(q)).then(function (r) { return r.json(); })
        .then(function (j) { done(j.results || []); }).catch(function () { done(localMatches(q)); });
    } else done(localMatches(q));
  }
  var search = document.getElementById("search");
  var sugg = document.getElementById("suggestions");
  function showSuggestions(list) {
    sugg.textContent = "";
    list.forEach(function (h) {
      sugg.appendChild(el("li", { role: "option" },
        el("button", { type: "button", onclick: function () { sugg.hidden = true; jump(h.id); } }, swatch(h.cls), h.label)));
    });
    sugg.hidden = !list.length;
  }
  search.addEventListener("input", function () { matches(search.value, showSuggestions); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      matches(search.value, function (list) { sugg.hidden = true; if (list.length) jump(list[0].id); });
    } else if (ev.key === "Escape") sugg.hidden = true;
  });

  /* Jump to a node: select and centre it and open its panel; bring it into view if filtered out. */
  function jump(id) {
    if (!INFO[id] || !VIS_NODE[id]) {
      if (SERVED) { window.location.search = "?actor=" + encodeURIComponent(id) + "&depth=" + state.depth; }
      return;
    }
    if (!nodes.get(id)) { focusOn(id); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }
  function focusOn(id) {
    if (SERVED && META.partial && !VIS_NODE[id]) { jump(id); return; }
    state.actor = id;
    showNode(id);
    rerender();
  }

  // -------------------------------------------------------------- controls
  var depthSel = document.getElementById("depth");
  var stmtBox = document.getElementById("statements");
  var fromBox = document.getElementById("from");
  var toBox = document.getElementById("to");
  var DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

  function rerender() {
    // A server-cut page only holds one neighbourhood: other views need the server.
    if (SERVED && META.partial) {
      writeUrl();
      window.location.reload();
      return;
    }
    apply(true);
  }
  function syncControls() {
    depthSel.value = String(state.depth);
    stmtBox.checked = state.statements;
    fromBox.value = state.from || "";
    toBox.value = state.to || "";
    document.querySelectorAll("#legend button").forEach(function (b) {
      var cls = b.dataset.cls;
      var on = cls === "Statement" ? state.statements : state.hide.indexOf(cls) < 0;
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
    document.querySelectorAll("#documents input").forEach(function (b) {
      b.checked = !state.documents || state.documents.indexOf(b.value) >= 0;
    });
  }
  depthSel.addEventListener("change", function () { state.depth = parseInt(depthSel.value, 10); rerender(); });
  stmtBox.addEventListener("change", function () { state.statements = stmtBox.checked; rerender(); });
  function dateInput(box, key) {
    box.addEventListener("change", function () {
      var v = box.value.trim();
      if (v && !DATE.test(v)) { box.setAttribute("aria-invalid", "true"); return; }
      box.removeAttribute("aria-invalid");
      state[key] = v || null;
      rerender();
    });
  }
  dateInput(fromBox, "from");
  dateInput(toBox, "to");
  document.getElementById("reset").addEventListener("click", function () {
    if (SERVED && META.partial) { window.location.search = ""; return; }
    state = defaults();
    closePanel();
    apply(true);
  });

  function countLegend() {
    var counts = {};
    nodes.forEach(function (n) { var c = INFO_LEGEND(INFO[n.id].cls); counts[c] = (counts[c] || 0) + 1; });
    document.querySelectorAll("#legend .count").forEach(function (s) {
      s.textContent = String(counts[s.parentNode.dataset.cls] || 0);
    });
  }
  function buildLegend() {
    var nav = document.getElementById("legend");
    var counts = {};
    DATA.nodes.forEach(function (n) { var c = INFO_LEGEND(INFO[n.id].cls); counts[c] = (counts[c] || 0) + 1; });
    DATA.legend.forEach(function (l) {
      if (!counts[l.cls]) return;
      var b = el("button", { type: "button", "data-cls": l.cls, "aria-pressed": "true", title: "Show or hide " + l.label },
        swatch(l.cls), l.label, el("span", { "class": "count" }));
      b.addEventListener("click", function () {
        if (l.cls === "Statement") state.statements = !state.statements;
        else if (state.hide.indexOf(l.cls) >= 0) state.hide = state.hide.filter(function (c) { return c !== l.cls; });
        else state.hide = state.hide.concat([l.cls]);
        rerender();
      });
      nav.appendChild(b);
    });
  }
  function buildDocuments() {
    var box = document.getElementById("documents");
    Object.keys(DATA.documents).forEach(function (id) {
      var d = DATA.documents[id];
      var input = el("input", { type: "checkbox", value: id });
      input.checked = true;
      input.addEventListener("change", function () {
        var on = [];
        box.querySelectorAll("input").forEach(function (b) { if (b.checked) on.push(b.value); });
        state.documents = on.length === Object.keys(DATA.documents).length ? null : on;
        rerender();
      });
      box.appendChild(el("label", {}, input, d.title + (d.date ? " (" + d.date + ")" : "")));
    });
  }

  // ------------------------------------------------------------------ start
  buildLegend();
  buildDocuments();
  state = readState();
  if (state.actor && INFO[state.actor]) showNode(state.actor);  // panel first: the fit below sees the final width
  mark("bnkg-controls");
  apply(true);
  mark("bnkg-applied");
  // Ready = a frame with the graph in it has been drawn (clicks now hit nodes).
  // apply() has asked vis-network for that frame; drawing it here as well would
  // draw everything twice (a few hundred ms at 5,000 nodes).
  network.once("afterDrawing", function () {
    window.bnkgReady = true;
    mark("bnkg-ready");
    document.body.setAttribute("data-ready", "1");
  });

  // For tests and scripting: the viewer's public handles.
  window.bnkg = {
    state: function () { return JSON.parse(JSON.stringify(state)); },
    jump: jump, showNode: showNode, showEdge: showEdge, focus: focusOn,
    domPosition: function (id) {
      var p = network.getPositions([id])[id];
      if (!p) return null;
      var d = network.canvasToDOM(p);
      var r = container.getBoundingClientRect();
      return { x: r.left + d.x, y: r.top + d.y };
    }
  };
})();
