/* orggraph page. Data comes from the JSON block and is only ever put into the page with
   textContent (never innerHTML) or drawn as canvas text, so text from articles shows as text
   and never runs.

   A big graph opens on an overview: every body stands for the posts, people, meetings,
   documents and tasks folded into it (drawn dashed, "+n"), the most connected officials stay
   out; a click on a folded body opens it. Node labels are drawn here, not by vis-network: the
   most important first, and only where they do not collide, at a size that stays readable. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("og-data").textContent);
  var T = data.types, R = data.relations, N = data.nodes, E = data.edges, G = data.groups;
  var big = !data.physics, overview = data.overview;
  var VERB = {TakesOffice: "took up", LeavesOffice: "left", holds: "held", chaired: "chaired",
              spokeAt: "spoke at", attended: "attended", assignedBy: "gave the task"};

  // matching key: no combining marks, đ/Đ -> d, lower case, words and single spaces; the
  // Python side (html.page_fold) says what this makes, and ships the CLI's keys beyond it
  function fold(s) {
    return String(s).normalize("NFD").replace(/\p{Mn}/gu, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, " ").trim();
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function span(a, b) { return a ? (b && a !== b ? a + " – " + b : a) : ""; }
  function typeName(i) { return T[N[i].type].name; }

  var incident = N.map(function () { return []; });
  E.forEach(function (e) { incident[e.from].push(e.id); if (e.to !== e.from) incident[e.to].push(e.id); });
  var members = G.map(function () { return []; });
  N.forEach(function (n) { if (G[n.g].anchor !== n.id) members[n.g].push(n.id); });
  var byKey = {};
  N.forEach(function (n) { byKey[n.key] = n.id; });

  // ------------------------------------------------------------------ state
  var typeOn = T.map(function () { return true; }), relOn = R.map(function () { return true; });
  var open = G.map(function () { return !overview; });
  var shown = N.map(function () { return false; }), state = N.map(function () { return -1; });
  var hiddenCount = G.map(function () { return 0; }), clusterOn = G.map(function () { return false; });
  var edgeOn = E.map(function () { return false; }), aggregates = {}, aggregateKeys = [];
  var timeMode = false, savedPositions = null, axis = null, selectedNode = null;

  // ------------------------------------------------------------------ network
  // Only what is shown is in vis-network's data sets: a folded overview of 5 000 nodes builds a
  // few hundred vis nodes, not 5 000 hidden ones. A node taken out keeps its last position.
  function baseSize(n) { return 7 + Math.min(14, 2 * Math.sqrt(n.degree)); }
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var options = {
    nodes: {borderWidth: 1, font: {size: 0}},
    edges: {color: {color: "#a0aec0", highlight: "#2d3748", hover: "#4a5568"},
            font: {size: 10, color: "#4a5568", strokeWidth: 3, align: "middle"},
            scaling: {label: {drawThreshold: 9}},
            arrows: {to: {enabled: true, scaleFactor: 0.5}},
            smooth: big ? false : {type: "continuous"}},
    layout: {improvedLayout: false, randomSeed: 7},
    physics: false,  // small graphs: switched on once the first view is set up, see start()
    interaction: {hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200}
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);

  var api = window.orggraph = {ready: false, readyMs: null, network: network, nodes: nodes, edges: edges,
                               nodeCount: N.length, edgeCount: E.length, fold: fold, overview: overview,
                               labelsDrawn: 0, labels: []};

  // ------------------------------------------------------------------ what is shown
  function isFolded(i) { var n = N[i]; return overview && !open[n.g] && G[n.g].anchor === i && hiddenCount[n.g] > 0; }
  function computeShown() {
    hiddenCount = G.map(function () { return 0; });
    var count = 0;
    N.forEach(function (n) {
      var s;
      if (!typeOn[n.type]) s = false;
      else if (!overview || open[n.g] || G[n.g].anchor === n.id || n.pin) s = true;
      else { s = false; hiddenCount[n.g]++; }
      shown[n.id] = s;
      if (s) count++;
    });
    shownTotal = count;
  }
  // the node that stands for i when i is folded away; null when i is filtered out
  function rep(i) {
    if (shown[i]) return i;
    var n = N[i];
    if (!typeOn[n.type] || !overview || open[n.g]) return null;
    var a = G[n.g].anchor;
    if (a >= 0) return shown[a] ? a : null;
    return "c" + n.g;
  }
  // screen size a node should not shrink below (px), so that the overview stays readable zoomed
  // out; with thousands shown, only bodies and the officials the overview pins keep one
  var shownTotal = 0;
  function foldPixels(hidden) { return Math.min(14, 5 + 1.4 * Math.sqrt(hidden)); }
  function minPixels(id) {
    if (typeof id === "string") return foldPixels(hiddenCount[+id.slice(1)]);
    if (isFolded(id)) return foldPixels(hiddenCount[N[id].g]);
    var t = typeName(id), main = t === "Organization" || N[id].pin;
    if (shownTotal > 1500 && !main) return 0;
    if (t === "Organization" || t === "Person") return N[id].pin || !overview ? 7 : 5;
    return overview ? 4 : 5;
  }
  // a node's size in layout units: its own, or what keeps it minPixels wide on screen; a folded
  // body never outgrows the disc its members take when opened, so folded bodies never overlap
  var sizes = {};
  function sizeFor(id, scale) {
    var folded = typeof id === "string" || isFolded(id), g = typeof id === "string" ? +id.slice(1) : N[id].g;
    if (timeMode) return Math.max(folded ? 8 : 6, Math.min(8, minPixels(id) / scale));  // rows are 20 units apart
    var base = folded ? 10 : baseSize(N[id]), s = Math.max(base, minPixels(id) / scale);
    return folded ? Math.min(s, Math.max(base, 0.55 * G[g].r)) : s;
  }
  function resize(scale) {
    var updates = [];
    if (scale === undefined) scale = network.getScale();
    shownIds().forEach(function (id) {
      var s = sizeFor(id, scale);
      if (!sizes[id] || Math.abs(sizes[id] - s) > 0.08 * s) { sizes[id] = s; updates.push({id: id, size: s}); }
    });
    if (updates.length) nodes.update(updates);
  }
  // the scale fit() will choose for what is shown (node positions only): sizes set for it at once
  // spare a second round of updates after the fit
  function fitScale() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    shownIds().forEach(function (id) {
      var p = lastPos[id] || (typeof id === "string" ? G[+id.slice(1)] : N[id]);
      x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    });
    if (!isFinite(x0)) return 1;
    var s = Math.min(container.clientWidth / Math.max(1, x1 - x0 + 40), container.clientHeight / Math.max(1, y1 - y0 + 40));
    return Math.min(s, MAX_FIT_ZOOM) * 0.88;
  }
  function shownIds() {
    var ids = [];
    N.forEach(function (n) { if (shown[n.id]) ids.push(n.id); });
    G.forEach(function (g, k) { if (clusterOn[k]) ids.push("c" + k); });
    return ids;
  }
  var ARROW_LIMIT = 2000, arrows = true;  // above this many edges shown, no arrowheads (the panel says which way)
  var lastPos = {};  // where a node was when it was taken out (dragged, or settled by physics)
  function look(i, st) {  // colours and border: a folded body is a pale face with a thick border
    var t = T[N[i].type];
    return st === 2 ? {borderWidth: 2.5, color: {background: t.color + "33", border: t.color}}
                    : {borderWidth: 1, color: {background: t.color, border: t.color}};
  }
  function applyVisibility(refit) {
    computeShown();
    var scale = refit && !timeMode ? fitScale() : network.getScale(), addNodes = [], removeNodes = [], restyle = [];
    function add(id, item) {
      var p = lastPos[id];
      if (p && !timeMode) { item.x = p.x; item.y = p.y; }
      item.size = sizes[id] = sizeFor(id, scale);
      addNodes.push(item);
    }
    N.forEach(function (n) {
      var i = n.id, st = shown[i] ? (isFolded(i) ? 2 : 1) : 0, was = state[i];
      if (st === was) return;
      state[i] = st;
      if (st === 0) { if (was > 0) removeNodes.push(i); return; }
      var item = look(i, st);
      if (was > 0) { item.id = i; restyle.push(item); return; }
      item.id = i; item.x = n.x; item.y = n.y; item.shape = T[n.type].shape;
      add(i, item);
    });
    G.forEach(function (g, k) {
      if (g.anchor >= 0) return;
      var on = overview && !open[k] && hiddenCount[k] > 0, id = "c" + k;
      if (on === clusterOn[k]) return;
      clusterOn[k] = on;
      if (!on) { removeNodes.push(id); return; }
      add(id, {id: id, x: g.x, y: g.y, shape: T[g.type].shape, borderWidth: 2.5,
               color: {background: T[g.type].color + "33", border: T[g.type].color}});
    });
    var addEdges = [], removeEdges = [], wanted = {};
    E.forEach(function (e) {
      var on = relOn[e.rel] && shown[e.from] && shown[e.to];
      if (on !== edgeOn[e.id]) {
        if (on) {
          var item = {id: e.id, from: e.from, to: e.to};
          if (!big) item.label = R[e.rel].label;
          addEdges.push(item);
        } else if (edgeOn[e.id]) removeEdges.push(e.id);
        edgeOn[e.id] = on;
      }
      if (on || !relOn[e.rel] || timeMode) return;  // on the time axis, facts only between what is shown
      var a = rep(e.from), b = rep(e.to);
      if (a === null || b === null || a === b) return;
      var key = String(a) < String(b) ? a + "|" + b : b + "|" + a;
      (wanted[key] = wanted[key] || {from: a, to: b, ids: []}).ids.push(e.id);
    });
    aggregates = wanted;  // drawn by the page itself, under the nodes (see beforeDrawing)
    aggregateKeys = Object.keys(wanted).sort();
    if (removeNodes.length && !timeMode) {
      var at = network.getPositions(removeNodes);
      Object.keys(at).forEach(function (id) { lastPos[id] = at[id]; });
    }
    if (removeEdges.length) edges.remove(removeEdges);
    if (removeNodes.length) nodes.remove(removeNodes);
    if (restyle.length) nodes.update(restyle);
    if (addNodes.length) nodes.add(addNodes);
    if (addEdges.length) edges.add(addEdges);
    var many = edgeOn.filter(Boolean).length > ARROW_LIMIT;
    if (many === arrows) {  // arrowheads are most of the cost of drawing thousands of edges
      arrows = !many;
      network.setOptions({edges: {arrows: {to: {enabled: arrows, scaleFactor: 0.5}}}});
    }
    sortLabels();
    resize(scale);  // a body opened or folded changes size
    if (timeMode) timeLayout();
    stats();
    syncCaption();
  }

  // ------------------------------------------------------------------ labels
  var order = [], widthCache = {};
  function labelText(id) {
    if (typeof id === "string") {
      var k = +id.slice(1);
      return hiddenCount[k] + " × " + T[G[k].type].label;
    }
    var text = clip(N[id].label, 34);
    return isFolded(id) ? text + " (+" + hiddenCount[N[id].g] + ")" : text;
  }
  // which labels win a place: folded bodies by what they hold, officials by their facts
  function weight(id) {
    if (typeof id === "string") return 1000 + hiddenCount[+id.slice(1)];
    var n = N[id];
    if (isFolded(id)) return 1000 + hiddenCount[n.g] + n.degree;
    return (n.pin || typeName(id) === "Organization" ? 1000 : 0) + n.degree * (n.pin ? 2.5 : 1);
  }
  function sortLabels() {
    var ids = shownIds(), w = {};
    ids.forEach(function (id) { w[id] = weight(id); });
    order = ids.sort(function (a, b) { return w[b] - w[a] || (String(a) < String(b) ? -1 : 1); });
  }
  var FONT = "12px system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
  var BOLD = "600 13px system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
  function bold(id) { return typeof id === "string" || isFolded(id) || typeName(id) === "Organization" || id === selectedNode; }
  network.on("afterDrawing", function (ctx) {
    var view = network.body.view, s = view.scale, tx = view.translation.x, ty = view.translation.y;
    var bodyNodes = network.body.nodes, W = container.clientWidth, H = container.clientHeight;
    var pr = network.canvas.pixelRatio || 1, cell = 80, grid = {}, drawn = [], boxes = [];
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    if (timeMode && axis) drawAxisLabels(ctx, s, tx, ty, W, H);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    function collides(x0, y0, x1, y1) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          var boxes = grid[gx + ":" + gy];
          if (!boxes) continue;
          for (var b = 0; b < boxes.length; b++) {
            var o = boxes[b];
            if (x0 < o[2] && x1 > o[0] && y0 < o[3] && y1 > o[1]) return true;
          }
        }
      }
      return false;
    }
    function place(x0, y0, x1, y1) {
      var box = [x0, y0, x1, y1];
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(box);
        }
      }
    }
    function tryLabel(id, force) {
      var node = bodyNodes[id];
      if (!node || node.options.hidden) return;
      var sx = node.x * s + tx, sy = node.y * s + ty, r = node.options.size * s;
      if (sx < -150 || sx > W + 150 || sy < -40 || sy > H + 40) return;
      var text = labelText(id), isBold = bold(id), font = isBold ? BOLD : FONT, cacheKey = font + "\n" + text;
      ctx.font = font;
      var w = widthCache[cacheKey];
      if (w === undefined) w = widthCache[cacheKey] = ctx.measureText(text).width;
      var cx = Math.max(w / 2 + 4, Math.min(W - w / 2 - 4, sx));  // kept inside the canvas
      var top = sy + r + 2, x0 = cx - w / 2 - 3, x1 = cx + w / 2 + 3, y1 = top + (isBold ? 16 : 15);
      if (!force && collides(x0, top, x1, y1)) return;
      place(x0, top, x1, y1);
      boxes.push([x0, top, x1, y1]);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(text, cx, top);
      ctx.fillStyle = id === selectedNode ? "#000" : (isBold ? "#1a202c" : "#2d3748");
      ctx.fillText(text, cx, top);
      drawn.push(id);
    }
    if (selectedNode !== null && shown[selectedNode]) {
      tryLabel(selectedNode, true);
      incident[selectedNode].forEach(function (eid) {
        var e = E[eid], other = e.from === selectedNode ? e.to : e.from;
        if (shown[other]) tryLabel(other, false);
      });
    }
    for (var i = 0; i < order.length && drawn.length < 400; i++) {
      if (order[i] !== selectedNode) tryLabel(order[i], false);
    }
    ctx.restore();
    api.labelsDrawn = drawn.length;
    api.labels = drawn;
    api.labelBoxes = boxes;
  });

  // ------------------------------------------------------------------ view
  function ready() {
    if (api.ready) return;
    api.ready = true;
    api.readyMs = performance.now();
    var busy = document.getElementById("busy");
    if (busy) busy.remove();
    document.body.setAttribute("data-ready", "1");
  }
  // fit what is shown, then a margin so that labels at the edges stay inside; a few nodes are
  // not blown up beyond MAX_FIT_ZOOM
  var MAX_FIT_ZOOM = 1.5;
  api.maxFitScale = MAX_FIT_ZOOM * 0.88;
  function fit() {
    var ids = shownIds();
    if (!ids.length) return;  // nothing shown: nothing to fit (vis would refuse an empty list)
    network.fit({nodes: ids, animation: false, maxZoomLevel: MAX_FIT_ZOOM});
    network.moveTo({scale: network.getScale() * 0.88, animation: false});
    resize();
    api.fits = (api.fits || 0) + 1;
  }
  var zoomTimer = null;
  network.on("zoom", function () {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(resize, 120);
  });

  // ------------------------------------------------------------------ timeline axis
  var DAY = 86400000;
  function when(i) {
    var n = N[i], d = n.date || n.first;
    return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? Date.parse(d.slice(0, 10)) : NaN;
  }
  // x: the node's date (a meeting's own, else the first article attesting it), on a fixed width;
  // y: a lane per type, nodes of one lane stacked where their dates meet; undated ones to the left
  var UNDATED = -260;
  function timeLayout() {
    var ids = shownIds();
    var times = ids.map(function (id) { return typeof id === "string" ? NaN : when(id); }).filter(isFinite);
    var lo = times.length ? Math.min.apply(null, times) : 0, hi = times.length ? Math.max.apply(null, times) : DAY;
    if (hi - lo < 60 * DAY) { lo -= 30 * DAY; hi += 30 * DAY; }
    var width = Math.max(600, container.clientWidth * 1.1 - 120), step = 20, bin = 22;  // ~1 unit a pixel
    function X(t) { return (t - lo) / (hi - lo) * width; }
    var lanes = [], top = 0, updates = [];
    T.forEach(function (t, ti) {
      var inLane = ids.filter(function (id) { return (typeof id === "string" ? G[+id.slice(1)].type : N[id].type) === ti; });
      if (!inLane.length) return;
      var at = {};
      inLane.forEach(function (id) { at[id] = typeof id === "string" ? NaN : when(id); });
      inLane.sort(function (a, b) {
        var ta = isFinite(at[a]) ? at[a] : -Infinity, tb = isFinite(at[b]) ? at[b] : -Infinity;
        return ta - tb || (String(a) < String(b) ? -1 : 1);
      });
      var stacks = {}, rows = 0, undated = 0;
      inLane.forEach(function (id) {
        var t0 = at[id], x, b;
        if (isFinite(t0)) { x = X(t0); b = Math.round(x / bin); }
        else { b = "u" + Math.floor(undated / 10); x = UNDATED - 40 * Math.floor(undated / 10); undated++; }
        var level = stacks[b] = (stacks[b] === undefined ? 0 : stacks[b] + 1);
        rows = Math.max(rows, level + 1);
        updates.push({id: id, x: x, y: top + 30 + level * step});
      });
      var height = 30 + rows * step + 30;
      lanes.push({label: t.label, top: top, height: height, color: t.color});
      top += height;
    });
    axis = {lo: lo, hi: hi, width: width, X: X, lanes: lanes, bottom: top};
    nodes.update(updates);
  }
  function ticks() {
    var out = [], a = new Date(axis.lo), b = new Date(axis.hi), years = b.getUTCFullYear() - a.getUTCFullYear();
    var monthStep = years >= 4 ? 12 : years >= 2 ? 6 : years >= 1 ? 3 : 1;
    var d = new Date(Date.UTC(a.getUTCFullYear(), 0, 1));
    while (d.getTime() <= axis.hi) {
      if (d.getTime() >= axis.lo) out.push(d.getTime());
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthStep, 1));
    }
    return out;
  }
  function tickLabel(t) {
    var d = new Date(t);
    return d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : d.getUTCFullYear() + "-" + String(d.getUTCMonth() + 1).padStart(2, "0");
  }
  // folded links: one line per pair of shown nodes that stand for facts folded away, a pixel or
  // more wide whatever the zoom, darker at the selected node; drawn here, not as vis edges,
  // because a vis edge costs a re-parse of its options whenever the zoom changes its width
  function drawAggregates(ctx, s) {
    var bodyNodes = network.body.nodes, faint = [], strong = [];
    aggregateKeys.forEach(function (key) {
      var a = aggregates[key], p = bodyNodes[a.from], q = bodyNodes[a.to];
      if (!p || !q) return;
      (a.from === selectedNode || a.to === selectedNode ? strong : faint).push([p, q, a.ids.length]);
    });
    ctx.save();
    [[faint, "rgba(113,128,150,0.45)"], [strong, "rgba(45,55,72,0.9)"]].forEach(function (set) {
      ctx.strokeStyle = set[1];
      set[0].forEach(function (line) {
        ctx.lineWidth = (0.8 + Math.min(3, 0.7 * Math.log2(line[2]))) / s;
        ctx.beginPath(); ctx.moveTo(line[0].x, line[0].y); ctx.lineTo(line[1].x, line[1].y); ctx.stroke();
      });
    });
    ctx.restore();
  }
  function aggregateAt(point) {  // the folded link within 5 px of a canvas point, if any
    var s = network.getScale(), best = null, bestD = 5 / s, bodyNodes = network.body.nodes;
    aggregateKeys.forEach(function (key) {
      var a = aggregates[key], p = bodyNodes[a.from], q = bodyNodes[a.to];
      if (!p || !q) return;
      var dx = q.x - p.x, dy = q.y - p.y, len = dx * dx + dy * dy || 1;
      var t = Math.max(0, Math.min(1, ((point.x - p.x) * dx + (point.y - p.y) * dy) / len));
      var d = Math.hypot(point.x - p.x - t * dx, point.y - p.y - t * dy);
      if (d < bestD) { bestD = d; best = key; }
    });
    return best;
  }
  network.on("beforeDrawing", function (ctx) {
    if (!timeMode) drawAggregates(ctx, network.getScale());
    if (!timeMode || !axis) return;
    var s = network.getScale();
    ctx.save();
    ctx.lineWidth = 1 / s;
    axis.lanes.forEach(function (lane, k) {
      if (k % 2) { ctx.fillStyle = "rgba(237,242,247,0.6)"; ctx.fillRect(-260, lane.top, axis.width + 320, lane.height); }
    });
    ctx.strokeStyle = "#cbd5e0";
    ticks().forEach(function (t) {
      var x = axis.X(t);
      ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, axis.bottom); ctx.stroke();
    });
    // a person's attested span: from the first to the last date an article speaks of them
    ctx.lineWidth = 3 / s;
    ctx.strokeStyle = "rgba(43,108,176,0.35)";
    N.forEach(function (n) {
      if (!shown[n.id] || T[n.type].name !== "Person" || !n.first || !n.last || n.first === n.last) return;
      var p = network.body.nodes[n.id];
      ctx.beginPath(); ctx.moveTo(axis.X(Date.parse(n.first)), p.y); ctx.lineTo(axis.X(Date.parse(n.last)), p.y); ctx.stroke();
    });
    ctx.restore();
  });
  function drawAxisLabels(ctx, s, tx, ty, W, H) {
    ctx.font = FONT;
    ctx.fillStyle = "#4a5568";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    var last = -1e9;
    ticks().forEach(function (t) {
      var x = axis.X(t) * s + tx, text = tickLabel(t);
      if (x < 0 || x > W || x - last < 50 || Math.abs(x - (UNDATED * s + tx)) < 60) return;
      last = x;
      ctx.fillText(text, x, 40);
    });
    ctx.textAlign = "left";
    ctx.font = BOLD;
    axis.lanes.forEach(function (lane) {
      var y = lane.top * s + ty + 4;
      if (lane.height * s < 16 || y + lane.height * s < 60 || y > H) return;
      ctx.fillStyle = lane.color;
      ctx.fillText(lane.label, 8, Math.max(y, 60));
    });
    var ux = UNDATED * s + tx;
    if (ux > 0) { ctx.font = FONT; ctx.fillStyle = "#718096"; ctx.textAlign = "center"; ctx.fillText("undated", ux, 40); }
  }
  var timeButton = document.getElementById("time");
  function setTime(on) {
    if (on === timeMode) return;
    network.setOptions({physics: false});
    if (on) {
      savedPositions = network.getPositions();
      timeMode = true;
      applyVisibility();  // drops folded links, lays out on the axis
    } else {
      timeMode = false;
      axis = null;
      var back = [];  // where each node was before, or (shown meanwhile) where it was last, or its own place
      shownIds().forEach(function (id) {
        var p = (savedPositions || {})[id] || lastPos[id] || (typeof id === "string" ? G[+id.slice(1)] : N[id]);
        back.push({id: id, x: p.x, y: p.y});
      });
      nodes.update(back);
      savedPositions = null;
      applyVisibility();
    }
    timeButton.setAttribute("aria-pressed", on ? "true" : "false");
    fit();
  }
  timeButton.addEventListener("click", function () { setTime(!timeMode); writeHash(); });
  api.timeAxis = function () { return axis ? {lanes: axis.lanes.map(function (l) { return l.label; }), lo: axis.lo, hi: axis.hi} : null; };

  // ------------------------------------------------------------------ header, filters (also the legend)
  function stats() {
    var shownNodes = shown.filter(Boolean).length;
    var shownEdges = E.filter(function (e) { return edgeOn[e.id]; }).length, folded = 0;
    Object.keys(aggregates).forEach(function (key) { folded += aggregates[key].ids.length; });
    document.getElementById("stats").textContent = shownNodes + " of " + N.length + " nodes and " +
      shownEdges + " of " + E.length + " edges shown" + (folded ? "; " + folded + " more facts folded into " +
      aggregateKeys.length + " links" : "");
  }
  if (data.note) {
    var note = document.getElementById("note");
    note.textContent = data.note;
    note.hidden = false;
  }
  var typeInputs = [], relInputs = [];
  function checkbox(box, isType, index, glyph, color, text, count, name, inputs) {
    var label = el("label"), input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.setAttribute("data-name", name);
    input.addEventListener("change", function () {
      (isType ? typeOn : relOn)[index] = input.checked;  // the arrays, not a copy: the hash replaces them
      applyVisibility(true);
      fit();
      writeHash();
    });
    inputs[index] = input;
    label.appendChild(input);
    var g = el("span", glyph, "glyph");
    g.style.color = color;
    label.appendChild(g);
    label.appendChild(el("span", text));
    label.appendChild(el("span", count, "count"));
    box.appendChild(label);
  }
  var typesBox = document.getElementById("types"), relBox = document.getElementById("relations");
  T.forEach(function (t, i) { if (t.count) checkbox(typesBox, true, i, t.glyph, t.color, t.label, t.count, t.name, typeInputs); });
  R.forEach(function (r, i) { if (r.count) checkbox(relBox, false, i, "→", "#718096", r.label, r.count, r.name, relInputs); });
  function syncInputs() {
    typeInputs.forEach(function (input, i) { if (input) input.checked = typeOn[i]; });
    relInputs.forEach(function (input, i) { if (input) input.checked = relOn[i]; });
  }
  var unfold = document.getElementById("unfold"), caption = document.getElementById("caption");
  function allOpen() { return G.every(function (g, k) { return open[k]; }); }
  function syncUnfold() { unfold.textContent = allOpen() ? "Overview" : "Open all"; }
  function syncCaption() {
    var text = "";
    if (timeMode) {
      text = "Timeline: what is shown, placed by its date (a meeting's own, else the first article that attests it); " +
        "a person's line runs to the last. Undated nodes stand on the left.";
    } else if (overview && !allOpen()) {
      var bodies = G.filter(function (g) { return g.anchor >= 0; }).length;
      var pinned = N.filter(function (n) { return n.pin; }).length;
      text = "Overview: " + bodies + " bodies with their posts, people, meetings, documents and tasks " +
        "folded in (pale, +n: click one to open it) and the " + pinned + " most connected officials. " +
        "Zoom in for more names.";
    }
    caption.textContent = text;
    caption.hidden = !text;
  }
  if (overview) {
    unfold.hidden = false;
    unfold.addEventListener("click", function () {
      var to = !allOpen();
      open = G.map(function () { return to; });
      syncUnfold();
      applyVisibility(true);
      fit();
      writeHash();
    });
  }
  function openGroup(k, focus) {
    if (!overview || open[k]) return;
    open[k] = true;
    syncUnfold();
    applyVisibility();
    if (focus) {
      var ids = members[k].filter(function (i) { return shown[i]; });
      if (G[k].anchor >= 0) ids.push(G[k].anchor);
      if (ids.length) {
        network.fit({nodes: ids, animation: false});
        network.moveTo({scale: Math.min(1.2, network.getScale() * 0.85), animation: false});
        resize();
      }
    }
  }
  function foldGroup(k) {
    if (!overview || !open[k]) return;
    open[k] = false;
    syncUnfold();
    applyVisibility();
  }

  // ------------------------------------------------------------------ the URL hash: a view to share
  function groupKey(k) { return G[k].anchor >= 0 ? N[G[k].anchor].key : "loose:" + T[G[k].type].name; }
  function enc(key) { return encodeURIComponent(key).replace(/%2F/g, "/").replace(/%3A/g, ":"); }
  function stateString() {
    var parts = [];
    if (selectedNode !== null) parts.push("node=" + enc(N[selectedNode].key));
    var hide = T.filter(function (t, i) { return !typeOn[i]; }).map(function (t) { return t.name; });
    if (hide.length) parts.push("hide=" + hide.join(","));
    var hideRel = R.filter(function (r, i) { return !relOn[i]; }).map(function (r) { return r.name; });
    if (hideRel.length) parts.push("hiderel=" + hideRel.join(","));
    if (overview) {
      var opened = G.map(function (g, k) { return k; }).filter(function (k) { return open[k]; });
      if (opened.length === G.length) parts.push("open=all");
      else if (opened.length) parts.push("open=" + opened.map(function (k) { return enc(groupKey(k)); }).join(","));
    }
    if (timeMode) parts.push("time=1");
    return parts.join("&");
  }
  var lastHash = null;
  function writeHash() {
    var s = stateString();
    lastHash = s;
    if (location.hash.replace(/^#/, "") === s) return;
    var url = location.href.split("#")[0] + (s ? "#" + s : "");
    try { history.replaceState(null, "", url); } catch (err) { location.hash = s; }
  }
  function parseHash() {
    var out = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) return;
      var at = part.indexOf("="), k = at < 0 ? part : part.slice(0, at), v = at < 0 ? "" : part.slice(at + 1);
      out[k] = v;
    });
    return out;
  }
  // filters, open bodies and the time axis from the hash; returns the node to select, or null
  function readHash() {
    var h = parseHash(), dec = function (v) { try { return decodeURIComponent(v); } catch (err) { return v; } };
    var hide = (h.hide || "").split(",").map(dec), hideRel = (h.hiderel || "").split(",").map(dec);
    typeOn = T.map(function (t) { return hide.indexOf(t.name) < 0; });
    relOn = R.map(function (r) { return hideRel.indexOf(r.name) < 0; });
    if (overview) {
      var keys = (h.open || "").split(",").map(dec);
      open = G.map(function (g, k) { return h.open === "all" || keys.indexOf(groupKey(k)) >= 0; });
      syncUnfold();
    }
    syncInputs();
    var node = h.node !== undefined ? byKey[dec(h.node)] : undefined;
    return {node: node === undefined ? null : node, time: h.time === "1"};
  }
  function applyHash() {
    var want = readHash();
    applyVisibility(true);
    if (want.time !== timeMode) setTime(want.time);
    if (want.node !== null) selectNode(want.node, true);
    else { selectedNode = null; network.unselectAll(); fit(); }
    writeHash();
  }
  window.addEventListener("hashchange", function () {
    if (location.hash.replace(/^#/, "") !== lastHash) applyHash();
  });

  // ------------------------------------------------------------------ search
  var searchKeys = N.map(function (n) {
    var seen = {}, out = [];
    // a task is found by its short label first, then by its instruction
    var names = n.text ? [n.label] : [n.label].concat(n.alt || []), later = n.text ? [n.text].concat(n.alt || []) : [];
    names.map(fold).concat(n.keys || []).forEach(function (k) {
      if (k && !seen[k]) { seen[k] = true; out.push({k: k, w: k.split(" "), r: 0}); }
    });
    later.map(fold).forEach(function (k) {
      if (k && !seen[k]) { seen[k] = true; out.push({k: k, w: k.split(" "), r: 4}); }
    });
    return out;
  });
  function everyPrefix(qw, words) {
    return qw.every(function (q) { return words.some(function (w) { return w.lastIndexOf(q, 0) === 0; }); });
  }
  // whole key, start of a key, inside a key, every word the start of a word of a key; then the
  // closest key (fewest extra words), then the most connected node
  function find(query) {
    var q = fold(query);
    if (!q) return [];
    if (byKey[query.trim()] !== undefined) return [byKey[query.trim()]];
    var qw = q.split(" "), hits = [];
    searchKeys.forEach(function (keys, i) {
      var best = 9, extra = 0;
      keys.forEach(function (key) {
        var at = key.k.indexOf(q);
        var rank = key.r + (key.k === q ? 0 : at === 0 ? 1 : at > 0 ? 2 : everyPrefix(qw, key.w) ? 3 : 9);
        if (rank < best || (rank === best && key.w.length - qw.length < extra)) { best = rank; extra = key.w.length - qw.length; }
      });
      if (best < 9) hits.push([best, extra, -N[i].degree, i]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.slice(0, 50).map(function (h) { return h[3]; });
  }
  var search = document.getElementById("search"), results = document.getElementById("results");
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
  api.findKeys = function (q) { return find(q).map(function (i) { return N[i].key; }); };

  // ------------------------------------------------------------------ side panels
  var narrow = window.matchMedia("(max-width: 900px)");
  function side(which, show) {  // which: "controls" | "panel"
    var cls = narrow.matches ? "show-" + which : "no-" + which;
    var visible = narrow.matches ? document.body.classList.contains(cls) : !document.body.classList.contains(cls);
    if (show === undefined) show = !visible;
    document.body.classList.toggle(cls, narrow.matches ? show : !show);
    document.getElementById("toggle-" + which).setAttribute("aria-expanded", show ? "true" : "false");
    network.redraw();  // the canvas took the new width
    if (narrow.matches) return;  // overlays: the canvas keeps its size
    if (selectedNode !== null && shown[selectedNode]) network.focus(selectedNode, {scale: network.getScale(), animation: false});
    else fit();
  }
  function syncToggles() {
    ["controls", "panel"].forEach(function (which) {
      var visible = narrow.matches ? document.body.classList.contains("show-" + which) : !document.body.classList.contains("no-" + which);
      document.getElementById("toggle-" + which).setAttribute("aria-expanded", visible ? "true" : "false");
    });
  }
  document.getElementById("toggle-controls").addEventListener("click", function () { side("controls"); });
  document.getElementById("toggle-panel").addEventListener("click", function () { side("panel"); });
  if (narrow.addEventListener) narrow.addEventListener("change", syncToggles);
  syncToggles();

  // ------------------------------------------------------------------ evidence panel
  var panel = document.getElementById("panel");
  function field(dl, name, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value));
  }
  function nodeLink(i, text) {
    var b = el("button", text === undefined ? N[i].label : text);
    b.type = "button";
    b.className = "link";
    b.addEventListener("click", function () { selectNode(i); });
    return b;
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
  // a person's career, oldest first: changes of post, posts as attested, meetings, tasks given
  function timeline(n) {
    var rows = n.tl || [], box = el("div");
    box.appendChild(el("h3", "Timeline (" + rows.length + ")"));
    if (!rows.length) { box.appendChild(el("p", "No dated facts.", "muted")); return box; }
    var ol = el("ol", null, "timeline");
    rows.forEach(function (r) {
      var kind = r[2], change = r.length > 4, li = el("li", null, change ? "change" : "");
      li.setAttribute("data-kind", kind);
      li.appendChild(el("span", span(r[0], r[1]) || "undated", "when"));
      var what = el("span", null, "what");
      what.appendChild(document.createTextNode((VERB[kind] || kind) + " "));
      if (r[3] >= 0) what.appendChild(nodeLink(r[3], clip(N[r[3]].label, 80)));
      if (kind === "assignedBy" && r[3] >= 0 && N[r[3]].text) what.appendChild(el("span", ": " + clip(N[r[3]].text, 90), "muted"));
      if (kind === "holds") what.appendChild(el("span", r[1] ? " (attested)" : " (attested once)", "muted"));
      if (change) {
        if (r[5]) what.appendChild(document.createTextNode(" — " + r[5]));
        if (r[6] >= 0) { what.appendChild(document.createTextNode(", decided by ")); what.appendChild(nodeLink(r[6])); }
        if (r[7] >= 0) { what.appendChild(document.createTextNode(", ")); what.appendChild(nodeLink(r[7])); }
        if (r[8]) what.appendChild(el("span", " (reported then; the text gives no date)", "muted"));
      }
      li.appendChild(what);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }
  function heading(glyph, color, text) {
    var h = el("h2"), g = el("span", glyph + " ", "glyph");
    g.style.color = color;
    h.appendChild(g);
    h.appendChild(document.createTextNode(text));
    return h;
  }
  function showNode(i) {
    var n = N[i], t = T[n.type];
    panel.replaceChildren();
    panel.appendChild(heading(t.glyph, t.color, n.label));
    var dl = el("dl");
    field(dl, "type", t.label);
    field(dl, "instruction", n.text);
    field(dl, "also written", (n.alt || []).join("; "));
    field(dl, "change", n.change ? (VERB[n.change] || n.change) : "");
    field(dl, "how", n.how);
    field(dl, "date", n.date);
    if (n.held !== undefined) field(dl, "held", n.held ? "yes" : "mentioned only");
    field(dl, "number", n.number);
    field(dl, "kind", n.kind);
    field(dl, "attested", span(n.first, n.last));
    field(dl, "id", n.key);
    panel.appendChild(dl);
    var g = G[n.g];
    if (overview && g.anchor === i && members[n.g].length) {
      var p = el("p"), b = el("button", open[n.g] ? "Fold its " + members[n.g].length + " members into it" : "Open its " + members[n.g].length + " members");
      b.type = "button";
      b.id = "group-toggle";
      b.addEventListener("click", function () { if (open[n.g]) foldGroup(n.g); else openGroup(n.g, true); showNode(i); writeHash(); });
      p.appendChild(b);
      panel.appendChild(p);
    }
    if (t.name === "Person") panel.appendChild(timeline(n));
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
    h.appendChild(nodeLink(e.from));
    h.appendChild(document.createTextNode(" — " + R[e.rel].label + " → "));
    h.appendChild(nodeLink(e.to));
    panel.appendChild(h);
    var dl = el("dl");
    field(dl, "relation", R[e.rel].label);
    field(dl, "attested", span(e.first, e.last));
    field(dl, "sentences", e.ev.length);
    panel.appendChild(dl);
    panel.appendChild(evidence(e.ev));
  }
  function endName(x) { return typeof x === "string" ? labelText(x) : N[x].label; }
  function showAggregate(key) {
    var a = aggregates[key];
    if (!a) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", endName(a.from) + " — " + endName(a.to)));
    panel.appendChild(el("p", a.ids.length + " fact" + (a.ids.length === 1 ? "" : "s") + " between what these two stand for:", "muted"));
    var ul = el("ul");
    a.ids.slice(0, 200).forEach(function (id) {
      var e = E[id], li = el("li"), b = el("button", N[e.from].label + " — " + R[e.rel].label + " → " + N[e.to].label);
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(id); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  function showCluster(k) {
    panel.replaceChildren();
    var t = T[G[k].type];
    panel.appendChild(heading(t.glyph, t.color, members[k].length + " × " + t.label + " with no body"));
    panel.appendChild(el("p", "Nodes of this type that no fact ties to a body.", "muted"));
    var ul = el("ul");
    members[k].slice(0, 300).forEach(function (i) { var li = el("li"); li.appendChild(nodeLink(i)); ul.appendChild(li); });
    panel.appendChild(ul);
  }
  function revealPanel() { if (narrow.matches) side("panel", true); }
  function ensureShown(i) {
    var n = N[i], changed = false;
    if (!typeOn[n.type]) { typeOn[n.type] = true; syncInputs(); changed = true; }
    if (overview && !open[n.g] && !shown[i] && !n.pin) { open[n.g] = true; syncUnfold(); changed = true; }
    if (changed) applyVisibility();
  }
  function selectNode(i, keepHash) {
    ensureShown(i);
    selectedNode = i;
    network.selectNodes([i]);
    network.focus(i, {scale: Math.max(network.getScale(), big ? 0.9 : 1.0), animation: false});
    resize();
    showNode(i);
    revealPanel();
    if (!keepHash) writeHash();
  }
  function selectEdge(id) {
    var e = E[id];
    ensureShown(e.from);
    ensureShown(e.to);
    if (!relOn[e.rel]) { relOn[e.rel] = true; syncInputs(); applyVisibility(); }
    network.selectEdges([id]);
    showEdge(id);
    revealPanel();
  }
  // zoomed out, an official's dot may lie on their folded body: the click goes to the node whose
  // centre is nearest (vis-network would pick the one drawn last)
  function nodeAt(point, fallback) {
    var best = fallback, bestD = Infinity, bodyNodes = network.body.nodes;
    shownIds().forEach(function (id) {
      var n = bodyNodes[id];
      if (!n) return;
      var d = Math.hypot(n.x - point.x, n.y - point.y);
      if (d <= (sizes[id] || n.options.size) && d < bestD) { bestD = d; best = id; }
    });
    return best;
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var id = nodeAt(p.pointer.canvas, p.nodes[0]);
      if (id !== p.nodes[0]) network.selectNodes([id]);
      if (typeof id === "string") { openGroup(+id.slice(1), true); showCluster(+id.slice(1)); revealPanel(); writeHash(); return; }
      var wasFolded = isFolded(id);
      selectedNode = id;
      if (wasFolded) openGroup(N[id].g, true);
      showNode(id);
      revealPanel();
      writeHash();
    } else if (p.edges.length) {
      showEdge(p.edges[0]);
      revealPanel();
    } else if (aggregateAt(p.pointer.canvas) !== null) {
      showAggregate(aggregateAt(p.pointer.canvas));
      revealPanel();
    } else if (selectedNode !== null) {
      selectedNode = null;
      writeHash();
    }
  });
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("reset").addEventListener("click", function () {
    typeOn = T.map(function () { return true; });
    relOn = R.map(function () { return true; });
    open = G.map(function () { return !overview; });
    syncInputs();
    syncUnfold();
    setTime(false);
    selectedNode = null;
    network.unselectAll();
    search.value = "";
    results.replaceChildren();
    panel.replaceChildren(el("p", "Click a node or an edge to see its dates, connections and the sentences that attest it.", "hint"));
    applyVisibility(true);
    fit();
    writeHash();
  });
  api.showNode = showNode;
  api.showEdge = showEdge;
  api.selectNode = function (key) { selectNode(byKey[key]); };
  api.openGroup = function (key) { openGroup(N[byKey[key]].g, true); writeHash(); };
  api.shownCount = function () { return shown.filter(Boolean).length; };
  api.isShown = function (key) { return shown[byKey[key]]; };
  api.isFolded = function (key) { return isFolded(byKey[key]); };
  api.domPosition = function (key) {  // where a node is on the page, for clicks in tests
    var id = typeof key === "number" || /^c\d+$/.test(key) ? key : byKey[key];
    var p = network.canvasToDOM(network.getPosition(id)), box = container.getBoundingClientRect();
    return {x: box.left + p.x, y: box.top + p.y};
  };
  // where what is shown lies on the page, as a fraction of the canvas (tests check the fit)
  api.shownBox = function () {
    var box = {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity}, pos = network.getPositions(shownIds());
    Object.keys(pos).forEach(function (id) {
      var p = network.canvasToDOM(pos[id]);
      box.x0 = Math.min(box.x0, p.x); box.y0 = Math.min(box.y0, p.y);
      box.x1 = Math.max(box.x1, p.x); box.y1 = Math.max(box.y1, p.y);
    });
    return {x0: box.x0 / container.clientWidth, x1: box.x1 / container.clientWidth,
            y0: box.y0 / container.clientHeight, y1: box.y1 / container.clientHeight};
  };
  // how many nodes are drawn: known to vis, not hidden, with a position
  api.drawnNodes = function () {
    var body = network.body, count = 0;
    Object.keys(body.nodes).forEach(function (id) {
      var n = body.nodes[id];
      if (!n.options.hidden && isFinite(n.x) && isFinite(n.y) && /^\d+$/.test(id)) count++;
    });
    return count;
  };

  // ------------------------------------------------------------------ start
  var first = readHash();
  applyVisibility(true);
  function start() {
    if (first.time) setTime(true);
    if (first.node !== null) selectNode(first.node, true);
    else fit();
    writeHash();
    network.once("afterDrawing", ready);
    network.redraw();
  }
  if (big || !N.length) start();
  else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: false});  // stabilised: stop, so the page stays still and cheap
      start();
    });
    network.setOptions({physics: {solver: "forceAtlas2Based",
                                  forceAtlas2Based: {gravitationalConstant: -120, springLength: 120, avoidOverlap: 0.6},
                                  stabilization: {enabled: true, iterations: data.iterations, updateInterval: 50, fit: true}}});
    network.stabilize(data.iterations);
  }
})();
