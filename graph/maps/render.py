"""Map data → one self-contained HTML file, drawn on a canvas (vis-network) or with WebGL (sigma.js).

Two renderers draw the same data with the same controls:

``"canvas"``
    vis-network on a 2D canvas; pyvis builds its nodes, links and options. Crisp and quick up to
    a few thousand nodes; it has the "Physics" button.
``"webgl"``
    sigma.js with graphology, drawing on the GPU: tens of thousands of nodes and links at once.
``"auto"`` (the default)
    WebGL when the map draws more than :data:`WEBGL_THRESHOLD` nodes, the canvas otherwise.

Either library is inlined into the page (no CDN, no request), checked against the sha256 recorded
here, and dsr-graph's own template adds the page's script and the data.

pyvis's template loads vis-network, Bootstrap and tom-select from CDNs even in its ``in_line``
mode, does not escape labels, and shows titles that contain "href" as HTML. So pyvis is used
for what it does well — turning nodes and links into vis-network's data and options — and the
page comes from ``templates/map.html``: the data travels as JSON inside
``<script type="application/json">`` elements with ``<``, ``>`` and ``&`` written as ``\\u003c``
etc., so no text from the data can close an element, and the page's script shows every text
through ``textContent``. :mod:`graph.maps.payload` cuts the data into those elements: the columns
the first frame needs, and blocks the page reads only when a partnership filter, the details panel
or a tooltip first needs them (on a WebGL map they follow the page's scripts).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from ..version import __version__
from ..store.rdfio import atomic_write
from .data import RENDERERS
from .payload import page_blocks

__all__ = ["Map", "render", "vis_data", "choose_renderer", "RENDERERS", "WEBGL_THRESHOLD", "VIS_VERSION",
           "VIS_SHA256", "SIGMA_VERSION", "GRAPHOLOGY_VERSION", "SIGMA_SHA256", "json_for_script"]

VIS_VERSION = "10.1.2"
VIS_SHA256 = "fc674cfa6cceb27a3b40ff4ea75c204a2d8570fb39b9a627127cf7039e141ad4"
PYVIS_VERSION = "0.3.2"
SIGMA_VERSION = "3.0.3"
GRAPHOLOGY_VERSION = "0.26.0"
SIGMA_SHA256 = "da16a78f0203f5f0a7ef8248843dfade71073eb3831f8252ad564fdda1864dfe"  # vendor/sigma-graphology.min.js, made by scripts/vendor_sigma.sh
WEBGL_THRESHOLD = 2000  # "auto" draws maps of more nodes than this with WebGL


def _resource(*parts: str) -> str:
    return files("graph.maps").joinpath(*parts).read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def _vendored(name: str, sha256: str) -> str:
    """A vendored bundle, checked, without its source-map comment (so nothing asks for a .map)."""
    raw = files("graph.maps").joinpath("vendor", name).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != sha256:
        raise RuntimeError(f"graph/maps/vendor/{name} has sha256 {digest}, expected {sha256}")
    text = raw.decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("//# sourceMappingURL=")]
    text = "\n".join(lines)
    if "</script" in text.lower() or "<!--" in text:
        raise RuntimeError(f"{name} contains '</script' or '<!--': it cannot be inlined safely")
    return text


def vis_script() -> str:
    """The vendored vis-network bundle, checked, ready to inline."""
    return _vendored("vis-network.min.js", VIS_SHA256)


def sigma_script() -> str:
    """The vendored sigma.js + graphology bundle (it defines ``DsrSigma``), checked, ready to inline."""
    return _vendored("sigma-graphology.min.js", SIGMA_SHA256)


def choose_renderer(nodes: int, renderer: str = "auto", threshold: int | None = None) -> str:
    """The renderer that draws a map of ``nodes`` nodes: ``"canvas"`` or ``"webgl"``.

    Parameters
    ----------
    nodes : int
        Nodes the map draws (after any aggregation).
    renderer : {"auto", "canvas", "webgl"}
        ``auto`` picks WebGL above ``threshold`` nodes; the others are kept as given.
    threshold : int, optional
        Defaults to :data:`WEBGL_THRESHOLD`.

    Examples
    --------
    >>> choose_renderer(100), choose_renderer(100, threshold=50), choose_renderer(100, "webgl")
    ('canvas', 'webgl', 'webgl')
    """
    if renderer not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}; use one of {', '.join(RENDERERS)}")
    if renderer != "auto":
        return renderer
    return "webgl" if nodes > (WEBGL_THRESHOLD if threshold is None else threshold) else "canvas"


def json_for_script(value) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators appear raw.

    Examples
    --------
    >>> json_for_script({"label": "</script><img src=x onerror=alert(1)>"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _json_block(element_id: str, value) -> str:
    return f'<script type="application/json" id="{element_id}">{json_for_script(value)}</script>'


OPTIONS = {
    "autoResize": True,
    "physics": {"enabled": False, "solver": "forceAtlas2Based", "stabilization": {"enabled": False},
                "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80}},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True,
                    "navigationButtons": False, "keyboard": False, "multiselect": False},
    "layout": {"improvedLayout": False, "randomSeed": 0},
    "nodes": {"shape": "dot", "borderWidth": 1, "font": {"size": 14, "face": "system-ui, sans-serif"},
              "scaling": {"label": {"enabled": True, "drawThreshold": 6}}},
    "edges": {"smooth": False, "color": {"color": "#8a8a8a", "highlight": "#d62728", "hover": "#555555",
                                         "opacity": 0.55},
              "scaling": {"min": 1, "max": 8}},
}


def vis_data(data: dict) -> dict:
    """vis-network's nodes, links and options for the map data, made with pyvis.

    Colours and tooltips are set in the page (they follow the colour-by control, and tooltips
    are built as DOM text); here each node gets its id, label, size and fixed position.
    """
    net = Network(directed=False)
    net.set_options(json.dumps(OPTIONS))
    # pyvis's own add_node / add_edge search lists for duplicates (add_edge scans every edge): a
    # 5k-node map took 30 s there. Ids and links are already unique here, so pyvis's Node and Edge
    # make the options and go straight into the network's lists.
    for n in data["nodes"]:
        node = Node(n["id"], "dot", label=n["label"], font_color=net.font_color, size=n["size"], x=n["x"], y=n["y"],
                    physics=False)
        net.nodes.append(node.options)
        net.node_ids.append(n["id"])
        net.node_map[n["id"]] = node.options
    for e in data["edges"]:
        net.edges.append(Edge(e["from"], e["to"], False, value=e["weight"]).options)
    nodes, edges, *_ = net.get_network_data()
    # pyvis adds a default colour and keeps ids as given; the page's script colours the nodes
    nodes = [{k: v for k, v in node.items() if k != "color"} for node in nodes]
    edges = [{k: e[k] for k in ("from", "to", "value")} for e in edges]
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    return {"nodes": nodes, "edges": edges, "options": options}


@dataclass
class Map:
    """A rendered map: its HTML text and the data it shows. Displays inline in Jupyter."""

    html: str
    data: dict
    renderer: str = "canvas"  # "canvas" (vis-network) or "webgl" (sigma.js)

    def save(self, path: Path | str) -> Path:
        """Write the map (through a temporary file, then renamed) and return its path."""
        path = Path(path)
        atomic_write(path, self.html)
        return path

    def _repr_html_(self) -> str:
        # An iframe with the page in srcdoc: the map's own script and styles stay inside it in
        # classic Notebook, JupyterLab and VS Code alike, and it still needs no network.
        return ('<iframe title="{}" style="width:100%;height:680px;border:1px solid #ddd" '
                'sandbox="allow-scripts allow-popups allow-downloads" srcdoc="{}"></iframe>').format(
            html.escape(self.data["meta"]["title"], quote=True), html.escape(self.html, quote=True))

    def __repr__(self) -> str:
        return (f"<Map {self.data['meta']['title']!r}: {len(self.data['nodes'])} nodes, "
                f"{len(self.data['edges'])} links, {self.renderer}>")


def render(data: dict, renderer: str = "auto", *, threshold: int | None = None) -> Map:
    """Render map data (from :func:`graph.maps.data.map_data`) into a :class:`Map`.

    Parameters
    ----------
    data : dict
        The map's data.
    renderer : {"auto", "canvas", "webgl"}
        See the module's description; ``auto`` chooses by the number of nodes (:func:`choose_renderer`).
    threshold : int, optional
        The number of nodes above which ``auto`` draws with WebGL; defaults to :data:`WEBGL_THRESHOLD`.
    """
    chosen = choose_renderer(len(data["nodes"]), renderer, threshold)
    payload = dict(data)
    if chosen == "canvas":
        payload["vis"] = vis_data(data)
        library, view = vis_script(), _resource("templates", "view-vis.js")
        generator = f"pyvis {PYVIS_VERSION}, vis-network {VIS_VERSION}"
    else:
        library, view = sigma_script(), _resource("templates", "view-sigma.js")
        generator = f"sigma {SIGMA_VERSION}, graphology {GRAPHOLOGY_VERSION}"
    head, filters, details = page_blocks(payload)
    # what the page reads only when asked (filters by partnership, details, tooltips) comes after its
    # scripts on a WebGL map, so the first frame never waits for the browser to read it; vis-network
    # wants every link's tooltip as it starts, so on the canvas it comes before them
    later = "\n".join([_json_block("dsr-filter", filters)] + [_json_block(d["id"], d["chunk"]) for d in details])
    title = html.escape(data["meta"]["title"], quote=True)
    page = _resource("templates", "map.html")
    parts = {
        "__VERSION__": __version__, "__GENERATOR__": generator, "__TITLE__": title,
        "__CSS__": _resource("templates", "map.css"), "__DATA__": json_for_script(head),
        "__LIB_JS__": library, "__VIEW_JS__": view, "__MAP_JS__": _resource("templates", "map.js"),
        "__EARLY__": later if chosen == "canvas" else "", "__LATER__": "" if chosen == "canvas" else later,
    }
    # one pass, so text inserted for one placeholder is never searched for another
    text = re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], page)
    return Map(text, data, chosen)
