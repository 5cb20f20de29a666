"""Benchmark the network analysis: dsr-graph's compute/detect (auto engine) beside plain networkx.

    python scripts/bench_analysis.py                                   # 1k, 10k and 100k nodes
    python scripts/bench_analysis.py --sizes 1000 10000 --timeout 60 --out bench-analysis.md
    python scripts/bench_analysis.py --sizes 1000 --source synth       # project graph.sources.synth data
    python scripts/bench_analysis.py --sizes 0 --crossover 1000 2000 5000 10000

Graphs. ``--source generator`` (the default) draws a co-partnership-shaped graph of about the
size asked, seeded: partnerships of 2-4 organisations (60/25/15%), organisations chosen with a
Zipf-like pull (exponent 0.75), so a few hubs share partnerships with thousands and the median
organisation with ~10; a link's weight is the partnerships the pair shares; ~10 links per node
like a 92k-node / 972k-link co-partnership graph of DSR-shaped synthetic data; countries and 1-3 technology areas
per partnership. ``--source synth`` writes a graph.sources.synth dataset, loads it and projects it with
``graph.store.project.project(kg, "co-partnership")`` - the real pipeline, but its projection has
only ~4 links per node, and at 100k nodes writing, loading and projecting take minutes.

For each size: every measure and community method as the default analysis runs it (our
``compute``/``detect``, auto engine: networkx below graph.analysis.engine.THRESHOLD nodes, igraph
from there; betweenness and closeness sampled from centrality.SAMPLES sources/pivots from
centrality.SAMPLE_FROM nodes)
beside the plain networkx call a user would make for the same numbers - each networkx call in a
forked child (graph.store.engine.run_in_child) that is killed after --timeout seconds ('>120 s'). The
default analysis (all MEASURES, then Louvain with its modularity and summary) also runs in a
forked child; its peak RSS includes the graph the child inherits. On the smallest size up to
2,000 nodes, networkx and igraph results are compared (max abs difference per measure); on sizes
where betweenness and closeness are sampled, up to --accuracy-max nodes, the samples are compared
with igraph's exact values.
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import statistics
import sys
import tempfile
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import accumulate
from pathlib import Path

import networkx as nx

from graph.analysis import centrality
from graph.analysis.centrality import MEASURES, SAMPLE_FROM, SAMPLES, compute
from graph.analysis.communities import METHODS, detect, modularity, summarise
from graph.analysis.engine import THRESHOLD, choose, to_igraph
from graph.store.engine import QueryTimeout, run_in_child
from graph.errors import DSRError

# Shape of the generated graphs, tuned so 100k organisations give ~99k nodes and ~1.03M links.
PARTNERSHIPS_PER_NODE = 4.8
PULL_EXPONENT = 0.75
PARTY_SIZES = ((2, 60), (3, 25), (4, 15))
N_COUNTRIES, N_AREAS = 150, 40


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _zipf_cum(n: int, exponent: float) -> list[float]:
    return list(accumulate(1 / (i + 1) ** exponent for i in range(n)))


def _draw(cum: list[float], rng: random.Random) -> int:
    return bisect_right(cum, rng.random() * cum[-1])


def generated_graph(nodes: int, seed: int) -> tuple[nx.Graph, dict]:
    """A seeded co-partnership-shaped graph of about ``nodes`` nodes, and node → Counter of areas."""
    rng = random.Random(seed)
    pull = _zipf_cum(nodes, PULL_EXPONENT)
    country_pull = _zipf_cum(N_COUNTRIES - 1, 1.0)
    area_pull = _zipf_cum(N_AREAS, 0.8)
    sizes, size_weights = zip(*PARTY_SIZES)
    weights: dict[tuple[int, int], int] = defaultdict(int)
    technology: dict[int, Counter] = defaultdict(Counter)
    for _ in range(int(PARTNERSHIPS_PER_NODE * nodes)):
        size = rng.choices(sizes, size_weights)[0]
        parties: set[int] = set()
        while len(parties) < size:
            parties.add(_draw(pull, rng))
        areas = {f"area {_draw(area_pull, rng):02d}" for _ in range(rng.randint(1, 3))}
        ordered = sorted(parties)
        for i, a in enumerate(ordered):
            technology[a].update(areas)
            for b in ordered[i + 1:]:
                weights[a, b] += 1
    g = nx.Graph(projection="co-partnership", title="generated")
    for v in sorted(technology):
        country = "CHN" if rng.random() < 0.3 else f"X{_draw(country_pull, rng):03d}"
        g.add_node(f"organisation:o{v}", label=f"Organisation {v}", kind="Company", country=country)
    g.add_edges_from((f"organisation:o{a}", f"organisation:o{b}", {"weight": w}) for (a, b), w in weights.items())
    return g, {f"organisation:o{v}": c for v, c in technology.items()}


def synth_graph(nodes: int, seed: int) -> tuple[nx.Graph, None]:
    """The co-partnership projection of a graph.sources.synth dataset (~0.7 projected nodes per organisation)."""
    import graph
    from graph.store.project import project
    from graph.sources.synth import write_synthetic

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synth.nq"
        write_synthetic(path, organisations=max(10, round(nodes / 0.7)), seed=seed)
        kg = graph.KnowledgeGraph.from_file(path)
    return project(kg, "co-partnership"), None


# -- the plain networkx calls ----------------------------------------------------------------------

def _nx_pagerank(g):
    # nx.pagerank needs SciPy, which dsr-graph does not install; this is networkx's own pure-Python
    # PageRank with its default tolerance (SciPy's takes about 4.5 s at 92k nodes)
    try:
        import scipy  # noqa: F401
        return nx.pagerank(g, weight="weight")
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(g, weight="weight")


def networkx_calls(g: nx.Graph, seed: int, sampled: bool, exact_rows: bool) -> dict[str, tuple[str, object]]:
    """Step → (how it is called, a function) in plain networkx, the same numbers as ours."""
    k = SAMPLES
    calls = {
        "degree": ("dict(g.degree())", lambda: dict(g.degree())),
        "weighted_degree": ("dict(g.degree(weight))", lambda: dict(g.degree(weight="weight"))),
        "betweenness": (f"betweenness_centrality(k={k}, seed)", lambda: nx.betweenness_centrality(g, k=k, seed=seed))
        if sampled else ("betweenness_centrality", lambda: nx.betweenness_centrality(g)),
        # networkx has no sampled closeness: the same pivots searched by networkx
        "closeness": (f"{k} pivots, single_source_shortest_path_length",
                      lambda: centrality.closeness(g, k=k, seed=seed, engine="networkx"))
        if sampled else ("closeness_centrality", lambda: nx.closeness_centrality(g)),
        "eigenvector": ("eigenvector_centrality(weight)", lambda: nx.eigenvector_centrality(g, weight="weight")),
        "pagerank": ("pagerank(weight)", lambda: _nx_pagerank(g)),
        "core_number": ("core_number", lambda: nx.core_number(g)),
        "constraint": ("constraint", lambda: nx.constraint(g)),
        "effective_size": ("effective_size", lambda: nx.effective_size(g)),
        "louvain": ("louvain_communities(weight, seed)",
                    lambda: nx.community.louvain_communities(g, weight="weight", seed=seed)),
        "label_propagation": ("asyn_lpa_communities(weight, seed)",
                              lambda: list(nx.community.asyn_lpa_communities(g, weight="weight", seed=seed))),
        "greedy_modularity": ("greedy_modularity_communities(weight)",
                              lambda: nx.community.greedy_modularity_communities(g, weight="weight")),
    }
    if sampled and exact_rows:  # for reference: what the exact values would cost
        calls["betweenness, exact"] = ("betweenness_centrality", lambda: nx.betweenness_centrality(g))
        calls["closeness, exact"] = ("closeness_centrality", lambda: nx.closeness_centrality(g))
    return calls


def in_child(fn, timeout: float) -> tuple[float | None, str]:
    """Seconds ``fn()`` took in a forked child, or None and why not ('>120 s', 'failed: ...')."""
    def work():
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    try:
        return run_in_child(work, timeout), ""
    except QueryTimeout:
        return None, f">{timeout:g} s"
    except DSRError as exc:
        return None, "failed: " + str(exc).replace("the query failed: ", "")[:60]


# -- our side --------------------------------------------------------------------------------------

def default_analysis(g: nx.Graph, technology: dict | None, seed: int) -> dict:
    """The default analysis, as the lead's orchestration runs it: every measure, then Louvain."""
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    table = compute(g, seed=seed, progress=lambda m: marks.append((m, time.perf_counter())))
    marks.append(("", time.perf_counter()))
    t = time.perf_counter()
    communities = detect(g, "louvain", seed=seed)
    louvain_s = time.perf_counter() - t
    t = time.perf_counter()
    q = modularity(g, communities)
    summarise(g, communities, scores=table["weighted_degree"], technology=technology)
    describe_s = time.perf_counter() - t
    steps = {name: marks[i + 1][1] - at for i, (name, at) in enumerate(marks[:-1])}
    steps["louvain"] = louvain_s
    return {"steps": steps, "describe_s": describe_s, "total_s": time.perf_counter() - start,
            "rss_mb": _rss_mb(), "modularity": q, "communities": len(communities)}


