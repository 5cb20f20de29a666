"""`dsr coverage`: partnerships per country, technology family, year and source, and the gaps."""

from __future__ import annotations

import csv
import io
import json

import click
from pathlib import Path

from .common import _graph_option

__all__ = ["coverage_command"]


@click.command("coverage")
@_graph_option
@click.option("--table", "tables", multiple=True,
              type=click.Choice(["totals", "countries", "families", "years", "sources"]),
              help="Tables to show (repeatable; default all).")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True,
              help="Aligned text, CSV (one table: give --table) or JSON.")
@click.option("--limit", type=click.IntRange(min=1), default=25, show_default=True,
              help="Rows shown per table in text (CSV and JSON hold every row).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: print).")
def coverage_command(graph_path, tables, fmt, limit, out):
    """What the graph covers, and where the gaps are: partnerships per country, technology family,
    year and source (the curated records, each imported dataset), with how many of an imported
    dataset's partnerships the curated records match.

    A partnership counts once in every row it belongs to (a partnership of two countries counts
    for both). Merge a dataset first (`dsr import …` then `dsr build --include …`) to see how much
    of it the curated records describe. Exit 2 on an unreadable graph, or CSV asked for more than
    one table.

    \b
    Examples:
      dsr coverage
      dsr coverage --table countries --format csv --out coverage-countries.csv
      dsr coverage --graph out/dsr.trig --table sources
    """
    from ..analysis.coverage import TABLES, coverage, text_table
    from ..errors import DSRError
    from ..store.rdfio import atomic_write
    from .common import _Failure, open_graph

    chosen = list(tables) or ["totals", *TABLES]
    if fmt == "csv" and len(chosen) != 1:
        raise click.UsageError("--format csv writes one table: give one --table")
    try:
        found = coverage(open_graph(graph_path))
    except DSRError as exc:
        raise _Failure(exc) from None
    if fmt == "json":
        text = json.dumps({t: found[t] for t in chosen}, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        rows = found[chosen[0]]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
    else:
        text = "\n".join(f"{t.capitalize()}\n{text_table(found[t], limit)}" for t in chosen)
    if out is None:
        click.echo(text, nl=False)
    else:
        atomic_write(out, text)
        click.echo(f"Wrote {out}")
