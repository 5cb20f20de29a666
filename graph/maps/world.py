"""The world's countries, offline: Natural Earth's boundaries (vendored as world-atlas TopoJSON),
projected once to the Equal Earth projection as SVG paths, with an anchor point per country.

``vendor/world-atlas/`` holds world-atlas 2.0.2's ``countries-110m.json`` (drawn) and
``countries-50m.json`` (read only for the anchor of a country too small for the 1:110m file,
such as Singapore, Malta or the Maldives, which are drawn as dots there). The data is Natural
Earth's (public domain), the TopoJSON packaging ISC-licensed (see the licence beside the files).

Equal Earth (Šavrič, Patterson and Jenny, 2018) is an equal-area projection: a country's area on
the map is proportional to its area on the globe, so the shading of countries reads fairly.
"""

from __future__ import annotations

__all__ = ["Country", "countries", "project", "WIDTH", "HEIGHT", "ATLAS_VERSION"]

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

ATLAS_VERSION = "world-atlas 2.0.2 (Natural Earth 4.1.0)"
# Equal Earth's constants, and the extent of the whole world in its units
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
_X_MAX, _Y_MAX = 2.7064, 1.3173
WIDTH = 1000.0
SCALE = WIDTH / (2 * _X_MAX)
HEIGHT = round(2 * _Y_MAX * SCALE, 1)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Longitude and latitude (degrees) → the map's SVG coordinates (x right, y down), Equal Earth.

    Examples
    --------
    >>> project(0, 0)
    (500.0, 243.4)
    >>> x, y = project(180, 0); round(x)
    1000
    """
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return round(WIDTH / 2 + x * SCALE, 1), round(HEIGHT / 2 - y * SCALE, 1)


@dataclass(frozen=True)
class Country:
    """One country of the atlas: ISO 3166 alpha-3 code (or the atlas's name where it has no code),
    name, SVG path ("" for a country too small to draw at this scale) and anchor point."""

    code: str
    name: str
    path: str
    anchor: tuple[float, float]


def _topology(name: str) -> dict:
    return json.loads(files("graph.maps").joinpath("vendor", "world-atlas", name).read_text(encoding="utf-8"))


def _rings(topo: dict, geometry: dict) -> list[list[list[tuple[float, float]]]]:
    """A geometry's polygons, each a list of rings of (lon, lat), decoded from the shared arcs (each
    arc once, when first needed: the 1:50m file is read for a few small countries only)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    raw, decoded = topo["arcs"], topo.setdefault("_decoded", {})

    def arc(i: int) -> list[tuple[float, float]]:
        if i not in decoded:
            x = y = 0
            points = []
            for dx, dy in raw[i]:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
            decoded[i] = points
        return decoded[i]

    def ring(indexes):
        points: list = []
        for i in indexes:
            a = arc(i) if i >= 0 else arc(~i)[::-1]
            points.extend(a if not points else a[1:])
        return points

    if geometry["type"] == "Polygon":
        return [[ring(r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
    return []


def _area_and_centroid(points: list[tuple[float, float]]) -> tuple[float, tuple[float, float]]:
    """Signed area and centroid of a ring (shoelace formula, in the ring's own plane coordinates)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-9:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return a / 2, (cx / (3 * a), cy / (3 * a))


def _code(geometry: dict) -> str:
    import pycountry

    found = pycountry.countries.get(numeric=geometry.get("id")) if geometry.get("id") else None
    return found.alpha_3 if found else geometry.get("properties", {}).get("name", "")


def _shapes(topo: dict, skip=()) -> dict[str, tuple[str, str, tuple[float, float]]]:
    out = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = _code(geometry)
        if not code or code in out or code in skip:
            continue
        parts, best = [], (0.0, None)
        for polygon in _rings(topo, geometry):
            for k, ring in enumerate(polygon):
                parts.append("M" + "L".join("%g,%g" % project(lon, lat) for lon, lat in ring) + "Z")
                if k == 0:  # an outer ring: the largest anchors the country
                    lons = [lon for lon, _ in ring]
                    if max(lons) - min(lons) > 180:  # cut by the antimeridian: unwrap it first
                        ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
                    area, centre = _area_and_centroid(ring)
                    if abs(area) > best[0] or best[1] is None:
                        best = (abs(area), centre)
        lon, lat = best[1] if best[1] else (0.0, 0.0)
        anchor = project(lon - 360 if lon > 180 else lon, lat)
        out[code] = (geometry.get("properties", {}).get("name", code), "".join(parts), anchor)
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country of the atlas by code, in code order: drawn from the 1:110m file; those only the
    1:50m file has come with an anchor and no path."""
    drawn = _shapes(_topology("countries-110m.json"))
    small = _shapes(_topology("countries-50m.json"), skip=drawn)
    out = {code: Country(code, name, path, anchor) for code, (name, path, anchor) in drawn.items()}
    for code, (name, _, anchor) in small.items():
        if code not in out:
            out[code] = Country(code, name, "", anchor)
    return dict(sorted(out.items()))
