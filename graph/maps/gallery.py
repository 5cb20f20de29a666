"""The map gallery ``dsr build`` writes: an overview, the world view, the Pakistan–China map, one
map per technology-area family and ego maps of the most central organisations, with an index page.

The index is a plain HTML page (no script, no outside resource) whose links are relative, so
the folder can be moved, zipped or served as it is (``dsr serve`` serves it under /maps/).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pyoxigraph as ox

from ..store.project import node_id
from ..store.kg import KnowledgeGraph
from ..technology import scheme
from .catalogue import catalogue
from .data import MapError, MapSpec, map_data
from .geo import WorldMap, geo_data, render_world
from .render import Map, render

__all__ = ["GalleryEntry", "gallery", "index_page", "EGO_MAPS"]

EGO_MAPS = 5  # ego maps of the organisations ranked highest by betweenness
PAKISTAN = "PAK"


@dataclass
class GalleryEntry:
    """One map of the gallery: its file name, what it shows, and the map."""

    file: str
    title: str
    description: str
    map: Map


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def gallery(kg: KnowledgeGraph, *, seed: int = 42, ranking: dict | None = None, ego_maps: int = EGO_MAPS) -> list[GalleryEntry]:
    """Draw the gallery's maps.

    Parameters
    ----------
    ranking : dict, optional
        Organisation id → score used to choose the ego maps (the build passes the default
        analysis's betweenness); by default the overview's own measure.
    """
    cat = catalogue(kg)
    entries: list[GalleryEntry] = []

    def add(file, title, description, spec):
        try:
            data = map_data(kg, spec, cat=cat)
        except MapError:
            return None  # e.g. no Pakistani party in a user's own graph: no such map, no error
        entries.append(GalleryEntry(file, title, description, render(data)))
        return data

    overview = add("overview.html", "Overview: who partners with whom",
                   "Every organisation that is a party to a partnership, linked to its partners; coloured by "
                   "community, sized by betweenness.",
                   MapSpec(title="Digital Silk Road: co-partnership overview", size_by="betweenness", seed=seed))
    try:
        entries.append(GalleryEntry("world.html", "World: where the partnerships are",
                                    "Countries shaded by their partnerships, the partnerships between countries, "
                                    "cables through their landing points and the organisations based in each country.",
                                    render_world(geo_data(kg, MapSpec(title="The Digital Silk Road on the map", seed=seed),
                                                          cat=cat))))
    except MapError:
        pass  # a graph without partnerships: no world view, no error
    add("pakistan-china.html", "Pakistan–China",
        "Partnerships with a Pakistani party (CPEC and its Digital Silk Road phase among them) and every party to them.",
        MapSpec(title="Pakistan–China partnerships", countries=(PAKISTAN,), size_by="degree", seed=seed))
    tech = scheme()
    used = {a for p in cat.partnerships.values() for a in p["areas"]}
    families = sorted({tech.concepts[c.family].label for c in tech.concepts.values()
                       if node_id(ox.NamedNode(c.iri)) in used})
    for family in families:
        add(f"technology-{_slug(family)}.html", f"Technology: {family}",
            f"Partnerships covering {family} or an area under it, and their parties.",
            MapSpec(title=f"Technology area: {family}", technologies=(family,), colour_by="kind", seed=seed))
    if ranking is None and overview is not None:
        ranking = {n["id"]: n["value"] or 0 for n in overview["nodes"]}
    ranked = sorted((ranking or {}).items(), key=lambda kv: (-(kv[1] or 0), kv[0]))[:ego_maps]
    for org, _ in ranked:
        label = next((n["label"] for n in (overview or {}).get("nodes", []) if n["id"] == org), org)
        add(f"ego-{_slug(org.split(':', 1)[-1])}.html", f"Ego map: {label}",
            f"{label}, its partners and the links among them.",
            MapSpec(title=f"Ego map: {label}", focus=org, depth=1, colour_by="kind", seed=seed))
    return entries


def index_page(entries: list[GalleryEntry], title: str = "dsr-graph maps") -> str:
    """The gallery's index.html: a card per map with its size and description."""
    esc = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    cards = []
    for e in entries:
        d = e.map.data
        if isinstance(e.map, WorldMap):
            size = f"{len(d['countries']):,} countries, {len(d['links']):,} links, {len(d['cables']):,} cables"
        else:
            size = f"{len(d['nodes']):,} nodes, {len(d['edges']):,} links" + (" (aggregated)" if d["meta"]["aggregated"] else "")
        cards.append(f'<li><a href="{esc(e.file)}">{esc(e.title)}</a>'
                     f'<span class="n">{size}</span>'
                     f'<p>{esc(e.description)}</p></li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{esc(title)}</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; max-width: 860px; margin: 2em auto; padding: 0 1em; color: #222; }}
li {{ margin: 0 0 1em; }} a {{ font-weight: 600; }} .n {{ color: #666; margin-left: .6em; font-size: 13px; }}
p {{ margin: .2em 0; }}
</style>
</head>
<body>
<h1>{esc(title)}</h1>
<p>Each map is one file that works offline: open it by double-click. Search, filter by kind, country,
technology area, agreement kind, category and years; click a node (or, on the world view, a country,
a link or a cable) for its partnerships and sources.</p>
<ul>
{chr(10).join(cards)}
</ul>
</body>
</html>
"""
