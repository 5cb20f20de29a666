/* dsr-graph map, canvas renderer: vis-network drawing the map's nodes and links on a 2D canvas.
   window.dsrView(container, M, tips) returns the small view object the page's script (map.js)
   drives; view-sigma.js offers the same for the WebGL renderer. M holds the nodes and links as
   columns, and M.vis the nodes, links and options pyvis made. */
(function () {
  "use strict";
  window.dsrView = function (container, M, tips) {
    var V = M.vis, ids = M.ids;
    var HIDDEN_LABEL = { color: "rgba(0,0,0,0)" };  // measured and laid out by vis-network, not seen
    var baseFont = {}, fonts = {};
    var visNodes = V.nodes.map(function (v) {
      var n = M.indexOf(v.id);
      baseFont[v.id] = v.font === undefined ? null : v.font;
      fonts[v.id] = HIDDEN_LABEL;  // the page shows the labels that have room, once they are measured
      v.font = HIDDEN_LABEL;
      v.color = M.colours[n];
      v.title = tips.node(n);
      return v;
    });
    var visEdges = V.edges.map(function (v, i) { v.id = i; v.title = tips.edge(i); return v; });
    var nodes = new vis.DataSet(visNodes);
    var edges = new vis.DataSet(visEdges);
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, V.options);
    // Labels keep a readable size on the screen whatever the zoom: when the map is zoomed out so
    // far that a label would be drawn smaller than LABEL_PX (and vis-network would not draw it at
    // all), every label's font grows in map units to make up for it.
    var LABEL_PX = 13, BASE = 14, fontSize = BASE;
    function fontOf(id) { return Object.assign({}, fonts[id] || baseFont[id] || {}, { size: fontSize }); }
    function fitFont() {
      var wanted = Math.max(BASE, Math.ceil(LABEL_PX / Math.max(network.getScale(), 1e-6)));
      if (Math.abs(wanted - fontSize) <= 0.1 * fontSize) return false;
      fontSize = wanted;
      nodes.update(ids.map(function (id) { return { id: id, font: fontOf(id) }; }));
      return true;
    }
    var afterDraw = [];
    network.once("afterDrawing", function () { if (fitFont()) network.redraw(); });
    network.on("afterDrawing", function () {
      var due = afterDraw;
      afterDraw = [];
      due.forEach(function (f) { f(); });
    });
    function shown(n) { return !n.hidden; }
    var moved = false;  // physics has moved the nodes from the positions computed ahead

    return {
      kind: "canvas",
      native: network,
      afterDraw: function (f) { afterDraw.push(f); },
      redraw: function (f) { if (f) afterDraw.push(f); network.redraw(); },
      onViewChange: function (f) {
        ["zoom", "dragEnd", "resize"].forEach(function (ev) { network.on(ev, function (params) { fitFont(); f(params); }); });
      },
      onClick: function (f) {
        network.on("click", function (params) {
          if (params.nodes.length) f(params.nodes[0]);
          else if (!params.edges.length) f(null);
        });
      },
      setHidden: function (nodeHidden, edgeHidden) {
        nodes.update(ids.map(function (id, n) { return { id: id, hidden: nodeHidden[n] === 1 }; }));
        var changes = [];
        for (var k = 0; k < M.e; k++) changes.push({ id: k, hidden: edgeHidden[k] === 1 });
        edges.update(changes);
      },
      // looks: [{i, id, color, label: "normal" | "dim" | null (hidden)}]
      setLooks: function (looks, dimText) {
        nodes.update(looks.map(function (l) {
          fonts[l.id] = l.label === null ? HIDDEN_LABEL : l.label === "dim" ? { color: dimText } : baseFont[l.id];
          return { id: l.id, color: l.color, font: fontOf(l.id) };
        }));
      },
      emphasise: function (id) {
        var me = id === null ? -1 : M.indexOf(id), changes = [];
        for (var k = 0; k < M.e; k++) {
          changes.push({ id: k, color: me < 0 ? null : M.s[k] === me || M.t[k] === me ? { opacity: 1 } : { opacity: 0.08 } });
        }
        edges.update(changes);
      },
      neighbours: function (id) { return network.getConnectedNodes(id); },
      select: function (id) { if (id === null) network.unselectAll(); else network.selectNodes([id]); },
      selected: function () { return network.getSelectedNodes(); },
      focus: function (id) { network.focus(id, { scale: 1.2, animation: false }); fitFont(); },
      fit: function () { network.fit({ animation: false }); fitFont(); },
      physics: function (on) {
        moved = moved || on;
        network.setOptions({ physics: { enabled: on } });
        nodes.update(ids.map(function (id) { return { id: id, physics: on }; }));
        return true;
      },
      labelBox: function (n) {
        // where vis-network drew the label (its label module's box, in canvas units) on the screen
        var body = network.body.nodes[ids[n]], size = body && body.labelModule ? body.labelModule.size : null;
        if (!size || !size.width) return null;
        var tl = network.canvasToDOM({ x: size.left, y: size.top });
        var br = network.canvasToDOM({ x: size.left + size.width, y: size.top + size.height });
        return { left: tl.x, top: tl.y, right: br.x, bottom: br.y };
      },
      // the figure's needs: where a node is on the screen, its radius there, and the zoom
      screen: function () {
        // the map's coordinates are vis-network's canvas units; once physics has moved the nodes,
        // their positions are read back (x, y: per node)
        var o = network.canvasToDOM({ x: 0, y: 0 }), a = network.canvasToDOM({ x: 1000, y: 1000 });
        var out = { ax: (a.x - o.x) / 1000, bx: o.x, ay: (a.y - o.y) / 1000, by: o.y, r: network.getScale(), x: null, y: null };
        if (moved) {
          var at = network.getPositions();
          out.x = ids.map(function (id) { return at[id].x; });
          out.y = ids.map(function (id) { return at[id].y; });
        }
        return out;
      },
      scale: function () { return network.getScale(); },
      toScreen: function (id) {
        var at = network.getPositions([id])[id];
        return at ? network.canvasToDOM(at) : null;
      },
      radius: function (n) {
        var body = network.body.nodes[ids[n]], r = body && body.shape && body.shape.radius ? body.shape.radius : 10;
        return Math.max(1, r * network.getScale());
      },
      drawnColour: function (id) { var n = nodes.get(id); return n ? n.color : null; },
      shownIds: function () { return nodes.get({ filter: shown }).map(function (n) { return n.id; }); },
      drawnCount: function () { return Object.keys(network.getPositions()).length; },
      centre: function () { return network.getViewPosition(); },
      position: function (id) { return network.getPositions([id])[id]; }
    };
  };
})();
