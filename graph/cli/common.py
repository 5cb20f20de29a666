"""What the `dsr` commands share: the --graph option, opening the graph, and errors shown as messages."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import DSRError

__all__ = ["DEFAULT_GRAPH", "graph_file", "open_graph", "load_bundled"]

DEFAULT_GRAPH = Path("out/dsr.trig")


class _Failure(click.ClickException):
    """A library error shown as 'Error: …' with the exit code its class carries."""

    def __init__(self, error: DSRError):
        super().__init__(str(error))
        self.exit_code = error.exit_code


def _graph_option(f):
    return click.option(
        "--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help=f"RDF dataset to read (TriG, N-Quads, Turtle…). Default: $DSR_GRAPH, else {DEFAULT_GRAPH} here or "
             "in a folder above, up to the project checkout's root; when there is none, the bundled records "
             "built in memory.",
    )(f)


def graph_file(graph_path: Path | None) -> Path | None:
    """The graph file a command reads: --graph, or the one :func:`graph.api.default_graph_path` finds."""
    from ..api import default_graph_path

    return graph_path or default_graph_path()


def open_graph(graph_path: Path | None):
    """The graph a reading command works on, saying on stderr which one unless it is ./out/dsr.trig or --graph."""
    from ..api import load

    path = graph_file(graph_path)
    if path is None:
        click.echo(f"No built graph ({DEFAULT_GRAPH}) here: building the bundled records in memory "
                   "(run `dsr build` to write it).", err=True)
    elif graph_path is None and path != DEFAULT_GRAPH:
        click.echo(f"Reading {path}", err=True)
    return load(path) if path is not None else load_bundled()


def load_bundled():
    from ..build import build_dataset

    return build_dataset()
