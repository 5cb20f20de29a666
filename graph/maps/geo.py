"""What the world view shows: countries, the partnerships between them, cables and the organisations per country.

:func:`geo_data` turns a graph into one plain, JSON-ready dict the world view's page draws
(``dsr map --geo``, and ``world.html`` in the gallery):

- ``world``: every country of the vendored atlas (:mod:`graph.maps.world`) with its SVG path and
  anchor point;
- ``countries``: the countries the graph names — each with its organisations (``dsr:country`` of
  a party) and the partnerships it takes part in: those with a party from there, and those that
  name it (``dsr:country``, as a cable's landing country);
- ``links``: pairs of countries with the partnerships between parties of the two;
- ``cables``: cable projects (``dsr:CableProject``) with their landing points — a landing point
  is placed by its own coordinates where the graph has them (WGS84 ``geo:lat``/``geo:long``),
  else at its country's anchor; a cable is drawn through its landing points from west to east,
  schematically (the graph does not hold a cable's route);
- ``partnerships``, ``sources``, ``areas``: as the network view's (kind, category, year, dates,
  areas, sources), for the same filters, years and details panel.

Narrowing by ``countries``/``technologies``/``years`` works as in :mod:`graph.maps.data`: it keeps
the partnerships that pass, and what they touch.
"""

from __future__ import annotations

__all__ = ["geo_data", "render_world", "make_world_map", "WorldMap"]

import html
import re
from collections import defaultdict

from ..namespaces import PREFIXES
from ..store.kg import KnowledgeGraph
from ..store.project import node_id, project
from ..version import __version__
from .catalogue import Catalogue, catalogue
from .data import MapError, MapSpec, _area_info, _areas, _check, _countries, _home_countries
from . import world
from .render import Map, _resource, json_for_script

_PARTNERSHIP_COUNTRIES = """
SELECT DISTINCT ?p ?code WHERE { ?p a dsr:Partnership ; dsr:country ?c . ?c dsr:iso3166Code ?code }
"""
_LANDINGS = """
PREFIX schema: <https://schema.org/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT DISTINCT ?p ?place ?label ?code ?lat ?long WHERE {
  ?p a dsr:CableProject ; dsr:place ?place .
  OPTIONAL { ?place rdfs:label ?label }
  OPTIONAL { ?place schema:containedInPlace ?c . ?c dsr:iso3166Code ?code }
  OPTIONAL { ?place geo:lat ?lat ; geo:long ?long }
}
"""


def _number(text) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _landings(kg: KnowledgeGraph, anchors: dict) -> dict[str, list]:
    """Cable id → its landing points [label, country code, x, y], placed and ordered west to east."""
    points: dict[str, dict] = defaultdict(dict)
    for row in kg.store.query(_LANDINGS, prefixes=PREFIXES):
        pid, place = node_id(row["p"]), node_id(row["place"])
        code = row["code"].value if row["code"] is not None else None
        lat = _number(row["lat"].value) if row["lat"] is not None else None
        lon = _number(row["long"].value) if row["long"] is not None else None
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            x, y = world.project(lon, lat)
        elif code in anchors:
            x, y = anchors[code]
        else:
            continue  # neither coordinates nor a country the atlas knows: not drawn
        label = row["label"].value if row["label"] is not None else place
        points[pid].setdefault(place, [label, code or "", x, y])
    return {pid: sorted(found.values(), key=lambda p: (p[2], p[3], p[0])) for pid, found in sorted(points.items())}


def _passing(cat: Catalogue, spec: MapSpec, kg: KnowledgeGraph, party_countries: dict) -> set[str]:
    """The partnerships the spec's countries, technologies and years keep."""
    keep = set(cat.partnerships)
    if spec.countries:
        wanted = _countries(cat, spec.countries)
        keep = {p for p in keep if party_countries.get(p, set()) & wanted}
    if spec.technologies:
        areas = _areas(spec.technologies)
        keep = {p for p in keep if set(cat.partnerships[p]["areas"]) & areas}
    if spec.years:
        lo, hi = spec.years
        keep = {p for p in keep if cat.partnerships[p]["year"] is not None and lo <= cat.partnerships[p]["year"] <= hi}
    return keep


