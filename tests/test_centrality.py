"""Tests for graph.analysis.centrality and graph.analysis.engine: known answers, and networkx = igraph."""

import math
import random

import networkx as nx
import pytest

from graph.analysis import base as B
from graph.analysis import centrality as C
from graph.analysis.engine import THRESHOLD, UnknownEngine, choose, simple_undirected, to_igraph

ENGINES = ("networkx", "igraph")


def close(a: dict, b: dict, tol: float = 1e-9) -> bool:
    """Same keys, values equal within tol (NaN equal to NaN)."""
    assert set(a) == set(b)
    return all((math.isnan(a[k]) and math.isnan(b[k])) or abs(a[k] - b[k]) <= tol for k in a)


def random_graph(seed: int) -> nx.Graph:
    """A seeded graph with string ids, weights 1-5, a giant component, a path, a triangle and an
    isolated node: every case the component handling has to get right."""
    rng = random.Random(seed)
    g = nx.gnm_random_graph(60, 160, seed=seed)
    g = nx.relabel_nodes(g, {v: f"o:{v}" for v in g})
    g.add_edges_from([("p:0", "p:1"), ("p:1", "p:2"), ("t:0", "t:1"), ("t:1", "t:2"), ("t:2", "t:0")])
    g.add_node("lonely")
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(1, 5)
    return g


# -- known answers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_star(engine):
    # centre 0 and four leaves: the centre lies on every leaf-leaf path; a leaf is 1 from the centre
    # and 2 from each of the other three leaves, so its closeness is 4 / (1 + 3 * 2)
    t = C.compute(nx.star_graph(4), engine=engine)
    assert t["degree"] == {0: 4, 1: 1, 2: 1, 3: 1, 4: 1}
    assert close(t["betweenness"], {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0})
    assert close(t["closeness"], {0: 1.0, 1: 4 / 7, 2: 4 / 7, 3: 4 / 7, 4: 4 / 7})
    # A x = 2 x with x = (1, 1/2, 1/2, 1/2, 1/2); unit length: centre 1/sqrt(2), leaves 1/(2 sqrt(2))
    assert close(t["eigenvector"], {0: 1 / math.sqrt(2), **{i: 1 / (2 * math.sqrt(2)) for i in range(1, 5)}})
    assert t["core_number"] == {0: 1, 1: 1, 2: 1, 3: 1, 4: 1}
    # centre: four partners of 1/4 with no ties among them, 4 * (1/4)^2; a leaf: its only partner
    assert close(t["constraint"], {0: 0.25, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0})
    assert close(t["effective_size"], {0: 4.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0})


@pytest.mark.parametrize("engine", ENGINES)
def test_path_betweenness_and_closeness(engine):
    # 0-1-2-3-4. Node 1 lies on the paths 0-2, 0-3, 0-4 (3 of the C(4,2) = 6 pairs it is not in);
    # node 2 on 0-3, 0-4, 1-3, 1-4 (4 of 6). Sums of distances: node 0 1+2+3+4 = 10, node 1
    # 1+1+2+3 = 7, node 2 1+1+2+2 = 6; closeness = 4 / sum.
    t = C.compute(nx.path_graph(5), ["betweenness", "closeness"], engine=engine)
    assert close(t["betweenness"], {0: 0.0, 1: 3 / 6, 2: 4 / 6, 3: 3 / 6, 4: 0.0})
    assert close(t["closeness"], {0: 4 / 10, 1: 4 / 7, 2: 4 / 6, 3: 4 / 7, 4: 4 / 10})


