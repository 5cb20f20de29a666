"""HTML maps, checked in Python: what a map contains, escaping, aggregation, determinism, the CLI and
the gallery. The same maps are driven in a real browser in test_maps_browser.py."""

from __future__ import annotations

import hashlib
import html
import json
import re
from html.parser import HTMLParser
from importlib.resources import files

import pytest

import graph
from graph.maps import MapError, MapSpec, make_map
from graph.maps.render import VIS_SHA256, json_for_script

HOSTILE = "<img src=x onerror=alert(1)>"


def select_set(kg, text, var="x"):
    return {row[var].value for row in kg.select(text)}


def ids(kg, text, var="x"):
    from graph.store.project import node_id
    return {node_id(row[var]) for row in kg.select(text)}


def embedded_data(page: str) -> dict:
    match = re.search(r'<script id="dsr-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the map carries its data in a JSON script element"
    return json.loads(match.group(1))


class Tags(HTMLParser):
    """Collects every start tag with its attributes, as a browser's parser would see them."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_overview_draws_every_party(kg):
    m = make_map(kg)
    parties = ids(kg, "SELECT DISTINCT ?x WHERE { ?p dsr:party ?x }")
    assert {n["id"] for n in m.data["nodes"]} == parties
    # a link for every pair of organisations that share a partnership
    pairs = kg.select("SELECT DISTINCT ?a ?b WHERE { ?p dsr:party ?a , ?b . FILTER (STR(?a) < STR(?b)) }")
    assert len(m.data["edges"]) == len({(r["a"].value, r["b"].value) for r in pairs})
    assert m.data["meta"]["aggregated"] is None


def test_the_map_file_loads_nothing_from_elsewhere(kg):
    page = make_map(kg).html
    parser = Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        assert not (tag == "script" and "src" in attrs), "no external script"
        assert not (tag == "link"), "no stylesheet or preload links"
        for key in ("src", "href", "srcset"):
            assert not attrs.get(key), f"<{tag} {key}=...> would load something"
    assert "sourceMappingURL" not in page
    assert "cdn" not in " ".join(f"{t} {a}" for t, a in parser.tags).lower()
    # the vendored library is the one whose licence and digest vendor/README.md records
    raw = files("graph.maps").joinpath("vendor", "vis-network.min.js").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == VIS_SHA256
    for licence in ("LICENSE-MIT", "LICENSE-APACHE-2.0", "THIRD-PARTY-LICENSES.txt", "README.md"):
        assert files("graph.maps").joinpath("vendor", licence).read_text(encoding="utf-8").strip()


def test_json_in_a_script_element_cannot_close_it():
    text = json_for_script({"a": "</script><script>alert(1)</script>", "b": "x\u2028y & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "x\u2028y & <!--"}


@pytest.fixture(scope="module")
def hostile_kg(tmp_path_factory):
    """The bundled records with hostile text in an organisation's name, a partnership label and the map title."""
    from graph.resources import data_dir
    import shutil

    target = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(str(data_dir()), target)
    orgs = target / "organisations.yaml"
    text = orgs.read_text(encoding="utf-8")
    assert "  name: ZTE Corporation\n" in text
    orgs.write_text(text.replace("  name: ZTE Corporation\n", f"  name: '{HOSTILE}</script><b>ZTE'\n"), encoding="utf-8")
    return graph.build_dataset(target, analyse=False)


def test_hostile_text_never_reaches_the_page_as_markup(hostile_kg):
    m = make_map(hostile_kg, MapSpec(title=HOSTILE, focus="organisation:zte-corporation"))
    page = m.html
    assert HOSTILE not in page and "</script><b>" not in page
    assert html.escape(HOSTILE) in page  # the title, as text
    parser = Tags()
    parser.feed(page)
    assert not [t for t, a in parser.tags if t in ("img", "b")], "data made no element"
    data = embedded_data(page)
    assert any(label.startswith(HOSTILE) for label in data["nodes"]["label"]), "the label itself is kept, as data"


def test_focus_keeps_the_organisation_and_its_partners(kg):
    m = make_map(kg, focus="organisation:zte-corporation", depth=1)
    partners = ids(kg, """SELECT DISTINCT ?x WHERE { ?p dsr:party organisation:zte-corporation , ?x }""")
    assert {n["id"] for n in m.data["nodes"]} == partners | {"organisation:zte-corporation"}
    assert m.data["meta"]["focus"] == "organisation:zte-corporation"
    # a label finds the same node
    assert make_map(kg, focus="zte corporation").data["meta"]["focus"] == "organisation:zte-corporation"


def test_country_filter_keeps_partnerships_with_a_party_from_there(kg):
    m = make_map(kg, countries=("Pakistan",))
    expected = ids(kg, """SELECT DISTINCT ?x WHERE { ?x a dsr:Partnership ; dsr:party ?o .
                          ?o dsr:homeCountry/dsr:iso3166Code "PAK" }""")
    assert {p["id"] for p in m.data["partnerships"]} == expected
    parties = ids(kg, """SELECT DISTINCT ?x WHERE { ?p dsr:party ?o , ?x . ?o dsr:homeCountry/dsr:iso3166Code "PAK" }""")
    assert {n["id"] for n in m.data["nodes"]} == parties


def test_technology_filter_takes_narrower_areas_in(kg):
    m = make_map(kg, technologies=("connectivity",))
    expected = ids(kg, """SELECT DISTINCT ?x WHERE { ?x a dsr:Partnership ; dsr:technologyArea/skos:broader* ?top .
                          ?top skos:prefLabel "Connectivity"@en }""")
    assert expected and {p["id"] for p in m.data["partnerships"]} == expected
    cables = ids(kg, "SELECT DISTINCT ?x WHERE { ?x dsr:technologyArea tech:submarine-cable }")
    assert cables and cables <= expected  # submarine cable sits under fibre optics under connectivity


def test_years_keep_links_dated_within(kg):
    m = make_map(kg, years=(2015, 2016))
    for p_index in {i for e in m.data["edges"] for i in e["p"]}:
        assert 2015 <= m.data["partnerships"][p_index]["year"] <= 2016


def test_bad_requests_name_the_problem(kg):
    with pytest.raises(MapError, match="no country 'Atlantis'"):
        make_map(kg, countries=("Atlantis",))
    with pytest.raises(MapError, match="names .* nodes"):
        make_map(kg, focus="Telecom")  # part of many labels, and nobody's alias
    assert make_map(kg, focus="Huawei").data["meta"]["focus"] == "organisation:huawei-technologies"  # an alias
    with pytest.raises(MapError, match="no technology area|is no technology area"):
        make_map(kg, technologies=("teleportation",))
    with pytest.raises(MapError, match="unknown measure"):
        make_map(kg, size_by="fame")
    with pytest.raises(MapError, match="nothing to draw"):
        make_map(kg, years=(1800, 1801))


def test_above_the_cap_communities_become_super_nodes(kg):
    full = make_map(kg)
    m = make_map(kg, node_cap=12)
    assert len(m.data["nodes"]) <= 12
    assert "Aggregated" in m.data["meta"]["aggregated"] and "cap of 12" in m.data["meta"]["aggregated"]
    assert sum(n["memberCount"] for n in m.data["nodes"]) == len(full.data["nodes"])
    top = make_map(kg, node_cap=12, aggregate="top", size_by="degree")
    others = [n for n in top.data["nodes"] if n["id"] == "group:others"]
    assert len(top.data["nodes"]) == 12 and others and others[0]["memberCount"] == len(full.data["nodes"]) - 11
    # the 11 kept are the 11 of highest degree (ties broken by id)
    ranked = sorted(full.data["nodes"], key=lambda n: (-n["value"], n["id"]))[:11]
    assert {n["id"] for n in ranked} == {n["id"] for n in top.data["nodes"]} - {"group:others"}


def test_sizes_follow_the_chosen_measure(kg):
    m = make_map(kg, size_by="degree")
    degree = {n["id"]: n["value"] for n in m.data["nodes"]}
    links = {}
    for e in m.data["edges"]:
        links[e["from"]] = links.get(e["from"], 0) + 1
        links[e["to"]] = links.get(e["to"], 0) + 1
    assert degree == {k: links.get(k, 0) for k in degree}  # degree: the number of partners
    big = max(m.data["nodes"], key=lambda n: n["value"])
    small = min(m.data["nodes"], key=lambda n: n["value"])
    assert big["size"] > small["size"]


def test_same_input_same_bytes(kg):
    assert make_map(kg, seed=3).html == make_map(kg, seed=3).html


def test_jupyter_shows_the_map_inline(kg):
    m = make_map(kg, focus="organisation:zte-corporation")
    shown = m._repr_html_()
    assert shown.startswith("<iframe") and 'sandbox="allow-scripts' in shown
    srcdoc = re.search(r'srcdoc="(.*)"', shown, re.S).group(1)
    assert '"' not in srcdoc and html.unescape(srcdoc) == m.html


def test_dsr_map_writes_one_file(run, tmp_path, built):
    out, _ = built
    target = tmp_path / "zte.html"
    result = run("map", "--graph", out / "dsr.trig", "--focus", "organisation:zte-corporation", "--colour-by", "kind",
                 "--out", target)
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output and target.is_file()
    data = embedded_data(target.read_text(encoding="utf-8"))
    assert data["meta"]["colourBy"] == "kind" and data["meta"]["focus"] == "organisation:zte-corporation"
    bad = run("map", "--graph", out / "dsr.trig", "--country", "Atlantis", "--out", tmp_path / "no.html")
    assert bad.exit_code == 2 and "Atlantis" in bad.output and not (tmp_path / "no.html").exists()
    bad = run("map", "--graph", out / "dsr.trig", "--years", "2020-2010", "--out", tmp_path / "no.html")
    assert bad.exit_code == 2 and not (tmp_path / "no.html").exists()
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left behind"


def test_build_writes_the_gallery(built, kg):
    out, result = built
    index = out / "maps" / "index.html"
    assert index.is_file() and "maps/index.html" in result.output
    parser = Tags()
    parser.feed(index.read_text(encoding="utf-8"))
    links = [a["href"] for t, a in parser.tags if t == "a"]
    assert "overview.html" in links and "pakistan-china.html" in links
    assert any(h.startswith("technology-") for h in links) and any(h.startswith("ego-") for h in links)
    for href in links:
        assert (out / "maps" / href).is_file(), href
    # one map per technology family that some partnership covers
    families = select_set(kg, """SELECT DISTINCT ?x WHERE { ?p dsr:technologyArea/skos:broader* ?top .
                                 ?top skos:topConceptOf ?scheme ; skos:prefLabel ?x }""")
    assert len([h for h in links if h.startswith("technology-")]) == len(families)
    # the ego maps are of the five organisations of highest betweenness in the default analysis
    rows = kg.select("""SELECT ?org ?b WHERE { GRAPH ?g { ?org dsr:betweenness ?b } }""")
    top = sorted(((-float(r["b"].value), r["org"].value.rsplit("/", 1)[-1]) for r in rows))[:5]
    assert sorted(h for h in links if h.startswith("ego-")) == sorted(f"ego-{slug}.html" for _, slug in top)


def test_an_aggregated_map_keeps_what_its_details_panel_lists(kg):
    full = make_map(kg)
    m = make_map(kg, node_cap=3)
    by_id = {p["id"]: p for p in full.data["partnerships"]}
    listed = {m.data["partnerships"][i]["id"] for n in m.data["nodes"] for i, _ in n["p"][:200]}
    assert listed
    for p in m.data["partnerships"]:
        assert p["kinds"] == by_id[p["id"]]["kinds"] and p["year"] == by_id[p["id"]]["year"]  # the filters' needs
        if p["id"] in listed:
            assert p["sources"] == by_id[p["id"]]["sources"] and p["dates"] == by_id[p["id"]]["dates"]


def test_layout_spends_networkx_by_cost_smallest_components_first(monkeypatch):
    import networkx as nx

    from graph.maps import layout as L

    chosen = []
    real = L._component

    def spy(s, seed, use_networkx, weight):
        chosen.append((s.number_of_nodes(), use_networkx))
        return real(s, seed, use_networkx, weight)

    monkeypatch.setattr(L, "_component", spy)
    sizes = [3, 3, 120, 150, 180, 240, 5]
    g = nx.disjoint_union_all([nx.path_graph(n) for n in sizes])
    pos = L.layout(g, seed=7)
    assert len(pos) == sum(sizes)
    with_networkx = [n for n, used in chosen if used]
    assert sum(n * n for n in with_networkx) <= L.NETWORKX_BUDGET < sum(n * n for n in sizes)
    # the cheap islands always get networkx; what is left over goes to the biggest components
    assert {3, 5} <= set(with_networkx) and 240 not in with_networkx
    small = nx.disjoint_union_all([nx.path_graph(n) for n in (3, 40, 60)])
    chosen.clear()
    L.layout(small, seed=7)
    assert all(used for _, used in chosen)


def test_a_components_shape_is_laid_out_once_and_placed_as_if_it_were_laid_out_anew(monkeypatch):
    """Components of the same shape (size, links in node order, weights) share one computed layout,
    whatever their nodes are called; the positions must be those a fresh computation gives."""
    import networkx as nx

    from graph.maps import layout as L

    def islands(prefix):
        g = nx.Graph()
        for i in range(6):  # six triangles of one shape, two stars of another, one weighted pair
            g.add_edges_from([(f"{prefix}t{i}a", f"{prefix}t{i}b"), (f"{prefix}t{i}b", f"{prefix}t{i}c"),
                              (f"{prefix}t{i}c", f"{prefix}t{i}a")], weight=1)
        for i in range(2):
            g.add_edges_from([(f"{prefix}s{i}", f"{prefix}s{i}x{j}") for j in range(4)], weight=1)
        g.add_edge(f"{prefix}p", f"{prefix}q", weight=3)
        return g

    monkeypatch.setattr(L, "_SHAPES", {})
    computed = []
    real = L._lay_out
    monkeypatch.setattr(L, "_lay_out", lambda *a: computed.append(a[0].number_of_nodes()) or real(*a))
    first = L.layout(islands("a"), seed=11)
    assert sorted(computed) == [2, 3, 5]  # one triangle, one star, one pair: the rest from the cache
    renamed = L.layout(islands("b"), seed=11)
    assert sorted(computed) == [2, 3, 5]  # another graph of the same shapes: nothing computed again
    assert list(renamed.values()) == list(first.values())
    monkeypatch.setattr(L, "_SHAPES", {})
    monkeypatch.setattr(L, "SHAPE_CACHE_SIZE", 0)  # nothing kept: every component laid out anew
    assert L.layout(islands("a"), seed=11) == first
    assert len(computed) == 3 + 9
