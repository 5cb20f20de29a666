"""Communities of a projection, found and described once: the partition the report, the maps and the exports share.

:func:`describe` runs the community methods on a projection and describes each community
(:func:`graph.analysis.communities.summarise`, which names it from its content); ``dsr analyze``
and the build's analysis call it. :func:`shared` gives *the* partition of a projection for a
seed — Louvain, as the analysis states it in ``dsrgraph:analysis/<projection>`` — so that a
community is the same group, with the same number and the same name, in the analysis report,
every map of the projection (a narrowed map shows the same groups, restricted to what it draws)
and the exported network files:

- when the graph states an analysis of the projection with that seed whose Louvain partition
  covers every node of the projection, that partition is read back;
- otherwise it is found and described exactly as the analysis would (same projection, seed,
  engine choice and ranking), and kept with the graph until the graph changes.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable

import networkx as nx
import pyoxigraph as ox

from ..namespaces import ANALYSIS_GRAPH, COMMUNITY, DSR, META_GRAPH
from ..store.kg import KnowledgeGraph
from ..store.project import node_id, project
from . import centrality, communities

__all__ = ["SharedPartition", "describe", "shared", "technology_of_nodes", "METHOD"]

METHOD = "louvain"  # the method whose partition is shared

_FAMILIES = """
PREFIX dsr: <https://w3id.org/dsr/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?p ?family WHERE {
  ?p dsr:technologyArea ?t . ?t skos:broader* ?f . ?f skos:topConceptOf ?s ; skos:prefLabel ?family .
}
"""


def technology_of_nodes(kg: KnowledgeGraph, g: nx.Graph) -> dict[str, Counter]:
    """For each node, how many distinct partnerships of each technology family its links pass through."""
    families: dict[str, set] = defaultdict(set)
    for row in kg.store.query(_FAMILIES):
        families[node_id(row["p"])].add(row["family"].value)
    seen: dict[str, set] = defaultdict(set)
    for u, v, data in g.edges(data=True):
        for via in str(data.get("via", "")).split("; "):
            if via:
                seen[u].add(via)
                seen[v].add(via)
    return {node: Counter(f for via in vias for f in families.get(via, ())) for node, vias in seen.items()}


def describe(kg: KnowledgeGraph, g: nx.Graph, methods, *, seed: int = 42, engine: str = "auto",
             rank_by: str | None = "weighted_degree", say: Callable[[str], None] = lambda _: None):
    """Find the communities of ``g`` (a projection of ``kg``) by each method and describe them.

    Members are ranked by ``rank_by`` (a measure of :mod:`graph.analysis.centrality`; by default
    weighted degree, as ``dsr analyze`` computes it) to pick the members a community is named after.

    Returns
    -------
    (found, modularity, summary, took)
        Dicts keyed by method: the communities (:func:`communities.detect`), their modularity,
        their descriptions with names (:func:`communities.summarise`), and seconds taken.
    """
    nodes = g.number_of_nodes()
    ranking = centrality.compute(g, [rank_by], seed=seed, engine=engine)[rank_by] if rank_by and nodes else None
    tech = technology_of_nodes(kg, g)
    found_by, modularity, summary, took = {}, {}, {}, {}
    for method in methods:
        t = time.perf_counter()
        say(f"communities: {method}")
        found = communities.detect(g, method, seed=seed, engine=engine) if nodes else []
        found_by[method] = found
        modularity[method] = communities.modularity(g, found) if found else 0.0
        summary[method] = communities.summarise(g, found, scores=ranking, technology=tech)
        took[f"communities:{method}"] = time.perf_counter() - t
    return found_by, modularity, summary, took


@dataclass(frozen=True)
class SharedPartition:
    """The shared partition of a projection: node id → community number, number → name."""

    projection: str
    seed: int
    membership: dict
    names: dict
    stated: bool  # read back from the graph's analysis (else found here)


_STATED = """
PREFIX dsr: <https://w3id.org/dsr/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?node ?community ?name WHERE {
  GRAPH <%s> { ?node dsr:community ?community . ?community dsr:inPartition <%s> ; rdfs:label ?name }
}
"""


def _stated(kg: KnowledgeGraph, projection: str, seed: int, nodes) -> SharedPartition | None:
    graph = ox.NamedNode(str(ANALYSIS_GRAPH[projection]))
    seeds = {q.object.value for q in kg.store.quads_for_pattern(graph, ox.NamedNode(str(DSR.seed)), None,
                                                                   ox.NamedNode(str(META_GRAPH)))}
    if seeds != {str(seed)}:
        return None
    prefix = str(COMMUNITY[f"{projection}/{METHOD}/"])
    membership, names = {}, {}
    for row in kg.store.query(_STATED % (graph.value, str(COMMUNITY[f"{projection}/{METHOD}"]))):
        number = row["community"].value[len(prefix):]
        if not number.isdigit():
            return None
        membership[node_id(row["node"])] = int(number)
        names[int(number)] = row["name"].value
    if any(n not in membership for n in nodes):  # an analysis of some years only, or of another graph
        return None
    return SharedPartition(projection, seed, membership, dict(sorted(names.items())), True)


def _found(kg: KnowledgeGraph, projection: str, seed: int, g: nx.Graph) -> SharedPartition:
    found, _, summary, _ = describe(kg, g, [METHOD], seed=seed)
    membership = {n: i for i, members in enumerate(found[METHOD]) for n in members}
    names = {c["community"]: c["name"] for c in summary[METHOD]}
    return SharedPartition(projection, seed, membership, names, False)


def shared(kg: KnowledgeGraph, projection: str, seed: int = 42) -> SharedPartition:
    """The partition of ``projection`` that the report, the maps and the exports share (see the module docstring)."""
    def make():
        g = project(kg, projection)
        return _stated(kg, projection, seed, g.nodes) or _found(kg, projection, seed, g)

    return kg.memo(("shared-partition", projection, seed), make)