@pytest.mark.parametrize("engine", ENGINES)
def test_krackhardt_kite(engine):
    # Krackhardt, "Assessing the political landscape", Administrative Science Quarterly 35(2), 1990:
    # Andre 0, Beverly 1, Carol 2, Diane 3, Ed 4, Fernando 5, Garth 6, Heather 7, Ike 8, Jane 9.
    # Diane has the most ties, Fernando and Garth are closest, Heather the broker. Betweenness as
    # pair counts (Heather 14, Fernando 8 1/3, Ike 8, Diane 3 2/3, Andre 5/6) over C(9,2) = 36 pairs;
    # closeness 9 / sum of distances (Fernando 14, Diane 15, Andre 17, Carol 18, Ike 21, Jane 29).
    t = C.compute(nx.krackhardt_kite_graph(), ["degree", "betweenness", "closeness"], engine=engine)
    assert t["degree"] == {0: 4, 1: 4, 2: 3, 3: 6, 4: 3, 5: 5, 6: 5, 7: 3, 8: 2, 9: 1}
    pairs = {0: 5 / 6, 1: 5 / 6, 2: 0, 3: 11 / 3, 4: 0, 5: 25 / 3, 6: 25 / 3, 7: 14, 8: 8, 9: 0}
    assert close(t["betweenness"], {v: b / 36 for v, b in pairs.items()})
    sums = {0: 17, 1: 17, 2: 18, 3: 15, 4: 18, 5: 14, 6: 14, 7: 15, 8: 21, 9: 29}
    assert close(t["closeness"], {v: 9 / s for v, s in sums.items()})


@pytest.mark.parametrize("engine", ENGINES)
def test_brokerage_worked_example(engine):
    # Ego 0 with partners 1, 2, 3; 1 and 2 are also partners. Degrees 3, 2, 2, 1.
    # Effective size (d - 2t/d): node 0: 3 - 2*1/3 = 7/3; node 1 (partners 0, 2, tied): 2 - 2/2 = 1;
    # node 3: 1.
    # Constraint, p_ij = 1/d_i: node 0: j=1: (1/3 + p02 p21 = 1/3 * 1/2)^2 = 1/4, j=2 likewise,
    # j=3: (1/3)^2 = 1/9, total 11/18. Node 1: j=0: (1/2 + p12 p20 = 1/2 * 1/2)^2 = 9/16,
    # j=2: (1/2 + p10 p02 = 1/2 * 1/3)^2 = 4/9, total 145/144. Node 3: (1)^2 = 1.
    g = nx.Graph([(0, 1), (0, 2), (0, 3), (1, 2)])
    t = C.compute(g, ["constraint", "effective_size"], engine=engine)
    assert close(t["effective_size"], {0: 7 / 3, 1: 1.0, 2: 1.0, 3: 1.0})
    assert close(t["constraint"], {0: 11 / 18, 1: 145 / 144, 2: 145 / 144, 3: 1.0})
    # and both are networkx's own definitions (Borgatti's form for effective size)
    assert close(t["effective_size"], nx.effective_size(g))
    assert close(t["constraint"], nx.constraint(g))


@pytest.mark.parametrize("engine", ENGINES)
def test_core_numbers_of_a_designed_graph(engine):
    # K4 on 1-4 (each has 3 partners inside: 3-core); 5 and 6 close a triangle with 4 (2-core);
    # 7 hangs from 6 (1-core); 8 is alone (0).
    g = nx.complete_graph([1, 2, 3, 4])
    g.add_edges_from([(4, 5), (5, 6), (6, 4), (6, 7)])
    g.add_node(8)
    assert C.core_number(g, engine=engine) == {1: 3, 2: 3, 3: 3, 4: 3, 5: 2, 6: 2, 7: 1, 8: 0}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("g", [nx.cycle_graph(7), nx.complete_graph(5), nx.petersen_graph()],
                         ids=["cycle", "K5", "petersen"])
def test_pagerank_of_a_symmetric_graph_is_uniform(engine, g):
    # every node looks the same (vertex-transitive), so the stationary distribution is uniform
    n = g.number_of_nodes()
    assert close(C.pagerank(g, engine=engine), {v: 1 / n for v in g})


@pytest.mark.parametrize("engine", ENGINES)
def test_pagerank_of_a_star_by_hand(engine):
    # centre y, three leaves x, N = 4, alpha = 0.85: y = 0.15/4 + 0.85 * 3x, x = 0.15/4 + 0.85 y / 3,
    # so y (1 - 0.85^2) = 0.0375 (1 + 2.55): y = 0.133125 / 0.2775, and x = (1 - y) / 3
    y = 0.0375 * 3.55 / (1 - 0.85 ** 2)
    assert close(C.pagerank(nx.star_graph(3), engine=engine), {0: y, 1: (1 - y) / 3, 2: (1 - y) / 3, 3: (1 - y) / 3})