def ours_calls(g: nx.Graph, seed: int) -> dict:
    """Our community methods and exact path measures, step → function (the measures are timed in
    the default analysis)."""
    calls = {m: (lambda m=m: detect(g, m, seed=seed)) for m in ("label_propagation", "greedy_modularity")}
    calls["betweenness, exact"] = lambda: centrality.betweenness(g, k=len(g))
    calls["closeness, exact"] = lambda: centrality.closeness(g, k=len(g))
    return calls


# -- checks ----------------------------------------------------------------------------------------

def agreement(g: nx.Graph, seed: int) -> list[str]:
    """Max abs difference between the engines per measure, and modularity per community method."""
    a = compute(g, seed=seed, engine="networkx")
    b = compute(g, seed=seed, engine="igraph")
    lines = ["| measure | max abs difference, networkx vs igraph |", "|---|---|"]
    for m in MEASURES:
        diffs = [0.0 if (math.isnan(a[m][v]) and math.isnan(b[m][v])) else abs(a[m][v] - b[m][v]) for v in g]
        lines.append(f"| {m} | {max(diffs):.2e} |")
    lines += ["", "| method | modularity, networkx | igraph | communities (networkx / igraph) |", "|---|---|---|---|"]
    for method in METHODS:
        ca, cb = detect(g, method, seed=seed, engine="networkx"), detect(g, method, seed=seed, engine="igraph")
        lines.append(f"| {method} | {modularity(g, ca):.4f} | {modularity(g, cb):.4f} | {len(ca)} / {len(cb)} |")
    return lines


