"""Packaging: the installed package carries the ontology and the records, and every command explains itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from importlib.resources import files

import pytest

import graph
from conftest import REPO
from graph.cli import cli


def _repo_files(folder, suffixes):
    root = REPO / folder
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.suffix in suffixes)


def test_installed_package_finds_every_ontology_file():
    expected = _repo_files("ontology", {".ttl", ".rq"})
    assert {"dsr.ttl", "technology-areas.ttl", "shapes.ttl"} <= set(expected)
    installed = files("graph.ontology")
    missing = [name for name in expected if not installed.joinpath(name).is_file()]
    assert not missing, f"not installed with the package: {missing}"


def test_installed_package_finds_every_record_file():
    expected = _repo_files("graph/data", {".yaml", ".csv"})
    installed = files("graph").joinpath("data")
    missing = [name for name in expected if not installed.joinpath(name).is_file()]
    assert not missing, f"not installed with the package: {missing}"


def test_installed_package_finds_the_query_page_assets():
    expected = _repo_files("graph/ui", {".html", ".js", ".css", ".txt", ".md", ""})
    assert "vendor/yasgui.min.js" in expected and "vendor/LICENSE" in expected
    installed = files("graph").joinpath("ui")
    missing = [name for name in expected if not installed.joinpath(name).is_file()]
    assert not missing, f"not installed with the package: {missing}"


def test_every_subpackage_of_the_checkout_is_installed(tmp_path):
    """Each folder of graph/ with Python modules is a package the install carries (setup.cfg lists
    packages one by one: a new one left out works in the checkout and fails once installed)."""
    expected = sorted(".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "graph").rglob("__init__.py"))
    code = ("import importlib.util, sys; missing = [m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]; "
            "print(' '.join(missing) or 'none')")
    result = subprocess.run([sys.executable, "-I", "-c", code, *expected], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["none"], f"not installed with the package: {result.stdout}"
    assert "graph.extract" in expected and "graph.resolve" in expected


def test_package_works_outside_the_checkout(tmp_path):
    # -I: isolated mode, so neither the working folder nor PYTHONPATH can stand in for the install
    code = ("import graph; from graph.resources import ontology_file; "
            "print(len(ontology_file('shapes.ttl').read_text()) > 0, len(graph.load_records().by_type['partnership']))")
    result = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    # every partnership record of the checkout's YAML files, counted from the files themselves
    records = sum(path.read_text(encoding="utf-8").count("\n- id: ")
                  for path in (REPO / "graph" / "data" / "partnerships").glob("*.yaml"))
    assert result.stdout.split() == ["True", str(records)]


def test_import_graph_at_the_checkout_root_finds_the_ontology_and_a_graph():
    # `python -c` at the repository's root imports the checkout's graph/ folder, not the installed
    # package: the ontology and records must still be found there
    code = ("import graph, pathlib; from graph.resources import ontology_file; "
            "print(pathlib.Path(graph.__file__).resolve().parent); print(len(ontology_file('shapes.ttl').read_text()) > 0); "
            "kg = graph.load(); print(len(kg) > 10000)")
    env = {k: v for k, v in os.environ.items() if k != "DSR_GRAPH"}
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    folder, found, loaded = result.stdout.split()
    assert folder == str((REPO / "graph").resolve()) and found == "True" and loaded == "True"


def test_python_dash_m_graph_runs_the_cli(tmp_path):
    result = subprocess.run([sys.executable, "-m", "graph", "--version"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and graph.__version__ in result.stdout


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_explains_itself(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    doc = cli.commands[command].help or ""
    assert len(doc.split()) >= 8, f"`dsr {command}` needs a real help text"
    assert doc.split()[0] in result.output
    for param in cli.commands[command].params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"`dsr {command}` option {param.opts} has no help"


def test_top_level_help_lists_every_command(run):
    result = run("--help")
    assert result.exit_code == 0
    described = result.output.split("Commands:")[0]  # the text, not click's own list of commands
    for command in cli.commands:
        assert re.search(rf"\b{command}\b", described), f"the top-level help does not say what `dsr {command}` is for"


def _every_command(group=cli, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from _every_command(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in _every_command()], ids=" ".join)
def test_every_help_shows_a_runnable_example(run, path):
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert re.search(r"^\s*Examples?:\s*$", result.output, flags=re.M), f"`dsr {' '.join(path)} --help` has no example"
    examples = result.output.split("Example")[1]
    assert re.search(rf"^\s+dsr {' '.join(path)}\b", examples, flags=re.M) or re.search(
        rf"^\s+(DSR_\w+=\S+ )?dsr {' '.join(path)}\b", examples, flags=re.M)


def test_help_and_docs_point_to_nothing_outside_the_package(run):
    # a user reads these where only the installed package is: they must not send them to files pip
    # does not install (the README) or folders outside the repository
    texts = {" ".join(path): run(*path, "--help").output for path, _ in _every_command()}
    texts["--help"] = run("--help").output
    root = files("graph")
    for path in sorted(Path(str(root)).rglob("*.py")):
        texts[str(path)] = path.read_text(encoding="utf-8")
    texts["README.md"] = (REPO / "README.md").read_text(encoding="utf-8")
    for where, text in texts.items():
        for bad in ("../shared", "BASELINES.md", "ARCHITECTURE.md", "STYLE.md"):
            assert bad not in text, f"{where} points to {bad}"
        if where != "README.md":
            assert not re.search(r"\b(in|see) the README\b", text, flags=re.I), f"{where} points to the README"


def _requirements():
    import configparser

    from packaging.requirements import Requirement

    cfg = configparser.ConfigParser()
    cfg.read(REPO / "setup.cfg")
    return [Requirement(line) for line in cfg["options"]["install_requires"].split("\n") if line.strip()]


def _pins(name):
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (REPO / name).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            package, _, version = line.partition("==")
            pins[canonicalize_name(package)] = version.strip()
    return pins


def test_dependencies_are_ranges_and_the_constraints_files_pin_inside_them():
    from packaging.utils import canonicalize_name
    from packaging.version import Version

    tested, lowest = _pins("constraints.txt"), _pins("constraints-lowest.txt")
    requirements = _requirements()
    assert {canonicalize_name(r.name) for r in requirements} >= {"networkx", "rdflib", "pyvis", "click", "numpy"}
    for r in requirements:
        name = canonicalize_name(r.name)
        assert not any(s.operator == "==" for s in r.specifier), f"{r}: a range, not a pin (pins go to constraints.txt)"
        assert any(s.operator == ">=" for s in r.specifier), f"{r}: say the lowest release supported"
        assert name in tested and r.specifier.contains(tested[name]), f"{r}: constraints.txt pins {tested.get(name)}"
        low = next(Version(s.version) for s in r.specifier if s.operator == ">=")
        assert name in lowest and Version(lowest[name]) == low, f"{r}: constraints-lowest.txt has {lowest.get(name)}"

