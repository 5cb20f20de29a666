"""Interactive HTML network maps that open offline: one self-contained file each, and a gallery.

>>> import graph
>>> from graph.maps import make_map, MapSpec
>>> m = make_map(graph.load(), MapSpec(focus="organisation:zte-corporation", depth=1))  # doctest: +SKIP
>>> m.save("zte.html")                                                                 # doctest: +SKIP
>>> m                       # in Jupyter, the map itself                               # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace

from ..store.kg import KnowledgeGraph
from .aggregate import DEFAULT_NODE_CAP, MODES
from .catalogue import Catalogue, catalogue
from .data import COLOUR_BY, SIZE_MEASURES, MapError, MapSpec, map_data
from .render import RENDERERS, WEBGL_THRESHOLD, Map, render

__all__ = ["make_map", "MapSpec", "Map", "MapError", "SIZE_MEASURES", "COLOUR_BY", "MODES", "DEFAULT_NODE_CAP",
           "RENDERERS", "WEBGL_THRESHOLD", "catalogue", "Catalogue"]


def make_map(kg: KnowledgeGraph, spec: MapSpec | None = None, *, cat: Catalogue | None = None, **fields) -> Map:
    """Draw a map of ``kg``: a :class:`MapSpec`, or its fields as keywords (``focus=..., depth=2``).

    Keywords given with a spec replace its fields: ``make_map(kg, spec, renderer="webgl")``.
    ``renderer`` is ``"canvas"`` (vis-network), ``"webgl"`` (sigma.js, for tens of thousands of
    nodes) or ``"auto"`` (the default: WebGL above :data:`WEBGL_THRESHOLD` drawn nodes).

    Raises
    ------
    MapError
        Unknown projection, measure, organisation, country, technology area or renderer; nothing left to draw.
    """
    spec = replace(spec, **fields) if spec is not None else MapSpec(**fields)
    return render(map_data(kg, spec, cat=cat), spec.renderer)
