"""Change over time: snapshots, newcomers and movers on small graphs worked out by hand, and the
technology timelines checked against the shared fact base (read with the csv module)."""

from __future__ import annotations

import csv
import doctest
from collections import Counter, defaultdict

import networkx as nx
import pytest

from conftest import shared_dir
from graph.analysis import temporal
from graph.analysis.temporal import (BadMovers, first_seen, movers, newcomers, per_year_area, snapshots,
                                     technology_timeline, year_range)
from graph.technology import scheme

SHARED = shared_dir()
needs_facts = pytest.mark.skipif(SHARED is None, reason="the shared fact base is not on this machine")
AGREEMENT_KINDS = {"mou", "contract", "loan", "joint_venture", "framework_agreement"}


@pytest.fixture
def g():
    """Seven actors over 2010-2015; d-g is undated, c-d holds three partnerships of one year."""
    g = nx.Graph()
    for node in "abcdefg":
        g.add_node(node, label=node.upper())
    for u, v, years, weight in [("a", "b", "2010; 2012", 2), ("b", "c", "2011", 1), ("c", "d", "2012", 3),
                                ("a", "c", "2013", 1), ("a", "e", "2014; 2015", 2), ("e", "f", "2015", 1),
                                ("a", "f", "2015", 1)]:
        ys = [int(y) for y in years.split("; ")]
        g.add_edge(u, v, weight=weight, years=years, first_year=ys[0], last_year=ys[-1])
    g.add_edge("d", "g", weight=1)
    return g


def _rows(rows, *keys):
    return [tuple(r[k] for k in keys) for r in rows]


def test_year_range(g):
    assert year_range(g) == (2010, 2015)
    assert year_range(nx.path_graph(3)) is None


def test_cumulative_snapshots(g):
    rows = snapshots(g)
    assert all(r["cumulative"] is True for r in rows)
    assert _rows(rows, "year", "nodes", "edges", "weight", "newcomers") == [
        (2010, 2, 1, 1, 2),
        (2011, 3, 2, 2, 1),
        (2012, 4, 3, 4, 1),   # a-b counts its second year; c-d one year, though three partnerships
        (2013, 4, 4, 5, 0),
        (2014, 5, 5, 6, 1),
        (2015, 6, 7, 9, 1),
    ]


def test_per_year_snapshots(g):
    rows = snapshots(g, cumulative=False)
    assert all(r["cumulative"] is False for r in rows)
    assert _rows(rows, "year", "nodes", "edges", "weight", "newcomers") == [
        (2010, 2, 1, 1, 2), (2011, 2, 1, 1, 1), (2012, 4, 2, 2, 1),
        (2013, 2, 1, 1, 0), (2014, 2, 1, 1, 1), (2015, 3, 3, 3, 1),
    ]


def test_undated_links_are_what_the_last_cumulative_snapshot_lacks(g):
    last = snapshots(g)[-1]
    assert (g.number_of_edges() - last["edges"], g.number_of_nodes() - last["nodes"]) == (1, 1)


def test_years_in_between_are_kept_and_empty():
    g = nx.Graph()
    g.add_edge("a", "b", years="2001")
    g.add_edge("b", "c", years="2004")
    assert _rows(snapshots(g, cumulative=False), "year", "edges") == [(2001, 1), (2002, 0), (2003, 0), (2004, 1)]
    assert _rows(snapshots(g), "year", "edges") == [(2001, 1), (2002, 1), (2003, 1), (2004, 2)]


def test_parallel_links_of_a_multigraph_each_count():
    g = nx.MultiGraph()
    g.add_edge("a", "b", years="2010")
    g.add_edge("a", "b", years="2011")
    assert _rows(snapshots(g), "year", "nodes", "edges") == [(2010, 2, 1), (2011, 2, 2)]


def test_no_dated_links_no_snapshots():
    assert snapshots(nx.path_graph(4)) == [] and newcomers(nx.path_graph(4)) == []


def test_first_seen_and_newcomers(g):
    assert first_seen(g) == {"a": 2010, "b": 2010, "c": 2011, "d": 2012, "e": 2014, "f": 2015}
    assert newcomers(g) == [{"id": "a", "label": "A", "year": 2010}, {"id": "b", "label": "B", "year": 2010},
                            {"id": "c", "label": "C", "year": 2011}, {"id": "d", "label": "D", "year": 2012},
                            {"id": "e", "label": "E", "year": 2014}, {"id": "f", "label": "F", "year": 2015}]


def test_movers_default_compares_last_three_years_with_three_before(g):
    # partners in 2010-2012: a1 b2 c2 d1; in 2013-2015: a3 c1 e2 f2
    rows = movers(g)
    assert {(r["from_year"], r["to_year"]) for r in rows} == {(2010, 2015)}
    assert _rows(rows, "id", "label", "before", "after", "change", "direction") == [
        ("a", "A", 1, 3, 2, "rising"), ("e", "E", 0, 2, 2, "rising"), ("f", "F", 0, 2, 2, "rising"),
        ("b", "B", 2, 0, -2, "falling"), ("c", "C", 2, 1, -1, "falling"), ("d", "D", 1, 0, -1, "falling"),
    ]


