"""The `dsr` command line: each command parses its options, calls one library function, maps errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import DSRError

__all__ = ["cli"]

DEFAULT_GRAPH = Path("out/dsr.trig")


class _Failure(click.ClickException):
    """A library error shown as 'Error: …' with the exit code its class carries."""

    def __init__(self, error: DSRError):
        super().__init__(str(error))
        self.exit_code = error.exit_code


def _graph_option(f):
    return click.option(
        "--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help=f"RDF dataset to read (TriG, N-Quads, Turtle…). Default: {DEFAULT_GRAPH}, or, when that file "
             "does not exist, the bundled records built in memory.",
    )(f)


def open_graph(graph_path: Path | None):
    """The graph a reading command works on, saying on stderr when it falls back to the bundled records."""
    from .api import load

    if graph_path is None and not DEFAULT_GRAPH.is_file():
        click.echo(f"{DEFAULT_GRAPH} not found: building the bundled records in memory "
                   "(run `dsr build` to write it).", err=True)
    return load(graph_path)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dsr")
def cli():
    """dsr-graph: build, check and explore an open, sourced knowledge graph of the Digital Silk Road.

    Start with `dsr build`, which turns the bundled records into out/dsr.trig (one named graph
    per source), out/dsr.ttl (the union), out/validation.txt and an HTML reference of the
    ontology. Commands that read a graph take --graph FILE.
    """


@cli.command()
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write the outputs into.")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Records folder to build from instead of the bundled one (same layout as graph/data).")
@click.option("--include", "includes", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra RDF dataset to merge, named graphs kept (repeatable), e.g. an import's .trig.")
@click.option("--top", type=click.IntRange(min=0), default=15, show_default=True,
              help="How many sources to list in the printed per-source statement counts; 0 lists all "
                   "(all are always in summary.json).")
def build(out: Path, data: Path | None, includes: tuple[Path, ...], top: int):
    """Build the graph from the records and write it, with its validation report, into OUT.

    Writes dsr.trig, dsr.ttl, validation.txt, summary.json and ontology/index.html, then prints
    a summary. Exit 0 when the graph conforms to the shapes, 1 when it does not (the files are
    still written, with the violations in validation.txt), 2 when a record or an included file
    is malformed (nothing is written).
    """
    from .build import build as run_build

    try:
        result = run_build(out, data, includes)
    except DSRError as exc:
        raise _Failure(exc) from None
    click.echo(f"Built {len(result.graph)} statements into {out}/: " + ", ".join(
        str(p.relative_to(out)) for p in result.outputs))
    click.echo(result.summary.text(top=top or None))
    if result.report.conforms:
        click.echo("Validation: conforms to the shapes (see validation.txt).")
    else:
        click.echo(f"Validation: {len(result.report.violations)} violation(s); see {out / 'validation.txt'}.", err=True)
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only the verdict line.")
def validate(files: tuple[Path, ...], quiet: bool):
    """Check RDF FILES (read together as one dataset) against the SHACL shapes.

    Prints each violation with its focus node, path, message, and the record and sources it came
    from. Exit 0 when the data conforms, 1 when it has violations, 2 when a file cannot be read.
    """
    from .rdfio import read_quads
    from .store import KnowledgeGraph
    from .validate import validate as run_validate

    try:
        quads = [q for path in files for q in read_quads(path)]
        report = run_validate(KnowledgeGraph.from_quads(quads, ", ".join(map(str, files))))
    except DSRError as exc:
        raise _Failure(exc) from None
    click.echo(report.text().splitlines()[3] if quiet else report.text().rstrip())
    sys.exit(0 if report.conforms else 1)


@cli.command()
@_graph_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def info(graph_path: Path | None, as_json: bool):
    """Summarise a graph: organisations by kind, agreements by kind and category, projects,
    programmes, technology areas, countries, sources and statements per source."""
    try:
        kg = open_graph(graph_path)
        summary = kg.summary()
    except DSRError as exc:
        raise _Failure(exc) from None
    if as_json:
        click.echo(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(f"Graph: {kg.origin}")
        click.echo(summary.text())


@cli.command()
@click.option("--organisations", type=click.IntRange(min=10), default=1000, show_default=True,
              help="How many organisations to generate; partnerships and sources scale with it.")
@click.option("--seed", type=int, default=42, show_default=True, help="Random seed: same seed, same bytes.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (.trig or .nq).")
def synth(organisations: int, seed: int, out: Path):
    """Generate a synthetic DSR-shaped dataset (for benchmarks) that conforms to the shapes."""
    from .synth import write_synthetic

    try:
        stats = write_synthetic(out, organisations=organisations, seed=seed)
    except DSRError as exc:
        raise _Failure(exc) from None
    click.echo(f"Wrote {stats['quads']} quads ({stats['organisations']} organisations, "
               f"{stats['partnerships']} partnerships, {stats['sources']} sources) to {out}")
