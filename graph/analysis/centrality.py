"""Centrality of the nodes of a projection: degree, paths, spectra, cores and brokerage, in networkx or igraph."""

from __future__ import annotations

__all__ = [
    "MEASURES",
    "SAMPLE_FROM",
    "SAMPLES",
    "UnknownMeasure",
    "compute",
    "degree",
    "weighted_degree",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "core_number",
    "constraint",
    "effective_size",
]

from typing import Callable

import networkx as nx

from .base import SAMPLE_FROM, SAMPLES, Prepared, UnknownMeasure
from .brokerage import _constraint, _effective_size, constraint, effective_size
from .engine import THRESHOLD
from .paths import _betweenness, _closeness, betweenness, closeness
from .spectral import _eigenvector, _pagerank, eigenvector, pagerank

MEASURES = ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank",
            "core_number", "constraint", "effective_size")


# -- degree ---------------------------------------------------------------------------------------

def _degree(p: Prepared) -> dict:
    return dict(p.g.degree())


def _weighted_degree(p: Prepared) -> dict:
    return dict(p.g.degree(weight=p.weight))


def degree(g: nx.Graph) -> dict:
    """Number of partners of each node (links of the simple undirected graph, not normalised).

    networkx's ``degree_centrality`` is this divided by ``n - 1``.

    Examples
    --------
    >>> import networkx as nx
    >>> degree(nx.star_graph(3))
    {0: 3, 1: 1, 2: 1, 3: 1}
    """
    return _degree(Prepared(g, None, "networkx", THRESHOLD))


def weighted_degree(g: nx.Graph, *, weight: str | None = "weight") -> dict:
    """Sum of the weights of each node's links: in a co-partnership graph, partnerships counted once
    per partner (a missing weight counts 1).

    Examples
    --------
    >>> import networkx as nx
    >>> weighted_degree(nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 3})]))
    {'a': 2, 'b': 5, 'c': 3}
    """
    return _weighted_degree(Prepared(g, weight, "networkx", THRESHOLD))


# -- k-core ---------------------------------------------------------------------------------------

def _core_number(p: Prepared) -> dict:
    if p.engine == "networkx":
        return nx.core_number(p.g)
    return dict(zip(p.nodes, p.ig.coreness()))


def core_number(g: nx.Graph, *, engine: str = "auto", threshold: int = THRESHOLD) -> dict:
    """Core number: the largest k such that the node belongs to a subgraph where every node has at
    least k partners (Batagelj & Zaversnik's O(m) algorithm in both engines). Unweighted.

    Examples
    --------
    >>> import networkx as nx
    >>> core_number(nx.Graph([(1, 2), (2, 3), (3, 1), (3, 4)]))
    {1: 2, 2: 2, 3: 2, 4: 1}
    """
    return _core_number(Prepared(g, None, engine, threshold))


# -- all of them ----------------------------------------------------------------------------------

def compute(g: nx.Graph, measures=MEASURES, *, seed: int = 42, engine: str = "auto", threshold: int = THRESHOLD,
            betweenness_k: int | None = None, closeness_k: int | None = None,
            progress: Callable[[str], object] | None = None, weight: str | None = "weight") -> dict[str, dict]:
    """Compute centrality measures of every node of a projection, converting the graph once.

    The graph is read as :func:`graph.analysis.engine.simple_undirected` gives it. Weighted:
    ``weighted_degree``, ``eigenvector`` and ``pagerank`` (a link's weight counts shared
    partnerships). Unweighted: ``degree``, ``core_number``, the path measures ``betweenness`` and
    ``closeness`` (a strength is no distance) and the brokerage measures ``constraint`` and
    ``effective_size``. Normalised as networkx normalises them by default; see each function.

    On graphs of ``threshold`` nodes or more the measures run in igraph (``engine="auto"``), below
    in networkx's own functions (constraint excepted: see :func:`constraint`); both give the same
    values to 1e-9. On graphs of :data:`SAMPLE_FROM` nodes or more, whichever the engine,
    betweenness and closeness are estimated from :data:`SAMPLES` seeded sources and pivots unless
    ``betweenness_k`` / ``closeness_k`` say otherwise: exact betweenness at 100k nodes takes hours.

    Parameters
    ----------
    g : networkx.Graph
        A projection (node ids and attributes as :func:`graph.store.project.project` makes them).
    measures : sequence of str
        Names from :data:`MEASURES`, computed in this order.
    seed : int
        Seed of the sampled betweenness sources and closeness pivots, and of igraph's eigenvector
        start.
    engine : {"auto", "networkx", "igraph"}
    threshold : int
        Nodes from which "auto" uses igraph.
    betweenness_k, closeness_k : int, optional
        Sources / pivots per component; see :func:`betweenness` and :func:`closeness`.
    progress : callable, optional
        Called with each measure's name before it is computed.
    weight : str or None
        The link attribute holding weights.

    Returns
    -------
    dict
        measure → {node → value} for every node of ``g``; values are plain ``int`` (degree, core
        number, and weighted degree with integer weights) or ``float`` (NaN where a measure is
        undefined: constraint and effective size of an isolated node).

    Raises
    ------
    UnknownMeasure
        When a measure is not one of :data:`MEASURES` or a sample size is below 2.
    UnknownEngine
        When ``engine`` is not one of ``auto``, ``networkx``, ``igraph``.

    Examples
    --------
    >>> import networkx as nx
    >>> table = compute(nx.star_graph(3), ["degree", "betweenness", "core_number"])
    >>> table["betweenness"], table["core_number"][0]
    ({0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0}, 1)
    """
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise UnknownMeasure(f"unknown measure {unknown[0]!r}; use some of {', '.join(MEASURES)}")
    p = Prepared(g, weight, engine, threshold)
    steps = {
        "degree": lambda: _degree(p),
        "weighted_degree": lambda: _weighted_degree(p),
        "betweenness": lambda: _betweenness(p, betweenness_k, seed),
        "closeness": lambda: _closeness(p, closeness_k, seed),
        "eigenvector": lambda: _eigenvector(p, seed),
        "pagerank": lambda: _pagerank(p, 0.85),
        "core_number": lambda: _core_number(p),
        "constraint": lambda: _constraint(p),
        "effective_size": lambda: _effective_size(p),
    }
    out = {}
    for name in measures:
        if progress is not None:
            progress(name)
        out[name] = steps[name]()
    return out
