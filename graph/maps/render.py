"""Map data → one self-contained HTML file: pyvis builds the vis-network nodes, links and options,
and dsr-graph's own template inlines vis-network, the page's script and the data.

pyvis's template loads vis-network, Bootstrap and tom-select from CDNs even in its ``in_line``
mode, does not escape labels, and shows titles that contain "href" as HTML. So pyvis is used
for what it does well — turning nodes and links into vis-network's data and options — and the
page comes from ``templates/map.html``: the data travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` written as ``\\u003c``
etc., so no text from the data can close the element, and the page's script shows every text
through ``textContent``.
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

__all__ = ["Map", "render", "vis_data", "VIS_VERSION", "VIS_SHA256", "json_for_script"]

VIS_VERSION = "10.1.2"
VIS_SHA256 = "fc674cfa6cceb27a3b40ff4ea75c204a2d8570fb39b9a627127cf7039e141ad4"
PYVIS_VERSION = "0.3.2"


def _resource(*parts: str) -> str:
    return files("graph.maps").joinpath(*parts).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vis_script() -> str:
    """The vendored vis-network bundle, checked, without its source-map comment (so nothing asks for a .map)."""
    raw = files("graph.maps").joinpath("vendor", "vis-network.min.js").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != VIS_SHA256:
        raise RuntimeError(f"graph/maps/vendor/vis-network.min.js has sha256 {digest}, expected {VIS_SHA256}")
    text = raw.decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("//# sourceMappingURL=")]
    text = "\n".join(lines)
    if "</script" in text.lower() or "<!--" in text:
        raise RuntimeError("vis-network.min.js contains '</script' or '<!--': it cannot be inlined safely")
    return text


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
        return f"<Map {self.data['meta']['title']!r}: {len(self.data['nodes'])} nodes, {len(self.data['edges'])} links>"


def render(data: dict) -> Map:
    """Render map data (from :func:`graph.maps.data.map_data`) into a :class:`Map`."""
    payload = dict(data)
    payload["vis"] = vis_data(data)
    title = html.escape(data["meta"]["title"], quote=True)
    page = _resource("templates", "map.html")
    parts = {
        "__VERSION__": __version__, "__PYVIS__": PYVIS_VERSION, "__VIS__": VIS_VERSION, "__TITLE__": title,
        "__CSS__": _resource("templates", "map.css"), "__DATA__": json_for_script(payload),
        "__VIS_JS__": vis_script(), "__MAP_JS__": _resource("templates", "map.js"),
    }
    # one pass, so text inserted for one placeholder is never searched for another
    text = re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], page)
    return Map(text, data)
