"""Which engine computes the heavy measures (networkx or igraph), and the graph conversions they need."""

from __future__ import annotations

__all__ = ["THRESHOLD", "WORK_LIMIT", "ENGINES", "UnknownEngine", "choose", "simple_undirected", "ordered_subgraph", "to_igraph",
           "seeded_igraph"]

import os
import random
from contextlib import contextmanager
from typing import Iterator

# igraph's OpenMP thread pool does not survive a fork: a child forked after igraph ran (a query
# with a timeout, say) can wait forever. One thread is also what a 2-core machine gains most from.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import igraph  # noqa: E402 - after OMP_NUM_THREADS
import networkx as nx

from ..errors import DSRError

# Nodes from which "auto" runs the measures in igraph. Measured by scripts/bench_analysis.py
# --crossover on co-partnership-shaped graphs (~10 links per node, hubs), the default analysis
# (exact measures and Louvain) takes in networkx / igraph: 1.4 / 0.14 s at 500 nodes, 5.4 / 0.33 s
# at 1k, 23 / 0.85 s at 2k, 59 / 1.7 s at 3k, 218 / 4.9 s at 5k - networkx's exact betweenness
# grows as nm. From 1,000 nodes networkx would keep an analyst waiting for no gain: below it,
# networkx's own functions (the reference, and all the bundled records need) answer within seconds.
THRESHOLD = 1000
# The work of the path measures (betweenness, closeness: a search from every node) grows as nodes
# times links; networkx does about 0.6 of these units per microsecond here, igraph some fifty
# times more. From this much work (about 8 s in networkx) "auto" picks igraph, however few nodes.
WORK_LIMIT = 5_000_000
ENGINES = ("auto", "networkx", "igraph")


class UnknownEngine(DSRError):
    """The engine is not one of ENGINES."""

    exit_code = 2


