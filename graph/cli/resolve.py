"""`dsr resolve`: pairs worth a look, and the curators' judgements on them (stored, applied on every build)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click

from ..errors import DSRError

__all__ = ["resolve_group"]


def _fail(exc: DSRError):
    from .common import _Failure

    return _Failure(exc)


def _judgements_file(path: Path | None, data: Path | None) -> Path:
    from ..resolve.judgements import JUDGEMENTS_FILE
    from ..resources import data_dir

    if path is not None:
        return path
    return (data or Path(str(data_dir()))) / JUDGEMENTS_FILE


@click.group("resolve")
def resolve_group():
    """Entity resolution: list pairs worth a look, and record judgements on them.

    The resolver merges organisation names by rules (exact and known names, acronyms with
    evidence, similar names whose distinctive words agree, never across countries or kinds) and
    links partnerships two sources describe; a person decides the rest. `dsr resolve candidates`
    lists what may be one; `dsr resolve accept|reject A B --why TEXT` records a judgement in the
    records folder's judgements.yaml, which every import and every build applies.

    \b
    Examples:
      dsr resolve candidates
      dsr resolve accept organisation:zte-corporation "Zhongxing Telecom" --why "ZTE's Chinese name"
      dsr resolve reject organisation:chengtong-group organisation:hengtong-group --why "two companies"
    """


@resolve_group.command("candidates")
@click.option("--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Built graph to look in (default: out/dsr.trig, or the bundled records).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.85, show_default=True,
              help="Least similarity (0-1) of the names of a pair.")
@click.option("--all", "all_", is_flag=True,
              help="Also list pairs the rules keep apart for a plain reason (different countries or kinds).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="List at most this many pairs.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True,
              help="A table to read, or CSV for a spreadsheet.")
def candidates(graph_path, min_score, all_, limit, fmt):
    """List organisations and partnerships that may be one, the most alike first.

    For each pair: the similarity of their names, what the rules would do (merge, or keep apart
    and why) and the evidence. Pairs already judged are left out.

    \b
    Examples:
      dsr resolve candidates
      dsr resolve candidates --graph out/dsr.trig --format csv > pairs.csv
    """
    from .common import open_graph
    from ..records.load import load_records
    from ..resolve.candidates import candidates as find

    try:
        kg = open_graph(graph_path)
        found = find(kg, min_score=min_score, judgements=load_records().judgements)
    except DSRError as exc:
        raise _fail(exc) from None
    if not all_:
        found = [c for c in found if not c.verdict.startswith(("kept apart: different countries",
                                                               "kept apart: different kinds",
                                                               "kept apart: missions in different"))]
    found = found[:limit] if limit else found
    if fmt == "csv":
        from ..store.cells import safe_cell

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["kind", "a", "a_label", "b", "b_label", "score", "verdict", "evidence"])
        for c in found:
            w.writerow([safe_cell(str(v)) for v in (c.kind, c.a, c.a_label, c.b, c.b_label, c.score, c.verdict,
                                                    c.evidence)])
        click.echo(buf.getvalue(), nl=False)
        return
    for c in found:
        click.echo(f"{c.score:.2f}  {c.kind}: {c.a} ({c.a_label})  ~  {c.b} ({c.b_label})")
        click.echo(f"      {c.verdict}; evidence: {c.evidence}")
    click.echo(f"{len(found)} pair(s). Decide with: dsr resolve accept|reject A B --why TEXT", err=True)


def _known_entities(values: tuple[str, ...], data: Path | None, graph_paths: tuple[Path, ...]) -> None:
    """Refuse an ``organisation:ID`` / ``partnership:ID`` that neither the records, nor the built graph,
    nor an import has (a typo would otherwise be kept as a judgement that never applies). The records
    and each graph file are read once, and only when an id needs them."""
    import difflib

    from ..records.load import load_records
    from .common import DEFAULT_GRAPH

    wanted = []
    for value in values:
        kind, sep, local = value.strip().partition(":")
        if sep and kind in ("organisation", "partnership"):  # else a name as found, judged as written
            wanted.append((value, kind, local, local.lower() if kind == "partnership" else local))
    if not wanted:
        return
    records = load_records(data)
    known = {kind: {r.id.lower() if kind == "partnership" else r.id for r in records[kind].values()}
             for kind in ("organisation", "partnership")}
    wanted = [w for w in wanted if w[3] not in known[w[1]]]
    if not wanted:
        return
    from ..api import load
    from ..namespaces import ORGANISATION, PARTNERSHIP

    files = [f for f in (list(graph_paths) or [DEFAULT_GRAPH, *sorted(DEFAULT_GRAPH.parent.glob("imports/*.trig"))])
             if f.is_file()]
    graphs: dict[Path, object] = {}

    def graph_of(f: Path):  # read when first asked, then kept for the other id
        if f not in graphs:
            graphs[f] = load(f)
        return graphs[f]

    for value, kind, local, key in wanted:
        iri = str(ORGANISATION if kind == "organisation" else PARTNERSHIP) + key
        if any(graph_of(f).query(f"ASK {{ GRAPH ?g {{ <{iri}> ?p ?o }} }}").boolean for f in files):
            continue  # an organisation an import created, or an imported partnership
        closest = difflib.get_close_matches(key, sorted(known[kind]), n=3, cutoff=0.6)
        looked = ", ".join(str(f) for f in files)
        raise DSRError(f"argument {value!r}: no {kind} {local!r} in the records ({data or 'bundled'})"
                       + (f" or in {looked}" if looked else "")
                       + (f"; closest: {', '.join(closest)}" if closest else "")
                       + "; for an entity an import created, give --graph with the import or the built graph")


def _judge(same: bool, a: str, b: str, why: str, who: str, country_a: str, country_b: str, path: Path,
           data: Path | None, graph_paths: tuple[Path, ...] = ()) -> None:
    from ..store.rdfio import atomic_write
    from ..resolve.judgements import judgement_text, load_judgements

    _known_entities((a, b), data, graph_paths)
    path = _judgements_file(path, data)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    entry = judgement_text(same, a, b, why, who, country_a.upper(), country_b.upper())
    new = (text.rstrip("\n") + "\n\n" if text.strip() else
           "# Curators' judgements: which names and entities are one, and which are not (dsr resolve).\n") + entry
    probe = path.with_name(f".{path.name}.check")
    try:
        probe.write_text(new, encoding="utf-8")
        load_judgements(probe, str(path))  # a contradiction is refused here, before anything is kept
        atomic_write(path, new)
    except OSError as exc:
        raise _fail(DSRError(f"{path}: cannot write: {exc.strerror or exc}; give --judgements FILE")) from None
    finally:
        probe.unlink(missing_ok=True)
    click.echo(f"Recorded in {path}: {a} {'is' if same else 'is not'} {b} ({why}). `dsr build` applies it.")


def _judgement_command(same: bool):
    verb = "accept" if same else "reject"
    text = (f"Record that A and B are {'one' if same else 'not one'}: organisations or partnerships.\n\n"
            "A and B are entities (organisation:ID, partnership:ID) or, for organisations, names as a "
            "dataset writes them. The judgement goes into judgements.yaml with who, why and when; a "
            "judgement that contradicts earlier ones (with what follows from them) is refused.\n\n"
            "\b\nExample:\n"
            + ("  dsr resolve accept organisation:zte-corporation \"Zhongxing Telecom Equipment\" "
               "--why \"ZTE's full name\"" if same else
               "  dsr resolve reject organisation:chengtong-group organisation:hengtong-group "
               "--why \"two companies\""))

    @resolve_group.command(verb, help=text)
    @click.argument("a")
    @click.argument("b")
    @click.option("--why", required=True, help="The reason, for the next reader (a source, a fact).")
    @click.option("--who", default="", help="Who decides (recorded with the judgement).")
    @click.option("--country-a", default="", metavar="CODE", help="When A is a name: the country it comes with.")
    @click.option("--country-b", default="", metavar="CODE", help="When B is a name: the country it comes with.")
    @click.option("--judgements", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Judgements file (default: judgements.yaml of the records folder, --data or the bundled one).")
    @click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
                  help="Records folder whose judgements.yaml to write.")
    @click.option("--graph", "graph_paths", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
                  help="A built graph or an import (repeatable) that knows the entities an import created "
                       "(default: out/dsr.trig and out/imports/*.trig).")
    def command(a, b, why, who, country_a, country_b, path, data, graph_paths):
        try:
            _judge(same, a, b, why, who, country_a, country_b, path, data, tuple(graph_paths))
        except DSRError as exc:
            raise _fail(exc) from None

    return command


accept = _judgement_command(True)
reject = _judgement_command(False)
