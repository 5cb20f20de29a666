"""One partition per build: the analysis report, every map of the gallery, the exported network
files and `dsr analyze` show the same communities under the same numbers and names, each name made
from the community's content. Expected answers come from SPARQL over the built dataset."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

import pytest

import graph
from test_maps_browser import browser  # noqa: F401  (the Chromium fixture)
from graph.maps import make_map

LOUVAIN = "https://w3id.org/dsr/id/community/co-partnership/louvain"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def _node(iri: str) -> str:
    from graph.store.project import node_id
    import pyoxigraph as ox

    return node_id(ox.NamedNode(iri))


@pytest.fixture(scope="module")
def stated(kg) -> dict[str, tuple[int, str]]:
    """node id → (community number, name) as the build states the Louvain partition."""
    rows = kg.select(f"""SELECT ?node ?c ?name WHERE {{ GRAPH ?g {{ ?node dsr:community ?c .
                         ?c dsr:inPartition <{LOUVAIN}> ; rdfs:label ?name }} }}""")
    out = {_node(r["node"].value): (int(r["c"].value.rsplit("/", 1)[-1]), r["name"].value) for r in rows}
    assert len(out) > 100 and len({c for c, _ in out.values()}) > 5
    return out


def _embedded(path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script id="dsr-data" type="application/json">(.*?)</script>', page, re.S).group(1))


def test_the_report_tables_state_the_same_partition(built, stated):
    out, _ = built
    with open(out / "analysis" / "communities.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["method"] == "louvain"]
    from_report = {m: (int(r["community"]), r["name"]) for r in rows for m in r["members"].split("; ")}
    assert from_report == stated
    report = (out / "analysis" / "report.md").read_text(encoding="utf-8")
    for number, name in set(stated.values()):
        if number < 10:  # the report's table lists the ten largest
            assert f"| {number} | {name.replace('&', '&amp;')} |" in report


def test_every_gallery_map_shows_the_same_groups_under_the_same_names(built, stated):
    out, _ = built
    maps = sorted((out / "maps").glob("*.html"))
    checked = 0
    for path in maps:
        if path.name == "index.html":
            continue
        data = _embedded(path)
        if data["meta"].get("projection") != "co-partnership" or data["meta"]["aggregated"]:  # not the world view
            continue
        for node, community in zip(data["nodes"]["id"], data["nodes"]["community"]):  # the page's columns
            number, name = stated[node]
            assert community == number, (path.name, node)
            assert data["communities"][str(number)] == name, path.name
        # a community keeps its colour from map to map
        for number, colour in data["colours"]["community"].items():
            if int(number) < 8:
                assert colour == _embedded(out / "maps" / "overview.html")["colours"]["community"][number]
        checked += 1
    assert checked >= 10


def test_the_exported_network_files_carry_number_and_name(built, stated):
    out, _ = built
    root = ET.parse(out / "export" / "co-partnership.graphml").getroot()
    keys = {k.get("attr.name"): k.get("id") for k in root.iter(f"{GRAPHML}key") if k.get("for") == "node"}
    seen = {}
    for node in root.iter(f"{GRAPHML}node"):
        data = {d.get("key"): d.text for d in node.iter(f"{GRAPHML}data")}
        seen[node.get("id")] = (int(data[keys["community"]]), data[keys["community_name"]])
    assert seen == stated
    with open(out / "export" / "co-partnership.nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["id"]: (int(r["community"]), r["community_name"]) for r in rows} == stated


def test_dsr_analyze_finds_the_same_partition(run, built, stated, tmp_path):
    out, _ = built
    result = run("analyze", "--graph", out / "dsr.trig", "--methods", "louvain", "--out", tmp_path / "a")
    assert result.exit_code == 0, result.output
    with open(tmp_path / "a" / "communities.csv", newline="", encoding="utf-8") as f:
        again = {m: (int(r["community"]), r["name"]) for r in csv.DictReader(f) for m in r["members"].split("; ")}
    assert again == stated


def test_names_are_made_from_the_communitys_content(kg, stated):
    """Each name starts with its two members of highest weighted degree and ends with the technology
    family most of its members' partnerships cover."""
    strength = {_node(r["n"].value): float(r["w"].value)
                for r in kg.select("SELECT ?n ?w WHERE { GRAPH ?g { ?n dsr:weightedDegree ?w } }")}
    label = {_node(r["n"].value): r["l"].value
             for r in kg.select("SELECT ?n ?l WHERE { ?p dsr:party ?n . ?n rdfs:label ?l }")}
    shared_with_another = defaultdict(set)  # organisation → partnerships it shares with another party
    for r in kg.select("""SELECT DISTINCT ?a ?p WHERE { ?p dsr:party ?a , ?b . FILTER (?a != ?b) }"""):
        shared_with_another[_node(r["a"].value)].add(r["p"].value)
    family = defaultdict(set)
    for r in kg.select("""SELECT DISTINCT ?p ?f WHERE { ?p dsr:technologyArea/skos:broader* ?top .
                          ?top skos:topConceptOf ?s ; skos:prefLabel ?f }"""):
        family[r["p"].value].add(r["f"].value)
    members = defaultdict(list)
    for node, (number, _) in stated.items():
        members[number].append(node)
    names = {number: name for number, name in stated.values()}
    assert len(set(names.values())) == len(names), "names are distinct"
    for number, group in members.items():
        ranked = sorted(group, key=lambda n: (-strength.get(n, 0.0), n))
        head = " & ".join(label[n] for n in ranked[:2])
        assert names[number].startswith(head), (names[number], head)
        counts = Counter(f for n in group for p in shared_with_another[n] for f in family[p])
        if counts:
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            assert names[number].lower().endswith(top.lower()), (names[number], top)


