"""Communities of a projection: Louvain, label propagation and greedy modularity, in networkx or igraph."""

from __future__ import annotations

__all__ = ["METHODS", "UnknownMethod", "detect", "modularity", "summarise"]

from collections import Counter

import networkx as nx

from ..errors import DSRError
from .engine import THRESHOLD, choose, seeded_igraph, simple_undirected, to_igraph

METHODS = ("louvain", "label_propagation", "greedy_modularity")


class UnknownMethod(DSRError):
    """The community detection method is not one of METHODS."""

    exit_code = 2


def _sorted(nodes) -> list:
    try:
        return sorted(nodes)
    except TypeError:  # ids of mixed types: any fixed order will do
        return sorted(nodes, key=repr)


def _canonical(groups) -> list[list]:
    """Communities as sorted lists, largest first, ties by first member: the order of the tables."""
    communities = [_sorted(c) for c in groups if c]
    try:
        return sorted(communities, key=lambda c: (-len(c), c[0]))
    except TypeError:
        return sorted(communities, key=lambda c: (-len(c), repr(c[0])))


def detect(g: nx.Graph, method: str = "louvain", *, seed: int = 42, engine: str = "auto",
           threshold: int = THRESHOLD, weight: str | None = "weight") -> list[list]:
    """Partition the nodes of a projection into communities.

    The graph is read as :func:`graph.analysis.engine.simple_undirected` gives it, with its
    weights. Every method is seeded or deterministic, so one seed gives one partition:

    ``louvain``
        Blondel et al.'s multilevel modularity optimisation: networkx's ``louvain_communities``
        with ``seed``, or igraph's ``community_multilevel`` drawing from ``random.Random(seed)``.
    ``label_propagation``
        Asynchronous label propagation (Raghavan et al. 2007), weighted: networkx's
        ``asyn_lpa_communities`` with ``seed``, or igraph's ``community_label_propagation`` drawing
        from ``random.Random(seed)``. (networkx's semi-synchronous ``label_propagation_communities``
        is deterministic without a seed, but unweighted and has no igraph counterpart.)
    ``greedy_modularity``
        Clauset-Newman-Moore agglomeration, deterministic: networkx's
        ``greedy_modularity_communities`` or igraph's ``community_fastgreedy`` cut where
        modularity peaks.

    The two engines draw different random numbers, so their partitions may differ; on small
    graphs their modularity is the same or nearly (tests/test_communities.py checks it).

    Cost on co-partnership-shaped graphs (scripts/bench_analysis.py): Louvain ~0.3 s at 10k nodes
    and ~5 s at 100k in igraph. Greedy modularity takes ~3 s at 10k in igraph (over 120 s in
    networkx) and over 10 minutes at 100k: leave it out of analyses of large graphs. Label
    propagation is fast but tends to flood a graph with dominant hubs into one community.

    Parameters
    ----------
    g : networkx.Graph
    method : str
        One of :data:`METHODS`.
    seed : int
    engine, threshold
        See :func:`graph.analysis.engine.choose`.
    weight : str or None
        The link attribute holding weights.

    Returns
    -------
    list of list
        Each community a sorted list of node ids; largest first, ties by first member. Every node
        is in exactly one community (an isolated node is a community of its own).

    Raises
    ------
    UnknownMethod
        When ``method`` is not one of :data:`METHODS`.

    Examples
    --------
    >>> import networkx as nx
    >>> two_triangles = nx.Graph([(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 4), (3, 4)])
    >>> detect(two_triangles)
    [[1, 2, 3], [4, 5, 6]]
    """
    if method not in METHODS:
        raise UnknownMethod(f"unknown community method {method!r}; use one of {', '.join(METHODS)}")
    which = choose(g, engine, threshold)
    s = simple_undirected(g, weight)
    if s.number_of_edges() == 0:
        return _canonical([n] for n in s)
    if which == "networkx":
        if method == "louvain":
            groups = nx.community.louvain_communities(s, weight=weight, seed=seed)
        elif method == "label_propagation":
            groups = nx.community.asyn_lpa_communities(s, weight=weight, seed=seed)
        else:
            groups = nx.community.greedy_modularity_communities(s, weight=weight)
        return _canonical(groups)
    h, nodes = to_igraph(s, weight)
    weights = "weight" if weight is not None else None
    with seeded_igraph(seed):
        if method == "louvain":
            membership = h.community_multilevel(weights=weights).membership
        elif method == "label_propagation":
            membership = h.community_label_propagation(weights=weights).membership
        else:
            membership = h.community_fastgreedy(weights=weights).as_clustering().membership
    groups: dict[int, list] = {}
    for node, c in zip(nodes, membership):
        groups.setdefault(c, []).append(node)
    return _canonical(groups.values())


