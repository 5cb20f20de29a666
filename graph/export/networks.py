"""Network files for other tools: a projection with its measures, a seeded layout, colours and dates.

:func:`network` turns a projection into a :class:`Network`: a copy of the networkx graph with nodes
and links in sorted order and one type per attribute (so every writer gives the same bytes for the
same graph), the measures of ``dsr analyze`` / ``dsr build`` where the graph holds them
(``dsrgraph:analysis/<projection>``), each node's first and last year of activity, and a seeded
layout with a size and colour per node. Every node carries its community (``community``, a
number, and ``community_name``): the projection's shared Louvain partition
(:func:`graph.analysis.partition.shared`), the groups the analysis report and the maps show under
the same numbers and names. Sizes follow PageRank when it was computed, degree otherwise; colours
follow the community.

The writers (GraphML, GEXF 1.3, GML, Cytoscape.js JSON, CSV, Neo4j bulk-import CSV) each take a
Network and a path and return the counts the manifest records.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..store.cells import safe_cell
from ..version import __version__
from ..analysis.partition import shared
from ..namespaces import ANALYSIS_GRAPH
from ..store.project import project
from ..store.kg import KnowledgeGraph

__all__ = ["Network", "network", "write_graphml", "write_gexf", "write_gml", "write_cyjs", "write_csv",
           "write_neo4j", "PALETTE", "NEO4J_TYPES"]

# ColorBrewer "Paired" and "Dark2" (colour-blind-aware qualitative palettes), as RGB.
PALETTE = [(31, 120, 180), (51, 160, 44), (227, 26, 28), (255, 127, 0), (106, 61, 154), (177, 89, 40),
           (27, 158, 119), (217, 95, 2), (117, 112, 179), (231, 41, 138), (102, 166, 30), (230, 171, 2),
           (166, 206, 227), (178, 223, 138), (251, 154, 153), (253, 191, 111)]
OTHER = (153, 153, 153)
MIN_SIZE, MAX_SIZE = 5.0, 50.0
VIZ = ("x", "y", "size", "color")  # layout attributes added to every node (GEXF puts them in viz:*)
NEO4J_TYPES = {bool: "boolean", int: "int", float: "double", str: None}

_MEASURES = """
PREFIX dsr: <https://w3id.org/dsr/ontology#>
SELECT ?node ?measure ?value WHERE {
  GRAPH <%s> { ?node ?p ?value }
  VALUES (?p ?measure) { %s }
}
"""
@dataclass
class Network:
    """A projection ready to write: ``graph`` has plain, consistently typed attributes in sorted order."""

    projection: str
    graph: nx.Graph

    @property
    def multigraph(self) -> bool:
        return self.graph.is_multigraph()


def _measures(kg: KnowledgeGraph, projection: str) -> dict[str, dict]:
    """Measures of each node, from the graph's analysis of the projection."""
    from ..analysis.run import INTEGER_MEASURES, MEASURE_PROPERTY
    from ..store.project import node_id

    graph = str(ANALYSIS_GRAPH[projection])
    values = " ".join(f'(<{p}> "{m}")' for m, p in MEASURE_PROPERTY.items())
    out: dict[str, dict] = {}
    for row in kg.store.query(_MEASURES % (graph, values)):
        m = row["measure"].value
        v = row["value"].value
        out.setdefault(node_id(row["node"]), {})[m] = int(float(v)) if m in INTEGER_MEASURES else float(v)
    return out


def _layout(g: nx.Graph, seed: int) -> dict:
    try:  # the maps' seeded layout, when the maps are installed
        from ..maps.layout import layout
    except ImportError:  # pragma: no cover - same algorithm for small graphs, without the scaling
        layout = None
    if layout is not None:
        return layout(g, seed=seed)
    if g.number_of_nodes() == 0:
        return {}
    raw = nx.spring_layout(nx.Graph(g), seed=seed, weight="weight", iterations=100)
    return {n: (round(float(p[0]) * 1000), round(float(p[1]) * 1000)) for n, p in raw.items()}


