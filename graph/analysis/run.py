"""One analysis run: project, measure, find communities, trace change over time, write back as RDF.

``analyze(kg, projection)`` returns an :class:`AnalysisResult`; ``to_quads(result)`` states its
measures and communities in the projection's own named graph
(``dsrgraph:analysis/<projection>``) so SPARQL can ask, say, for the top brokers in 5G;
``write_outputs(result, out)`` writes the tables and the report.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from ..pipeline.lanes import Job, run_jobs
from ..namespaces import ANALYSIS_GRAPH, COMMUNITY, DSR, META_GRAPH, PREFIXES, RDF, RDFS, XSD
from ..store.project import project, projections
from ..store.kg import KnowledgeGraph
from . import centrality, communities, temporal
from .coverage import coverage
from .engine import choose
from .partition import describe, technology_of_nodes
from .result import AnalysisResult

__all__ = ["analyze", "to_quads", "add_to_graph", "write_outputs", "write_analysis", "DEFAULT_PROJECTION", "node_term",
           "technology_of_nodes"]

DEFAULT_PROJECTION = "co-partnership"
# Greedy modularity takes minutes past this many nodes even in igraph (over 10 at 100k): by default
# it is left out above it, and said so; asked for by name, it runs.
GREEDY_LIMIT = 20_000
MEASURE_PROPERTY = {
    "degree": DSR.degree, "weighted_degree": DSR.weightedDegree, "betweenness": DSR.betweenness,
    "closeness": DSR.closeness, "eigenvector": DSR.eigenvector, "pagerank": DSR.pageRank,
    "core_number": DSR.coreNumber, "constraint": DSR.constraint, "effective_size": DSR.effectiveSize,
}
INTEGER_MEASURES = {"degree", "core_number"}
RULE = ("Network measures and communities computed by `dsr analyze` on the {projection} projection "
        "(ontology/projections/{projection}.rq) with seed {seed}, engine {engine}: degree, weighted degree, "
        "normalised betweenness, closeness, eigenvector centrality and PageRank (weighted), core number, "
        "and Burt's constraint and effective size; communities by {methods}.")


def node_term(node: str) -> ox.NamedNode:
    """The IRI of a projection's node id (a prefixed name, or an IRI as it is)."""
    prefix, sep, local = node.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return ox.NamedNode(node)


