"""The maps in a real browser: Debian's Chromium, headless, driven by Playwright, pages opened from file://.

Expected answers come from SPARQL over the graph (or from the map's own data for what the page
must show of it), never from the page itself. Screenshots go to test-artefacts/ (kept by CI,
ignored by git).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import require_command

import graph
from graph.maps import MapSpec, make_map
from graph.store.project import node_id

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=window.__pwned=1>"
ARTEFACTS = Path(__file__).resolve().parents[1] / "test-artefacts"


def wait_ready(page, timeout: float = 30.0) -> None:
    """Wait until the map has drawn. Polled from outside the page: its Content-Security-Policy
    forbids eval, which Playwright's wait_for_function would need."""
    deadline = time.monotonic() + timeout
    while not page.evaluate("Boolean(window.dsrMap && window.dsrMap.state.ready)"):
        if time.monotonic() > deadline:
            raise AssertionError(f"the map did not draw within {timeout} s")
        time.sleep(0.02)


def chromium_path() -> str:
    return require_command(("chromium", "chromium-browser"), "the browser tests drive Debian's headless Chromium",
                           "apt-get install chromium")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Page:
    """A map opened from file://, with every request, console error and dialog it causes recorded."""

    def __init__(self, browser, path: Path, fragment: str = ""):
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        # anything but the page itself is refused (and recorded above), so a test never reaches out
        self.context.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.page.goto(self.url + fragment)
        wait_ready(self.page)

    def visible(self) -> set[str]:
        return set(self.page.evaluate("dsrMap.visibleNodeIds()"))

    def counts(self) -> str:
        return self.page.locator("#counts").inner_text()

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def overview(tmp_path_factory, kg):
    path = tmp_path_factory.mktemp("maps") / "overview.html"
    make_map(kg).save(path)
    return path


@pytest.fixture
def page(browser, overview):
    p = Page(browser, overview)
    yield p
    p.close()


def parties_of(kg, where: str) -> set[str]:
    return {node_id(r["x"]) for r in kg.select(f"SELECT DISTINCT ?x WHERE {{ ?p dsr:party ?x . {where} }}")}


def test_opens_from_file_draws_every_node_and_fetches_nothing(page, kg):
    parties = parties_of(kg, "")
    assert page.visible() == parties
    drawn = page.page.evaluate("Object.keys(dsrMap.network.getPositions()).length")
    assert drawn == len(parties)
    assert page.requests == [page.url], "the map made no request but for itself"
    assert page.errors == [] and page.dialogs == []
    assert f"Showing {len(parties)} of {len(parties)} nodes" in page.counts()
    # the canvas has been painted: some pixels are not white
    painted = page.page.evaluate("""(() => { const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 200) n++; return n; })()""")
    assert painted > 100
    ARTEFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTEFACTS / "map-overview.png"))


def test_search_focuses_the_right_node(page):
    box = page.page.locator("#search")
    box.fill("ZTE Corporation")
    box.press("Enter")
    assert page.page.evaluate("dsrMap.selected()") == ["organisation:zte-corporation"]
    assert page.page.locator("#details h3").inner_text() == "ZTE Corporation"
    # suggestions: the datalist offers the labels
    assert page.page.locator("#labels option[value='ZTE Corporation']").count() == 1
    box.fill("no such organisation anywhere")
    box.press("Enter")
    assert "No node matches" in page.page.locator("#search-status").inner_text()


def _neighbours(kg, org: str) -> set[str]:
    """The organisations that share a partnership with ``org`` (by SPARQL, not from the page)."""
    rows = kg.select(f"SELECT DISTINCT ?x WHERE {{ ?p dsr:party <https://w3id.org/dsr/id/org/{org}> , ?x }}")
    return {node_id(r["x"]) for r in rows} - {f"organisation:{org}"}


