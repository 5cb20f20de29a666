"""Package data (ontology files, curated records) located through importlib.resources."""

from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import pyoxigraph as ox
import rdflib

__all__ = ["ontology_root", "ontology_file", "ontology_files", "ontology_graph", "ontology_quads", "data_dir", "ONTOLOGY_FILES"]

# The ontology files every build loads, in the order they are merged.
ONTOLOGY_FILES = ("dsr.ttl", "technology-areas.ttl", "shapes.ttl")


@lru_cache(maxsize=None)
def ontology_root() -> Traversable:
    """The ontology folder: the installed ``graph.ontology`` package or, when ``graph`` is imported
    from a source checkout (the repository's root is the working folder, so its ``graph/`` folder
    comes before the installed package), the checkout's ``ontology/`` folder beside it."""
    try:
        return files("graph.ontology")
    except ModuleNotFoundError:
        checkout = files("graph").parent / "ontology"  # graph/ and ontology/ side by side
        if not checkout.joinpath("dsr.ttl").is_file():
            raise FileNotFoundError("the ontology is missing: graph.ontology is not installed and no ontology/ "
                                    "folder sits beside the graph package") from None
        return checkout


def ontology_file(name: str) -> Traversable:
    """Return one file of the ontology (see :func:`ontology_root`), failing if it is absent."""
    path = ontology_root().joinpath(name)
    if not path.is_file():
        raise FileNotFoundError(f"ontology file {name!r} is missing from the installed package")
    return path


def ontology_files(pattern_dir: str) -> list[Traversable]:
    """Return the ``.rq`` files of one ontology sub-folder (queries, projections), sorted by name."""
    folder = ontology_root().joinpath(pattern_dir)
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)


def data_dir() -> Traversable:
    """Return the folder of the bundled curated records."""
    return files("graph").joinpath("data")


@lru_cache(maxsize=None)
def _parsed(name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")
    return graph


def ontology_graph(name: str = "dsr.ttl") -> rdflib.Graph:
    """The parsed ontology file (cached and shared: do not modify it)."""
    return _parsed(name)


def ontology_quads(name: str, graph_name: str) -> list[ox.Quad]:
    """The triples of an ontology file as quads in the named graph given.

    Blank nodes (OWL axioms, lists) get labels from their order in the file rather than the
    parser's random ones, so every writer, not only the sorted TriG one, gives repeatable bytes.
    """
    g = ox.NamedNode(graph_name)
    text = ontology_file(name).read_bytes()
    labels: dict = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return labels.setdefault(term, ox.BlankNode(f"{name.split('.')[0]}-b{len(labels)}"))
        return term

    return [ox.Quad(stable(t.subject), t.predicate, stable(t.object), g)
            for t in ox.parse(text, format=ox.RdfFormat.TURTLE)]
