"""Records → dataset → validation → outputs: the main job of dsr-graph, written atomically."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .records.derive import derive_categories, derive_types
from .docs import render_reference
from .namespaces import DATASET, ONTOLOGY_GRAPH, TECHNOLOGY_GRAPH  # noqa: F401 - DATASET is part of this module's interface
from .store.rdfio import read_quads
from .records.load import load_records
from .resources import ontology_graph, ontology_quads
from .pipeline.staging import staged
from .sources.curated import LICENCE, TITLE, meta_quads, records_to_quads  # noqa: F401 - part of this module's interface
from .store.kg import KnowledgeGraph
from .pipeline.lanes import Job, default_jobs, run_jobs
from .pipeline.progress import Progress
from .store.summary import Summary
from .validate.report import ValidationReport

__all__ = ["build_dataset", "build", "publish", "is_build_folder", "meta_quads", "BuildResult", "BUILD_ENTRIES",
           "DEFAULT_OUT", "DATASET", "TITLE", "PARTS", "parts_from", "write_back"]

DEFAULT_OUT = Path("out")
def build_dataset(data: Path | str | None = None, includes: Iterable[Path | str] = (), *,
                  analyse: bool = True, seed: int = 42, progress: Progress | None = None) -> KnowledgeGraph:
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
    progress : Progress, optional
        Where to report the phases (load, link, derive, store); silent by default.

    Raises
    ------
    RecordError, UnreadableInput
        When a record or an included file is malformed.
    """
    progress = progress or Progress()
    includes = [Path(p) for p in includes]
    with progress.phase("load") as step:
        records = load_records(data)
        quads = records_to_quads(records)
        quads += ontology_quads("dsr.ttl", str(ONTOLOGY_GRAPH))
        quads += ontology_quads("technology-areas.ttl", str(TECHNOLOGY_GRAPH))
        quads += meta_quads()
        for path in includes:
            quads += read_quads(path)
        step.note = f"{len(quads):,} quads" + (f" ({len(includes)} included file{'s' if len(includes) > 1 else ''})"
                                               if includes else "")
    with progress.phase("link") as step:
        before = len(quads)
        quads = link(quads, records, bool(includes))
        step.note = f"{len(quads) - before:+,} quads"
    with progress.phase("derive") as step:
        derived = derive_categories(quads, ontology_graph())
        derived += derive_types(quads, ontology_graph())
        quads += derived
        step.note = f"{len(derived):,} quads derived"
    # named without folders: the outputs that state it must not depend on where the files sit
    origin = "bundled records" if data is None else f"records of {Path(data).resolve().name}/"
    if includes:
        origin += " + " + ", ".join(p.name for p in includes)
    with progress.phase("store") as step:
        kg = KnowledgeGraph.from_quads(quads, origin)
        step.note = f"{len(kg):,} statements"
    if analyse:
        with progress.phase("analysis"):
            from .analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze

            add_to_graph(kg, analyze(kg, DEFAULT_PROJECTION, seed=seed))
    return kg


def link(quads: list[ox.Quad], records, imported: bool) -> list[ox.Quad]:
    """Make one what is one: organisations the curators judged the same, and partnerships that two
    sources describe (:mod:`graph.resolve.linkage`), each link stated in ``dsrgraph:links``."""
    from .namespaces import ORGANISATION
    from .resolve.linkage import Link, find_links, link_quads, partnership_quads, read_partnerships

    judgements = records.judgements
    curated = {str(ORGANISATION) + i for i in records["organisation"]}
    links = [Link(old, kept, "judged-same", why) for old, (kept, why)
             in sorted(judgements.merges(str(ORGANISATION), curated).items())] if judgements is not None else []
    if imported or (judgements is not None and len(judgements)):
        store = ox.Store()
        store.bulk_extend(partnership_quads(quads))
        links += find_links(read_partnerships(store), judgements)
    return link_quads(quads, links)