def _focus_holds(page, kg, org: str) -> None:
    me = f"organisation:{org}"
    assert page.page.evaluate("dsrMap.selected()") == [me] and page.page.evaluate("dsrMap.focused()") == me
    assert page.page.evaluate("location.hash") == f"#org={org}"
    centre, at = page.page.evaluate("dsrMap.centre()"), page.page.evaluate(f"dsrMap.position({me!r})")
    assert abs(centre["x"] - at["x"]) < 1 and abs(centre["y"] - at["y"]) < 1  # centred on it
    dimmed = set(page.page.evaluate("dsrMap.dimmed()"))
    everyone = set(page.page.evaluate("dsrMap.data.nodes.map(function (n) { return n.id; })"))
    near = _neighbours(kg, org)
    assert near and not (near | {me}) & dimmed  # the neighbourhood keeps its colours
    assert dimmed == everyone - near - {me}  # the rest is dimmed
    assert page.page.locator("#details h3").inner_text() == page.page.evaluate(
        f"dsrMap.data.nodes.filter(function (n) {{ return n.id === {me!r}; }})[0].label")


def test_a_linked_view_opens_focused_and_escape_restores(browser, overview, kg):
    p = Page(browser, overview, "#org=zte-corporation")
    try:
        _focus_holds(p, kg, "zte-corporation")
        ARTEFACTS.mkdir(exist_ok=True)
        p.page.screenshot(path=str(ARTEFACTS / "map-focus.png"))
        p.page.keyboard.press("Escape")
        assert p.page.evaluate("dsrMap.dimmed()") == [] and p.page.evaluate("dsrMap.selected()") == []
        assert p.page.evaluate("dsrMap.focused()") is None and p.page.evaluate("location.hash") == ""
        assert "Click a node" in p.page.locator("#details").inner_text()
        # searching focuses the same way, and the address follows so the view can be linked
        box = p.page.locator("#search")
        box.fill(p.page.evaluate("dsrMap.data.nodes.filter(function (n) { return n.id === 'organisation:huawei-technologies'; })[0].label"))
        box.press("Enter")
        _focus_holds(p, kg, "huawei-technologies")
        # a click on the background (no node, no link there) restores the map too
        box = p.page.locator("#network").bounding_box()
        spot = next((x, y) for x in range(5, int(box["width"]), 23) for y in range(5, int(box["height"]), 19)
                    if p.page.evaluate(f"dsrMap.network.getNodeAt({{x: {x}, y: {y}}}) === undefined && "
                                       f"dsrMap.network.getEdgeAt({{x: {x}, y: {y}}}) === undefined"))
        p.page.mouse.click(box["x"] + spot[0], box["y"] + spot[1])
        assert p.page.evaluate("dsrMap.focused()") is None and p.page.evaluate("dsrMap.dimmed()") == []
        box = p.page.locator("#search")
        box.fill(p.page.evaluate("dsrMap.data.nodes.filter(function (n) { return n.id === 'organisation:huawei-technologies'; })[0].label"))
        box.press("Enter")
        # a fragment typed into the address moves the focus; one naming nothing changes nothing
        p.page.evaluate("location.hash = '#org=zte-corporation'")
        deadline = time.monotonic() + 10
        while p.page.evaluate("dsrMap.focused()") != "organisation:zte-corporation" and time.monotonic() < deadline:
            time.sleep(0.05)
        _focus_holds(p, kg, "zte-corporation")
        assert p.requests == [p.url] and p.errors == []
    finally:
        p.close()
    hostile = Page(browser, overview, "#org=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E")
    try:  # a fragment naming no node (here, markup) is ignored: no focus, nothing run
        assert hostile.page.evaluate("dsrMap.focused()") is None and hostile.page.evaluate("dsrMap.dimmed()") == []
        assert hostile.page.evaluate("window.__pwned === undefined") and hostile.errors == []
    finally:
        hostile.close()


