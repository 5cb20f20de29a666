"""One export run: check the request, stage every file, then swap them into the folder at once."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..errors import DSRError
from ..pipeline.staging import staged
from ..store.kg import KnowledgeGraph
from . import manifest
from .formats import resolve
from .networks import network
from .rdf import prepare

__all__ = ["export", "ExportResult", "NotAConstructQuery", "DEFAULT_OUT", "DEFAULT_PROJECTIONS", "MANIFEST"]

DEFAULT_OUT = Path("out/export")
DEFAULT_PROJECTIONS = ("co-partnership",)
MANIFEST = "manifest.json"
DATASET_STEM = "dsr"


class NotAConstructQuery(DSRError):
    """An export subset must be chosen by a CONSTRUCT query."""

    exit_code = 2


@dataclass
class ExportResult:
    """What an export wrote: the folder, the manifest's file entries, and every path written."""

    out: Path
    files: list[dict] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        return [self.out / f["path"] for f in self.files] + [self.out / MANIFEST]


def _subset(kg: KnowledgeGraph, query: str) -> tuple[KnowledgeGraph, str, set[str]]:
    """The triples a CONSTRUCT query gives, as a graph of their own, and the graphs they come from."""
    from ..store.engine import evaluate
    from ..store.queries import query_form, resolve as resolve_query

    entry = resolve_query(query)
    form = query_form(entry.text)
    if form != "CONSTRUCT":
        raise NotAConstructQuery(f"query {entry.name!r} is a {form}, not a CONSTRUCT: an export subset is the "
                                 "graph a CONSTRUCT query builds")
    result = evaluate(kg.store, entry.text, entry.bindings() if entry.params else {})
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in result.triples]
    used = {q.graph_name.value for t in result.triples
            for q in kg.store.quads_for_pattern(t.subject, t.predicate, t.object, None)
            if isinstance(q.graph_name, ox.NamedNode)}
    used |= {t.object.value for t in result.triples if t.predicate.value == "http://purl.org/dc/terms/source"
             and isinstance(t.object, ox.NamedNode)}
    return KnowledgeGraph.from_quads(quads, f"CONSTRUCT query {entry.name}"), entry.name, used


def _previous_files(out: Path) -> set[str]:
    """Top-level files an earlier export into ``out`` listed in its manifest (replaced or removed now)."""
    try:
        listed = json.loads((out / MANIFEST).read_text(encoding="utf-8")).get("files", [])
        return {f["path"] for f in listed if "/" not in f["path"] and not f["path"].startswith(".")}
    except (OSError, ValueError, AttributeError, TypeError, KeyError):
        return set()


def _modes(folder: Path, names: list[str]) -> None:
    mask = os.umask(0)
    os.umask(mask)
    for name in names:  # outputs are ordinary files; scripts are executable
        os.chmod(folder / name, (0o777 if name.endswith(".sh") else 0o666) & ~mask)


def export(kg: KnowledgeGraph, out: Path | str = DEFAULT_OUT, formats: Iterable[str] | None = None,
           projections: Iterable[str] | None = None, *, query: str | None = None, seed: int = 42) -> ExportResult:
    """Write the graph (or the subset a CONSTRUCT query gives) in the formats asked, with manifest.json.

    Parameters
    ----------
    kg : KnowledgeGraph
    out : path
        The folder to write into (created if needed). Files of an earlier export there are replaced;
        other files are left alone.
    formats : names, optional
        Names of :data:`FORMATS` (or their file extensions); every format when None.
    projections : names, optional
        Projections for the network formats; ``co-partnership`` when None.
    query : str, optional
        A catalogue CONSTRUCT query or a .rq file: export only the triples it builds.
    seed : int
        Seed of the network layout.

    Raises
    ------
    UnknownFormat, UnknownProjection, UnknownQuery, NotAConstructQuery
        For a bad request, before anything is written.
    OutputError
        When the folder cannot be written; nothing is left behind.

    Examples
    --------
    >>> import graph
    >>> from graph.export import export
    >>> result = export(graph.load(), "out/export", ["turtle", "gexf"])     # doctest: +SKIP
    >>> [f["path"] for f in result.files]                                  # doctest: +SKIP
    ['co-partnership.gexf', 'dsr.ttl']
    """
    from ..store.project import UnknownProjection, projections as known

    out = Path(out)
    chosen = resolve(formats)
    wanted = list(dict.fromkeys(projections or DEFAULT_PROJECTIONS))
    unknown = [p for p in wanted if p not in known()]
    if unknown:
        raise UnknownProjection(f"no projection named {', '.join(map(repr, unknown))}; known: {', '.join(known())}")
    source_kg, query_name, used = kg, None, None
    if query:
        kg, query_name, used = _subset(kg, query)
    with staged(out, _previous_files(out) | {MANIFEST}) as stage:
        tmp = stage.path
        files = export_files(kg, tmp, chosen, wanted, seed=seed)
        text = write_manifest(source_kg, kg, tmp, files, chosen, wanted, query=query_name, used=used, seed=seed)
        stage.entries |= {f["path"] for f in files}
    return ExportResult(out, files, json.loads(text))


def export_files(kg: KnowledgeGraph, folder: Path, formats: list, projections: list[str], *, seed: int = 42,
                 kinds: Iterable[str] = ("rdf", "network")) -> list[dict]:
    """Write the files of the ``formats`` (resolved :data:`FORMATS` entries) of these ``kinds`` into
    ``folder``, with no manifest, and return their manifest entries. A build writes the RDF files
    and the network files as two jobs side by side, then the manifest (:func:`write_manifest`)."""
    written: dict[str, tuple[str, dict]] = {}
    rdf_formats = [f for f in formats if f.kind == "rdf" and "rdf" in kinds]
    if rdf_formats:
        data = prepare(kg.quads())
        for f in rdf_formats:
            written.update({name: (f.name, counts) for name, counts in f.write(data, folder, DATASET_STEM).items()})
        del data
    network_formats = [f for f in formats if f.kind == "network" and "network" in kinds]
    for projection in projections if network_formats else []:
        net = network(kg, projection, seed=seed)
        for f in network_formats:
            for name, counts in f.write(net, folder, projection).items():
                written[name] = (f.name, {"projection": projection, **counts})
    files = [manifest.file_entry(folder / name, name, fmt, counts) for name, (fmt, counts) in sorted(written.items())]
    _modes(folder, sorted(written))
    return files


def write_manifest(source_kg: KnowledgeGraph, kg: KnowledgeGraph, folder: Path, files: list[dict], formats: list,
                   projections: list[str], *, query: str | None = None, used: set[str] | None = None,
                   seed: int = 42) -> str:
    """Write ``manifest.json`` into ``folder`` for the ``files`` written (their entries, in any
    order) from ``kg`` (the graph, or the subset a query gave of ``source_kg``); return its text."""
    files = sorted(files, key=lambda f: f["path"])
    info = manifest.graph_info(source_kg)
    info.update(statements=len(kg), quads=kg.quad_count, graphs=len(kg.graph_names()))
    networks = any(f.kind == "network" for f in formats)
    request = {"formats": [f.name for f in formats], "projections": projections if networks else [],
               "query": query, "seed": seed}
    text = manifest.render(info, files, manifest.sources(source_kg, used), request)
    (folder / MANIFEST).write_text(text, encoding="utf-8")
    _modes(folder, [MANIFEST])
    return text
