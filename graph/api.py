"""The entry points a notebook uses: load a graph, or build one from records."""

from __future__ import annotations

import os
from pathlib import Path

from .store.kg import KnowledgeGraph

__all__ = ["load", "default_graph_path", "DEFAULT_GRAPH", "GRAPH_VARIABLE"]

DEFAULT_GRAPH = Path("out/dsr.trig")
GRAPH_VARIABLE = "DSR_GRAPH"
# A folder holding one of these is the root of a project checkout: the search for out/dsr.trig
# goes up from the working folder to there, and no further.
_PROJECT_MARKERS = (".git", "setup.cfg", "pyproject.toml")


def default_graph_path(start: Path | str | None = None) -> Path | None:
    """The built graph a command or notebook reads when it is given none, or None.

    In order: the file named by the ``DSR_GRAPH`` environment variable; ``out/dsr.trig`` in the
    working folder; then ``out/dsr.trig`` in each folder above it, up to the root of the project
    checkout it is in (the first folder holding ``.git``, ``setup.cfg`` or ``pyproject.toml``), so
    that a notebook running in ``notebooks/`` finds the repository's build. Outside a checkout only
    the working folder is looked at.
    """
    named = os.environ.get(GRAPH_VARIABLE)
    if named:
        return Path(named)
    here = Path(start or Path.cwd()).resolve()
    if (here / DEFAULT_GRAPH).is_file():
        return DEFAULT_GRAPH if start is None else here / DEFAULT_GRAPH
    root = next((p for p in (here, *here.parents) if any((p / m).exists() for m in _PROJECT_MARKERS)), None)
    if root is None or root == here:
        return None
    for folder in here.parents:
        if (folder / DEFAULT_GRAPH).is_file():
            return folder / DEFAULT_GRAPH
        if folder == root:
            break
    return None


def load(path: Path | str | None = None) -> KnowledgeGraph:
    """Load a built graph, or build the bundled default in memory.

    Parameters
    ----------
    path : path, optional
        An RDF dataset (TriG, N-Quads, Turtle, ...). When None, the graph
        :func:`default_graph_path` finds is read (``$DSR_GRAPH``, or the ``out/dsr.trig`` of the
        working folder or of the project checkout it is in); when there is none, the bundled records
        are built in memory, so the call works on a fresh checkout. ``kg.origin`` (and ``repr(kg)``)
        says which graph it is.

    Raises
    ------
    UnreadableInput
        When ``path`` (or ``$DSR_GRAPH``) is given but missing or not valid RDF.

    Examples
    --------
    >>> import graph
    >>> kg = graph.load()
    >>> kg.summary().agreements_by_kind["MoU"] > 0
    True
    """
    if path is None:
        path = default_graph_path()
    if path is not None:
        return KnowledgeGraph.from_file(path)
    from .build import build_dataset

    return build_dataset()