def analyze(kg: KnowledgeGraph, projection: str = DEFAULT_PROJECTION, *,
            measures: Iterable[str] = centrality.MEASURES, methods: Iterable[str] | None = None,
            years: tuple[int, int] | None = None, seed: int = 42, engine: str = "auto",
            progress: Callable[[str], None] | None = None, lanes: int = 1) -> AnalysisResult:
    """Analyse one projection of the graph.

    Parameters
    ----------
    kg : KnowledgeGraph
    projection : str
        A projection name (``co-partnership``, ``organisation-technology``, ``country-country``,
        ``typed-multigraph``); multigraphs and directed graphs are measured as simple undirected ones.
    measures, methods : names
        Subsets of :data:`centrality.MEASURES` and :data:`communities.METHODS`. By default every
        method, except greedy modularity on graphs of more than :data:`GREEDY_LIMIT` nodes.
    years : (int, int), optional
        Limit the projection to links dated within these years.
    seed : int
        Seed of every randomised step (Louvain, sampled measures), so runs repeat exactly.
    engine : str
        ``auto`` (igraph above the size threshold), ``networkx`` or ``igraph``.
    progress : callable, optional
        Called with a short description before each step (with ``lanes`` > 1, only for the steps
        this process runs).
    lanes : int
        The measures, the communities and the change over time are independent: with 2 or more
        they run side by side, in forked workers (see :mod:`graph.pipeline.lanes`), with the same
        results. One by default, as a notebook or a server should.
    """
    say = progress or (lambda _: None)
    measures = list(measures)
    timings: dict[str, float] = {}

    def step(name):
        say(name)
        return time.perf_counter()

    t = step(f"projecting {projection}")
    g = project(kg, projection, years=years)
    timings["projection"] = time.perf_counter() - t
    if methods is None:
        methods = [m for m in communities.METHODS
                   if not (m == "greedy_modularity" and g.number_of_nodes() > GREEDY_LIMIT)]
    used_engine = choose(g, engine)
    methods = list(methods)

    def measure(phase):
        t = step("measures")
        found = centrality.compute(g, measures, seed=seed, engine=engine, progress=say) if g.number_of_nodes() else {}
        return found, {"measures": time.perf_counter() - t}

    def partition(phase):
        # communities are named after their members of highest weighted degree (or degree): the
        # same values the measures give, worked out here so that this job does not wait for them
        ranked = [m for m in ("weighted_degree", "degree") if m in measures][:1]
        found_by, modularity, summary, took = describe(kg, g, methods, seed=seed, engine=engine,
                                                       rank_by=ranked[0] if ranked else None, say=say)
        return (found_by, modularity, summary), took

    def over_time(phase):
        t = step("change over time")
        found = dict(snapshots=temporal.snapshots(g, cumulative=True) + temporal.snapshots(g, cumulative=False),
                     newcomers=temporal.newcomers(g), movers=temporal.movers(g),
                     technology_timeline=temporal.technology_timeline(kg), per_year_area=temporal.per_year_area(kg),
                     coverage=coverage(kg))
        return found, {"change over time": time.perf_counter() - t}

    # three independent jobs on the projection, side by side in forked workers when lanes > 1; their
    # costs (seconds at 1M statements) only decide which run together
    jobs = [Job("measures", 3.5, measure), Job("communities", 4.3, partition), Job("change over time", 3.0, over_time)]
    done = run_jobs(jobs, lanes=lanes)
    scores, took = done["measures"]
    timings.update(took)
    (partitions, modularity, summary), took = done["communities"]
    timings.update(took)
    over, took = done["change over time"]
    result = AnalysisResult(
        projection=projection, title=projections()[projection].title, seed=seed,
        years=list(years) if years else None, engine=used_engine,
        nodes=g.number_of_nodes(), edges=g.number_of_edges(), measures=measures,
        communities=partitions, modularity=modularity, community_summary=summary, **over,
    )
    timings.update(took)
    membership = {m: {n: i for i, members in enumerate(found) for n in members} for m, found in partitions.items()}
    for node in sorted(g.nodes):
        attrs = g.nodes[node]
        row = {"id": node, "label": str(attrs.get("label", node)), "kind": str(attrs.get("kind", "")),
               "country": str(attrs.get("country", ""))}
        for m in measures:
            row[m] = scores[m][node]
        for method in methods:
            row[f"community_{method}"] = membership[method].get(node, -1)
        result.node_table.append(row)
    result.timings = timings
    return result


def _decimal(x: float) -> ox.Literal:
    """A measure as xsd:decimal with 12 places: stores keep a decimal as written, while some
    (Virtuoso) print an xsd:double with 6 significant digits only."""
    text = f"{round(float(x), 12):.12f}".rstrip("0").rstrip(".")
    return ox.Literal("0" if text in ("", "-0") else text, datatype=ox.NamedNode(str(XSD.decimal)))


def _integer(x) -> ox.Literal:
    return ox.Literal(str(int(x)), datatype=ox.NamedNode(str(XSD.integer)))


