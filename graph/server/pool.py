"""A pool of preforked query workers: isolated and killable queries without a process start each.

Forking a process per query kept queries isolated and killable, but cost a fork, a pipe and a
reap per request (about 10 ms of the server's time), which held the endpoint at ~100 requests/s.
Here the workers are forked once, each holding the store (shared copy-on-write with the server),
and answer queries one after another over a pair of pipes:

- **Isolated.** A worker runs nothing but queries: it closes the sockets it inherited, caps its
  address space (:data:`DEFAULT_MEMORY` beyond what it holds when forked, so a query that would
  exhaust memory ends in that worker), and, where the kernel lets an unprivileged process have a
  network namespace of its own, cannot open a connection at all — a second wall behind the parser
  that refuses SERVICE.
- **Killable.** A query past its deadline gets its worker killed (SIGKILL) and replaced; the
  client gets 503. The deadline counts from the request's arrival, so a query that waited for a
  worker is answered within the time limit too.
- **Runaways do not starve the rest.** A query still running after :data:`DEMOTE_AFTER` seconds has
  its worker reniced to the lowest CPU priority, and a spare worker is started in its place, so
  short queries keep a worker and nearly all of the CPU. A demoted worker is retired when its
  query ends (an unprivileged process cannot raise its priority back).

The pool lives in the server process; request threads call :meth:`WorkerPool.run`.
"""

from __future__ import annotations

import itertools
import os
import pickle
import select
import signal
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

from ..errors import DSRError, QueryError, QueryTimeout, error_names, rebuild_error
from ..store.sandbox import DEFAULT_MEMORY, close_fds_except, isolate_network, limit_memory

__all__ = ["WorkerPool", "WorkerDied", "DEFAULT_MEMORY", "DEMOTE_AFTER", "default_size"]

DEMOTE_AFTER = 0.1         # CPU seconds after which a query is treated as long-running (short ones take ~1 ms)
_TICK = 1 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.01


class WorkerDied(QueryError):
    """The worker evaluating the query died (it ran out of memory, or crashed)."""


def default_size() -> int:
    """Workers kept ready: two per core, at least four (a worker waits on its pipes as well as computes)."""
    return max(4, 2 * (os.cpu_count() or 2))


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) a process has used so far, from /proc; None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * _TICK
    except (OSError, IndexError, ValueError):
        return None


def _send(fd: int, message) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    data = struct.pack("!Q", len(payload)) + payload
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes | None:
    """``size`` bytes from ``fd``; None on end of file; raises TimeoutError at the deadline."""
    chunks, left = [], size
    while left:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _receive(fd: int, deadline: float | None = None):
    """One message; TimeoutError only when none has begun to arrive by ``deadline``: a message that
    has begun is read whole (its sender writes it at once, or dies and leaves end-of-file), so a
    message is never left half-read and the next read never starts inside one."""
    if deadline is not None:
        wait = deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            raise TimeoutError
    head = _read_exactly(fd, 8, None)
    if head is None:
        return None
    (size,) = struct.unpack("!Q", head)
    body = _read_exactly(fd, size, None)
    return None if body is None else pickle.loads(body)


@dataclass
class _Worker:
    pid: int
    to_worker: int
    from_worker: int
    demoted: bool = False
    isolated: bool = False
    served: int = 0


@dataclass
class _Waiter:
    event: threading.Event
    worker: _Worker | None = None


@dataclass
class PoolStats:
    """Counters of one pool, for benchmarks and the log."""

    started: int = 0
    killed: int = 0
    demoted: int = 0
    died: int = 0
    isolated: int = 0
    pids: list[int] = field(default_factory=list)


