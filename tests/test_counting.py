"""Count once: a statement several sources make is one statement in the default graph and in every
count the tool reports, and stays stated in each source's named graph."""

from __future__ import annotations

import json

import pyoxigraph as ox
import rdflib

from graph.store import KnowledgeGraph

EX = "https://example.org/"


def _n(x: str) -> ox.NamedNode:
    return ox.NamedNode(EX + x)


def _two_sources_one_statement() -> KnowledgeGraph:
    same = (_n("deal"), _n("amount"), ox.Literal("10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    quads = [ox.Quad(*same, _n("source-a")), ox.Quad(*same, _n("source-b")),
             ox.Quad(_n("deal"), _n("label"), ox.Literal("A deal"), _n("source-a"))]
    return KnowledgeGraph.from_quads(quads, "two sources")


def test_a_statement_two_sources_make_counts_once():
    kg = _two_sources_one_statement()
    assert len(kg) == 2 and kg.quad_count == 3
    row = kg.select("SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?total) WHERE { ?s <https://example.org/amount> ?v }")[0]
    assert (int(row["n"].value), int(row["total"].value)) == (1, 10)
    # ...and is still stated by each source
    per_graph = kg.select("SELECT ?g WHERE { GRAPH ?g { ?s <https://example.org/amount> ?v } } ORDER BY ?g")
    assert [r["g"].value for r in per_graph] == [EX + "source-a", EX + "source-b"]
    result = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # the query engine of the CLI and the endpoint
    assert result.values()[0][0] == 2


def test_the_merge_follows_graphs_added_and_removed():
    kg = _two_sources_one_statement()
    kg.remove_graph(_n("source-a"))
    assert len(kg) == 1 and kg.quad_count == 1  # the amount stays: source-b still states it
    assert kg.select("SELECT ?v WHERE { ?s <https://example.org/amount> ?v }")
    assert not kg.select("SELECT ?l WHERE { ?s <https://example.org/label> ?l }")
    kg.remove_graph(_n("source-b"))
    assert len(kg) == 0 and kg.select("SELECT * WHERE { ?s ?p ?o }") == []
    kg.add_quads([ox.Quad(_n("x"), _n("p"), _n("y"), _n("source-c")), ox.Quad(_n("x"), _n("p"), _n("y"), _n("source-d"))])
    assert len(kg) == 1 and kg.quad_count == 2


def test_written_files_keep_each_sources_statement(tmp_path):
    kg = _two_sources_one_statement()
    ds = rdflib.Dataset()
    ds.parse(data=kg.trig(), format="trig")
    assert len(list(ds.quads((None, None, None, None)))) == 3
    assert len(rdflib.Graph().parse(data=kg.turtle(), format="turtle")) == 2


def test_counts_in_the_built_graph_are_of_distinct_partnerships(kg):
    # 5G partnerships, some stated by two sources: the plain COUNT a researcher writes is the distinct one
    plain = kg.select("SELECT (COUNT(?p) AS ?n) WHERE { ?p dsr:technologyArea tech:5g }")[0]["n"].value
    distinct = kg.select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p dsr:technologyArea tech:5g }")[0]["n"].value
    per_source = kg.select("SELECT (COUNT(?p) AS ?n) WHERE { GRAPH ?g { ?p dsr:technologyArea tech:5g } }")[0]["n"].value
    assert int(plain) == int(distinct) < int(per_source)


def test_info_validate_summary_and_an_independent_reader_agree(run, built):
    out, _ = built
    info = json.loads(run("info", "--graph", out / "dsr.trig", "--json").output)
    validate = run("validate", out / "dsr.trig").output
    summary = json.loads((out / "summary.json").read_text())
    ds = rdflib.Dataset()
    ds.parse(out / "dsr.trig", format="trig")
    distinct = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    quads = len(list(ds.quads((None, None, None, None))))
    assert info["statements"] == summary["statements"] == len(distinct) < quads == info["quads"] == summary["quads"]
    assert f"({len(distinct)} statements)" in validate

