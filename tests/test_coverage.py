"""`dsr coverage` and the report's Coverage section: partnerships per country, family, year and source,
and how much of an imported dataset the curated records match — checked against SPARQL."""

from __future__ import annotations

import json

import pytest
from conftest import samples_dir

import graph

pytestmark = pytest.mark.skipif(samples_dir() is None,
                                reason="shared/samples (real TeleGeography files) not on this machine; set DSR_SHARED")


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """The bundled records with the real cable-map sample imported and merged, built as a user would."""
    from click.testing import CliRunner
    from graph.cli import cli

    root = tmp_path_factory.mktemp("coverage")
    runner = CliRunner()
    result = runner.invoke(cli, ["import", "cables", str(samples_dir() / "submarine-cables"), "--out",
                                 str(root / "cables.trig")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["build", "--include", str(root / "cables.trig"), "--out", str(root / "out"),
                                 "--skip", "maps,export"])
    assert result.exit_code == 0, result.output
    return root / "out", graph.load(root / "out" / "dsr.trig")


def _count(kg, where: str) -> int:
    return int(kg.select(f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ {where} }}")[0]["n"].value)


def test_coverage_counts_what_sparql_counts(run, merged):
    out, kg = merged
    result = run("coverage", "--graph", out / "dsr.trig", "--format", "json")
    assert result.exit_code == 0, result.output
    cov = json.loads(result.output)
    total = _count(kg, "?p a dsr:Partnership")
    assert cov["totals"][0]["partnerships"] == total
    touching = "{ ?p a dsr:Partnership ; dsr:party/dsr:homeCountry country:%s } UNION { ?p a dsr:Partnership ; dsr:country country:%s }"
    by_code = {r["code"]: r for r in cov["countries"]}
    for code in ("KEN", "PAK", "EGY", "FRA"):
        assert by_code[code]["partnerships"] == _count(kg, touching % (code, code)), code
    families = {r["family"]: r["partnerships"] for r in cov["families"]}
    assert families["Connectivity"] == _count(kg, """?p a dsr:Partnership ; dsr:technologyArea/skos:broader* ?f .
                                                     ?f skos:prefLabel "Connectivity"@en ; skos:topConceptOf ?s""")
    years = {r["year"]: r["partnerships"] for r in cov["years"]}
    assert sum(years.values()) == total  # each partnership in one year row (or undated)


def test_the_dataset_row_says_how_much_the_curated_records_match(run, merged):
    out, kg = merged
    cov = json.loads(run("coverage", "--graph", out / "dsr.trig", "--format", "json", "--table", "sources").output)
    (cables,) = [r for r in cov["sources"] if "TeleGeography" in r["source"]]
    (graph_iri,) = {g for g in kg.graph_names() if g.endswith("/source/telegeography-submarine-cables")}
    in_dataset = _count(kg, f"GRAPH <{graph_iri}> {{ ?p ?x ?y }} ?p a dsr:Partnership")
    # a cable the curated records describe was folded into the curated partnership: sameAs says so
    folded = _count(kg, """?old owl:sameAs ?p . ?p a dsr:Partnership .
                           FILTER (STRSTARTS(STR(?old), "https://w3id.org/dsr/id/partnership/cable-"))
                           FILTER (!STRSTARTS(STR(?p), "https://w3id.org/dsr/id/partnership/cable-"))""")
    assert cables["partnerships"] == in_dataset and cables["matched"] == folded >= 2
    assert cables["unmatched"] == in_dataset - folded
    report = (out / "analysis" / "report.md").read_text(encoding="utf-8")
    assert "## Coverage" in report
    assert f"| {cables['source']} | {cables['partnerships']} | {cables['matched']} | {cables['unmatched']} |" in report
    assert json.loads((out / "analysis" / "coverage.json").read_text(encoding="utf-8"))["sources"] == cov["sources"]


def test_csv_takes_one_table(run, merged, tmp_path):
    out, _ = merged
    bad = run("coverage", "--graph", out / "dsr.trig", "--format", "csv")
    assert bad.exit_code == 2 and "one --table" in bad.output
    target = tmp_path / "countries.csv"
    ok = run("coverage", "--graph", out / "dsr.trig", "--format", "csv", "--table", "countries", "--out", target)
    assert ok.exit_code == 0 and target.read_text(encoding="utf-8").startswith("code,name,partnerships,")
