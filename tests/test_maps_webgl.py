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
maps_payload = importlib.import_module("graph.maps.payload")

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


def _click_node(page, me: str, ratio: float) -> None:
    """Zoom onto node ``me``, let sigma draw the new view (two frames), hover and click where the node
    now is, and wait for its details."""
    frames = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
    page.page.evaluate(f"dsrMap.network.getCamera().setState({{x: dsrMap.network.getNodeDisplayData({me!r}).x, "
                       f"y: dsrMap.network.getNodeDisplayData({me!r}).y, ratio: {ratio}, angle: 0}})")
    page.page.evaluate(frames)
    at = page.page.evaluate(f"dsrMap.toScreen({me!r})")
    box = page.page.locator("#network").bounding_box()
    page.page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
    page.page.evaluate(frames)
    page.page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    page.page.locator("#details h3").wait_for(timeout=10_000)


def test_a_click_on_a_node_opens_its_details_with_sources_as_links(page, kg):
    _click_node(page, "organisation:zte-corporation", 0.2)
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


# The label layer's pixels: for each labelled node, how many inked pixels lie in its label's box
# (2 px of slack for glyphs), and how many inked pixels lie in no box at all.
LABEL_INK = """() => {
  const c = document.querySelector('#network canvas.dsr-labels'), r = c.width / c.clientWidth;
  const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const ids = dsrMap.labelled(), boxes = ids.map(id => dsrMap.labelBox(id)), inked = ids.map(() => 0);
  let outside = 0;
  for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) {
    if (px[(y * c.width + x) * 4 + 3] === 0) continue;
    const sx = x / r, sy = y / r;
    const k = boxes.findIndex(b => sx >= b.left - 2 && sx <= b.right + 2 && sy >= b.top - 2 && sy <= b.bottom + 2);
    if (k < 0) outside++; else inked[k]++;
  }
  return {outside: outside, blank: ids.filter((id, k) => inked[k] === 0)};
}"""


