"""Path-based centrality: betweenness (exact or from seeded sources) and closeness (exact or from seeded pivots)."""

from __future__ import annotations

__all__ = ["betweenness", "closeness"]

import random

import networkx as nx

from .base import Prepared, samples
from .engine import THRESHOLD


# -- betweenness ----------------------------------------------------------------------------------

def _betweenness(p: Prepared, k: int | None, seed: int) -> dict:
    n = len(p.nodes)
    k = samples(k, n, "betweenness")
    if n <= 2:
        return {node: 0.0 for node in p.nodes}
    if k is None:
        if p.engine == "networkx":
            return nx.betweenness_centrality(p.g)
        # igraph counts each unordered pair once; networkx normalises by the (n-1)(n-2)/2 pairs
        scale = 2 / ((n - 1) * (n - 2))
        return {node: b * scale for node, b in zip(p.nodes, p.ig.betweenness(directed=False))}
    # The sources networkx's betweenness_centrality(k=k, seed=seed) draws: the same draw on the same
    # node list, so for one seed both engines and networkx's own function see the same sample.
    sources = random.Random(seed).sample(p.nodes, k)
    if p.engine == "networkx":
        half = nx.betweenness_centrality_subset(p.g, sources, p.nodes, normalized=False)
    else:
        half = p.by_node(p.ig.betweenness(directed=False, sources=[p.index[s] for s in sources]))
    # Both give half the sum over the k sources of the shares of paths through v. Scaled as in
    # networkx 3.6's betweenness_centrality(k=...) (normalized, endpoints=False): a source can
    # only lie on paths from the other k - 1 sources.
    chosen = set(sources)
    source_scale = 2 / ((k - 1) * (n - 2))
    other_scale = 2 / (k * (n - 2))
    return {node: half[node] * (source_scale if node in chosen else other_scale) for node in p.nodes}


