"""Run a build's independent jobs side by side: one lane in this process, the others in forked children.

After the graph is built and analysed, the jobs that write the outputs (the TriG/Turtle files, the
validation report, the maps, the exports) only read it, and each writes files of its own. They are
split into lanes by their expected cost (longest first, each to the lane that ends earliest) and the
lanes run at once: lane 0 here, every other lane in a child made with ``os.fork``, which shares the
store and the computed projections copy-on-write instead of loading them again. Each child sends
back what its jobs return (pickled through a pipe) and how long each took, and exits; a job that
fails in a child raises here, as it would have in one process, and the other children are stopped.

Every output file is written by exactly one job, so the files are the same, byte for byte, with
one lane or several. Without ``os.fork`` (Windows) or with ``jobs=1`` the jobs run one after the
other in this process.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from dataclasses import dataclass
from typing import Any, Callable

from .progress import Phase, Progress

__all__ = ["Job", "JobFailed", "run_jobs", "default_jobs", "plan"]


@dataclass
class Job:
    """One job: its name (reported as a phase), its expected cost (any unit) and what it runs.

    ``run`` takes the :class:`~graph.pipeline.progress.Phase` it is timed as (to set its note) and returns
    what the caller wants back, which must pickle when the job runs in a child.
    """

    name: str
    cost: float
    run: Callable[[Phase], Any]


def default_jobs() -> int:
    """Lanes to use by default: two when the machine has two cores or more and can fork, else one."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 2 if usable >= 2 and hasattr(os, "fork") else 1


def plan(jobs: list[Job], lanes: int) -> list[list[Job]]:
    """Split ``jobs`` into at most ``lanes`` lanes so that the longest lane (by expected cost) is as
    short as it can be: every split is tried when there are few (a build has five jobs), else the
    costliest job goes first to the least loaded lane. The lane holding the first job listed of
    the costliest ones is lane 0 (the calling process); a lane keeps its jobs in the order given,
    and ties go the same way every time, so the plan depends only on the jobs and their costs.

    >>> [[j.name for j in lane] for lane in plan([Job("a", 1, None), Job("b", 5, None), Job("c", 3, None)], 2)]
    [['b'], ['a', 'c']]
    >>> [[j.name for j in lane] for lane in plan([Job(n, c, None) for n, c in zip("abcde", (67, 33, 23, 14, 13))], 2)]
    [['a', 'e'], ['b', 'c', 'd']]
    """
    if not jobs:
        return []
    lanes = max(1, min(lanes, len(jobs)))
    if lanes ** len(jobs) <= EXACT_PLANS:
        chosen = _best_split(jobs, lanes)
    else:
        load = [0.0] * lanes
        chosen = [[] for _ in range(lanes)]
        for i in sorted(range(len(jobs)), key=lambda i: (-jobs[i].cost, i)):
            lane = min(range(lanes), key=lambda k: (load[k], k))
            load[lane] += jobs[i].cost
            chosen[lane].append(i)
    parts = [sorted(idx) for idx in chosen if idx]
    first = min(range(len(jobs)), key=lambda i: (-jobs[i].cost, i))
    parts.sort(key=lambda idx: (first not in idx, idx))  # the costliest job's lane runs here
    return [[jobs[i] for i in idx] for idx in parts]


EXACT_PLANS = 50_000  # splits tried one by one up to this many (lanes ** jobs)


def _best_split(jobs: list[Job], lanes: int) -> list[list[int]]:
    """The split with the shortest longest lane; among equals, the one with the shortest lanes after
    it, then the first in counting order (job 0 always in lane 0: lanes are interchangeable)."""
    import itertools

    best, best_key = None, None
    for rest in itertools.product(range(lanes), repeat=len(jobs) - 1):
        assign = (0, *rest)
        load = [0.0] * lanes
        for i, lane in enumerate(assign):
            load[lane] += jobs[i].cost
        key = sorted(load, reverse=True)
        if best_key is None or key < best_key:
            best, best_key = assign, key
    return [[i for i, lane in enumerate(best) if lane == k] for k in range(lanes)]


