"""Network projections: SPARQL files turned into networkx graphs, checked against the fact base."""

from __future__ import annotations

import csv
import itertools
import re
from collections import Counter, defaultdict

import networkx as nx
import pytest

from conftest import shared_dir
from graph.store.project import UnknownProjection, project, projections
from graph.technology import scheme


@pytest.fixture(scope="module")
def kg(factbase_kg):
    """This module works its answers out from the shared fact base: the graph of its records alone."""
    return factbase_kg


SHARED = shared_dir()
needs_facts = pytest.mark.skipif(SHARED is None, reason="the shared fact base is not on this machine")


def _facts(kg=None):
    """The fact base's rows, each with its party names — as the graph labels the organisation each
    names, when ``kg`` is given (a body the fact base names twice, under two names, is one record)."""
    with open(SHARED / "facts" / "partnerships.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(SHARED / "facts" / "organisations.csv", encoding="utf-8", newline="") as handle:
        orgs = {o["name"]: o for o in csv.DictReader(handle)}
    label = {}
    if kg is not None:
        labels = {r["o"].value: r["l"].value for r in kg.select(
            "SELECT ?o (MIN(?l) AS ?l) WHERE { ?o a/rdfs:subClassOf* dsr:Organisation ; rdfs:label ?l } GROUP BY ?o")}
        label = {r["n"].value: labels[r["o"].value] for r in kg.select(
            "SELECT ?o ?n WHERE { ?o a/rdfs:subClassOf* dsr:Organisation ; rdfs:label|skos:altLabel ?n }")
            if r["o"].value in labels}
    for r in rows:
        names = {re.fullmatch(r"\s*(.+?)\s*\[\w+\]\s*", p)[1] for p in r["parties"].split(";")}
        r["names"] = sorted({label.get(n, n) for n in names})
    return rows, orgs


def test_every_projection_is_documented():
    specs = projections()
    assert {"co-partnership", "organisation-technology", "country-country", "typed-multigraph"} <= set(specs)
    for p in specs.values():
        assert len(p.title.split()) >= 2 and len(p.description.split()) >= 10


@needs_facts
def test_co_partnership_equals_the_fact_base(kg):
    rows, _ = _facts(kg)
    expected = Counter()
    for r in rows:
        for a, b in itertools.combinations(r["names"], 2):
            expected[(a, b)] += 1
    g = project(kg, "co-partnership")
    got = Counter()
    for u, v, d in g.edges(data=True):
        got[tuple(sorted((g.nodes[u]["label"], g.nodes[v]["label"])))] = d["weight"]
    assert got == expected


def test_links_keep_their_partnerships_roles_and_years(kg):
    g = project(kg, "co-partnership")
    d = g.edges["organisation:huawei-technologies-pakistan", "organisation:sky47-limited"]
    assert d["via"] == "partnership:pak-2025-b2b-huawei-sky47" and d["weight"] == 1
    assert d["roles"] == "signatory / signatory" and d["first_year"] == d["last_year"] == 2025
    # every attribute is a plain value, so every graph writer takes it
    for _, data in itertools.chain(g.nodes(data=True), ((None, e) for *_, e in g.edges(data=True))):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    nx.write_graphml(g, __import__("io").BytesIO())


def test_nodes_carry_label_kind_and_country(kg):
    g = project(kg, "co-partnership")
    assert g.nodes["organisation:huawei-technologies"] == {"label": "Huawei Technologies", "kind": "Company", "country": "CHN"}
    assert g.nodes["organisation:ministry-of-information-technology-and-telecommunication-pakistan"]["kind"] == "Ministry"


@needs_facts
def test_years_keep_only_links_dated_within(kg):
    rows, _ = _facts(kg)
    expected = set()
    for r in rows:
        if r["signed_or_announced"][:4] == "2025":
            expected |= {tuple(p) for p in itertools.combinations(r["names"], 2)}
    g = project(kg, "co-partnership", years=(2025, 2025))
    got = {tuple(sorted((g.nodes[u]["label"], g.nodes[v]["label"]))) for u, v in g.edges}
    assert got == expected


@needs_facts
def test_organisation_technology_is_bipartite(kg):
    rows, _ = _facts(kg)
    tech = scheme()
    expected = defaultdict(set)
    for r in rows:
        for name in r["names"]:
            expected[name] |= {tech.resolve(t).label for t in r["technology_areas"].split(";") if t}
    g = project(kg, "organisation-technology")
    assert nx.is_bipartite(g)
    got = defaultdict(set)
    for u, v in g.edges:
        org, area = (u, v) if g.nodes[v]["kind"] == "Technology area" else (v, u)
        got[g.nodes[org]["label"]].add(g.nodes[area]["label"])
    assert got == {k: v for k, v in expected.items() if v}
    assert g.nodes["tech:5g"]["family"] == "Mobile communications"


@needs_facts
def test_country_country(kg):
    rows, _ = _facts(kg)
    expected = Counter()
    for r in rows:
        for a, b in itertools.combinations(sorted(set(r["countries"].split(";"))), 2):
            expected[(a, b)] += 1
    g = project(kg, "country-country")
    got = {tuple(sorted((u.split(":")[1], v.split(":")[1]))): d["weight"] for u, v, d in g.edges(data=True)}
    assert got == dict(expected)


def test_typed_multigraph_keeps_every_relation(kg):
    g = project(kg, "typed-multigraph")
    assert isinstance(g, nx.MultiDiGraph)
    relations = {k for _, _, k in g.edges(keys=True)}
    assert {"signatory", "technology area", "home country", "sub-organization of (W3C ORG)"} <= relations
    assert g.has_edge("partnership:pak-ofc-phase1", "organisation:huawei-technologies", key="contractor")


def test_unknown_projection_suggests_the_closest(kg):
    with pytest.raises(UnknownProjection, match="co-partnership"):
        project(kg, "copartnership")


def test_no_projection_reads_what_an_analysis_states(tmp_path):
    """A build keeps its projections when it states the analysis in the graph (the maps and exports
    after it do not project again): that holds only while no projection reads the measures and
    communities an analysis states. Each projection, projected afresh after analyses of every
    projection were stated, must be the graph it was before — to the order of nodes and links."""
    from graph.analysis.run import add_to_graph, analyze
    from graph.build import build_dataset
    from graph.maps.data import _ask_home_countries
    from graph.sources.synth import write_synthetic
    from graph.store.project import _project, projections

    synthetic = tmp_path / "synth.trig"
    write_synthetic(synthetic, organisations=60, seed=3)
    kg = build_dataset(None, [synthetic], analyse=False)
    specs = projections()
    before = {name: _project(kg, spec, name, None)[1] for name, spec in specs.items()}
    homes = _ask_home_countries(kg)  # kept as well, for the maps
    statements = len(kg)
    for name in specs:
        add_to_graph(kg, analyze(kg, name, seed=42))
    assert len(kg) > statements + 1000  # the analyses did state their measures and communities
    after = {name: _project(kg, spec, name, None)[1] for name, spec in specs.items()}
    assert _ask_home_countries(kg) == homes and len(homes) > 50
    for name in specs:
        assert after[name] == before[name], name
        assert kg.memo(("projection", name, None), lambda: None) is not None  # still remembered