def test_details_list_partnerships_roles_dates_and_sources_as_links(page, kg):
    # click ZTE where the browser drew it
    page.page.evaluate("dsrMap.network.moveTo({position: dsrMap.network.getPositions(['organisation:zte-corporation'])"
                       "['organisation:zte-corporation'], scale: 1.5, animation: false})")
    box = page.page.locator("#network canvas").bounding_box()
    page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.page.locator("#details h3").wait_for()
    assert page.page.locator("#details h3").inner_text() == "ZTE Corporation"
    expected = {r["p"].value for r in kg.select("SELECT DISTINCT ?p WHERE { ?p dsr:party organisation:zte-corporation }")}
    items = page.page.locator("#details li")
    assert items.count() == len(expected)
    links = set(page.page.eval_on_selector_all("#details a", "as => as.map(a => a.href)"))
    pages = {r["u"].value for r in kg.select("""SELECT DISTINCT ?u WHERE { ?p dsr:party organisation:zte-corporation ;
                                             dcterms:source ?s . ?s foaf:page ?u }""")}
    assert links and links <= pages and len(links) == len({u for u in pages if u.startswith("http")})
    assert "role:" in page.page.locator("#details").inner_text()


def _uncheck_all_but(page, name, keep):
    for box in page.page.locator(f"input[name={name}]").all():
        if box.get_attribute("value") not in keep:
            box.uncheck()


def test_kind_filter_hides_companies(page, kg):
    page.page.locator("input[name=kind][value='Company']").uncheck()
    companies = {node_id(r["x"]) for r in kg.select("SELECT ?x WHERE { ?x a dsr:Company }")}
    assert page.visible() == parties_of(kg, "") - companies
    page.page.locator("#reset").click()
    assert page.visible() == parties_of(kg, "")


def test_agreement_kind_filter(page, kg):
    _uncheck_all_but(page, "agreement", {"Memorandum of understanding"})
    assert page.visible() == parties_of(kg, "?p a dsr:MoU .")


def test_category_filter(page, kg):
    _uncheck_all_but(page, "category", {"G2G"})
    assert page.visible() == parties_of(kg, "{ ?p dsr:category dsr:G2G } UNION { ?p dsr:categoryCount/dsr:category dsr:G2G }")


def test_country_filter(page, kg):
    page.page.locator("#filter-country").select_option(["PAK"])
    assert page.visible() == {node_id(r["x"]) for r in kg.select(
        "SELECT DISTINCT ?x WHERE { ?p dsr:party ?x . ?x dsr:homeCountry/dsr:iso3166Code 'PAK' }")}


def test_technology_filter(page, kg):
    page.page.locator("#filter-area").select_option(["tech:5g"])
    assert page.visible() == parties_of(kg, "?p dsr:technologyArea tech:5g .")


def test_year_slider(page, kg):
    rows = kg.select("""SELECT ?p (MIN(SUBSTR(STR(?d), 1, 4)) AS ?y) WHERE { ?p a dsr:Partnership ; dsr:date ?d } GROUP BY ?p""")
    in_range = {r["p"].value for r in rows if 2015 <= int(r["y"].value) <= 2017}
    page.page.locator("#year-undated").uncheck()
    for sel, value in (("#year-from", "2015"), ("#year-to", "2017")):
        page.page.locator(sel).fill(value)
    expected = {node_id(r["x"]) for r in kg.select("SELECT DISTINCT ?p ?x WHERE { ?p dsr:party ?x }")
                if r["p"].value in in_range}
    assert page.visible() == expected
    assert "2015" in page.page.locator("#year-from-value").inner_text()