def _labels_hold(page) -> list[str]:
    """The labels on screen neither overlap nor are cut, and the label layer draws exactly them; returns them."""
    labelled = page.evaluate("dsrMap.labelled()")
    boxes = [page.evaluate(f"dsrMap.labelBox({i!r})") for i in labelled]
    width, height = page.evaluate("[document.getElementById('network').clientWidth, "
                                  "document.getElementById('network').clientHeight]")
    for i, a in enumerate(boxes):
        assert 0 <= a["left"] and a["right"] <= width and 0 <= a["top"] and a["bottom"] <= height
        for b in boxes[i + 1:]:
            assert not (a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"])
    assert page.evaluate("dsrMap.drawnLabels()") == labelled
    ink = page.evaluate(LABEL_INK)  # every label written inside its box, and nothing else written
    assert ink == {"outside": 0, "blank": []}
    return labelled


def test_labels_neither_overlap_nor_are_cut(page):
    labelled = _labels_hold(page.page)
    assert len(labelled) >= 5
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


# ---- a big map: data read when first needed, labels for the nodes on screen ---------------------

@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A synthetic graph's co-partnership map of ~2,200 nodes (WebGL, chosen by size), its data and its graph."""
    from graph.sources.synth import synthesize
    from graph.store import KnowledgeGraph

    kg = KnowledgeGraph.from_quads(synthesize(3000, 7), "synth 3000")
    m = make_map(kg, node_cap=100_000)
    assert m.renderer == "webgl" and len(m.data["partnerships"]) > 2 * maps_payload.CHUNK  # several blocks of them
    path = tmp_path_factory.mktemp("big") / "big.html"
    m.save(path)
    return path, m.data, kg


def _settle(page, placed_before: int) -> None:
    """Wait until the labels have been placed again after a zoom, and the camera rests."""
    for _ in range(200):
        if page.evaluate("dsrMap.state.placed") > placed_before:
            break
        page.wait_for_timeout(25)
    page.wait_for_timeout(300)  # the wheel's zoom animates; the labels follow once it rests
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def test_a_big_maps_details_read_the_partnerships_and_sources_of_that_node_only(browser, big):
    path, data, kg = big
    p = Page(browser, path)
    try:
        assert p.page.evaluate("dsrMap.blocksRead()") == []  # nothing but the drawing's data before the first click
        # the most important node whose partnerships (a dozen or so) are all listed
        top = next(n for n in sorted(data["nodes"], key=lambda n: (-n["value"], n["id"])) if 5 <= len(n["p"]) <= 30)
        me = top["id"]
        _click_node(p, me, 0.05)
        assert p.page.locator("#details h3").inner_text() == top["label"]
        # the partnerships and their sources' pages, by SPARQL over the graph
        parties = kg.select("SELECT DISTINCT ?x ?p WHERE { ?p dsr:party ?x }")
        assert p.page.locator("#details > ul > li").count() == len({r["p"] for r in parties if node_id(r["x"]) == me})
        pages = kg.select("SELECT ?x ?u WHERE { ?p dsr:party ?x ; dcterms:source ?s . ?s foaf:page ?u }")
        links = set(p.page.eval_on_selector_all("#details a", "as => as.map(a => a.href)"))
        assert links and links == {r["u"].value for r in pages if node_id(r["x"]) == me}
        # read on demand: the partnerships' filter block and the chunks this node's details are in, no other
        sources = sorted({s for q in data["partnerships"] for s in q["sources"]})
        chunks = {f"dsr-p-{i // maps_payload.CHUNK}" for i, _ in top["p"]}
        chunks |= {f"dsr-s-{sources.index(s) // maps_payload.CHUNK}" for i, _ in top["p"]
                   for s in data["partnerships"][i]["sources"]}
        read = p.page.evaluate("dsrMap.blocksRead()")
        assert read[0] == "dsr-filter" and set(read[1:]) == chunks and len(read) == len(chunks) + 1
        assert p.requests == [p.url] and p.errors == []
    finally:
        p.close()


def test_a_big_maps_labels_are_for_nodes_on_screen_by_importance_and_follow_a_zoom(browser, big):
    path, data, _ = big
    p = Page(browser, path)
    try:
        ranked = [n["id"] for n in sorted(data["nodes"], key=lambda n: (-n["value"], n["id"]))]
        before = set(_labels_hold(p.page))
        box = p.page.locator("#network").bounding_box()
        p.page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.6)
        placed = p.page.evaluate("dsrMap.state.placed")
        for _ in range(5):  # the mouse wheel, as a user zooms in
            p.page.mouse.wheel(0, -400)
            p.page.wait_for_timeout(50)
        _settle(p.page, placed)
        after = _labels_hold(p.page)
        assert after and set(after) - before, "the zoom brought labels for nodes that had none"
        width, height = box["width"], box["height"]
        on_screen = set()
        for node in ranked:
            at = p.page.evaluate(f"dsrMap.toScreen({node!r})")
            if 0 <= at["x"] <= width and 0 <= at["y"] <= height:
                on_screen.add(node)
        assert set(after) <= on_screen and len(on_screen) < len(ranked)  # zoomed in: some nodes are off screen
        # the most important node on the screen whose label fits there is labelled
        for node in ranked:
            b = p.page.evaluate(f"dsrMap.labelBox({node!r})")
            if node in on_screen and b["left"] >= 0 and b["top"] >= 0 and b["right"] <= width and b["bottom"] <= height:
                assert node in after
                break
        assert p.errors == []
    finally:
        p.close()


def test_a_big_maps_search_suggests_as_one_types(browser, big):
    path, data, _ = big
    p = Page(browser, path)
    try:
        assert p.page.locator("#labels option").count() == 0  # no list made before the box is used
        box = p.page.locator("#search")
        box.click()
        box.press_sequentially("cable 0")
        offered = p.page.eval_on_selector_all("#labels option", "os => os.map(o => o.value)")
        containing = {n["label"] for n in data["nodes"] if "cable 0" in n["label"].lower()}
        assert offered and len(offered) <= 100 and set(offered) <= containing
        best = max((n for n in data["nodes"] if n["label"] in containing), key=lambda n: (n["value"], [-ord(c) for c in n["id"]]))
        assert offered[0] == best["label"]  # the most important first
        box.press("Enter")
        assert p.page.evaluate("dsrMap.focused()") == best["id"]
        assert p.page.locator("#details h3").inner_text() == best["label"]
    finally:
        p.close()