def _ranks(d: dict, nodes: list) -> dict:
    order = sorted(nodes, key=d.get)
    out, i = {}, 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and d[order[j + 1]] == d[order[i]]:
            j += 1
        for v in order[i:j + 1]:
            out[v] = (i + j) / 2
        i = j + 1
    return out


def spearman(a: dict, b: dict) -> float:
    nodes = list(a)
    ra, rb = _ranks(a, nodes), _ranks(b, nodes)
    ma, mb = statistics.fmean(ra.values()), statistics.fmean(rb.values())
    cov = sum((ra[v] - ma) * (rb[v] - mb) for v in nodes)
    return cov / math.sqrt(sum((ra[v] - ma) ** 2 for v in nodes) * sum((rb[v] - mb) ** 2 for v in nodes))


def accuracy(g: nx.Graph, seed: int, timeout: float) -> list[str]:
    """Sampled betweenness and closeness (the default above the threshold) against igraph's exact values."""
    lines = ["| measure | exact (igraph) s | Spearman | top-10 / top-100 shared | relative error, exact top 100: "
             "median / max | relative error, all nodes (exact > 0): median / 90th pct |", "|---|---|---|---|---|---|"]
    sampled = run_in_child(lambda: compute(g, ["betweenness", "closeness"], seed=seed), 3600.0)
    for m, kw in (("betweenness", "betweenness_k"), ("closeness", "closeness_k")):
        start = time.perf_counter()
        try:
            exact = run_in_child(lambda: compute(g, [m], engine="igraph", **{kw: len(g)})[m], timeout)
        except QueryTimeout:
            lines.append(f"| {m} | >{timeout:g} s | | | |")
            continue
        took = time.perf_counter() - start
        s = sampled[m]
        top = lambda d, k: set(sorted(d, key=lambda v: (-d[v], v))[:k])  # noqa: E731
        errors = sorted(abs(s[v] - exact[v]) / exact[v] for v in g if exact[v] > 0)
        leaders = sorted(abs(s[v] - exact[v]) / exact[v] for v in top(exact, 100) if exact[v] > 0)
        pct = lambda e, q: e[min(len(e) - 1, int(q * len(e)))]  # noqa: E731
        lines.append(f"| {m} | {took:.1f} | {spearman(s, exact):.4f} | {len(top(s, 10) & top(exact, 10))}/10, "
                     f"{len(top(s, 100) & top(exact, 100))}/100 | {pct(leaders, 0.5):.1%} / {leaders[-1]:.1%} | "
                     f"{pct(errors, 0.5):.1%} / {pct(errors, 0.9):.1%} |")
    return lines


