"""Check an installation of dsr-graph as a user has it: every module imports, every command runs.

Run it with the Python of a virtual environment where the package was installed *without* the
test extras (``.ci/run`` does, right after the README's first command), from outside the
checkout, so that the installed package is the one imported::

    cd /tmp && /path/to/checkout/.venv/bin/python -I /path/to/checkout/scripts/check_install.py

The test suite runs with the test extras installed (pandas, Playwright, …), and those bring
packages of their own: a runtime dependency missing from ``install_requires`` (numpy for
networkx's layouts, once) can hide behind them. Here nothing hides it: each module of the package
is imported, and each command is run once on small inputs (the repository's test fixtures and
the bundled records). Exit 0 when all of it works; otherwise 1, naming what failed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "data"
PROJECTIONS = ("co-partnership", "organisation-technology", "country-country", "typed-multigraph")


def import_everything() -> list[str]:
    """Import every module of the installed package; return the names of those that fail."""
    import graph

    where = Path(graph.__file__).resolve()
    if where.parent == REPO / "graph":
        sys.exit(f"check_install: imported graph from the checkout ({where}), not the installed package: "
                 "run from another folder, with python -I")
    failed = []
    names = ["graph"] + [m.name for m in pkgutil.walk_packages(graph.__path__, "graph.")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - report every failure, not just the first
            failed.append(f"import {name}: {type(exc).__name__}: {exc}")
    print(f"imported {len(names) - len(failed)} of {len(names)} modules of {where.parent}")
    return failed


def commands(work: Path) -> list[list[str]]:
    """One run of each command and of the options that load a module of their own."""
    g = ["--graph", str(work / "out" / "dsr.trig")]
    runs = [["build", "--out", str(work / "out")], ["check", "-q"], ["info", *g], ["validate", str(work / "out" / "dsr.trig")],
            ["query", "partnerships-of-organisation", "--param", "org=organisation:zte-corporation", *g],
            ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json", "--timeout", "30", *g],
            ["export", *g, "--all", "--out", str(work / "export")],
            ["map", *g, "--focus", "organisation:zte-corporation", "--out", str(work / "zte.html")],
            ["synth", "--organisations", "200", "--out", str(work / "synth.nq")],
            ["import", "aiddata", str(FIXTURES / "aiddata" / "test-projects.csv"), "--out", str(work / "aid.trig")],
            ["import", "cables", str(FIXTURES / "cables"), "--out", str(work / "cables.trig")],
            ["import", "csv", str(FIXTURES / "csvmap" / "deals.csv"), "--mapping",
             str(FIXTURES / "csvmap" / "deals-mapping.yaml"), "--out", str(work / "deals.trig")],
            ["resolve", "candidates", *g, "--limit", "5"],
            ["coverage", *g], ["diff", str(work / "out"), str(work / "out" / "dsr.trig")],
            ["fetch", "--list", "--cache", str(work / "cache")],
            ["map", *g, "--geo", "--out", str(work / "world.html")],
            ["map", *g, "--renderer", "webgl", "--out", str(work / "webgl.html")]]
    for p in PROJECTIONS:
        for engine in ("networkx", "igraph"):
            runs.append(["analyze", *g, "--projection", p, "--engine", engine, "--out", str(work / f"{p}-{engine}")])
        runs.append(["map", *g, "--projection", p, "--out", str(work / f"{p}.html")])
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    failed = import_everything()
    dsr = Path(sys.executable).with_name("dsr")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for args in commands(work):
            start = time.perf_counter()
            proc = subprocess.run([str(dsr), *args], cwd=work, capture_output=True, text=True)
            took = time.perf_counter() - start
            shown = " ".join(a.replace(str(work), ".").replace(str(REPO), "<checkout>") for a in args)
            if proc.returncode != 0:
                failed.append(f"dsr {shown}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
            print(f"{'ok' if proc.returncode == 0 else 'FAILED':6} {took:5.1f} s  dsr {shown}")
    if failed:
        print("\n".join(["", "check_install: FAILED"] + failed), file=sys.stderr)
        return 1
    print("check_install: every module imports and every command runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
