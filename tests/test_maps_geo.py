"""The world view (`dsr map --geo`, world.html in the gallery): what it holds, checked against SPARQL,
and the page driven in headless Chromium — zero requests, countries drawn, cables clickable to their
sources, search, filters, years, hostile text inert."""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import pytest
from conftest import TEST_DATA
from test_maps_browser import HOSTILE, browser  # noqa: F401  (the module's Chromium fixture)

from graph.build import build_dataset
from graph.maps.geo import geo_data, make_world_map
from graph.maps.data import MapError
from graph.store.project import node_id

C = "https://w3id.org/dsr/id/country/"


def _embedded(text: str) -> dict:
    return json.loads(re.search(r'<script id="dsr-data" type="application/json">(.*?)</script>', text, re.S).group(1))


@pytest.fixture(scope="module")
def with_cables(tmp_path_factory):
    """The bundled records plus the test cables, imported as a user would and merged into the build."""
    from click.testing import CliRunner
    from graph.cli import cli

    folder = tmp_path_factory.mktemp("geo")
    out = folder / "cables.trig"
    result = CliRunner().invoke(cli, ["import", "cables", str(TEST_DATA / "cables"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return build_dataset(includes=[out], analyse=False)


def _party_countries(kg) -> dict[str, set]:
    out = defaultdict(set)
    for r in kg.select("SELECT DISTINCT ?p ?code WHERE { ?p dsr:party/dsr:homeCountry/dsr:iso3166Code ?code }"):
        out[node_id(r["p"])].add(r["code"].value)
    return out


def _countries_of(kg) -> dict[str, set]:
    """partnership → countries it touches: its parties' home countries and the countries it names."""
    out = _party_countries(kg)
    for r in kg.select("SELECT DISTINCT ?p ?code WHERE { ?p a dsr:Partnership ; dsr:country/dsr:iso3166Code ?code }"):
        out[node_id(r["p"])].add(r["code"].value)
    return out


def _years(kg) -> dict[str, int]:
    rows = kg.select("""SELECT ?p (MIN(xsd:integer(SUBSTR(STR(?d), 1, 4))) AS ?y) WHERE {
                        ?p a dsr:Partnership ; dsr:date ?d } GROUP BY ?p""")
    return {node_id(r["p"]): int(r["y"].value) for r in rows}


# --------------------------------------------------------------------------- the data, in Python

def test_countries_links_and_organisations_are_what_sparql_says(kg):
    d = geo_data(kg)
    touches = _countries_of(kg)
    assert set(d["countries"]) == set().union(*touches.values())
    for code, c in d["countries"].items():
        assert {d["partnerships"][i]["id"] for i in c["p"]} == {p for p, cs in touches.items() if code in cs}, code
    homes = {node_id(r["o"]): r["c"].value for r in kg.select(
        "SELECT DISTINCT ?o ?c WHERE { ?p dsr:party ?o . ?o dsr:homeCountry/dsr:iso3166Code ?c }")}
    assert {d["orgs"][i]["id"] for c in d["countries"].values() for i in c["orgs"]} == set(homes)
    pairs = defaultdict(set)
    for p, cs in _party_countries(kg).items():
        for a in cs:
            for b in cs:
                if a < b:
                    pairs[(a, b)].add(p)
    assert {(l["a"], l["b"]): {d["partnerships"][i]["id"] for i in l["p"]} for l in d["links"]} == dict(pairs)


def test_the_atlas_is_the_vendored_natural_earth_file():
    raw = json.loads(files("graph.maps").joinpath("vendor", "world-atlas", "countries-110m.json").read_text())
    geometries = raw["objects"]["countries"]["geometries"]
    d = geo_data(build_dataset(analyse=False))
    drawn = [c for c in d["world"] if c["path"]]
    # one drawn shape per geometry of the file (geometries sharing a code are one country)
    assert len(drawn) == len({g.get("id") or g["properties"]["name"] for g in geometries})
    by_code = {c["code"]: c for c in d["world"]}
    # anchors fall where the countries are: west to east and north to south as the globe says
    assert by_code["USA"]["x"] < by_code["FRA"]["x"] < by_code["PAK"]["x"] < by_code["CHN"]["x"] < by_code["JPN"]["x"]
    assert by_code["NOR"]["y"] < by_code["EGY"]["y"] < by_code["KEN"]["y"] < by_code["ZAF"]["y"]
    assert by_code["SGP"]["path"] == "" and by_code["SGP"]["x"] > by_code["MYS"]["x"] - 30  # too small: a dot


def test_cables_run_through_their_landing_points_west_to_east(with_cables):
    kg = with_cables
    d = geo_data(kg)
    landings = defaultdict(set)
    for r in kg.select("""SELECT ?p ?code WHERE { ?p a dsr:CableProject ; dsr:place ?pl .
                          ?pl <https://schema.org/containedInPlace>/dsr:iso3166Code ?code }"""):
        landings[node_id(r["p"])].add(r["code"].value)
    drawable = {p for p, cs in landings.items() if len(cs) >= 1}
    cables = {d["partnerships"][c["p"]]["id"]: c for c in d["cables"]}
    assert cables and set(cables) <= drawable
    for pid, c in cables.items():
        assert {pt[1] for pt in c["points"]} == landings[pid]
        xs = [pt[2] for pt in c["points"]]
        assert xs == sorted(xs)
    # the cable whose landing country no ISO list knows has no landing point to draw: left out, not guessed
    assert "partnership:cable-test-cable-atlantis" not in cables


def test_filters_keep_what_they_say(kg):
    years = _years(kg)
    d = geo_data(kg, _spec(years=(2015, 2018)))
    assert {p["id"] for p in d["partnerships"]} == {p for p, y in years.items() if 2015 <= y <= 2018}
    d = geo_data(kg, _spec(countries=("KEN",)))
    assert {p["id"] for p in d["partnerships"]} == {p for p, cs in _party_countries(kg).items() if "KEN" in cs}
    with pytest.raises(MapError, match="Atlantis"):
        geo_data(kg, _spec(countries=("Atlantis",)))
    with pytest.raises(MapError, match="nothing to draw"):
        geo_data(kg, _spec(years=(1800, 1801)))


def _spec(**fields):
    from graph.maps import MapSpec

    return MapSpec(**fields)


def test_same_input_same_bytes(kg):
    assert make_world_map(kg).html == make_world_map(kg).html


def test_dsr_map_geo_writes_one_file(run, built, tmp_path):
    out, _ = built
    target = tmp_path / "world.html"
    result = run("map", "--graph", out / "dsr.trig", "--geo", "--technology", "Submarine cables", "--out", target)
    assert result.exit_code == 0, result.output
    assert "countries" in result.output and target.is_file()
    data = _embedded(target.read_text(encoding="utf-8"))
    assert data["meta"]["technologies"] == ["Submarine cables"] and data["partnerships"]
    bad = run("map", "--graph", out / "dsr.trig", "--geo", "--years", "1800-1801", "--out", tmp_path / "no.html")
    assert bad.exit_code == 2 and "nothing to draw" in bad.output and not (tmp_path / "no.html").exists()
    assert (out / "maps" / "world.html").is_file()
    assert 'href="world.html"' in (out / "maps" / "index.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- in Chromium

class World:
    def __init__(self, browser, path: Path, fragment: str = ""):
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.requests, self.errors = [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.context.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.page.goto(self.url + fragment)
        deadline = time.monotonic() + 30
        while not self.page.evaluate("Boolean(window.dsrWorld && window.dsrWorld.state.ready)"):
            assert time.monotonic() < deadline, "the world view did not draw"
            time.sleep(0.02)

    def js(self, text):
        return self.page.evaluate(text)

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def world_page(tmp_path_factory, with_cables):
    path = tmp_path_factory.mktemp("world") / "world.html"
    make_world_map(with_cables).save(path)
    return path


def test_opens_offline_and_draws_the_countries(browser, world_page, with_cables):  # noqa: F811
    w = World(browser, world_page)
    try:
        assert w.requests == [w.url] and not w.errors
        raw = json.loads(files("graph.maps").joinpath("vendor", "world-atlas", "countries-110m.json").read_text())
        codes = {g.get("id") or g["properties"]["name"] for g in raw["objects"]["countries"]["geometries"]}
        assert w.js("document.querySelectorAll('path.country').length") == len(codes)
        touched = set().union(*_countries_of(with_cables).values())
        assert set(w.js("dsrWorld.countriesShown()")) == touched
        shaded = set(w.js("Array.from(document.querySelectorAll('.country.data')).map(e => e.dataset.code)"))
        assert shaded == touched  # every country with a partnership is drawn and shaded (small ones as dots)
    finally:
        w.close()


def test_a_cable_is_clickable_to_its_sources(browser, world_page, with_cables):  # noqa: F811
    w = World(browser, world_page)
    try:
        assert w.js("dsrWorld.cablesShown()")
        cable = w.js("dsrWorld.cablesShown()")[0]
        w.page.locator("#layer-cables polyline.cable-hit").first.click()  # the wide line around the dashed one
        focused = w.js("dsrWorld.focused()")
        assert focused in w.js("dsrWorld.cablesShown()")
        iri = "https://w3id.org/dsr/id/partnership/" + focused.split(":", 1)[1]
        pages = {r["u"].value for r in with_cables.select(
            f"SELECT DISTINCT ?u WHERE {{ <{iri}> dcterms:source ?s . ?s foaf:page ?u }}")}
        hrefs = set(w.js("Array.from(document.querySelectorAll('#details a')).map(a => a.href)"))
        assert pages and {h.rstrip("/") for h in hrefs} >= {p.rstrip("/") for p in pages}
        assert "#cable=" in w.page.url
        assert cable  # a cable was there to click
    finally:
        w.close()


def test_search_focuses_a_country_and_its_partners_and_escape_restores(browser, world_page, with_cables):  # noqa: F811
    w = World(browser, world_page)
    try:
        w.page.fill("#search", "Kenya")
        w.page.press("#search", "Enter")
        assert w.js("dsrWorld.focused()") == "country:KEN"
        partners = {c for cs in _party_countries(with_cables).values() if "KEN" in cs for c in cs}
        shown = set(w.js("dsrWorld.countriesShown()"))
        assert set(w.js("dsrWorld.dimmed()")) == shown - partners - {"KEN"}
        assert "#country=KEN" in w.page.url
        assert w.page.locator("#details h3").inner_text() == "Kenya"
        w.page.keyboard.press("Escape")
        assert w.js("dsrWorld.focused()") is None and w.js("dsrWorld.dimmed()") == []
    finally:
        w.close()


def test_a_linked_year_shows_the_world_as_of_then(browser, world_page, with_cables):  # noqa: F811
    years, touches = _years(with_cables), _countries_of(with_cables)
    w = World(browser, world_page, "#year=2015")
    try:
        assert w.js("dsrWorld.asOf()") == 2015
        expected = set().union(*(touches[p] for p, y in years.items() if y <= 2015 and p in touches))
        assert set(w.js("dsrWorld.countriesShown()")) == expected
        w.js("dsrWorld.state.playDelay = 20")
        w.page.click("#play")
        deadline = time.monotonic() + 20
        while w.js("dsrWorld.state.playing"):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        log = w.js("dsrWorld.state.playLog")
        assert [y for y, *_ in log] == list(range(2016, log[-1][0] + 1))
        assert all(a[1] <= b[1] for a, b in zip(log, log[1:]))  # the world only grows as the years pass
    finally:
        w.close()


def test_a_technology_filter_keeps_the_countries_of_those_partnerships(browser, world_page, with_cables):  # noqa: F811
    w = World(browser, world_page)
    try:
        w.page.select_option("#filter-area", "family:Space")
        rows = with_cables.select("""SELECT DISTINCT ?p WHERE { ?p dsr:technologyArea/skos:broader* ?f .
                                      ?f skos:prefLabel "Space"@en ; skos:topConceptOf ?s }""")
        touches = _countries_of(with_cables)
        expected = set().union(*(touches.get(node_id(r["p"]), set()) for r in rows))
        assert expected and set(w.js("dsrWorld.countriesShown()")) == expected
    finally:
        w.close()


def test_hostile_text_stays_inert(browser, tmp_path):  # noqa: F811
    from click.testing import CliRunner
    from graph.cli import cli

    folder = tmp_path / "cables"
    (folder / "cable").mkdir(parents=True)
    (folder / "cable" / "evil.json").write_text(json.dumps({
        "id": "evil", "name": HOSTILE, "owners": HOSTILE, "rfs_year": 2020,
        "landing_points": [{"id": "a", "name": HOSTILE, "country": "Kenya"},
                           {"id": "b", "name": "B", "country": "Pakistan"}]}), encoding="utf-8")
    out = tmp_path / "evil.trig"
    result = CliRunner().invoke(cli, ["import", "cables", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    path = tmp_path / "world.html"
    make_world_map(build_dataset(includes=[out], analyse=False)).save(path)
    assert HOSTILE not in path.read_text(encoding="utf-8")
    w = World(browser, path, "#cable=partnership:cable-evil")
    try:
        assert w.js("dsrWorld.focused()") == "partnership:cable-evil"
        assert w.js("window.__pwned === undefined") and not w.errors
        assert w.js("document.querySelectorAll('#details img, svg img').length") == 0
        assert HOSTILE in w.page.locator("#details").inner_text()
        figure = ET.fromstring(w.js("dsrWorld.svgFigure()").split("\n", 1)[1])
        assert figure.tag.endswith("svg")
        # the figure says what it is: its title, the date of the data and the atlas it is drawn on
        data = _embedded(path.read_text(encoding="utf-8"))
        assert figure.find("{http://www.w3.org/2000/svg}title").text == data["meta"]["title"]
        note = "".join(figure.itertext())
        assert f"data as of {data['meta']['latestDate']}" in note and "world-atlas 2.0.2" in note
    finally:
        w.close()


def test_the_gallery_world_view_labels_neither_overlap_nor_are_cut(browser, built):  # noqa: F811
    out, _ = built
    w = World(browser, out / "maps" / "world.html")
    try:
        for zoom in (0, 3):  # the whole world, then after zooming in with the mouse wheel
            for _ in range(zoom):
                w.page.mouse.move(900, 420)
                w.page.mouse.wheel(0, -200)
            boxes = w.js("""Array.from(document.querySelectorAll('#layer-labels text')).map(t => {
                const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
            frame = w.js("(() => { const r = document.getElementById('world').getBoundingClientRect();"
                         " return [r.left, r.top, r.right, r.bottom]; })()")
            assert len(boxes) >= 10
            overlapping = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
                              if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5)
            assert overlapping <= 0.02 * len(boxes), (zoom, overlapping, len(boxes))
            assert all(frame[0] <= b[0] and b[2] <= frame[2] and frame[1] <= b[1] and b[3] <= frame[3] for b in boxes)
    finally:
        w.close()


def test_the_vendored_atlas_is_the_pinned_release():
    import hashlib

    folder = files("graph.maps").joinpath("vendor", "world-atlas")
    pinned = {"countries-110m.json": "2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8",
              "countries-50m.json": "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394"}
    for name, digest in pinned.items():
        assert hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest() == digest, name
    assert "ISC" in folder.joinpath("README.md").read_text() and folder.joinpath("LICENSE").read_text().startswith("Copyright")


def test_country_and_kind_filters_work_as_in_the_network_view(browser, world_page, with_cables):  # noqa: F811
    w = World(browser, world_page)
    try:
        w.page.select_option("#filter-country", "KEN")
        parties = _party_countries(with_cables)
        touches = _countries_of(with_cables)
        expected = set().union(*(touches[p] for p, cs in parties.items() if "KEN" in cs))
        assert set(w.js("dsrWorld.countriesShown()")) == expected
        w.page.click("#reset")
        # without companies: a partnership stays while one of its parties is of a kind still shown
        w.page.uncheck("#filter-kind input[value='Company']")
        kinds = defaultdict(set)
        for r in with_cables.select("""SELECT DISTINCT ?p ?k WHERE { ?p dsr:party ?o . ?o a ?c .
                                       ?c rdfs:label ?k . FILTER (LANG(?k) = "en" || LANG(?k) = "") }"""):
            kinds[node_id(r["p"])].add(r["k"].value)
        kept = {p for p in touches if not kinds.get(p) or kinds[p] - {"Company", "Organisation", "Agent"}}
        shown = set(w.js("dsrWorld.countriesShown()"))
        assert shown < set(w.js("Object.keys(JSON.parse(document.getElementById('dsr-data').textContent).countries)"))
        assert shown <= set().union(*(touches[p] for p in kept))
    finally:
        w.close()
