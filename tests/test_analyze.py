"""`dsr analyze` and the analysis `dsr build` runs: tables, report, measures written back as RDF."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import networkx as nx
import pytest

import graph
from conftest import shared_dir
from graph.analysis.run import analyze, to_quads

SHARED = shared_dir()
ANALYSIS = "https://w3id.org/dsr/graph/analysis/co-partnership"


def test_build_writes_the_default_analysis(built):
    out, result = built
    folder = out / "analysis"
    for name in ("nodes.csv", "nodes.json", "communities.csv", "summary.json", "report.md", "report.html",
                 "analysis.trig", "charts/top-betweenness.svg"):
        assert (folder / name).is_file(), name
    assert "Louvain communities" in result.output and "top brokers by betweenness" in result.output


def test_measures_are_in_the_built_graph_as_their_own_named_graph(kg):
    assert ANALYSIS in kg.graph_names()
    nodes = kg.select(f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH <{ANALYSIS}> {{ ?o dsr:betweenness ?b }} }}")
    orgs = kg.select("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?p dsr:party ?o }")
    assert nodes[0]["n"].value == orgs[0]["n"].value
    sizes = kg.select(f"""SELECT (SUM(?s) AS ?n) WHERE {{ GRAPH <{ANALYSIS}> {{
        ?c dsr:inPartition ?part ; dsr:size ?s . ?part dsr:communityMethod "louvain" }} }}""")
    assert sizes[0]["n"].value == orgs[0]["n"].value  # every organisation is in one Louvain community
    described = kg.select(f"SELECT ?seed WHERE {{ <{ANALYSIS}> a dsr:AnalysisGraph ; dsr:seed ?seed }}")
    assert [r["seed"].value for r in described] == ["42"]


def test_top_brokers_in_5g_match_networkx_on_the_records(kg):
    # the co-partnership network rebuilt from the curated records' YAML and measured with plain networkx
    from graph.records.load import load_records
    from graph.resources import data_dir

    records = load_records(data_dir())
    name = {oid: r.head["name"] for oid, r in records["organisation"].items()}
    g = nx.Graph()
    five_g = set()
    for p in records["partnership"].values():
        parties, areas = set(), set()
        for claim in p.claims:  # every source's claims: the projection reads them all
            for ids in (claim.values.get("parties") or {}).values():
                parties |= {name[o] for o in ids}
            areas |= set(claim.values.get("technology") or ())
        g.add_nodes_from(parties)
        g.add_edges_from(itertools.combinations(sorted(parties), 2))
        if "https://w3id.org/dsr/id/technology/5g" in areas:
            five_g |= parties
    betweenness = nx.betweenness_centrality(g)
    expected = sorted(five_g, key=lambda n: (-round(betweenness[n], 9), n))
    result = kg.query("top-brokers-in-technology", {"area": "tech:5g"})
    got = [r["name"].value for r in result]
    assert set(got) == five_g
    assert got[:5] == expected[:5]
    assert [round(float(r["betweenness"].value), 9) for r in result][:5] == [round(betweenness[n], 9) for n in expected[:5]]


def _analyze(run, out, *args, graph_file=None):
    return run("analyze", "--out", out, *(["--graph", graph_file] if graph_file else []), *args)


def test_two_runs_with_one_seed_give_identical_tables(run, built, tmp_path):
    out, _ = built
    for name in ("a", "b"):
        result = _analyze(run, tmp_path / name, "--no-write-back", graph_file=out / "dsr.trig")
        assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) > 20
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


def test_analyze_leaves_the_graph_file_alone_by_default(run, built, tmp_path):
    out, _ = built
    copy = tmp_path / "dsr.trig"
    shutil.copy(out / "dsr.trig", copy)
    result = _analyze(run, tmp_path / "analysis", "--projection", "country-country", graph_file=copy)
    assert result.exit_code == 0, result.output
    assert copy.read_bytes() == (out / "dsr.trig").read_bytes()
    assert (tmp_path / "analysis" / "analysis.trig").is_file()


def test_analyze_writes_back_into_a_graph_file_when_asked(run, built, tmp_path):
    out, _ = built
    copy = tmp_path / "dsr.trig"
    shutil.copy(out / "dsr.trig", copy)
    result = _analyze(run, tmp_path / "analysis", "--projection", "country-country", "--write-back", graph_file=copy)
    assert result.exit_code == 0, result.output
    kg = graph.load(copy)
    rows = kg.select("""SELECT ?c ?b WHERE { GRAPH <https://w3id.org/dsr/graph/analysis/country-country> {
        ?c dsr:betweenness ?b } } ORDER BY DESC(?b) LIMIT 1""")
    assert rows[0]["c"].value == "https://w3id.org/dsr/id/country/CHN"
    # the earlier co-partnership analysis is still there, untouched
    assert ANALYSIS in kg.graph_names()
    assert not (tmp_path / "summary.json").exists()  # a lone graph file: nothing else is written beside it


def _folder_agrees_with_its_graph(folder):
    """Every file of a build folder describes the graph in its dsr.trig."""
    import rdflib

    kg = graph.load(folder / "dsr.trig")
    summary = json.loads((folder / "summary.json").read_text())
    assert summary["statements"] == len(kg) and summary["quads"] == kg.quad_count
    assert len(rdflib.Graph().parse(folder / "dsr.ttl", format="turtle")) == len(kg)
    assert f"({len(kg)} statements)" in (folder / "validation.txt").read_text()
    manifest = json.loads((folder / "export" / "manifest.json").read_text())
    assert manifest["graph"]["statements"] == len(kg)
    exported = graph.load(folder / "export" / "dsr.nq")
    assert exported.quad_count == kg.quad_count and set(exported.graph_names()) == set(kg.graph_names())
    return kg


def test_write_back_into_a_build_rewrites_every_file_that_depends_on_it(run, built, tmp_path):
    out, _ = built
    folder = tmp_path / "out"
    shutil.copytree(out, folder)
    before = graph.load(folder / "dsr.trig")
    default_analysis = (folder / "analysis" / "nodes.csv").read_bytes()
    result = _analyze(run, tmp_path / "countries", "--projection", "country-country", "--write-back",
                      graph_file=folder / "dsr.trig")
    assert result.exit_code == 0, result.output
    kg = _folder_agrees_with_its_graph(folder)
    assert len(kg) > len(before) and "https://w3id.org/dsr/graph/analysis/country-country" in kg.graph_names()
    # the build's default analysis is not the one replaced: analysis/ is kept as it was
    assert (folder / "analysis" / "nodes.csv").read_bytes() == default_analysis


def test_write_back_of_the_default_projection_rewrites_the_builds_analysis(run, built, tmp_path):
    out, _ = built
    folder = tmp_path / "out"
    shutil.copytree(out, folder)
    result = _analyze(run, tmp_path / "again", "--years", "2020-2025", "--write-back", graph_file=folder / "dsr.trig")
    assert result.exit_code == 0, result.output
    kg = _folder_agrees_with_its_graph(folder)
    # analysis/ now shows the analysis dsr.trig states: the same tables as the run's own folder
    assert (folder / "analysis" / "nodes.csv").read_bytes() == (tmp_path / "again" / "nodes.csv").read_bytes()
    stated = kg.select(f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH <{ANALYSIS}> {{ ?o dsr:betweenness ?b }} }}")
    rows = (folder / "analysis" / "nodes.csv").read_text().count("\n") - 1
    assert int(stated[0]["n"].value) == rows


def test_options_select_measures_methods_and_years(run, built, tmp_path):
    out, _ = built
    result = _analyze(run, tmp_path / "x", "--measures", "degree,pagerank", "--methods", "louvain", "--years", "2019-2021",
                      "--seed", "7", "--no-write-back", graph_file=out / "dsr.trig")
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "x" / "summary.json").read_text())
    assert summary["measures"] == ["degree", "pagerank"] and list(summary["modularity"]) == ["louvain"]
    assert summary["years"] == [2019, 2021] and summary["seed"] == 7
    header = (tmp_path / "x" / "nodes.csv").read_text().splitlines()[0]
    assert header.split(",")[4:] == ["degree", "pagerank", "community_louvain"]


@pytest.mark.parametrize("args,message", [
    (["--projection", "copartnership"], "co-partnership"),
    (["--measures", "degre"], "unknown measures degre"),
    (["--methods", "leiden"], "unknown methods leiden"),
    (["--years", "2020-2010"], "after the last"),
])
def test_bad_options_exit_2(run, built, tmp_path, args, message):
    out, _ = built
    result = _analyze(run, tmp_path / "x", *args, "--no-write-back", graph_file=out / "dsr.trig")
    assert result.exit_code == 2 and message in result.output


def test_quads_conform_and_are_deterministic(kg):
    a = analyze(kg, "co-partnership", seed=3)
    b = analyze(kg, "co-partnership", seed=3)
    assert sorted(map(str, to_quads(a))) == sorted(map(str, to_quads(b)))
    # compared as JSON text, where NaN (constraint of an isolated node) equals itself
    assert json.dumps(a.node_table) == json.dumps(b.node_table) and a.communities == b.communities


def _children() -> set[int]:
    """This process's child processes, running or exited and not yet reaped (Linux's /proc)."""
    pids = set()
    for f in Path("/proc/self/task").glob("*/children"):
        pids.update(int(p) for p in f.read_text().split())
    return pids


@pytest.mark.parametrize("projection", ["co-partnership", "organisation-technology"])
def test_side_by_side_the_analysis_gives_what_it_gives_in_one_process(kg, projection):
    """The measures, communities and change over time run in forked workers with lanes=2: every
    table, partition, snapshot and statement must be what one process gives."""
    before = _children()
    alone = analyze(kg, projection, seed=7, lanes=1)
    side = analyze(kg, projection, seed=7, lanes=2)
    assert alone.node_table and alone.snapshots and any(alone.communities.values())
    for name in ("node_table", "communities", "modularity", "community_summary", "snapshots", "newcomers",
                 "movers", "technology_timeline", "per_year_area"):
        # as text, so that an undefined measure (NaN, never equal to itself) compares too
        assert repr(getattr(side, name)) == repr(getattr(alone, name)), name
    assert to_quads(side) == to_quads(alone)
    assert set(side.timings) == set(alone.timings)
    assert _children() <= before  # every worker was reaped (an unreaped one stays listed, as a zombie)
