/* dsr-graph map: search, filters, legend, tooltips and the details panel, for either renderer.
   The drawing is left to a view made by window.dsrView (view-vis.js: vis-network on a canvas;
   view-sigma.js: sigma.js with WebGL), which the page inlines just before this script.
   Every text that comes from the data reaches the page through textContent or as a DOM text
   node, never as HTML; links are made only for http(s) addresses.

   The data comes in blocks (graph/maps/payload.py): #dsr-data, read at once, holds the nodes and
   links as columns (node i is ids[i], labels[i], ...; link k joins nodes s[k] and t[k]); what only
   the partnership filters, the details panel and the tooltips need (#dsr-filter, #dsr-p-K
   partnerships, #dsr-s-K sources) is read the first time it is needed. Nothing is done for every
   node or link before the first frame that can wait until after it. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("dsr-data").textContent);
  var OTHER = "#9e9e9e";
  var cols = D.nodes, ids = cols.id, labels = cols.label, values = cols.value;
  var N = ids.length, E = D.links.s.length, S = D.links.s, T = D.links.t, W = D.links.w;
  var position = null;  // node id → index, made on first use
  function indexOf(id) {
    if (position === null) {
      position = new Map();
      for (var i = 0; i < N; i++) position.set(ids[i], i);
    }
    var i = position.get(id);
    return i === undefined ? -1 : i;
  }
  function kindOf(i) { return D.kinds[cols.kind[i]]; }
  function countryOf(i) { return D.countryCodes[cols.country[i]]; }
  function group(i) { return D.groups[String(i)] || null; }  // a super-node of an aggregated map

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

  // ---- the blocks read when first needed ----------------------------------------------------------
  // They follow the page's scripts (on a WebGL map), so until the browser has read the whole page a
  // block may not be there yet: whenRead runs what needs one once it is.
  var read = [];  // the blocks read so far
  function block(name) {
    var e = document.getElementById(name);
    if (!e) return null;
    read.push(name);
    return JSON.parse(e.textContent);
  }
  function whenRead(f) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", f, { once: true });
    else f();
  }
  var F = null, nodeStart = null, linkStart = null;  // #dsr-filter, and where each node's / link's entries start
  function filters() {
    if (F !== null) return F;
    F = block("dsr-filter");
    if (F === null) return null;
    nodeStart = new Int32Array(N + 1);
    for (var i = 0; i < N; i++) nodeStart[i + 1] = nodeStart[i] + cols.np[i];
    linkStart = new Int32Array(E + 1);
    for (var k = 0; k < E; k++) linkStart[k + 1] = linkStart[k] + F.linkN[k];
    return F;
  }
  function ready() { return filters() !== null; }
  var chunks = {};
  function chunk(prefix, i) {
    var name = prefix + Math.floor(i / D.chunk);
    if (!chunks[name]) chunks[name] = block(name);
    return chunks[name];
  }
  function partnership(j) {  // title, dates, sources of partnership j; kinds, categories, areas, year from F
    var c = chunk("dsr-p-", j), o = j % D.chunk;
    return { label: c.label[o], dates: c.dates[o], sources: c.sources[o], kinds: F.kinds[j].map(function (k) { return D.agreements[k][0]; }),
             categories: F.categories[j].map(function (k) { return D.categories[k][0]; }),
             areas: F.areas[j].map(function (a) { return F.areaIds[a]; }), year: F.year[j] };
  }
  function source(j) {
    var c = chunk("dsr-s-", j), o = j % D.chunk;
    return { citation: c.citation[o], url: c.url[o] };
  }
  function nodePartnerships(i) {  // [[partnership, roles]] of node i, as the data lists them
    var out = [];
    for (var k = nodeStart[i]; k < nodeStart[i + 1]; k++) out.push([F.nodeP[k], F.roleSets[F.nodeRole[k]]]);
    return out;
  }

  // ---- header ------------------------------------------------------------------------------
  var meta = D.meta;
  var sub = [];
  sub.push("Projection: " + meta.projection);
  if (meta.focus) sub.push("focus: " + (indexOf(meta.focus) >= 0 ? labels[indexOf(meta.focus)] : meta.focus) + " (depth " + meta.depth + ")");
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
  function countIndices(column, table) {  // [[value, count]] of a column of indices into table, by value
    var c = new Int32Array(table.length);
    for (var i = 0; i < column.length; i++) c[column[i]]++;
    var out = [];
    table.forEach(function (v, k) { if (c[k]) out.push([v, c[k]]); });
    return out.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
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
  checkboxes("filter-kind", countIndices(cols.kind, D.kinds), "kind");
  checkboxes("filter-agreement", D.agreements, "agreement");
  checkboxes("filter-category", D.categories, "category");

  var countrySelect = document.getElementById("filter-country");
  countIndices(cols.country, D.countryCodes).filter(function (e) { return e[0]; }).sort(function (a, b) {
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

  // ---- colours and tooltips ---------------------------------------------------------------------
  var colourBy = document.getElementById("colour-by");
  colourBy.value = meta.colourBy;
  function colourKey(i, by) { return by === "community" ? String(cols.community[i]) : by === "kind" ? kindOf(i) : countryOf(i); }
  function colourOf(i, by) { return D.colours[by][colourKey(i, by)] || OTHER; }
  function coloursBy(by) {  // every node's colour
    var out = new Array(N), table = D.colours[by];
    for (var i = 0; i < N; i++) out[i] = table[colourKey(i, by)] || OTHER;
    return out;
  }

  function tooltip(i) {
    var box = el("div", null, "tip");
    box.appendChild(el("strong", labels[i]));
    var facts = [kindOf(i)];
    if (countryOf(i)) facts.push(D.countries[countryOf(i)] || countryOf(i));
    box.appendChild(el("div", facts.join(" · ")));
    box.appendChild(el("div", meta.sizeBy.replace(/_/g, " ") + ": " + fmt(values[i])));
    var g = group(i), np = cols.np[i];
    if (g) box.appendChild(el("div", g.memberCount + " members"));
    else box.appendChild(el("div", np + " partnership" + (np === 1 ? "" : "s")));
    return box;
  }
  function edgeTooltip(k) {
    var box = el("div", null, "tip");
    box.appendChild(el("strong", labels[S[k]] + " — " + labels[T[k]]));
    box.appendChild(el("div", W[k] + " shared partnership" + (W[k] === 1 ? "" : "s")));
    if (!ready()) return box;
    var count = linkStart[k + 1] - linkStart[k];
    for (var m = linkStart[k]; m < Math.min(linkStart[k + 1], linkStart[k] + 5); m++) {
      box.appendChild(el("div", "• " + partnership(F.linkP[m]).label));
    }
    if (count > 5) box.appendChild(el("div", "… and " + (count - 5) + " more"));
    return box;
  }

  // ---- the network ----------------------------------------------------------------------------
  var container = document.getElementById("network");
  var initialColours = coloursBy(meta.colourBy);
  var model = { n: N, e: E, ids: ids, labels: labels, x: cols.x, y: cols.y, size: cols.size, s: S, t: T, w: W,
                vis: D.vis, indexOf: indexOf, colours: initialColours };
  var view = window.dsrView(container, model, { node: tooltip, edge: edgeTooltip });
  // what the page asked the renderer to hide (filters), kept here for the figure and the legend
  var nodeHidden = new Uint8Array(N), edgeHidden = new Uint8Array(E);

  var state = { visibleNodes: N, visibleEdges: E, firstDraw: null, stable: null, ready: false,
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
    if (pActive && !ready()) { whenRead(apply); return; }  // the partnerships' block is not read yet
    var pass = null;
    if (pActive) {
      var okKind = D.agreements.map(function (e) { return agreements[e[0]] !== false; });
      var okCat = D.categories.map(function (e) { return cats[e[0]] !== false; });
      var okArea = F.areaIds.map(function (a) { return areas[a] === true; });
      pass = new Uint8Array(D.partnerships);
      for (var j = 0; j < D.partnerships; j++) pass[j] = passes(j) ? 1 : 0;
    }
    function passes(j) {
      if (!F.kinds[j].some(function (k) { return okKind[k]; })) return false;
      var cs = F.categories[j];
      if (cs.length ? !cs.some(function (c) { return okCat[c]; }) : cats[""] === false) return false;
      if (areaChoice.length && !F.areas[j].some(function (a) { return okArea[a]; })) return false;
      if (yearsActive) {
        var y = F.year[j];
        if (y === null) return yearUndated.checked;
        if (y < lo || y > hi) return false;
      }
      return true;
    }
    var countrySet = {};
    countries.forEach(function (c) { countrySet[c] = true; });
    var okNodeKind = D.kinds.map(function (k) { return kinds[k] !== false; });
    var okCountry = D.countryCodes.map(function (c) { return !countries.length || countrySet[c] === true; });
    var nv = 0, ne = 0, i, k, m;
    for (i = 0; i < N; i++) {
      var ok = okNodeKind[cols.kind[i]] && okCountry[cols.country[i]];
      if (ok && pass) {
        ok = false;
        for (m = nodeStart[i]; m < nodeStart[i + 1] && !ok; m++) ok = pass[F.nodeP[m]] === 1;
      }
      nodeHidden[i] = ok ? 0 : 1;
      if (ok) nv++;
    }
    for (k = 0; k < E; k++) {
      var on = !nodeHidden[S[k]] && !nodeHidden[T[k]];
      if (on && pass) {
        on = false;
        for (m = linkStart[k]; m < linkStart[k + 1] && !on; m++) on = pass[F.linkP[m]] === 1;
      }
      if (on) ne++;
      edgeHidden[k] = on ? 0 : 1;
    }
    view.setHidden(nodeHidden, edgeHidden);
    state.visibleNodes = nv;
    state.visibleEdges = ne;
    legend();
    if (state.ready) { declutterSoon(); setFragment(); }
  }

  // ---- legend ----------------------------------------------------------------------------------
  function legend() {
    var total = meta.aggregated ? " (aggregated)" : "";
    document.getElementById("counts").textContent = "Showing " + state.visibleNodes + " of " + N +
      " nodes and " + state.visibleEdges + " of " + E + " links" + total + ".";
    document.getElementById("size-note").textContent = "Node size: " + (meta.aggregated && meta.aggregated.indexOf("communities") > 0 ?
      "members of the community" : meta.sizeBy.replace(/_/g, " ")) + "; link width: shared partnerships.";
    var list = document.getElementById("legend-colours");
    list.textContent = "";
    var by = colourBy.value, table = D.colours[by], shown = 0;
    var counts = {}, rest = 0;
    for (var i = 0; i < N; i++) {
      var key = colourKey(i, by);
      counts[key] = (counts[key] || 0) + 1;
    }
    Object.keys(counts).forEach(function (key) { if ((table[key] || OTHER) === OTHER) rest += counts[key]; });
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
    current = coloursBy(colourBy.value);
    paint(null);
    legend();
  }

  // ---- details panel ---------------------------------------------------------------------------
  // Read from the partnerships' blocks when the panel opens: only the chunks its partnerships are in.
  function details(id) {
    var i = id === null ? -1 : indexOf(id);
    if (i >= 0 && !ready()) { whenRead(function () { if (state.selected === id) details(id); }); return; }
    var box = document.getElementById("details");
    box.textContent = "";
    box.appendChild(el("h2", "Details"));
    if (i < 0) { box.appendChild(el("p", "Click a node to read its partnerships and their sources.", "hint")); return; }
    box.appendChild(el("h3", labels[i]));
    var facts = [kindOf(i)];
    if (countryOf(i)) facts.push(D.countries[countryOf(i)] || countryOf(i));
    box.appendChild(el("p", facts.join(" · "), "meta"));
    box.appendChild(el("p", meta.sizeBy.replace(/_/g, " ") + ": " + fmt(values[i]), "meta"));
    var c = cols.community[i];
    if (c >= 0) box.appendChild(el("p", "Community " + c + ": " + communityName(c), "meta community"));
    box.appendChild(el("p", ids[i], "meta"));
    var g = group(i);
    if (g) {
      box.appendChild(el("p", g.memberCount + " members" + (g.memberCount > g.members.length ? ", the first " + g.members.length + ":" : ":")));
      var ml = el("ul");
      g.members.forEach(function (m) { ml.appendChild(el("li", m)); });
      box.appendChild(ml);
    }
    var entries = nodePartnerships(i);
    box.appendChild(el("h4", entries.length + " partnership" + (entries.length === 1 ? "" : "s") +
      (entries.length > 200 ? ", the first 200 listed" : "")));  // 200: DETAILS_SHOWN in graph/maps/data.py
    var list = el("ul");
    entries.slice(0, 200).forEach(function (entry) {
      var p = partnership(entry[0]), li = el("li");
      li.appendChild(el("strong", p.label));
      var bits = [p.kinds.join(", ")];
      if (p.categories.length) bits.push(p.categories.join("/"));
      if (entry[1].length) bits.push("role: " + entry[1].join(", "));
      li.appendChild(el("div", bits.join(" · "), "meta"));
      if (p.dates.length) li.appendChild(el("div", p.dates.map(function (d) { return F.dateNames[d[0]] + ": " + d[1]; }).join("; "), "meta"));
      if (p.areas.length) li.appendChild(el("div", p.areas.map(function (a) { return D.areas[a] ? D.areas[a].label : a; }).join(", "), "meta"));
      var srcs = el("div", "Sources: ", "meta");
      p.sources.forEach(function (s, k) {
        var src = source(s);
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
    return id !== undefined && indexOf(id) >= 0 ? id : null;
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
  // them to the nodes it is given (all of them when the colours or the focus change; those whose
  // label came or went after the labels are placed again), telling the view only what changed.
  var LABEL_NONE = 0, LABEL_NORMAL = 1, LABEL_DIM = 2;
  var near = null, labelShown = new Uint8Array(N), labelled = [];
  var current = initialColours, paintedColour = initialColours.slice(), paintedLabel = new Uint8Array(N);
  function paint(which) {
    var changes = [], count = which === null ? N : which.length;
    for (var k = 0; k < count; k++) {
      var i = which === null ? k : which[k];
      var dim = near !== null && !near[i];
      var colour = dim ? DIM : current[i], label = !labelShown[i] ? LABEL_NONE : dim ? LABEL_DIM : LABEL_NORMAL;
      if (paintedColour[i] !== colour || paintedLabel[i] !== label) {
        paintedColour[i] = colour;
        paintedLabel[i] = label;
        changes.push({ i: i, id: ids[i], color: colour, label: label === LABEL_NONE ? null : label === LABEL_DIM ? "dim" : "normal" });
      }
    }
    if (changes.length) view.setLooks(changes, DIM_TEXT);
  }
  function focusOn(id) {
    var me = indexOf(id);
    near = new Uint8Array(N);
    near[me] = 1;
    view.neighbours(id).forEach(function (x) { near[indexOf(x)] = 1; });
    view.emphasise(id);
    view.select(id);
    view.focus(id);
    state.selected = id;
    state.focus = id;
    details(id);
    setFragment();
    paint(null);
    declutter();
  }
  function unfocus() {
    if (!state.focus) return;
    near = null;
    view.emphasise(null);
    view.select(null);
    state.selected = null;
    state.focus = null;
    details(null);
    setFragment();
    view.fit();
    paint(null);
    declutter();
  }

  // ---- labels: by importance, never overlapping, never cut at the edge -------------------------
  // After each zoom, pan, filter or focus, the labels are placed in order of importance (the focused
  // node, its partners, then by the size measure: D.order): a label is shown when its box (as the
  // view lays it out, in screen pixels) lies wholly inside the map and overlaps no label already
  // shown. Only nodes whose centre is on the screen are looked at, at most LABEL_TRIES of them, so a big map
  // spends on its labels what a small one does; the top nodes are labelled at first sight and more
  // appear as one zooms in.
  var LABEL_TRIES = 3000, LABEL_MOST = 600, CELL = 64;
  var rank = null;  // node → its place in D.order
  function labelBox(i) { return view.labelBox(i); }  // on the screen, in pixels, or null
  function overlaps(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
  function candidates() {  // the nodes in the order their labels are placed
    if (near === null) return D.order;
    if (rank === null) {
      rank = new Int32Array(N);
      D.order.forEach(function (i, r) { rank[i] = r; });
    }
    var me = indexOf(state.focus), partners = [];
    for (var i = 0; i < N; i++) if (near[i] && i !== me) partners.push(i);
    partners.sort(function (a, b) { return rank[a] - rank[b]; });
    return [me].concat(partners, D.order.filter(function (i) { return !near[i]; }));
  }
  function declutter() {
    var width = container.clientWidth, height = container.clientHeight, grid = {}, shown = [], tries = 0;
    var at = view.screen(), X = at.x || cols.x, Y = at.y || cols.y, list = candidates();
    for (var k = 0; k < list.length && tries < LABEL_TRIES && shown.length < LABEL_MOST; k++) {
      var i = list[k];
      if (nodeHidden[i]) continue;
      // a node whose centre is off the screen has no label: not even looked at
      var sx = at.ax * X[i] + at.bx, sy = at.ay * Y[i] + at.by;
      if (!(sx >= 0 && sx <= width && sy >= 0 && sy <= height)) continue;
      tries++;
      var box = labelBox(i);
      if (!box || box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) continue;
      var cells = [];
      for (var gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++) {
        for (var gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++) cells.push(gx + "," + gy);
      }
      var clash = cells.some(function (c) { return (grid[c] || []).some(function (other) { return overlaps(box, other); }); });
      if (clash) continue;
      cells.forEach(function (c) { (grid[c] = grid[c] || []).push(box); });
      shown.push(i);
    }
    var changed = labelled.slice();  // the labels that go, and those that come
    labelled.forEach(function (i) { labelShown[i] = 0; });
    shown.forEach(function (i) { labelShown[i] = 1; changed.push(i); });
    labelled = shown;
    state.labels = shown.length;
    state.placed = (state.placed || 0) + 1;  // how many times the labels were placed
    paint(changed);
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
  // The suggestions follow what is typed (the labels that contain it, the most important first),
  // made when the box is first used rather than for every node as the page opens.
  var search = document.getElementById("search"), status = document.getElementById("search-status");
  var suggestions = document.getElementById("labels"), folded = null, SUGGEST = 100;
  function matches(q, most) {  // node indices whose label contains q: exact ones first, then by importance
    if (folded === null) folded = labels.map(function (l) { return l.toLowerCase(); });
    var exact = [], part = [];
    for (var k = 0; k < N; k++) {
      var i = D.order[k], f = folded[i];
      if (f === q) exact.push(i);
      else if (f.indexOf(q) >= 0 && part.length < most) part.push(i);
    }
    return exact.concat(part).slice(0, most);
  }
  function suggest() {
    var q = search.value.trim().toLowerCase(), seen = {};
    suggestions.textContent = "";
    matches(q, SUGGEST).forEach(function (i) {
      if (seen[labels[i]]) return;
      seen[labels[i]] = true;
      var o = el("option");
      o.value = labels[i];
      suggestions.appendChild(o);
    });
  }
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return -1;
    if (folded === null) folded = labels.map(function (l) { return l.toLowerCase(); });
    for (var i = 0; i < N; i++) if (folded[i] === q) return i;  // the first in the map's order
    var found = matches(q, 1);
    return found.length ? found[0] : -1;
  }
  function go() {
    var i = find(search.value);
    if (i < 0) { status.textContent = search.value.trim() ? "No node matches." : ""; return; }
    status.textContent = "Found: " + labels[i];
    focusOn(ids[i]);
  }
  search.addEventListener("focus", suggest);
  search.addEventListener("input", suggest);
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
    if (state.focus) out.push("focus: " + labels[indexOf(state.focus)] + " and its partners");
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
    // where each node is on the screen, from the view's map-to-screen transform
    var scale = view.scale(), at = view.screen(), X = at.x || cols.x, Y = at.y || cols.y;
    var sx = new Float64Array(N), sy = new Float64Array(N);
    for (var i = 0; i < N; i++) { sx[i] = at.ax * X[i] + at.bx; sy[i] = at.ay * Y[i] + at.by; }
    var me = state.focus ? indexOf(state.focus) : -1;
    for (var k = 0; k < E; k++) {
      if (edgeHidden[k] || nodeHidden[S[k]] || nodeHidden[T[k]]) continue;
      var faint = me >= 0 && S[k] !== me && T[k] !== me;
      pen.line(sx[S[k]], sy[S[k]] + top, sx[T[k]], sy[T[k]] + top, Math.max(0.5, Math.min(8, W[k]) * scale),
               faint ? "rgba(138,138,138,0.08)" : "rgba(138,138,138,0.55)");
    }
    var texts = [];
    for (i = 0; i < N; i++) {
      if (nodeHidden[i]) continue;
      pen.circle(sx[i], sy[i] + top, view.radius(i), view.drawnColour(ids[i]) || OTHER, "#ffffff");
      if (labelShown[i]) {
        var box = labelBox(i);
        if (box) texts.push({ text: labels[i], x: (box.left + box.right) / 2, y: box.bottom + top - (box.bottom - box.top) * 0.2,
                              size: Math.max(6, (box.bottom - box.top) * 0.8), dim: near !== null && !near[i] });
      }
    }
    texts.forEach(function (l) { pen.text(l.text, l.x, l.y, l.size, "normal", l.dim ? DIM_TEXT : "#222222", "middle"); });
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
  var expanded = null;  // the nodes and links as objects, for tests: made when first asked for
  function asObjects() {
    if (expanded !== null) return expanded;
    var nodes = [], edges = [];
    for (var i = 0; i < N; i++) {
      nodes.push({ id: ids[i], label: labels[i], kind: kindOf(i), country: countryOf(i), community: cols.community[i],
                   value: values[i], size: cols.size[i], x: cols.x[i], y: cols.y[i] });
    }
    for (var k = 0; k < E; k++) edges.push({ from: ids[S[k]], to: ids[T[k]], weight: W[k] });
    expanded = { nodes: nodes, edges: edges };
    return expanded;
  }
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
    dimmed: function () { return ids.filter(function (id) { return view.drawnColour(id) === DIM; }).sort(); },
    labelled: function () { return labelled.map(function (i) { return ids[i]; }).sort(); },
    labelBox: function (id) { return indexOf(id) >= 0 ? labelBox(indexOf(id)) : null; },
    blocksRead: function () { return read.slice(); },
    drawnLabels: function () { return view.drawnLabels ? view.drawnLabels().slice().sort() : null; },
    toScreen: function (id) { return view.toScreen(id); },
    centre: function () { return view.centre(); },
    position: function (id) { return view.position(id); },
    data: null
  };
  // the map's nodes and links as objects ({id, label, ...}, {from, to, weight}), made when first read
  Object.defineProperty(window.dsrMap, "data", { get: asObjects });
})();
