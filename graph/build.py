"""Records → dataset → validation → outputs: the main job of dsr-graph, written atomically."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from . import __version__
from .derive import CATEGORY_RULE, TYPE_RULE, derive_categories, derive_types
from .docs import render_reference
from .namespaces import BASE, DCTERMS, DERIVED_GRAPH, DSR, META_GRAPH, ONTOLOGY_GRAPH, RDF, RDFS, TECHNOLOGY_GRAPH
from .rdfio import read_quads
from .records import load_records
from .resources import ontology_graph, ontology_quads
from .staging import staged
from .sources.curated import records_to_quads
from .store import KnowledgeGraph
from .summary import Summary
from .validate import ValidationReport

__all__ = ["build_dataset", "build", "publish", "is_build_folder", "meta_quads", "BuildResult", "BUILD_ENTRIES",
           "DEFAULT_OUT", "DATASET", "TITLE"]

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
    quads = link(quads, records, bool(includes))
    quads += derive_categories(quads, ontology_graph())
    quads += derive_types(quads, ontology_graph())
    # named without folders: the outputs that state it must not depend on where the files sit
    origin = "bundled records" if data is None else f"records of {Path(data).resolve().name}/"
    if includes:
        origin += " + " + ", ".join(p.name for p in includes)
    kg = KnowledgeGraph.from_quads(quads, origin)
    if analyse:
        from .analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze

        add_to_graph(kg, analyze(kg, DEFAULT_PROJECTION, seed=seed))
    return kg


def link(quads: list[ox.Quad], records, imported: bool) -> list[ox.Quad]:
    """Make one what is one: organisations the curators judged the same, and partnerships that two
    sources describe (:mod:`graph.resolve.linkage`), each link stated in ``dsrgraph:links``."""
    from .namespaces import ORGANISATION
    from .resolve.linkage import Link, find_links, link_quads, read_partnerships

    judgements = records.judgements
    curated = {str(ORGANISATION) + i for i in records["organisation"]}
    links = [Link(old, kept, "judged-same", why) for old, (kept, why)
             in sorted(judgements.merges(str(ORGANISATION), curated).items())] if judgements is not None else []
    if imported or (judgements is not None and len(judgements)):
        store = ox.Store()
        store.bulk_extend(quads)
        links += find_links(read_partnerships(store), judgements)
    return link_quads(quads, links)


@dataclass
class BuildResult:
    """What a build produced."""

    graph: KnowledgeGraph
    report: ValidationReport
    summary: Summary
    outputs: list[Path]
    analysis: object = None  # the AnalysisResult of the default analysis


# What a build writes into its output folder, and owns there: a build replaces them all at once
# (an entry it does not write this time is removed), and never touches anything else in the folder.
BUILD_ENTRIES = ("dsr.trig", "dsr.ttl", "validation.txt", "summary.json", "ontology", "analysis", "maps", "export")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def is_build_folder(folder: Path | str) -> bool:
    """Whether ``folder`` holds the outputs of ``dsr build`` (its graph and summary)."""
    folder = Path(folder)
    return (folder / "dsr.trig").is_file() and (folder / "summary.json").is_file()


def _ranking(kg: KnowledgeGraph, analysis) -> dict | None:
    """Betweenness per organisation, which picks the gallery's ego maps: from the analysis just run, or
    from the co-partnership measures the graph states."""
    if analysis is not None:
        return {row["id"]: row["betweenness"] for row in analysis.node_table}
    from .analysis.run import DEFAULT_PROJECTION
    from .export.networks import _measures

    stated = {node: m["betweenness"] for node, m in _measures(kg, DEFAULT_PROJECTION).items() if "betweenness" in m}
    return stated or None


def publish(kg: KnowledgeGraph, out: Path | str = DEFAULT_OUT, *, analysis=None, keep: Iterable[str] = (),
            maps: bool = True, export: bool = True, seed: int = 42):
    """Validate and summarise ``kg`` and write every output of a build into ``out`` at once.

    Everything is written into a staging folder first and swapped into ``out`` in one commit (see
    :mod:`graph.staging`): a failure or an interrupt leaves the previous build as it was.

    Parameters
    ----------
    kg : KnowledgeGraph
        The built dataset (with the default analysis stated in it, when there is one).
    analysis : AnalysisResult, optional
        The default analysis, written into ``analysis/``.
    keep : names
        Entries of the previous build to carry over unchanged (``analysis`` when the graph's default
        analysis did not change).

    Returns
    -------
    (ValidationReport, Summary, list of Path)
    """
    out = Path(out)
    report = kg.validate()
    summary = kg.summary()
    reference = render_reference(ontology_graph("dsr.ttl"), ontology_graph("technology-areas.ttl"))
    with staged(out, BUILD_ENTRIES) as stage:
        s = stage.path
        _write(s / "dsr.trig", kg.trig())
        _write(s / "dsr.ttl", kg.turtle())
        _write(s / "validation.txt", report.text())
        _write(s / "summary.json", json.dumps(summary.to_dict(), indent=2, ensure_ascii=False) + "\n")
        _write(s / "ontology" / "index.html", reference)
        for name in keep:
            if (out / name).is_dir():
                shutil.copytree(out / name, s / name)
        if analysis is not None:
            from .analysis.run import write_analysis

            write_analysis(analysis, s / "analysis")
        if maps:  # the map gallery: overview, Pakistan-China, technology families, ego maps
            from .maps.gallery import gallery, index_page

            entries = gallery(kg, seed=seed, ranking=_ranking(kg, analysis))
            for e in entries:
                _write(s / "maps" / e.file, e.map.html)
            _write(s / "maps" / "index.html", index_page(entries))
        if export:  # the default export set, with its manifest
            from .export import export as run_export

            run_export(kg, s / "export", seed=seed)
        written = sorted(out / p.relative_to(s) for p in s.rglob("*") if p.is_file())
    return report, summary, written


def build(out: Path | str = DEFAULT_OUT, data: Path | str | None = None,
          includes: Iterable[Path | str] = (), *, analyse: bool = True, maps: bool = True,
          export: bool = True, seed: int = 42) -> BuildResult:
    """Build the dataset, analyse it, validate it and write dsr.trig, dsr.ttl, validation.txt,
    summary.json, the ontology reference, the default analysis (``analysis/``), the map gallery
    (``maps/``) and, with ``export``, the default export set (``export/``, see :mod:`graph.export`)
    into ``out``.

    The build is all or nothing: the outputs are staged and replace the previous build's in one
    commit, once everything has been built (see :mod:`graph.staging`). Other files in ``out``
    (imports, maps written by ``dsr map``) are left alone.
    """
    kg = build_dataset(data, includes, analyse=False)
    analysis = None
    if analyse:
        from .analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze

        analysis = analyze(kg, DEFAULT_PROJECTION, seed=seed)
        add_to_graph(kg, analysis)
    report, summary, written = publish(kg, out, analysis=analysis, maps=maps, export=export, seed=seed)
    return BuildResult(kg, report, summary, written, analysis)
