"""Records → dataset → validation → outputs: the main job of dsr-graph, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from . import __version__
from .derive import CATEGORY_RULE, TYPE_RULE, derive_categories, derive_types
from .docs import render_reference
from .errors import OutputError
from .namespaces import BASE, DCTERMS, DERIVED_GRAPH, DSR, META_GRAPH, ONTOLOGY_GRAPH, RDF, RDFS, TECHNOLOGY_GRAPH
from .rdfio import read_quads
from .records import load_records
from .resources import ontology_graph, ontology_quads
from .sources.curated import records_to_quads
from .store import KnowledgeGraph
from .summary import Summary
from .validate import ValidationReport

__all__ = ["build_dataset", "build", "meta_quads", "BuildResult", "DEFAULT_OUT", "DATASET", "TITLE"]

DEFAULT_OUT = Path("out")
DATASET = BASE + "dataset"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
TITLE = "dsr-graph: a sourced knowledge graph of the Digital Silk Road"


def _n(x) -> ox.NamedNode:
    return ox.NamedNode(str(x))


def meta_quads(title: str = TITLE) -> list[ox.Quad]:
    """Describe the dataset and the graphs that are not a single source's statements."""
    g = _n(META_GRAPH)
    lit = ox.Literal
    q = [
        ox.Quad(_n(DATASET), _n(DCTERMS.title), lit(title, language="en"), g),
        ox.Quad(_n(DATASET), _n(DCTERMS.hasVersion), lit(__version__), g),
        ox.Quad(_n(DATASET), _n(DCTERMS.license), _n(LICENCE), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(RDF.type), _n(DSR.DerivedGraph), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(RDFS.label), lit("Statements derived by rule", language="en"), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(DSR.rule), lit(CATEGORY_RULE, language="en"), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(DSR.rule), lit(TYPE_RULE, language="en"), g),
        ox.Quad(_n(ONTOLOGY_GRAPH), _n(RDFS.label), lit("The DSR ontology (ontology/dsr.ttl)", language="en"), g),
        ox.Quad(_n(TECHNOLOGY_GRAPH), _n(RDFS.label), lit("The DSR technology-area scheme (ontology/technology-areas.ttl)", language="en"), g),
        ox.Quad(_n(META_GRAPH), _n(RDFS.label), lit("Metadata: sources and graphs", language="en"), g),
    ]
    return q


def build_dataset(data: Path | str | None = None, includes: Iterable[Path | str] = (), *,
                  analyse: bool = True, seed: int = 42) -> KnowledgeGraph:
    """Build the dataset in memory from a records folder (the bundled one by default).

    Parameters
    ----------
    data : path, optional
        A records folder in the format of graph/data; the bundled records when None.
    includes : paths
        Extra RDF datasets (TriG, N-Quads, Turtle…) merged in with their named graphs.
    analyse : bool
        Run the default network analysis and state its measures in ``dsrgraph:analysis/co-partnership``.
    seed : int
        The analysis's seed.

    Raises
    ------
    RecordError, UnreadableInput
        When a record or an included file is malformed.
    """
    includes = [Path(p) for p in includes]
    records = load_records(data)
    quads = records_to_quads(records)
    quads += ontology_quads("dsr.ttl", str(ONTOLOGY_GRAPH))
    quads += ontology_quads("technology-areas.ttl", str(TECHNOLOGY_GRAPH))
    quads += meta_quads()
    for path in includes:
        quads += read_quads(path)
    quads += derive_categories(quads, ontology_graph())
    quads += derive_types(quads, ontology_graph())
    origin = "bundled records (graph/data)" if data is None else f"records in {data}"
    if includes:
        origin += " + " + ", ".join(str(p) for p in includes)
    kg = KnowledgeGraph.from_quads(quads, origin)
    if analyse:
        from .analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze

        add_to_graph(kg, analyze(kg, DEFAULT_PROJECTION, seed=seed))
    return kg


@dataclass
class BuildResult:
    """What a build produced."""

    graph: KnowledgeGraph
    report: ValidationReport
    summary: Summary
    outputs: list[Path]
    analysis: object = None  # the AnalysisResult of the default analysis


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_all(files: dict[Path, str]) -> None:
    """Write every file to a temporary sibling first, then rename them all: no half-written outputs."""
    staged: list[tuple[str, Path]] = []
    mode = 0o666 & ~_umask()  # mkstemp creates 0600; outputs are ordinary files
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.chmod(tmp, mode)
            staged.append((tmp, path))
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as exc:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        where = getattr(exc, "filename", None) or "output folder"
        raise OutputError(f"{where}: cannot write: {exc.strerror or exc}") from None


def build(out: Path | str = DEFAULT_OUT, data: Path | str | None = None,
          includes: Iterable[Path | str] = (), *, analyse: bool = True, maps: bool = True,
          export: bool = True, seed: int = 42) -> BuildResult:
    """Build the dataset, analyse it, validate it and write dsr.trig, dsr.ttl, validation.txt,
    summary.json, the ontology reference, the default analysis (``analysis/``) and the map gallery
    (``maps/``) into ``out``; with ``export``, the default export set (``export/``, see
    :mod:`graph.export`).

    Files are written only once everything has been built, each through a temporary file.
    """
    out = Path(out)
    kg = build_dataset(data, includes, analyse=False)
    analysis = None
    if analyse:
        from .analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze

        analysis = analyze(kg, DEFAULT_PROJECTION, seed=seed)
        add_to_graph(kg, analysis)
    report = kg.validate()
    summary = kg.summary()
    reference = render_reference(ontology_graph("dsr.ttl"), ontology_graph("technology-areas.ttl"))
    files = {
        out / "dsr.trig": kg.trig(),
        out / "dsr.ttl": kg.turtle(),
        out / "validation.txt": report.text(),
        out / "summary.json": json.dumps(summary.to_dict(), indent=2, ensure_ascii=False) + "\n",
        out / "ontology" / "index.html": reference,
    }
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    _write_all(files)
    written = list(files)
    if analysis is not None:
        from .analysis.run import to_quads, write_outputs
        from .rdfio import render_trig

        _write_all({out / "analysis" / "analysis.trig": render_trig(to_quads(analysis))})
        written += write_outputs(analysis, out / "analysis") + [out / "analysis" / "analysis.trig"]
    if maps:  # the map gallery (out/maps/): overview, Pakistan-China, technology families, ego maps
        from .maps.gallery import gallery, index_page

        ranking = {row["id"]: row["betweenness"] for row in analysis.node_table} if analysis is not None else None
        entries = gallery(kg, seed=seed, ranking=ranking)
        pages = {out / "maps" / e.file: e.map.html for e in entries}
        pages[out / "maps" / "index.html"] = index_page(entries)
        _write_all(pages)
        written += list(pages)
    # --- export (issue 6): the default export set into out/export/, after every other file ---
    if export:
        from .export import export as run_export

        written += run_export(kg, out / "export", seed=seed).paths
    # --- end export ---
    return BuildResult(kg, report, summary, written, analysis)
