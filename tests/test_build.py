"""`dsr build`: the main job, run as a user runs it, and what it writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import rdflib

import graph
from conftest import TEST_DATA

SOURCE = "https://w3id.org/dsr/id/source/"


def test_build_writes_every_output_and_prints_the_summary(built):
    out, result = built
    for name in ("dsr.trig", "dsr.ttl", "validation.txt", "summary.json", "ontology/index.html"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    text = result.output
    for phrase in ("governments", "government bodies", "companies", "banks", "Agreements:", "MoU",
                   "by category", "G2G", "G2B", "B2B", "Projects:", "Programmes:", "Technology areas used",
                   "Countries:", "Sources:", "Statements per source"):
        assert phrase in text, phrase
    assert "conforms" in (out / "validation.txt").read_text()


def test_trig_has_one_named_graph_per_source_and_a_metadata_graph(built):
    out, _ = built
    quads = list(ox.parse(path=str(out / "dsr.trig"), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert "https://w3id.org/dsr/graph/meta" in graphs
    sources = {q.subject.value for q in quads
               if q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
               and q.object.value == "https://w3id.org/dsr/ontology#Source"}
    # every source with statements has its own graph, and every source graph is a described source
    source_graphs = {g for g in graphs if g.startswith(SOURCE)}
    assert source_graphs <= sources
    assert len(source_graphs) > 150
    # no statement sits in the default graph: each one is in the graph of what states it
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)


def test_turtle_is_the_union_of_the_trig(built):
    out, _ = built
    trig = rdflib.Dataset()
    trig.parse(out / "dsr.trig", format="trig")
    union = {(s, p, o) for s, p, o, _ in trig.quads((None, None, None, None))}
    ttl = rdflib.Graph().parse(out / "dsr.ttl", format="turtle")
    # blank nodes (inside the ontology's OWL axioms) differ by label between files; compare the rest
    named = lambda ts: {t for t in ts if not any(isinstance(x, rdflib.BNode) for x in t)}  # noqa: E731
    assert named(union) == named(set(ttl))
    assert len(ttl) == len(union)


def test_summary_json_matches_the_graph(built, kg):
    out, _ = built
    summary = json.loads((out / "summary.json").read_text())
    assert summary["statements"] == len(kg)
    assert summary["agreements_by_kind"] == kg.summary().agreements_by_kind
    # per source, a statement counts in each graph that holds it: the quads, not the distinct statements
    assert sum(summary["statements_per_source"].values()) == summary["quads"] > summary["statements"]
    # the distinct statements, counted by an independent reader of the union file
    assert summary["statements"] == len(rdflib.Graph().parse(out / "dsr.ttl", format="turtle"))


def test_two_builds_are_byte_identical(tmp_path, run):
    for name in ("a", "b"):
        assert run("build", "--out", tmp_path / name).exit_code == 0
    for f in ("dsr.trig", "dsr.ttl", "validation.txt", "summary.json", "ontology/index.html"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


def test_build_works_from_any_folder_with_the_installed_command(tmp_path):
    # the console script, run from a folder that is not the checkout, writes into ./out there
    exe = Path(sys.executable).with_name("dsr")
    result = subprocess.run([str(exe), "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "dsr.trig").is_file()
    assert "Statements per source" in result.stdout


def test_include_merges_an_extra_dataset_with_its_named_graph(tmp_path, run):
    extra = TEST_DATA / "extra-import.trig"
    result = run("build", "--out", tmp_path / "out", "--include", extra)
    assert result.exit_code == 0, result.output
    kg = graph.load(tmp_path / "out" / "dsr.trig")
    assert "https://w3id.org/dsr/id/source/test-import" in kg.graph_names()
    rows = kg.select("""SELECT ?org WHERE { GRAPH source:test-import {
        partnership:test-import-1 dsr:signatory ?org } }""")
    assert {r["org"].value for r in rows} == {"https://w3id.org/dsr/id/org/huawei-technologies",
                                              "https://w3id.org/dsr/id/org/test-telecom"}
    # merged data is derived and validated with the rest: the imported contract gets a category
    cat = kg.select("SELECT ?c WHERE { partnership:test-import-1 dsr:category ?c }")
    assert [r["c"].value for r in cat] == ["https://w3id.org/dsr/ontology#B2B"]


def test_a_broken_include_stops_the_build_and_writes_nothing(tmp_path, run):
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> { <c> <d> \"unterminated }\n")
    result = run("build", "--out", tmp_path / "out", "--include", broken)
    assert result.exit_code == 2
    assert "broken.trig" in result.output and "line" in result.output
    assert not (tmp_path / "out").exists()


def test_a_failed_build_leaves_earlier_outputs_untouched(tmp_path, run, records_copy):
    out = tmp_path / "out"
    assert run("build", "--out", out).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (records_copy / "sources.yaml").write_text("- id: x\n  url: [unclosed\n")
    assert run("build", "--out", out, "--data", records_copy).exit_code == 2
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_top_zero_prints_every_source(tmp_path, run):
    result = run("build", "--out", tmp_path / "out", "--top", "0")
    assert result.exit_code == 0
    assert "more sources" not in result.output
    assert "source:seed-article" in result.output and "source:iso-3166-1" in result.output


def test_unwritable_output_is_a_clear_error(tmp_path, run):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("build", "--out", blocker / "out")
    assert result.exit_code == 2
    assert "cannot write" in result.output or "not a folder" in result.output