def modularity(g: nx.Graph, communities, weight: str | None = "weight") -> float:
    """Newman's modularity of a partition of the simple undirected graph, with weights.

    ``Q = sum over communities c of (L_c / m - (D_c / 2m)^2)``: ``m`` the total link weight, ``L_c``
    the weight inside ``c``, ``D_c`` the weighted degree of its members (networkx's
    ``modularity`` at resolution 1).

    Raises
    ------
    networkx.NetworkXError
        (networkx's NotAPartition) when the communities do not cover every node exactly once.

    Examples
    --------
    >>> import networkx as nx
    >>> two_triangles = nx.Graph([(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 4), (3, 4)])
    >>> round(modularity(two_triangles, [[1, 2, 3], [4, 5, 6]]), 6)  # 2 * (3/7 - (7/14)^2)
    0.357143
    """
    return float(nx.community.modularity(simple_undirected(g, weight), communities, weight=weight))


def _top(counts: Counter, top: int) -> list[dict]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [{"name": name, "count": count} for name, count in ranked[:top]]


def summarise(g: nx.Graph, communities, *, scores: dict | None = None, technology: dict | None = None,
              top: int = 5) -> list[dict]:
    """Describe each community: size, leading members, dominant countries and technology.

    Parameters
    ----------
    g : networkx.Graph
        The projection: nodes' ``label`` and ``country`` attributes are read.
    communities : list of list
        As :func:`detect` returns them; numbered 0, 1, ... in this order.
    scores : dict, optional
        node → value ranking the members (highest first, ties by id); default weighted degree.
    technology : dict, optional
        node → ``collections.Counter`` of technology-area (or family) names, summed over the
        members (an agreement of two members counts for both). Without it ``technology`` is empty.
    top : int
        How many members, countries and technology names to list.

    Returns
    -------
    list of dict
        ``{"community": i, "size": n, "top_members": [{"id", "label", "score"}, ...],
        "countries": [{"name", "count"}, ...], "technology": [{"name", "count"}, ...]}``; countries
        (ISO codes) and names by count, highest first, ties by name.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(g, {"a": "PAK", "b": "CHN", "c": "CHN"}, "country")
    >>> s = summarise(g, [["a", "b", "c"]], top=1)
    >>> s[0]["top_members"], s[0]["countries"]
    ([{'id': 'b', 'label': 'b', 'score': 2.0}], [{'name': 'CHN', 'count': 2}])
    """
    if scores is None:
        scores = dict(simple_undirected(g).degree(weight="weight"))
    out = []
    for i, members in enumerate(communities):
        ranked = sorted(members, key=lambda n: (-scores.get(n, 0), str(n)))[:top]
        countries = Counter(g.nodes[n].get("country") for n in members)
        countries.pop(None, None)
        countries.pop("", None)
        areas: Counter = Counter()
        for n in members:
            areas.update((technology or {}).get(n, ()))
        out.append({
            "community": i,
            "size": len(members),
            "top_members": [{"id": n, "label": g.nodes[n].get("label", str(n)), "score": float(scores.get(n, 0))}
                            for n in ranked],
            "countries": _top(countries, top),
            "technology": _top(areas, top),
        })
    return out