def _typed(items: list[dict]) -> None:
    """One type per attribute name: int and float mixed become float; anything mixed with text, text."""
    types: dict[str, set] = {}
    for attrs in items:
        for k, v in attrs.items():
            types.setdefault(k, set()).add(type(v))
    for k, seen in types.items():
        if len(seen) < 2:
            continue
        cast = float if seen <= {int, float} else str
        for attrs in items:
            if k in attrs:
                attrs[k] = cast(attrs[k])


def _plain(value):
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def network(kg: KnowledgeGraph, projection: str, *, seed: int = 42) -> Network:
    """Project ``kg`` and make the result ready to write (see the module docstring).

    Examples
    --------
    >>> import graph
    >>> net = network(graph.load(), "co-partnership")                 # doctest: +SKIP
    >>> sorted(net.graph.nodes["organisation:huawei-technologies"])   # doctest: +SKIP
    ['betweenness', ..., 'color', 'community', ..., 'label', 'size', 'x', 'y']
    """
    g = project(kg, projection)
    measures = _measures(kg, projection)
    h = g.__class__()
    h.graph.update({k: _plain(v) for k, v in sorted(g.graph.items())})
    nodes = {n: {k: _plain(v) for k, v in sorted(g.nodes[n].items()) if v is not None} for n in sorted(g.nodes)}
    part = shared(kg, projection, seed)  # the communities the report and the maps show
    for n, attrs in nodes.items():
        attrs.update(measures.get(n, {}))
        if n in part.membership:
            attrs["community"] = part.membership[n]
            attrs["community_name"] = part.names[part.membership[n]]
    if g.is_multigraph():
        raw = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
        edges = [((u, v, k), {a: _plain(x) for a, x in sorted(d.items()) if x is not None}) for u, v, k, d in raw]
    else:
        pairs = ((u, v, d) if g.is_directed() or u <= v else (v, u, d) for u, v, d in g.edges(data=True))
        edges = [((u, v), {a: _plain(x) for a, x in sorted(d.items()) if x is not None})
                 for u, v, d in sorted(pairs, key=lambda e: (e[0], e[1]))]
    # a node's years of activity: the span of its dated links
    for (u, v, *_), d in edges:
        if "first_year" in d:
            for n in (u, v):
                a = nodes[n]
                a["first_year"] = min(a.get("first_year", d["first_year"]), d["first_year"])
                a["last_year"] = max(a.get("last_year", d["last_year"]), d["last_year"])
    _typed(list(nodes.values()))
    _typed([d for _, d in edges])
    for n, attrs in nodes.items():
        h.add_node(n, **attrs)
    for ends, d in edges:
        h.add_edge(*ends, **d)
    _decorate(h, seed)
    for n in h.nodes:  # attributes in name order, layout ones included
        ordered = dict(sorted(h.nodes[n].items()))
        h.nodes[n].clear()
        h.nodes[n].update(ordered)
    return Network(projection, h)


def _decorate(h: nx.Graph, seed: int) -> None:
    """Position, size and colour of every node."""
    pos = _layout(h, seed)
    ranked = {n: h.nodes[n]["pagerank"] for n in h if "pagerank" in h.nodes[n]}
    if not ranked:
        ranked = {n: float(d) for n, d in h.degree()}
    top = max(ranked.values(), default=0.0) or 1.0
    by_community = any("community" in h.nodes[n] for n in h)
    kinds = sorted({str(h.nodes[n].get("kind", "")) for n in h})
    for n in h:
        a = h.nodes[n]
        x, y = pos.get(n, (0, 0))
        a["x"], a["y"] = float(x), float(y)
        a["size"] = round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * ranked.get(n, 0.0) / top, 2)
        if by_community:
            rgb = PALETTE[a["community"] % len(PALETTE)] if "community" in a else OTHER
        else:
            rgb = PALETTE[kinds.index(str(a.get("kind", ""))) % len(PALETTE)]
        a["color"] = "#%02x%02x%02x" % rgb