# -- the report ------------------------------------------------------------------------------------

def _fmt(seconds: float | None, note: str = "") -> str:
    if seconds is None:
        return note or "-"
    return f"{seconds:.3f}" if seconds < 1 else f"{seconds:.1f}" if seconds < 100 else f"{seconds:.0f}"


def _ratio(ours: float | None, theirs: float | None, note: str, timeout: float) -> str:
    if ours is None or ours <= 0:
        return ""
    if theirs is None:
        return f"> {timeout / ours:.0f}x" if note.startswith(">") else ""
    return f"{theirs / ours:.1f}x"


def bench_size(size: int, args, summary: list[str], lines: list[str]) -> None:
    # Every igraph computation runs in a forked child: once igraph's PageRank has started libgomp's
    # thread pool in a process, an igraph PageRank in a child forked from it waits forever.
    start = time.perf_counter()
    g, technology = (generated_graph if args.source == "generator" else synth_graph)(size, args.seed)
    built = time.perf_counter() - start
    n, m = g.number_of_nodes(), g.number_of_edges()
    engine = choose(g)
    sampled = n >= SAMPLE_FROM
    comps = nx.number_connected_components(g)
    degrees = sorted((d for _, d in g.degree()), reverse=True)
    print(f"[{size}] {n} nodes, {m} links, {comps} components, built in {built:.1f} s", file=sys.stderr, flush=True)
    lines += [f"## {n:,} nodes, {m:,} links ({args.source}, seed {args.seed})", "",
              f"{comps} components; degree max {degrees[0]}, median {degrees[len(degrees) // 2]}; built in "
              f"{built:.1f} s. Our engine: **{engine}**"
              + (f"; betweenness from {SAMPLES} sources and closeness from {SAMPLES} pivots (seed {args.seed})."
                 if sampled else "; every measure exact."), ""]
    start = time.perf_counter()
    h, _ = to_igraph(g)
    convert = time.perf_counter() - start
    del h
    # forked (with a generous limit) so its peak RSS is its own, not that of earlier sizes
    ours = run_in_child(lambda: default_analysis(g, technology, args.seed), 3600.0)
    extra = {}
    for step, fn in ours_calls(g, args.seed).items():
        if step.endswith("exact") and not (sampled and n <= args.accuracy_max):
            continue
        extra[step] = in_child(fn, args.timeout)
        print(f"[{size}] ours {step}: {_fmt(*extra[step])}", file=sys.stderr, flush=True)
    rows = ["| step | ours s | plain networkx call | networkx s | speed-up |", "|---|---|---|---|---|"]
    nx_total, nx_over = 0.0, False
    for step, (how, fn) in networkx_calls(g, args.seed, sampled, n <= args.accuracy_max).items():
        theirs, note = in_child(fn, args.timeout)
        print(f"[{size}] networkx {step}: {_fmt(theirs, note)}", file=sys.stderr, flush=True)
        if step in ours["steps"]:
            mine, mine_note = ours["steps"][step], ""
        else:
            mine, mine_note = extra[step]
        if step in MEASURES or step == "louvain":
            nx_total += theirs if theirs is not None else args.timeout
            nx_over = nx_over or theirs is None
        rows.append(f"| {step} | {_fmt(mine, mine_note)} | {how} | {_fmt(theirs, note)} | "
                    f"{_ratio(mine, theirs, note, args.timeout)} |")
    total = ours["total_s"]
    nx_text = f"{'>' if nx_over else ''}{nx_total:.1f}"
    speed = f"{'>' if nx_over else ''}{nx_total / total:.1f}x"
    lines += rows + ["",
                     f"Default analysis (all measures, Louvain, its modularity and summary): **{total:.1f} s** "
                     f"(of which modularity + summary {ours['describe_s']:.1f} s; converting to igraph alone takes "
                     f"{convert:.1f} s, counted in the first igraph measure); plain networkx, measures + Louvain: "
                     f"{nx_text} s{' (a timed-out call counted at the limit)' if nx_over else ''} - {speed}. "
                     f"Peak RSS of the analysis process: {ours['rss_mb']:.0f} MB. Louvain: {ours['communities']} "
                     f"communities, modularity {ours['modularity']:.4f}.", ""]
    summary.append(f"| {n:,} | {m:,} | {engine} | {total:.1f} | {nx_text} | {speed} | {ours['rss_mb']:.0f} |")
    if n <= 2000 and not args.agreement_done:
        args.agreement_done = True
        lines += [f"Engines compared on this graph (networkx vs igraph, exact measures, seed {args.seed}):", ""]
        lines += run_in_child(lambda: agreement(g, args.seed), 3600.0) + [""]
    if sampled and n <= args.accuracy_max:
        lines += [f"Sampled ({SAMPLES} sources / pivots, seed {args.seed}) against exact, on this graph:", ""]
        lines += accuracy(g, args.seed, 4 * args.timeout) + [""]


