"""The analysis report: tables that read back as written, byte-identical runs, a self-contained
HTML page, SVG charts that parse, and labels from the data escaped everywhere."""

from __future__ import annotations

import csv
import dataclasses
import doctest
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from graph.analysis import svg
from graph.analysis.report import write_report, write_tables
from graph.analysis.result import AnalysisResult

EVIL = "<img src=x onerror=alert(1)>"
SVG_NS = "{http://www.w3.org/2000/svg}"
TABLES = ["nodes", "communities", "modularity", "snapshots", "newcomers", "movers", "technology-timeline",
          "per-year-area"]


def _result() -> AnalysisResult:
    nodes = [
        {"id": "organisation:a", "label": EVIL, "kind": "Company", "country": "CHN", "degree": 3,
         "betweenness": 0.5, "constraint": 0.25, "community_louvain": 0},
        {"id": "organisation:b", "label": 'Ministry & Co | "quoted"', "kind": "Ministry", "country": "PAK",
         "degree": 2, "betweenness": 0.125, "constraint": 0.75, "community_louvain": 0},
        {"id": "organisation:c", "label": "Ünïcode 北京", "kind": "Bank", "country": "", "degree": 1,
         "betweenness": 0.0, "constraint": 1.0, "community_louvain": 1},
        {"id": "organisation:d", "label": "Dee", "kind": "Agency", "country": "KEN", "degree": 0,
         "betweenness": 0.0, "constraint": float("nan"), "community_louvain": 1},
    ]
    return AnalysisResult(
        projection="co-partnership", title="Co-partnership network", seed=7, years=None, engine="networkx",
        nodes=4, edges=3, measures=["degree", "betweenness", "constraint"], node_table=nodes,
        communities={"louvain": [["organisation:a", "organisation:b"], ["organisation:c", "organisation:d"]]},
        modularity={"louvain": 0.123456789012345},
        community_summary={"louvain": [
            {"community": 0, "name": f"{EVIL} & Ministry", "size": 2,
             "top_members": [{"id": "organisation:a", "label": EVIL, "score": 3}],
             "countries": [{"name": "CHN", "count": 1}, {"name": "PAK", "count": 1}],
             "technology": [{"name": "Connectivity", "count": 2}]},
            {"community": 1, "name": "Ünïcode 北京 · Kenya", "size": 2,
             "top_members": [{"id": "organisation:c", "label": "Ünïcode 北京", "score": 1}],
             "countries": [{"name": "KEN", "count": 1}], "technology": []}]},
        snapshots=[{"year": 2019, "cumulative": True, "nodes": 2, "edges": 1, "weight": 1, "newcomers": 2},
                   {"year": 2020, "cumulative": True, "nodes": 3, "edges": 2, "weight": 2, "newcomers": 1},
                   {"year": 2019, "cumulative": False, "nodes": 2, "edges": 1, "weight": 1, "newcomers": 2},
                   {"year": 2020, "cumulative": False, "nodes": 2, "edges": 1, "weight": 1, "newcomers": 1}],
        newcomers=[{"id": "organisation:a", "label": EVIL, "year": 2019},
                   {"id": "organisation:b", "label": 'Ministry & Co | "quoted"', "year": 2019},
                   {"id": "organisation:c", "label": "Ünïcode 北京", "year": 2020}],
        movers=[{"id": "organisation:c", "label": "Ünïcode 北京", "from_year": 2019, "to_year": 2020, "before": 0,
                 "after": 1, "change": 1, "direction": "rising"},
                {"id": "organisation:a", "label": EVIL, "from_year": 2019, "to_year": 2020, "before": 1,
                 "after": 0, "change": -1, "direction": "falling"}],
        technology_timeline=[{"area": "5G", "family": "Mobile communications", "first_year": 2019, "partnerships": 2},
                             {"area": EVIL, "family": "Space", "first_year": 2020, "partnerships": 1}],
        per_year_area=[{"year": 2019, "family": "Mobile communications", "area": "5G", "agreements": 2},
                       {"year": 2020, "family": "Space", "area": EVIL, "agreements": 1}],
        timings={"measures": 0.123},
    )


def _write(result: AnalysisResult, out: Path) -> list[Path]:
    return write_tables(result, out) + write_report(result, out)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    _write(_result(), folder)
    return folder


