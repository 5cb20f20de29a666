"""Benchmark the HTML maps in headless Chromium: the canvas renderer (vis-network) against WebGL (sigma.js).

    python scripts/bench_maps.py                                   # 5k, 20k and 50k nodes
    python scripts/bench_maps.py --sizes 1000 2000 5000 --canvas-timeout 30 --out bench-maps.md
    python scripts/bench_maps.py --sizes 500 2000 --physics        # also pyvis's default way: physics in the page

For each size, a graph.sources.synth dataset is generated (seeded) with enough organisations for
its co-partnership projection to have about that many nodes (synth's projection has about four
links per node: 50k nodes, ~200k links), mapped with the cap raised above the size so that every
node is drawn, and written once with each renderer. Each file is opened from file:// in Debian's
headless Chromium with every request but the page refused. Columns:

- Python: seconds to project, measure, lay out (of which: layout) and render the map;
- file: the HTML of each renderer;
- first draw: from navigation start to the first frame the renderer drew (the page read, the
  graph built, every node and link drawn once);
- ready: milliseconds from navigation start to the map's ready flag (its first frame drawn, the
  labels placed and two frames shown), canvas and WebGL, and canvas / WebGL;
- heap: the page's JavaScript heap once ready (Chrome DevTools Protocol ``JSHeapUsedSize``);
- RSS: resident memory of the browser's renderer and GPU processes once ready (Linux only).

Targets: 5k nodes ready within 1 s; 50k nodes and ~200k links within 3 s (WebGL). The numbers
are printed, never asserted. A canvas page that is not ready after --canvas-timeout seconds is
reported as "> N s". With --physics, the same data drawn as pyvis draws by default (no positions,
vis-network's physics stabilising in the page) is timed too.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from graph.maps import MapSpec
from graph.maps import data as map_data_module
from graph.store import KnowledgeGraph
from graph.sources.synth import synthesize

render_module = importlib.import_module("graph.maps.render")  # the module; graph.maps.render is also a function
NODES_PER_ORGANISATION = 0.72  # measured: synth's co-partnership projection has ~0.72 nodes per organisation


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("bench_maps: needs Debian's chromium (apt-get install chromium)")


def browser_rss_mb() -> float | None:
    """Resident memory (MB) of this process's Chromium renderer and GPU processes, or None off Linux."""
    try:
        import psutil
    except ImportError:
        return None
    total = 0
    for proc in psutil.Process(os.getpid()).children(recursive=True):
        try:
            cmd = " ".join(proc.cmdline())
            if "--type=renderer" in cmd or "--type=gpu-process" in cmd:
                total += proc.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total / 1e6


def open_and_measure(browser, path: Path, timeout: float) -> dict | None:
    """Ready time (ms since navigation start), JS heap and process memory, or None after ``timeout`` s."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    url = path.resolve().as_uri()
    context.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    page = context.new_page()
    page.set_default_timeout(timeout * 1000)
    try:
        page.goto(url, wait_until="commit")
        deadline = time.monotonic() + timeout
        while True:
            try:
                done = page.evaluate("Boolean(window.dsrMap && window.dsrMap.state.ready)")
            except Exception:  # the page is busy: evaluation waits, then times out
                done = False
            if done:
                break
            if time.monotonic() > deadline:
                return None
            time.sleep(0.05)
        first, ready = page.evaluate("[dsrMap.state.firstDraw, dsrMap.state.stable]")
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        return {"first": first, "ready": ready, "heap": metrics.get("JSHeapUsedSize", 0) / 1e6, "rss": browser_rss_mb()}
    finally:
        context.close()


def physics_html(data: dict) -> str:
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
        return render_module.render(data, "canvas").html
    finally:
        render_module.vis_data = original


def timed_map_data(kg, spec) -> tuple[dict, float, float]:
    """The map's data, the seconds it took, and the seconds of them spent laying it out."""
    original, spent = map_data_module.layout, []

    def layout(g, **kw):
        t = time.perf_counter()
        try:
            return original(g, **kw)
        finally:
            spent.append(time.perf_counter() - t)

    map_data_module.layout = layout
    try:
        t = time.perf_counter()
        data = map_data_module.map_data(kg, spec)
        return data, time.perf_counter() - t, sum(spent)
    finally:
        map_data_module.layout = original


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000, 50000])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--canvas-timeout", type=float, default=60.0, help="Give up on a canvas page after this.")
    parser.add_argument("--webgl-timeout", type=float, default=120.0)
    parser.add_argument("--physics", action="store_true", help="Also time pyvis's default: physics in the page.")
    parser.add_argument("--out", type=Path, default=None, help="Also write the Markdown table here.")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        for size in args.sizes:
            organisations = max(10, round(size / NODES_PER_ORGANISATION))
            kg = KnowledgeGraph.from_quads(synthesize(organisations, args.seed), f"synth {organisations}")
            data, data_s, layout_s = timed_map_data(kg, MapSpec(node_cap=10 * size, seed=args.seed))
            measured, files, render_s = {}, {}, {}
            for renderer, timeout in (("canvas", args.canvas_timeout), ("webgl", args.webgl_timeout)):
                t = time.perf_counter()
                drawn = render_module.render(data, renderer)
                render_s[renderer] = time.perf_counter() - t
                path = drawn.save(Path(tmp) / f"{renderer}-{size}.html")
                files[renderer] = path.stat().st_size / 1e6
                measured[renderer] = open_and_measure(browser, path, timeout)
            physics = None
            if args.physics:
                ppath = Path(tmp) / f"physics-{size}.html"
                ppath.write_text(physics_html(data), encoding="utf-8")
                physics = open_and_measure(browser, ppath, args.canvas_timeout)
            c, w = measured["canvas"], measured["webgl"]
            row = [f"{len(data['nodes']):,}", f"{len(data['edges']):,}",
                   f"{data_s + render_s['webgl']:.1f} ({layout_s:.1f})",
                   f"{files['canvas']:.1f} / {files['webgl']:.1f} MB",
                   _s(c, "first", args.canvas_timeout), _s(w, "first", args.webgl_timeout),
                   _s(c, "ready", args.canvas_timeout), _s(w, "ready", args.webgl_timeout), _ratio(c, w, args.canvas_timeout),
                   _mb(c, "heap"), _mb(w, "heap"), _mb(c, "rss"), _mb(w, "rss")]
            if args.physics:
                row.append(_s(physics, "ready", args.canvas_timeout))
            rows.append(row)
            print(" | ".join(row), file=sys.stderr, flush=True)
        browser.close()
    head = ["nodes", "links", "Python s (layout)", "file canvas / WebGL", "first draw canvas", "first draw WebGL",
            "ready canvas", "ready WebGL",
            "canvas / WebGL", "heap canvas", "heap WebGL", "RSS canvas", "RSS WebGL"]
    if args.physics:
        head.append("ready, physics in the page")
    table = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    text = "\n".join(table) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


def _s(m: dict | None, key: str, timeout: float) -> str:
    return f"> {timeout:.0f} s" if m is None else f"{m[key] / 1000:.2f} s"


def _mb(m: dict | None, key: str) -> str:
    return "–" if m is None or m[key] is None else f"{m[key]:.0f} MB"


def _ratio(canvas: dict | None, webgl: dict | None, timeout: float) -> str:
    if webgl is None:
        return ""
    if canvas is None:
        return f"> {timeout * 1000 / webgl['ready']:.0f}×"
    return f"{canvas['ready'] / webgl['ready']:.1f}×"


if __name__ == "__main__":
    sys.exit(main())
