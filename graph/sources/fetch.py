"""Download the registry's datasets into a user cache: verified, resumed, never twice when unchanged.

:func:`fetch` gets one dataset (:class:`graph.sources.registry.Dataset`) into
``CACHE/<name>/<version>/`` and returns where the importer should read it:

- a published file is downloaded to a ``.part`` file and renamed when complete; an interrupted
  download resumes where it stopped (an HTTP range request); a file with a recorded sha256 is
  checked against it, and one already in the cache with that sha256 is not asked for again; a file
  without one is asked for conditionally (``If-None-Match`` / ``If-Modified-Since`` from the last
  download), so an unchanged file is not downloaded again;
- a JSON API (``tree``) is fetched item by item in the same way;
- a ``manual`` dataset is copied in from the file the user downloaded (``--from FILE``);
- a zip archive is unpacked (its data file: the largest ``.xlsx``/``.csv`` member).

No network is needed when everything is in the cache; without it, a dataset not in the cache
fails with a message saying what could not be reached and what to do. The cache is
``--cache DIR``, else ``$DSR_CACHE``, else ``$XDG_CACHE_HOME/dsr-graph`` (``~/.cache/dsr-graph``).
"""

from __future__ import annotations

__all__ = ["FetchError", "Fetched", "cache_root", "fetch", "cached"]

import hashlib
import json
import os
import re
import shutil
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import DSRError
from .registry import Dataset

CHUNK = 1 << 16
STATE = "fetched.json"  # per dataset folder: what each URL gave last time (ETag, Last-Modified, sha256, size)
TIMEOUT = 30


class FetchError(DSRError):
    """A dataset could not be fetched: unreachable, refused, corrupt or not in the cache."""

    exit_code = 2


@dataclass
class Fetched:
    """What :func:`fetch` did: the path to import, and each file with what happened to it."""

    dataset: Dataset
    path: Path
    files: list[tuple[str, str]] = field(default_factory=list)  # (file, "downloaded"|"resumed"|"unchanged"|"copied")
    bytes: int = 0

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for _, what in self.files:
            counts[what] = counts.get(what, 0) + 1
        parts = ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))
        return f"{self.dataset.name} {self.dataset.version}: {parts or 'nothing to do'} ({self.bytes / 1e6:.1f} MB); read from {self.path}"


