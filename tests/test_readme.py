"""The README's promises: its commands, its first query and its figures match what the code does."""

from __future__ import annotations

import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(lang):
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_the_two_commands_are_the_ones_ci_runs():
    sh = _blocks("sh")
    first, test_command = sh[0].strip(), sh[1].strip()
    assert first == "python3 -m venv .venv && .venv/bin/pip install -c constraints.txt . && .venv/bin/dsr build"
    assert test_command.endswith(".venv/bin/pytest") and "'.[test]'" in test_command
    ci = (REPO / ".ci" / "run").read_text()
    # CI runs the first command verbatim in a bare venv, checks that install, and only then adds the test extras
    assert first in ci and test_command in ci
    assert ci.index(first) < ci.index("scripts/check_install.py") < ci.index(test_command)


def test_the_first_query_runs_and_answers(capsys, kg, monkeypatch, built):
    out, _ = built
    code = _blocks("python")[0]
    # run it as written, against the built graph
    monkeypatch.chdir(out.parent)
    exec(compile(code, "README.md", "exec"), {})
    said, *printed = capsys.readouterr().out.splitlines()
    assert said.startswith("<KnowledgeGraph ") and "out/dsr.trig" in said  # it says which graph it read
    assert len(printed) >= 5
    assert any("Sky47" in line and "#signatory" in line and "CW Pakistan" in line for line in printed)
    assert all("https://w3id.org/dsr/ontology#" in line for line in printed)


def test_figures_in_the_readme_match_the_graph(kg):
    s = kg.summary()
    m = re.search(r"hold (\d+) partnerships,\s+(\d+) organisations, (\d+) programmes and phases, (\d+) forums, "
                  r"(\d+) events, (\d+) countries and (\d+) sources", README)
    assert m, "the data paragraph changed; update this test with it"
    partnerships = sum(s.agreements_by_kind.values()) + sum(s.projects_by_type.values()) + sum(s.other_arrangements.values())
    assert tuple(map(int, m.groups())) == (partnerships, s.organisations["total"], s.programmes, s.forums, s.events,
                                           s.countries, s.sources)
    m = re.search(r"SKOS scheme of (\d+) areas in (\d+) families", README)
    families = kg.select("SELECT (COUNT(?t) AS ?n) WHERE { ?t skos:topConceptOf ?s }")[0]["n"].value
    assert (int(m[1]), int(m[2])) == (s.technology_areas_in_scheme, int(families))


def test_the_disagreement_examples_are_in_the_graph(kg):
    from graph.resources import ontology_file

    rows = kg.select(ontology_file("queries/claims-in-disagreement.rq").read_text())
    claims = {(r["subject"].value.rsplit("/", 1)[-1], r["claim1"].value) for r in rows} | {
        (r["subject"].value.rsplit("/", 1)[-1], r["claim2"].value) for r in rows}
    for km in ("8800 km", "12000 km", "13000 km", "15000 km"):
        assert ("peace-system", km) in claims
    assert ("ken-konza-datacentre-huawei", "KES 17500000000") in claims
    assert ("ken-konza-datacentre-huawei", "KES 175000000000") in claims
    assert {("pak-2025-b2b-agg", "10"), ("pak-2025-b2b-agg", "9")} <= claims


def test_the_readme_query_commands_run(run, built, tmp_path, monkeypatch):
    import shlex

    out, _ = built
    monkeypatch.chdir(tmp_path)
    commands = [line for block in _blocks("sh") for line in block.splitlines()
                if line.startswith("dsr query") and "--endpoint" not in line]
    assert len(commands) >= 4
    for line in commands:
        args = shlex.split(line)[1:] + ["--graph", str(out / "dsr.trig")]
        result = run(*args)
        assert result.exit_code == 0, (line, result.output)
    assert (tmp_path / "24-mous.jsonld").is_file()


def run_readme_commands(run, prefix: str, graph_file, at_least: int) -> None:
    """Run every `dsr ...` line of the README's sh blocks that starts with ``prefix`` (comments cut),
    reading ``graph_file``, in the current folder; each must exit 0."""
    import shlex

    commands = [line.split("#")[0].strip() for block in _blocks("sh") for line in block.splitlines()
                if line.startswith(prefix)]
    assert len(commands) >= at_least
    for line in commands:
        result = run(*shlex.split(line)[1:], "--graph", str(graph_file))
        assert result.exit_code == 0, (line, result.output)


def test_the_readme_analyze_commands_run(run, built, tmp_path, monkeypatch):
    import shutil

    out, _ = built
    copy = tmp_path / "dsr.trig"
    shutil.copy(out / "dsr.trig", copy)
    monkeypatch.chdir(tmp_path)
    run_readme_commands(run, "dsr analyze", copy, at_least=2)
    assert (tmp_path / "out" / "countries" / "report.html").is_file()


def test_the_readme_map_commands_run(run, built, tmp_path, monkeypatch):
    out, _ = built
    monkeypatch.chdir(tmp_path)
    run_readme_commands(run, "dsr map", out / "dsr.trig", at_least=3)
    assert (tmp_path / "out" / "map.html").is_file() and (tmp_path / "zte.html").is_file()
    assert (tmp_path / "pak-5g.html").is_file()


def test_the_readme_export_commands_run(run, built, tmp_path, monkeypatch):
    out, _ = built
    monkeypatch.chdir(tmp_path)
    run_readme_commands(run, "dsr export", out / "dsr.trig", at_least=4)
    assert (tmp_path / "out" / "export" / "manifest.json").is_file()
    assert (tmp_path / "out" / "countries" / "country-country.gexf").is_file()
    assert (tmp_path / "out" / "one-partnership" / "dsr.ttl").is_file()