def crossover(sizes: list[int], args) -> list[str]:
    """The default analysis with each engine forced, exact measures, to place THRESHOLD."""
    lines = ["## Where igraph starts to pay (default analysis, exact measures, each engine forced)", "",
             "| nodes | links | networkx s | igraph s (converting included) | ratio |", "|---|---|---|---|---|"]
    for size in sizes:
        g, _ = generated_graph(size, args.seed)
        times = {}
        for engine in ("networkx", "igraph"):
            def run(engine=engine):
                compute(g, seed=args.seed, engine=engine, betweenness_k=len(g), closeness_k=len(g))
                detect(g, "louvain", seed=args.seed, engine=engine)
            times[engine] = in_child(run, args.timeout)
        nx_s, ig_s = times["networkx"], times["igraph"]
        lines.append(f"| {g.number_of_nodes():,} | {g.number_of_edges():,} | {_fmt(*nx_s)} | {_fmt(*ig_s)} | "
                     f"{_ratio(ig_s[0], nx_s[0], nx_s[1], args.timeout)} |")
        print(lines[-1], file=sys.stderr, flush=True)
    return lines + [""]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000],
                        help="approximate node counts (0: none)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a networkx call is stopped")
    parser.add_argument("--source", choices=("generator", "synth"), default="generator")
    parser.add_argument("--accuracy-max", type=int, default=20000,
                        help="largest sampled graph on which exact betweenness and closeness are timed "
                             "and compared with the samples")
    parser.add_argument("--crossover", type=int, nargs="*", default=[],
                        help="also time the whole analysis per engine at these sizes")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)
    args.agreement_done = False
    lines = ["# Network analysis benchmark", "",
             f"dsr-graph analysis (engine auto: igraph from {THRESHOLD:,} nodes; betweenness and closeness "
             f"from {SAMPLES} samples from {SAMPLE_FROM:,} nodes) beside plain networkx "
             f"{nx.__version__}; networkx calls stopped after {args.timeout:g} s. Seconds of one run each.", ""]
    summary = ["| nodes | links | engine | default analysis s | plain networkx s | speed-up | peak RSS MB |",
               "|---|---|---|---|---|---|---|"]
    details: list[str] = []
    for size in [s for s in args.sizes if s > 0]:
        bench_size(size, args, summary, details)
    if len(summary) > 2:
        lines += summary + [""]
    lines += details
    if args.crossover:
        lines += crossover(args.crossover, args)
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