def _as_of(kg) -> dict[int, set[str]]:
    """Year → the parties of partnerships dated up to that year (by SPARQL, not from the page)."""
    rows = kg.select("""SELECT ?p (MIN(SUBSTR(STR(?d), 1, 4)) AS ?y) WHERE { ?p a dsr:Partnership ; dsr:date ?d } GROUP BY ?p""")
    first = {r["p"].value: int(r["y"].value) for r in rows}
    parties = [(r["p"].value, node_id(r["x"])) for r in kg.select("SELECT DISTINCT ?p ?x WHERE { ?p dsr:party ?x }")]
    return {y: {x for p, x in parties if p in first and first[p] <= y} for y in range(min(first.values()), max(first.values()) + 1)}


def test_play_grows_the_network_year_by_year_and_the_address_keeps_the_year(browser, overview, kg):
    as_of = _as_of(kg)
    p = Page(browser, overview)
    try:
        p.page.evaluate("dsrMap.state.playDelay = 40")
        p.page.locator("#play").click()
        deadline = time.monotonic() + 60
        while p.page.evaluate("dsrMap.state.playing") and time.monotonic() < deadline:
            time.sleep(0.05)
        log = p.page.evaluate("dsrMap.state.playLog")
        years = [row[0] for row in log]
        assert years == list(range(min(as_of), max(as_of) + 1))  # every year, in order
        assert [row[1] for row in log] == [len(as_of[y]) for y in years]  # as of each year
        assert p.visible() == as_of[max(as_of)]
        # a second click pauses: the years stop where they stand
        p.page.evaluate("dsrMap.state.playDelay = 5000")
        p.page.locator("#play").click()
        assert p.page.evaluate("dsrMap.state.playing") and p.page.locator("#play").inner_text() == "Pause"
        p.page.locator("#play").click()
        assert not p.page.evaluate("dsrMap.state.playing") and p.page.evaluate("dsrMap.state.playLog.length") == 1
        assert p.page.locator("#play").inner_text() == "Play the years" and p.visible() == as_of[min(as_of)]
        # a view "as of" a year is in the address, and a link to it opens so
        p.page.locator("#year-to").fill("2016")
        assert p.page.evaluate("location.hash") == "#year=2016" and p.visible() == as_of[2016]
        assert p.requests == [p.url] and p.errors == []
    finally:
        p.close()
    linked = Page(browser, overview, "#org=zte-corporation&year=2012")
    try:
        assert linked.visible() == as_of[2012]
        assert linked.page.evaluate("dsrMap.focused()") == "organisation:zte-corporation"
        assert linked.page.evaluate("location.hash") == "#org=zte-corporation&year=2012"
        assert linked.page.locator("#year-to-value").inner_text() == "2012"
    finally:
        linked.close()


