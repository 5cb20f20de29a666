"""Benchmark `dsr export`: every format on a synthetic graph of about 1M quads, beside rdflib's serialize.

    python scripts/bench_export.py                         # ~1M quads
    python scripts/bench_export.py --size 100000 --out bench-export.md

The synthetic dataset comes from graph.sources.synth (as in scripts/bench_sparql.py), written as N-Quads.
Each dsr-graph format runs in a child process of its own: the graph is loaded
(``KnowledgeGraph.from_file``), then ``graph.export.export`` writes that one format (for network
formats: the co-partnership projection, its seeded layout and the file), and the child reports
the export's wall time and its peak resident memory (VmHWM, which counts the loaded graph too).
A last child writes the default set (every format) in one run.

The baseline is rdflib's own ``serialize`` in one child that parses the file once into a
``Dataset`` (named graphs kept: TriG, N-Quads, JSON-LD) and its union into a ``Graph`` (Turtle,
N-Triples, RDF/XML); each format is serialized in a forked child of it, killed after
--baseline-timeout seconds, whose peak memory is reset first (``/proc/self/clear_refs``), so each
figure is that format's peak with the graph loaded. rdflib has no network formats. A format
still running after --baseline-timeout seconds is stopped and shown as '>N s'.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RDFLIB = {"turtle": ("graph", "turtle"), "trig": ("dataset", "trig"), "nquads": ("dataset", "nquads"),
          "ntriples": ("graph", "nt"), "jsonld": ("dataset", "json-ld"), "rdfxml": ("graph", "xml")}


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM := current RSS
    except OSError:
        pass


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def dsr_worker(path: str, fmt: str) -> dict:
    import graph
    import graph.analysis.run  # noqa: F401 - imports before the clock starts: writing is what is timed
    import graph.store.engine  # noqa: F401
    from graph.export import export
    from graph.export.networks import _layout

    _layout(__import__("networkx").path_graph(3), 1)  # imports the layout engine
    start = time.perf_counter()
    kg = graph.KnowledgeGraph.from_file(path)
    load_s = time.perf_counter() - start
    out = Path(tempfile.mkdtemp(prefix="bench-export-"))
    start = time.perf_counter()
    result = export(kg, out / "x", None if fmt == "all" else [fmt])
    seconds = time.perf_counter() - start
    size = _size(out / "x")
    shutil.rmtree(out, ignore_errors=True)
    return {"load_s": load_s, "s": seconds, "peak_mb": _peak_mb(), "bytes": size,
            "files": len(result.files), "quads": kg.quad_count}


def rdflib_worker(path: str, timeout: float) -> dict:
    import rdflib

    from graph.store.engine import QueryTimeout, run_in_child

    ds = rdflib.Dataset()
    start = time.perf_counter()
    ds.parse(path, format="nquads")
    load_s = time.perf_counter() - start
    union = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    out = {"load_s": load_s, "formats": {}}
    folder = Path(tempfile.mkdtemp(prefix="bench-export-rdflib-"))
    for name, (which, fmt) in RDFLIB.items():
        target = folder / f"dsr.{name}"

        def serialize():
            # in a forked child with the graph already loaded: a signal cannot stop rdflib's
            # serializers reliably, a killed process can
            _reset_peak()
            began = time.perf_counter()
            (ds if which == "dataset" else union).serialize(destination=str(target), format=fmt)
            return {"s": time.perf_counter() - began, "peak_mb": _peak_mb(), "bytes": target.stat().st_size}

        try:
            out["formats"][name] = run_in_child(serialize, timeout)
        except QueryTimeout:
            out["formats"][name] = {"s": None, "timeout_s": timeout, "peak_mb": float("nan")}
        target.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    return out


def _child(args: list[str], timeout: float) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _synthetic(size: int, seed: int, workdir: Path) -> tuple[Path, int, dict]:
    """A synthetic N-Quads file of about ``size`` quads (organisations measured as bench_sparql does)."""
    from graph.sources.synth import synthesize, write_synthetic

    qa = sum(1 for _ in synthesize(400, seed))
    qb = sum(1 for _ in synthesize(1600, seed))
    slope = (qb - qa) / 1200
    organisations = max(10, round((size - (qa - slope * 400)) / slope))
    path = workdir / "synthetic.nq"
    return path, organisations, write_synthetic(path, organisations=organisations, seed=seed)


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--worker":
        kind, *rest = sys.argv[2:]
        result = dsr_worker(*rest) if kind == "dsr" else rdflib_worker(rest[0], float(rest[1]))
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="approximate quads (default 1000000)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--baseline-timeout", type=float, default=300, help="seconds before an rdflib format is stopped")
    parser.add_argument("--no-baseline", action="store_true", help="skip rdflib")
    parser.add_argument("--data", type=Path, help="an N-Quads file to use instead of generating one")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)

    from graph.export import FORMATS
    from graph.store.rdfio import atomic_write

    workdir = Path(tempfile.mkdtemp(prefix="bench-export-"))
    if args.data:
        path, organisations = args.data, "?"
        stats = {"quads": sum(1 for _ in args.data.open("rb"))}
    else:
        path, organisations, stats = _synthetic(args.size, args.seed, workdir)
    print(f"graph: {stats['quads']:,} quads, {organisations} organisations", file=sys.stderr)

    dsr = {}
    for fmt in [*FORMATS, "all"]:
        print(f"  dsr-graph {fmt} …", file=sys.stderr, flush=True)
        dsr[fmt] = _child(["--worker", "dsr", str(path), fmt], timeout=1800)
    base = {}
    if not args.no_baseline:
        print("  rdflib …", file=sys.stderr, flush=True)
        base = _child(["--worker", "rdflib", str(path), str(args.baseline_timeout)],
                      timeout=args.baseline_timeout * 8 + 1800)
    lines = [
        f"Synthetic graph: {stats['quads']:,} quads ({organisations} organisations), N-Quads; machine: "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}. Load: dsr-graph {dsr['all']['load_s']:.1f} s"
        + (f", rdflib {base['load_s']:.1f} s" if base else "") + " (not in the figures below).",
        "",
        "| format | dsr-graph (s) | peak MB | MB written | rdflib serialize (s) | rdflib peak MB | rdflib / dsr-graph |",
        "|---|---|---|---|---|---|---|",
    ]
    for fmt, r in dsr.items():
        b = base.get("formats", {}).get(fmt) if base else None
        if b is None:
            bs, bm, ratio = "–", "–", "–"
        elif b.get("s") is None:
            bs, bm, ratio = f">{b['timeout_s']:.0f}", "–", f">{b['timeout_s'] / r['s']:.0f}×"
        else:
            bs, bm, ratio = f"{b['s']:.1f}", f"{b['peak_mb']:.0f}", f"{b['s'] / r['s']:.1f}×"
        label = fmt if fmt != "all" else "**all (default set, one run)**"
        lines.append(f"| {label} | {r['s']:.1f} | {r['peak_mb']:.0f} | {r['bytes'] / 1e6:.0f} | {bs} | {bm} | {ratio} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        atomic_write(args.out, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
