"""Benchmark the query catalogue: dsr-graph's engine beside plain rdflib and raw pyoxigraph.

    python scripts/bench_sparql.py                       # default graph, ~100k and ~1M quads
    python scripts/bench_sparql.py --sizes 100000 --repeat 5 --out bench.md

For each dataset (the bundled default graph, and synthetic graphs from graph.sources.synth of about the
sizes asked), three engines run in separate processes so their load time and peak memory are
their own:

- dsr-graph: ``KnowledgeGraph.from_file`` then ``kg.query(name, params)`` (parameters bound by
  VALUES, rows collected into a QueryResult);
- raw pyoxigraph: ``Store.bulk_load`` then ``store.query(text)`` on the same bound query text,
  rows consumed with ``list()``;
- rdflib in memory: ``Dataset(default_union=True).parse`` then ``ds.query(text)``, rows consumed;
  a query still running after --baseline-timeout seconds is stopped and shown as '>N s'.

Times are medians of --repeat runs, or of as many as fit in 0.2 s for fast queries (rdflib: one
run). Parameters of catalogue queries are bound to values that exist in each dataset (the
busiest organisation, a country with many partnerships, ...), picked by the dsr-graph process
and handed to the others.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Which existing resource each kind of parameter gets on a dataset, as a query: the first row wins.
PICKERS = {
    "org": "SELECT ?x WHERE { ?p dsr:party ?x } GROUP BY ?x ORDER BY DESC(COUNT(?p)) ?x LIMIT 1",
    "country": "SELECT ?x WHERE { ?p dsr:country ?x . FILTER (?x != country:CHN) } GROUP BY ?x ORDER BY DESC(COUNT(?p)) ?x LIMIT 1",
    "programme": "SELECT ?x WHERE { ?p dsr:programme ?x } GROUP BY ?x ORDER BY DESC(COUNT(?p)) ?x LIMIT 1",
    "forum": "SELECT ?x WHERE { ?p dsr:forum ?x } GROUP BY ?x ORDER BY DESC(COUNT(?p)) ?x LIMIT 1",
    "partnership": "SELECT ?x WHERE { ?x a dsr:Aggregate } ORDER BY ?x LIMIT 1",
    "subject": "SELECT ?x WHERE { ?x a dsr:Aggregate ; dsr:memberCount ?n } ORDER BY ?x LIMIT 1",
}


def _rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss it is not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median_ms(fn, repeat: int, budget_s: float = 0.2, most: int = 200) -> float:
    """Median of at least ``repeat`` runs; a fast query runs until ``budget_s`` has passed (at most
    ``most`` runs), so sub-millisecond timings are not one scheduler hiccup."""
    times = []
    spent = 0.0
    while len(times) < repeat or (spent < budget_s and len(times) < most):
        start = time.perf_counter()
        fn()
        took = time.perf_counter() - start
        times.append(took * 1000)
        spent += took
    return statistics.median(times)


def worker(engine: str, path: str, plan_file: str, repeat: int, baseline_timeout: float) -> dict:
    """Load the dataset with one engine and run the plan; print JSON results."""
    plan = json.loads(Path(plan_file).read_text())
    out = {"engine": engine, "queries": {}}
    # imports before the clock starts: loading is what is timed
    import pyoxigraph as ox
    import rdflib

    import graph
    from graph.store.engine import QueryTimeout, run_in_child

    start = time.perf_counter()
    if engine == "dsr":
        kg = graph.KnowledgeGraph.from_file(path)
        out["load_s"] = time.perf_counter() - start
        out["quads"] = kg.quad_count
        for name, item in plan.items():
            out["queries"][name] = {"ms": _median_ms(lambda: kg.query(name, item["params"]), repeat),
                                    "rows": len(kg.query(name, item["params"]))}
    elif engine == "pyoxigraph":
        store = ox.Store()
        store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS if path.endswith(".nq") else ox.RdfFormat.TRIG)
        out["load_s"] = time.perf_counter() - start
        for name, item in plan.items():
            text = item["text"]
            out["queries"][name] = {"ms": _median_ms(
                lambda: list(store.query(text, use_default_graph_as_union=True)), repeat)}
    else:  # rdflib
        ds = rdflib.Dataset(default_union=True)
        ds.parse(path, format="nquads" if path.endswith(".nq") else "trig")
        out["load_s"] = time.perf_counter() - start
        for name, item in plan.items():
            text = item["text"]

            def once():
                started = time.perf_counter()
                list(ds.query(text))
                return (time.perf_counter() - started) * 1000

            try:
                out["queries"][name] = {"ms": run_in_child(once, baseline_timeout)}
            except QueryTimeout:
                out["queries"][name] = {"ms": None, "timeout_s": baseline_timeout}
            except Exception as exc:  # noqa: BLE001 - a baseline that cannot run a query is reported, not fatal
                out["queries"][name] = {"ms": None, "error": str(exc)[:200]}
    out["peak_rss_mb"] = _rss_mb()
    return out


def plan_for(path: str) -> dict:
    """Catalogue queries with parameters bound to resources that exist in the dataset."""
    import graph
    from graph.store.queries import bind_with_values, catalogue, term_from_text, with_prefixes

    kg = graph.KnowledgeGraph.from_file(path)
    picks = {}
    for kind, query in PICKERS.items():
        rows = kg.select(query)
        if rows:
            picks[kind] = rows[0]["x"]
    plan = {}
    for name, q in catalogue().items():
        params = {}
        for p in q.params:
            if p.kind == "iri" and p.name in picks:
                params[p.name] = picks[p.name]
            elif p.name == "property":
                params[p.name] = term_from_text("dsr:memberCount", "iri")
        bindings = q.bindings({k: f"<{v.value}>" for k, v in params.items()})
        text, _ = with_prefixes(bind_with_values(q.text, bindings))
        plan[name] = {"params": {k: f"<{v.value}>" for k, v in params.items()}, "text": text}
    return plan


def run_dataset(label: str, path: str, repeat: int, baseline_timeout: float, engines: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(plan_for(path), f)
        plan_file = f.name
    results = {}
    for engine in engines:
        print(f"  {label}: {engine} …", file=sys.stderr, flush=True)
        proc = subprocess.run([sys.executable, __file__, "--worker", engine, path, plan_file, str(repeat),
                               str(baseline_timeout)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"{engine} worker failed on {label}:\n{proc.stderr}")
        results[engine] = json.loads(proc.stdout)
    os.unlink(plan_file)
    return results


def fmt_ms(q: dict | None) -> str:
    if q is None:
        return "–"
    if q.get("ms") is None:
        return f">{q['timeout_s']:.0f} s" if "timeout_s" in q else "error"
    return f"{q['ms']:.1f}" if q["ms"] < 100 else f"{q['ms']:.0f}"


def report(label: str, res: dict) -> str:
    dsr, raw, base = res.get("dsr"), res.get("pyoxigraph"), res.get("rdflib")
    lines = [f"### {label}: {dsr['quads']:,} quads", "",
             "| | dsr-graph | raw pyoxigraph | rdflib | rdflib / dsr-graph | dsr-graph / raw |",
             "|---|---|---|---|---|---|"]
    row = lambda name, a, b, c: f"| {name} | {a} | {b} | {c} |"  # noqa: E731
    lines.append(row("load (s)", f"{dsr['load_s']:.2f}", f"{raw['load_s']:.2f}" if raw else "–",
                     f"{base['load_s']:.2f}" if base else "–")
                 + (f" {base['load_s'] / dsr['load_s']:.1f}× |" if base else " – |")
                 + (f" {dsr['load_s'] / raw['load_s']:.2f} |" if raw else " – |"))
    lines.append(row("peak memory (MB)", f"{dsr['peak_rss_mb']:.0f}", f"{raw['peak_rss_mb']:.0f}" if raw else "–",
                     f"{base['peak_rss_mb']:.0f}" if base else "–") + " | |")
    for name, q in dsr["queries"].items():
        r = raw["queries"].get(name) if raw else None
        b = base["queries"].get(name) if base else None
        speedup = "–"
        if b is not None:
            if b.get("ms") is not None:
                speedup = f"{b['ms'] / max(q['ms'], 0.01):.0f}×"
            elif "timeout_s" in b:
                speedup = f">{b['timeout_s'] * 1000 / max(q['ms'], 0.01):.0f}×"
        overhead = f"{q['ms'] / max(r['ms'], 0.01):.2f}" if r and r.get("ms") else "–"
        lines.append(f"| {name} ({q['rows']} rows) | {fmt_ms(q)} | {fmt_ms(r)} | {fmt_ms(b)} | {speedup} | {overhead} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--worker":
        engine, path, plan_file, repeat, timeout = sys.argv[2:7]
        print(json.dumps(worker(engine, path, plan_file, int(repeat), float(timeout))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000],
                        help="approximate quads of the synthetic datasets (default: 100000 1000000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query for the median (default 3)")
    parser.add_argument("--baseline-timeout", type=float, default=60, help="seconds before an rdflib query is stopped")
    parser.add_argument("--engines", nargs="*", default=["dsr", "pyoxigraph", "rdflib"])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)

    import graph
    from graph.store.rdfio import atomic_write
    from graph.sources.synth import synthesize, write_synthetic

    workdir = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    datasets = []
    default = workdir / "default.nq"
    import pyoxigraph as ox

    atomic_write(default, ox.serialize(graph.build_dataset().quads(), format=ox.RdfFormat.N_QUADS))
    datasets.append(("default graph", str(default)))
    for size in args.sizes:
        # organisations for about `size` quads, measured on two small runs as scripts/synthesize.py does
        qa = sum(1 for _ in synthesize(400, args.seed))
        qb = sum(1 for _ in synthesize(1600, args.seed))
        slope = (qb - qa) / 1200
        organisations = max(10, round((size - (qa - slope * 400)) / slope))
        path = workdir / f"synthetic-{size}.nq"
        write_synthetic(path, organisations=organisations, seed=args.seed)
        datasets.append((f"synthetic (~{size:,})", str(path)))

    sections = [f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}; "
                f"medians of {args.repeat} runs or more (fast queries: as many as fit in 0.2 s); rdflib: one run, stopped after {args.baseline_timeout:.0f} s."]
    for label, path in datasets:
        print(f"benchmarking {label} ({path})", file=sys.stderr, flush=True)
        sections.append(report(label, run_dataset(label, path, args.repeat, args.baseline_timeout, args.engines)))
    text = "\n\n".join(sections) + "\n"
    print(text)
    if args.out:
        atomic_write(args.out, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