@pytest.mark.parametrize("engine", ENGINES)
def test_weights_count_where_documented(engine):
    # a-b weighs 3, b-c 1: weighted degree sums weights, degree and betweenness ignore them
    g = nx.Graph([("a", "b", {"weight": 3}), ("b", "c", {"weight": 1})])
    t = C.compute(g, ["degree", "weighted_degree", "betweenness", "pagerank"], engine=engine)
    assert t["degree"] == {"a": 1, "b": 2, "c": 1}
    assert t["weighted_degree"] == {"a": 3, "b": 4, "c": 1}
    assert close(t["betweenness"], {"a": 0.0, "b": 1.0, "c": 0.0})
    assert t["pagerank"]["a"] > t["pagerank"]["c"]  # b's walker goes to a three times in four


@pytest.mark.parametrize("engine", ENGINES)
def test_eigenvector_of_a_disconnected_graph(engine):
    # K4 (eigenvalue 3) beside a 3-path (sqrt 2): the leading eigenvector lives on K4, 1/2 each
    g = nx.complete_graph(4)
    g.add_edges_from([(10, 11), (11, 12)])
    assert close(C.eigenvector(g, engine=engine), {0: 0.5, 1: 0.5, 2: 0.5, 3: 0.5, 10: 0.0, 11: 0.0, 12: 0.0})
    # a 4-star and a triangle both have eigenvalue 2: each keeps its eigenvector, sharing the norm
    g = nx.star_graph(4)
    g.add_edges_from([(10, 11), (11, 12), (12, 10)])
    h = 1 / math.sqrt(2)
    want = {0: h / math.sqrt(2), **{i: h / (2 * math.sqrt(2)) for i in range(1, 5)},
            **{i: h / math.sqrt(3) for i in (10, 11, 12)}}
    assert close(C.eigenvector(g, engine=engine), want)


@pytest.mark.parametrize("engine", ENGINES)
def test_isolated_and_tiny_graphs(engine):
    g = nx.Graph([("a", "b")])
    g.add_node("z")
    t = C.compute(g, engine=engine)
    assert t["closeness"]["z"] == 0.0 and t["betweenness"]["z"] == 0.0 and t["core_number"]["z"] == 0
    assert math.isnan(t["constraint"]["z"]) and math.isnan(t["effective_size"]["z"])  # undefined, as networkx
    assert t["closeness"]["a"] == pytest.approx(0.5)  # 1 / 1, scaled by (2 - 1) / (3 - 1)
    assert C.compute(nx.Graph(), engine=engine) == {m: {} for m in C.MEASURES}


# -- networkx = igraph -----------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engines_agree_on_every_exact_measure(seed):
    g = random_graph(seed)
    a = C.compute(g, engine="networkx")
    b = C.compute(g, engine="igraph")
    for m in C.MEASURES:
        assert close(a[m], b[m]), m
    # networkx's own functions, called as a user would, agree too
    assert close(a["betweenness"], nx.betweenness_centrality(g))
    assert close(a["closeness"], nx.closeness_centrality(g))
    assert close(a["effective_size"], nx.effective_size(g))
    assert close(a["constraint"], nx.constraint(g))
    assert close(b["core_number"], nx.core_number(g))


@pytest.mark.parametrize("seed", [1, 2])
def test_sampled_betweenness_is_networkx_sampled_betweenness(seed):
    # the same k sources in both engines, and the same ones networkx's own k-sampling draws
    g = random_graph(seed)
    want = nx.betweenness_centrality(g, k=12, seed=7)
    for engine in ENGINES:
        assert close(C.betweenness(g, k=12, seed=7, engine=engine), want)
    assert not close(C.betweenness(g, k=12, seed=8), want)  # another seed, another sample


@pytest.mark.parametrize("seed", [1, 2])
def test_sampled_closeness_is_the_same_in_both_engines(seed):
    g = random_graph(seed)
    a = C.closeness(g, k=10, seed=5, engine="networkx")
    b = C.closeness(g, k=10, seed=5, engine="igraph")
    assert close(a, b)
    exact = nx.closeness_centrality(g)
    assert not close(a, exact, 1e-6)  # a sample, not the exact values...
    # ...but components of at most k nodes (the path, the triangle, the lone node) are exact
    assert all(a[v] == pytest.approx(exact[v]) for v in ("p:0", "p:1", "t:0", "lonely"))


