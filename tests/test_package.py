"""Packaging: the installed package carries the ontology and the records, and every command explains itself."""

from __future__ import annotations

import subprocess
import sys
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


def test_package_works_outside_the_checkout(tmp_path):
    # -I: isolated mode, so neither the working folder nor PYTHONPATH can stand in for the install
    code = ("import graph; from graph.resources import ontology_file; "
            "print(len(ontology_file('shapes.ttl').read_text()) > 0, len(graph.load_records().by_type['partnership']))")
    result = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "136"]


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


def test_top_level_help_lists_the_commands(run):
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "validate", "info", "synth"):
        assert command in result.output
