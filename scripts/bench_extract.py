"""Benchmark `dsr extract`'s reading of news reports: this tree's extractor beside a baseline commit's.

    python scripts/bench_extract.py                          # eval/extract, baseline 1e43018
    python scripts/bench_extract.py --folder eval/extract-dev2 --baseline HEAD~5 --runs 5
    python scripts/bench_extract.py --long 4                  # one long document: the reports joined 4 times

For each extractor (this working tree, and the baseline commit unpacked with `git archive` into a
temporary folder), a fresh Python process reads every report of the folder's ``texts/`` in turn
with ``graph.extract.extract_article``: the first call (importing the package, reading the bundled
records, building the gazetteer, then the report) is the cost of one `dsr extract` run short of the
command line; the later calls are the cost of one more report in the same process. Each process is
run --runs times; the table gives the median of the runs, the slowest report (each report's median
over the runs, so that one pause of the machine does not make the figure), the peak memory (RSS)
and, for each figure, the ratio of this tree to the baseline. Only the extractor is timed, never
the scorer; the texts are the local, git-ignored copies (`scripts/fetch_extract_texts.py`).

With ``--no-gc`` the processes run with Python's garbage collector off. A full collection walks every
object the bundled records made (tens of milliseconds) and falls on whichever report crosses its
threshold, a different one for two trees that allocate a little differently: the slowest report
is then the slowest report's own cost.

With ``--output yaml`` or ``--output json`` each report is also written as `dsr extract` writes it (the candidate
records — and the sentences to check, the organisations the report names, and in JSON the drafts — with the records
loaded once, in the first call), so that the figures are a `dsr extract` run's short of the command line.

With ``--long K`` the process reads the first report (to warm up), then one long document — every
report of the folder joined, K times over — as a long report or a converted PDF would be: the
"later report" figures are then that document's, and show how the time grows with length.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import gc, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
if sys.argv[3] == "no-gc":
    gc.disable()
t0 = time.perf_counter()
from graph.extract import extract_article
import graph.extract
assert graph.extract.__file__.startswith(sys.argv[1]), graph.extract.__file__
paths = json.loads(sys.argv[2])
output = sys.argv[4]
if output != "none":  # (and the output dsr extract writes: candidate records, as YAML or JSON)
    from graph.extract.output import candidate_records, to_json, to_yaml
    from graph.records.load import load_records
    records = load_records()
times = []
for p in paths:
    t = time.perf_counter()
    x = extract_article(open(p, encoding="utf-8").read())
    if output != "none":
        try:
            result = candidate_records(x, records=records, drafts=output == "json")
        except TypeError:  # (a tree from before the drafts)
            result = candidate_records(x, records=records)
        to_json(result, x.text) if output == "json" else to_yaml(result)
    times.append(time.perf_counter() - t)
first = time.perf_counter() - t0 - sum(times[1:])
print(json.dumps({"first": first, "later": times[1:],
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(tree: Path, paths: list[str], gc: bool, output: str = "none") -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), json.dumps(paths), "gc" if gc else "no-gc", output],
                         capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    return json.loads(out.stdout)


def _measure(tree: Path, paths: list[str], runs: int, gc: bool = True, output: str = "none") -> dict:
    results = [_run(tree, paths, gc, output) for _ in range(runs)]
    later = [t for r in results for t in r["later"]]
    # each report's median over the runs, then the slowest report: a pause of the machine in one run is no report's
    per_report = [statistics.median(times) for times in zip(*(r["later"] for r in results))]
    return {"first call (s)": statistics.median(r["first"] for r in results),
            "later report, median (ms)": 1000 * statistics.median(later) if later else float("nan"),
            "slowest report, median of runs (ms)": 1000 * max(per_report) if per_report else float("nan"),
            f"all {len(paths)} reports (s)": statistics.median(r["first"] + sum(r["later"]) for r in results),
            "peak RSS (MB)": statistics.median(r["rss_mb"] for r in results)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=ROOT / "eval" / "extract", help="an evaluation set (default: %(default)s)")
    ap.add_argument("--baseline", default="1e43018", help="the commit to compare with (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--long", type=int, default=0, metavar="K",
                    help="read one document made of the folder's reports joined K times (after one report to warm up)")
    ap.add_argument("--no-gc", action="store_true",
                    help="run the extractors with Python's garbage collector off: a full collection (tens of ms over the "
                         "records' objects) lands on whichever report crosses its threshold, and is no report's own cost")
    ap.add_argument("--output", choices=["none", "yaml", "json"], default="none",
                    help="also time what `dsr extract` writes for each report: the candidate records as YAML (with the "
                         "sentences to check and the organisations named) or as JSON (with the drafts too)")
    args = ap.parse_args()
    paths = sorted(str(p) for p in (args.folder / "texts").glob("*.txt"))
    if not paths:
        sys.exit(f"{args.folder / 'texts'}: no texts (run scripts/fetch_extract_texts.py)")
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp, \
            tempfile.TemporaryDirectory(prefix="bench-extract-long-") as long_dir:
        if args.long > 0:
            joined = "\n\n".join(Path(p).read_text(encoding="utf-8").strip() for p in paths)
            document = Path(long_dir) / "long.txt"
            document.write_text("\n\n".join([joined] * args.long) + "\n", encoding="utf-8")
            paths = [paths[0], str(document)]
            print(f"One document of {document.stat().st_size:,} bytes: the reports joined {args.long} time(s).")
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "graph"], capture_output=True,
                                 check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        here = _measure(ROOT, paths, args.runs, not args.no_gc, args.output)
        base = _measure(Path(tmp), paths, args.runs, not args.no_gc, args.output)
    folder = args.folder.resolve()
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"{len(paths)} reports of {shown}, {args.runs} runs each; this tree beside {args.baseline}"
          f"{' (garbage collector off)' if args.no_gc else ''}"
          f"{f'; each report read and written as {args.output.upper()}' if args.output != 'none' else ''}\n")
    print(f"| | this tree | {args.baseline} | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for key in here:
        print(f"| {key} | {here[key]:.2f} | {base[key]:.2f} | {here[key] / base[key]:.2f} |")


if __name__ == "__main__":
    main()
