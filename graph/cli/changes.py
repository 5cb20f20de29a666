"""`dsr diff OLD NEW`: what changed between two built datasets."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["diff_command"]


@click.command("diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="Markdown for people, JSON for tools.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: print).")
def diff_command(old, new, fmt, out):
    """What changed between two built datasets: partnerships and organisations added, removed and
    changed claim by claim (each claim with its source), and merges made or undone.

    OLD and NEW are build folders (their dsr.trig is read) or .trig/.nq files. `dsr build` writes
    the same report as changes.md and changes.json when it replaces an earlier build. Exit 0
    whether or not anything changed; 2 when a file cannot be read.

    \b
    Examples:
      dsr diff out-2026-11 out
      dsr diff old/dsr.trig out/dsr.trig --format json --out changes.json
    """
    from ..errors import DSRError
    from ..pipeline.changes import diff, render_json, render_markdown
    from ..store.rdfio import atomic_write
    from .common import _Failure

    try:
        found = diff(old, new)
    except DSRError as exc:
        raise _Failure(exc) from None
    text = render_json(found) if fmt == "json" else render_markdown(found, str(old), str(new))
    if out is None:
        click.echo(text, nl=False)
        return
    atomic_write(out, text)
    c = found.counts
    click.echo(f"Wrote {out}: partnerships {c['partnership']['added']} added, {c['partnership']['removed']} removed, "
               f"{c['partnership']['changed']} changed; organisations {c['organisation']['added']} added, "
               f"{c['organisation']['removed']} removed, {c['organisation']['changed']} changed; "
               f"{len(found.merges)} merge change(s).")