class WorkerPool:
    """Workers that evaluate ``task(*args)`` one call at a time (see the module's docstring).

    Parameters
    ----------
    task : callable
        Run in a worker for each call: its (picklable) return value is the call's answer; a
        DSRError it raises is raised again in the caller.
    size : int
        Workers kept ready for short queries.
    max_extra : int
        Spare workers allowed beside demoted ones (each demoted worker can bring one).
    memory : int or None
        Bytes a worker may allocate beyond what it holds when forked; None for no cap.
    isolate : bool
        Try to cut workers off the network (an unprivileged network namespace).
    """

    def __init__(self, task: Callable, size: int | None = None, *, max_extra: int = 16,
                 memory: int | None = DEFAULT_MEMORY, isolate: bool = True):
        self.task = task
        self.size = size or default_size()
        self.max_extra = max_extra
        self.memory = memory
        self.isolate = isolate
        self.stats = PoolStats()
        self._idle: deque[_Worker] = deque()
        self._waiters: deque[_Waiter] = deque()
        self._calls = itertools.count(1)  # numbers each call; the worker says which call it answers
        self._all: dict[int, _Worker] = {}
        self._cond = threading.Condition()
        self._closed = False
        self._dying: list[int] = []
        self._wanted = threading.Event()
        for _ in range(self.size):
            self._add(self._fork())
        # replacements are forked, and stopped workers reaped, by a thread of their own, so that no
        # request waits on a fork or an exit
        self._spawner = threading.Thread(target=self._spawn, name="dsr-worker-spawner", daemon=True)
        self._spawner.start()

    # -- workers ----------------------------------------------------------------------------------------

    def _fork(self) -> _Worker:
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                close_fds_except(req_r, resp_w)  # client sockets, other workers' pipes
                for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                    signal.signal(sig, signal.SIG_DFL)
                isolated = isolate_network() if self.isolate else False
                limit_memory(self.memory)
                _send(resp_w, ("ready", isolated))
                self._serve(req_r, resp_w)
            finally:
                os._exit(0)
        os.close(req_r)
        os.close(resp_w)
        worker = _Worker(pid, req_w, resp_r)
        hello = _receive(resp_r, time.monotonic() + 30)
        worker.isolated = bool(hello and hello[1])
        return worker

    def _add(self, worker: _Worker) -> None:
        with self._cond:
            if self._closed:
                self._dying.append(worker.pid)
                os.kill(worker.pid, signal.SIGKILL)
                return
            self._all[worker.pid] = worker
            self.stats.started += 1
            self.stats.isolated += worker.isolated
        self._release(worker)

    def _missing(self) -> int:
        with self._cond:
            ready = sum(1 for w in self._all.values() if not w.demoted)
            return 0 if self._closed else max(0, min(self.size - ready, self.size + self.max_extra - len(self._all)))

    def _spawn(self) -> None:
        """The spawner thread: fork the workers :meth:`_missing` asks for, reap stopped ones."""
        while True:
            self._wanted.wait(timeout=0.5 if self._dying else None)
            self._wanted.clear()
            self._reap()
            with self._cond:
                if self._closed:
                    break
            while self._missing():
                self._add(self._fork())
        self._reap(block=True)

    def _serve(self, requests: int, responses: int) -> None:
        while True:
            request = _receive(requests)
            if request is None:
                return
            number, call = request
            try:
                message = ("ok", self.task(*call))
            except DSRError as exc:
                message = ("error", error_names(exc), str(exc))
            except MemoryError:
                message = ("error", "WorkerDied", "the query needed more memory than a worker may use")
            except BaseException as exc:  # noqa: BLE001 - report any failure to the server
                message = ("error", "QueryError", f"the query failed: {exc}")
            try:
                _send(responses, (number, message))
            except MemoryError:
                _send(responses, (number, ("error", "WorkerDied", "the answer needed more memory than a worker may use")))

    def _retire(self, worker: _Worker, kill: bool) -> None:
        """Stop a worker; the spawner thread reaps it (a big process takes a while to exit, and the
        request that stopped it need not wait for that)."""
        with self._cond:
            self._all.pop(worker.pid, None)
            self._dying.append(worker.pid)
        for fd in (worker.to_worker, worker.from_worker):
            try:
                os.close(fd)
            except OSError:
                pass
        if kill:
            try:
                os.kill(worker.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._wanted.set()

    def _reap(self, block: bool = False) -> None:
        with self._cond:
            dying = list(self._dying)
        for pid in dying:
            try:
                done, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                with self._cond:
                    self._dying.remove(pid)

    def _replace(self) -> None:
        """Keep :attr:`size` workers for short queries: ask for a new one for each retired or demoted worker."""
        self._wanted.set()

    # -- calls ------------------------------------------------------------------------------------------

    def _acquire(self, deadline: float) -> _Worker:
        """A free worker; requests that wait are served first come, first served (a condition
        variable wakes any waiter, and under load some would wait for seconds)."""
        with self._cond:
            if self._idle and not self._waiters:
                return self._idle.popleft()
            if self._closed:
                raise QueryTimeout("the server is stopping")
            waiter = _Waiter(threading.Event())
            self._waiters.append(waiter)
        waiter.event.wait(None if deadline == float("inf") else max(0.0, deadline - time.monotonic()))
        with self._cond:
            if waiter.worker is None:
                self._waiters.remove(waiter)
                raise QueryTimeout("no query worker became free in time")
            return waiter.worker

    def _release(self, worker: _Worker) -> None:
        """Hand a free worker to the longest-waiting request, or put it back."""
        with self._cond:
            if self._waiters:
                waiter = self._waiters.popleft()
                waiter.worker = worker
                waiter.event.set()
            else:
                self._idle.append(worker)

    def run(self, args: tuple, timeout: float | None, started: float | None = None):
        """Evaluate ``task(*args)`` in a worker and return its answer.

        Raises
        ------
        QueryTimeout
            When no answer came ``timeout`` seconds after ``started`` (default: now); the worker
            is killed and replaced.
        WorkerDied
            When the worker died (it ran out of memory, say); it is replaced.
        DSRError
            What the task raised.
        """
        started = time.monotonic() if started is None else started
        deadline = started + timeout if timeout is not None else float("inf")
        worker = self._acquire(deadline)
        number = next(self._calls)
        try:
            _send(worker.to_worker, (number, args))
        except OSError:
            self._lost(worker)
            raise WorkerDied("the query worker died; try again") from None
        # A query is long-running when it has used DEMOTE_AFTER seconds of CPU: on a busy machine a
        # short query can take that long in wall-clock time, and must not be demoted for it.
        cpu_start = _cpu_seconds(worker.pid)
        check_at = time.monotonic() + DEMOTE_AFTER
        message = None
        try:
            while True:
                step = min(deadline, check_at) if not worker.demoted else deadline
                try:
                    message = _receive(worker.from_worker, None if step == float("inf") else step)
                    break
                except TimeoutError:
                    if time.monotonic() >= deadline:
                        raise
                    used = _cpu_seconds(worker.pid)
                    if cpu_start is None or used is None or used - cpu_start >= DEMOTE_AFTER:
                        self._demote(worker)
                    else:
                        check_at = time.monotonic() + DEMOTE_AFTER - (used - cpu_start)
        except TimeoutError:
            self.stats.killed += 1
            self._retire(worker, kill=True)
            self._replace()
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
        if message is None or message[0] != number:  # an answer to another call would be a bug: never send it
            self._lost(worker)
            raise WorkerDied("the query worker died while evaluating the query (it may have run out of memory)")
        message = message[1]
        worker.served += 1
        if worker.demoted:  # it cannot get its priority back: replace it
            self._retire(worker, kill=True)
            self._replace()
        else:
            self._release(worker)
        if message[0] == "ok":
            return message[1]
        _, names, text = message
        raise rebuild_error(names, text)

    def _demote(self, worker: _Worker) -> None:
        worker.demoted = True
        self.stats.demoted += 1
        try:
            os.setpriority(os.PRIO_PROCESS, worker.pid, 19)
        except (OSError, AttributeError):
            pass
        self._replace()

    def _lost(self, worker: _Worker) -> None:
        self.stats.died += 1
        self._retire(worker, kill=True)
        self._replace()

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._cond:
            return sorted(self._all)

    def close(self) -> None:
        """Stop every worker."""
        with self._cond:
            self._closed = True
            workers = list(self._all.values())
            self._idle.clear()
            for waiter in self._waiters:
                waiter.event.set()
            self._waiters.clear()
        for w in workers:
            self._retire(w, kill=True)
        self._wanted.set()
        self._spawner.join(30)
