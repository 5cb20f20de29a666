"""The entry points a notebook uses: load a graph, or build one from records."""

from __future__ import annotations

from pathlib import Path

from .store import KnowledgeGraph

__all__ = ["load", "DEFAULT_GRAPH"]

DEFAULT_GRAPH = Path("out/dsr.trig")


def load(path: Path | str | None = None) -> KnowledgeGraph:
    """Load a built graph, or build the bundled default in memory.

    Parameters
    ----------
    path : path, optional
        An RDF dataset (TriG, N-Quads, Turtle, ...). When None, ``out/dsr.trig`` in the working
        folder is read if it exists; otherwise the bundled records are built in memory, so the
        call works on a fresh checkout.

    Raises
    ------
    UnreadableInput
        When ``path`` is given but missing or not valid RDF.

    Examples
    --------
    >>> import graph
    >>> kg = graph.load()
    >>> kg.summary().agreements_by_kind["MoU"] > 0
    True
    """
    if path is not None:
        return KnowledgeGraph.from_file(path)
    if DEFAULT_GRAPH.is_file():
        return KnowledgeGraph.from_file(DEFAULT_GRAPH)
    from .build import build_dataset

    return build_dataset()
