"""RDF → networkx: the network projections declared as SPARQL files in ontology/projections/*.rq.

A projection file is a SELECT whose rows are links: ``?source`` and ``?target`` are the nodes
(a row without ``?target`` just adds ``?source`` as a node, linked or not),
``?via`` (optional) the resource that links them — a link's weight is the number of distinct
``?via`` — and ``?year`` (optional) the year of that resource. ``?source_x`` / ``?target_x``
columns become node attributes ``x``; any other column an attribute of the link, its distinct
values joined by "; ". For a multigraph (``# graph: multidigraph``) each row is one edge, keyed
by ``?relation``. Every node also gets ``label``, ``kind`` and, where known, ``country`` (an
ISO code) and ``family`` (a technology area's family), read from the graph.

Node ids are prefixed names (``organisation:huawei-technologies``) and every attribute is a
plain str, int or float, so every writer — GraphML, GEXF, JSON — accepts the graph as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

from ..errors import DSRError
from ..namespaces import PREFIXES
from ..resources import ontology_files
from .kg import KnowledgeGraph
from ..technology import scheme

__all__ = ["Projection", "UnknownProjection", "projections", "project", "node_id", "GRAPH_KINDS"]

GRAPH_KINDS = {"undirected": nx.Graph, "directed": nx.DiGraph, "multigraph": nx.MultiGraph,
               "multidigraph": nx.MultiDiGraph}


class UnknownProjection(DSRError):
    """No projection file has that name, or a projection file is malformed."""

    exit_code = 2


@dataclass(frozen=True)
class Projection:
    """A network projection: its name, documentation, kind of graph and SPARQL text."""

    name: str
    title: str
    description: str
    graph: str  # a key of GRAPH_KINDS
    text: str
    bipartite: str | None = None  # 'source' when ?source nodes form one side of a bipartite graph


def _header(text: str, name: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"^#\s*(title|description|graph|bipartite)\s*:\s*(.*)$", line)
        if m:
            fields[m[1]] = m[2].strip()
            last = m[1]
        elif last and re.match(r"^#\s{2,}\S", line):
            fields[last] += " " + line[1:].strip()
    for key in ("title", "description", "graph"):
        if not fields.get(key):
            raise UnknownProjection(f"ontology/projections/{name}.rq: the header has no '# {key}:' line")
    if fields["graph"] not in GRAPH_KINDS:
        raise UnknownProjection(f"ontology/projections/{name}.rq: graph must be one of {', '.join(GRAPH_KINDS)}")
    return fields


@lru_cache(maxsize=1)
def projections() -> dict[str, Projection]:
    """Every projection of the installed package, by name."""
    out = {}
    for f in ontology_files("projections"):
        name = f.name[: -len(".rq")]
        text = f.read_text(encoding="utf-8")
        h = _header(text, name)
        for var in ("?source", "?target"):
            if var not in text:
                raise UnknownProjection(f"ontology/projections/{f.name}: the query must select {var}")
        out[name] = Projection(name, h["title"], h["description"], h["graph"], text, h.get("bipartite"))
    return out


def node_id(term) -> str:
    """A readable, stable node id: a prefixed name where a prefix fits, else the IRI or the value."""
    if isinstance(term, ox.NamedNode):
        return _iri_id(term.value)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


# longest namespace first, so the most specific prefix wins
_BY_LENGTH = tuple(sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])))


@lru_cache(maxsize=1 << 20)
def _iri_id(value: str) -> str:
    for prefix, ns in _BY_LENGTH:
        local = value[len(ns):]
        if value.startswith(ns) and local and "/" not in local and "#" not in local:
            return f"{prefix}:{local}"
    return value


_NODE_ATTRIBUTES = """
PREFIX dsr: <https://w3id.org/dsr/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?node ?label ?kind ?country WHERE {
  { ?node rdfs:label ?label } UNION { ?node skos:prefLabel ?label . FILTER NOT EXISTS { ?node rdfs:label ?any } }
  OPTIONAL {
    ?node a ?class . ?class rdfs:label ?kind .
    FILTER (STRSTARTS(STR(?class), "https://w3id.org/dsr/ontology#") && ?class != dsr:Aggregate)
    FILTER NOT EXISTS { ?node a ?sub . ?sub rdfs:subClassOf ?class . FILTER (?sub != ?class && ?sub != dsr:Aggregate) }
  }
  OPTIONAL { { ?node dsr:homeCountry/dsr:iso3166Code ?country } UNION { ?node dsr:iso3166Code ?country } }
}
"""


def _node_attributes(kg: KnowledgeGraph, wanted: set) -> dict[str, dict]:
    """label, kind, country (and family for technology areas) of the given node terms."""
    out: dict[str, dict] = {}
    tech = scheme()
    for row in kg.store.query(_NODE_ATTRIBUTES):
        node = row["node"]
        if node not in wanted:
            continue
        attrs = out.setdefault(node_id(node), {})
        attrs.setdefault("label", row["label"].value)
        if row["kind"] is not None:
            attrs.setdefault("kind", row["kind"].value)
        if row["country"] is not None:
            attrs.setdefault("country", row["country"].value)
    for node in wanted:
        if isinstance(node, ox.NamedNode) and node.value in tech.concepts:
            concept = tech.concepts[node.value]
            attrs = out.setdefault(node_id(node), {})
            attrs["kind"] = "Technology area"
            attrs["family"] = tech.concepts[concept.family].label
    return out


def _plain(value: str):
    """Year-like and number-like values as numbers; everything else as text."""
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


def project(kg: KnowledgeGraph, name: str = "co-partnership", *, years: tuple[int, int] | None = None) -> nx.Graph:
    """Build a projection as a networkx graph.

    Parameters
    ----------
    kg : KnowledgeGraph
    name : str
        A projection of :func:`projections` (``co-partnership``, ``organisation-technology``,
        ``country-country``, ``typed-multigraph``).
    years : (int, int), optional
        Keep only links through resources dated within these years (inclusive); undated ones are
        then left out.

    Returns
    -------
    networkx.Graph
        Nodes with ``label``, ``kind``, ``country``/``family`` where known, and any ``source_x``
        attributes of the projection; links with ``weight`` (distinct ``?via``), ``via``, ``years``,
        ``first_year``, ``last_year`` and the projection's other columns.

    Examples
    --------
    >>> import graph
    >>> from graph.store.project import project
    >>> g = project(graph.load(), "co-partnership")                       # doctest: +SKIP
    >>> g.nodes["organisation:huawei-technologies"]["kind"]               # doctest: +SKIP
    'Company'
    """
    specs = projections()
    if name not in specs:
        import difflib

        close = difflib.get_close_matches(name, list(specs), n=3, cutoff=0.4)
        hint = f"; closest: {', '.join(close)}" if close else f"; known: {', '.join(specs)}"
        raise UnknownProjection(f"no projection named {name!r}{hint}")
    # computed once per graph (a build's analysis, maps and exports ask for the same ones): a copy each
    # time, so a caller that edits its graph never changes another's
    fresh = []

    def compute():
        g, recipe = _project(kg, specs[name], name, years)
        fresh.append(g)
        return recipe

    recipe = kg.memo(("projection", name, tuple(years) if years else None), compute)
    return fresh[0] if fresh else _rebuild(*recipe)  # the first caller takes the graph just built


def _rebuild(graph_cls, attrs: dict, nodes: list, edges: list) -> nx.Graph:
    """The graph of a recipe: nodes, then edges, in the order the projection added them, so that every
    copy iterates (and so lays out and partitions) exactly as the first one."""
    g = graph_cls()
    g.graph.update(attrs)
    g.add_nodes_from((n, dict(a)) for n, a in nodes)
    if g.is_multigraph():
        g.add_edges_from((u, v, k, dict(a)) for u, v, k, a in edges)
    else:
        g.add_edges_from((u, v, dict(a)) for u, v, _, a in edges)
    return g


def _project(kg: KnowledgeGraph, spec, name: str, years) -> tuple:
    """The projection, and its recipe: (graph class, graph attributes, nodes, edges in insertion order),
    copied so that a caller editing the graph leaves the recipe as it was."""
    result = kg.store.query(spec.text)
    variables = [v.value for v in result.variables]
    node_cols = [v for v in variables if v.startswith(("source_", "target_"))]
    edge_cols = [v for v in variables if v not in ("source", "target", "via", "year", "relation") and v not in node_cols]
    graph_cls = GRAPH_KINDS[spec.graph]
    g = graph_cls()
    order: list[tuple] = []  # edges as added
    g.graph.update(projection=name, title=spec.title)
    if years:
        g.graph.update(first_year=years[0], last_year=years[1])
    terms: set = set()
    node_extra: dict[str, dict] = defaultdict(dict)
    links: dict[tuple, dict] = {}
    ids: set[str] = set()  # every node; added in id order below, as are the links
    multi: list[tuple] = []
    for row in result:
        year = row["year"].value if "year" in variables and row["year"] is not None else None
        year = int(year) if year and year.isdigit() else None
        if years and row["target"] is not None and (year is None or not years[0] <= year <= years[1]):
            continue
        s, t = row["source"], row["target"]
        if s is None:
            continue
        if t is None:  # a node row: a node with or without links
            terms.add(s)
            ids.add(node_id(s))
            continue
        terms.update((s, t))
        sid, tid = node_id(s), node_id(t)
        ids.update((sid, tid))
        for col in node_cols:
            if row[col] is not None:
                side, attr = col.split("_", 1)
                node_extra[sid if side == "source" else tid].setdefault(attr, _plain(row[col].value))
        if spec.graph.startswith("multi"):
            relation = row["relation"].value if "relation" in variables and row["relation"] is not None else "link"
            attrs = {"relation": relation}
            for col in edge_cols:
                if row[col] is not None:
                    attrs[col] = _plain(row[col].value)
            multi.append((sid, tid, relation, attrs))
            continue
        key = (sid, tid) if g.is_directed() else tuple(sorted((sid, tid)))
        link = links.setdefault(key, {"via": {}, "cols": defaultdict(set)})
        via = node_id(row["via"]) if "via" in variables and row["via"] is not None else f"{sid}|{tid}"
        link["via"][via] = year
        for col in edge_cols:
            if row[col] is not None:
                # a side-specific column keeps its side: role of the source as source_role ...
                link["cols"][col].add(row[col].value)
    # nodes and links in id order, whatever order the store returned them in (it differs between a
    # graph built in memory and the same graph read from a file): what iterates over them — layouts,
    # Louvain, sampled measures — then gives the same result for the same graph and seed
    g.add_nodes_from(sorted(ids))
    for sid, tid, relation, attrs in sorted(multi, key=lambda e: (e[0], e[1], e[2], repr(sorted(e[3].items())))):
        if not g.has_edge(sid, tid, relation):
            order.append((sid, tid, relation))
        g.add_edge(sid, tid, key=relation, **attrs)
    for (a, b), link in sorted(links.items()):
        dated = sorted(y for y in link["via"].values() if y is not None)
        attrs = {"weight": len(link["via"]), "via": "; ".join(sorted(link["via"]))}
        if dated:
            attrs.update(years="; ".join(str(y) for y in sorted(set(dated))), first_year=dated[0], last_year=dated[-1])
        for col, values in sorted(link["cols"].items()):
            attrs[col] = "; ".join(sorted(values))
        g.add_edge(a, b, **attrs)
        order.append((a, b, None))
    attributes = _node_attributes(kg, terms)
    for node in g.nodes:
        g.nodes[node].update(attributes.get(node, {"label": node}))
        g.nodes[node].update(node_extra.get(node, {}))
        if spec.bipartite:
            g.nodes[node]["bipartite"] = 0 if g.nodes[node].get("kind") != "Technology area" else 1
    edges = [(u, v, k, dict(g.edges[u, v, k] if k is not None else g.edges[u, v])) for u, v, k in order]
    return g, (graph_cls, dict(g.graph), [(n, dict(a)) for n, a in g.nodes(data=True)], edges)
