"""One build, timed phase by phase through the package's API (run by scripts/bench_build.py).

    python scripts/bench_build_phases.py [--include FILE] [--seed 42]

Runs the phases of ``dsr build`` one after the other — graph (records + includes → store), analysis,
validate, summary, write (TriG and Turtle), maps (the gallery), export (the default set) — and
prints one JSON object: seconds and peak memory (MiB) after each phase. It uses only functions that
every release since the maps landed has, so the same script times the current checkout and an
older release installed in its own venv.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include", type=Path, action="append", default=[])
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    started = time.perf_counter()
    import graph  # noqa: F401 - imports are part of what a user waits for
    from graph.analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze
    from graph.build import build_dataset
    from graph.export import export
    from graph.maps.gallery import gallery

    phases = [{"phase": "import", "seconds": time.perf_counter() - started, "peak_mib": peak_mib()}]

    def timed(name, fn):
        t = time.perf_counter()
        value = fn()
        phases.append({"phase": name, "seconds": time.perf_counter() - t, "peak_mib": peak_mib()})
        return value

    kg = timed("graph", lambda: build_dataset(None, args.include, analyse=False))
    analysis = timed("analysis", lambda: analyze(kg, DEFAULT_PROJECTION, seed=args.seed))
    add_to_graph(kg, analysis)
    timed("validate", kg.validate)
    timed("summary", kg.summary)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)

        def write():
            (tmp / "dsr.trig").write_text(kg.trig(), encoding="utf-8")
            (tmp / "dsr.ttl").write_text(kg.turtle(), encoding="utf-8")

        timed("write", write)
        ranking = {row["id"]: row["betweenness"] for row in analysis.node_table}
        timed("maps", lambda: [e.map.html for e in gallery(kg, seed=args.seed, ranking=ranking)])
        timed("export", lambda: export(kg, tmp / "export", seed=args.seed))
    print(json.dumps({"statements": len(kg), "phases": phases,
                      "total": round(sum(p["seconds"] for p in phases), 3)}))


if __name__ == "__main__":
    main()
