"""The build at three sizes, phase by phase, beside a baseline release of the pipeline.

    python scripts/bench_build.py                        # default, 100k and 1M statements
    python scripts/bench_build.py --sizes default,100k   # a subset
    python scripts/bench_build.py --baseline REF         # another baseline commit (default below)

For each size — the bundled records ("default"), and the bundled records plus a synthetic dataset
of about 100k or 1M statements (``dsr synth``, included with ``--include``) — it runs
scripts/bench_build_phases.py in this checkout's environment and in the baseline's (the commit the
build-pipeline work started from, installed from ``git archive`` into its own venv under .bench/,
made once), and then ``dsr build`` end to end with every output, timing the wall clock and the
peak memory of the build's processes together: ``dsr build`` runs its output jobs in a worker
process beside the main one, so the peak is the larger of the main process's high-water mark
(os.wait4) and the highest sum of the processes' proportional set sizes (PSS, which splits the
pages they share), sampled once a second while there is more than one process (a sample costs
the machine about 35 ms per 2.5 GB process, so it is taken no more often). It prints a Markdown table per size: seconds and peak MiB per phase, now and
baseline, and the ratio, then ``dsr check`` end to end (a dash where the release has no such
command). A run over ``--timeout`` seconds is stopped and shown as such.

Nothing here is asserted: it measures. The targets it is read against are in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench"
BASELINE = "a4201be"  # the last commit before the pipeline work: the pipeline as issue 14 found it
SIZES = {"default": 0, "100k": 1_700, "1m": 18_000}  # organisations for dsr synth (about 55 quads each)
PHASES = ["import", "graph", "analysis", "validate", "summary", "write", "maps", "export"]


def run(cmd: list[str], timeout: float, **kw) -> subprocess.CompletedProcess | None:
    """Run ``cmd`` and capture its output; None when it was stopped at ``timeout``."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (from /proc; just ``pid`` where /proc has no such list)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            todo += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            pass
    return found


def tree_pss_mib(pid: int) -> float:
    """The summed proportional set size of ``pid`` and its descendants, in MiB (0 without /proc)."""
    total = 0
    for p in _descendants(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except (OSError, ValueError):
            pass
    return total / 1024


def timed_child(cmd: list[str], timeout: float, env=None) -> tuple[int | None, float, float, str]:
    """Run ``cmd`` and measure its wall time and its processes' peak memory (see the module's docstring)."""
    started = time.perf_counter()
    tree_peak, sampled = 0.0, 0.0
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        deadline = started + timeout
        while True:
            if time.perf_counter() - sampled >= 1.0:
                # only while the build has workers (one process alone is measured exactly by wait4):
                # a sample reads each process's page tables, ~35 ms at 2.5 GB, taken from the build
                if len(_descendants(proc.pid)) > 1:
                    tree_peak = max(tree_peak, tree_pss_mib(proc.pid))
                sampled = time.perf_counter()
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = None
                break
            time.sleep(0.05)
        err.seek(0)
        tail = err.read()[-2000:]
    return proc.returncode, time.perf_counter() - started, max(usage.ru_maxrss / 1024, tree_peak), tail


def baseline_python(ref: str) -> Path:
    """The baseline release installed in its own venv (made once, then reused)."""
    home = BENCH / f"baseline-{ref}"
    python = home / "venv" / "bin" / "python"
    if python.exists():
        return python
    src = home / "src"
    src.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "venv", str(home / "venv")], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-c", str(src / "constraints.txt"), str(src)],
                   check=True)
    return python


def dataset(size: str) -> list[str]:
    """The --include arguments of a size (a synthetic dataset, generated once)."""
    if not SIZES[size]:
        return []
    path = BENCH / f"synth-{size}.nq"
    if not path.exists():
        BENCH.mkdir(exist_ok=True)
        subprocess.run([sys.executable, "-m", "graph", "synth", "--organisations", str(SIZES[size]),
                        "--out", str(path)], check=True, cwd=ROOT)
    return [str(path)]


def phases(python: Path, includes: list[str], timeout: float) -> dict | None:
    cmd = [str(python), str(ROOT / "scripts" / "bench_build_phases.py")]
    for inc in includes:
        cmd += ["--include", inc]
    res = run(cmd, timeout, cwd=tempfile.gettempdir())
    if res is None or res.returncode != 0:
        if res is not None:
            sys.stderr.write(res.stderr[-2000:])
        return None
    return json.loads(res.stdout.strip().splitlines()[-1])


