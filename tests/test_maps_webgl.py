"""The WebGL map (sigma.js + graphology) in a real browser: Debian's Chromium, headless, pages from file://.

Expected answers come from SPARQL over the built graph, or from the map's payload for what the
page must show of it; what the page drew is read back from sigma (its graph and display data).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import subprocess
import sys
from importlib.resources import files

import pytest

import graph
from graph.maps import MapSpec, make_map
from graph.store.project import node_id

from test_maps_browser import HOSTILE, Page, _neighbours, _svg_figure, browser, parties_of  # noqa: F401

pytestmark = pytest.mark.browser
maps_render = importlib.import_module("graph.maps.render")  # the module; graph.maps.render is also a function

# the first WebGL frame's pixels, read in the same task as sigma drew them (a WebGL canvas is
# cleared once composited): how many of the node layer's pixels are not transparent
PAINTED = """() => new Promise(resolve => {
  const s = dsrMap.network, gl = s.webGLContexts.nodes;
  s.once("afterRender", () => {
    const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight, px = new Uint8Array(w * h * 4);
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
    let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
    resolve(n);
  });
  s.refresh();
})"""


@pytest.fixture(scope="module")
def webgl_map(tmp_path_factory, kg):
    path = tmp_path_factory.mktemp("webgl") / "overview-webgl.html"
    m = make_map(kg, renderer="webgl")
    assert m.renderer == "webgl"
    m.save(path)
    return path


@pytest.fixture
def page(browser, webgl_map):
    p = Page(browser, webgl_map)
    yield p
    p.close()


def test_opens_from_file_draws_every_node_with_webgl_and_fetches_nothing(page, kg):
    parties = parties_of(kg, "")
    assert page.page.evaluate("dsrMap.renderer") == "webgl"
    assert page.page.evaluate("document.querySelector('meta[name=generator]').content").endswith(
        "(sigma 3.0.3, graphology 0.26.0)")
    # sigma's graph holds every node and link of the payload, and the payload every party
    order, size = page.page.evaluate("[dsrMap.network.getGraph().order, dsrMap.network.getGraph().size]")
    payload = set(page.page.evaluate("dsrMap.data.nodes.map(function (n) { return n.id; })"))
    assert payload == parties and order == len(parties)
    assert size == page.page.evaluate("dsrMap.data.edges.length") > 0
    assert page.visible() == parties  # read back from sigma's display data: none hidden
    assert page.page.evaluate("document.querySelectorAll('#network canvas').length") >= 3  # sigma's layers
    assert page.page.evaluate(PAINTED) > 500  # the nodes were drawn
    assert page.requests == [page.url], "the map made no request but for itself"
    assert page.errors == [] and page.dialogs == []
    assert f"Showing {len(parties)} of {len(parties)} nodes" in page.counts()
    assert page.page.locator("#physics").is_hidden()  # the positions computed ahead are kept


def test_search_centres_on_the_node_dims_the_rest_and_escape_restores(page, kg):
    org, me = "zte-corporation", "organisation:zte-corporation"
    box = page.page.locator("#search")
    box.fill("ZTE Corporation")
    box.press("Enter")
    assert page.page.evaluate("dsrMap.selected()") == [me] and page.page.evaluate("dsrMap.focused()") == me
    assert page.page.evaluate("location.hash") == f"#org={org}"
    centre, at = page.page.evaluate("dsrMap.centre()"), page.page.evaluate(f"dsrMap.position({me!r})")
    assert abs(centre["x"] - at["x"]) < 1 and abs(centre["y"] - at["y"]) < 1
    screen = page.page.evaluate(f"dsrMap.toScreen({me!r})")  # and sigma drew it in the middle of the map
    width, height = page.page.evaluate("[document.getElementById('network').clientWidth, "
                                       "document.getElementById('network').clientHeight]")
    assert abs(screen["x"] - width / 2) < 1 and abs(screen["y"] - height / 2) < 1
    near = _neighbours(kg, org)
    dimmed = set(page.page.evaluate("dsrMap.dimmed()"))  # sigma's display colours
    everyone = set(page.page.evaluate("dsrMap.data.nodes.map(function (n) { return n.id; })"))
    assert near and dimmed == everyone - near - {me}
    assert me in page.page.evaluate("dsrMap.labelled()")
    assert page.page.locator("#details h3").inner_text() == "ZTE Corporation"
    page.page.keyboard.press("Escape")
    assert page.page.evaluate("dsrMap.dimmed()") == [] and page.page.evaluate("dsrMap.focused()") is None
    assert page.page.evaluate("location.hash") == "" and page.page.evaluate("dsrMap.selected()") == []


def test_a_linked_view_opens_focused(browser, webgl_map):
    p = Page(browser, webgl_map, "#org=zte-corporation")
    try:
        assert p.page.evaluate("dsrMap.focused()") == "organisation:zte-corporation"
        assert p.page.evaluate("dsrMap.dimmed()")
    finally:
        p.close()


def test_a_click_on_a_node_opens_its_details_with_sources_as_links(page, kg):
    me = "organisation:zte-corporation"
    page.page.evaluate(f"dsrMap.network.getCamera().setState({{x: dsrMap.network.getNodeDisplayData({me!r}).x, "
                       f"y: dsrMap.network.getNodeDisplayData({me!r}).y, ratio: 0.2, angle: 0}})")
    # let sigma draw the new view (two frames) before clicking where the node now is
    page.page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    at = page.page.evaluate(f"dsrMap.toScreen({me!r})")
    box = page.page.locator("#network").bounding_box()
    page.page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
    page.page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    page.page.locator("#details h3").wait_for(timeout=10_000)
    assert page.page.locator("#details h3").inner_text() == "ZTE Corporation"
    expected = {r["p"].value for r in kg.select("SELECT DISTINCT ?p WHERE { ?p dsr:party organisation:zte-corporation }")}
    assert page.page.locator("#details li").count() == len(expected)
    links = set(page.page.eval_on_selector_all("#details a", "as => as.map(a => a.href)"))
    pages = {r["u"].value for r in kg.select("""SELECT DISTINCT ?u WHERE { ?p dsr:party organisation:zte-corporation ;
                                             dcterms:source ?s . ?s foaf:page ?u }""")}
    assert links and links == {u for u in pages if u.startswith("http")}


def test_filters_hide_what_they_should_in_sigma(page, kg):
    page.page.locator("input[name=kind][value='Company']").uncheck()
    companies = {node_id(r["x"]) for r in kg.select("SELECT ?x WHERE { ?x a dsr:Company }")}
    assert page.visible() == parties_of(kg, "") - companies
    hidden_edges = page.page.evaluate("""dsrMap.network.getGraph().edges().filter(function (e) {
        return dsrMap.network.getEdgeDisplayData(e).hidden; }).length""")
    touching = page.page.evaluate("""dsrMap.data.edges.filter(function (e) {
        return dsrMap.visibleNodeIds().indexOf(e.from) < 0 || dsrMap.visibleNodeIds().indexOf(e.to) < 0; }).length""")
    assert hidden_edges == touching > 0
    page.page.locator("#reset").click()
    page.page.locator("#filter-area").select_option(["tech:5g"])
    assert page.visible() == parties_of(kg, "?p dsr:technologyArea tech:5g .")


def test_the_year_slider_and_play(page, kg):
    rows = kg.select("""SELECT ?p (MIN(SUBSTR(STR(?d), 1, 4)) AS ?y) WHERE { ?p a dsr:Partnership ; dsr:date ?d } GROUP BY ?p""")
    upto = {r["p"].value for r in rows if int(r["y"].value) <= 2016}
    page.page.locator("#year-undated").uncheck()
    page.page.locator("#year-to").fill("2016")
    expected = {node_id(r["x"]) for r in kg.select("SELECT DISTINCT ?p ?x WHERE { ?p dsr:party ?x }") if r["p"].value in upto}
    assert page.visible() == expected and page.page.evaluate("dsrMap.asOf()") == 2016
    page.page.evaluate("dsrMap.state.playDelay = 20")
    page.page.locator("#play").click()
    page.page.wait_for_timeout(200)
    for _ in range(100):
        if not page.page.evaluate("dsrMap.state.playing"):
            break
        page.page.wait_for_timeout(50)
    log = page.page.evaluate("dsrMap.state.playLog")
    assert log and log[0][0] == 2017 and [n for _, n, _ in log] == sorted(n for _, n, _ in log)


def test_labels_neither_overlap_nor_are_cut(page):
    labelled = page.page.evaluate("dsrMap.labelled()")
    boxes = [page.page.evaluate(f"dsrMap.labelBox({i!r})") for i in labelled]
    width, height = page.page.evaluate("[document.getElementById('network').clientWidth, "
                                       "document.getElementById('network').clientHeight]")
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        assert 0 <= a["left"] and a["right"] <= width and 0 <= a["top"] and a["bottom"] <= height
        for b in boxes[i + 1:]:
            assert not (a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"])
    # sigma draws exactly those labels
    drawn = page.page.evaluate("Array.from(dsrMap.network.getNodeDisplayedLabels()).sort()")
    assert drawn == labelled
    top = page.page.evaluate("""dsrMap.data.nodes.slice().sort(function (a, b) {
        return (b.value || 0) - (a.value || 0) || (a.id < b.id ? -1 : 1); })[0].id""")
    assert top in labelled


def test_the_svg_figure_draws_the_visible_nodes(page):
    root = _svg_figure(page.page)
    circles = [e for e in root.iter("{http://www.w3.org/2000/svg}circle")]
    legend = page.page.locator("#legend-colours li").count()
    assert len(circles) == len(page.visible()) + legend


def test_hostile_text_stays_inert(browser, tmp_path):
    from graph.resources import data_dir
    import shutil

    data = tmp_path / "data"
    shutil.copytree(str(data_dir()), data)
    orgs = data / "organisations.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8").replace("  name: ZTE Corporation\n", f"  name: '{HOSTILE} href'\n"),
                    encoding="utf-8")
    kg = graph.build_dataset(data, analyse=False)
    path = tmp_path / "hostile.html"
    make_map(kg, MapSpec(title=HOSTILE, renderer="webgl")).save(path)
    p = Page(browser, path)
    try:
        box = p.page.locator("#search")
        box.fill(HOSTILE)
        box.press("Enter")
        me = "organisation:zte-corporation"
        assert p.page.evaluate("dsrMap.selected()") == [me]
        assert p.page.locator("#details h3").inner_text() == f"{HOSTILE} href"
        at = p.page.evaluate(f"dsrMap.toScreen({me!r})")
        net = p.page.locator("#network").bounding_box()
        p.page.mouse.move(net["x"] + at["x"], net["y"] + at["y"])  # its tooltip: DOM text too
        p.page.locator(".sigma-tip").wait_for()
        assert HOSTILE in p.page.locator(".sigma-tip").inner_text()
        assert p.page.locator("img").count() == 0 and p.page.locator("#title").inner_text() == HOSTILE
        assert p.page.evaluate("window.__pwned") is None
        assert p.dialogs == [] and p.requests == [p.url] and p.errors == []
    finally:
        p.close()


def test_auto_picks_webgl_above_the_threshold_and_canvas_below(kg, monkeypatch):
    n = len(make_map(kg, renderer="canvas").data["nodes"])
    monkeypatch.setattr(maps_render, "WEBGL_THRESHOLD", n - 1)
    big = make_map(kg)
    assert big.renderer == "webgl" and "DsrSigma" in big.html and "new vis.Network(" not in big.html
    monkeypatch.setattr(maps_render, "WEBGL_THRESHOLD", n)
    small = make_map(kg)
    assert small.renderer == "canvas" and "new vis.Network(" in small.html and "DsrSigma" not in small.html
    assert make_map(kg, renderer="webgl").renderer == "webgl"  # forced either way
    monkeypatch.setattr(maps_render, "WEBGL_THRESHOLD", 1)
    assert make_map(kg, renderer="canvas").renderer == "canvas"
    with pytest.raises(graph.maps.MapError):
        make_map(kg, renderer="svg")


def test_same_input_same_bytes_whatever_the_hash_seed(built, kg):
    out, _ = built
    mine = hashlib.sha256(make_map(kg, renderer="webgl", seed=3).html.encode()).hexdigest()
    code = ("import hashlib, sys, graph; from graph.maps import make_map; "
            "m = make_map(graph.load(sys.argv[1]), renderer='webgl', seed=3); "
            "print(hashlib.sha256(m.html.encode()).hexdigest())")
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", code, str(out / "dsr.trig")], env=env, capture_output=True,
                              text=True, check=True)
        assert done.stdout.strip() == mine


def test_the_vendored_sigma_bundle_is_the_recorded_one():
    raw = files("graph.maps").joinpath("vendor", "sigma-graphology.min.js").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == maps_render.SIGMA_SHA256
    readme = files("graph.maps").joinpath("vendor", "README.md").read_text(encoding="utf-8")
    assert maps_render.SIGMA_SHA256 in readme and "sigma@3.0.3" in readme and "graphology@0.26.0" in readme
    for licence in ("LICENSE-sigma.txt", "LICENSE-graphology.txt"):
        assert "Permission is hereby granted" in files("graph.maps").joinpath("vendor", licence).read_text(encoding="utf-8")
    third = files("graph.maps").joinpath("vendor", "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    for package in ("sigma 3.0.3", "graphology 0.26.0", "graphology-utils 2.5.2", "events 3.3.0"):
        assert package in third
    text = raw.decode()
    assert "</script" not in text.lower() and "<!--" not in text
    for reach_out in ("fetch(", "XMLHttpRequest", 'import("', "import('", "http://", "https://"):
        assert reach_out not in text
