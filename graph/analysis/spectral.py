"""Spectral centrality: eigenvector centrality and PageRank, weighted by shared partnerships."""

from __future__ import annotations

__all__ = ["eigenvector", "pagerank"]

import math

import networkx as nx

from .base import MAX_ITER, TOL, Prepared
from .engine import THRESHOLD, ordered_subgraph, seeded_igraph


# -- eigenvector ----------------------------------------------------------------------------------

def _eigenvector(p: Prepared, seed: int) -> dict:
    if not p.nodes:
        return {}
    strength = [d for _, d in p.g.degree(weight=p.weight)]
    # A component's largest eigenvalue is at most its largest weighted degree, so components are
    # tried in decreasing order of that bound until it falls below the best eigenvalue found:
    # usually the giant component alone is solved.
    comps = sorted(p.components(), key=lambda c: -max(strength[v] for v in c))
    leaders: list[tuple[list[int], list[float]]] = []
    best = -1.0
    for comp in comps:
        if leaders and max(strength[v] for v in comp) < best * (1 - 1e-9):
            break
        lam, vector = _leading_eigenvector(p, comp, len(comps) == 1, seed)
        if lam > best * (1 + 1e-9) or not leaders:
            leaders, best = [(comp, vector)], lam
        elif lam >= best * (1 - 1e-9):
            leaders.append((comp, vector))
    # Components whose eigenvalue ties the largest share the unit norm equally (the eigenvector is
    # not unique then; this keeps isomorphic components equal and the result deterministic).
    share = 1 / math.sqrt(len(leaders))
    values = [0.0] * len(p.nodes)
    for comp, vector in leaders:
        norm = math.sqrt(sum(x * x for x in vector))
        for v, x in zip(comp, vector):
            values[v] = x / norm * share
    return dict(zip(p.nodes, values))


def _leading_eigenvector(p: Prepared, comp: list[int], whole: bool, seed: int) -> tuple[float, list[float]]:
    """Largest eigenvalue of a component's (weighted) adjacency matrix and a positive eigenvector."""
    if len(comp) == 1:
        return 0.0, [1.0]
    if p.engine == "networkx":
        nodes = [p.nodes[v] for v in comp]
        sub = p.g if whole else ordered_subgraph(p.g, nodes)
        x = nx.eigenvector_centrality(sub, max_iter=MAX_ITER, tol=TOL, weight=p.weight)
        # the Rayleigh quotient x'Ax / x'x of the converged vector
        ax = sum(2 * w * x[u] * x[v] for u, v, w in sub.edges(data=p.weight, default=1))
        return ax / sum(x[v] ** 2 for v in nodes), [x[v] for v in nodes]
    sub = p.ig if whole else p.ig.induced_subgraph(comp)  # keeps the vertices in increasing order
    # ARPACK starts from a random vector: seeded, so one seed gives the same digits every run
    with seeded_igraph(seed):
        vector, lam = sub.eigenvector_centrality(weights=p.ig_weights, return_eigenvalue=True)
    return lam, vector


def eigenvector(g: nx.Graph, *, weight: str | None = "weight", seed: int = 42, engine: str = "auto",
                threshold: int = THRESHOLD) -> dict:
    """Eigenvector centrality: the leading eigenvector of the weighted adjacency matrix, unit length.

    What networkx's ``eigenvector_centrality_numpy`` computes, also on graphs that are not
    connected: the leading eigenvector belongs to the component with the largest eigenvalue
    (almost always the giant component), and every other node gets 0. That component is solved
    alone - by networkx's power iteration, to a tight tolerance, or igraph's ARPACK - which
    avoids the failures to converge networkx's ``eigenvector_centrality`` has on the whole of a
    disconnected graph. When several components tie for the largest eigenvalue, each gets its own
    eigenvector and they share the unit norm equally.

    Parameters
    ----------
    g : networkx.Graph
    weight : str or None
        Link weights (shared partnerships): a partner that shares many partnerships counts more.
    seed : int
        Seed of igraph's random start vector (the values agree to ~1e-12 whatever the seed; the
        seed makes them identical from run to run).
    engine, threshold
        See :func:`graph.analysis.engine.choose`.

    Returns
    -------
    dict
        node → a value in [0, 1]; the squares sum to 1.

    Examples
    --------
    >>> import networkx as nx
    >>> {v: round(x, 6) for v, x in eigenvector(nx.star_graph(4)).items()}
    {0: 0.707107, 1: 0.353553, 2: 0.353553, 3: 0.353553, 4: 0.353553}
    """
    return _eigenvector(Prepared(g, weight, engine, threshold), seed)


# -- PageRank -------------------------------------------------------------------------------------

def _pagerank(p: Prepared, alpha: float) -> dict:
    if not p.nodes:
        return {}
    if p.engine == "networkx":
        return _nx_pagerank(p.g, alpha=alpha, weight=p.weight, tol=TOL, max_iter=MAX_ITER)
    return p.by_node(p.ig.pagerank(directed=False, damping=alpha, weights=p.ig_weights))


def _nx_pagerank(g: nx.Graph, *, alpha: float, weight: str | None, tol: float, max_iter: int) -> dict:
    """PageRank by power iteration on the networkx graph, in pure Python.

    The iteration networkx's ``pagerank`` defines (each link both ways, a walker leaves a node by
    a link in proportion to its weight, dangling nodes and the teleport spread uniformly; stop
    when the L1 change falls below ``n * tol``). ``nx.pagerank`` itself needs SciPy, which
    dsr-graph does not depend on; doing the sums here, in the graph's node order, keeps the
    result the same whether or not SciPy happens to be installed.
    """
    nodes = list(g)
    n = len(nodes)
    out_weight = {u: sum(d.get(weight, 1) if weight else 1 for d in g.adj[u].values()) for u in nodes}
    dangling = [u for u in nodes if out_weight[u] == 0]
    x = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        last = x
        spread = (alpha * sum(last[u] for u in dangling) + 1.0 - alpha) / n
        x = dict.fromkeys(nodes, spread)
        for u in nodes:
            if out_weight[u]:
                share = alpha * last[u] / out_weight[u]
                for v, d in g.adj[u].items():
                    x[v] += share * (d.get(weight, 1) if weight else 1)
        if sum(abs(x[u] - last[u]) for u in nodes) < n * tol:
            return x
    raise nx.PowerIterationFailedConvergence(max_iter)


def pagerank(g: nx.Graph, *, alpha: float = 0.85, weight: str | None = "weight", engine: str = "auto",
             threshold: int = THRESHOLD) -> dict:
    """PageRank of the undirected weighted graph (each link both ways), damping ``alpha``.

    A walker follows a link in proportion to its weight and jumps to a uniformly random node with
    probability ``1 - alpha`` (and always from an isolated node), as networkx's ``pagerank``.

    Examples
    --------
    >>> import networkx as nx
    >>> {v: round(x, 6) for v, x in pagerank(nx.cycle_graph(4)).items()}
    {0: 0.25, 1: 0.25, 2: 0.25, 3: 0.25}
    """
    return _pagerank(Prepared(g, weight, engine, threshold), alpha)