def test_movers_top_breaks_ties_by_id(g):
    assert _rows(movers(g, top=2), "id", "direction") == [("a", "rising"), ("e", "rising"),
                                                          ("b", "falling"), ("c", "falling")]


def test_movers_weighted_degree_counts_link_years(g):
    # 2012-2013 against 2014-2015: a-e has partnerships in both 2014 and 2015, so counts twice
    rows = movers(g, measure="weighted_degree", windows=2)
    assert _rows(rows, "id", "before", "after", "change") == [
        ("e", 0, 3, 3), ("f", 0, 2, 2), ("a", 2, 3, 1), ("c", 2, 0, -2), ("b", 1, 0, -1), ("d", 1, 0, -1)]
    assert _rows(movers(g, windows=2), "id", "change") == [("e", 2), ("f", 2), ("c", -2), ("b", -1), ("d", -1)]


def test_movers_over_explicit_windows(g):
    rows = movers(g, windows=[(2010, 2011), (2012, 2013), (2014, 2015)])
    first = [r for r in rows if (r["from_year"], r["to_year"]) == (2010, 2013)]
    second = [r for r in rows if (r["from_year"], r["to_year"]) == (2012, 2015)]
    assert len(first) + len(second) == len(rows)
    # 2010-2011: a1 b2 c1; 2012-2013: a2 b1 c2 d1
    assert _rows(first, "id", "change", "direction") == [("a", 1, "rising"), ("c", 1, "rising"),
                                                         ("d", 1, "rising"), ("b", -1, "falling")]
    assert second and all(r["before"] != r["after"] for r in second)


@pytest.mark.parametrize("kwargs", [{"measure": "betweenness"}, {"windows": [(2015, 2012)]},
                                    {"windows": [(2010, 2012), (2012, 2013)]}, {"windows": 0}])
def test_movers_refuses_what_it_cannot_compare(g, kwargs):
    with pytest.raises(BadMovers):
        movers(g, **kwargs)


def test_docstring_examples_run():
    failures, tried = doctest.testmod(temporal, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0


# --------------------------------------------------------------------------- the bundled graph

@pytest.fixture(scope="module")
def kg(factbase_kg):
    """Answers below are worked out from the shared fact base: the graph of its records alone."""
    return factbase_kg


@pytest.fixture(scope="module")
def facts():
    with open(SHARED / "facts" / "partnerships.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for r in rows:
        r["tags"] = [t for t in r["technology_areas"].split(";") if t]
    return rows


@needs_facts
def test_technology_timeline_matches_the_fact_base(kg, facts):
    tech = scheme()
    first: dict[str, str] = {}
    count: Counter = Counter()
    for r in facts:
        for tag in r["tags"]:
            label = tech.resolve(tag).label
            count[label] += 1
            if r["signed_or_announced"]:
                first[label] = min(first.get(label, "9999"), r["signed_or_announced"][:4])
    got = {r["area"]: (r["first_year"], r["partnerships"]) for r in technology_timeline(kg)}
    assert got == {label: (int(first[label]) if label in first else None, n) for label, n in count.items()}
    assert got["5G"][0] == int(min(r["signed_or_announced"][:4] for r in facts
                                   if "5g" in r["tags"] and r["signed_or_announced"]))


def test_technology_timeline_is_sorted_with_families(kg):
    rows = technology_timeline(kg)
    tech = scheme()
    families = {c.label for c in tech.concepts.values() if c.family == c.iri}
    assert rows and all(r["family"] in families for r in rows)
    assert [r["first_year"] for r in rows] == sorted(r["first_year"] for r in rows)
    assert len({r["area"] for r in rows}) == len(rows)


@needs_facts
def test_per_year_area_matches_the_fact_base(kg, facts):
    tech = scheme()
    expected: Counter = Counter()
    for r in facts:
        if r["kind"] in AGREEMENT_KINDS and r["signed_or_announced"]:
            for tag in r["tags"]:
                concept = tech.resolve(tag)
                expected[(int(r["signed_or_announced"][:4]), tech.concepts[concept.family].label, concept.label)] += 1
    rows = per_year_area(kg)
    assert {(r["year"], r["family"], r["area"]): r["agreements"] for r in rows} == dict(expected)
    assert rows == sorted(rows, key=lambda r: (r["year"], r["family"], r["area"]))


def test_per_year_area_counts_each_agreement_once_however_many_sources(kg):
    # an agreement stated by several sources is one row per source graph in the union
    per_area: dict[str, int] = defaultdict(int)
    for r in per_year_area(kg):
        per_area[r["area"]] += r["agreements"]
    distinct = kg.select("""SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?a a dsr:Agreement ; dsr:date ?d ; dsr:technologyArea ?t . ?t skos:prefLabel ?label } GROUP BY ?label""")
    assert per_area == {row["label"].value: int(row["n"].value) for row in distinct}
