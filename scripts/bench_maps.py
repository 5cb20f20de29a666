"""Benchmark the HTML maps in headless Chromium: file size, time to first draw and to a stable view.

    python scripts/bench_maps.py                                  # 500, 2k, 5k and 20k nodes
    python scripts/bench_maps.py --sizes 500 5000 --baseline-timeout 60 --out bench-maps.md

For each size, a graph.sources.synth dataset is generated (seeded) with enough organisations for its
co-partnership projection to have about that many nodes, and mapped with the cap raised above
the size (so every node is drawn). Columns:

- Python: the seconds ``graph.maps`` takes to project, measure, lay out and render the map;
- size: the HTML file;
- first draw / stable: milliseconds from navigation start to vis-network's first frame, and to
  the view settled (two frames later), in Debian's headless Chromium, page opened from file://;
- baseline: the same page and data drawn the way pyvis draws by default — no positions sent,
  vis-network's physics stabilising the layout in the browser before the first frame — killed
  after --baseline-timeout seconds;
- ratio: baseline first draw / ours.

The target (issue 5): at most 2 s to first draw at 5k nodes. The default map of the largest size,
aggregated at the default cap of 2,000 nodes, is measured too.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from graph.maps import MapSpec
from graph.maps.data import map_data
from graph.store import KnowledgeGraph
from graph.sources.synth import synthesize

render_module = importlib.import_module("graph.maps.render")  # the module; graph.maps.render is also a function
NODES_PER_ORGANISATION = 0.73  # measured: synth's co-partnership projection has ~0.73 nodes per organisation


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("bench_maps: needs Debian's chromium (apt-get install chromium)")


def open_and_time(browser, path: Path, timeout: float) -> tuple[float | None, float | None]:
    """(first draw, stable) in ms since navigation start, or (None, None) after ``timeout`` seconds."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(timeout * 1000)
    try:
        page.goto(path.resolve().as_uri(), wait_until="commit")
        deadline = time.monotonic() + timeout
        while True:
            try:
                done = page.evaluate("Boolean(window.dsrMap && window.dsrMap.state.ready)")
            except Exception:  # the page is busy (stabilising): evaluation waits, then times out
                done = False
            if done:
                return tuple(page.evaluate("[dsrMap.state.firstDraw, dsrMap.state.stable]"))
            if time.monotonic() > deadline:
                return None, None
            time.sleep(0.05)
    finally:
        context.close()


def baseline_html(data: dict) -> str:
    """The same map drawn as pyvis draws by default: no positions, physics stabilising in the browser."""
    original = render_module.vis_data

    def physics_layout(d):
        vis = original(d)
        for node in vis["nodes"]:
            node.pop("x", None), node.pop("y", None)
            node["physics"] = True
        vis["options"]["physics"] = {"enabled": True, "solver": "barnesHut",
                                     "stabilization": {"enabled": True, "iterations": 1000, "fit": True}}
        return vis

    render_module.vis_data = physics_layout
    try:
        return render_module.render(data).html
    finally:
        render_module.vis_data = original


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000, 20000])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--baseline-timeout", type=float, default=60.0)
    parser.add_argument("--baseline-max", type=int, default=5000, help="Skip the baseline above this many nodes.")
    parser.add_argument("--out", type=Path, default=None, help="Also write the Markdown table here.")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        for size in args.sizes:
            organisations = max(10, round(size / NODES_PER_ORGANISATION))
            kg = KnowledgeGraph.from_quads(synthesize(organisations, args.seed), f"synth {organisations}")
            t = time.perf_counter()
            data = map_data(kg, MapSpec(node_cap=10 * size, seed=args.seed))
            drawn = render_module.render(data)
            python_s = time.perf_counter() - t
            path = Path(tmp) / f"map-{size}.html"
            drawn.save(path)
            first, stable = open_and_time(browser, path, 120)
            base = None
            if size <= args.baseline_max:
                bpath = Path(tmp) / f"baseline-{size}.html"
                bpath.write_text(baseline_html(data), encoding="utf-8")
                base, _ = open_and_time(browser, bpath, args.baseline_timeout)
            rows.append((f"{len(data['nodes']):,}", f"{len(data['edges']):,}", f"{python_s:.1f}",
                         f"{path.stat().st_size / 1e6:.1f} MB", _ms(first), _ms(stable),
                         _ms(base) if size <= args.baseline_max else "not run",
                         _ratio(base, first, size <= args.baseline_max, args.baseline_timeout)))
            print(" | ".join(rows[-1]), file=sys.stderr)
            if size == max(args.sizes):
                t = time.perf_counter()
                capped = render_module.render(map_data(kg, MapSpec(seed=args.seed)))
                capped_s = time.perf_counter() - t
                cpath = Path(tmp) / "capped.html"
                capped.save(cpath)
                cfirst, cstable = open_and_time(browser, cpath, 120)
                rows.append((f"{len(capped.data['nodes']):,} (default cap: {len(data['nodes']):,} aggregated)",
                             f"{len(capped.data['edges']):,}", f"{capped_s:.1f}", f"{cpath.stat().st_size / 1e6:.1f} MB",
                             _ms(cfirst), _ms(cstable), "", ""))
        browser.close()
    head = ("nodes", "links", "Python s", "file", "first draw", "stable", "baseline first draw (physics)", "ratio")
    table = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    text = "\n".join(table) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


def _ms(value) -> str:
    return "timeout" if value is None else f"{value / 1000:.2f} s"


def _ratio(base, ours, ran: bool, timeout: float) -> str:
    if not ran or ours is None:
        return ""
    if base is None:
        return f"> {timeout * 1000 / ours:.0f}×"
    return f"{base / ours:.1f}×"


if __name__ == "__main__":
    sys.exit(main())