def choose(g: nx.Graph, engine: str = "auto", threshold: int = THRESHOLD) -> str:
    """The engine that computes the heavy measures of ``g``: ``"networkx"`` or ``"igraph"``.

    Parameters
    ----------
    g : networkx.Graph
        Any networkx graph; only its numbers of nodes and links matter.
    engine : {"auto", "networkx", "igraph"}
        ``"auto"`` picks igraph when ``g`` has at least ``threshold`` nodes or when its nodes times
        its links reach :data:`WORK_LIMIT` (a dense graph of few nodes is as slow in networkx as a
        big one), else networkx; the other two are returned as they are.
    threshold : int
        Nodes from which ``"auto"`` picks igraph.

    Returns
    -------
    str

    Raises
    ------
    UnknownEngine
        When ``engine`` is not one of ENGINES.

    Examples
    --------
    >>> import networkx as nx
    >>> choose(nx.path_graph(10)), choose(nx.path_graph(10), threshold=10), choose(nx.path_graph(10), "igraph")
    ('networkx', 'igraph', 'igraph')
    >>> choose(nx.path_graph(900)), choose(nx.complete_graph(300))  # 300 nodes, 44,850 links
    ('networkx', 'igraph')
    """
    if engine not in ENGINES:
        raise UnknownEngine(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine != "auto":
        return engine
    n = g.number_of_nodes()
    return "igraph" if n >= threshold or n * g.number_of_edges() >= WORK_LIMIT else "networkx"


def simple_undirected(g: nx.Graph, weight: str | None = "weight") -> nx.Graph:
    """``g`` as a simple undirected graph: the graph every centrality and community measure reads.

    A simple undirected graph without self-loops is returned as it is (not copied: callers never
    change it). Otherwise a new ``nx.Graph`` is built with the same nodes, in the same order, and
    their attributes: the links of a directed graph lose their direction, parallel links (of a
    multigraph, or ``u→v`` beside ``v→u``) become one link whose ``weight`` is the sum of theirs (a
    link without one counts 1, so an unweighted multigraph gets multiplicities), and self-loops
    are dropped (an organisation is not its own partner; networkx's core numbers refuse them).
    Other link attributes are not kept.

    Parameters
    ----------
    g : networkx.Graph, DiGraph, MultiGraph or MultiDiGraph
    weight : str or None
        The link attribute that holds weights (summed under the same name). None: every link
        counts 1 and the result carries no weights.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> import networkx as nx
    >>> m = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b", {"weight": 3}), ("b", "b")])
    >>> s = simple_undirected(m)
    >>> sorted(s.edges(data="weight")), s.is_directed(), s.is_multigraph()
    ([('a', 'b', 5)], False, False)
    """
    if not g.is_directed() and not g.is_multigraph() and nx.number_of_selfloops(g) == 0:
        return g
    s = nx.Graph()
    s.graph.update(g.graph)
    s.add_nodes_from(g.nodes(data=True))
    for u, v, w in g.edges(data=weight, default=1):
        if u == v:
            continue
        if weight is None:
            s.add_edge(u, v)
        elif s.has_edge(u, v):
            s[u][v][weight] += w
        else:
            s.add_edge(u, v, **{weight: w})
    return s


def ordered_subgraph(g: nx.Graph, nodes: list) -> nx.Graph:
    """A copy of the subgraph of ``g`` induced by ``nodes``, with its nodes in the order given.

    networkx's ``g.subgraph(nodes)`` iterates the *set* of nodes it is given when that set is
    smaller than half the graph, so its node order (and with it a layout's or a power
    iteration's result) changes with ``PYTHONHASHSEED``. This copy takes the nodes in the order
    of the list and each node's links in ``g``'s order, and costs only the links it keeps.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([("c", "a"), ("a", "b"), ("b", "d")])
    >>> list(ordered_subgraph(g, ["c", "a", "b"]).edges)
    [('c', 'a'), ('a', 'b')]
    """
    keep = set(nodes)
    h = g.__class__()
    h.graph.update(g.graph)
    h.add_nodes_from((n, g.nodes[n]) for n in nodes)
    directed, multi = g.is_directed(), g.is_multigraph()
    done: set = set()
    for u in nodes:
        for v, data in g.adj[u].items():
            if v not in keep or (not directed and v in done):
                continue
            if multi:
                h.add_edges_from((u, v, k, d) for k, d in data.items())
            else:
                h.add_edge(u, v, **data)
        done.add(u)
    return h


def to_igraph(g: nx.Graph, weight: str | None = "weight") -> tuple[igraph.Graph, list]:
    """An igraph copy of ``g``'s structure, built from an edge list, and the node ids in vertex order.

    Building from an edge list is about twice as fast as ``igraph.Graph.from_networkx`` (measured
    at ~100k nodes) and copies nothing but the structure and the weights: vertex ``i`` is
    ``nodes[i]`` (the order of ``g.nodes``); node and other link attributes stay in networkx.

    Parameters
    ----------
    g : networkx.Graph
        Directed graphs stay directed; a multigraph's parallel links stay parallel (pass it through
        :func:`simple_undirected` first for the measures of this package).
    weight : str or None
        The link attribute copied to the igraph edge attribute ``"weight"`` (a missing value counts
        1). None: no weights are copied.

    Returns
    -------
    (igraph.Graph, list)
        The graph and its node ids, ``nodes[i]`` being vertex ``i``.

    Examples
    --------
    >>> import networkx as nx
    >>> h, nodes = to_igraph(nx.Graph([("x", "y", {"weight": 2}), ("y", "z")]))
    >>> nodes, h.get_edgelist(), h.es["weight"]
    (['x', 'y', 'z'], [(0, 1), (1, 2)], [2, 1])
    """
    nodes = list(g)
    index = {node: i for i, node in enumerate(nodes)}
    edges: list[tuple[int, int]] = []
    weights: list = []
    # Walking the adjacency dicts is ~2x faster than g.edges(data=...) at a million links. An
    # undirected link is seen from both ends: keep it once, from the end that comes first.
    directed, multi = g.is_directed(), g.is_multigraph()
    for u, nbrs in g.adjacency():
        iu = index[u]
        for v, data in nbrs.items():
            iv = index[v]
            if not directed and iv < iu:
                continue
            for d in (data.values() if multi else (data,)):
                edges.append((iu, iv))
                if weight is not None:
                    weights.append(d.get(weight, 1))
    attrs = {"weight": weights} if weight is not None else {}
    return igraph.Graph(n=len(nodes), edges=edges, directed=directed, edge_attrs=attrs), nodes


@contextmanager
def seeded_igraph(seed: int) -> Iterator[None]:
    """Run igraph's randomised algorithms inside the block from ``random.Random(seed)``.

    igraph draws from one process-wide generator, by default Python's ``random`` module (whose
    state anything else may change). The block gets its own seeded generator, so the same seed
    gives the same result; afterwards igraph draws from the ``random`` module again (igraph offers
    no way to read which generator was set before, so another custom one is not restored).
    """
    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)