def whole(python: Path, includes: list[str], timeout: float) -> tuple[str, str]:
    """``dsr build`` end to end: (seconds, peak MiB) as text."""
    dsr = python.parent / "dsr"
    with tempfile.TemporaryDirectory() as out:
        cmd = [str(dsr), "build", "--out", out]
        for inc in includes:
            cmd += ["--include", inc]
        code, seconds, peak, tail = timed_child(cmd, timeout)
    if code is None:
        return f"> {timeout:.0f} (stopped)", "—"
    if code not in (0, 1):
        sys.stderr.write(tail)
        return f"failed ({code})", "—"
    return f"{seconds:.1f}", f"{peak:.0f}"


def check(python: Path, includes: list[str], timeout: float) -> tuple[str, str]:
    """``dsr check`` (graph and validation, nothing written) end to end: (seconds, peak MiB) as text;
    a release without the command shows a dash."""
    dsr = python.parent / "dsr"
    cmd = [str(dsr), "check", "-q"] + [a for inc in includes for a in ("--include", inc)]
    code, seconds, peak, _ = timed_child(cmd, timeout)
    if code is None:
        return f"> {timeout:.0f} (stopped)", "—"
    return (f"{seconds:.1f}", f"{peak:.0f}") if code in (0, 1) else ("—", "—")


def table(size: str, now: dict | None, base: dict | None, whole_now, whole_base, check_now=("—", "—"),
          check_base=("—", "—")) -> str:
    def cell(result, phase, key):
        if result is None:
            return "—"
        for p in result["phases"]:
            if p["phase"] == phase:
                return f"{p[key]:.2f}" if key == "seconds" else f"{p[key]:.0f}"
        return "—"

    def ratio(phase):
        try:
            a = float(cell(base, phase, "seconds"))
            b = float(cell(now, phase, "seconds"))
        except ValueError:
            return "—"
        return f"{a / b:.1f}×" if b > 0 else "—"

    n = (now or base or {}).get("statements", "?")
    lines = [f"### {size}: {n:,} statements" if isinstance(n, int) else f"### {size}", "",
             "| phase | now (s) | baseline (s) | faster | now peak (MiB) | baseline peak (MiB) |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for phase in PHASES:
        lines.append(f"| {phase} | {cell(now, phase, 'seconds')} | {cell(base, phase, 'seconds')} | {ratio(phase)} | "
                     f"{cell(now, phase, 'peak_mib')} | {cell(base, phase, 'peak_mib')} |")
    total_now = f"{now['total']:.2f}" if now else "—"
    total_base = f"{base['total']:.2f}" if base else "—"
    faster = f"{base['total'] / now['total']:.1f}×" if now and base else "—"
    lines.append(f"| **phases in all** | {total_now} | {total_base} | {faster} | | |")
    lines.append(f"| **`dsr build`, end to end** | {whole_now[0]} | {whole_base[0]} | | {whole_now[1]} | "
                 f"{whole_base[1]} |")
    lines.append(f"| **`dsr check`, end to end** | {check_now[0]} | {check_base[0]} | | {check_now[1]} | "
                 f"{check_base[1]} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="default,100k,1m", help="comma-separated: default, 100k, 1m")
    parser.add_argument("--baseline", default=BASELINE, help="git commit of the baseline pipeline")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is stopped")
    parser.add_argument("--no-baseline", action="store_true", help="time this checkout only")
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}: {', '.join(SIZES)}")
    now_python = Path(sys.executable)
    base_python = None if args.no_baseline else baseline_python(args.baseline)
    print(f"Baseline: {'none' if base_python is None else args.baseline}; {os.cpu_count()} cores; "
          f"timeout {args.timeout:.0f} s per run.\n")
    for size in sizes:
        includes = dataset(size)
        now = phases(now_python, includes, args.timeout)
        base = phases(base_python, includes, args.timeout) if base_python else None
        whole_now = whole(now_python, includes, args.timeout)
        whole_base = whole(base_python, includes, args.timeout) if base_python else ("—", "—")
        check_now = check(now_python, includes, args.timeout)
        check_base = check(base_python, includes, args.timeout) if base_python else ("—", "—")
        print(table(size, now, base, whole_now, whole_base, check_now, check_base), flush=True)


if __name__ == "__main__":
    main()
