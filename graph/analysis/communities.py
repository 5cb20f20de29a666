"""Communities of a projection: Louvain, label propagation and greedy modularity, in networkx or igraph."""

from __future__ import annotations

__all__ = ["METHODS", "UnknownMethod", "detect", "modularity", "summarise", "name"]

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
        ``{"community": i, "name": text, "size": n, "top_members": [{"id", "label", "score"}, ...],
        "countries": [{"name", "count"}, ...], "technology": [{"name", "count"}, ...]}``; countries
        (ISO codes) and names by count, highest first, ties by name; ``name`` as :func:`name`
        makes it, distinct within the partition.

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
            "name": "",
            "size": len(members),
            "top_members": [{"id": n, "label": g.nodes[n].get("label", str(n)), "score": float(scores.get(n, 0))}
                            for n in ranked],
            "countries": _top(countries, top),
            "technology": _top(areas, top),
        })
    _name_all(out)
    return out


# the country of the graph's Chinese parties: a community is named after it only where no
# partner country holds most of the other members
HOME = "CHN"


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return getattr(found, "common_name", None) or getattr(found, "name", None) or code


def _dominant_country(countries: list[dict]) -> str | None:
    """The partner country holding most of the members outside China; failing that, the country
    holding most of the members with a country (a strict majority in both cases)."""
    abroad = [c for c in countries if c["name"] != HOME]
    rest = sum(c["count"] for c in abroad)
    if abroad and 2 * abroad[0]["count"] > rest:
        return abroad[0]["name"]
    total = sum(c["count"] for c in countries)
    if countries and 2 * countries[0]["count"] > total:
        return countries[0]["name"]
    return None


def name(entry: dict, members: int = 2) -> str:
    """A community's name, made from its content: its ``members`` most central members, then its
    dominant country and its leading technology family, where it has them.

    The dominant country is the partner country holding most (over half) of the members outside
    China; failing that, the country holding over half of the members with a country. Chinese
    firms and banks sit in nearly every community of this graph, so the partner country is what
    tells one community from another.

    Examples
    --------
    >>> name({"top_members": [{"label": "Huawei Technologies Pakistan"}, {"label": "Zong"}],
    ...       "countries": [{"name": "PAK", "count": 5}, {"name": "CHN", "count": 2}],
    ...       "technology": [{"name": "Mobile communications", "count": 4}]})
    'Huawei Technologies Pakistan & Zong · Pakistan · mobile communications'
    """
    labels = [str(m.get("label", m.get("id"))) for m in entry.get("top_members", [])[:members]]
    parts = [" & ".join(labels) or "(empty)"]
    country = _dominant_country(entry.get("countries", []))
    if country:
        parts.append(_country_name(country))
    if entry.get("technology"):
        family = str(entry["technology"][0]["name"])
        parts.append(family[:1].lower() + family[1:] if not family[:2].isupper() else family)
    return " · ".join(parts)


def _name_all(entries: list[dict]) -> None:
    """Name every community; where two names would be the same, the later one names one member
    more, and failing that carries its number."""
    seen: set[str] = set()
    for entry in entries:
        text = name(entry)
        if text in seen:
            longer = name(entry, members=3)
            text = longer if longer not in seen else f"{text} (community {entry['community']})"
        seen.add(text)
        entry["name"] = text