# --------------------------------------------------------------------------- determinism

def test_two_writes_give_identical_bytes(out, tmp_path):
    shuffled = _result()
    shuffled.node_table = list(reversed(shuffled.node_table))  # rows in another order, same table
    shuffled.timings = {"measures": 99.0}                       # timings are not part of the output
    _write(shuffled, tmp_path)
    assert _files(tmp_path) == _files(out)


def test_identical_under_another_hash_seed(out, tmp_path):
    code = ("import json, sys\nfrom graph.analysis.result import AnalysisResult\n"
            "from graph.analysis.report import write_report, write_tables\n"
            "r = AnalysisResult(**json.loads(sys.stdin.read()))\n"
            "write_tables(r, sys.argv[1]); write_report(r, sys.argv[1])\n")
    data = dataclasses.asdict(_result())
    data["node_table"][3]["constraint"] = None  # JSON has no NaN; the writers treat both alike
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], input=json.dumps(data), text=True, env=env,
                   check=True, timeout=60)
    assert _files(tmp_path) == _files(out)


def test_the_files_written(out):
    result = _result()
    written = write_tables(result, out / "again")
    names = {p.name for p in written}
    assert names == ({f"{t}.{ext}" for t in TABLES for ext in ("csv", "json")}
                     | {"community-summary.json", "coverage.json", "summary.json"})
    charts = {p.relative_to(out / "again").as_posix() for p in write_report(result, out / "again")}
    assert {"report.md", "report.html", "charts/top-degree.svg", "charts/top-betweenness.svg",
            "charts/top-constraint.svg", "charts/communities-louvain.svg",
            "charts/agreements-per-year-area.svg"} <= charts


# --------------------------------------------------------------------------- tables read back

def _csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_nodes_read_back(out):
    rows = _csv_rows(out / "nodes.csv")
    assert list(rows[0]) == ["id", "label", "kind", "country", "degree", "betweenness", "constraint",
                             "community_louvain"]
    assert [r["id"] for r in rows] == ["organisation:a", "organisation:b", "organisation:c", "organisation:d"]
    assert rows[0]["label"] == EVIL and rows[1]["label"] == 'Ministry & Co | "quoted"'
    assert rows[2]["label"] == "Ünïcode 北京" and rows[2]["country"] == ""
    assert [(r["degree"], r["betweenness"], r["constraint"]) for r in rows] == [
        ("3", "0.5", "0.25"), ("2", "0.125", "0.75"), ("1", "0.0", "1.0"), ("0", "0.0", "")]
    data = json.loads((out / "nodes.json").read_text(encoding="utf-8"))
    expected = sorted(_result().node_table, key=lambda r: r["id"])
    expected[3]["constraint"] = None  # NaN is not JSON: written as null
    assert data == expected


@pytest.mark.parametrize("name, attr", [("snapshots", "snapshots"), ("newcomers", "newcomers"),
                                        ("movers", "movers"), ("technology-timeline", "technology_timeline"),
                                        ("per-year-area", "per_year_area")])
def test_tables_read_back(out, name, attr):
    rows = getattr(_result(), attr)
    assert json.loads((out / f"{name}.json").read_text(encoding="utf-8")) == rows
    as_text = [{k: ("true" if v is True else "false" if v is False else str(v)) for k, v in r.items()} for r in rows]
    assert _csv_rows(out / f"{name}.csv") == as_text


def test_communities_modularity_and_summary_read_back(out):
    assert _csv_rows(out / "communities.csv") == [
        {"method": "louvain", "community": "0", "name": f"{EVIL} & Ministry", "size": "2",
         "members": "organisation:a; organisation:b"},
        {"method": "louvain", "community": "1", "name": "Ünïcode 北京 · Kenya", "size": "2",
         "members": "organisation:c; organisation:d"}]
    assert json.loads((out / "communities.json").read_text(encoding="utf-8"))[1]["members"] == [
        "organisation:c", "organisation:d"]
    # floats are rounded to 10 places, so platform noise in the last digits never shows
    assert json.loads((out / "modularity.json").read_text(encoding="utf-8")) == [
        {"method": "louvain", "communities": 2, "modularity": 0.123456789}]
    assert _csv_rows(out / "modularity.csv") == [{"method": "louvain", "communities": "2", "modularity": "0.123456789"}]
    assert json.loads((out / "community-summary.json").read_text(encoding="utf-8")) == _result().community_summary
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {k: summary[k] for k in ("projection", "seed", "years", "engine", "nodes", "edges", "measures")} == {
        "projection": "co-partnership", "seed": 7, "years": None, "engine": "networkx", "nodes": 4, "edges": 3,
        "measures": ["degree", "betweenness", "constraint"]}
    assert summary["modularity"] == {"louvain": 0.123456789} and "timings" not in summary
    assert summary["undated"] == {"edges": 1, "nodes": 1}


