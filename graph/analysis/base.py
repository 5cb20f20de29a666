"""What every centrality module shares: the prepared graph, the sampling rule, the solver tolerances."""

from __future__ import annotations

import networkx as nx

from ..errors import DSRError
from .engine import choose, simple_undirected, to_igraph

__all__ = ["Prepared", "samples", "UnknownMeasure", "SAMPLE_FROM", "SAMPLES", "TOL", "MAX_ITER"]


# Nodes from which betweenness and closeness are estimated by default, and from how many sources
# and pivots. Exact betweenness costs a search per node, O(nm): in igraph ~4 s at 5k nodes / 50k
# links, ~25 s at 10k, hours at 100k. A sampled source costs ~30 ms in igraph at 100k nodes / 1M
# links (a pivot ~15 ms), so 500 keep the default analysis of such a graph well within a minute.
# On the 10k-node benchmark graph (scripts/bench_analysis.py) 500 samples find the exact top 10
# of both measures (9 or 10 of 10) and ~90 of the top 100; closeness is within 1% for most nodes.
SAMPLE_FROM = 5000
SAMPLES = 500

# networkx's iterative solvers stop when the L1 change per node falls below tol; these keep them
# within ~1e-12 of igraph's direct solvers, so both engines give the same table to 1e-9.
TOL = 1e-13
MAX_ITER = 100_000


class UnknownMeasure(DSRError):
    """A measure is not one of MEASURES, or its parameters are out of range."""

    exit_code = 2


class Prepared:
    """The simple undirected graph the measures read, and (made once, on first use) its igraph copy."""

    def __init__(self, g: nx.Graph, weight: str | None, engine: str, threshold: int):
        self.engine = choose(g, engine, threshold)
        self.weight = weight
        self.g = simple_undirected(g, weight)
        self.nodes = list(self.g)
        self.index = {node: i for i, node in enumerate(self.nodes)}
        self._ig = None

    @property
    def ig(self):
        if self._ig is None:
            self._ig, _ = to_igraph(self.g, self.weight)
        return self._ig

    @property
    def ig_weights(self):
        return "weight" if self.weight is not None else None

    def by_node(self, values) -> dict:
        """igraph's per-vertex list as node → plain float."""
        return {node: float(v) for node, v in zip(self.nodes, values)}

    def components(self) -> list[list[int]]:
        """Connected components as lists of vertex positions, each in node order, ordered by first
        position: the same for both engines, so seeded draws per component are too."""
        if self.engine == "igraph":
            comps = [list(c) for c in self.ig.connected_components()]
        else:
            comps = [[self.index[v] for v in c] for c in nx.connected_components(self.g)]
        return sorted((sorted(c) for c in comps), key=lambda c: c[0])


def samples(k: int | None, n: int, name: str) -> int | None:
    """How many sources or pivots to draw (None = exact), by the rule of :func:`compute`."""
    if k is None:
        return SAMPLES if n >= SAMPLE_FROM and SAMPLES < n else None
    if k < 2:
        raise UnknownMeasure(f"{name} needs at least 2 samples, got {k}")
    return None if k >= n else k
