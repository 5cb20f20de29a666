"""All-or-nothing outputs: a build (or export, or analysis) replaces its files at once, or not at all."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.errors import OutputError
from graph.pipeline.staging import JOURNAL, STAGE_PREFIX, TRASH_PREFIX, recover, staged

DSR = Path(sys.executable).with_name("dsr")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".dsr-", ".export.")) or p.suffix == ".tmp")


# -- the mechanism -----------------------------------------------------------------------------------


def test_a_commit_replaces_owned_entries_and_keeps_the_rest(tmp_path):
    out = tmp_path / "out"
    (out / "maps").mkdir(parents=True)
    (out / "maps" / "old.html").write_text("old map")
    (out / "dsr.trig").write_text("old graph")
    (out / "imports").mkdir()
    (out / "imports" / "mine.trig").write_text("the user's import")
    with staged(out, {"dsr.trig", "maps", "export"}) as stage:
        (stage.path / "dsr.trig").write_text("new graph")
        (stage.path / "maps").mkdir()
        (stage.path / "maps" / "new.html").write_text("new map")
    assert snapshot(out) == {"dsr.trig": snapshot_of("new graph"), "maps/new.html": snapshot_of("new map"),
                             "imports/mine.trig": snapshot_of("the user's import")}
    assert leftovers(out) == []


def snapshot_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_an_error_while_staging_changes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "dsr.trig").write_text("old graph")
    with pytest.raises(ZeroDivisionError):
        with staged(out, {"dsr.trig", "maps"}) as stage:
            (stage.path / "dsr.trig").write_text("new graph")
            1 / 0
    assert snapshot(out) == {"dsr.trig": snapshot_of("old graph")} and leftovers(out) == []


def test_an_entry_not_staged_again_is_removed(tmp_path):
    out = tmp_path / "out"
    (out / "maps").mkdir(parents=True)
    (out / "maps" / "a.html").write_text("a")
    with staged(out, {"maps", "dsr.trig"}) as stage:
        (stage.path / "dsr.trig").write_text("graph")
    assert snapshot(out) == {"dsr.trig": snapshot_of("graph")}


@pytest.mark.parametrize("done", [0, 1, 2, 3])
def test_a_commit_killed_half_way_is_finished_by_the_next_writer(tmp_path, done):
    # the state a process killed after `done` of the commit's renames leaves behind, journal included
    out = tmp_path / "out"
    stage, trash = out / f"{STAGE_PREFIX}x", out / f"{TRASH_PREFIX}y"
    for folder in (out, stage, trash):
        folder.mkdir(parents=True, exist_ok=True)
    for name in ("a.txt", "b.txt"):
        (out / name).write_text(f"old {name}")
        (stage / name).write_text(f"new {name}")
    (out / "gone.txt").write_text("old gone")
    journal = {"stage": stage.name, "trash": trash.name, "produced": ["a.txt", "b.txt"], "removed": ["gone.txt"]}
    (out / JOURNAL).write_text(json.dumps(journal))
    steps = [(out / "a.txt", trash / "a.txt"), (stage / "a.txt", out / "a.txt"),
             (out / "b.txt", trash / "b.txt")]
    for src, dst in steps[:done]:
        os.replace(src, dst)
    recover(out)
    assert snapshot(out) == {"a.txt": snapshot_of("new a.txt"), "b.txt": snapshot_of("new b.txt")}
    assert leftovers(out) == []


def test_stale_staging_folders_are_removed_by_the_next_writer(tmp_path):
    out = tmp_path / "out"
    (out / f"{STAGE_PREFIX}dead" / "maps").mkdir(parents=True)
    (out / f"{TRASH_PREFIX}dead").mkdir()
    with staged(out, {"x"}) as stage:
        (stage.path / "x").write_text("x")
    assert leftovers(out) == []


def test_two_writers_into_one_folder_are_refused(tmp_path):
    out = tmp_path / "out"
    with staged(out, {"x"}):
        with pytest.raises(OutputError, match="another dsr command is writing"):
            with staged(out, {"y"}):
                pass


# -- dsr build, end to end ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """An earlier build, and the records and outputs of a different later one."""
    from graph.resources import data_dir

    root = tmp_path_factory.mktemp("two-builds")
    records = root / "records"
    shutil.copytree(str(data_dir()), records)
    text = (records / "organisations.yaml").read_text(encoding="utf-8")
    assert "name: ZTE Corporation" in text
    (records / "organisations.yaml").write_text(text.replace("name: ZTE Corporation", "name: ZTE Corp. (renamed)", 1),
                                                encoding="utf-8")
    for name, extra in (("old", []), ("new", ["--data", str(records)])):
        if name == "new":  # built over the old one, as the tests below do: it says what changed (changes.md)
            shutil.copytree(root / "old", root / "new")
        result = subprocess.run([str(DSR), "build", "--out", str(root / name), *extra], capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, result.stderr
    old, new = snapshot(root / "old"), snapshot(root / "new")
    assert old.keys() | {"changes.md", "changes.json"} == new.keys() and old["dsr.trig"] != new["dsr.trig"]
    return root, records, old, new


def _start_build(out: Path, records: Path) -> subprocess.Popen:
    # (Ctrl-C reaches the build as it reaches one started from a terminal, even where the test runner was started
    # with SIGINT ignored — a background job of a shell — which a child would otherwise inherit and keep)
    return subprocess.Popen([str(DSR), "build", "--out", str(out), "--data", str(records)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_build_leaves_the_old_build_or_the_new_one(tmp_path, two_builds, sig):
    root, records, old, new = two_builds
    outcomes = []
    for delay in (0.5, 3.0, 7.0):  # before, around and after the commit of a build of the bundled records
        out = tmp_path / f"out-{delay}"
        shutil.copytree(root / "old", out)
        (out / "imports").mkdir()
        (out / "imports" / "keep.trig").write_text("# the user's file\n")
        proc = _start_build(out, records)
        time.sleep(delay)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=300)
        got = snapshot(out)
        assert got.pop("imports/keep.trig")
        assert got in (old, new), f"after {delay} s: a mix of old and new files (exit {proc.returncode}: {err[-500:]})"
        assert leftovers(out) == [], delay
        outcomes.append("new" if got == new else "old")
        if got == old:  # stopped before its commit: it must say it failed (after it, it may say either)
            assert proc.returncode != 0
    assert "old" in outcomes  # the early signals did stop the build


@pytest.mark.slow
def test_a_killed_build_leaves_the_old_one_and_the_next_build_cleans_up(tmp_path, two_builds):
    root, records, old, new = two_builds
    out = tmp_path / "out"
    shutil.copytree(root / "old", out)
    proc = _start_build(out, records)
    deadline = time.time() + 120
    while not any(p.name.startswith(STAGE_PREFIX) and (p / "dsr.trig").exists() for p in out.iterdir()):
        assert time.time() < deadline and proc.poll() is None, "the build never staged its files"
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    visible = {k: v for k, v in snapshot(out).items() if not k.startswith(STAGE_PREFIX)}
    assert visible == old  # the hidden staging folder aside, the old build is whole
    assert leftovers(out)  # SIGKILL leaves the staging folder: nothing can clean up then...
    result = subprocess.run([str(DSR), "build", "--out", str(out), "--data", str(records)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert snapshot(out) == new and leftovers(out) == []  # ...but the next build does


def test_a_failed_export_or_analysis_leaves_the_earlier_one(tmp_path, run, built):
    out, _ = built
    target = tmp_path / "export"
    assert run("export", "--graph", out / "dsr.trig", "--format", "csv", "--out", target).exit_code == 0
    before = snapshot(target)
    result = run("export", "--graph", out / "dsr.trig", "--format", "csv", "--projection", "no-such", "--out", target)
    assert result.exit_code == 2 and snapshot(target) == before and leftovers(target) == []
