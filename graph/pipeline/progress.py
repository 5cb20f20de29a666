"""What a long job is doing: one line per phase on stderr, with its time and the memory used so far.

    with progress.phase("validate") as step:
        report = validate(kg)
        step.note = f"{len(report.results)} findings"

``text`` prints ``  validate      0.31 s   peak 212 MiB   0 findings`` when the phase ends;
``json`` prints one JSON object per line (``{"phase": "validate", "seconds": 0.31, "peak_mib": 212,
"note": "0 findings", "worker": 0}``) for tools (``worker``: 0 for the main process, n for the nth
worker process a build runs jobs in, whose peak memory is its own); ``quiet`` prints nothing. Every mode keeps the phases in
:attr:`Progress.phases`, which the build's benchmark reads.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass

__all__ = ["Progress", "Phase", "peak_mib", "MODES"]

MODES = ("text", "json", "quiet")


def peak_mib() -> float:
    """The peak resident memory of this process so far, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Phase:
    """One phase of a job: its name, seconds, the peak memory when it ended and a short note."""

    phase: str
    seconds: float = 0.0
    peak_mib: float = 0.0
    note: str = ""
    worker: int = 0  # 0: the main process; n: the nth worker process (see graph.pipeline.lanes)


class Progress:
    """Reports the phases of a job on ``stream`` (stderr by default) in one of :data:`MODES`."""

    def __init__(self, mode: str = "quiet", stream=None):
        if mode not in MODES:
            raise ValueError(f"unknown progress mode {mode!r}: one of {', '.join(MODES)}")
        self.mode = mode
        self.stream = stream
        self.phases: list[Phase] = []
        self.worker = 0  # set in a worker process, whose phases then say so

    def _emit(self, step: Phase) -> None:
        try:
            self._write(step)
        except (OSError, ValueError):  # a closed pipe (dsr build 2>&1 | head): the job goes on, silently
            self.mode = "quiet"

    def _write(self, step: Phase) -> None:
        stream = self.stream or sys.stderr
        if self.mode == "json":
            record = asdict(step)
            record["seconds"] = round(step.seconds, 3)
            record["peak_mib"] = round(step.peak_mib, 1)
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.mode == "text":
            note = f"   {step.note}" if step.note else ""
            where = f" (worker {step.worker})" if step.worker else ""
            stream.write(f"  {step.phase:<12} {step.seconds:7.2f} s   peak {step.peak_mib:6.0f} MiB{where}{note}\n")
        else:
            return
        stream.flush()

    @contextmanager
    def phase(self, name: str):
        """Time the block as phase ``name``; set ``.note`` on what it yields to say what it did."""
        step = Phase(name, worker=self.worker)
        started = time.perf_counter()
        try:
            yield step
        finally:
            step.seconds = time.perf_counter() - started
            step.peak_mib = peak_mib()
            self.phases.append(step)
        self._emit(step)  # only a phase that finished is reported

    def record(self, name: str, seconds: float, note: str = "") -> None:
        """Report a phase timed elsewhere (one that ends outside a ``with`` block, such as a commit)."""
        step = Phase(name, seconds, peak_mib(), note, self.worker)
        self.phases.append(step)
        self._emit(step)

    def total(self) -> float:
        return sum(p.seconds for p in self.phases)
