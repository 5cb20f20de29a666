"""All-or-nothing output folders: write into a staging folder, then swap the entries in at once.

A command that writes several files into a folder (``dsr build``, ``dsr export``, ``dsr analyze``)
writes them into a staging folder inside it (``.dsr-staging-*``) and only then *commits*: each
entry it owns (``dsr.trig``, ``maps/``, …) is moved aside into a trash folder and the staged one
renamed into its place. Readers therefore see either the previous outputs or the new ones:

- a failure or an interrupt (Ctrl-C, SIGTERM, SIGHUP) before the commit removes the staging
  folder and leaves the previous outputs untouched;
- the commit itself is a few renames with those signals held back, and is written down first in
  a journal (``.dsr-commit.json``), so a process killed outright in the middle of it (SIGKILL,
  a crash) is finished by the next command that writes into the folder; staging and trash
  folders such a process leaves behind are removed then too;
- two commands writing into the same folder at once are refused (a lock on the folder).

Entries of the folder that the command does not own (an ``imports/`` folder, a map the user
wrote there) are never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import OutputError

try:  # POSIX; elsewhere two writers into one folder are not detected
    import fcntl
except ImportError:  # pragma: no cover - not on Linux or macOS
    fcntl = None

__all__ = ["Stage", "staged", "recover", "STAGE_PREFIX", "TRASH_PREFIX", "JOURNAL"]

STAGE_PREFIX = ".dsr-staging-"
TRASH_PREFIX = ".dsr-trash-"
JOURNAL = ".dsr-commit.json"
_SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None),
                             getattr(signal, "SIGHUP", None)) if s is not None)


@dataclass
class Stage:
    """The staging folder a command writes into, and the entries of the output folder it owns.

    ``entries`` are names directly inside the output folder; at the commit each one is replaced
    by the staged entry of that name, or removed when nothing of that name was staged.
    """

    path: Path
    entries: set[str] = field(default_factory=set)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _prepare(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write: cannot create the folder: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: cannot write: permission denied")


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(f"{out}: another dsr command is writing into this folder; "
                              "wait until it has finished") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back for the few renames of a commit; they arrive after it."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def _terminate_raises() -> Iterator[None]:
    """While staging, SIGTERM and SIGHUP unwind like Ctrl-C does, so the staging folder is removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    owner = os.getpid()

    def stop(signum, frame):
        if os.getpid() != owner:  # a forked worker: it owns no staging folder
            os._exit(128 + signum)
        raise SystemExit(128 + signum)

    previous = {}
    for s in _SIGNALS:
        if s != signal.SIGINT and signal.getsignal(s) is signal.SIG_DFL:
            previous[s] = signal.signal(s, stop)
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.lexists(path):
        path.unlink(missing_ok=True)


def _roll_forward(out: Path, journal: dict) -> None:
    """Finish a commit; every step can be run again after an interruption (idempotent)."""
    stage, trash = out / journal["stage"], out / journal["trash"]
    for name in journal["produced"]:
        src, cur, old = stage / name, out / name, trash / name
        if os.path.lexists(src):
            if os.path.lexists(cur):
                _remove(old)
                os.replace(cur, old)
            os.replace(src, cur)
    for name in journal["removed"]:
        cur, old = out / name, trash / name
        if os.path.lexists(cur):
            _remove(old)
            os.replace(cur, old)


def recover(out: Path | str) -> None:
    """Finish a commit that a killed process left half-done, and remove staging and trash folders
    left behind. Call only while holding the folder (as :func:`staged` does)."""
    out = Path(out)
    journal_path = out / JOURNAL
    if journal_path.is_file():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
            _roll_forward(out, journal)
        except (ValueError, KeyError, TypeError):
            pass  # a journal cut short: its commit never started (it is written before any rename)
        journal_path.unlink(missing_ok=True)
    for entry in out.iterdir():
        if entry.name.startswith((STAGE_PREFIX, TRASH_PREFIX)) or entry.name.startswith(f"{JOURNAL}."):
            _remove(entry)


def _write_journal(out: Path, journal: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f"{JOURNAL}.", dir=out)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(journal, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, out / JOURNAL)


def _commit(out: Path, stage: Stage) -> None:
    mode = 0o777 & ~_umask()
    os.chmod(stage.path, mode)  # mkdtemp makes 0700 folders; outputs are ordinary ones
    produced = sorted(n for n in stage.entries if os.path.lexists(stage.path / n))
    for name in produced:
        if (stage.path / name).is_dir():
            os.chmod(stage.path / name, mode)
    trash = Path(tempfile.mkdtemp(prefix=TRASH_PREFIX, dir=out))
    journal = {"stage": stage.path.name, "trash": trash.name, "produced": produced,
               "removed": sorted(stage.entries - set(produced))}
    with _signals_held():
        _write_journal(out, journal)
        _roll_forward(out, journal)
        (out / JOURNAL).unlink()
    shutil.rmtree(trash, ignore_errors=True)


@contextmanager
def staged(out: Path | str, entries=()) -> Iterator[Stage]:
    """Stage outputs for ``out`` and commit them when the block ends without an error.

    Parameters
    ----------
    out : path
        The output folder (created if missing).
    entries : iterable of str
        Names inside ``out`` that the command owns; more can be added to ``Stage.entries`` while
        staging (an export adds the files of the earlier export it replaces).

    Raises
    ------
    OutputError
        When ``out`` is not a writable folder, another command is writing into it, or a file
        cannot be written (nothing is changed then).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with staged(out, {"a.txt"}) as stage:
    ...     _ = (stage.path / "a.txt").write_text("new")
    >>> sorted(p.name for p in out.iterdir()), (out / "a.txt").read_text()
    (['a.txt'], 'new')
    """
    out = Path(out)
    _prepare(out)
    with _locked(out):
        try:
            recover(out)
            stage = Stage(Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=out)), set(entries))
        except OSError as exc:
            raise OutputError(f"{getattr(exc, 'filename', None) or out}: cannot write: {exc.strerror or exc}") from None
        try:
            with _terminate_raises():
                yield stage
                _commit(out, stage)
        except OSError as exc:
            where = getattr(exc, "filename", None) or out
            raise OutputError(f"{where}: cannot write: {exc.strerror or exc}") from None
        finally:
            shutil.rmtree(stage.path, ignore_errors=True)
