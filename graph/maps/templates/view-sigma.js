/* dsr-graph map, WebGL renderer: sigma.js drawing a graphology graph of the map's nodes and links.
   window.dsrView(container, D, tips) returns the same small view object as view-vis.js, so the
   page's script (map.js) drives either renderer alike. The nodes keep the positions computed
   ahead (y pointing down, as on the canvas); which labels are shown is chosen by the page, so
   sigma draws only those (forced) labels, in the page's order of importance. */
(function () {
  "use strict";
  window.dsrView = function (container, D, tips) {
    var S = window.DsrSigma;
    var EDGE = "rgba(138,138,138,0.55)", EDGE_FAINT = "rgba(138,138,138,0.08)", EDGE_FOCUS = "#d62728";
    var LABEL = "#222222", LABEL_SIZE = 14, LABEL_FONT = "system-ui, sans-serif";
    var graph = new S.Graph({ type: "undirected", multi: true, allowSelfLoops: true });
    var lo = Infinity, hi = -Infinity;
    D.edges.forEach(function (e) { lo = Math.min(lo, e.weight); hi = Math.max(hi, e.weight); });
    D.nodes.forEach(function (n) {
      graph.addNode(n.id, { x: n.x, y: -n.y, size: n.size, label: n.label });
    });
    D.edges.forEach(function (e, i) {  // widths from 1 to 8, as vis-network scales link values
      graph.addEdgeWithKey(String(i), e.from, e.to, { size: hi > lo ? 1 + 7 * (e.weight - lo) / (hi - lo) : 1 });
    });
    var colour = {}, label = {}, nodeHidden = {}, edgeHidden = [], focus = null, chosen = null;
    D.nodes.forEach(function (n) { colour[n.id] = tips.colour(n.id); });

    function nodeReducer(id, a) {
      var out = { x: a.x, y: a.y, size: a.size, color: colour[id], hidden: nodeHidden[id] === true, label: null };
      var l = label[id];
      if (l) { out.label = a.label; out.forceLabel = true; out.labelColor = l === "normal" ? LABEL : l; }
      if (id === chosen) out.highlighted = true;
      return out;
    }
    function edgeReducer(key, a) {
      var i = Number(key), e = D.edges[i], out = { size: a.size, color: EDGE, hidden: edgeHidden[i] === true };
      if (focus !== null) out.color = e.from === focus || e.to === focus ? EDGE_FOCUS : EDGE_FAINT;
      return out;
    }
    var sigma = new S.Sigma(graph, container, {
      itemSizesReference: "positions", zoomToSizeRatioFunction: function (ratio) { return ratio; },
      labelFont: LABEL_FONT, labelSize: LABEL_SIZE, labelColor: { attribute: "labelColor", color: LABEL },
      labelRenderedSizeThreshold: Infinity,  // no label of sigma's choosing: the page forces the ones it shows
      minEdgeThickness: 1, hideEdgesOnMove: D.edges.length > 50000, enableCameraRotation: false,
      minCameraRatio: 0.0005, maxCameraRatio: 20, nodeReducer: nodeReducer, edgeReducer: edgeReducer
    });
    var camera = sigma.getCamera();

    // callbacks run after the next frame is drawn (the first one was drawn as sigma started)
    var afterDraw = [];
    sigma.on("afterRender", function () {
      var due = afterDraw;
      afterDraw = [];
      due.forEach(function (f) { f(); });
    });
    function later(f) { afterDraw.push(f); sigma.scheduleRender(); }

    // tooltips: built by the page as DOM elements, shown beside the node under the pointer
    var tip = document.createElement("div");
    tip.className = "sigma-tip";
    tip.hidden = true;
    container.appendChild(tip);
    sigma.on("enterNode", function (ev) {
      tip.textContent = "";
      tip.appendChild(tips.node(ev.node));
      var at = sigma.graphToViewport(graph.getNodeAttributes(ev.node));
      tip.style.left = Math.round(at.x + 12) + "px";
      tip.style.top = Math.round(at.y + 12) + "px";
      tip.hidden = false;
    });
    sigma.on("leaveNode", function () { tip.hidden = true; });

    // the page's map coordinates (x right, y down) and the screen
    function toScreen(id) {
      if (!graph.hasNode(id)) return null;
      return sigma.graphToViewport(graph.getNodeAttributes(id));
    }
    function scale() {  // screen pixels per unit of the map
      var a = sigma.graphToViewport({ x: 0, y: 0 }), b = sigma.graphToViewport({ x: 1000, y: 0 });
      return Math.sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)) / 1000;
    }
    var widths = {}, measure = document.createElement("canvas").getContext("2d");
    measure.font = "normal " + LABEL_SIZE + "px " + LABEL_FONT;
    function labelBox(id) {
      // where sigma draws a node's label: 3 px right of the disc, baseline a third of the size below the centre
      var n = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
      if (!n || !n.label) return null;
      var at = sigma.graphToViewport(n), r = sigma.scaleSize(n.size);
      if (widths[id] === undefined) widths[id] = measure.measureText(n.label).width;
      var left = at.x + r + 3, base = at.y + LABEL_SIZE / 3;
      return { left: left, top: base - LABEL_SIZE * 0.8, right: left + widths[id], bottom: base + LABEL_SIZE * 0.25 };
    }
    function refreshNodes(ids) {
      sigma.refresh({ partialGraph: { nodes: ids }, skipIndexation: true });
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
        sigma.refresh({ skipIndexation: true });
      },
      setLooks: function (looks, dimText) {
        looks.forEach(function (l) {
          colour[l.id] = l.color;
          label[l.id] = l.label === null ? null : l.label === "dim" ? dimText : "normal";
        });
        refreshNodes(looks.map(function (l) { return l.id; }));
      },
      emphasise: function (id) { focus = id; sigma.refresh({ skipIndexation: true }); },
      neighbours: function (id) { return graph.neighbors(id); },
      select: function (id) {
        var before = chosen;
        chosen = id;
        refreshNodes([before, id].filter(function (x) { return x !== null && graph.hasNode(x); }));
      },
      selected: function () { return chosen === null ? [] : [chosen]; },
      focus: function (id) {
        // centred, at 1.2 screen pixels per unit of the map (as the canvas renderer focuses)
        var d = sigma.getNodeDisplayData(id), state = camera.getState();
        if (!d) return;
        var ratio = state.ratio * scale() / 1.2;
        camera.setState({ x: d.x, y: d.y, ratio: Math.min(20, Math.max(0.0005, ratio)), angle: 0 });
      },
      fit: function () { camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); },
      physics: null,  // no physics here: the positions computed ahead are kept
      labelBox: labelBox,
      scale: scale,
      toScreen: toScreen,
      radius: function (id) {
        var d = sigma.getNodeDisplayData(id);
        return d ? Math.max(1, sigma.scaleSize(d.size)) : 1;
      },
      drawnColour: function (id) { var d = sigma.getNodeDisplayData(id); return d ? d.color : null; },
      shownIds: function () {
        return graph.nodes().filter(function (id) { var d = sigma.getNodeDisplayData(id); return d && !d.hidden; });
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