@dataclass
class BuildResult:
    """What a build produced."""

    graph: KnowledgeGraph
    report: ValidationReport | None  # None when validation was left out (--skip validation)
    summary: Summary
    outputs: list[Path]
    analysis: object = None  # the AnalysisResult of the default analysis


# What a build writes into its output folder, and owns there: a build replaces them all at once
# (an entry it does not write this time is removed), and never touches anything else in the folder.
BUILD_ENTRIES = ("dsr.trig", "dsr.ttl", "validation.txt", "summary.json", "changes.md", "changes.json", "ontology",
                 "analysis", "maps", "export")


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


# The parts of a build, which --only / --skip choose from: the graph files (dsr.trig, dsr.ttl,
# summary.json), validation.txt, the ontology reference, the analysis, the maps and the export set.
PARTS = ("graph", "validation", "reference", "analysis", "maps", "export")


def parts_from(only: Iterable[str] = (), skip: Iterable[str] = ()) -> frozenset[str]:
    """The parts a build makes, from ``--only`` and ``--skip`` lists (comma-separated names allowed).

    Raises
    ------
    ValueError
        For an unknown part, or when both lists are given.
    """
    def names(values):
        out = [n.strip() for v in values for n in str(v).split(",") if n.strip()]
        unknown = [n for n in out if n not in PARTS]
        if unknown:
            raise ValueError(f"unknown part {unknown[0]!r}: the parts are {', '.join(PARTS)}")
        return set(out)

    only, skip = names(only), names(skip)
    if only and skip:
        raise ValueError("give --only or --skip, not both")
    return frozenset(only) if only else frozenset(PARTS) - skip


# Expected seconds of each output job: a fixed part plus a part per statement, fitted to `dsr build`
# on 2 cores at 15k and 1M statements. Only their ratios matter:
# they split the jobs into lanes that end at about the same time (see graph.pipeline.lanes).
JOB_COSTS = {"validate": (0.0, 12e-6), "write": (0.2, 18.5e-6), "turtle": (0.0, 11.5e-6), "maps": (0.5, 29.5e-6),
             "export": (0.0, 34e-6), "networks": (0.35, 18e-6), "changes": (0.1, 15e-6)}


def _output_jobs(kg: KnowledgeGraph, s: Path, out: Path, parts: set, summary: Summary, analysis, keep, seed: int) -> list[Job]:
    """The jobs that write a build's outputs into the staging folder ``s``; each writes files of its own."""
    statements = len(kg)

    def job(name, run):
        fixed, per_statement = JOB_COSTS[name]
        return Job(name, fixed + per_statement * statements, run)

    def validate(step):
        report = kg.validate()
        _write(s / "validation.txt", report.text())
        step.note = "conforms" if report.conforms else f"{len(report.violations)} violation(s)"
        return report

    def write(step):
        if "graph" in parts:
            _write(s / "dsr.trig", kg.trig())
            _write(s / "summary.json", json.dumps(summary.to_dict(), indent=2, ensure_ascii=False) + "\n")
        if "reference" in parts:
            _write(s / "ontology" / "index.html",
                   render_reference(ontology_graph("dsr.ttl"), ontology_graph("technology-areas.ttl")))
        for name in keep:
            if (out / name).is_dir():
                shutil.copytree(out / name, s / name)
        if analysis is not None and "analysis" in parts:
            from .analysis.run import write_analysis

            write_analysis(analysis, s / "analysis")

    def gallery_maps(step):  # the map gallery: overview, Pakistan-China, technology families, ego maps
        from .maps.gallery import gallery, index_page

        entries = gallery(kg, seed=seed, ranking=_ranking(kg, analysis))
        for e in entries:
            _write(s / "maps" / e.file, e.map.html)
        _write(s / "maps" / "index.html", index_page(entries))
        step.note = f"{len(entries)} maps"

    # the default export set: its RDF files and its network files are two jobs, the manifest is
    # written once both are done (see publish)
    def export_kind(kind):
        def run(step):
            from .export.job import export_files

            (s / "export").mkdir(exist_ok=True)
            return export_files(kg, s / "export", *_default_export(), seed=seed, kinds=(kind,))
        return run

    def turtle(step):  # the union of all graphs: as long to write as the TriG, so a job of its own
        _write(s / "dsr.ttl", kg.turtle())

    def changes(step):  # what changed since the build this one replaces
        from .pipeline.changes import diff, render_json, render_markdown

        found = diff(out / "dsr.trig", kg)
        _write(s / "changes.md", render_markdown(found))
        _write(s / "changes.json", render_json(found))
        c = found.counts["partnership"]
        step.note = f"partnerships {c['added']} added, {c['removed']} removed, {c['changed']} changed"

    jobs = [job("validate", validate)] if "validation" in parts else []
    if "graph" in parts and is_build_folder(out):
        jobs.append(job("changes", changes))
    jobs.append(job("write", write))
    if "graph" in parts:
        jobs.append(job("turtle", turtle))
    if "maps" in parts:
        jobs.append(job("maps", gallery_maps))
    if "export" in parts:
        jobs += [job("export", export_kind("rdf")), job("networks", export_kind("network"))]
    return jobs


