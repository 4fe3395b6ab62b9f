/* orggraph page. Data comes from the JSON block and is only ever put into the page with
   textContent (never innerHTML), so text from articles shows as text and never runs. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("og-data").textContent);
  var T = data.types, R = data.relations, N = data.nodes, E = data.edges;
  var big = !data.physics;

  // matching key: no combining marks, đ/Đ -> d, lower case, single spaces (as focus.fold)
  function fold(s) {
    return s.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function span(a, b) { return a ? (a === b ? a : a + " – " + b) : ""; }

  var incident = N.map(function () { return []; });
  E.forEach(function (e) { incident[e.from].push(e.id); if (e.to !== e.from) incident[e.to].push(e.id); });

  var nodes = new vis.DataSet(N.map(function (n) {
    var t = T[n.type];
    return {id: n.id, label: clip(n.label, 48), x: n.x, y: n.y, shape: t.shape, hidden: false,
            color: {background: t.color, border: t.color}, size: 8 + Math.min(16, 2 * Math.sqrt(n.degree))};
  }));
  var edges = new vis.DataSet(E.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: R[e.rel].label, hidden: false};
  }));
  var options = {
    nodes: {font: {size: 14, face: "system-ui, sans-serif", strokeWidth: 3}, borderWidth: 1},
    edges: {color: {color: "#a0aec0", highlight: "#2d3748", hover: "#4a5568"},
            font: {size: 10, color: "#4a5568", strokeWidth: 3, align: "middle"},
            arrows: {to: {enabled: true, scaleFactor: 0.5}},
            smooth: big ? false : {type: "continuous"}},
    layout: {improvedLayout: false, randomSeed: 7},
    physics: big ? false : {solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -90, springLength: 140, avoidOverlap: 0.3},
                            stabilization: {enabled: true, iterations: data.iterations, updateInterval: 50, fit: true}},
    interaction: {hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200}
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);

  var api = window.orggraph = {ready: false, readyMs: null, network: network, nodes: nodes, edges: edges,
                               nodeCount: N.length, edgeCount: E.length, fold: fold};
  function ready() {
    if (api.ready) return;
    api.ready = true;
    api.readyMs = performance.now();
    var busy = document.getElementById("busy");
    if (busy) busy.remove();
    document.body.setAttribute("data-ready", "1");
  }
  function fit() {  // fit, then a margin so that labels at the edges stay inside
    network.fit({animation: false});
    network.moveTo({scale: network.getScale() * 0.9, animation: false});
  }
  function settled() {
    network.setOptions({physics: false});  // stabilised: stop, so the page stays still and cheap
    fit();
    network.once("afterDrawing", ready);
    network.redraw();
  }
  if (big || !N.length) {
    network.once("afterDrawing", ready);
    fit();
    network.redraw();
  } else {
    network.once("stabilizationIterationsDone", settled);
  }
  // how many nodes are drawn: known to vis, not hidden, with a position
  api.drawnNodes = function () {
    var body = network.body, count = 0;
    Object.keys(body.nodes).forEach(function (id) {
      var n = body.nodes[id];
      if (!n.options.hidden && isFinite(n.x) && isFinite(n.y)) count++;
    });
    return count;
  };

  // ------------------------------------------------------------------ header
  var typeOn = T.map(function () { return true; }), relOn = R.map(function () { return true; });
  function stats() {
    var shownNodes = N.filter(function (n) { return typeOn[n.type]; }).length;
    var shownEdges = E.filter(function (e) { return relOn[e.rel] && typeOn[N[e.from].type] && typeOn[N[e.to].type]; }).length;
    document.getElementById("stats").textContent = shownNodes + " of " + N.length + " nodes, " +
      shownEdges + " of " + E.length + " edges shown";
  }
  if (data.note) {
    var note = document.getElementById("note");
    note.textContent = data.note;
    note.hidden = false;
  }

  // ------------------------------------------------------------------ filters (also the legend)
  var hiddenNode = N.map(function () { return false; }), hiddenEdge = E.map(function () { return false; });
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [];
    N.forEach(function (n) {
      var h = !typeOn[n.type];
      if (h !== hiddenNode[n.id]) { hiddenNode[n.id] = h; nodeUpdates.push({id: n.id, hidden: h}); }
    });
    E.forEach(function (e) {
      var h = !relOn[e.rel];
      if (h !== hiddenEdge[e.id]) { hiddenEdge[e.id] = h; edgeUpdates.push({id: e.id, hidden: h}); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    stats();
  }
  function checkbox(box, on, index, glyph, color, text, count, name) {
    var label = el("label"), input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.setAttribute("data-name", name);
    input.addEventListener("change", function () { on[index] = input.checked; applyFilters(); });
    label.appendChild(input);
    var g = el("span", glyph, "glyph");
    g.style.color = color;
    label.appendChild(g);
    label.appendChild(el("span", text));
    label.appendChild(el("span", count, "count"));
    box.appendChild(label);
  }
  var typesBox = document.getElementById("types"), relBox = document.getElementById("relations");
  T.forEach(function (t, i) { if (t.count) checkbox(typesBox, typeOn, i, t.glyph, t.color, t.label, t.count, t.name); });
  R.forEach(function (r, i) { if (r.count) checkbox(relBox, relOn, i, "→", "#718096", r.label, r.count, r.name); });
  stats();

  // ------------------------------------------------------------------ search
  var keys = N.map(function (n) { return [n.label].concat(n.alt || []).map(fold).join("\n"); });
  var search = document.getElementById("search"), results = document.getElementById("results");
  function find(query) {
    var q = fold(query);
    if (!q) return [];
    var hits = [];
    keys.forEach(function (k, i) { var at = k.indexOf(q); if (at >= 0) hits.push([at === 0 ? 0 : 1, -N[i].degree, i]); });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.slice(0, 50).map(function (h) { return h[2]; });
  }
  search.addEventListener("input", function () {
    results.replaceChildren();
    find(search.value).forEach(function (i) {
      var li = el("li"), b = el("button", N[i].label);
      b.type = "button";
      b.appendChild(el("span", T[N[i].type].label, "type"));
      b.addEventListener("click", function () { selectNode(i); });
      li.appendChild(b);
      results.appendChild(li);
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hits = find(search.value); if (hits.length) selectNode(hits[0]); }
  });
  api.find = function (q) { return find(q).map(function (i) { return N[i].label; }); };

  // ------------------------------------------------------------------ evidence panel
  var panel = document.getElementById("panel");
  function field(dl, name, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value));
  }
  function evidence(ids) {
    var box = el("div");
    box.appendChild(el("h3", "Evidence (" + ids.length + " sentence" + (ids.length === 1 ? "" : "s") + ")"));
    ids.slice(0, 50).forEach(function (s) {
      var row = data.sentences[s], art = data.articles[row[0]] || {id: "?", title: ""};
      box.appendChild(el("blockquote", row[1]));
      var src = el("p", null, "source");
      src.appendChild(document.createTextNode("— " + (art.title || art.id) + (art.date ? ", " + art.date : "") + " "));
      if (art.url && /^https?:\/\//i.test(art.url)) {
        var a = el("a", "[link]");
        a.href = art.url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        src.appendChild(a);
      }
      src.appendChild(el("span", " (" + art.id + ")", "muted"));
      box.appendChild(src);
    });
    if (ids.length > 50) box.appendChild(el("p", "… and " + (ids.length - 50) + " more", "muted"));
    return box;
  }
  function showNode(i) {
    var n = N[i], t = T[n.type];
    panel.replaceChildren();
    var h = el("h2");
    var g = el("span", t.glyph + " ", "glyph");
    g.style.color = t.color;
    h.appendChild(g);
    h.appendChild(document.createTextNode(n.label));
    panel.appendChild(h);
    var dl = el("dl");
    field(dl, "type", t.label);
    field(dl, "also written", (n.alt || []).join("; "));
    field(dl, "date", n.date);
    if (n.held !== undefined) field(dl, "held", n.held ? "yes" : "mentioned only");
    field(dl, "number", n.number);
    field(dl, "kind", n.kind);
    field(dl, "attested", span(n.first, n.last));
    field(dl, "id", n.key);
    panel.appendChild(dl);
    var ids = incident[i].slice().sort(function (a, b) {
      return E[a].rel - E[b].rel || (E[a].first || "").localeCompare(E[b].first || "") || a - b;
    });
    panel.appendChild(el("h3", "Connections (" + ids.length + ")"));
    var ul = el("ul");
    ids.slice(0, 200).forEach(function (id) {
      var e = E[id], out = e.from === i, other = N[out ? e.to : e.from];
      var li = el("li"), b = el("button", (out ? "" : "← ") + R[e.rel].label + (out ? " → " : ": ") + other.label);
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(id); });
      li.appendChild(b);
      var when = span(e.first, e.last);
      li.appendChild(el("span", " " + (when ? when + ", " : "") + e.ev.length + " sent.", "muted"));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    if (ids.length > 200) panel.appendChild(el("p", "… and " + (ids.length - 200) + " more", "muted"));
    panel.appendChild(evidence(n.ev));
  }
  function showEdge(id) {
    var e = E[id];
    panel.replaceChildren();
    var h = el("h2");
    [[N[e.from].label, e.from], [" — " + R[e.rel].label + " → ", null], [N[e.to].label, e.to]].forEach(function (part) {
      if (part[1] === null) { h.appendChild(document.createTextNode(part[0])); return; }
      var b = el("button", part[0]);
      b.type = "button";
      b.style.all = "unset";
      b.style.cursor = "pointer";
      b.style.color = "#2b6cb0";
      b.addEventListener("click", function () { selectNode(part[1]); });
      h.appendChild(b);
    });
    panel.appendChild(h);
    var dl = el("dl");
    field(dl, "relation", R[e.rel].label);
    field(dl, "attested", span(e.first, e.last));
    field(dl, "sentences", e.ev.length);
    panel.appendChild(dl);
    panel.appendChild(evidence(e.ev));
  }
  function selectNode(i) {
    network.selectNodes([i]);
    network.focus(i, {scale: Math.max(network.getScale(), 1.0), animation: false});
    showNode(i);
  }
  function selectEdge(id) {
    network.selectEdges([id]);
    showEdge(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  api.showNode = showNode;
  api.showEdge = showEdge;
})();
