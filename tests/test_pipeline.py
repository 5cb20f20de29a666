"""The build tells what it is doing, and does only what is asked: phases on stderr, --only/--skip, dsr check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PHASES_IN_ORDER = ["load", "link", "derive", "store", "analysis", "summary"]
OUTPUT_JOBS = {"validate", "write", "turtle"}  # with maps and export left out; they run side by side, in any order


def _dsr(*args, cwd: Path) -> subprocess.CompletedProcess:
    """The real command, in its own process, as a user runs it."""
    env = {k: v for k, v in os.environ.items() if k != "DSR_GRAPH"}
    return subprocess.run([sys.executable, "-m", "graph", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)).split("/", 1)[0] for p in folder.rglob("*") if p.is_file()}


def test_each_phase_is_reported_on_stderr_as_json_and_stdout_keeps_the_summary(tmp_path):
    result = _dsr("build", "--out", tmp_path / "out", "--skip", "maps,export", "--log-format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stderr.splitlines()]
    names = [r["phase"] for r in records]
    assert names[:len(PHASES_IN_ORDER)] == PHASES_IN_ORDER
    assert set(names[len(PHASES_IN_ORDER):-1]) == OUTPUT_JOBS and len(names) == len(PHASES_IN_ORDER) + len(OUTPUT_JOBS) + 1
    assert names[-1] == "commit" and "maps" not in names and "export" not in names
    assert all(r["seconds"] >= 0 and r["peak_mib"] > 10 for r in records)
    for worker in {r["worker"] for r in records}:  # each process's peak so far never goes down
        peaks = [r["peak_mib"] for r in records if r["worker"] == worker]
        assert peaks == sorted(peaks)
    store = next(r for r in records if r["phase"] == "store")
    assert store["note"].replace(",", "").split()[0].isdigit()
    assert result.stdout.startswith("Built ") and "{" not in result.stdout.splitlines()[0]


def test_text_progress_is_a_line_per_phase_and_quiet_is_silent(tmp_path):
    loud = _dsr("check", "--log-format", "text", cwd=tmp_path)
    lines = loud.stderr.splitlines()
    assert [line.split()[0] for line in lines] == ["load", "link", "derive", "store", "validate"]
    assert all(" s   peak " in line and "MiB" in line for line in lines)
    quiet = _dsr("build", "--out", tmp_path / "out", "--only", "graph", "-q", cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_only_and_skip_write_those_parts_and_never_leave_another_builds_files(run, tmp_path):
    out = tmp_path / "out"
    first = run("build", "--out", out, "--skip", "maps", "--skip", "export")
    assert first.exit_code == 0, first.output
    assert _files(out) == {"dsr.trig", "dsr.ttl", "summary.json", "validation.txt", "ontology", "analysis"}
    (out / "mine.html").write_text("a file of the user's")
    second = run("build", "--out", out, "--only", "graph,validation")
    assert second.exit_code == 0, second.output
    # over an earlier build, the graph part also says what changed since (changes.md, changes.json)
    assert _files(out) == {"dsr.trig", "dsr.ttl", "summary.json", "validation.txt", "mine.html", "changes.md",
                           "changes.json"}
    third = run("build", "--out", out, "--only", "graph")
    assert "Validation: left out" in third.output and "validation.txt" not in _files(out)


def test_an_unknown_part_or_both_lists_are_a_usage_error_naming_the_parts(run, tmp_path):
    bad = run("build", "--out", tmp_path / "out", "--only", "graph,mpas")
    assert bad.exit_code == 2 and "'mpas'" in bad.output and "maps" in bad.output and "export" in bad.output
    both = run("build", "--out", tmp_path / "out", "--only", "graph", "--skip", "maps")
    assert both.exit_code == 2 and "not both" in both.output
    assert not (tmp_path / "out").exists()


def test_check_validates_the_records_and_writes_nothing(run, tmp_path, records_copy, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ok = run("check")
    assert ok.exit_code == 0 and "conforms" in ok.output
    bad = tmp_path / "bad.trig"
    bad.write_text("""