def _edge_items(net: Network):
    """(source, target, key or None, attributes) of every link, in the network's order."""
    if net.multigraph:
        return [(u, v, k, d) for u, v, k, d in net.graph.edges(keys=True, data=True)]
    return [(u, v, None, d) for u, v, d in net.graph.edges(data=True)]


# ------------------------------------------------------------------------------------------ writers

def _counts(net: Network) -> dict:
    return {"nodes": net.graph.number_of_nodes(), "edges": net.graph.number_of_edges()}


def write_graphml(net: Network, path: Path) -> dict:
    g = net.graph
    if net.multigraph:  # GraphML edge ids are unique in the document: number the links
        g = g.__class__()
        g.graph.update(net.graph.graph)
        g.add_nodes_from(net.graph.nodes(data=True))
        for i, (u, v, k, d) in enumerate(_edge_items(net)):
            g.add_edge(u, v, key=f"e{i}", **d)
    text = "\n".join(nx.generate_graphml(g)) + "\n"
    path.write_text(text, encoding="utf-8")
    return _counts(net)


def _gexf_date(year: int, end: bool) -> str:
    return f"{year:04d}-12-31" if end else f"{year:04d}-01-01"


def write_gexf(net: Network, path: Path) -> dict:
    """GEXF 1.3 with viz:position, viz:size and viz:color, and start/end dates for Gephi's timeline."""
    g = net.graph.__class__()
    g.graph.update(net.graph.graph)
    for n, a in net.graph.nodes(data=True):
        attrs = {k: v for k, v in a.items() if k not in VIZ}
        rgb = int(a["color"][1:3], 16), int(a["color"][3:5], 16), int(a["color"][5:7], 16)
        attrs["viz"] = {"position": {"x": a["x"], "y": a["y"], "z": 0.0}, "size": a["size"],
                        "color": {"r": rgb[0], "g": rgb[1], "b": rgb[2], "a": 1.0}}
        if "first_year" in a:
            attrs["start"], attrs["end"] = _gexf_date(a["first_year"], False), _gexf_date(a["last_year"], True)
        g.add_node(n, **attrs)
    for u, v, k, d in _edge_items(net):
        attrs = dict(d)
        if "first_year" in d:
            attrs["start"], attrs["end"] = _gexf_date(d["first_year"], False), _gexf_date(d["last_year"], True)
        if net.multigraph:
            attrs["id"] = f"{u}|{k}|{v}"
            g.add_edge(u, v, key=k, **attrs)
        else:
            g.add_edge(u, v, **attrs)
    text = "\n".join(nx.generate_gexf(g, version="1.3")) + "\n"
    # networkx stamps today's date into <meta>: drop it, so the same graph gives the same bytes
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    text = re.sub(r'(<graph [^>]*?) name=""', r"\1", text, count=1)  # an empty name GEXF does not define
    # networkx 3.6 misspells the XML Schema instance namespace for 1.3 (no www.)
    text = text.replace('xmlns:xsi="http://w3.org/2001/XMLSchema-instance"',
                        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', 1)
    text = text.replace(f"<creator>NetworkX {nx.__version__}</creator>",
                        f"<creator>dsr-graph {__version__} (NetworkX {nx.__version__})</creator>", 1)
    path.write_text(text, encoding="utf-8")
    return _counts(net)


def write_gml(net: Network, path: Path) -> dict:
    """GML in UTF-8: the node id is the GML label (unique, as readers require); the display label is
    ``name``. networkx's ``read_gml`` takes ASCII only: read it with ``nx.parse_gml(open(path, encoding="utf-8"))``."""
    g = net.graph.__class__()
    g.graph.update(net.graph.graph)
    for n, a in net.graph.nodes(data=True):
        g.add_node(n, **{("name" if k == "label" else k): v for k, v in a.items()})
    for u, v, k, d in _edge_items(net):
        g.add_edge(u, v, key=k, **d) if net.multigraph else g.add_edge(u, v, **d)
    text = "\n".join(nx.generate_gml(g)) + "\n"
    # networkx writes every non-ASCII character as &#N;, which igraph (and with it R and Gephi's
    # importer) leaves undecoded: write UTF-8, escaping only & and " (and control characters)
    text = _CHAR_REF.sub(lambda m: _gml_char(int(m[1])), text)
    path.write_text(text, encoding="utf-8")
    return _counts(net)


_CHAR_REF = re.compile(r"&#(\d+);")


def _gml_char(code: int) -> str:
    if code == 38:
        return "&amp;"
    if code == 34:
        return "&quot;"
    return f"&#{code};" if code < 32 or code == 127 else chr(code)


def _json_lines(items: list[dict]) -> str:
    return ",".join("\n  " + json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)


def write_cyjs(net: Network, path: Path) -> dict:
    """Cytoscape.js JSON (Cytoscape desktop's .cyjs): elements with data, nodes with a position."""
    nodes = [{"data": {"id": n, "value": n, "name": a.get("label", n), **{k: v for k, v in a.items() if k not in ("x", "y")}},
              "position": {"x": a["x"], "y": a["y"]}} for n, a in net.graph.nodes(data=True)]
    edges = []
    for i, (u, v, k, d) in enumerate(_edge_items(net)):
        data = {"id": f"e{i}", "source": u, "target": v, **({"key": k} if k is not None else {}), **d}
        edges.append({"data": data})
    head = {"format_version": "1.0", "generated_by": f"dsr-graph {__version__}", "target_cytoscapejs_version": "~2.1",
            "data": {"name": net.projection, **net.graph.graph}, "directed": net.graph.is_directed(),
            "multigraph": net.multigraph}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    text += ',"elements":{"nodes":[' + _json_lines(nodes) + '\n ],"edges":[' + _json_lines(edges) + "\n ]}}\n"
    path.write_text(text, encoding="utf-8")
    return _counts(net)


def _columns(items) -> list[str]:
    return sorted({k for a in items for k in a})


def _csv_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def _write_rows(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle, lineterminator="\n")
        w.writerow(header)
        w.writerows([safe_cell(c) if isinstance(c, str) else c for c in row] for row in rows)


def write_csv(net: Network, nodes_path: Path, edges_path: Path) -> dict:
    """Two tables: nodes (id, label, then attributes A-Z) and links (source, target[, key], attributes)."""
    attrs = [c for c in _columns(a for _, a in net.graph.nodes(data=True)) if c != "label"]
    _write_rows(nodes_path, ["id", "label", *attrs],
                ([n, a.get("label", ""), *(_csv_value(a[c]) if c in a else "" for c in attrs)]
                 for n, a in net.graph.nodes(data=True)))
    items = _edge_items(net)
    cols = _columns(d for *_, d in items)
    key = ["key"] if net.multigraph else []
    _write_rows(edges_path, ["source", "target", *key, *cols],
                ([u, v, *([k] if net.multigraph else []), *(_csv_value(d[c]) if c in d else "" for c in cols)]
                 for u, v, k, d in items))
    return _counts(net)


def _neo4j_header(name: str, values) -> str:
    kinds = {type(v) for v in values}
    kind = NEO4J_TYPES.get(kinds.pop()) if len(kinds) == 1 else None
    return f"{name}:{kind}" if kind else name


def _label(text: str) -> str:
    """A Neo4j label or relationship type: letters and digits, in CamelCase."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words) or "Node"


def write_neo4j(net: Network, nodes_path: Path, rels_path: Path, script_path: Path, cypher_path: Path) -> dict:
    """CSV in neo4j-admin's import format, a shell script that runs the import, and a Cypher script
    that loads the same files into a running server with LOAD CSV."""
    node_items = [(n, {k: v for k, v in a.items() if k not in VIZ}) for n, a in net.graph.nodes(data=True)]
    cols = _columns(a for _, a in node_items)
    header = ["id:ID", *(_neo4j_header(c, [a[c] for _, a in node_items if c in a]) for c in cols), ":LABEL"]
    _write_rows(nodes_path, header,
                ([n, *(_csv_value(a[c]) if c in a else "" for c in cols),
                  ";".join(dict.fromkeys(["DsrNode", _label(str(a.get("kind", "Node")))]))]
                 for n, a in node_items))
    items = _edge_items(net)
    rel_cols = [c for c in _columns(d for *_, d in items) if c != "relation"]
    rel_header = [":START_ID", ":END_ID", ":TYPE",
                  *(_neo4j_header(c, [d[c] for *_, d in items if c in d]) for c in rel_cols)]
    _write_rows(rels_path, rel_header,
                ([u, v, _rel_type(str(d.get("relation", k or "")) if net.multigraph else net.projection),
                  *(_csv_value(d[c]) if c in d else "" for c in rel_cols)] for u, v, k, d in items))
    nodes_file, rels_file = nodes_path.name, rels_path.name
    script_path.write_text(
        "#!/bin/sh\n"
        f"# Import the {net.projection} network into an empty Neo4j 5 database with neo4j-admin.\n"
        "# Stop the database first; the name defaults to neo4j. Written by `dsr export`.\n"
        "set -eu\n"
        'cd "$(dirname "$0")"\n'
        'neo4j-admin database import full --overwrite-destination \\\n'
        f"  --nodes={nodes_file} \\\n"
        f"  --relationships={rels_file} \\\n"
        '  "${1:-neo4j}"\n', encoding="utf-8")
    set_nodes = ", ".join(f"n.`{h.split(':')[0]}` = {_cypher_cast(h)}" for h in header[1:-1])
    set_rels = ", ".join(f"r.`{h.split(':')[0]}` = {_cypher_cast(h)}" for h in rel_header[3:])
    cypher_path.write_text(
        f"// Load the {net.projection} network into a running Neo4j (5.26 or later: dynamic labels and types).\n"
        f"// Copy {nodes_file} and {rels_file} into the server's import folder, then:\n"
        f"//   cypher-shell -f {cypher_path.name}\n"
        "// Links of an undirected projection are stored once, in the direction written.\n"
        "CREATE CONSTRAINT dsr_node_id IF NOT EXISTS FOR (n:DsrNode) REQUIRE n.id IS UNIQUE;\n"
        f"LOAD CSV WITH HEADERS FROM 'file:///{nodes_file}' AS row\n"
        "MERGE (n:DsrNode {id: row.`id:ID`})\n"
        + (f"SET {set_nodes}\n" if set_nodes else "")
        + "SET n:$(split(row.`:LABEL`, ';'));\n"
        f"LOAD CSV WITH HEADERS FROM 'file:///{rels_file}' AS row\n"
        "MATCH (a:DsrNode {id: row.`:START_ID`}), (b:DsrNode {id: row.`:END_ID`})\n"
        "CREATE (a)-[r:$(row.`:TYPE`)]->(b)"
        + (f"\nSET {set_rels}" if set_rels else "") + ";\n", encoding="utf-8")
    return _counts(net)


def _rel_type(text: str) -> str:
    """A relationship type in Neo4j's convention: co-partnership → CO_PARTNERSHIP."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", _label(text)).upper()


def _cypher_cast(header: str) -> str:
    name, _, kind = header.partition(":")
    value = f"row.`{header}`"
    cast = {"int": "toInteger", "double": "toFloat", "boolean": "toBoolean"}.get(kind)
    return f"CASE {value} WHEN '' THEN null ELSE {cast}({value}) END" if cast else \
        f"CASE {value} WHEN '' THEN null ELSE {value} END"