def betweenness(g: nx.Graph, *, k: int | None = None, seed: int = 42, engine: str = "auto",
                threshold: int = THRESHOLD) -> dict:
    """Shortest-path betweenness, normalised as networkx's ``betweenness_centrality`` (unweighted).

    Paths ignore weights: a link's weight counts shared partnerships, a strength, and taking it as
    a distance would make the strongest ties the longest.

    Parameters
    ----------
    g : networkx.Graph
    k : int, optional
        Sources to sample. None: exact below :data:`SAMPLE_FROM` nodes, :data:`SAMPLES` sources
        from there (whichever the engine). ``k >= n``: exact. The sources are
        ``random.Random(seed).sample(list(g), k)`` - the draw of networkx's
        ``betweenness_centrality(g, k=k, seed=seed)`` - and the counts are scaled as it scales
        them, so both engines equal networkx's own sampled values.
    seed : int
    engine, threshold
        See :func:`graph.analysis.engine.choose`.

    Returns
    -------
    dict
        node → the share of the shortest paths between pairs of other nodes that pass through it
        (0 to 1; for a sample, an unbiased estimate).

    Examples
    --------
    >>> import networkx as nx
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    return _betweenness(Prepared(g, None, engine, threshold), k, seed)


# -- closeness ------------------------------------------------------------------------------------

def _closeness(p: Prepared, k: int | None, seed: int) -> dict:
    n = len(p.nodes)
    k = samples(k, n, "closeness")
    if k is None and p.engine == "networkx":
        return nx.closeness_centrality(p.g)
    values = [0.0] * n
    exact: list[tuple[int, int]] = []  # (vertex, size of its component) for exact sums of distances
    rng = random.Random(seed)
    for comp in p.components():
        r = len(comp)
        if k is None or r <= k:
            exact.extend((v, r) for v in comp)
            continue
        pivots = rng.sample(comp, k)
        sums, pivot_totals = _pivot_searches(p, pivots, comp)
        # Eppstein & Wang (2004): the mean distance from k random pivots estimates a node's mean
        # distance to its component. A non-pivot's pivots are drawn from the r - 1 other nodes, so
        # sum * (r - 1) / k estimates its total distance without bias, and its closeness
        # (r - 1) / total becomes k / sum; networkx's Wasserman-Faust factor (r - 1) / (n - 1)
        # then scales it for the component's size, as for the exact value.
        wf = (r - 1) / (n - 1)
        for v, total in zip(comp, sums):
            values[v] = k / total * wf
        for v, total in zip(pivots, pivot_totals):  # a pivot's own search gave its exact total
            values[v] = (r - 1) / total * wf
    for (v, _), c in zip(exact, _exact_closeness(p, exact)):
        values[v] = c
    return dict(zip(p.nodes, values))


def _pivot_searches(p: Prepared, pivots: list[int], comp: list[int]) -> tuple[list[int], list[int]]:
    """Breadth-first searches from the pivots through their component: for each vertex of ``comp``
    the sum of its distances from the pivots, and for each pivot the sum of its distances."""
    sums = [0] * len(comp)
    totals = []
    if p.engine == "networkx":
        pos = {p.nodes[v]: i for i, v in enumerate(comp)}
        for s in pivots:
            dist = nx.single_source_shortest_path_length(p.g, p.nodes[s])
            totals.append(sum(dist.values()))
            for node, d in dist.items():
                sums[pos[node]] += d
        return sums, totals
    whole = len(comp) == len(p.nodes)
    # a few rows of the distance matrix at a time: 32 rows x 100k targets is ~25 MB of lists
    for start in range(0, len(pivots), 32):
        chunk = pivots[start:start + 32]
        rows = p.ig.distances(source=chunk, target=None if whole else comp)
        totals.extend(sum(row) for row in rows)
        sums = [a + b for a, b in zip(sums, map(sum, zip(*rows)))]
    return sums, totals


def _exact_closeness(p: Prepared, exact: list[tuple[int, int]]) -> list[float]:
    """networkx's closeness (Wasserman-Faust scaled) of the given (vertex, component size) pairs."""
    n = len(p.nodes)
    if not exact:
        return []
    if p.engine == "networkx":
        out = []
        for v, r in exact:
            total = sum(nx.single_source_shortest_path_length(p.g, p.nodes[v]).values())
            out.append((r - 1) / total * (r - 1) / (n - 1) if total > 0 else 0.0)
        return out
    # igraph's normalised closeness is (reachable - 1) / total over the vertex's component (NaN
    # for an isolated vertex, where networkx says 0)
    raw = p.ig.closeness(vertices=[v for v, _ in exact], normalized=True)
    return [c * (r - 1) / (n - 1) if r > 1 else 0.0 for (_, r), c in zip(exact, raw)]


def closeness(g: nx.Graph, *, k: int | None = None, seed: int = 42, engine: str = "auto",
              threshold: int = THRESHOLD) -> dict:
    """Closeness as networkx's ``closeness_centrality`` defines it (unweighted, Wasserman-Faust scaled).

    A node's closeness is ``(r - 1) / total`` - ``total`` its summed distance to the ``r - 1``
    other nodes of its component - times ``(r - 1) / (n - 1)``, so nodes of small components do
    not look central; an isolated node has 0. Distances ignore weights (see :func:`betweenness`).

    Exact closeness costs a breadth-first search per node, O(nm). In a component of more than
    ``k`` nodes it is estimated instead from ``k`` pivots (Eppstein & Wang, "Fast approximation of
    centrality", J. Graph Algorithms Appl. 8(1), 2004): the pivots are drawn per component, in
    order of first node, by one ``random.Random(seed)``; a node's estimate is
    ``k / sum(distances from the pivots) * (r - 1) / (n - 1)``, and each pivot gets its exact value.
    Components of at most ``k`` nodes are computed exactly.

    Parameters
    ----------
    g : networkx.Graph
    k : int, optional
        Pivots per component. None: exact below :data:`SAMPLE_FROM` nodes, :data:`SAMPLES`
        pivots from there (whichever the engine). ``k >= n``: exact.
    seed : int
    engine, threshold
        See :func:`graph.analysis.engine.choose`.

    Returns
    -------
    dict
        node → closeness in [0, 1].

    Examples
    --------
    >>> import networkx as nx
    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    return _closeness(Prepared(g, None, engine, threshold), k, seed)
