"""The FORMATS registry: each export format's name, files, media type and writer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..errors import DSRError
from . import networks, rdf

__all__ = ["Format", "FORMATS", "RDF_FORMATS", "NETWORK_FORMATS", "DEFAULT_FORMATS", "UnknownFormat", "resolve"]


class UnknownFormat(DSRError):
    """Export format is not one of FORMATS."""

    exit_code = 2


@dataclass(frozen=True)
class Format:
    """An export format.

    ``write(data, folder, stem)`` writes the format's files for ``data`` (an :class:`rdf.RdfData`
    for RDF formats, a :class:`networks.Network` for network formats) into ``folder`` and returns
    ``{file name: counts}``.
    """

    name: str
    kind: str  # "rdf" or "network"
    suffix: str  # of the main file
    media_type: str
    title: str
    write: Callable[[object, Path, str], dict[str, dict]]
    aliases: tuple[str, ...] = ()


def _one(writer):
    def write(data, folder: Path, stem: str, suffix: str) -> dict[str, dict]:
        return {stem + suffix: writer(data, folder / (stem + suffix))}
    return write


def _jsonld(data, folder: Path, stem: str) -> dict[str, dict]:
    counts = rdf.write_jsonld(data, folder / f"{stem}.jsonld")
    return {f"{stem}.jsonld": counts, rdf.CONTEXT_FILE: {}}


def _csv(net, folder: Path, stem: str) -> dict[str, dict]:
    counts = networks.write_csv(net, folder / f"{stem}.nodes.csv", folder / f"{stem}.edges.csv")
    return {f"{stem}.nodes.csv": {"nodes": counts["nodes"]}, f"{stem}.edges.csv": {"edges": counts["edges"]}}


def _neo4j(net, folder: Path, stem: str) -> dict[str, dict]:
    names = [f"{stem}.neo4j.nodes.csv", f"{stem}.neo4j.relationships.csv", f"{stem}.neo4j.sh", f"{stem}.neo4j.cypher"]
    counts = networks.write_neo4j(net, *(folder / n for n in names))
    return {names[0]: {"nodes": counts["nodes"]}, names[1]: {"edges": counts["edges"]}, names[2]: {}, names[3]: {}}


def _simple(name, kind, suffix, media, title, writer, aliases=()) -> Format:
    one = _one(writer)
    return Format(name, kind, suffix, media, title, lambda d, f, s: one(d, f, s, suffix), aliases)


FORMATS: dict[str, Format] = {f.name: f for f in [
    _simple("turtle", "rdf", ".ttl", "text/turtle", "Turtle (the union of all graphs)", rdf.write_turtle, ("ttl",)),
    _simple("trig", "rdf", ".trig", "application/trig", "TriG (named graphs kept)", rdf.write_trig),
    _simple("nquads", "rdf", ".nq", "application/n-quads", "N-Quads (named graphs kept)", rdf.write_nquads,
            ("nq", "n-quads")),
    _simple("ntriples", "rdf", ".nt", "application/n-triples", "N-Triples (the union of all graphs)",
            rdf.write_ntriples, ("nt", "n-triples")),
    Format("jsonld", "rdf", ".jsonld", "application/ld+json", "JSON-LD (named graphs kept) and its context file",
           _jsonld, ("json-ld",)),
    _simple("rdfxml", "rdf", ".rdf", "application/rdf+xml", "RDF/XML (the union of all graphs)", rdf.write_rdfxml,
            ("rdf", "rdf-xml", "xml")),
    _simple("graphml", "network", ".graphml", "application/graphml+xml", "GraphML", networks.write_graphml),
    _simple("gexf", "network", ".gexf", "application/gexf+xml",
            "GEXF 1.3 with layout, size, colour and dates (Gephi)", networks.write_gexf),
    _simple("gml", "network", ".gml", "text/x-gml", "GML", networks.write_gml),
    _simple("cyjs", "network", ".cyjs", "application/json", "Cytoscape.js JSON with positions", networks.write_cyjs,
            ("cytoscape",)),
    Format("csv", "network", ".nodes.csv", "text/csv", "CSV tables of nodes and links", _csv),
    Format("neo4j", "network", ".neo4j.nodes.csv", "text/csv",
           "Neo4j bulk-import CSV with an import script and a LOAD CSV script", _neo4j),
]}
RDF_FORMATS = tuple(n for n, f in FORMATS.items() if f.kind == "rdf")
NETWORK_FORMATS = tuple(n for n, f in FORMATS.items() if f.kind == "network")
# What `dsr export` and `dsr build` write when no format is named: every format, networks of the
# default projection only (the others are one --projection or --all away).
DEFAULT_FORMATS = RDF_FORMATS + NETWORK_FORMATS
_BY_ALIAS = {a: f.name for f in FORMATS.values() for a in (f.name, *f.aliases, f.suffix.lstrip("."))}


def resolve(names: Iterable[str] | None) -> list[Format]:
    """The formats named (by name, alias or file extension, any case), in registry order; all
    defaults when none are named.

    Raises
    ------
    UnknownFormat
        When a name is none of them.
    """
    names = [n.strip().lower().lstrip(".") for n in (names or ()) if n.strip()]
    if not names:
        return [FORMATS[n] for n in DEFAULT_FORMATS]
    unknown = [n for n in names if n not in _BY_ALIAS]
    if unknown:
        raise UnknownFormat(f"unknown export format {', '.join(map(repr, unknown))}; choose from "
                            f"{', '.join(FORMATS)}")
    wanted = {_BY_ALIAS[n] for n in names}
    return [f for n, f in FORMATS.items() if n in wanted]