def geo_data(kg: KnowledgeGraph, spec: MapSpec | None = None, *, cat: Catalogue | None = None) -> dict:
    """The world view's content as plain values (see the module docstring); raises MapError on a bad spec."""
    spec = spec or MapSpec(title="The Digital Silk Road on the map")
    _check(spec)
    cat = cat or catalogue(kg)
    atlas = world.countries()
    anchors = {code: c.anchor for code, c in atlas.items()}
    g = project(kg, "co-partnership")  # labels and kinds of the organisations
    org_country = _home_countries(kg)
    party_countries: dict[str, set] = defaultdict(set)
    for org, entries in cat.roles.items():
        for pid in entries:
            if org_country.get(org):
                party_countries[pid].add(org_country[org])
    named: dict[str, set] = defaultdict(set)
    for row in kg.store.query(_PARTNERSHIP_COUNTRIES, prefixes=PREFIXES):
        named[node_id(row["p"])].add(row["code"].value)
    keep = _passing(cat, spec, kg, party_countries)
    if not keep:
        raise MapError("nothing to draw: no partnership is left after the filters")
    pids = sorted(keep)
    index = {pid: i for i, pid in enumerate(pids)}
    # organisations that take part in a kept partnership, with the ones they take part in
    orgs = []
    for org in sorted(cat.roles):
        mine = sorted(index[p] for p in cat.roles[org] if p in index)
        if mine:
            a = g.nodes[org] if org in g else {}
            orgs.append({"id": org, "label": str(a.get("label", org)), "kind": str(a.get("kind", "")),
                         "country": org_country.get(org, ""), "p": mine})
    countries: dict[str, dict] = {}

    def country(code):
        if code not in countries:
            countries[code] = {"name": cat.countries.get(code) or (atlas[code].name if code in atlas else code),
                               "orgs": [], "p": set(), "mapped": code in atlas}
        return countries[code]

    for i, o in enumerate(orgs):
        if o["country"]:
            country(o["country"])["orgs"].append(i)
    for pid in pids:
        for code in party_countries.get(pid, set()) | named.get(pid, set()):
            country(code)["p"].add(index[pid])
    links: dict[tuple, set] = defaultdict(set)
    for pid in pids:
        codes = sorted(party_countries.get(pid, ()))
        for a_i, a in enumerate(codes):
            for b in codes[a_i + 1:]:
                links[(a, b)].add(index[pid])
    landings = _landings(kg, anchors)
    cables = [{"p": index[pid], "points": pts} for pid, pts in landings.items() if pid in index and len(pts) >= 2]
    partnerships = []
    for pid in pids:
        p = cat.partnerships[pid]
        partnerships.append({"id": pid, "label": p["label"], "kinds": p["kinds"], "categories": p["categories"],
                             "year": p["year"], "dates": p["dates"], "areas": p["areas"], "sources": p["sources"]})
    years = sorted({p["year"] for p in partnerships if p["year"] is not None})
    latest = max((str(d[1]) for p in partnerships for d in p["dates"] if len(d) > 1 and d[1]), default=None)
    return {
        "meta": {
            "title": spec.title or "The Digital Silk Road on the map", "view": "world", "seed": spec.seed,
            "countries": list(spec.countries), "technologies": list(spec.technologies),
            "years": list(spec.years) if spec.years else None, "yearRange": [years[0], years[-1]] if years else None,
            "notes": dict(sorted(spec.extra.items())), "origin": kg.name, "latestDate": latest,
            "version": __version__, "atlas": world.ATLAS_VERSION, "width": world.WIDTH, "height": world.HEIGHT,
        },
        "world": [{"code": c.code, "name": c.name, "path": c.path, "x": c.anchor[0], "y": c.anchor[1]}
                  for c in atlas.values()],
        "countries": {code: {**c, "p": sorted(c["p"])} for code, c in sorted(countries.items())},
        "orgs": orgs,
        "links": [{"a": a, "b": b, "p": sorted(ps)} for (a, b), ps in sorted(links.items())],
        "cables": cables,
        "partnerships": partnerships,
        "sources": {s: cat.sources[s] for s in sorted({s for p in partnerships for s in p["sources"]}) if s in cat.sources},
        "areas": _area_info(sorted({a for p in partnerships for a in p["areas"]})),
    }


class WorldMap(Map):
    """A rendered world view: its HTML text and the data it shows. Displays inline in Jupyter."""

    def __repr__(self) -> str:
        d = self.data
        return (f"<WorldMap {d['meta']['title']!r}: {len(d['countries'])} countries, {len(d['links'])} links, "
                f"{len(d['cables'])} cables>")


def render_world(data: dict) -> WorldMap:
    """Render world-view data (from :func:`geo_data`) into one self-contained HTML page."""
    title = html.escape(data["meta"]["title"], quote=True)
    parts = {
        "__VERSION__": __version__, "__ATLAS__": html.escape(world.ATLAS_VERSION), "__TITLE__": title,
        "__CSS__": _resource("templates", "map.css") + _resource("templates", "geo.css"),
        "__DATA__": json_for_script(data), "__GEO_JS__": _resource("templates", "geo.js"),
    }
    page = _resource("templates", "geo.html")
    # one pass, so text inserted for one placeholder is never searched for another
    return WorldMap(re.sub("|".join(map(re.escape, parts)), lambda m: parts[m.group(0)], page), data)


def make_world_map(kg: KnowledgeGraph, spec: MapSpec | None = None, *, cat: Catalogue | None = None,
                   **fields) -> WorldMap:
    """Draw the world view of ``kg`` (``dsr map --geo``): a :class:`MapSpec` or its fields as keywords
    (``countries``, ``technologies``, ``years``, ``title``; the network's fields are not used).

    Raises
    ------
    MapError
        Unknown country or technology area; nothing left to draw.
    """
    return render_world(geo_data(kg, spec or MapSpec(**fields), cat=cat))