def test_without_a_stated_analysis_a_map_finds_what_the_analysis_would():
    from graph.analysis.run import analyze

    kg = graph.load()  # the bundled records, no analysis stated
    for projection in ("co-partnership", "organisation-technology"):
        data = make_map(kg, projection=projection).data
        result = analyze(kg, projection, measures=["weighted_degree"], methods=["louvain"])
        expected = {n: i for i, group in enumerate(result.communities["louvain"]) for n in group}
        names = {c["community"]: c["name"] for c in result.community_summary["louvain"]}
        assert {n["id"]: n["community"] for n in data["nodes"]} == {n["id"]: expected[n["id"]] for n in data["nodes"]}
        assert data["communities"] == {str(c): names[c] for c in sorted({expected[n["id"]] for n in data["nodes"]})}


def test_an_aggregated_map_names_its_super_nodes_after_the_communities(kg, stated):
    data = make_map(kg, node_cap=6).data
    names = {number: name for number, name in stated.values()}
    groups = [n for n in data["nodes"] if n["id"] != "group:others"]
    assert groups
    for n in groups:
        assert n["label"].startswith(names[n["community"]] + " (")


def test_the_legend_and_details_name_the_communities_in_chromium(browser, built, stated):  # noqa: F811
    from test_maps_browser import Page

    out, _ = built
    p = Page(browser, out / "maps" / "overview.html")
    try:
        assert p.page.locator("#colour-by").input_value() == "community"
        items = p.page.locator("#legend-colours li").all_inner_texts()
        names = {number: name for number, name in stated.values()}
        counts = Counter(number for number, _ in stated.values())
        shown = [t for t in items if not t.startswith("other or unknown")]
        # the largest communities first, each by its name and its number of members
        assert shown == [f"{names[c]} ({counts[c]})" for c in sorted(names)][:len(shown)] and len(shown) >= 8
        p.page.fill("#search", "ZTE Corporation")
        p.page.press("#search", "Enter")
        number, name = stated["organisation:zte-corporation"]
        assert p.page.locator("#details .community").inner_text() == f"Community {number}: {name}"
    finally:
        p.close()
