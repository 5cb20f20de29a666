"""Maps above the node cap: communities, or the top organisations plus "others", as super-nodes.

Headless Chromium on 2 cores takes about 2 s to make a 5,000-node map ready and 6–8 s at 20,000
(canvas or WebGL; see ``scripts/bench_maps.py``), and an analyst reads neither at a glance. Above
``node_cap`` nodes a map is aggregated, and says so in a banner and in its legend:

``"community"`` (the default)
    Each community of the shared Louvain partition (the one the map colours by, named as in the
    analysis report) becomes one node, sized by the
    number of organisations in it and linked to another community by the distinct partnerships
    between their members. When there are more communities than the cap, the largest
    ``node_cap - 1`` stay and the rest are folded into one "others" node.
``"top"``
    The ``node_cap - 1`` nodes ranked highest by the size measure stay as they are, with their links
    among themselves; every other node is folded into one "others" node linked to them.

A super-node keeps what its details panel and the filters need: its members (best ranked
first), how many of each kind and country, its links inside, and the union of its members'
partnerships.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

__all__ = ["Aggregation", "aggregate", "MODES", "DEFAULT_NODE_CAP"]

MODES = ("community", "top")
DEFAULT_NODE_CAP = 2000


@dataclass(frozen=True)
class Aggregation:
    """How a map was aggregated: the mode, the cap and the size of the network it stands for."""

    mode: str
    cap: int
    nodes: int  # of the network before aggregation
    edges: int
    groups: int  # super-nodes drawn (others included)

    def text(self, what: str = "organisations") -> str:
        """The sentence the map's banner shows."""
        if self.mode == "community":
            how = (f"each of its {self.groups} communities is drawn as one node, sized by its number of "
                   f"{what}; links count the partnerships between communities")
        else:
            how = (f"the {self.groups - 1:,} best ranked are drawn, and the other "
                   f"{self.nodes - self.groups + 1:,} are folded into one \u201cothers\u201d node")
        return (f"Aggregated: this network has {self.nodes:,} nodes and {self.edges:,} links, more than the cap "
                f"of {self.cap:,} nodes; {how}. Narrow it (focus, country, technology, years) or raise the cap "
                "to see every node.")


def _rank(nodes, scores: dict) -> list:
    def key(n):
        v = scores.get(n)
        v = v if isinstance(v, (int, float)) and v == v else float("-inf")
        return (-v, str(n))
    return sorted(nodes, key=key)


def aggregate(g: nx.Graph, cap: int, *, mode: str = "community", communities: dict | None = None,
              scores: dict | None = None, names: dict | None = None) -> tuple[nx.Graph, Aggregation]:
    """Fold ``g`` into at most ``cap`` nodes.

    Parameters
    ----------
    g : networkx.Graph
        The map's graph: nodes with ``label``, ``kind``, ``country``, ``partnerships`` (a dict
        partnership id → roles); links with ``weight`` and ``vias`` (a tuple of partnership ids).
    cap : int
        Most nodes drawn (at least 2).
    mode : {"community", "top"}
    communities : dict
        node → community number (needed for ``"community"``).
    names : dict, optional
        community number → name, the label of its super-node ("Community <n>" without one).
    scores : dict
        node → value of the size measure; ranks members, and nodes in ``"top"`` mode.

    Returns
    -------
    (networkx.Graph, Aggregation)
        Super-nodes ``group:<n>`` / ``group:others`` (or, in ``"top"`` mode, the kept node ids
        and ``group:others``) with ``label``, ``kind``, ``members`` (ranked ids), ``kinds`` and
        ``countries`` (Counters), ``internal`` (links inside), ``partnerships``; links with
        ``weight`` (distinct partnerships, or summed weights where links have none), ``vias``
        and ``links`` (original links folded into it).

    Examples
    --------
    >>> g = nx.complete_graph(6)
    >>> nx.set_node_attributes(g, {n: {"label": str(n), "kind": "Company", "country": "", "partnerships": {}} for n in g})
    >>> nx.set_edge_attributes(g, {e: {"weight": 1, "vias": ()} for e in g.edges})
    >>> h, info = aggregate(g, 3, mode="top", scores={0: 5, 1: 4})
    >>> sorted(map(str, h)), h.nodes["group:others"]["members"], info.groups
    (['0', '1', 'group:others'], [2, 3, 4, 5], 3)
    """
    if mode not in MODES:
        raise ValueError(f"unknown aggregation {mode!r}; use one of {', '.join(MODES)}")
    cap = max(2, int(cap))
    scores = scores or {}
    ranked = _rank(g.nodes, scores)
    group_of: dict = {}
    if mode == "community":
        by_community: dict = defaultdict(list)
        for node in ranked:
            by_community[(communities or {}).get(node, -1)].append(node)
        order = sorted(by_community, key=lambda c: (-len(by_community[c]), c))
        kept = order[: cap - 1] if len(order) > cap else order
        for c in order:
            gid = f"group:{c}" if c in kept else "group:others"
            for node in by_community[c]:
                group_of[node] = gid
    else:
        for i, node in enumerate(ranked):
            group_of[node] = node if i < cap - 1 else "group:others"
    h = nx.Graph()
    members: dict = defaultdict(list)
    for node in ranked:
        members[group_of[node]].append(node)
    for gid in sorted(members, key=lambda x: (x == "group:others", str(x))):
        ms = members[gid]
        if mode == "top" and gid != "group:others":
            h.add_node(gid, **g.nodes[gid])
            continue
        attrs = g.nodes
        partnerships: dict = {}
        for m in ms:
            for pid in attrs[m].get("partnerships", {}):
                partnerships.setdefault(pid, [])
        number = gid.split(":", 1)[1]
        what = ("Others" if gid == "group:others" else
                (names or {}).get(int(number)) or f"Community {number}" if mode == "community" else "")
        top = ", ".join(str(attrs[m].get("label", m)) for m in ms[:3])
        h.add_node(gid, label=f"{what} ({len(ms):,})", kind="Group", country="", top=top,
                   members=ms, kinds=Counter(str(attrs[m].get("kind", "")) for m in ms),
                   countries=Counter(str(attrs[m].get("country", "")) for m in ms),
                   community=-1 if gid == "group:others" else int(number) if mode == "community" else -1,
                   internal=0, partnerships=partnerships)
    links: dict = {}
    for u, v, data in g.edges(data=True):
        a, b = group_of[u], group_of[v]
        if a == b:
            if h.nodes[a].get("members") is not None:
                h.nodes[a]["internal"] += 1
            continue
        key = (a, b) if str(a) <= str(b) else (b, a)
        link = links.setdefault(key, {"vias": set(), "weight": 0, "links": 0})
        link["vias"].update(data.get("vias", ()))
        link["weight"] += data.get("weight", 1)
        link["links"] += 1
    for (a, b), link in sorted(links.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        vias = tuple(sorted(link["vias"]))
        h.add_edge(a, b, vias=vias, weight=len(vias) or link["weight"], links=link["links"])
    info = Aggregation(mode, cap, g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes())
    return h, info
