/* dsr-graph map, WebGL renderer: sigma.js drawing a graphology graph of the map's nodes and links.
   window.dsrView(container, M, tips) returns the same small view object as view-vis.js, so the
   page's script (map.js) drives either renderer alike; M holds the nodes and links as columns.
   The nodes keep the positions computed ahead (y pointing down, as on the canvas).

   What it costs is drawing, and with software WebGL (no GPU) every link drawn again costs its
   share of seconds on a big map. So the graph is built straight from the columns, sigma draws the
   first frame as it starts and is asked for another only when the nodes or links change; links
   of the lightest weight (most of them) are drawn as hairlines (sigma's line program, two
   vertices each), the heavier ones as rectangles whose width follows their weight. Labels are
   not sigma's: the page chooses them (by importance, those on screen) and this view writes them
   on a canvas of its own above sigma's, so placing them again after a zoom redraws no node or link. */
(function () {
  "use strict";
  window.dsrView = function (container, M, tips) {
    var G = window.DsrSigma;
    var EDGE = "rgba(138,138,138,0.55)", EDGE_FAINT = "rgba(138,138,138,0.08)", EDGE_FOCUS = "#d62728";
    var LABEL = "#222222", LABEL_SIZE = 14, LABEL_FONT = "system-ui, sans-serif";
    var N = M.n, E = M.e, ids = M.ids;
    var graph = new G.Graph({ type: "undirected", multi: false, allowSelfLoops: true });
    var i, k, lo = Infinity, hi = -Infinity;
    for (k = 0; k < E; k++) { lo = Math.min(lo, M.w[k]); hi = Math.max(hi, M.w[k]); }
    for (i = 0; i < N; i++) graph.addNode(ids[i], { x: M.x[i], y: -M.y[i], size: M.size[i], i: i });
    for (k = 0; k < E; k++) {  // widths from 1 to 8, as vis-network scales link values
      var light = !(hi > lo) || M.w[k] === lo;
      graph.addEdgeWithKey(String(k), ids[M.s[k]], ids[M.t[k]], light ? { size: 1, type: "hair" } : { size: 1 + 7 * (M.w[k] - lo) / (hi - lo) });
    }
    var colour = M.colours.slice(), label = new Uint8Array(N), nodeHidden = null, edgeHidden = null, focus = -1, chosen = null;
    var dimText = LABEL;

    // sigma copies each node's and link's attributes before calling these: changing them is safe
    function nodeReducer(id, a) {
      var n = a.i;
      a.color = colour[n];
      if (nodeHidden !== null && nodeHidden[n]) a.hidden = true;
      if (id === chosen) a.highlighted = true;
      return a;
    }
    function edgeReducer(key, a) {
      var e = +key;
      a.color = focus < 0 ? EDGE : M.s[e] === focus || M.t[e] === focus ? EDGE_FOCUS : EDGE_FAINT;
      if (edgeHidden !== null && edgeHidden[e]) a.hidden = true;
      return a;
    }
    var sigma = new G.Sigma(graph, container, {
      itemSizesReference: "positions", zoomToSizeRatioFunction: function (ratio) { return ratio; },
      renderLabels: false, labelFont: LABEL_FONT, labelSize: LABEL_SIZE,
      edgeProgramClasses: { hair: G.EdgeLineProgram },
      minEdgeThickness: 1, hideEdgesOnMove: E > 50000, enableCameraRotation: false,
      minCameraRatio: 0.0005, maxCameraRatio: 20, nodeReducer: nodeReducer, edgeReducer: edgeReducer
    });
    var camera = sigma.getCamera();
    var edgeKeys = null;
    function allEdges() {
      if (edgeKeys === null) { edgeKeys = new Array(E); for (var e = 0; e < E; e++) edgeKeys[e] = String(e); }
      return edgeKeys;
    }
    // every change goes through one frame: display data now, the drawing at the next animation frame
    function refresh(nodes, edges) {
      sigma.refresh({ partialGraph: { nodes: nodes || [], edges: edges || [] }, skipIndexation: true, schedule: true });
    }

    // the labels' canvas, drawn again after every frame sigma draws (the nodes may have moved)
    var layer = document.createElement("canvas"), pen = layer.getContext("2d"), shown = [], drawn = [];
    layer.className = "dsr-labels";
    layer.style.cssText = "position:absolute;left:0;top:0;pointer-events:none;z-index:1";
    container.appendChild(layer);
    var widths = new Float64Array(N).fill(-1), known = null, knownKey = "";
    function screen() {
      // the page's map coordinates (x right, y down) → the screen as the camera stands now (sigma's
      // own graphToViewport keeps the last frame's camera until it draws the next), and node size →
      // radius; the same for every node, so worked out once per camera state
      var c = camera.getState(), key = c.x + "," + c.y + "," + c.ratio + "," + sigma.width + "," + sigma.height;
      if (key !== knownKey) {
        var now = { cameraState: c }, o = sigma.graphToViewport({ x: 0, y: 0 }, now);
        var a = sigma.graphToViewport({ x: 1000, y: 0 }, now), b = sigma.graphToViewport({ x: 0, y: -1000 }, now);
        known = { ax: (a.x - o.x) / 1000, bx: o.x, ay: (b.y - o.y) / 1000, by: o.y, r: Math.abs(a.x - o.x) / 1000, x: null, y: null };
        knownKey = key;
      }
      return known;
    }
    function at(n) { var t = screen(); return { x: t.ax * M.x[n] + t.bx, y: t.ay * M.y[n] + t.by }; }
    function labelBox(n) {
      // where a label goes: 3 px right of the disc, baseline a third of the text's size below the centre
      if (!M.labels[n]) return null;
      var p = at(n), r = screen().r * M.size[n];
      if (widths[n] < 0) { pen.font = "normal " + LABEL_SIZE + "px " + LABEL_FONT; widths[n] = pen.measureText(M.labels[n]).width; }
      var left = p.x + r + 3, base = p.y + LABEL_SIZE / 3;
      return { left: left, top: base - LABEL_SIZE * 0.8, right: left + widths[n], bottom: base + LABEL_SIZE * 0.25, base: base };
    }
    function drawLabels() {
      var w = container.clientWidth, h = container.clientHeight, ratio = window.devicePixelRatio || 1;
      if (layer.width !== Math.round(w * ratio) || layer.height !== Math.round(h * ratio)) {
        layer.width = Math.round(w * ratio); layer.height = Math.round(h * ratio);
        layer.style.width = w + "px"; layer.style.height = h + "px";
      }
      pen.setTransform(ratio, 0, 0, ratio, 0, 0);
      pen.clearRect(0, 0, w, h);
      pen.font = "normal " + LABEL_SIZE + "px " + LABEL_FONT;
      drawn = [];
      shown.forEach(function (n) {
        if (nodeHidden !== null && nodeHidden[n]) return;
        var box = labelBox(n);
        if (!box) return;
        pen.fillStyle = label[n] === 2 ? dimText : LABEL;
        pen.fillText(M.labels[n], box.left, box.base);
        drawn.push(ids[n]);
      });
    }
    var afterDraw = [];
    sigma.on("afterRender", function () {
      drawLabels();
      var due = afterDraw;
      afterDraw = [];
      due.forEach(function (f) { f(); });
    });
    // f runs once the next frame is drawn: after sigma's, when one is due; else (sigma drew the
    // first frame as it started, and draws again only when asked) at the browser's next frame
    function later(f) {
      if (sigma.renderFrame) afterDraw.push(f);
      else requestAnimationFrame(f);
    }

    // tooltips: built by the page as DOM elements, shown beside the node under the pointer
    var tip = document.createElement("div");
    tip.className = "sigma-tip";
    tip.hidden = true;
    container.appendChild(tip);
    sigma.on("enterNode", function (ev) {
      var n = graph.getNodeAttribute(ev.node, "i"), p = at(n);
      tip.textContent = "";
      tip.appendChild(tips.node(n));
      tip.style.left = Math.round(p.x + 12) + "px";
      tip.style.top = Math.round(p.y + 12) + "px";
      tip.hidden = false;
    });
    sigma.on("leaveNode", function () { tip.hidden = true; });

    function toScreen(id) {
      var n = M.indexOf(id);
      return n < 0 ? null : at(n);
    }
    function scale() {  // screen pixels per unit of the map
      var s = screen();
      return Math.abs(s.ax);
    }

    return {
      kind: "webgl",
      native: sigma,
      graph: graph,
      afterDraw: later,
      redraw: function (f) { if (f) later(f); else sigma.scheduleRender(); },
      onViewChange: function (f) {
        var timer = null;  // once the camera rests (a zoom or pan animates over several frames)
        camera.on("updated", function () {
          if (timer !== null) clearTimeout(timer);
          timer = setTimeout(function () { timer = null; f(); }, 60);
        });
        window.addEventListener("resize", f);
      },
      onClick: function (f) {
        sigma.on("clickNode", function (ev) { f(ev.node); });
        sigma.on("clickStage", function () { f(null); });
      },
      setHidden: function (nodes, edges) {
        nodeHidden = nodes;
        edgeHidden = edges;
        refresh(ids, allEdges());
      },
      // looks: [{i, id, color, label: "normal" | "dim" | null (none)}]; only the nodes whose colour
      // changed are drawn again, labels are only written again
      setLooks: function (looks, dim) {
        dimText = dim;
        var recoloured = [];
        looks.forEach(function (l) {
          if (colour[l.i] !== l.color) { colour[l.i] = l.color; recoloured.push(l.id); }
          label[l.i] = l.label === null ? 0 : l.label === "dim" ? 2 : 1;
        });
        shown = shown.filter(function (n) { return label[n]; });
        looks.forEach(function (l) { if (l.label !== null && shown.indexOf(l.i) < 0) shown.push(l.i); });
        if (recoloured.length) refresh(recoloured);
        drawLabels();
      },
      emphasise: function (id) { focus = id === null ? -1 : M.indexOf(id); refresh(null, allEdges()); },
      neighbours: function (id) { return graph.neighbors(id); },
      select: function (id) {
        var before = chosen;
        chosen = id;
        refresh([before, id].filter(function (x) { return x !== null && graph.hasNode(x); }));
      },
      selected: function () { return chosen === null ? [] : [chosen]; },
      focus: function (id) {
        // centred, at 1.2 screen pixels per unit of the map (as the canvas renderer focuses)
        var to = sigma.getNodeDisplayData(id), state = camera.getState();
        if (!to) return;
        var ratio = state.ratio * scale() / 1.2;
        camera.setState({ x: to.x, y: to.y, ratio: Math.min(20, Math.max(0.0005, ratio)), angle: 0 });
      },
      fit: function () { camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); },
      physics: null,  // no physics here: the positions computed ahead are kept
      labelBox: labelBox,
      drawnLabels: function () { return drawn; },
      screen: screen,
      scale: scale,
      toScreen: toScreen,
      radius: function (n) { return Math.max(1, screen().r * M.size[n]); },
      drawnColour: function (id) { var d = sigma.getNodeDisplayData(id); return d ? d.color : null; },
      shownIds: function () {
        return ids.filter(function (id) { var d = sigma.getNodeDisplayData(id); return d && !d.hidden; });
      },
      drawnCount: function () { return graph.order; },
      centre: function () {
        var c = sigma.viewportToGraph({ x: container.clientWidth / 2, y: container.clientHeight / 2 });
        return { x: c.x, y: -c.y };
      },
      position: function (id) { var a = graph.getNodeAttributes(id); return { x: a.x, y: -a.y }; }
    };
  };
})();
