/* dsr-graph map: search, filters, legend, tooltips and the details panel, for either renderer.
   The drawing is left to a view made by window.dsrView (view-vis.js: vis-network on a canvas;
   view-sigma.js: sigma.js with WebGL), which the page inlines just before this script.
   Every text that comes from the data reaches the page through textContent or as a DOM text
   node, never as HTML; links are made only for http(s) addresses. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("dsr-data").textContent);
  var OTHER = "#9e9e9e";
  var byId = {};
  D.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\/[^\s\/]/i.test(u) ? u : null; }
  function fmt(v) {
    if (v === null || v === undefined) return "–";
    return typeof v === "number" && !Number.isInteger(v) ? v.toPrecision(4) : String(v);
  }

  // ---- header ------------------------------------------------------------------------------
  var meta = D.meta;
  var sub = [];
  sub.push("Projection: " + meta.projection);
  if (meta.focus) sub.push("focus: " + (byId[meta.focus] ? byId[meta.focus].label : meta.focus) + " (depth " + meta.depth + ")");
  if (meta.countries.length) sub.push("countries: " + meta.countries.join(", "));
  if (meta.technologies.length) sub.push("technology: " + meta.technologies.join(", "));
  if (meta.years) sub.push("years " + meta.years[0] + "–" + meta.years[1]);
  Object.keys(meta.notes).forEach(function (k) { sub.push(k + ": " + meta.notes[k]); });
  document.getElementById("subtitle").textContent = sub.join(" · ");
  if (meta.aggregated) {
    var banner = document.getElementById("aggregated");
    banner.textContent = meta.aggregated;
    banner.hidden = false;
  }

  // ---- filter controls, built from the data ---------------------------------------------------
  function count(values) {
    var c = {};
    values.forEach(function (v) { c[v] = (c[v] || 0) + 1; });
    return Object.keys(c).sort().map(function (k) { return [k, c[k]]; });
  }
  function checkboxes(fieldsetId, entries, name) {
    var fs = document.getElementById(fieldsetId);
    entries.forEach(function (entry) {
      var label = el("label");
      var box = el("input");
      box.type = "checkbox"; box.checked = true; box.value = entry[0]; box.name = name;
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + (entry[0] || "(none)") + " (" + entry[1] + ")"));
      fs.appendChild(label);
    });
    if (!entries.length) fs.hidden = true;
  }
  checkboxes("filter-kind", count(D.nodes.map(function (n) { return n.kind; })), "kind");
  var agreementKinds = [], categories = [];
  D.partnerships.forEach(function (p) {
    p.kinds.forEach(function (k) { agreementKinds.push(k); });
    if (p.categories.length) p.categories.forEach(function (c) { categories.push(c); });
    else categories.push("");
  });
  checkboxes("filter-agreement", count(agreementKinds), "agreement");
  checkboxes("filter-category", count(categories), "category");

  var countrySelect = document.getElementById("filter-country");
  count(D.nodes.map(function (n) { return n.country; }).filter(Boolean)).sort(function (a, b) {
    var x = D.countries[a[0]] || a[0], y = D.countries[b[0]] || b[0];
    return x < y ? -1 : x > y ? 1 : 0;
  }).forEach(function (e) {
    var o = el("option", (D.countries[e[0]] || e[0]) + " (" + e[1] + ")");
    o.value = e[0];
    countrySelect.appendChild(o);
  });
  var areaSelect = document.getElementById("filter-area");
  var families = {};
  Object.keys(D.areas).forEach(function (a) {
    var f = D.areas[a].family;
    (families[f] = families[f] || []).push(a);
  });
  Object.keys(families).sort().forEach(function (f) {
    var group = el("optgroup");
    group.label = f;
    var fo = el("option", f + " (all)");
    fo.value = "family:" + f;
    group.appendChild(fo);
    families[f].sort(function (a, b) { return D.areas[a].label < D.areas[b].label ? -1 : 1; }).forEach(function (a) {
      var o = el("option", D.areas[a].label);
      o.value = a;
      group.appendChild(o);
    });
    areaSelect.appendChild(group);
  });
  if (!Object.keys(D.areas).length) areaSelect.parentNode.hidden = true;

  var yearFrom = document.getElementById("year-from"), yearTo = document.getElementById("year-to");
  var yearUndated = document.getElementById("year-undated");
  var range = meta.yearRange;
  if (range) {
    [yearFrom, yearTo].forEach(function (input) { input.min = range[0]; input.max = range[1]; input.step = 1; });
    yearFrom.value = range[0]; yearTo.value = range[1];
  } else {
    document.getElementById("filter-years").hidden = true;
  }
  function showYears() {
    document.getElementById("year-from-value").textContent = yearFrom.value;
    document.getElementById("year-to-value").textContent = yearTo.value;
  }
  showYears();

  var labels = document.getElementById("labels");
  D.nodes.slice().sort(function (a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; }).forEach(function (n) {
    var o = el("option");
    o.value = n.label;
    labels.appendChild(o);
  });

  // ---- colours and tooltips ---------------------------------------------------------------------
  var colourBy = document.getElementById("colour-by");
  colourBy.value = meta.colourBy;
  function colourKey(n, by) { return by === "community" ? String(n.community) : by === "kind" ? n.kind : n.country; }
  function colourOf(n, by) { return D.colours[by][colourKey(n, by)] || OTHER; }

  function tooltip(n) {
    var box = el("div", null, "tip");
    box.appendChild(el("strong", n.label));
    var facts = [n.kind];
    if (n.country) facts.push(D.countries[n.country] || n.country);
    box.appendChild(el("div", facts.join(" · ")));
    box.appendChild(el("div", meta.sizeBy.replace(/_/g, " ") + ": " + fmt(n.value)));
    if (n.memberCount) box.appendChild(el("div", n.memberCount + " members"));
    else box.appendChild(el("div", n.p.length + " partnership" + (n.p.length === 1 ? "" : "s")));
    return box;
  }
  function edgeTooltip(e) {
    var box = el("div", null, "tip");
    box.appendChild(el("strong", byId[e.from].label + " — " + byId[e.to].label));
    box.appendChild(el("div", e.weight + " shared partnership" + (e.weight === 1 ? "" : "s")));
    e.p.slice(0, 5).forEach(function (i) { box.appendChild(el("div", "• " + D.partnerships[i].label)); });
    if (e.p.length > 5) box.appendChild(el("div", "… and " + (e.p.length - 5) + " more"));
    return box;
  }

  // ---- the network ----------------------------------------------------------------------------
  var container = document.getElementById("network");
  var view = window.dsrView(container, D, {
    colour: function (id) { return colourOf(byId[id], meta.colourBy); },
    node: function (id) { return tooltip(byId[id]); },
    edge: function (i) { return edgeTooltip(D.edges[i]); }
  });
  // what the page asked the renderer to hide (filters), kept here for the figure and the legend
  var nodeHidden = {}, edgeHidden = D.edges.map(function () { return false; });

  var state = { visibleNodes: D.nodes.length, visibleEdges: D.edges.length, firstDraw: null, stable: null, ready: false,
                focus: null, selected: null, playing: false, playLog: [] };
  // milliseconds since navigation started: the first frame drawn, and the view settled (two
  // frames later with the positions computed ahead; after stabilisation when physics lays out)
  view.afterDraw(function () {
    state.firstDraw = performance.now();
    requestAnimationFrame(function () {
      declutter();  // the labels that have room, once vis-network has measured them
      requestAnimationFrame(function () { state.stable = performance.now(); state.ready = true; });
    });
  });

  // ---- filtering -------------------------------------------------------------------------------
  function checked(name) {
    var out = {};
    document.querySelectorAll("input[name=" + name + "]").forEach(function (b) { out[b.value] = b.checked; });
    return out;
  }
  function allTrue(o) { return Object.keys(o).every(function (k) { return o[k]; }); }
  function selected(select) {
    return Array.prototype.filter.call(select.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
  }

  function apply() {
    showYears();
    var kinds = checked("kind"), agreements = checked("agreement"), cats = checked("category");
    var countries = selected(countrySelect);
    var areaChoice = selected(areaSelect), areas = {};
    areaChoice.forEach(function (a) {
      if (a.indexOf("family:") === 0) families[a.slice(7)].forEach(function (x) { areas[x] = true; });
      else areas[a] = true;
    });
    var lo = Number(yearFrom.value), hi = Number(yearTo.value);
    if (lo > hi) { var t = lo; lo = hi; hi = t; }
    var yearsActive = range && (lo !== range[0] || hi !== range[1] || !yearUndated.checked);
    var pActive = !allTrue(agreements) || !allTrue(cats) || areaChoice.length > 0 || yearsActive;
    var pass = D.partnerships.map(function (p) {
      if (!p.kinds.some(function (k) { return agreements[k]; })) return false;
      if (p.categories.length ? !p.categories.some(function (c) { return cats[c]; }) : cats[""] === false) return false;
      if (areaChoice.length && !p.areas.some(function (a) { return areas[a]; })) return false;
      if (yearsActive) {
        if (p.year === null) return yearUndated.checked;
        if (p.year < lo || p.year > hi) return false;
      }
      return true;
    });
    var countrySet = {};
    countries.forEach(function (c) { countrySet[c] = true; });
    var nv = 0, ne = 0;
    D.nodes.forEach(function (n) {
      var ok = kinds[n.kind] !== false && (!countries.length || countrySet[n.country]);
      if (ok && pActive) ok = n.p.some(function (entry) { return pass[entry[0]]; });
      nodeHidden[n.id] = !ok;
      if (ok) nv++;
    });
    D.edges.forEach(function (e, i) {
      var ok = !nodeHidden[e.from] && !nodeHidden[e.to];
      if (ok && pActive) ok = e.p.length ? e.p.some(function (j) { return pass[j]; }) : false;
      if (ok) ne++;
      edgeHidden[i] = !ok;
    });
    view.setHidden(nodeHidden, edgeHidden);
    state.visibleNodes = nv;
    state.visibleEdges = ne;
    legend();
    if (state.ready) { declutterSoon(); setFragment(); }
  }

  // ---- legend ----------------------------------------------------------------------------------
  function legend() {
    var total = meta.aggregated ? " (aggregated)" : "";
    document.getElementById("counts").textContent = "Showing " + state.visibleNodes + " of " + D.nodes.length +
      " nodes and " + state.visibleEdges + " of " + D.edges.length + " links" + total + ".";
    document.getElementById("size-note").textContent = "Node size: " + (meta.aggregated && meta.aggregated.indexOf("communities") > 0 ?
      "members of the community" : meta.sizeBy.replace(/_/g, " ")) + "; link width: shared partnerships.";
    var list = document.getElementById("legend-colours");
    list.textContent = "";
    var by = colourBy.value, table = D.colours[by], shown = 0;
    var counts = {};
    D.nodes.forEach(function (n) { var k = colourKey(n, by); counts[k] = (counts[k] || 0) + 1; });
    Object.keys(table).forEach(function (key) {
      if (table[key] === OTHER || shown >= 18) return;
      shown++;
      var li = el("li"), sw = el("span", null, "swatch");
      sw.style.background = table[key];
      li.appendChild(sw);
      var name = by === "community" ? communityName(key) : by === "country" ? (D.countries[key] || key) : key;
      li.appendChild(el("span", name + " (" + (counts[key] || 0) + ")"));
      list.appendChild(li);
    });
    var rest = D.nodes.filter(function (n) { return colourOf(n, by) === OTHER; }).length;
    if (rest) {
      var li = el("li"), sw = el("span", null, "swatch");
      sw.style.background = OTHER;
      li.appendChild(sw);
      li.appendChild(el("span", "other or unknown (" + rest + ")"));
      list.appendChild(li);
    }
  }

  // a community's name, made from its content when the graph was built (the report's and the exports')
  function communityName(c) { return D.communities[String(c)] || "community " + c; }

  function recolour() {
    paint();
    legend();
  }

  // ---- details panel ---------------------------------------------------------------------------
  function details(id) {
    var box = document.getElementById("details");
    box.textContent = "";
    box.appendChild(el("h2", "Details"));
    var n = byId[id];
    if (!n) { box.appendChild(el("p", "Click a node to read its partnerships and their sources.", "hint")); return; }
    box.appendChild(el("h3", n.label));
    var facts = [n.kind];
    if (n.country) facts.push(D.countries[n.country] || n.country);
    box.appendChild(el("p", facts.join(" · "), "meta"));
    box.appendChild(el("p", meta.sizeBy.replace(/_/g, " ") + ": " + fmt(n.value), "meta"));
    if (n.community >= 0) box.appendChild(el("p", "Community " + n.community + ": " + communityName(n.community), "meta community"));
    box.appendChild(el("p", n.id, "meta"));
    if (n.members) {
      box.appendChild(el("p", n.memberCount + " members" + (n.memberCount > n.members.length ? ", the first " + n.members.length + ":" : ":")));
      var ml = el("ul");
      n.members.forEach(function (m) { ml.appendChild(el("li", m)); });
      box.appendChild(ml);
    }
    box.appendChild(el("h4", n.p.length + " partnership" + (n.p.length === 1 ? "" : "s") +
      (n.p.length > 200 ? ", the first 200 listed" : "")));  // 200: DETAILS_SHOWN in graph/maps/data.py
    var list = el("ul");
    n.p.slice(0, 200).forEach(function (entry) {
      var p = D.partnerships[entry[0]], li = el("li");
      li.appendChild(el("strong", p.label));
      var bits = [p.kinds.join(", ")];
      if (p.categories.length) bits.push(p.categories.join("/"));
      if (entry[1].length) bits.push("role: " + entry[1].join(", "));
      li.appendChild(el("div", bits.join(" · "), "meta"));
      if (p.dates.length) li.appendChild(el("div", p.dates.map(function (d) { return d[0] + ": " + d[1]; }).join("; "), "meta"));
      if (p.areas.length) li.appendChild(el("div", p.areas.map(function (a) { return D.areas[a] ? D.areas[a].label : a; }).join(", "), "meta"));
      var srcs = el("div", "Sources: ", "meta");
      p.sources.forEach(function (s, k) {
        var src = D.sources[s] || { citation: s, url: null };
        var url = safeUrl(src.url);
        var node;
        if (url) {
          node = el("a", src.citation);
          node.href = url; node.target = "_blank"; node.rel = "noopener noreferrer";
        } else {
          node = el("span", src.citation);
        }
        if (k) srcs.appendChild(document.createTextNode("; "));
        srcs.appendChild(node);
      });
      li.appendChild(srcs);
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  // ---- focus: the chosen node centred, its neighbourhood highlighted, the rest dimmed -----------
  // A node is chosen by search, by a click, or by the address's fragment (#org=zte-corporation for
  // an organisation, #node=<id> for any node), which the page keeps up to date so that a view can be
  // linked; Escape (or a click on the background) restores the map.
  var DIM = "rgba(190,190,190,0.35)", DIM_TEXT = "rgba(60,60,60,0.3)";
  function fragmentFor(id) {
    return id.indexOf("organisation:") === 0 ? "org=" + encodeURIComponent(id.slice(13)) : "node=" + encodeURIComponent(id);
  }
  // The fragment holds what is chosen, as key=value pairs joined by "&": org=ID or node=ID (the
  // focus) and year=YYYY (the network as of that year: partnerships dated up to it).
  function fragmentParts(hash) {
    var out = {};
    (hash || "").replace(/^#/, "").split("&").forEach(function (pair) {
      var k = pair.indexOf("=");
      if (k <= 0) return;
      try { out[pair.slice(0, k)] = decodeURIComponent(pair.slice(k + 1)); } catch (err) { /* not ours */ }
    });
    return out;
  }
  function fromFragment(hash) {
    var parts = fragmentParts(hash);
    var id = parts.org !== undefined ? "organisation:" + parts.org : parts.node;
    return id !== undefined && Object.prototype.hasOwnProperty.call(byId, id) ? id : null;
  }
  function yearFromFragment(hash) {
    var y = fragmentParts(hash).year;
    return range && /^[0-9]{4}$/.test(y || "") && Number(y) >= range[0] && Number(y) <= range[1] ? Number(y) : null;
  }
  function asOf() {  // the year the view is "as of", when the years filter says so
    if (!range || yearUndated.checked || Number(yearFrom.value) !== range[0]) return null;
    var hi = Number(yearTo.value);
    return hi < range[1] || state.playing ? hi : null;
  }
  function setFragment() {
    var parts = [];
    if (state.focus) parts.push(fragmentFor(state.focus));
    var y = asOf();
    if (y !== null) parts.push("year=" + y);
    var text = parts.join("&");
    if (("#" + text) === location.hash || (!text && !location.hash)) return;
    try { history.replaceState(null, "", text ? "#" + text : location.pathname + location.search); } catch (err) { /* file:// in some browsers */ }
  }
  function showAsOf(y) {
    yearFrom.value = range[0];
    yearTo.value = y;
    yearUndated.checked = false;
    apply();
  }
  // What each node looks like follows three things: the colour-by control, the focus (a node and
  // its partners, or none) and whether its label has room (see declutter below). paint() applies
  // them, updating only the nodes whose look changed.
  var near = null, labelShown = {}, painted = {};
  function lookOf(n, by) {
    var dim = near !== null && !near[n.id];
    return { id: n.id, color: dim ? DIM : colourOf(n, by), label: !labelShown[n.id] ? null : dim ? "dim" : "normal" };
  }
  function paint() {
    var by = colourBy.value, changes = [];
    D.nodes.forEach(function (n) {
      var look = lookOf(n, by), key = look.color + "|" + look.label;
      if (painted[n.id] !== key) {
        painted[n.id] = key;
        changes.push(look);
      }
    });
    if (changes.length) view.setLooks(changes, DIM_TEXT);
  }
  function focusOn(id) {
    near = {};
    near[id] = true;
    view.neighbours(id).forEach(function (x) { near[x] = true; });
    view.emphasise(id);
    view.select(id);
    view.focus(id);
    details(id);
    state.selected = id;
    state.focus = id;
    setFragment();
    declutter();
  }
  function unfocus() {
    if (!state.focus) return;
    near = null;
    view.emphasise(null);
    view.select(null);
    details(null);
    state.selected = null;
    state.focus = null;
    setFragment();
    view.fit();
    declutter();
  }

  // ---- labels: by importance, never overlapping, never cut at the edge -------------------------
  // After each zoom, pan, filter or focus, the labels are placed in order of importance (the focused
  // node, its partners, then by the size measure): a label is shown when its box (as vis-network
  // lays it out, in screen pixels) lies wholly inside the map and overlaps no label already shown.
  // So the top nodes are labelled at first sight and more appear as one zooms in.
  var order = D.nodes.map(function (n) { return n.id; });
  order.sort(function (a, b) {
    var va = byId[a].value, vb = byId[b].value;
    va = typeof va === "number" && va === va ? va : -Infinity;
    vb = typeof vb === "number" && vb === vb ? vb : -Infinity;
    return vb - va || (a < b ? -1 : a > b ? 1 : 0);
  });
  function labelBox(id) { return view.labelBox(id); }  // on the screen, in pixels, or null
  function overlaps(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
  var CELL = 64;
  function declutter() {
    var width = container.clientWidth, height = container.clientHeight, grid = {}, shown = {};
    var first = near ? order.filter(function (id) { return id === state.focus; })
      .concat(order.filter(function (id) { return near[id] && id !== state.focus; }))
      .concat(order.filter(function (id) { return !near[id]; })) : order;
    first.forEach(function (id) {
      if (nodeHidden[id]) return;
      var box = labelBox(id);
      if (!box || box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) return;
      var cells = [];
      for (var gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++) {
        for (var gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++) cells.push(gx + "," + gy);
      }
      var clash = cells.some(function (c) { return (grid[c] || []).some(function (other) { return overlaps(box, other); }); });
      if (clash) return;
      cells.forEach(function (c) { (grid[c] = grid[c] || []).push(box); });
      shown[id] = box;
    });
    labelShown = {};
    Object.keys(shown).forEach(function (id) { labelShown[id] = true; });
    state.labels = shown;
    paint();
  }
  // vis-network sizes a label when it draws it (its size follows the zoom): so labels are placed
  // again just after the next frame is drawn, whose own repaint then finds nothing to do
  var pending = false;
  function declutterSoon() {
    if (pending) { view.redraw(); return; }
    pending = true;
    view.redraw(function () { pending = false; declutter(); });
  }
  view.onViewChange(declutterSoon);
  view.onClick(function (id) { if (id !== null) focusOn(id); else unfocus(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") unfocus(); });
  window.addEventListener("hashchange", function () {
    var y = yearFromFragment(location.hash);
    if (y !== null && y !== asOf()) showAsOf(y);
    var id = fromFragment(location.hash);
    if (id && id !== state.focus) focusOn(id);
  });

  // ---- time: play the network's growth year by year ----------------------------------------------
  var playing = null, playButton = document.getElementById("play");
  state.playDelay = 800;  // milliseconds a year stays on screen
  function stopPlaying() {
    if (playing !== null) clearTimeout(playing);
    playing = null;
    playButton.textContent = "Play the years";
    playButton.setAttribute("aria-pressed", "false");
    state.playing = false;
    setFragment();
  }
  function playFrom(y) {
    showAsOf(y);
    state.playLog.push([y, state.visibleNodes, state.visibleEdges]);
    if (y >= range[1]) { stopPlaying(); return; }
    playing = setTimeout(function () { playFrom(y + 1); }, state.playDelay);
  }
  playButton.addEventListener("click", function () {
    if (playing !== null) { stopPlaying(); return; }
    playButton.textContent = "Pause";
    playButton.setAttribute("aria-pressed", "true");
    state.playing = true;
    state.playLog = [];
    var at = asOf();
    playing = 0;
    playFrom(at !== null && at < range[1] ? at + 1 : range[0]);  // go on from where it stands
  });

  // ---- search ----------------------------------------------------------------------------------
  var search = document.getElementById("search"), status = document.getElementById("search-status");
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var exact = D.nodes.filter(function (n) { return n.label.toLowerCase() === q; });
    if (exact.length) return exact[0];
    var part = D.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    part.sort(function (a, b) { return (b.value || 0) - (a.value || 0) || (a.label < b.label ? -1 : 1); });
    return part.length ? part[0] : null;
  }
  function go() {
    var n = find(search.value);
    if (!n) { status.textContent = search.value.trim() ? "No node matches." : ""; return; }
    status.textContent = "Found: " + n.label;
    focusOn(n.id);
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });

  // ---- buttons ---------------------------------------------------------------------------------
  var physics = false, physicsButton = document.getElementById("physics");
  if (!view.physics) physicsButton.hidden = true;  // the WebGL view keeps the positions computed ahead
  physicsButton.addEventListener("click", function () {
    physics = !physics;
    view.physics(physics);
    physicsButton.textContent = "Physics: " + (physics ? "on" : "off");
    physicsButton.setAttribute("aria-pressed", String(physics));
  });
  document.getElementById("fit").addEventListener("click", function () { view.fit(); });
  // ---- figures: the current view with its title, legend, filters, date and source note ----------
  // Drawn from the map's state (positions on screen, colours, shown labels, visible nodes and links)
  // by one routine into either a 2x PNG canvas or an SVG document, so both say the same.
  var FIG = { header: 64, legend: 250, footer: 46, pad: 16 };
  function filtersInEffect() {
    var out = [];
    var off = function (name) {
      var all = document.querySelectorAll("input[name=" + name + "]"), unchecked = [];
      all.forEach(function (b) { if (!b.checked) unchecked.push(b.value || "uncategorised"); });
      return unchecked;
    };
    var kinds = off("kind"), agreements = off("agreement"), cats = off("category");
    if (kinds.length) out.push("without " + kinds.join(", "));
    if (agreements.length) out.push("agreements without " + agreements.join(", "));
    if (cats.length) out.push("categories without " + cats.join(", "));
    var countries = selected(countrySelect).map(function (c) { return D.countries[c] || c; });
    if (countries.length) out.push("countries: " + countries.join(", "));
    var areas = selected(areaSelect).map(function (a) { return a.indexOf("family:") === 0 ? a.slice(7) : (D.areas[a] ? D.areas[a].label : a); });
    if (areas.length) out.push("technology: " + areas.join(", "));
    if (range) {
      var lo = Number(yearFrom.value), hi = Number(yearTo.value);
      if (lo !== range[0] || hi !== range[1] || !yearUndated.checked)
        out.push("years " + Math.min(lo, hi) + "–" + Math.max(lo, hi) + (yearUndated.checked ? "" : " (undated left out)"));
    }
    if (state.focus) out.push("focus: " + byId[state.focus].label + " and its partners");
    return out.length ? "Filters: " + out.join(" · ") : "Filters: none (every node and link)";
  }
  function wrap(text, width, size) {  // lines of about ``width`` pixels (a character: ~0.55 of the size)
    var most = Math.max(10, Math.floor(width / (0.55 * size))), lines = [], line = "";
    String(text).split(/\s+/).forEach(function (word) {
      if (line && (line + " " + word).length > most) { lines.push(line); line = word; }
      else line = line ? line + " " + word : word;
    });
    if (line) lines.push(line);
    return lines.length ? lines : [""];
  }
  function figureSize() {
    return { width: container.clientWidth + FIG.legend, height: FIG.header + container.clientHeight + FIG.footer };
  }
  function drawFigure(pen) {
    var size = figureSize(), w = container.clientWidth, h = container.clientHeight, top = FIG.header;
    pen.rect(0, 0, size.width, size.height, "#ffffff");
    pen.text(meta.title || "dsr-graph map", FIG.pad, 28, 20, "bold", "#111111");
    var said = wrap(filtersInEffect(), size.width - 2 * FIG.pad, 12);  // one line: the rest is marked as cut
    pen.text(said[0] + (said.length > 1 ? " …" : ""), FIG.pad, 50, 12, "normal", "#444444");
    pen.clip(0, top, w, h);
    var scale = view.scale(), screen = {};
    D.nodes.forEach(function (n) { if (!nodeHidden[n.id]) screen[n.id] = view.toScreen(n.id); });
    D.edges.forEach(function (e, i) {
      var pa = screen[e.from], pb = screen[e.to];
      if (edgeHidden[i] || !pa || !pb) return;
      var faint = state.focus && e.from !== state.focus && e.to !== state.focus;
      pen.line(pa.x, pa.y + top, pb.x, pb.y + top, Math.max(0.5, Math.min(8, e.weight) * scale),
               faint ? "rgba(138,138,138,0.08)" : "rgba(138,138,138,0.55)");
    });
    var labels = [];
    D.nodes.forEach(function (n) {
      var pt = screen[n.id];
      if (!pt) return;
      pen.circle(pt.x, pt.y + top, view.radius(n.id), view.drawnColour(n.id) || OTHER, "#ffffff");
      if (labelShown[n.id]) {
        var box = labelBox(n.id);
        if (box) labels.push({ text: n.label, x: (box.left + box.right) / 2, y: box.bottom + top - (box.bottom - box.top) * 0.2,
                               size: Math.max(6, (box.bottom - box.top) * 0.8), dim: near !== null && !near[n.id] });
      }
    });
    labels.forEach(function (l) { pen.text(l.text, l.x, l.y, l.size, "normal", l.dim ? DIM_TEXT : "#222222", "middle"); });
    pen.unclip();
    // the legend, as the page shows it
    var x = w + FIG.pad, y = top + 18;
    pen.text("Legend", x, y, 14, "bold", "#111111");
    y += 20;
    document.querySelectorAll("#legend-colours li").forEach(function (li) {
      var sw = li.querySelector(".swatch");
      pen.circle(x + 6, y - 4, 5, sw ? sw.style.background : OTHER, "#ffffff");
      pen.text(li.textContent, x + 18, y, 11, "normal", "#222222");
      y += 16;
    });
    y += 6;
    [document.getElementById("size-note").textContent, document.getElementById("counts").textContent].forEach(function (note) {
      wrap(note, FIG.legend - 2 * FIG.pad, 10).forEach(function (line) { pen.text(line, x, y, 10, "normal", "#444444"); y += 13; });
    });
    // the date of the data and where it comes from
    var dated = meta.latestDate ? "partnerships dated up to " + meta.latestDate : "no dated partnership";
    pen.text("Data: " + meta.origin + " (dsr-graph " + meta.version + "), " + dated + ".", FIG.pad, top + h + 18, 11, "normal", "#333333");
    pen.text("Source: dsr-graph, an open, sourced knowledge graph of the Digital Silk Road; every link's sources are in the interactive map.",
             FIG.pad, top + h + 34, 11, "normal", "#333333");
  }
  function canvasPen(ctx) {
    return {
      rect: function (x, y, w, h, fill) { ctx.fillStyle = fill; ctx.fillRect(x, y, w, h); },
      line: function (x1, y1, x2, y2, width, colour) {
        ctx.strokeStyle = colour; ctx.lineWidth = width; ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke();
      },
      circle: function (x, y, r, fill, stroke) {
        ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI); ctx.fillStyle = fill; ctx.fill();
        ctx.strokeStyle = stroke; ctx.lineWidth = 1; ctx.stroke();
      },
      text: function (t, x, y, size, weight, colour, align) {
        ctx.font = weight + " " + size + "px system-ui, sans-serif"; ctx.fillStyle = colour;
        ctx.textAlign = align === "middle" ? "center" : "left"; ctx.fillText(t, x, y);
      },
      clip: function (x, y, w, h) { ctx.save(); ctx.beginPath(); ctx.rect(x, y, w, h); ctx.clip(); },
      unclip: function () { ctx.restore(); }
    };
  }
  var SVG_NS = "http://www.w3.org/2000/svg";
  function svgPen(root) {
    var target = root, clips = 0;
    function add(tag, attrs) {
      var e = document.createElementNS(SVG_NS, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
      target.appendChild(e);
      return e;
    }
    var r2 = function (v) { return Math.round(v * 100) / 100; };
    return {
      rect: function (x, y, w, h, fill) { add("rect", { x: r2(x), y: r2(y), width: r2(w), height: r2(h), fill: fill }); },
      line: function (x1, y1, x2, y2, width, colour) {
        add("line", { x1: r2(x1), y1: r2(y1), x2: r2(x2), y2: r2(y2), stroke: colour, "stroke-width": r2(width) });
      },
      circle: function (x, y, r, fill, stroke) { add("circle", { cx: r2(x), cy: r2(y), r: r2(r), fill: fill, stroke: stroke }); },
      text: function (t, x, y, size, weight, colour, align) {
        var e = add("text", { x: r2(x), y: r2(y), "font-size": r2(size), "font-weight": weight, fill: colour,
                              "font-family": "system-ui, sans-serif", "text-anchor": align === "middle" ? "middle" : "start" });
        e.textContent = t;  // text from the data: a text node, escaped when serialised
      },
      clip: function (x, y, w, h) {
        clips++;
        var defs = add("defs", {}), cp = document.createElementNS(SVG_NS, "clipPath");
        cp.setAttribute("id", "view" + clips);
        defs.appendChild(cp);
        var rect = document.createElementNS(SVG_NS, "rect");
        [["x", x], ["y", y], ["width", w], ["height", h]].forEach(function (a) { rect.setAttribute(a[0], String(r2(a[1]))); });
        cp.appendChild(rect);
        target = add("g", { "clip-path": "url(#view" + clips + ")", "class": "network" });
      },
      unclip: function () { target = root; }
    };
  }
  function fileName(ext) { return (meta.title || "dsr-map").replace(/[^A-Za-z0-9._-]+/g, "-") + "." + ext; }
  function download(href, name) {
    var a = document.createElement("a");
    a.href = href;
    a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  function pngFigure() {
    var size = figureSize(), canvas = document.createElement("canvas");
    canvas.width = size.width * 2; canvas.height = size.height * 2;  // twice the screen's resolution
    var ctx = canvas.getContext("2d");
    ctx.scale(2, 2);
    drawFigure(canvasPen(ctx));
    return canvas.toDataURL("image/png");
  }
  function svgFigure() {
    var size = figureSize(), root = document.createElementNS(SVG_NS, "svg");
    root.setAttribute("xmlns", SVG_NS);
    root.setAttribute("width", String(size.width));
    root.setAttribute("height", String(size.height));
    root.setAttribute("viewBox", "0 0 " + size.width + " " + size.height);
    var title = document.createElementNS(SVG_NS, "title");
    title.textContent = meta.title || "dsr-graph map";
    root.appendChild(title);
    drawFigure(svgPen(root));
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root) + "\n";
  }
  document.getElementById("png").addEventListener("click", function () { download(pngFigure(), fileName("png")); });
  document.getElementById("svg").addEventListener("click", function () {
    download("data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgFigure()), fileName("svg"));
  });
  document.getElementById("reset").addEventListener("click", function () {
    if (playing !== null) stopPlaying();
    document.querySelectorAll("#controls input[type=checkbox]").forEach(function (b) { b.checked = true; });
    [countrySelect, areaSelect].forEach(function (s) { Array.prototype.forEach.call(s.options, function (o) { o.selected = false; }); });
    if (range) { yearFrom.value = range[0]; yearTo.value = range[1]; }
    apply();
  });
  document.querySelectorAll("#controls input[type=checkbox]").forEach(function (b) { b.addEventListener("change", apply); });
  [countrySelect, areaSelect].forEach(function (s) { s.addEventListener("change", apply); });
  [yearFrom, yearTo].forEach(function (s) { s.addEventListener("input", apply); });
  colourBy.addEventListener("change", recolour);

  legend();
  var linkedYear = yearFromFragment(location.hash);
  if (linkedYear !== null) showAsOf(linkedYear);
  var linked = fromFragment(location.hash);
  if (linked) view.afterDraw(function () { focusOn(linked); });
  // read-only handles for tests and benchmarks; what they say of nodes is read back from the renderer
  window.dsrMap = {
    state: state,
    renderer: view.kind,
    network: view.native,  // vis.Network (canvas) or Sigma (WebGL)
    visibleNodeIds: function () { return view.shownIds().sort(); },
    drawnCount: function () { return view.drawnCount(); },
    selected: function () { return view.selected(); },
    focused: function () { return state.focus || null; },
    asOf: function () { return asOf(); },
    figureSize: function () { return figureSize(); },
    dimmed: function () { return D.nodes.filter(function (n) { return view.drawnColour(n.id) === DIM; }).map(function (n) { return n.id; }).sort(); },
    labelled: function () { return Object.keys(labelShown).sort(); },
    labelBox: function (id) { return labelBox(id); },
    toScreen: function (id) { return view.toScreen(id); },
    centre: function () { return view.centre(); },
    position: function (id) { return view.position(id); },
    data: D
  };
})();