def cache_root(override: Path | str | None = None) -> Path:
    """The cache folder: ``override``, ``$DSR_CACHE``, ``$XDG_CACHE_HOME/dsr-graph`` or ``~/.cache/dsr-graph``."""
    if override:
        return Path(override)
    if os.environ.get("DSR_CACHE"):
        return Path(os.environ["DSR_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dsr-graph"


def _folder(ds: Dataset, root: Path) -> Path:
    return root / ds.name / (re.sub(r"[^A-Za-z0-9.]+", "-", ds.version).strip("-") or "current")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class _Session:
    """Downloads for one dataset: its state file, its progress, its counts."""

    def __init__(self, ds: Dataset, folder: Path, say: Callable[[str], None]):
        self.ds, self.folder, self.say = ds, folder, say
        self.state_path = folder / STATE
        try:
            self.state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.state = {}
        self.done: list[tuple[str, str]] = []
        self.bytes = 0

    def save(self) -> None:
        tmp = self.state_path.with_name(STATE + ".tmp")
        tmp.write_text(json.dumps(self.state, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(self.state_path)

    def get(self, url: str, target: Path, sha256: str | None = None) -> Path:
        """``url`` into ``target`` (see the module docstring); returns ``target``."""
        shown = target.relative_to(self.folder).as_posix()
        if target.is_file() and sha256 and _sha256(target) == sha256:
            self.done.append((shown, "unchanged"))
            return target
        known = self.state.get(url, {})
        part = target.with_name(target.name + ".part")
        headers = {"User-Agent": "dsr-graph (dsr fetch)"}
        if target.is_file() and not sha256:
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
        offset = part.stat().st_size if part.is_file() else 0
        if offset:
            headers["Range"] = f"bytes={offset}-"
        try:
            response = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=TIMEOUT)
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                self.done.append((shown, "unchanged"))
                return target
            if exc.code == 416 and offset:  # the part is already whole
                response = None
            else:
                raise FetchError(f"{self.ds.name}: {url}: the server answered {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"{self.ds.name}: cannot reach {url} ({reason}). Is this machine offline? "
                             f"Nothing of it is in the cache at {self.folder}; run `dsr fetch {self.ds.name}` "
                             "where the network is reachable, or give a copy with --cache DIR") from None
        target.parent.mkdir(parents=True, exist_ok=True)
        resumed = False
        if response is not None:
            with response:
                resumed = offset > 0 and response.status == 206
                total = response.headers.get("Content-Length")
                total = int(total) + (offset if resumed else 0) if total and total.isdigit() else None
                written = offset if resumed else 0
                last = 0.0
                with open(part, "ab" if resumed else "wb") as out:
                    for block in iter(lambda: response.read(CHUNK), b""):
                        out.write(block)
                        written += len(block)
                        self.bytes += len(block)
                        now = time.monotonic()
                        if now - last > 0.5:
                            last = now
                            of = f" of {total / 1e6:.1f}" if total else ""
                            self.say(f"  {self.ds.name}: {shown} {written / 1e6:.1f}{of} MB")
                meta = {"etag": response.headers.get("ETag"), "last_modified": response.headers.get("Last-Modified")}
        else:
            meta = {}
        digest = _sha256(part)
        if sha256 and digest != sha256:
            part.unlink(missing_ok=True)
            raise FetchError(f"{self.ds.name}: {url}: the download's sha256 is {digest}, the registry records "
                             f"{sha256}; the file was not kept (a changed release? check the registry)")
        part.replace(target)
        self.state[url] = {**{k: v for k, v in meta.items() if v}, "sha256": digest, "size": target.stat().st_size}
        self.save()
        self.done.append((shown, "resumed" if resumed else "downloaded"))
        return target


def _unpack(archive: Path) -> Path:
    """The data file of a zip archive (its largest .xlsx or .csv member), unpacked beside it."""
    with zipfile.ZipFile(archive) as z:
        members = [m for m in z.infolist() if not m.is_dir() and m.filename.lower().endswith((".xlsx", ".csv"))]
        if not members:
            raise FetchError(f"{archive}: the archive holds no .xlsx or .csv file")
        member = max(members, key=lambda m: (m.file_size, m.filename))
        target = archive.with_name(archive.stem + "-" + Path(member.filename).name)  # no path from the archive
        if not target.is_file() or target.stat().st_size != member.file_size:
            with z.open(member) as src, open(target.with_name(target.name + ".part"), "wb") as dst:
                shutil.copyfileobj(src, dst)
            target.with_name(target.name + ".part").replace(target)
    return target


def _data_path(path: Path) -> Path:
    return _unpack(path) if zipfile.is_zipfile(path) else path


def _tree(session: _Session, tree: dict) -> Path:
    base = tree["base"].rstrip("/") + "/"
    index = session.get(base + tree["index"], session.folder / tree["index"])
    try:
        items = json.loads(index.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise FetchError(f"{session.ds.name}: {base + tree['index']}: not a JSON list ({exc})") from None
    ids = [str(i["id"] if isinstance(i, dict) else i) for i in items if (i.get("id") if isinstance(i, dict) else i)]
    linked: set[str] = set()
    for n, item in enumerate(ids, 1):
        if not re.fullmatch(r"[A-Za-z0-9._-]+", item):
            continue  # an id that is no file name is no file to ask for
        session.say(f"  {session.ds.name}: item {n} of {len(ids)}") if n % 50 == 0 else None
        path = session.get(base + tree["item"].format(id=item), session.folder / tree["item"].format(id=item))
        if tree.get("linked") and tree.get("linked_from"):
            try:
                found = json.loads(path.read_text(encoding="utf-8")).get(tree["linked_from"]) or []
            except (ValueError, AttributeError):
                continue  # the importer reports an unreadable item file
            linked |= {str(x.get("id") if isinstance(x, dict) else x) for x in found if x}
    for item in sorted(x for x in linked if re.fullmatch(r"[A-Za-z0-9._-]+", x)):
        session.get(base + tree["linked"].format(id=item), session.folder / tree["linked"].format(id=item))
    return session.folder


def cached(ds: Dataset, cache: Path | str | None = None, *, unpack: bool = True) -> Path | None:
    """Where the importer reads ``ds`` from the cache alone, or None when it was never fetched. With
    ``unpack=False`` nothing is written: a zip archive is given as it is, its data file not unpacked
    (for a look at the cache, such as `dsr fetch --list`)."""
    folder = _folder(ds, cache_root(cache))
    if ds.tree:
        return folder if (folder / ds.tree["index"]).is_file() else None
    if ds.manual:
        try:
            names = [json.loads((folder / STATE).read_text(encoding="utf-8"))["manual"]]
        except (OSError, ValueError, KeyError):
            return None
    else:
        names = [f.get("name") or f["url"].rsplit("/", 1)[-1] for f in ds.files]
    if all((folder / n).is_file() for n in names):
        return _data_path(folder / names[0]) if unpack else folder / names[0]
    return None


def cached_bytes(ds: Dataset, cache: Path | str | None = None) -> int:
    """How much of the cache ``ds`` takes: every file of its folder (downloads, unpacked data, state)."""
    folder = _folder(ds, cache_root(cache))
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def fetch(ds: Dataset, cache: Path | str | None = None, *, source: Path | str | None = None,
          progress: Callable[[str], None] | None = None) -> Fetched:
    """Get ``ds`` into the cache (see the module docstring) and say where to read it.

    Parameters
    ----------
    source : path, optional
        For a ``manual`` dataset: the file downloaded from its landing page.
    progress : callable, optional
        Called with a line of progress now and then.

    Raises
    ------
    FetchError
        Unreachable (offline), refused, not matching its sha256, or a manual dataset not given.
    """
    say = progress or (lambda _: None)
    folder = _folder(ds, cache_root(cache))
    folder.mkdir(parents=True, exist_ok=True)
    session = _Session(ds, folder, say)
    if ds.manual:
        if source is None:
            found = cached(ds, cache)
            if found is None:
                raise FetchError(f"{ds.name}: {ds.publisher} offers it only on its web page: download it from "
                                 f"{ds.landing_page or 'the publisher'} and register the file with "
                                 f"`dsr fetch {ds.name} --from FILE`")
            return Fetched(ds, found, [(found.name, "unchanged")])
        source = Path(source)
        if not source.is_file():
            raise FetchError(f"{ds.name}: --from {source}: no such file")
        target = folder / source.name
        if not (target.is_file() and _sha256(target) == _sha256(source)):
            for old in folder.iterdir():  # one file per manual dataset: the one given last
                if old.is_file() and old.name != STATE:
                    old.unlink()
            shutil.copyfile(source, target.with_name(target.name + ".part"))
            target.with_name(target.name + ".part").replace(target)
            session.done.append((target.name, "copied"))
        else:
            session.done.append((target.name, "unchanged"))
        session.state = {"manual": target.name, "sha256": _sha256(target), "from": str(source)}
        session.save()
        return Fetched(ds, _data_path(target), session.done, target.stat().st_size)
    if ds.tree:
        path = _tree(session, ds.tree)
    else:
        paths = [session.get(f["url"], folder / (f.get("name") or f["url"].rsplit("/", 1)[-1]), f.get("sha256"))
                 for f in ds.files]
        path = _data_path(paths[0])
    return Fetched(ds, path, session.done, session.bytes)