def to_quads(result: AnalysisResult) -> list[ox.Quad]:
    """The result's measures and communities as quads in ``dsrgraph:analysis/<projection>``,
    with the graph described (projection, seed, engine, rule) in the metadata graph."""
    n = lambda term: ox.NamedNode(str(term))  # noqa: E731
    graph = n(ANALYSIS_GRAPH[result.projection])
    meta = n(META_GRAPH)
    quads = [
        ox.Quad(graph, n(RDF.type), n(DSR.AnalysisGraph), meta),
        ox.Quad(graph, n(RDF.type), n(DSR.DerivedGraph), meta),
        ox.Quad(graph, n(RDFS.label), ox.Literal(f"Network analysis of the {result.projection} projection", language="en"), meta),
        ox.Quad(graph, n(DSR.projection), ox.Literal(result.projection), meta),
        ox.Quad(graph, n(DSR.seed), _integer(result.seed), meta),
        ox.Quad(graph, n(DSR.engine), ox.Literal(result.engine), meta),
        ox.Quad(graph, n(DSR.rule), ox.Literal(RULE.format(projection=result.projection, seed=result.seed,
                                                             engine=result.engine,
                                                             methods=", ".join(result.communities)), language="en"), meta),
    ]
    for row in result.node_table:
        node = node_term(row["id"])
        for m in result.measures:
            value = row[m]
            if value is None or (isinstance(value, float) and not math.isfinite(value)):
                continue
            literal = _integer(value) if m in INTEGER_MEASURES else _decimal(value)
            quads.append(ox.Quad(node, n(MEASURE_PROPERTY[m]), literal, graph))
    for method, found in result.communities.items():
        partition = n(COMMUNITY[f"{result.projection}/{method}"])
        quads += [
            ox.Quad(partition, n(RDF.type), n(DSR.Partition), graph),
            ox.Quad(partition, n(RDFS.label), ox.Literal(f"{method.replace('_', ' ')} communities of the "
                                                         f"{result.projection} network", language="en"), graph),
            ox.Quad(partition, n(DSR.communityMethod), ox.Literal(method), graph),
            ox.Quad(partition, n(DSR.projection), ox.Literal(result.projection), graph),
            ox.Quad(partition, n(DSR.modularity), _decimal(result.modularity[method]), graph),
        ]
        names = {c["community"]: c.get("name") for c in result.community_summary.get(method, [])}
        for i, members in enumerate(found):
            community = n(COMMUNITY[f"{result.projection}/{method}/{i}"])
            quads += [
                ox.Quad(community, n(RDF.type), n(DSR.Community), graph),
                ox.Quad(community, n(RDFS.label), ox.Literal(names.get(i) or f"community {i}", language="en"), graph),
                ox.Quad(community, n(RDFS.comment), ox.Literal(f"{method.replace('_', ' ')} community {i} of the "
                                                               f"{result.projection} network, named after its most "
                                                               "central members, dominant country and technology "
                                                               "family", language="en"), graph),
                ox.Quad(community, n(DSR.size), _integer(len(members)), graph),
                ox.Quad(community, n(DSR.inPartition), partition, graph),
            ]
            quads += [ox.Quad(node_term(m), n(DSR.community), community, graph) for m in members]
    return quads


def add_to_graph(kg: KnowledgeGraph, result: AnalysisResult) -> None:
    """State the result in the graph, replacing an earlier analysis of the same projection.

    The projections the graph has computed are kept: the measures and communities stated here are
    read by no projection, so the maps and exports after an analysis do not project again."""
    graph = ox.NamedNode(str(ANALYSIS_GRAPH[result.projection]))
    with kg.keeping_memo():
        kg.remove_graph(graph)
        kg.remove_quads(kg.store.quads_for_pattern(graph, None, None, ox.NamedNode(str(META_GRAPH))))
        kg.add_quads(to_quads(result))
    # the shared partition of this projection is now the one stated (see graph.analysis.partition)
    kg.forget(lambda key: key[:2] == ("shared-partition", result.projection))


def write_outputs(result: AnalysisResult, out: Path | str) -> list[Path]:
    """Write the tables (CSV and JSON) and the report (Markdown, HTML, SVG charts) into ``out``."""
    from .report import write_report, write_tables

    out = Path(out)
    return write_tables(result, out) + write_report(result, out)


def write_analysis(result: AnalysisResult, out: Path | str) -> list[Path]:
    """Write the tables, the report and ``analysis.trig`` into ``out`` all at once (staged, then
    swapped in: see :mod:`graph.pipeline.staging`); return the paths written."""
    from ..store.rdfio import render_trig
    from ..pipeline.staging import staged

    out = Path(out)
    with staged(out) as stage:
        written = write_outputs(result, stage.path)
        (stage.path / "analysis.trig").write_text(render_trig(to_quads(result)), encoding="utf-8")
        written.append(stage.path / "analysis.trig")
        stage.entries |= {p.relative_to(stage.path).parts[0] for p in written}
    return [out / p.relative_to(stage.path) for p in written]
