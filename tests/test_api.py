"""The Python entry points a notebook uses: graph.load() and friends."""

from __future__ import annotations

import os

import pytest

import graph


def test_load_without_a_built_file_builds_the_bundled_records(tmp_path, monkeypatch, kg):
    monkeypatch.chdir(tmp_path)  # no out/dsr.trig here
    fresh = graph.load()
    assert "bundled records" in fresh.origin
    # the canonical TriG writing hides blank-node labels, so equal text means the same dataset
    assert fresh.trig() == kg.trig()


def test_load_prefers_out_dsr_trig_in_the_working_folder(tmp_path, monkeypatch, built):
    out, _ = built
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "dsr.trig").write_bytes((out / "dsr.trig").read_bytes())
    monkeypatch.chdir(tmp_path)
    assert graph.load().origin == os.path.join("out", "dsr.trig")


def test_load_of_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(graph.UnreadableInput, match="no such file"):
        graph.load(tmp_path / "missing.trig")


def test_select_runs_sparql_over_the_union_with_standard_prefixes(kg):
    rows = kg.select("""SELECT ?label WHERE { partnership:pak-2025-jwg-24mous rdfs:label ?label }""")
    assert len(rows) == 1 and "24" in rows[0]["label"].value


def test_to_rdflib_keeps_named_graphs_or_unions_them(kg):
    ds = kg.to_rdflib(union=False)
    assert len(list(ds.graphs())) >= len(kg.graph_names())
    union = kg.to_rdflib(union=True)
    assert len(union) == len(kg.union_triples())


def test_info_falls_back_to_the_bundled_records(tmp_path, monkeypatch, run):
    monkeypatch.chdir(tmp_path)
    result = run("info")
    assert result.exit_code == 0
    assert "building the bundled records in memory" in result.output
    assert "Agreements:" in result.output


def test_info_reads_a_given_graph_and_speaks_json(built, run):
    out, _ = built
    import json

    result = run("info", "--graph", out / "dsr.trig", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    # the MoUs of the records, read from their YAML, not from the graph
    from graph.records.load import load_records
    from graph.resources import data_dir

    mous = sum(1 for r in load_records(data_dir())["partnership"].values() if r.head.get("kind") == "mou")
    assert data["agreements_by_kind"]["MoU"] == mous > 0
    assert run("info", "--graph", out / "nothing.trig").exit_code == 2
