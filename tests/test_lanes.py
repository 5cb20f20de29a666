"""The build's output jobs run side by side in forked workers: same results, errors raised, no worker left behind."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from graph.pipeline.lanes import Job, JobFailed, plan, run_jobs
from graph.pipeline.progress import Progress


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie has exited: it only waits to be reaped by its parent
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=100), max_size=7), st.integers(min_value=1, max_value=4))
def test_plan_places_every_job_once_and_the_longest_lane_is_as_short_as_can_be(costs, lanes):
    jobs = [Job(f"j{i}", c, None) for i, c in enumerate(costs)]
    parts = plan(jobs, lanes)
    names = [j.name for lane in parts for j in lane]
    assert sorted(names) == sorted(j.name for j in jobs) and len(parts) <= lanes
    for lane in parts:  # a lane keeps the given order
        assert [j.name for j in lane] == sorted((j.name for j in lane), key=lambda n: int(n[1:]))
    if not jobs:
        return
    got = max(sum(j.cost for j in lane) for lane in parts)
    best = min(max(sum(c for c, k in zip(costs, assign) if k == lane) for lane in range(lanes))
               for assign in itertools.product(range(lanes), repeat=len(costs)))
    assert got == best  # few jobs: every split is tried
    costliest = min(range(len(jobs)), key=lambda i: (-jobs[i].cost, i))
    assert jobs[costliest] in parts[0]  # which runs in the calling process


def test_many_jobs_are_split_longest_first_within_a_third_more_than_the_best(monkeypatch):
    import graph.pipeline.lanes as lanes_module

    monkeypatch.setattr(lanes_module, "EXACT_PLANS", 0)  # as with more jobs than can all be tried
    for seed in range(200):
        rng = __import__("random").Random(seed)
        costs = [rng.randint(1, 100) for _ in range(rng.randint(1, 7))]
        jobs = [Job(f"j{i}", c, None) for i, c in enumerate(costs)]
        parts = plan(jobs, 2)
        assert sorted(j.name for lane in parts for j in lane) == sorted(j.name for j in jobs)
        got = max(sum(j.cost for j in lane) for lane in parts)
        best = min(max(sum(c for c, k in zip(costs, assign) if k == lane) for lane in range(2))
                   for assign in itertools.product(range(2), repeat=len(costs)))
        assert got <= best * 4 / 3 + 1e-9  # the bound of longest-processing-time-first scheduling


def _jobs(tmp_path: Path) -> list[Job]:
    def make(name, cost):
        def run(step):
            (tmp_path / f"{name}.txt").write_text(f"{name} by {os.getpid()}\n")
            step.note = f"note of {name}"
            return {"name": name, "pid": os.getpid()}
        return Job(name, cost, run)

    return [make("a", 5), make("b", 4), make("c", 3), make("d", 1)]


def test_two_lanes_give_the_same_results_as_one_and_the_children_report_their_phases(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    alone = run_jobs(_jobs(tmp_path / "one"), lanes=1, progress=Progress())
    two = Progress()
    side = run_jobs(_jobs(tmp_path / "two"), lanes=2, progress=two)
    assert {k: v["name"] for k, v in alone.items()} == {k: v["name"] for k, v in side.items()} == {n: n for n in "abcd"}
    assert {v["pid"] for v in alone.values()} == {os.getpid()}
    pids = {v["pid"] for v in side.values()}
    assert os.getpid() in pids and len(pids) == 2  # one lane here, the other in a worker
    assert sorted(p.phase for p in two.phases) == list("abcd")
    assert {p.note for p in two.phases} == {f"note of {n}" for n in "abcd"}
    workers = {p.phase: p.worker for p in two.phases}
    assert workers["a"] == 0 and 1 in workers.values()  # the costliest job runs here, lane 0
    for name in "abcd":
        assert (tmp_path / "two" / f"{name}.txt").read_text().startswith(f"{name} by ")
    for pid in pids - {os.getpid()}:
        assert not _alive(pid)


def _failing(kind: str):
    def run(step):
        if kind == "raise":
            raise ValueError("row 7: field 'date': not a date")
        if kind == "unpicklable":
            return lambda: None
        if kind == "unpicklable-error":
            raise OSError("cannot write maps/x.html", lambda: None)  # an argument that does not pickle
        if kind == "killed":
            os.kill(os.getpid(), signal.SIGKILL)
        return "fine"
    return run


@pytest.mark.parametrize("kind, error, words", [
    ("raise", ValueError, ["row 7: field 'date': not a date"]),
    ("unpicklable", JobFailed, ["broken", "lambda"]),
    ("unpicklable-error", JobFailed, ["broken: Traceback", "OSError", "cannot write maps/x.html"]),
    ("killed", JobFailed, ["stopped", "signal 9"]),
])
def test_a_job_that_fails_in_a_worker_fails_the_run_here_with_its_message(kind, error, words):
    jobs = [Job("long", 10, lambda step: time.sleep(0.2) or "done"), Job("broken", 1, _failing(kind))]
    with pytest.raises(error) as caught:
        run_jobs(jobs, lanes=2, progress=Progress())
    assert all(w in str(caught.value) for w in words), str(caught.value)


def test_a_failure_here_stops_the_workers_at_once(tmp_path):
    pidfile = tmp_path / "worker.pid"

    def here(step):
        while not pidfile.exists() or not pidfile.read_text():
            time.sleep(0.02)
        raise ValueError("failed here")

    def there(step):
        pidfile.write_text(str(os.getpid()))
        time.sleep(60)

    started = time.perf_counter()
    with pytest.raises(ValueError, match="failed here"):
        run_jobs([Job("here", 10, here), Job("there", 1, there)], lanes=2, progress=Progress())
    assert time.perf_counter() - started < 30  # it did not wait for the worker's minute
    worker = int(pidfile.read_text())
    assert not _alive(worker)
    with pytest.raises(ChildProcessError):  # killed and reaped: no zombie left
        os.waitpid(worker, os.WNOHANG)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_worker_dies_with_a_build_killed_outright(tmp_path):
    pidfile = tmp_path / "worker.pid"
    script = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from graph.pipeline.lanes import Job, run_jobs
        def worker(step):
            Path({str(pidfile)!r}).write_text(str(os.getpid()))
            time.sleep(120)
        run_jobs([Job("here", 10, lambda step: time.sleep(120)), Job("there", 1, worker)], lanes=2)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while not pidfile.exists() or not pidfile.read_text():
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.05)
        worker = int(pidfile.read_text())
        assert _alive(worker)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker)
    finally:
        proc.kill()
