/* The vbkg graph view. Every string from the texts reaches the page through textContent, never as markup. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("vbkg-data").textContent);
  var nodesById = DATA.nodes, edgesById = DATA.edges;
  var large = nodesById.length > 1500;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // ---- the drawing --------------------------------------------------------------------------------------
  var nodes = new vis.DataSet(nodesById.map(function (n) {
    return { id: n.id, label: n.short, x: n.x, y: n.y, color: n.color, shape: n.shape, size: n.size };
  }));
  var edges = new vis.DataSet(edgesById.map(function (e) {
    // vis-network draws every edge label of the graph, in view or not: on large graphs relation names are
    // drawn only for the selected neighbourhood (below), colour and legend say the rest.
    var edge = { id: e.id, from: e.from, to: e.to, label: large ? undefined : e.rel,
                 color: { color: e.color, opacity: 0.8 }, dashes: e.inferred };
    if (e.bend) edge.smooth = { enabled: true, type: "curvedCW", roundness: 0.18 * e.bend };
    return edge;
  }));
  // Filters hide entities and relations (vis-network then skips them and the relations of hidden entities)
  // instead of taking them out of the data: only what changes is touched, so a filter on 5,000 entities is quick.
  var visible = { nodes: null, edges: null };  // null: everything
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,  // positions come from Python: nothing to simulate, the first frame is the final one
    layout: { improvedLayout: false },
    nodes: { font: { size: 14, strokeWidth: 3, strokeColor: "#fff" }, borderWidth: 1,
             scaling: { label: { drawThreshold: 4 } } },
    edges: { smooth: false, width: 1.2, arrows: { to: { enabled: true, scaleFactor: 0.45 } },
             font: { size: 9, color: "#555", strokeWidth: 2 },
             selectionWidth: 2 },
    interaction: { hover: false, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   navigationButtons: false, keyboard: false }
  });
  window.vbkg = { nodes: nodes, edges: edges, network: network, data: DATA };
  network.once("afterDrawing", function () {
    window.vbkg.firstDrawAt = performance.now();
    // Two frames later the main thread is free again: the page answers clicks from here on.
    requestAnimationFrame(function () { requestAnimationFrame(function () {
      window.vbkg.stableAt = performance.now();
      document.body.setAttribute("data-ready", "1");
    }); });
  });

  // ---- tooltips (our own element, built from text nodes) ------------------------------------------------
  var tooltip = document.getElementById("tooltip");
  function line(label, value) {
    var row = el("div");
    row.appendChild(el("span", label + ": ", "muted"));
    row.appendChild(document.createTextNode(value));
    return row;
  }
  function listed(values, limit) {
    return values.slice(0, limit).join("; ") + (values.length > limit ? " … (+" + (values.length - limit) + ")" : "");
  }
  function nodeTip(n) {
    var box = document.createDocumentFragment();
    box.appendChild(el("b", n.label));
    box.appendChild(line("type", n.type));
    if (n.symbol) box.appendChild(line("symbol", n.symbol));
    if (n.date) box.appendChild(line("date", n.date));
    if (n.issuers.length) box.appendChild(line("issuer", n.issuers.join("; ")));
    if (n.title) box.appendChild(line("title", n.title));
    if (n.sources.length) box.appendChild(line("sources", listed(n.sources, 3)));
    return box;
  }
  function edgeTip(e) {
    var box = document.createDocumentFragment();
    box.appendChild(el("b", nodesById[e.from].short + " —" + e.rel + "→ " + nodesById[e.to].short));
    if (e.inferred) box.appendChild(el("div", "inferred: no text states it", "muted"));
    e.evidence.slice(0, 2).forEach(function (ev) {
      box.appendChild(el("div", "“" + ev.quote + "”", "quote"));
      box.appendChild(el("div", ev.source, "muted"));
    });
    if (e.evidence.length > 2) box.appendChild(el("div", "+" + (e.evidence.length - 2) + " more texts", "muted"));
    return box;
  }
  function showTip(content, pointer) {
    tooltip.replaceChildren(content);
    tooltip.style.display = "block";
    var box = container.getBoundingClientRect();
    tooltip.style.left = Math.min(pointer.x + 14, box.width - tooltip.offsetWidth - 4) + "px";
    tooltip.style.top = Math.min(pointer.y + 14, box.height - tooltip.offsetHeight - 4) + "px";
  }
  function hideTip() { tooltip.style.display = "none"; tipFor = null; }
  // Hover is found here, once a frame at most, rather than by vis-network's hover option, which redraws the
  // whole graph each time the pointer enters or leaves an entity (slow on thousands of nodes).
  var pointer = null, tipFor = null;
  container.addEventListener("mousemove", function (event) {
    var box = container.getBoundingClientRect();
    if (pointer === null) requestAnimationFrame(function () {
      var at = pointer;
      pointer = null;
      var node = network.getNodeAt(at), edge = node === undefined ? network.getEdgeAt(at) : undefined;
      var key = node !== undefined ? "n" + node : edge !== undefined ? "e" + edge : null;
      if (key === null) { hideTip(); tipFor = null; return; }
      if (key !== tipFor) showTip(node !== undefined ? nodeTip(nodesById[node]) : edgeTip(edgesById[edge]), at);
      tipFor = key;
    });
    pointer = { x: event.clientX - box.left, y: event.clientY - box.top };
  });
  container.addEventListener("mouseleave", function () { hideTip(); tipFor = null; });
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---- neighbourhood highlight and side panel -----------------------------------------------------------
  var panel = document.getElementById("panel-body");
  // The neighbourhood is drawn again over a veil after each frame: O(neighbourhood) per click, where
  // recolouring every node through the DataSet costs seconds on a 5,000-node graph.
  var highlighted = null, nearNodes = [], nearEdges = [];
  // One coalesced redraw on the next frame (network.redraw() draws at once, and a click already asks for one).
  function redrawSoon() { network.body.emitter.emit("_requestRedraw"); }
  function highlight(id) {
    highlighted = id;
    nearNodes = [id].concat(network.getConnectedNodes(id).filter(function (n) { return !visible.nodes || visible.nodes.has(n); }));
    nearEdges = network.getConnectedEdges(id).filter(function (e) { return !visible.edges || visible.edges.has(e); });
    redrawSoon();
  }
  function unhighlight() {
    if (highlighted === null) return;
    highlighted = null;
    nearNodes = nearEdges = [];
    redrawSoon();
  }
  network.on("afterDrawing", function (ctx) {
    if (highlighted === null) return;
    var body = network.body;
    var a = network.DOMtoCanvas({ x: 0, y: 0 });
    var b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.fillStyle = "rgba(255,255,255,0.68)";
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    ctx.restore();
    // Only what lies in the view is drawn again; edge labels only when large enough to read.
    var pad = 200;
    function inView(p) { return p.x > a.x - pad && p.x < b.x + pad && p.y > a.y - pad && p.y < b.y + pad; }
    var edgesInView = nearEdges.map(function (e) { return body.edges[e]; }).filter(function (edge) {
      return edge && edge.connected && (!visible.edges || visible.edges.has(edge.id)) &&
        (inView(edge.from) || inView(edge.to));
    });
    var labels = [];
    edgesInView.forEach(function (edge) { edge.draw(ctx); });
    nearNodes.forEach(function (n) {
      var node = body.nodes[n];
      if (!node || !inView(node) || (visible.nodes && !visible.nodes.has(n))) return;
      var drawn = node.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
    if (network.getScale() >= 0.6) {
      if (!large) edgesInView.forEach(function (edge) { edge.drawLabel(ctx, edge.edgeType.getViaNode()); });
      else {
        ctx.save();
        ctx.font = "9px sans-serif";
        ctx.textAlign = "center";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "#fff";
        ctx.fillStyle = "#444";
        edgesInView.forEach(function (edge) {
          var x = (edge.from.x + edge.to.x) / 2, y = (edge.from.y + edge.to.y) / 2, text = edgesById[edge.id].rel;
          ctx.strokeText(text, x, y);
          ctx.fillText(text, x, y);
        });
        ctx.restore();
      }
    }
  });
  window.vbkg.highlighted = function () { return highlighted === null ? [] : nearNodes.slice(); };
  function nodeLink(id) {
    var a = el("a", nodesById[id].short, "node-link");
    a.title = nodesById[id].label;
    a.addEventListener("click", function () { select(id, true); });
    return a;
  }
  function relBadge(e) {
    var badge = el("span", e.rel, "rel");
    badge.style.background = e.color;
    return badge;
  }
  function evidenceList(e, target) {
    if (e.inferred && !e.evidence.length) target.appendChild(el("div", "inferred: no text states it", "source"));
    e.evidence.forEach(function (ev) {
      target.appendChild(el("blockquote", ev.quote));
      target.appendChild(el("div", ev.source, "source"));
    });
  }
  function showNode(id) {
    var n = nodesById[id];
    var out = document.createDocumentFragment();
    out.appendChild(el("h3", n.label));
    var dl = el("dl");
    [["type", n.type], ["symbol", n.symbol], ["date", n.date], ["term", n.term], ["title", n.title],
     ["issuer", n.issuers.join("; ")], ["mentions", n.mentions], ["key", n.key], ["IRI", n.iri]].forEach(function (kv) {
      if (kv[1] === undefined || kv[1] === "" || kv[1] === null) return;
      dl.appendChild(el("dt", kv[0]));
      dl.appendChild(el("dd", kv[1]));
    });
    out.appendChild(dl);
    var related = edgesById.filter(function (e) { return e.from === id; })
      .concat(edgesById.filter(function (e) { return e.to === id && e.from !== id; }));
    out.appendChild(el("h2", "Relations (" + related.length + ")"));
    var ul = el("ul");
    related.slice(0, 60).forEach(function (e) {
      var li = el("li");
      // Outgoing "issued_by → Bộ Chính trị", incoming "issued_by ← 39-KL/TW": the badge first, the arrow says which way.
      li.appendChild(relBadge(e));
      li.appendChild(document.createTextNode(e.from === id ? " → " : " ← "));
      li.appendChild(nodeLink(e.from === id ? e.to : e.from));
      evidenceList(e, li);
      ul.appendChild(li);
    });
    if (related.length > 60) ul.appendChild(el("li", "… " + (related.length - 60) + " more: draw this entity alone with vbkg viz --focus"));
    out.appendChild(ul);
    out.appendChild(el("h2", "Source texts (" + n.sources.length + ")"));
    var sources = el("ul");
    n.sources.forEach(function (s) { sources.appendChild(el("li", s)); });
    out.appendChild(sources);
    panel.replaceChildren(out);
  }
  function showEdge(id) {
    var e = edgesById[id];
    var out = document.createDocumentFragment();
    var head = el("h3");
    head.appendChild(nodeLink(e.from));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(relBadge(e));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(nodeLink(e.to));
    out.appendChild(head);
    out.appendChild(el("h2", "Evidence"));
    evidenceList(e, out);
    panel.replaceChildren(out);
  }
  function select(id, move) {
    if (move) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
    highlight(id);
    showNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (p.edges.length) { unhighlight(); showEdge(p.edges[0]); }
    else { unhighlight(); panel.replaceChildren(el("p", "Click an entity or a relation to see its details and evidence.", "hint")); }
  });
  window.vbkg.select = select;

  // ---- search -------------------------------------------------------------------------------------------
  var search = document.getElementById("search"), results = document.getElementById("results");
  // Every word of the query must occur; the whole phrase, then words that start words, rank first.
  function matches(query) {
    var phrase = fold(query).trim().replace(/\s+/g, " ");
    var words = phrase.split(" ").filter(Boolean);
    if (!words.length) return [];
    var found = nodesById.filter(function (n) {
      return words.every(function (w) { return n.fold.indexOf(w) >= 0; });
    });
    function rank(n) {
      var label = fold(n.label);
      if (label === phrase || fold(n.symbol || "") === phrase) return 0;
      if (label.indexOf(phrase) === 0) return 1;
      if (n.fold.indexOf(phrase) >= 0) return 2;
      var starts = words.every(function (w) { return (" " + n.fold).indexOf(" " + w) >= 0; });
      return starts ? 3 : 4;
    }
    var ranks = new Map(found.map(function (n) { return [n.id, rank(n)]; }));
    return found.sort(function (a, b) {
      return ranks.get(a.id) - ranks.get(b.id) || a.label.length - b.label.length || a.id - b.id;
    });
  }
  function runSearch() {
    var found = matches(search.value);
    var list = document.createDocumentFragment();
    found.slice(0, 30).forEach(function (n, i) {
      var li = el("li", n.label);
      if (i === 0) li.className = "active";
      li.appendChild(el("small", " · " + n.type));
      li.addEventListener("click", function () { pick(n.id); });
      list.appendChild(li);
    });
    if (search.value.trim() && !found.length) list.appendChild(el("li", "no match"));
    if (found.length > 30) list.appendChild(el("li", "… " + (found.length - 30) + " more"));
    results.replaceChildren(list);
    window.vbkg.lastMatches = found.map(function (n) { return n.id; });
  }
  function pick(id) {
    if (visible.nodes && !visible.nodes.has(id)) resetFilters();
    select(id, true);
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = matches(search.value);
      if (found.length) pick(found[0].id);
    }
  });

  // ---- filters and legends ------------------------------------------------------------------------------
  var typeBoxes = {}, relationBoxes = {};
  function legendRow(parent, item, swatch, boxes) {
    var row = el("label", null, "legend-row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", applyFilters);
    boxes[item.name] = box;
    row.appendChild(box);
    row.appendChild(swatch);
    row.appendChild(el("span", item.name));
    row.appendChild(el("span", item.count, "count"));
    parent.appendChild(row);
  }
  var typeLegend = document.getElementById("types");
  DATA.types.forEach(function (t) {
    var swatch = el("span", null, "swatch " + t.shape);
    swatch.style.background = t.color;
    legendRow(typeLegend, t, swatch, typeBoxes);
  });
  var relationLegend = document.getElementById("relations");
  DATA.relations.forEach(function (r) {
    var swatch = el("span", null, "line");
    swatch.style.background = r.color;
    legendRow(relationLegend, r, swatch, relationBoxes);
  });
  var inferredRow = el("div", null, "legend-row");
  inferredRow.appendChild(el("span", null, "line dashed"));
  inferredRow.appendChild(el("span", "dashed: inferred, not stated by a text"));
  relationLegend.appendChild(inferredRow);
  var issuer = document.getElementById("issuer");
  var anyIssuer = el("option", "all issuers");
  anyIssuer.value = "";
  issuer.appendChild(anyIssuer);
  DATA.issuers.forEach(function (i) {
    var option = el("option", i.name + " (" + i.count + ")");
    option.value = i.name;
    issuer.appendChild(option);
  });
  issuer.addEventListener("change", applyFilters);
  var since = document.getElementById("since"), until = document.getElementById("until");
  if (DATA.years) {
    since.min = until.min = DATA.years[0];
    since.max = until.max = DATA.years[1];
    since.placeholder = DATA.years[0];
    until.placeholder = DATA.years[1];
  } else {
    since.disabled = until.disabled = true;
  }
  since.addEventListener("change", applyFilters);
  until.addEventListener("change", applyFilters);
  var shown = document.getElementById("shown");

  function applyFilters() {
    var types = new Set(DATA.types.filter(function (t) { return typeBoxes[t.name].checked; }).map(function (t) { return t.name; }));
    var rels = new Set(DATA.relations.filter(function (r) { return relationBoxes[r.name].checked; }).map(function (r) { return r.name; }));
    var who = issuer.value, from = parseInt(since.value, 10), to = parseInt(until.value, 10);
    var dated = !isNaN(from) || !isNaN(to);
    var keep = new Set(), context = [];
    nodesById.forEach(function (n) {
      if (!types.has(n.type)) return;
      if (who && n.label !== who && n.issuers.indexOf(who) < 0) { context.push(n); return; }
      if (dated && (n.year === null || (!isNaN(from) && n.year < from) || (!isNaN(to) && n.year > to))) {
        if (n.year === null) context.push(n);
        return;
      }
      keep.add(n.id);
    });
    if (who || dated) {
      // Undated context (the bodies behind what is shown) stays when linked to something shown.
      var linked = new Set();
      edgesById.forEach(function (e) {
        if (!rels.has(e.rel)) return;
        if (keep.has(e.from)) linked.add(e.to);
        if (keep.has(e.to)) linked.add(e.from);
      });
      context.forEach(function (n) { if (n.year === null && linked.has(n.id)) keep.add(n.id); });
    }
    var shownEdges = new Set();
    edgesById.forEach(function (e) { if (rels.has(e.rel) && keep.has(e.from) && keep.has(e.to)) shownEdges.add(e.id); });
    var everything = keep.size === nodesById.length && shownEdges.size === edgesById.length;
    var was = visible;
    visible = { nodes: everything ? null : keep, edges: everything ? null : shownEdges };
    var nodeChanges = [], edgeChanges = [];
    nodesById.forEach(function (n) {
      var before = !was.nodes || was.nodes.has(n.id), after = !visible.nodes || visible.nodes.has(n.id);
      if (before !== after) nodeChanges.push({ id: n.id, hidden: !after });
    });
    edgesById.forEach(function (e) {
      var before = !was.edges || was.edges.has(e.id), after = !visible.edges || visible.edges.has(e.id);
      if (before !== after) edgeChanges.push({ id: e.id, hidden: !after });
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    if (highlighted !== null && visible.nodes && !visible.nodes.has(highlighted)) unhighlight();
    else if (highlighted !== null) highlight(highlighted);
    updateShown();
  }
  function resetFilters() {
    Object.keys(typeBoxes).forEach(function (k) { typeBoxes[k].checked = true; });
    Object.keys(relationBoxes).forEach(function (k) { relationBoxes[k].checked = true; });
    issuer.value = "";
    since.value = until.value = "";
    applyFilters();
  }
  function updateShown() {
    shown.textContent = "Showing " + (visible.nodes ? visible.nodes.size : nodesById.length) + " of " +
      nodesById.length + " entities, " + (visible.edges ? visible.edges.size : edgesById.length) + " of " +
      edgesById.length + " relations.";
  }
  document.getElementById("reset").addEventListener("click", resetFilters);
  window.vbkg.applyFilters = applyFilters;
  updateShown();
})();