def _default_export() -> tuple[list, list[str]]:
    """The formats and projections of the default export set."""
    from .export.formats import resolve
    from .export.job import DEFAULT_PROJECTIONS

    return resolve(None), list(DEFAULT_PROJECTIONS)


def _export_manifest(kg: KnowledgeGraph, folder: Path, files: list[dict], seed: int) -> None:
    """The manifest of the default export set, once its RDF and network files are written."""
    from .export.job import write_manifest

    write_manifest(kg, kg, folder, files, *_default_export(), seed=seed)


def publish(kg: KnowledgeGraph, out: Path | str = DEFAULT_OUT, *, analysis=None, keep: Iterable[str] = (),
            maps: bool = True, export: bool = True, seed: int = 42, parts: Iterable[str] | None = None,
            progress: Progress | None = None, lanes: int | None = None):
    """Validate and summarise ``kg`` and write every output of a build into ``out`` at once.

    Everything is written into a staging folder first and swapped into ``out`` in one commit (see
    :mod:`graph.pipeline.staging`): a failure or an interrupt leaves the previous build as it was.
    When ``out`` holds an earlier build, ``changes.md`` and ``changes.json`` say what changed since
    (see :mod:`graph.pipeline.changes`).

    Parameters
    ----------
    kg : KnowledgeGraph
        The built dataset (with the default analysis stated in it, when there is one).
    analysis : AnalysisResult, optional
        The default analysis, written into ``analysis/``.
    keep : names
        Entries of the previous build to carry over unchanged (``analysis`` when the graph's default
        analysis did not change).
    parts : names, optional
        The parts of :data:`PARTS` to write (all by default; ``maps`` and ``export`` also say no to
        theirs). An entry of the previous build that is not written this time is removed, so the
        folder never mixes two builds.
    progress : Progress, optional
        Where to report the phases (summary, then validate, write, turtle, maps, export, networks and —
        over an earlier build — changes as each ends, then commit).
    lanes : int, optional
        How many of the output jobs (validate, write, turtle, maps, export, networks) may run at once, in forked
        workers (see :mod:`graph.pipeline.lanes`); by default two on a machine with two cores or more. The
        files are the same whatever the number.

    Returns
    -------
    (ValidationReport or None, Summary, list of Path) — no report when validation was left out.
    """
    out = Path(out)
    progress = progress or Progress()
    parts = set(PARTS if parts is None else parts)
    if not maps:
        parts.discard("maps")
    if not export:
        parts.discard("export")
    with progress.phase("summary"):
        summary = kg.summary()
    with staged(out, BUILD_ENTRIES) as stage:
        jobs = _output_jobs(kg, stage.path, out, parts, summary, analysis, keep, seed)
        results = run_jobs(jobs, lanes=default_jobs() if lanes is None else lanes, progress=progress)
        if "export" in results:
            _export_manifest(kg, stage.path / "export", results["export"] + results["networks"], seed)
        report = results.get("validate")
        s = stage.path
        written = sorted(out / p.relative_to(s) for p in s.rglob("*") if p.is_file())
        committing = time.perf_counter()
    progress.record("commit", time.perf_counter() - committing, f"{len(written)} files into {out}/")
    return report, summary, written