class JobFailed(RuntimeError):
    """A job in a worker failed in a way that cannot be sent back as it is: an exception or a result
    that does not pickle, or a worker that died; the message says which job and what."""


def _send(fd: int, kind: str, name: str | None, value, phases: list) -> None:
    """Send a worker's answer — ("ok", results) or ("error", the failed job's exception) — to the parent."""
    try:
        data = pickle.dumps((kind, value, phases), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - whatever does not pickle goes back as text
        if kind == "ok":
            name = next((job for job, result in value.items() if not _pickles(result)), name)
            text = f"its result cannot be sent back from the worker: {value.get(name)!r}"
        else:
            text = "".join(traceback.format_exception(value))
        data = pickle.dumps(("error", JobFailed(f"{name}: {text}"), phases))
    with os.fdopen(fd, "wb") as pipe:
        pipe.write(data)


def _pickles(value) -> bool:
    try:
        pickle.dumps(value)
        return True
    except Exception:  # noqa: BLE001
        return False


def _die_with_parent(parent: int) -> None:
    """Have the kernel stop this worker when the build's process dies, even by SIGKILL (Linux), so
    that no worker goes on writing into a staging folder the next build is cleaning up."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _child(lane: list[Job], progress: Progress, fd: int, worker: int, parent: int) -> None:
    """Run ``lane`` in the forked child, send back (results, phases) or the first error, and exit."""
    code, results = 0, {}
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent handles Ctrl-C and stops us
        _die_with_parent(parent)
        progress.phases = []
        progress.worker = worker
        _run_here(lane, progress, results)
        _send(fd, "ok", None, results, progress.phases)
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        code = 1
        failed = next((job.name for job in lane if job.name not in results), None)
        try:
            _send(fd, "error", failed, exc, progress.phases)
        except BaseException:  # noqa: BLE001
            pass
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _run_here(lane: list[Job], progress: Progress, results: dict) -> None:
    for job in lane:
        with progress.phase(job.name) as step:
            results[job.name] = job.run(step)


def run_jobs(jobs: list[Job], *, lanes: int = 1, progress: Progress | None = None) -> dict[str, Any]:
    """Run ``jobs`` in up to ``lanes`` lanes (see the module's docstring); job name → what it returned.

    Each job is reported as a phase of ``progress`` when it ends (a child prints its own lines), and
    the children's phases are added to ``progress.phases`` once they are done. The first exception a
    job raises is raised here, after the other lanes have been stopped.
    """
    progress = progress or Progress()
    parts = plan(jobs, lanes if hasattr(os, "fork") else 1)
    results: dict[str, Any] = {}
    if len(parts) <= 1:
        _run_here(parts[0] if parts else [], progress, results)
        return results
    sys.stdout.flush()
    sys.stderr.flush()
    children: list[tuple[int, int]] = []  # (pid, read end of its pipe)
    parent = os.getpid()
    try:
        for worker, lane in enumerate(parts[1:], 1):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns
                os.close(read)
                _child(lane, progress, write, worker, parent)
            os.close(write)
            children.append((pid, read))
        _run_here(parts[0], progress, results)
        failure = None
        for i, (pid, read) in enumerate(children):
            with os.fdopen(read, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(pid, 0)
            children[i] = (0, -1)  # reaped, its pipe closed: nothing left to stop
            try:
                kind, value, phases = pickle.loads(data)
            except Exception:  # the child died before it could answer (killed, out of memory)
                failure = failure or JobFailed(f"a worker of the build stopped ({_status(status)}) before it "
                                               "finished its jobs")
                continue
            progress.phases.extend(phases)
            if kind == "ok":
                results.update(value)
            else:
                failure = failure or value
        if failure is not None:
            raise failure
        return results
    finally:
        for pid, read in children:
            if pid:
                _stop(pid)
                os.close(read)


def _status(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit code {os.WEXITSTATUS(status)}"


def _stop(pid: int) -> None:
    """Stop a child that is still running (this process failed or was interrupted) and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
