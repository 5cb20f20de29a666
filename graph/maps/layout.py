"""Node positions computed ahead of the browser, seeded, so a map draws at once with physics off.

A browser that stabilises vis-network's physics keeps an analyst waiting even at 200 nodes
(measured in headless Chromium on 2 cores: 38 s with pyvis's defaults; 0.6 s with positions sent
along; ``scripts/bench_maps.py`` compares both). So every
map carries positions, computed here:

- below :data:`NETWORKX_LIMIT` nodes, networkx's ``spring_layout`` (Fruchterman–Reingold, weighted
  by the links' ``weight``) with ``seed`` — chosen by cost, not size alone: its work grows as the
  square of a component's size, so a map spends at most :data:`NETWORKX_BUDGET` (the sum of n² of
  the components it lays out this way, smallest first) and the rest go to igraph (a gallery at
  100k statements spent most of its time here);
- from it on, igraph's Fruchterman–Reingold with its grid approximation (about 2.6 s at 20k
  nodes; networkx's takes minutes there), drawing from ``random.Random(seed)`` through
  :func:`graph.analysis.engine.seeded_igraph`.

Both are deterministic for a seed and the graph's node order. Positions are then centred and
scaled so that each node has about :data:`SPACING` pixels of room (the map's coordinates are vis
pixels at zoom 1), and rounded to whole pixels, so the same input gives byte-identical maps.

Each connected component is laid out on its own and the components are then packed in rows,
biggest first, so small islands sit beside the main network instead of being flung to its edges.
"""

from __future__ import annotations

import math

import networkx as nx

from ..analysis.engine import ordered_subgraph, seeded_igraph, simple_undirected, to_igraph

__all__ = ["layout", "NETWORKX_LIMIT", "NETWORKX_BUDGET", "SPACING", "ENGINES"]

NETWORKX_LIMIT = 500
NETWORKX_BUDGET = 50_000  # a map's networkx layout work, as the sum of n² over its components
SPACING = 60.0
ENGINES = ("auto", "networkx", "igraph")


def _scale(raw: dict, n: int) -> dict[str, tuple[int, int]]:
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    cx, cy = sum(xs) / n, sum(ys) / n
    radius = math.sqrt(sum((x - cx) ** 2 + (y - cy) ** 2 for x, y in zip(xs, ys)) / n) or 1.0
    # RMS radius r holds ~n nodes in a disc of area pi r^2: give each SPACING^2 of it.
    target = SPACING * math.sqrt(n / math.pi)
    f = target / radius
    return {node: (round((x - cx) * f), round((y - cy) * f)) for node, (x, y) in raw.items()}


# Laid-out shapes of components, by their structure: a component's positions depend only on its
# size, its links (as positions in its node order) and their weights, the seed and the engine —
# not on the nodes' names. A gallery lays out hundreds of small components (pairs, triangles,
# stars) of the same few shapes, each then computed once per process.
_SHAPES: dict[tuple, list] = {}
SHAPE_CACHE_NODES = 1_000  # components of more nodes are seldom repeated: not kept
SHAPE_CACHE_SIZE = 20_000


def _component(s: nx.Graph, seed: int, use_networkx: bool, weight: str | None) -> dict:
    """Positions of one connected component, scaled to SPACING pixels per node."""
    n = s.number_of_nodes()
    if n == 1:
        return {next(iter(s)): (0, 0)}
    nodes = list(s.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    shape = (n, tuple((index[u], index[v], d.get(weight) if weight else None) for u, v, d in s.edges(data=True)),
             seed, use_networkx, weight)
    found = _SHAPES.get(shape)
    if found is None:
        found = _lay_out(s, seed, use_networkx, weight)
        found = [found[node] for node in nodes]
        if n <= SHAPE_CACHE_NODES and len(_SHAPES) < SHAPE_CACHE_SIZE:
            _SHAPES[shape] = found
    return dict(zip(nodes, found))


def _lay_out(s: nx.Graph, seed: int, use_networkx: bool, weight: str | None) -> dict:
    n = s.number_of_nodes()
    if use_networkx:
        raw = nx.spring_layout(s, seed=seed, weight=weight, iterations=100)
        raw = {node: (float(p[0]), float(p[1])) for node, p in raw.items()}
    else:
        h, nodes = to_igraph(s, None)
        with seeded_igraph(seed):
            coords = h.layout_fruchterman_reingold(niter=500, grid=n >= 1000)
        raw = {node: (float(x), float(y)) for node, (x, y) in zip(nodes, coords.coords)}
    return _scale(raw, n)


def _pack(parts: list[dict]) -> dict:
    """Place laid-out components in rows (shelves), biggest first, then centre the whole on (0, 0)."""
    boxes = []
    for pos in parts:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + SPACING, max(ys) - min(ys) + SPACING))
    area = sum(w * h for _, _, w, h in boxes)
    width = max(max(w for _, _, w, _ in boxes), math.sqrt(area) * 1.3)
    out: dict = {}
    x = y = row = 0.0
    for pos, (x0, y0, w, h) in zip(parts, boxes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in pos.items():
            out[node] = (px - x0 + x, py - y0 + y)
        x += w
        row = max(row, h)
    cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
    cy = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
    return {node: (round(px - cx), round(py - cy)) for node, (px, py) in out.items()}
def layout(g: nx.Graph, *, seed: int = 42, engine: str = "auto", weight: str | None = "weight") -> dict:
    """Positions of every node of ``g`` as whole-pixel ``(x, y)``.

    Parameters
    ----------
    g : networkx.Graph
        Any graph; directed and multi-graphs are laid out as their simple undirected version.
    seed : int
        Same seed, same graph → same positions.
    engine : {"auto", "networkx", "igraph"}
        ``auto`` lays out components below :data:`NETWORKX_LIMIT` nodes with networkx within
        :data:`NETWORKX_BUDGET`, the others with igraph.
    weight : str or None
        Link attribute that pulls nodes closer (networkx only; igraph's grid layout is unweighted).

    Returns
    -------
    dict
        node → (x, y), centred on (0, 0).

    Examples
    --------
    >>> pos = layout(nx.path_graph(3), seed=1)
    >>> pos == layout(nx.path_graph(3), seed=1), len(pos), all(isinstance(v, int) for p in pos.values() for v in p)
    (True, 3, True)
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown layout engine {engine!r}; use one of {', '.join(ENGINES)}")
    n = g.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(g)): (0, 0)}
    s = simple_undirected(g, weight)
    order = {node: i for i, node in enumerate(g.nodes)}
    components = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(s)),
                        key=lambda c: (-len(c), order[c[0]]))
    # networkx's layout costs about n² per component: smallest first, a map spends at most
    # NETWORKX_BUDGET of it; the components past it (and any from NETWORKX_LIMIT on) go to igraph
    with_networkx = set()
    budget = NETWORKX_BUDGET
    for i in sorted(range(len(components)), key=lambda i: len(components[i])):
        n = len(components[i])
        if engine == "networkx" or (engine == "auto" and n < NETWORKX_LIMIT and n * n <= budget):
            with_networkx.add(i)
            budget -= n * n
    parts = [_component(ordered_subgraph(s, c), seed, i in with_networkx, weight) for i, c in enumerate(components)]
    return _pack(parts)
