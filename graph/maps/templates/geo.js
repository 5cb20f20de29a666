/* dsr-graph world view: countries, the partnerships between them, cables and organisations per
   country, drawn as SVG from the page's own data; search, filters, years and the details panel.
   Every text that comes from the data reaches the page through textContent or as a DOM text
   node, never as HTML; links are made only for http(s) addresses. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("dsr-data").textContent);
  var meta = D.meta, NS = "http://www.w3.org/2000/svg";
  var SHADES = ["#fde4c8", "#f9c58f", "#f29b5c", "#dd6b38", "#b5421f"], LIMITS = [1, 2, 4, 10, 25];
  var state = { focus: null, pass: [], playLog: [], playDelay: 800, playing: false, ready: false };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function svg(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function tip(node, text) { svg("title", {}, node).textContent = text; }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\/[^\s\/]/i.test(u) ? u : null; }
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---- header ----------------------------------------------------------------------------------
  var sub = [plural(Object.keys(D.countries).length, "country").replace("countrys", "countries"),
             plural(D.orgs.length, "organisation"), plural(D.partnerships.length, "partnership")];
  if (D.cables.length) sub.push(plural(D.cables.length, "cable") + " with landing points");
  if (meta.countries.length) sub.push("countries: " + meta.countries.join(", "));
  if (meta.technologies.length) sub.push("technology: " + meta.technologies.join(", "));
  if (meta.years) sub.push("years " + meta.years[0] + "–" + meta.years[1]);
  Object.keys(meta.notes).forEach(function (k) { sub.push(k + ": " + meta.notes[k]); });
  document.getElementById("subtitle").textContent = sub.join(" · ");
  document.getElementById("atlas-note").textContent = "Boundaries: Natural Earth (public domain), " + meta.atlas +
    ". Equal Earth projection. A link joins two countries whose organisations share a partnership; a cable is drawn " +
    "schematically through its landing points from west to east, a landing point without coordinates at its country's centre.";

  // ---- filter controls, built from the data ----------------------------------------------------
  function checkboxes(id, values, name) {
    var box = document.getElementById(id);
    values.forEach(function (v) {
      var label = el("label"), input = el("input");
      input.type = "checkbox"; input.name = name; input.value = v; input.checked = true;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + (v || "uncategorised")));
      box.appendChild(label);
    });
    if (!values.length) box.hidden = true;
  }
  function distinct(get) {
    var seen = {};
    D.partnerships.forEach(function (p) { get(p).forEach(function (v) { seen[v] = true; }); });
    return Object.keys(seen).sort();
  }
  var kindsSeen = {};
  D.orgs.forEach(function (o) { kindsSeen[o.kind] = true; });
  checkboxes("filter-kind", Object.keys(kindsSeen).sort(), "kind");
  var countrySelect = document.getElementById("filter-country");
  Object.keys(D.countries).sort(function (a, b) { return D.countries[a].name < D.countries[b].name ? -1 : 1; }).forEach(function (code) {
    if (!D.countries[code].orgs.length) return;
    var o = el("option", D.countries[code].name); o.value = code; countrySelect.appendChild(o);
  });
  var parties = D.partnerships.map(function () { return []; });  // partnership → its organisations
  D.orgs.forEach(function (o, i) { o.p.forEach(function (j) { parties[j].push(i); }); });
  checkboxes("filter-agreement", distinct(function (p) { return p.kinds; }), "agreement");
  checkboxes("filter-category", distinct(function (p) { return p.categories.length ? p.categories : [""]; }), "category");
  var areaSelect = document.getElementById("filter-area"), families = {};
  Object.keys(D.areas).forEach(function (a) { (families[D.areas[a].family] = families[D.areas[a].family] || []).push(a); });
  Object.keys(families).sort().forEach(function (f) {
    var group = el("optgroup"), all = el("option", f + " (all)");
    group.label = f; all.value = "family:" + f;
    group.appendChild(all);
    families[f].forEach(function (a) { var o = el("option", D.areas[a].label); o.value = a; group.appendChild(o); });
    areaSelect.appendChild(group);
  });
  var yearFrom = document.getElementById("year-from"), yearTo = document.getElementById("year-to");
  var yearUndated = document.getElementById("year-undated"), range = meta.yearRange;
  if (range) {
    [yearFrom, yearTo].forEach(function (input) { input.min = range[0]; input.max = range[1]; input.step = 1; });
    yearFrom.value = range[0]; yearTo.value = range[1];
  } else {
    document.getElementById("filter-years").hidden = true;
  }
  function checked(name) {
    var out = {};
    document.querySelectorAll("input[name=" + name + "]").forEach(function (b) { out[b.value] = b.checked; });
    return out;
  }
  function chosenAreas() {
    var out = {}, any = false;
    Array.prototype.forEach.call(areaSelect.options, function (o) {
      if (!o.selected) return;
      any = true;
      (o.value.indexOf("family:") === 0 ? families[o.value.slice(7)] : [o.value]).forEach(function (a) { out[a] = true; });
    });
    return any ? out : null;
  }

  // ---- the world -------------------------------------------------------------------------------
  var map = document.getElementById("map"), W = meta.width, H = meta.height;
  var sea = document.getElementById("sea");
  sea.setAttribute("width", W); sea.setAttribute("height", H);
  var layers = {};
  ["countries", "links", "cables", "orgs", "labels"].forEach(function (k) { layers[k] = document.getElementById("layer-" + k); });
  var anchor = {}, shape = {};
  D.world.forEach(function (c) {
    anchor[c.code] = [c.x, c.y];
    if (c.path) {
      var p = svg("path", { d: c.path, "class": "country", "data-code": c.code }, layers.countries);
      tip(p, c.name);
      shape[c.code] = p;
    }
  });
  Object.keys(D.countries).forEach(function (code) {  // too small to draw at this scale: a dot
    if (!shape[code] && anchor[code]) {
      var dot = svg("circle", { cx: anchor[code][0], cy: anchor[code][1], r: 2.2, "class": "dot country", "data-code": code }, layers.countries);
      tip(dot, D.countries[code].name);
      shape[code] = dot;
    }
  });
  function curve(a, b) {  // a gentle arc between two anchors, bowed to the left of a → b
    var dx = b[0] - a[0], dy = b[1] - a[1], mx = (a[0] + b[0]) / 2 - dy * 0.18, my = (a[1] + b[1]) / 2 + dx * 0.18;
    return "M" + a[0] + "," + a[1] + "Q" + mx.toFixed(1) + "," + my.toFixed(1) + " " + b[0] + "," + b[1];
  }
  var linkEls = D.links.map(function (l, i) {
    if (!anchor[l.a] || !anchor[l.b]) return null;
    var p = svg("path", { d: curve(anchor[l.a], anchor[l.b]), "class": "link", "data-i": i }, layers.links);
    tip(p, D.countries[l.a].name + " – " + D.countries[l.b].name + ": " + plural(l.p.length, "partnership"));
    return p;
  });
  var cableEls = D.cables.map(function (c, i) {
    var g = svg("g", { "class": "cable-group", "data-i": i }, layers.cables);
    var points = c.points.map(function (p) { return p[2] + "," + p[3]; }).join(" ");
    tip(svg("polyline", { points: points, "class": "cable-hit", "data-i": i }, g), D.partnerships[c.p].label);  // easy to click
    tip(svg("polyline", { points: points, "class": "cable", "data-i": i }, g), D.partnerships[c.p].label);
    c.points.forEach(function (p) { tip(svg("circle", { cx: p[2], cy: p[3], r: 1.8, "class": "landing" }, g), p[0]); });
    return g;
  });
  var orgEls = {};
  Object.keys(D.countries).forEach(function (code) {
    if (!anchor[code] || !D.countries[code].orgs.length) return;
    var c = svg("circle", { cx: anchor[code][0], cy: anchor[code][1], r: 2, "class": "orgs", "data-code": code }, layers.orgs);
    tip(c, "");
    orgEls[code] = c;
  });

  // ---- filtering and drawing -------------------------------------------------------------------
  var shown = { links: [], cables: [], countries: {} };
  function shade(n) {
    for (var k = LIMITS.length - 1; k >= 0; k--) if (n >= LIMITS[k]) return SHADES[k];
    return null;
  }
  function apply() {
    document.getElementById("year-from-value").textContent = yearFrom.value;
    document.getElementById("year-to-value").textContent = yearTo.value;
    var agreements = checked("agreement"), cats = checked("category"), areas = chosenAreas(), kinds = checked("kind");
    var countries = {}, anyCountry = false;
    Array.prototype.forEach.call(countrySelect.options, function (o) { if (o.selected) { countries[o.value] = true; anyCountry = true; } });
    var kindsActive = Object.keys(kinds).some(function (k) { return !kinds[k]; });
    var lo = Number(yearFrom.value), hi = Number(yearTo.value);
    if (lo > hi) { var t = lo; lo = hi; hi = t; }
    var yearsActive = range && (lo !== range[0] || hi !== range[1] || !yearUndated.checked);
    state.pass = D.partnerships.map(function (p, i) {
      if (!p.kinds.some(function (k) { return agreements[k]; })) return false;
      if (p.categories.length ? !p.categories.some(function (c) { return cats[c]; }) : cats[""] === false) return false;
      if (areas && !p.areas.some(function (a) { return areas[a]; })) return false;
      var mine = parties[i];
      if (anyCountry && !mine.some(function (o) { return countries[D.orgs[o].country]; })) return false;
      if (kindsActive && mine.length && !mine.some(function (o) { return kinds[D.orgs[o].kind]; })) return false;
      if (yearsActive) {
        if (p.year === null) return yearUndated.checked;
        if (p.year < lo || p.year > hi) return false;
      }
      return true;
    });
    var pass = state.pass, showLinks = document.getElementById("show-links").checked;
    var showCables = document.getElementById("show-cables").checked, showOrgs = document.getElementById("show-orgs").checked;
    shown.countries = {};
    Object.keys(D.countries).forEach(function (code) {
      var c = D.countries[code], n = c.p.filter(function (i) { return pass[i]; }).length;
      if (n) shown.countries[code] = n;
      if (shape[code]) {
        shape[code].style.fill = shade(n) || "";
        shape[code].classList.toggle("data", n > 0);
        if (shape[code].tagName === "circle") shape[code].classList.toggle("hidden", n === 0);
      }
      if (orgEls[code]) {
        var orgs = c.orgs.filter(function (o) { return kinds[D.orgs[o].kind] !== false && D.orgs[o].p.some(function (i) { return pass[i]; }); });
        orgEls[code].setAttribute("data-r", (1.5 + 1.6 * Math.sqrt(orgs.length)).toFixed(2));
        orgEls[code].classList.toggle("hidden", !showOrgs || !orgs.length);
        orgEls[code].firstChild.textContent = c.name + ": " + plural(orgs.length, "organisation");
      }
    });
    shown.links = [];
    D.links.forEach(function (l, i) {
      if (!linkEls[i]) return;
      var n = l.p.filter(function (j) { return pass[j]; }).length;
      linkEls[i].classList.toggle("hidden", !showLinks || !n);
      linkEls[i].style.strokeWidth = (0.8 + 1.4 * Math.log2(1 + n)).toFixed(2) + "px";
      if (showLinks && n) shown.links.push(i);
    });
    shown.cables = [];
    D.cables.forEach(function (c, i) {
      var ok = showCables && pass[c.p];
      cableEls[i].classList.toggle("hidden", !ok);
      if (ok) shown.cables.push(i);
    });
    sizes();
    labels();
    legend();
    paint();
    if (state.ready) setFragment();
  }
  // marks keep their size on screen as one zooms: radii in map units follow the view's scale
  function sizes() {
    var scale = view.w / W;
    Object.keys(orgEls).forEach(function (code) {
      orgEls[code].setAttribute("r", (Number(orgEls[code].getAttribute("data-r") || 2) * scale).toFixed(3));
    });
    Object.keys(shape).forEach(function (code) { if (shape[code].tagName === "circle") shape[code].setAttribute("r", (2.2 * scale).toFixed(3)); });
    layers.cables.querySelectorAll(".landing").forEach(function (c) { c.setAttribute("r", (1.8 * scale).toFixed(3)); });
  }

  // the names of the countries with most partnerships, where they have room: each is measured as
  // drawn and kept only if it overlaps no name already placed and lies inside the view
  function labels() {
    layers.labels.textContent = "";
    var boxes = [], scale = view.w / W, pad = 1.5 * scale;
    Object.keys(shown.countries).sort(function (a, b) { return shown.countries[b] - shown.countries[a] || (a < b ? -1 : 1); })
      .forEach(function (code) {
        if (!anchor[code]) return;
        var t = svg("text", { x: anchor[code][0], y: anchor[code][1] - 3 * scale, "text-anchor": "middle", "class": "label", "data-code": code }, layers.labels);
        t.style.fontSize = (9 * scale).toFixed(3) + "px";
        t.style.strokeWidth = (2.5 * scale).toFixed(3) + "px";
        t.textContent = D.countries[code].name;
        var r = t.getBBox(), box = { l: r.x - pad, r: r.x + r.width + pad, t: r.y - pad, b: r.y + r.height + pad };
        var inside = box.l >= view.x && box.r <= view.x + view.w && box.t >= view.y && box.b <= view.y + view.h;
        if (!inside || boxes.some(function (o) { return box.l < o.r && o.l < box.r && box.t < o.b && o.t < box.b; })) {
          layers.labels.removeChild(t);
          return;
        }
        boxes.push(box);
      });
  }

  function legend() {
    document.getElementById("counts").textContent = "Showing " + plural(Object.keys(shown.countries).length, "country").replace("countrys", "countries") +
      " with partnerships, " + plural(shown.links.length, "link") + " between countries and " + plural(shown.cables.length, "cable") + ".";
    var list = document.getElementById("legend-items");
    list.textContent = "";
    function item(draw, text) {
      var li = el("li"), icon = svg("svg", { width: 22, height: 12, viewBox: "0 0 22 12" });
      draw(icon);
      li.appendChild(icon);
      li.appendChild(el("span", text));
      list.appendChild(li);
    }
    LIMITS.forEach(function (lim, k) {
      var upper = k + 1 < LIMITS.length ? LIMITS[k + 1] - 1 : null;
      item(function (i) { svg("rect", { x: 1, y: 1, width: 20, height: 10, fill: SHADES[k] }, i); },
        (upper === null ? lim + " or more" : upper === lim ? String(lim) : lim + "–" + upper) + " partnership" + (upper === 1 ? "" : "s"));
    });
    item(function (i) { svg("path", { d: "M1,9Q11,1 21,9", fill: "none", stroke: "#b0413e", "stroke-width": 2 }, i); }, "partnerships between two countries");
    item(function (i) { svg("line", { x1: 1, y1: 6, x2: 21, y2: 6, stroke: "#00798c", "stroke-width": 2, "stroke-dasharray": "5 3" }, i); }, "cable, through its landing points");
    item(function (i) { svg("circle", { cx: 11, cy: 6, r: 4.5, fill: "#0072b2", "fill-opacity": 0.75 }, i); }, "organisations based there (area by number)");
  }

  // ---- the details panel -----------------------------------------------------------------------
  var box = document.getElementById("details");
  function panel(title, facts) {
    box.textContent = "";
    box.appendChild(el("h2", "Details"));
    box.appendChild(el("h3", title));
    (facts || []).forEach(function (f) { box.appendChild(el("p", f, "meta")); });
  }
  function partnershipList(indexes, heading) {
    var passing = indexes.filter(function (i) { return state.pass[i]; });
    box.appendChild(el("h4", heading + ": " + passing.length + (passing.length < indexes.length ? " of " + indexes.length + " (filters)" : "")));
    var list = el("ul");
    passing.slice(0, 200).forEach(function (i) {
      var p = D.partnerships[i], li = el("li", null, "partnership");
      li.appendChild(el("strong", p.label));
      var bits = [p.kinds.join(", ")];
      if (p.categories.length) bits.push(p.categories.join("/"));
      li.appendChild(el("div", bits.join(" · "), "meta"));
      if (p.dates.length) li.appendChild(el("div", p.dates.map(function (d) { return d[0] + ": " + d[1]; }).join("; "), "meta"));
      if (p.areas.length) li.appendChild(el("div", p.areas.map(function (a) { return D.areas[a] ? D.areas[a].label : a; }).join(", "), "meta"));
      var srcs = el("div", "Sources: ", "meta");
      p.sources.forEach(function (s, k) {
        var src = D.sources[s] || { citation: s, url: null }, url = safeUrl(src.url), node;
        if (url) { node = el("a", src.citation); node.href = url; node.target = "_blank"; node.rel = "noopener noreferrer"; }
        else node = el("span", src.citation);
        if (k) srcs.appendChild(document.createTextNode("; "));
        srcs.appendChild(node);
      });
      li.appendChild(srcs);
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  function showCountry(code) {
    var c = D.countries[code];
    panel(c.name, [code + (c.mapped ? "" : " (not in the atlas: not drawn)")]);
    if (c.orgs.length) {
      box.appendChild(el("h4", plural(c.orgs.length, "organisation") + " based here"));
      var ul = el("ul");
      c.orgs.forEach(function (o) { ul.appendChild(el("li", D.orgs[o].label + (D.orgs[o].kind ? " · " + D.orgs[o].kind : ""))); });
      box.appendChild(ul);
    }
    partnershipList(c.p, "Partnerships");
  }
  function showOrg(o) {
    var org = D.orgs[o];
    panel(org.label, [[org.kind, org.country ? (D.countries[org.country] || { name: org.country }).name : ""].filter(Boolean).join(" · "), org.id]);
    partnershipList(org.p, "Partnerships");
  }
  function showLink(i) {
    var l = D.links[i];
    panel(D.countries[l.a].name + " – " + D.countries[l.b].name, ["Partnerships with parties from both countries"]);
    partnershipList(l.p, "Partnerships");
  }
  function showCable(i) {
    var c = D.cables[i];
    panel(D.partnerships[c.p].label, ["Landing points, west to east: " + c.points.map(function (p) { return p[0]; }).join("; ")]);
    partnershipList([c.p], "The cable's record");
  }

  // ---- focus: a country (or an organisation's or a cable's countries) and its partners ----------
  var orgIndex = {}, cableIndex = {};
  D.orgs.forEach(function (o, i) { orgIndex[o.id] = i; });
  D.cables.forEach(function (c, i) { cableIndex[D.partnerships[c.p].id] = i; });
  function near() {  // countries and links the focus holds
    var f = state.focus, countries = {}, links = {};
    if (!f) return null;
    if (f.type === "cable") {
      D.cables[f.i].points.forEach(function (p) { if (p[1]) countries[p[1]] = true; });
      return { countries: countries, links: links, cable: f.i };
    }
    var home = f.type === "country" ? f.code : D.orgs[f.i].country, mine = null;
    if (f.type === "org") { mine = {}; D.orgs[f.i].p.forEach(function (j) { mine[j] = true; }); }
    if (f.type === "link") { countries[D.links[f.i].a] = countries[D.links[f.i].b] = true; links[f.i] = true; }
    if (home) countries[home] = true;
    shown.links.forEach(function (i) {
      var l = D.links[i];
      if (f.type === "link" || (l.a !== home && l.b !== home)) return;
      if (mine && !l.p.some(function (j) { return mine[j] && state.pass[j]; })) return;
      links[i] = countries[l.a] = countries[l.b] = true;
    });
    return { countries: countries, links: links, cable: null };
  }
  function paint() {
    var n = near();
    state.dimmed = [];
    Object.keys(shape).forEach(function (code) {
      var dim = !!n && !n.countries[code];
      shape[code].classList.toggle("dim", dim);
      shape[code].classList.toggle("chosen", !!n && !!state.focus && (state.focus.code === code ||
        (state.focus.type === "org" && D.orgs[state.focus.i].country === code)));
      if (dim && shown.countries[code]) state.dimmed.push(code);
    });
    linkEls.forEach(function (p, i) { if (p) p.classList.toggle("dim", !!n && !n.links[i]); });
    cableEls.forEach(function (g, i) { g.classList.toggle("dim", !!n && n.cable !== i); });
    Object.keys(orgEls).forEach(function (code) { orgEls[code].classList.toggle("dim", !!n && !n.countries[code]); });
    state.dimmed.sort();
  }
  function centreOn(codes) {
    var xs = [], ys = [];
    codes.forEach(function (c) { if (anchor[c]) { xs.push(anchor[c][0]); ys.push(anchor[c][1]); } });
    if (!xs.length) return;
    var w = Math.max(120, (Math.max.apply(null, xs) - Math.min.apply(null, xs)) * 1.4);
    var h = Math.max(w * H / W, (Math.max.apply(null, ys) - Math.min.apply(null, ys)) * 1.4);
    w = Math.max(w, h * W / H);
    setView((Math.max.apply(null, xs) + Math.min.apply(null, xs)) / 2 - w / 2, (Math.max.apply(null, ys) + Math.min.apply(null, ys)) / 2 - h / 2, w, h);
  }
  function choose(f) {
    state.focus = f;
    if (f.type === "country") showCountry(f.code);
    else if (f.type === "org") showOrg(f.i);
    else if (f.type === "link") showLink(f.i);
    else showCable(f.i);
    paint();
    var n = near();
    centreOn(Object.keys(n.countries).length ? Object.keys(n.countries) : []);
    if (f.type === "cable") centreOn(D.cables[f.i].points.map(function (p) { return p[1]; }).filter(Boolean));
    setFragment();
  }
  function unfocus() {
    state.focus = null;
    box.textContent = "";
    box.appendChild(el("h2", "Details"));
    box.appendChild(el("p", "Click a country, a link or a cable to read its partnerships and their sources.", "hint"));
    paint();
    setFragment();
  }
  map.addEventListener("click", function (e) {
    if (moved) return;
    var t = e.target, code = t.getAttribute("data-code"), i = t.getAttribute("data-i");
    if (t.classList.contains("link")) choose({ type: "link", i: Number(i) });
    else if (t.classList.contains("cable") || t.classList.contains("cable-hit") || t.classList.contains("landing")) choose({ type: "cable", i: Number(t.parentNode.getAttribute("data-i")) });
    else if (code && has(D.countries, code)) choose({ type: "country", code: code });
    else unfocus();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") unfocus(); });

  // ---- the address: #country=PAK, #org=ID, #cable=ID, with &year=YYYY -------------------------
  function parts(hash) {
    var out = {};
    (hash || "").replace(/^#/, "").split("&").forEach(function (pair) {
      var k = pair.indexOf("=");
      if (k <= 0) return;
      try { out[pair.slice(0, k)] = decodeURIComponent(pair.slice(k + 1)); } catch (err) { /* not ours */ }
    });
    return out;
  }
  function focusFrom(hash) {
    var p = parts(hash);
    if (p.country !== undefined && has(D.countries, p.country)) return { type: "country", code: p.country };
    if (p.org !== undefined && has(orgIndex, "organisation:" + p.org)) return { type: "org", i: orgIndex["organisation:" + p.org] };
    if (p.cable !== undefined && has(cableIndex, p.cable)) return { type: "cable", i: cableIndex[p.cable] };
    return null;
  }
  function asOf() {
    if (!range || yearUndated.checked || Number(yearFrom.value) !== range[0]) return null;
    var hi = Number(yearTo.value);
    return hi < range[1] || state.playing ? hi : null;
  }
  function setFragment() {
    var out = [], f = state.focus;
    if (f && f.type === "country") out.push("country=" + encodeURIComponent(f.code));
    if (f && f.type === "org") out.push("org=" + encodeURIComponent(D.orgs[f.i].id.replace(/^organisation:/, "")));
    if (f && f.type === "cable") out.push("cable=" + encodeURIComponent(D.partnerships[D.cables[f.i].p].id));
    var y = asOf();
    if (y !== null) out.push("year=" + y);
    var text = out.join("&");
    if (("#" + text) === location.hash || (!text && !location.hash)) return;
    try { history.replaceState(null, "", text ? "#" + text : location.pathname + location.search); } catch (err) { /* file:// */ }
  }
  function showAsOf(y) {
    yearFrom.value = range[0];
    yearTo.value = y;
    yearUndated.checked = false;
    apply();
  }

  // ---- zoom and pan: the SVG's viewBox -----------------------------------------------------------
  var view = { x: 0, y: 0, w: W, h: H };
  function setView(x, y, w, h) {
    w = Math.min(Math.max(w, 20), W * 1.5); h = w * H / W;
    view = { x: x, y: y, w: w, h: h };
    map.setAttribute("viewBox", [x, y, w, h].map(function (v) { return v.toFixed(2); }).join(" "));
    if (state.ready) { sizes(); labels(); }
  }
  function fit() { setView(0, 0, W, H); }
  function toMap(e) {
    var r = map.getBoundingClientRect(), s = Math.max(view.w / r.width, view.h / r.height);
    var ox = (r.width - view.w / s) / 2, oy = (r.height - view.h / s) / 2;
    return [view.x + (e.clientX - r.left - ox) * s, view.y + (e.clientY - r.top - oy) * s, s];
  }
  map.addEventListener("wheel", function (e) {
    e.preventDefault();
    var p = toMap(e), k = e.deltaY < 0 ? 0.8 : 1.25;
    setView(p[0] - (p[0] - view.x) * k, p[1] - (p[1] - view.y) * k, view.w * k, view.h * k);
  }, { passive: false });
  var drag = null, moved = false;
  map.addEventListener("mousedown", function (e) { drag = toMap(e); moved = false; });
  window.addEventListener("mousemove", function (e) {
    if (!drag) return;
    var p = toMap(e);
    if (Math.abs(p[0] - drag[0]) + Math.abs(p[1] - drag[1]) > 2 * p[2]) { moved = true; map.classList.add("dragging"); }
    if (moved) setView(view.x - (p[0] - drag[0]), view.y - (p[1] - drag[1]), view.w, view.h);
  });
  window.addEventListener("mouseup", function () { drag = null; map.classList.remove("dragging"); setTimeout(function () { moved = false; }, 0); });

  // ---- time: play the years ----------------------------------------------------------------------
  var playing = null, playButton = document.getElementById("play");
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
    state.playLog.push([y, Object.keys(shown.countries).length, shown.links.length]);
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
    playFrom(at !== null && at < range[1] ? at + 1 : range[0]);
  });

  // ---- search ------------------------------------------------------------------------------------
  var entries = [];
  Object.keys(D.countries).forEach(function (code) { entries.push({ text: D.countries[code].name, f: { type: "country", code: code } }); });
  D.orgs.forEach(function (o, i) { entries.push({ text: o.label, f: { type: "org", i: i } }); });
  D.cables.forEach(function (c, i) { entries.push({ text: D.partnerships[c.p].label, f: { type: "cable", i: i } }); });
  entries.sort(function (a, b) { return a.text < b.text ? -1 : a.text > b.text ? 1 : 0; });
  var datalist = document.getElementById("labels");
  entries.forEach(function (e) { var o = el("option"); o.value = e.text; datalist.appendChild(o); });
  var search = document.getElementById("search"), status = document.getElementById("search-status");
  function go() {
    var q = search.value.trim().toLowerCase();
    if (!q) { status.textContent = ""; return; }
    var hit = entries.filter(function (e) { return e.text.toLowerCase() === q; })[0] ||
      entries.filter(function (e) { return e.text.toLowerCase().indexOf(q) >= 0; })[0];
    if (!hit) { status.textContent = "Nothing matches."; return; }
    status.textContent = "Found: " + hit.text;
    choose(hit.f);
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });

  // ---- buttons -----------------------------------------------------------------------------------
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("reset").addEventListener("click", function () {
    if (playing !== null) stopPlaying();
    document.querySelectorAll("#controls input[type=checkbox]").forEach(function (b) { b.checked = true; });
    [areaSelect, countrySelect].forEach(function (sel) { Array.prototype.forEach.call(sel.options, function (o) { o.selected = false; }); });
    if (range) { yearFrom.value = range[0]; yearTo.value = range[1]; }
    apply();
  });
  function svgFigure() {  // the current view with its title, legend note, date and source note
    var copy = map.cloneNode(true), r = map.getBoundingClientRect();
    copy.setAttribute("width", String(Math.round(r.width)));
    copy.setAttribute("height", String(Math.round(r.height)));
    var t = document.createElementNS(NS, "title");
    t.textContent = meta.title;
    copy.insertBefore(t, copy.firstChild);
    var note = svg("text", { x: view.x + view.w * 0.01, y: view.y + view.h * 0.98, "class": "label" }, copy);
    note.style.fontSize = (9 * view.w / W).toFixed(2) + "px";
    note.textContent = meta.title + " · data as of " + (meta.latestDate || "undated") + " · dsr-graph " + meta.version + " · " + meta.atlas;
    var style = svg("style", {}, copy);
    Array.prototype.forEach.call(document.styleSheets, function (s) {
      Array.prototype.forEach.call(s.cssRules, function (rule) { if (/^\s*[.#]?(country|dot|link|cable|landing|orgs|label|dim|hidden|sea)/.test(rule.selectorText || "")) style.textContent += rule.cssText + "\n"; });
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy) + "\n";
  }
  document.getElementById("svg").addEventListener("click", function () {
    var a = el("a");
    a.href = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgFigure());
    a.download = (meta.title || "world").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() + ".svg";
    document.body.appendChild(a); a.click(); a.remove();
  });
  document.querySelectorAll("#controls input[type=checkbox]").forEach(function (b) { b.addEventListener("change", apply); });
  [areaSelect, countrySelect].forEach(function (sel) { sel.addEventListener("change", apply); });
  [yearFrom, yearTo].forEach(function (s) { s.addEventListener("input", apply); });
  window.addEventListener("hashchange", function () { var f = focusFrom(location.hash); if (f) choose(f); });

  fit();
  apply();
  var linkedYear = parts(location.hash).year;
  if (range && /^[0-9]{4}$/.test(linkedYear || "") && Number(linkedYear) >= range[0] && Number(linkedYear) <= range[1]) showAsOf(Number(linkedYear));
  state.ready = true;
  labels();
  var linked = focusFrom(location.hash);
  if (linked) choose(linked);
  // read-only handles for tests
  window.dsrWorld = {
    state: state,
    countriesShown: function () { return Object.keys(shown.countries).sort(); },
    linksShown: function () { return shown.links.map(function (i) { return [D.links[i].a, D.links[i].b]; }); },
    cablesShown: function () { return shown.cables.map(function (i) { return D.partnerships[D.cables[i].p].id; }).sort(); },
    focused: function () { var f = state.focus; return !f ? null : f.type === "country" ? "country:" + f.code : f.type === "org" ? D.orgs[f.i].id : f.type === "cable" ? D.partnerships[D.cables[f.i].p].id : "link:" + D.links[f.i].a + "-" + D.links[f.i].b; },
    dimmed: function () { return state.dimmed.slice(); },
    view: function () { return { x: view.x, y: view.y, w: view.w, h: view.h }; },
    asOf: function () { return asOf(); },
    svgFigure: svgFigure
  };
})();