@pytest.mark.parametrize("engine", ENGINES)
def test_sampled_closeness_where_any_sample_is_exact(engine):
    # In K5 every other node is at distance 1, so whatever 2 pivots are drawn, a non-pivot's
    # estimate k / sum(distances) is 2 / 2 and a pivot's own total is 4: closeness 1, scaled by
    # networkx's (r - 1) / (n - 1) = 4/5 for the K5 beside an isolated node.
    g = nx.complete_graph(5)
    g.add_node("alone")
    want = {**{v: 4 / 5 for v in range(5)}, "alone": 0.0}
    assert close(C.closeness(g, k=2, engine=engine), want)
    assert close(want, nx.closeness_centrality(g))


def spearman(a: dict, b: dict) -> float:
    """Spearman's rank correlation of two node → value tables (average ranks for ties)."""
    def ranks(d):
        order = sorted(d, key=d.get)
        r, i = {}, 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and d[order[j + 1]] == d[order[i]]:
                j += 1
            for v in order[i:j + 1]:
                r[v] = (i + j) / 2
            i = j + 1
        return r
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra.values()) / n, sum(rb.values()) / n
    cov = sum((ra[v] - ma) * (rb[v] - mb) for v in a)
    return cov / math.sqrt(sum((x - ma) ** 2 for x in ra.values()) * sum((x - mb) ** 2 for x in rb.values()))


def top(d: dict, k: int) -> set:
    return set(sorted(d, key=lambda v: (-d[v], v))[:k])


def test_samples_are_close_to_exact_in_rank_and_scale():
    # A skewed 2,000-node graph (preferential attachment, like partnership hubs). "Close" means:
    # Spearman rank correlation >= 0.9 with the exact values, 8 of the exact top 10 in the sampled
    # top 10, and the mean ratio sampled / exact within 10% of 1 (so a wrong scale fails).
    g = nx.barabasi_albert_graph(2000, 3, seed=11)
    exact = C.compute(g, ["betweenness", "closeness"], engine="igraph")
    for seed in (1, 2):
        sampled = C.compute(g, ["betweenness", "closeness"], engine="igraph", seed=seed,
                            betweenness_k=200, closeness_k=100)
        for m in ("betweenness", "closeness"):
            assert spearman(sampled[m], exact[m]) >= 0.9, m
            assert len(top(sampled[m], 10) & top(exact[m], 10)) >= 8, m
            ratios = [sampled[m][v] / exact[m][v] for v in g if exact[m][v] > 0]
            assert 0.9 <= sum(ratios) / len(ratios) <= 1.1, m


# -- behaviour -------------------------------------------------------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_same_seed_same_table_and_every_node_plain(engine):
    g = random_graph(4)
    # explicit samples (SAMPLES would exceed its 67 nodes) exercise the seeded paths, and igraph's
    # eigenvector its seeded random start
    kwargs = dict(engine=engine, betweenness_k=15, closeness_k=15, seed=3)
    first, second = C.compute(g, **kwargs), C.compute(g, **kwargs)
    assert list(first) == list(second)
    assert all(close(first[m], second[m], 0.0) for m in C.MEASURES)  # identical, NaN = NaN
    for m in C.MEASURES:
        assert set(first[m]) == set(g)
        assert all(type(x) in (int, float) for x in first[m].values()), m
    other = C.compute(g, **{**kwargs, "seed": 4})
    assert not close(first["betweenness"], other["betweenness"])


def test_large_graphs_sample_by_default(monkeypatch):
    # from SAMPLE_FROM nodes, k=None means SAMPLES sources, whichever the engine; below, exact
    g = nx.barabasi_albert_graph(300, 2, seed=1)
    # the sampling rule lives in graph.analysis.base, which every centrality module reads
    monkeypatch.setattr(B, "SAMPLES", 40)
    monkeypatch.setattr(B, "SAMPLE_FROM", 1000)
    exact = C.betweenness(g, engine="igraph")
    assert close(exact, nx.betweenness_centrality(g))
    monkeypatch.setattr(B, "SAMPLE_FROM", 300)
    for engine in ENGINES:
        assert close(C.betweenness(g, engine=engine), nx.betweenness_centrality(g, k=40, seed=42))
        assert close(C.closeness(g, engine=engine), C.closeness(g, k=40, engine="networkx"))
    assert not close(C.closeness(g), nx.closeness_centrality(g), 1e-6)