def build(out: Path | str = DEFAULT_OUT, data: Path | str | None = None,
          includes: Iterable[Path | str] = (), *, analyse: bool = True, maps: bool = True,
          export: bool = True, seed: int = 42, parts: Iterable[str] | None = None,
          progress: Progress | None = None, lanes: int | None = None) -> BuildResult:
    """Build the dataset, analyse it, validate it and write dsr.trig, dsr.ttl, validation.txt,
    summary.json, the ontology reference, the default analysis (``analysis/``), the map gallery
    (``maps/``) and, with ``export``, the default export set (``export/``, see :mod:`graph.export`)
    into ``out`` — or only the ``parts`` named (see :data:`PARTS` and :func:`parts_from`).

    The build is all or nothing: the outputs are staged and replace the previous build's in one
    commit, once everything has been built (see :mod:`graph.pipeline.staging`). Other files in ``out``
    (imports, maps written by ``dsr map``) are left alone. ``progress`` reports each phase.
    """
    progress = progress or Progress()
    parts = set(PARTS if parts is None else parts)
    if not analyse:
        parts.discard("analysis")
    kg = build_dataset(data, includes, analyse=False, progress=progress)
    analysis = None
    if "analysis" in parts:
        with progress.phase("analysis") as step:
            from .analysis.run import DEFAULT_PROJECTION, add_to_graph, analyze

            analysis = analyze(kg, DEFAULT_PROJECTION, seed=seed, lanes=default_jobs() if lanes is None else lanes)
            add_to_graph(kg, analysis)
            step.note = f"{analysis.nodes:,} nodes, {analysis.edges:,} links"
    report, summary, written = publish(kg, out, analysis=analysis, maps=maps, export=export, seed=seed,
                                       parts=parts, progress=progress, lanes=lanes)
    return BuildResult(kg, report, summary, written, analysis)


def write_back(kg: KnowledgeGraph, result, target: Path | str) -> list[Path]:
    """State ``result`` (an AnalysisResult) in ``kg`` and write the graph back into ``target``, with what depends on it.

    When ``target`` is a build's ``dsr.trig``, the whole build folder is published again from the
    graph (its Turtle union, summary, validation report, maps and exports), so that every file of
    the folder describes the same graph: ``analysis/`` is rewritten when the result replaces the
    build's default analysis, and kept otherwise. Any other ``.trig`` or ``.nq`` file is rewritten
    alone. Returns the paths written.

    Raises
    ------
    UnreadableInput
        When ``target`` is not a ``.trig`` or ``.nq`` file (only those keep named graphs).
    """
    from .analysis.run import DEFAULT_PROJECTION, add_to_graph
    from .errors import UnreadableInput
    from .store.rdfio import atomic_write, write_trig

    target = Path(target)
    if target.suffix not in (".trig", ".nq"):
        raise UnreadableInput(f"{target}: cannot write the measures back: only .trig and .nq files keep named "
                              "graphs (write them to another file with --out, or read a .trig)")
    add_to_graph(kg, result)
    if target.name == "dsr.trig" and is_build_folder(target.parent):
        default = result.projection == DEFAULT_PROJECTION
        return publish(kg, target.parent, analysis=result if default else None,
                       keep=() if default else ("analysis",))[2]
    if target.suffix == ".trig":
        write_trig(target, kg.quads())
    else:
        atomic_write(target, ox.serialize(kg.quads(), format=ox.RdfFormat.N_QUADS))
    return [target]