# --------------------------------------------------------------------------- the HTML page

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def page(out) -> str:
    return (out / "report.html").read_text(encoding="utf-8")


def test_html_is_self_contained(out, page):
    parser = _Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    for banned in ("script", "img", "link", "iframe", "object", "embed", "image", "use", "foreignobject"):
        assert banned not in names
    for tag, attrs in parser.tags:
        assert "src" not in attrs, tag
        assert not any(k.endswith("href") and not v.startswith("#") for k, v in attrs.items()), tag
    charts = sorted((out / "charts").glob("*.svg"))
    assert names.count("svg") == len(charts) >= 6
    # the only address in the page is the SVG namespace, which is a name, never fetched
    assert page.count("://") == page.count('xmlns="http://www.w3.org/2000/svg"')
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page


def test_labels_are_escaped_everywhere(out, page):
    parser = _Tags()
    parser.feed(page)
    assert "img" not in [t for t, _ in parser.tags]
    assert EVIL not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "<img" not in markdown
    assert "&lt;img src=x onerror=alert(1)&gt;" in markdown
    top = (out / "charts" / "top-degree.svg").read_text(encoding="utf-8")
    assert "<img" not in top and "&lt;img src=x onerror=alert(1)&gt;" in top
    heat = (out / "charts" / "agreements-per-year-area.svg").read_text(encoding="utf-8")
    assert "<img" not in heat and "&lt;img" in heat


def test_svgs_parse_and_carry_titles(out):
    charts = sorted((out / "charts").glob("*.svg"))
    assert charts
    for path in charts:
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG_NS}svg" and root.get("role") == "img"
        title = root.find(f"{SVG_NS}title")
        assert title is not None and title.text
    # parsed back, the label is the label again: escaped once, not twice
    texts = [t.text for t in ET.parse(out / "charts" / "top-degree.svg").getroot().iter(f"{SVG_NS}text")]
    assert EVIL in texts


def test_constraint_ranks_lowest_first(out):
    root = ET.parse(out / "charts" / "top-constraint.svg").getroot()
    bars = [g.find(f"{SVG_NS}title").text for g in root.iter(f"{SVG_NS}g")]
    assert bars == [f"{EVIL}: 0.25", 'Ministry & Co | "quoted": 0.75', "Ünïcode 北京: 1"]  # NaN left out


def test_report_sections_and_chart_links(out):
    markdown = (out / "report.md").read_text(encoding="utf-8")
    for heading in ("## What was analysed", "## Top actors per measure", "## Communities", "## Change over time",
                    "## How to read this"):
        assert heading in markdown
    linked = {line.rsplit("](", 1)[1].rstrip(")") for line in markdown.splitlines() if line.startswith("![")}
    assert linked == {f"charts/{p.name}" for p in (out / "charts").glob("*.svg")}
    assert "low constraint" in markdown.lower() and "broker" in markdown
    assert "1 of the 3 links carry no date" in markdown


def test_an_empty_analysis_still_reports(tmp_path):
    empty = AnalysisResult(projection="typed-multigraph", title="Whole graph", seed=1, years=[2015, 2020],
                           engine="networkx", nodes=0, edges=0)
    paths = _write(empty, tmp_path)
    html_text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "No link of this projection is dated" in html_text and "2015–2020" in html_text
    assert _csv_rows(tmp_path / "snapshots.csv") == [] and (tmp_path / "snapshots.csv").read_text().startswith("year,")
    assert all(p.is_file() for p in paths)


def test_svg_docstring_examples_run():
    failures, tried = doctest.testmod(svg)
    assert tried > 0 and failures == 0