def test_progress_and_order():
    seen = []
    out = C.compute(nx.path_graph(4), ["pagerank", "degree"], progress=seen.append)
    assert seen == ["pagerank", "degree"] and list(out) == ["pagerank", "degree"]


def test_refusals():
    with pytest.raises(C.UnknownMeasure):
        C.compute(nx.path_graph(3), ["degree", "influence"])
    with pytest.raises(C.UnknownMeasure):
        C.compute(nx.path_graph(30), ["betweenness"], betweenness_k=1)
    with pytest.raises(UnknownEngine):
        C.compute(nx.path_graph(3), engine="graph-tool")


def test_choose():
    small, big = nx.empty_graph(THRESHOLD - 1), nx.empty_graph(THRESHOLD)
    assert choose(small) == "networkx" and choose(big) == "igraph"
    assert choose(big, "networkx") == "networkx" and choose(small, "igraph") == "igraph"
    assert choose(small, threshold=10) == "igraph"


def test_choose_weighs_the_work_not_the_nodes_alone():
    """A dense graph of few nodes costs networkx's path measures as much as a big sparse one: from
    WORK_LIMIT nodes-times-links "auto" picks igraph — and the measures agree either way."""
    from graph.analysis.engine import WORK_LIMIT

    dense = nx.gnm_random_graph(400, 13_000, seed=3)  # 400 nodes, 5.2M units of work
    sparse = nx.path_graph(THRESHOLD - 1)
    assert dense.number_of_nodes() < THRESHOLD and dense.number_of_nodes() * dense.number_of_edges() >= WORK_LIMIT
    assert choose(dense) == "igraph" and choose(sparse) == "networkx"
    near = nx.gnm_random_graph(120, 1_000, seed=4)
    auto = C.compute(near, ["betweenness", "closeness"])
    both = [C.compute(near, ["betweenness", "closeness"], engine=e) for e in ("networkx", "igraph")]
    assert choose(near) == "networkx" and auto == both[0]
    for m in ("betweenness", "closeness"):
        assert all(abs(both[0][m][n] - both[1][m][n]) < 1e-9 for n in near)


def test_simple_undirected_collapses_and_sums():
    m = nx.MultiDiGraph()
    m.add_node("a", label="A")
    m.add_edges_from([("a", "b", {"weight": 2}), ("b", "a", {"weight": 3}), ("a", "b"), ("c", "c"), ("b", "c")])
    s = simple_undirected(m)
    assert type(s) is nx.Graph and list(s) == ["a", "b", "c"] and s.nodes["a"] == {"label": "A"}
    assert sorted(s.edges(data="weight")) == [("a", "b", 6), ("b", "c", 1)]  # 2 + 3 + 1; loop dropped
    plain = nx.path_graph(3)
    assert simple_undirected(plain) is plain  # nothing to collapse: not copied
    looped = nx.Graph([(0, 1), (1, 1)])
    assert list(simple_undirected(looped).edges) == [(0, 1)] and looped.has_edge(1, 1)  # input untouched
    # measures read the collapsed graph: the multigraph's weighted degree of a is 6
    assert C.weighted_degree(m)["a"] == 6


def test_to_igraph_keeps_order_and_weights():
    g = nx.Graph()
    g.add_nodes_from(["z", "y", "x"])
    g.add_edge("z", "x", weight=4)
    g.add_edge("y", "x")
    h, nodes = to_igraph(g)
    assert nodes == ["z", "y", "x"] and h.vcount() == 3
    assert sorted((tuple(sorted(e.tuple)), e["weight"]) for e in h.es) == [((0, 2), 4), ((1, 2), 1)]
    d, _ = to_igraph(nx.DiGraph([(1, 2), (2, 1)]), weight=None)
    assert d.is_directed() and d.ecount() == 2 and "weight" not in d.es.attributes()