def test_buttons_physics_fit_and_png(page):
    physics = page.page.locator("#physics")
    physics.click()
    assert physics.inner_text() == "Physics: on"
    physics.click()
    assert physics.inner_text() == "Physics: off"
    page.page.locator("#fit").click()
    with page.page.expect_download() as info:
        page.page.locator("#png").click()
    data = Path(info.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    view = page.page.locator("#network").bounding_box()
    # twice the resolution of the view, with room for the title, the legend and the notes
    assert width >= 2 * view["width"] + 400 and height >= 2 * view["height"] + 160
    assert (width, height) == tuple(2 * page.page.evaluate("dsrMap.figureSize()")[k] for k in ("width", "height"))
    assert info.value.suggested_filename.endswith(".png")
    page.page.locator("#colour-by").select_option("kind")
    assert "Company" in page.page.locator("#legend-colours").inner_text()
    assert page.errors == [] and page.requests == [page.url]


def _svg_figure(page) -> "ET.Element":
    import xml.etree.ElementTree as ET

    with page.expect_download() as info:
        page.locator("#svg").click()
    assert info.value.suggested_filename.endswith(".svg")
    return ET.fromstring(Path(info.value.path()).read_bytes())  # an independent XML parser


def test_the_svg_figure_has_the_view_title_legend_filters_date_and_source(page, kg):
    svg_ns = "{http://www.w3.org/2000/svg}"
    page.page.locator("#year-undated").uncheck()
    page.page.locator("#year-to").fill("2016")
    page.page.locator("#fit").click()
    root = _svg_figure(page.page)
    texts = [t.text or "" for t in root.iter(svg_ns + "text")]
    title = page.page.locator("#title").inner_text()
    assert root.find(svg_ns + "title").text == title and title in texts
    assert any(t.startswith("Filters:") and "2016" in t and "undated left out" in t for t in texts)
    legend = [li.strip() for li in page.page.locator("#legend-colours li").all_inner_texts()]
    assert legend and all(item in texts for item in legend)
    latest = max(r["d"].value for r in kg.select("SELECT ?d WHERE { ?p a dsr:Partnership ; dsr:date ?d }"))
    assert any(t.startswith("Data: ") and latest in t for t in texts)  # the date of the data
    assert any(t.startswith("Source: dsr-graph") for t in texts)
    network = next(g for g in root.iter(svg_ns + "g") if g.get("class") == "network")
    assert len(list(network.iter(svg_ns + "circle"))) == len(page.visible())  # every node in view, no other
    assert not [e for e in root.iter() if e.tag.split("}")[-1] in ("script", "image", "foreignObject")]
    assert page.errors == [] and page.requests == [page.url]


def test_hostile_label_stays_inert(browser, tmp_path):
    from graph.resources import data_dir

    data = tmp_path / "data"
    shutil.copytree(str(data_dir()), data)
    orgs = data / "organisations.yaml"
    text = orgs.read_text(encoding="utf-8")
    orgs.write_text(text.replace("  name: ZTE Corporation\n", f"  name: '{HOSTILE} href'\n"), encoding="utf-8")
    kg = graph.build_dataset(data, analyse=False)
    path = tmp_path / "hostile.html"
    make_map(kg, MapSpec(title=HOSTILE, focus="organisation:zte-corporation")).save(path)
    p = Page(browser, path)
    try:
        box = p.page.locator("#search")
        box.fill(HOSTILE)
        box.press("Enter")
        assert p.page.evaluate("dsrMap.selected()") == ["organisation:zte-corporation"]
        assert p.page.locator("#details h3").inner_text() == f"{HOSTILE} href"
        p.page.hover("#network canvas")  # tooltips are built from text nodes too
        assert p.page.evaluate("window.__pwned") is None
        assert p.page.locator("img").count() == 0
        assert p.page.locator("#title").inner_text() == HOSTILE
        root = _svg_figure(p.page)  # in a figure the hostile text is text too
        texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert HOSTILE in texts and f"{HOSTILE} href" in texts
        assert not [e for e in root.iter() if e.tag.split("}")[-1] in ("img", "script", "image", "foreignObject")]
        with p.page.expect_download():
            p.page.locator("#png").click()
        assert p.page.evaluate("window.__pwned") is None
        assert p.dialogs == [] and p.requests == [p.url]
    finally:
        p.close()


def test_aggregated_map_says_so(browser, kg, tmp_path):
    path = tmp_path / "aggregated.html"
    m = make_map(kg, node_cap=10)
    m.save(path)
    p = Page(browser, path)
    try:
        banner = p.page.locator("#aggregated")
        assert banner.is_visible() and "cap of 10" in banner.inner_text()
        assert len(p.visible()) == len(m.data["nodes"]) <= 10
        assert "(aggregated)" in p.counts()
    finally:
        p.close()


# Label boxes as vis-network itself laid them out (its label module's size, in canvas units, turned
# into screen pixels) for the labels it draws: shown by the page and not below its draw threshold.
LABEL_BOXES = """() => {
  const net = dsrMap.network, threshold = net.body.nodes ? 6 : 0, out = [];
  for (const id of dsrMap.labelled()) {
    const node = net.body.nodes[id], s = node && node.labelModule.size;
    if (!s || !s.width) continue;
    const a = net.canvasToDOM({x: s.left, y: s.top}), b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    if (b.y - a.y < threshold * 0.75) continue;  // too small for vis-network to draw at this zoom
    out.push({id: id, l: a.x, t: a.y, r: b.x, b: b.y});
  }
  const c = net.canvas.frame.canvas;
  return {boxes: out, width: c.clientWidth, height: c.clientHeight};
}"""


def _label_report(page) -> tuple[int, int, int]:
    """(labels drawn, labels overlapping another, labels cut at the map's edge)."""
    got = page.evaluate(LABEL_BOXES)
    boxes, overlapping = got["boxes"], set()
    for i, p in enumerate(boxes):
        for q in boxes[i + 1:]:
            if p["l"] < q["r"] and q["l"] < p["r"] and p["t"] < q["b"] and q["t"] < p["b"]:
                overlapping |= {p["id"], q["id"]}
    cut = [p for p in boxes if p["l"] < 0 or p["t"] < 0 or p["r"] > got["width"] or p["b"] > got["height"]]
    return len(boxes), len(overlapping), len(cut)


def test_every_gallery_map_shows_labels_by_importance_that_neither_overlap_nor_are_cut(browser, built):
    out, _ = built
    for path in sorted((out / "maps").glob("*.html")):
        if path.name in ("index.html", "world.html"):  # the world view's labels: tests/test_maps_geo.py
            continue
        p = Page(browser, path)
        try:
            shown, overlapping, cut = _label_report(p.page)
            n = p.page.evaluate("dsrMap.data.nodes.length")
            assert shown >= min(5, n), (path.name, shown)
            assert overlapping <= 0.02 * shown and cut == 0, (path.name, shown, overlapping, cut)
            # the most important node (by the map's size measure) is labelled first
            top = p.page.evaluate("""dsrMap.data.nodes.slice().sort(function (a, b) {
                return (b.value || 0) - (a.value || 0) || (a.id < b.id ? -1 : 1); })[0].id""")
            box = p.page.evaluate(f"dsrMap.labelBox({top!r})")
            if box and box["left"] >= 0 and box["top"] >= 0:  # unless its label would be cut at the edge
                assert top in p.page.evaluate("dsrMap.labelled()"), path.name
            # zoomed in, the labels are placed again: more room, and still no overlap or cut
            box = p.page.locator("#network").bounding_box()
            p.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            for _ in range(4):  # the mouse wheel, as a user zooms in
                p.page.mouse.wheel(0, -300)
                time.sleep(0.05)
            time.sleep(0.4)
            shown2, overlapping2, cut2 = _label_report(p.page)
            assert overlapping2 <= 0.02 * max(shown2, 1) and cut2 == 0, (path.name, shown2, overlapping2, cut2)
        finally:
            p.close()


def test_gallery_index_opens_and_links_work(browser, built):
    out, _ = built
    p_context = browser.new_context()
    page = p_context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    index = (out / "maps" / "index.html").resolve()
    page.goto(index.as_uri())
    hrefs = page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href'))")
    assert "pakistan-china.html" in hrefs
    page.click("a[href='pakistan-china.html']")
    wait_ready(page)
    assert page.locator("#title").inner_text() == "Pakistan–China partnerships"
    assert all(u.startswith("file://") for u in requests)
    p_context.close()
    assert os.path.exists(out / "maps" / "overview.html")


def test_dsr_serve_serves_the_gallery_and_its_maps_draw(browser, built):
    import threading

    from graph.server import make_server

    out, _ = built
    server = make_server(graph.load(out / "dsr.trig"), "127.0.0.1", 0, log_requests=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        context = browser.new_context()
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(server.url + "maps/")
        page.click("a[href='overview.html']")
        wait_ready(page)
        assert page.evaluate("dsrMap.state.visibleNodes") == len(page.evaluate("dsrMap.data.nodes"))
        assert requests == [server.url + "maps/", server.url + "maps/overview.html"]
        context.close()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
