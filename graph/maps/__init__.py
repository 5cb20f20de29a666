"""Interactive HTML network maps that open offline: one self-contained file each, and a gallery.

>>> import graph
>>> from graph.maps import make_map, MapSpec
>>> m = make_map(graph.load(), MapSpec(focus="organisation:zte-corporation", depth=1))  # doctest: +SKIP
>>> m.save("zte.html")                                                                 # doctest: +SKIP
>>> m                       # in Jupyter, the map itself                               # doctest: +SKIP
"""

from __future__ import annotations

from ..store.kg import KnowledgeGraph
from .aggregate import DEFAULT_NODE_CAP, MODES
from .catalogue import Catalogue, catalogue
from .data import COLOUR_BY, SIZE_MEASURES, MapError, MapSpec, map_data
from .render import Map, render

__all__ = ["make_map", "MapSpec", "Map", "MapError", "SIZE_MEASURES", "COLOUR_BY", "MODES", "DEFAULT_NODE_CAP",
           "catalogue", "Catalogue"]


def make_map(kg: KnowledgeGraph, spec: MapSpec | None = None, *, cat: Catalogue | None = None, **fields) -> Map:
    """Draw a map of ``kg``: a :class:`MapSpec`, or its fields as keywords (``focus=..., depth=2``).

    Raises
    ------
    MapError
        Unknown projection, measure, organisation, country or technology area; nothing left to draw.
    """
    spec = spec or MapSpec(**fields)
    return render(map_data(kg, spec, cat=cat))