@prefix dsr: <https://w3id.org/dsr/ontology#> .
<https://w3id.org/dsr/id/source/test> {
    <https://w3id.org/dsr/id/partnership/pak-2025-jwg-24mous> dsr:date "December 2025" .
}
""")
    violated = run("check", "--include", bad)
    assert violated.exit_code == 1 and "does NOT conform" in violated.output
    assert "partnership:pak-2025-jwg-24mous" in violated.output and "path:    dsr:date" in violated.output
    path = records_copy / "partnerships" / "pakistan.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  date: 2025-12\n", "  date: 2025-13\n", 1),
                    encoding="utf-8")
    broken = run("check", "--data", records_copy)
    assert broken.exit_code == 2 and "pakistan.yaml:" in broken.output and "2025-13" in broken.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.trig", "data"]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_output_jobs_give_the_same_files_in_one_process_or_side_by_side(tmp_path):
    one = _dsr("build", "--out", tmp_path / "one", "--jobs", "1", "--log-format", "json", cwd=tmp_path)
    two = _dsr("build", "--out", tmp_path / "two", "--jobs", "2", "--log-format", "json", cwd=tmp_path)
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    workers = [{json.loads(line)["worker"] for line in r.stderr.splitlines()} for r in (one, two)]
    assert workers == [{0}, {0, 1}]  # one process, then the main one and a worker
    a, b = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert len(a) > 50 and a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []


def test_the_program_says_everything_and_exits_with_its_code_when_it_skips_the_teardown(tmp_path):
    """dsr build and dsr check end the process at once when they are done: the summary, the
    verdict and the exit code must still all get out, through a pipe as to a terminal."""
    bad = tmp_path / "bad.trig"
    bad.write_text("@prefix dsr: <https://w3id.org/dsr/ontology#> .\n<https://w3id.org/dsr/id/source/test> {\n"
                   "  <https://w3id.org/dsr/id/partnership/pak-2025-jwg-24mous> dsr:date \"December 2025\" .\n}\n")
    violated = _dsr("build", "--out", tmp_path / "out", "--only", "graph,validation", "--include", bad, "-q",
                    cwd=tmp_path)
    assert violated.returncode == 1
    assert violated.stdout.startswith("Built ") and "Statements:" in violated.stdout
    assert "violation(s)" in violated.stderr and (tmp_path / "out" / "validation.txt").is_file()
    check = _dsr("check", "--include", bad, cwd=tmp_path)
    assert check.returncode == 1 and "does NOT conform" in check.stdout and "dsr:date" in check.stdout
    missing = _dsr("check", "--include", tmp_path / "nowhere.trig", cwd=tmp_path)
    assert missing.returncode == 2 and "nowhere.trig" in missing.stderr
    ok = _dsr("check", "-q", cwd=tmp_path)
    assert ok.returncode == 0 and "conforms" in ok.stdout


def test_a_closed_progress_pipe_does_not_stop_the_build(tmp_path):
    """`dsr build 2>&1 | head` closes the pipe the progress lines go to: the build must still finish
    and commit its files (only what it prints is lost)."""
    env = {k: v for k, v in os.environ.items() if k != "DSR_GRAPH"}
    read, write = os.pipe()
    os.close(read)  # nobody reads: every progress line meets a closed pipe
    try:
        result = subprocess.run([sys.executable, "-m", "graph", "build", "--out", str(tmp_path / "out"), "--only",
                                 "graph,validation"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=write,
                                timeout=600)
    finally:
        os.close(write)
    assert result.returncode == 0 and result.stdout.startswith(b"Built ")
    assert _files(tmp_path / "out") == {"dsr.trig", "dsr.ttl", "summary.json", "validation.txt"}
