"""The `dsr` command line: each command parses its options, calls one library function, maps errors."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from ..version import __version__
from ..errors import DSRError

__all__ = ["cli", "main"]

# Commands that leave nothing to clean up once they return (every file written and closed, no
# worker left) set this, and main() then ends the process at once: tearing down the interpreter's
# modules and objects takes a third of a second after a build, and does nothing a user can see.
_DONE_EXIT_AT_ONCE = False


def main(args=None) -> None:
    """The ``dsr`` program: run :data:`cli`, then exit (see ``_DONE_EXIT_AT_ONCE``)."""
    global _DONE_EXIT_AT_ONCE
    _DONE_EXIT_AT_ONCE = False
    try:
        cli.main(args=args, prog_name="dsr")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if not isinstance(exc.code, (int, type(None))):
            print(exc.code, file=sys.stderr)
    if not _DONE_EXIT_AT_ONCE:
        sys.exit(code)
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (dsr build | head): nothing more to say
            pass
    os._exit(code)

from .common import DEFAULT_GRAPH, _Failure, _graph_option, graph_file, open_graph  # noqa: F401


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dsr")
def cli():
    """dsr-graph: build, query, analyse, map and export an open, sourced knowledge graph of the
    Digital Silk Road.

    Start with `dsr build`: it turns the bundled records into out/ — dsr.trig (one named graph per
    source), dsr.ttl (the union), validation.txt, summary.json, the network analysis (analysis/),
    the map gallery (maps/index.html) and files for other tools (export/). Commands that read a
    graph take --graph FILE (default: out/dsr.trig). `dsr COMMAND --help` explains each command.

    \b
    Datasets:          fetch (the field's public datasets into a cache, for build --with)
    Build and check:   build, check (build in memory and validate, writing nothing), validate, info,
                       coverage (partnerships per country, technology, year and source: the gaps)
    Ask in SPARQL:     query (the catalogue: dsr query --list), serve (HTTP endpoint), push (to a store)
    Analyse and draw:  analyze (centrality, communities, change over time), map (offline HTML maps: networks, and --geo the world)
    Share and import:  export (Gephi, Cytoscape, Neo4j, RDF files), import (AidData, cables, any CSV)
    Curate:            resolve (pairs that may be one organisation or deal; accept or reject them),
                       diff (what changed between two builds),
                       extract (candidate records from a news report, with the evidence of each field)
    Benchmarks:        synth (a synthetic dataset of any size)

    \b
    Examples:
      dsr build
      dsr query partnerships-of-organisation --param org=ZTE
      dsr map --country PAK --technology 5G --out pak-5g.html
      dsr export --format gexf --out for-gephi

    Exit codes: 0 ok, 1 the data does not conform (or rows were skipped under --strict), 2 bad
    input or usage.
    """


@cli.command()
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write the outputs into.")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Records folder to build from instead of the bundled one (same layout as graph/data).")
@click.option("--include", "includes", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra RDF dataset to merge, named graphs kept (repeatable), e.g. an import's .trig.")
@click.option("--with", "with_", multiple=True, metavar="NAME",
              help="A dataset of the registry (dsr fetch --list) to fetch or take from the cache, import and "
                   "merge (repeatable); its import goes to OUT/imports/NAME.trig.")
@click.option("--registry", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Dataset registry to read instead of the bundled one (for --with).")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Download cache for --with (default $DSR_CACHE, else $XDG_CACHE_HOME/dsr-graph).")
@click.option("--top", type=click.IntRange(min=0), default=15, show_default=True,
              help="How many sources to list in the printed per-source statement counts; 0 lists all "
                   "(all are always in summary.json).")
@click.option("--only", "only", multiple=True, metavar="PARTS",
              help="Write only these parts (comma-separated, repeatable): graph, validation, reference, "
                   "analysis, maps, export.")
@click.option("--skip", "skip", multiple=True, metavar="PARTS", help="Write every part but these.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines on stderr.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Progress on stderr as a line per phase, or as one JSON object per phase (for tools).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="How many output jobs (validate, write, turtle, maps, export, networks) run at once, each lane in a "
                   "worker process of its own; default 2 on a machine with two cores or more, else 1. "
                   "The files are the same whatever the number.")
def build(out: Path, data: Path | None, includes: tuple[Path, ...], with_: tuple[str, ...], registry: Path | None,
          cache: Path | None, top: int, only: tuple[str, ...], skip: tuple[str, ...], quiet: bool, log_format: str,
          jobs: int | None):
    """Build the graph from the records and write it, with its validation report, into OUT.

    Writes dsr.trig, dsr.ttl, validation.txt, summary.json and ontology/index.html, the default
    network analysis (analysis/), the map gallery (maps/index.html) and the default export set
    (export/), then prints a summary. Exit 0 when the graph conforms to the shapes, 1 when it does not (the files are
    still written, with the violations in validation.txt), 2 when a record or an included file
    is malformed (nothing is written).

    All or nothing: the outputs are staged and replace the previous build's in one step at the
    end, so a failed or interrupted build leaves the previous one as it was. Other files in OUT
    are left alone.

    \b
    Examples:
      dsr build
      dsr build --out /tmp/dsr --top 0
      dsr import cables submarine-cables/ && dsr build --include out/imports/telegeography-submarine-cables.trig
      dsr build --data my-records/     # your own records folder, laid out like the bundled one
      dsr build --only graph,validation   # fast: the graph and its validation, nothing else
      dsr build --skip maps,export --log-format json 2> phases.jsonl
      dsr build --with submarine-cables        # fetch (or take from the cache), import and merge a dataset

    Each phase (load, link, derive, store, analysis, summary, then validate, write, turtle, maps,
    export and networks, which run side by side in two workers, then commit) prints its time and
    the peak memory of its process so far on stderr as it ends. A part left out by --only or --skip is
    removed from OUT, so the folder never mixes two builds.
    """
    from ..build import build as run_build, parts_from
    from ..pipeline.progress import Progress

    try:
        parts = parts_from(only, skip)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    progress = Progress("quiet" if quiet else log_format)
    try:
        includes = tuple(includes) + tuple(_with_datasets(with_, registry, cache, out, quiet))
        result = run_build(out, data, includes, parts=parts, progress=progress, lanes=jobs)
    except DSRError as exc:
        raise _Failure(exc) from None
    global _DONE_EXIT_AT_ONCE
    _DONE_EXIT_AT_ONCE = True  # everything is committed; what is left is printing
    folders = {"analysis": "the network analysis", "maps": "the map gallery (open maps/index.html)",
               "export": "files for other tools (export/manifest.json lists them)"}
    core = [p for p in result.outputs if p.relative_to(out).parts[0] not in folders]
    extra = [f"{what} in {name}/ ({sum(1 for p in result.outputs if p.relative_to(out).parts[0] == name)} files)"
             for name, what in folders.items() if any(p.relative_to(out).parts[0] == name for p in result.outputs)]
    click.echo(f"Built {len(result.graph)} statements into {out}/: " + ", ".join(
        str(p.relative_to(out)) for p in core) + "".join(f"; {e}" for e in extra))
    click.echo(result.summary.text(top=top or None))
    if result.analysis is not None:
        a = result.analysis
        top_nodes = sorted(a.node_table, key=lambda r: (-r.get("betweenness", 0), r["id"]))[:3]
        click.echo(f"Network ({a.projection}): {a.nodes} organisations, {a.edges} links; "
                   f"{len(a.communities.get('louvain', []))} Louvain communities "
                   f"(modularity {a.modularity.get('louvain', 0):.3f}); top brokers by betweenness: "
                   + ", ".join(r["label"] for r in top_nodes))
    if result.report is None:
        click.echo("Validation: left out (--only/--skip); run dsr check or dsr validate.")
    elif result.report.conforms:
        click.echo("Validation: conforms to the shapes (see validation.txt).")
    else:
        click.echo(f"Validation: {len(result.report.violations)} violation(s); see {out / 'validation.txt'}.", err=True)
        sys.exit(1)


@cli.command()
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Records folder to check instead of the bundled one (same layout as graph/data).")
@click.option("--include", "includes", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Extra RDF dataset to merge, as dsr build does (repeatable).")
@click.option("--quiet", "-q", is_flag=True, help="Print only the verdict line.")
@click.option("--log-format", type=click.Choice(["text", "json", "quiet"]), default="quiet", show_default=True,
              help="Progress on stderr: a line per phase, one JSON object per phase, or nothing.")
def check(data: Path | None, includes: tuple[Path, ...], quiet: bool, log_format: str):
    """Check the records: build the graph in memory and validate it, writing nothing.

    The quick loop for a curator who edits a record: a malformed record stops with the file,
    line and field (exit 2); otherwise the validation report, as dsr validate prints it (exit 0
    when the graph conforms, 1 when it does not). No analysis, maps or exports are made.

    
    Examples:
      dsr check
      dsr check --data my-records/ -q
      dsr check --include out/imports/aiddata-huawei.trig --log-format text
    """
    from ..build import build_dataset
    from ..pipeline.progress import Progress

    progress = Progress(log_format)
    try:
        kg = build_dataset(data, includes, analyse=False, progress=progress)
        with progress.phase("validate") as step:
            report = kg.validate()
            step.note = "conforms" if report.conforms else f"{len(report.violations)} violation(s)"
    except DSRError as exc:
        raise _Failure(exc) from None
    _verdict(report, quiet)


def _verdict(report, quiet: bool) -> None:
    """Print a validation report (only its verdict line with ``quiet``) and exit 0 or 1 by it."""
    global _DONE_EXIT_AT_ONCE
    _DONE_EXIT_AT_ONCE = True  # nothing was written; what is left is printing
    click.echo(report.text().splitlines()[3] if quiet else report.text().rstrip())
    sys.exit(0 if report.conforms else 1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only the verdict line.")
def validate(files: tuple[Path, ...], quiet: bool):
    """Check RDF FILES (read together as one dataset) against the SHACL shapes.

    Prints each violation with its focus node, path, message, and the record and sources it came
    from. Exit 0 when the data conforms, 1 when it has violations, 2 when a file cannot be read.

    \b
    Examples:
      dsr validate out/dsr.trig
      dsr validate -q out/dsr.trig out/imports/aiddata-huawei.trig
    """
    from ..store.rdfio import read_quads
    from ..store.kg import KnowledgeGraph
    from ..validate.report import validate as run_validate

    try:
        quads = [q for path in files for q in read_quads(path)]
        report = run_validate(KnowledgeGraph.from_quads(quads, ", ".join(map(str, files))))
    except DSRError as exc:
        raise _Failure(exc) from None
    _verdict(report, quiet)


@cli.command()
@_graph_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def info(graph_path: Path | None, as_json: bool):
    """Summarise a graph: organisations by kind, agreements by kind and category, projects,
    programmes, technology areas, countries, sources and statements per source.

    Statements are counted once however many sources make them; quads count them once per
    source's named graph.

    \b
    Examples:
      dsr info
      dsr info --graph out/dsr.trig --json
    """
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


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{item!r}: write --param name=value", param_hint="--param")
        out[name.strip()] = value
    return out


@cli.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="SPARQL text to run instead of a catalogue query or file.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter value, bound as an RDF term of the kind the query declares (repeatable): an "
                   "entity by IRI, prefixed name, id, label, alias or ISO country code (org=ZTE, country=KEN, "
                   "area=5G); literals as text.")
@click.option("--format", "fmt", default=None,
              help="Result format. SELECT/ASK: table (default), csv, tsv, json, xml, md (the W3C SPARQL 1.1 "
                   "result formats plus tables). CONSTRUCT/DESCRIBE: turtle (default), json-ld, n-triples.")
@click.option("--list", "list_", is_flag=True, help="List the query catalogue with descriptions and parameters.")
@_graph_option
@click.option("--endpoint", default=None, metavar="URL",
              help="Run the query on a remote SPARQL 1.1 endpoint instead of the local graph.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None,
              help="Stop the query after this many seconds (exit 2).")
@click.option("--max-rows", type=click.IntRange(min=1), default=None, help="Refuse results larger than this.")
@click.option("--max-memory", type=click.IntRange(min=64), default=4096, show_default=True, metavar="MB",
              help="Memory the query may use beyond the graph (it runs in a process of its own); past it, exit 2.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the result to this file instead of the terminal.")
def query(name, expression, params, fmt, list_, graph_path, endpoint, timeout, max_rows, max_memory, out):
    """Run a SPARQL query: a catalogue query by NAME, a .rq FILE, or -e 'SPARQL'.

    Parameters are bound as RDF terms, never pasted into the text; a parameter that names an
    entity takes its IRI or its name (the entity it resolved to is shown on stderr), and a value
    that names nothing is an error listing the closest names. The default graph is the merge of
    all named graphs, each distinct statement once; GRAPH ?source { … } narrows a pattern to one
    source. Exit 0 with a result, 2 for a syntax error (with line and column), an unknown query,
    parameter, prefix or format, a refused query (updates, LOAD, SERVICE) or a timeout.

    \b
    Examples:
      dsr query --list
      dsr query partnerships-of-organisation --param org=ZTE
      dsr query chinese-companies-in-country --param country=KEN --format csv
      dsr query -e 'SELECT ?p WHERE { ?p dsr:technologyArea tech:5g }' --format json
      dsr query describe-partnership --format json-ld --out 24-mous.jsonld
    """
    from ..store.queries import CatalogueQuery, adhoc_bindings, catalogue, resolve

    try:
        if list_:
            for entry in catalogue().values():
                click.echo(f"{entry.name}  [{entry.form}]\n  {entry.title}: {entry.description}")
                for p in entry.params:
                    default = f" (default {p.default})" if p.default is not None else ""
                    click.echo(f"  --param {p.name}=<{p.kind}>{default}: {p.description}")
                click.echo("")
            return
        if bool(name) == bool(expression):
            raise click.UsageError("give a catalogue NAME or .rq FILE, or -e 'SPARQL' (not both); "
                                   "`dsr query --list` shows the catalogue")
        entry = resolve(name) if name else CatalogueQuery("-e", "query", "ad-hoc query", expression, [], "-e")
        from ..store.names import NameResolver

        if endpoint:
            from ..store.remote import RemoteStore

            store = RemoteStore(endpoint)
            names = NameResolver(lambda text: store.query(text, timeout=timeout))
        else:
            from ..store.engine import check_read_only, evaluate, run_in_child

            check_read_only(entry.text)  # a refused or malformed query says so before the graph is read
            kg = open_graph(graph_path)
            names = NameResolver(kg.select)
        resolved: list = []
        bindings = (entry.bindings(_params(params), names, resolved) if entry.params
                    else adhoc_bindings(_params(params)))
        for param, text, found in resolved:  # say which entity a name stood for
            click.echo(f"--param {param}={text}: {found.short()}" + (f" ({found.label}, by {found.how})"
                                                                      if found.label else f" (by {found.how})"), err=True)
        if endpoint:
            result = store.query(entry.text, bindings, timeout=timeout)
        else:
            result = run_in_child(lambda: evaluate(kg.store, entry.text, bindings, max_rows=max_rows), timeout,
                                  max_memory << 20)
        data = result.serialize(fmt or ("turtle" if result.is_graph else "table"))
    except DSRError as exc:
        raise _Failure(exc) from None
    if out:
        from ..store.rdfio import atomic_write

        try:
            atomic_write(out, data)
        except DSRError as exc:
            raise _Failure(exc) from None
        click.echo(f"Wrote {len(result)} {'triples' if result.is_graph else 'rows'} to {out}", err=True)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@cli.command()
@click.option("--organisations", type=click.IntRange(min=10), default=1000, show_default=True,
              help="How many organisations to generate; partnerships and sources scale with it.")
@click.option("--seed", type=int, default=42, show_default=True, help="Random seed: same seed, same bytes.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (.trig or .nq).")
def synth(organisations: int, seed: int, out: Path):
    """Generate a synthetic DSR-shaped dataset (for benchmarks) that conforms to the shapes.

    Organisations, agreements with 2-4 parties, dates, technology areas and countries, with one
    named graph per (made-up) source; about 55 quads per organisation.

    \b
    Examples:
      dsr synth --organisations 18000 --out big.nq     # about a million quads
      dsr build --include big.nq --out out-big
    """
    from ..sources.synth import write_synthetic

    try:
        stats = write_synthetic(out, organisations=organisations, seed=seed)
    except DSRError as exc:
        raise _Failure(exc) from None
    click.echo(f"Wrote {stats['quads']} quads ({stats['organisations']} organisations, "
               f"{stats['partnerships']} partnerships, {stats['sources']} sources) to {out}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True,
              help="Port to listen on (0 picks a free one).")
@_graph_option
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Stop a query after this many seconds (the client gets 503, never a partial result).")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let pages from this origin (e.g. https://example.org) read answers; * for any "
                   "(repeatable). None by default.")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Refuse results with more rows (or triples) than this (400).")
@click.option("--max-request-bytes", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Refuse larger requests (413).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Query workers kept ready (default: 2 per core, at least 4); a long-running query's worker "
                   "is set aside and a spare started, so runaway queries do not hold up short ones.")
@click.option("--max-memory", type=click.IntRange(min=64), default=2048, show_default=True, metavar="MB",
              help="Memory each query worker may use beyond the graph it shares with the server; a query past it "
                   "gets 500 and its worker is replaced.")
@click.option("--cache", "cache_mb", type=click.IntRange(min=0), default=64, show_default=True, metavar="MB",
              help="Answers kept to be served again without evaluating (the graph does not change while "
                   "served); 0 keeps none.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request on stderr.")
def serve(host, port, graph_path, timeout, cors, max_rows, max_request_bytes, workers, max_memory, cache_mb, quiet):
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql and a query page at /.

    The endpoint takes GET ?query=… and POST (form or application/sparql-query), negotiates the
    result format with Accept (or format=…), describes itself (SPARQL Service Description) on
    GET /sparql without a query, and refuses updates, LOAD and SERVICE. The query page works
    offline, with the query catalogue preloaded. HTML maps written beside the graph file (maps/)
    are served at /maps/. Stop with Ctrl-C.

    \b
    Examples:
      dsr serve --port 8000                 # http://127.0.0.1:8000/ and /sparql
      curl 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205'
      dsr serve --host 0.0.0.0 --cors https://example.org --timeout 10
    """
    from ..server import serve as run_server

    try:
        kg = open_graph(graph_path)
        run_server(kg, host, port, timeout, cors, max_rows, max_request_bytes, workers=workers,
                   max_memory=max_memory << 20, cache_bytes=cache_mb << 20, log_requests=not quiet,
                   maps_dir=(graph_file(graph_path) or DEFAULT_GRAPH).parent / "maps", echo=click.echo)
    except DSRError as exc:
        raise _Failure(exc) from None


@cli.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's SPARQL query endpoint (e.g. http://localhost:8890/sparql).")
@click.option("--update-endpoint", default=None, metavar="URL",
              help="Where to send SPARQL Update requests (default: --endpoint). Virtuoso: …/sparql-auth.")
@click.option("--graph-store", default=None, metavar="URL",
              help="A SPARQL 1.1 Graph Store Protocol endpoint: send each graph whole by PUT/POST instead "
                   "of SPARQL Update. Virtuoso: …/sparql-graph-crud-auth.")
@click.option("--user", default=None, help="User name for HTTP digest or basic authentication. The password comes "
                                          "from DSR_PASSWORD, else --netrc, else --password-stdin, else a prompt.")
@click.option("--netrc", "netrc_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A netrc file (machine HOST login USER password PASS) to read the credentials from; "
                   "~/.netrc is read when it exists and no other source is given.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@click.option("--insecure", is_flag=True,
              help="Send Basic credentials over plain http:// to another machine (refused otherwise: anyone on the "
                   "way could read them).")
@_graph_option
@click.option("--replace/--append", default=True, show_default=True,
              help="Empty each named graph in the store before loading it, or add to what it holds.")
@click.option("--batch", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Quads per SPARQL Update request (statements linked by blank nodes stay together).")
def push(endpoint, update_endpoint, graph_store, user, netrc_file, password_stdin, insecure, graph_path, replace,
         batch):
    """Load the dataset into a SPARQL 1.1 store, every named graph under its own name.

    Prints each graph with its number of statements. Then `dsr query --endpoint URL NAME` runs
    the catalogue there. Exit 0 when loaded, 2 when the file cannot be read or the store refuses,
    cannot be reached or does not answer in time.

    \b
    Examples:
      dsr push --endpoint http://localhost:8890/sparql \\
          --graph-store http://localhost:8890/sparql-graph-crud-auth --user dba      # asks for the password
      dsr push --endpoint https://store.example.org/sparql --netrc ~/.netrc
      dsr push --endpoint http://localhost:3030/ds/query --update-endpoint http://localhost:3030/ds/update
    """
    from ..store.remote import RemoteStore

    try:
        user, password = _credentials(endpoint, user, netrc_file, password_stdin)
        store = RemoteStore(endpoint, update_endpoint, graph_store, user, password, insecure=insecure)
        kg = open_graph(graph_path)
        counts = store.push(kg, replace=replace, batch=batch)
    except DSRError as exc:
        raise _Failure(exc) from None
    width = max((len(g) for g in counts), default=0)
    for g, n in counts.items():
        click.echo(f"{g.ljust(width)}  {n}")
    how = "Graph Store Protocol" if graph_store else "SPARQL Update"
    click.echo(f"Pushed {sum(counts.values())} statements in {len(counts)} graphs to "
               f"{graph_store or store.update_endpoint} ({how}, {'replacing' if replace else 'adding to'} "
               "each graph).")


def _credentials(endpoint: str, user: str | None, netrc_file: Path | None, from_stdin: bool):
    """User and password for ``dsr push``, never from the command line (``ps`` shows it to every user):
    DSR_PASSWORD, a netrc file, standard input, or a prompt."""
    import os
    import urllib.parse

    password = os.environ.get("DSR_PASSWORD")
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    if password is None and (netrc_file or (user is None and Path("~/.netrc").expanduser().is_file())):
        import netrc

        path = netrc_file or Path("~/.netrc").expanduser()
        host = urllib.parse.urlsplit(endpoint).hostname or ""
        try:
            entry = netrc.netrc(str(path)).authenticators(host)
        except (OSError, netrc.NetrcParseError) as exc:
            raise click.BadParameter(f"{path}: cannot read: {exc}", param_hint="--netrc") from None
        if entry is None and netrc_file:
            raise click.BadParameter(f"{path} has no entry for {host}", param_hint="--netrc")
        if entry is not None:
            user, password = user or entry[0], entry[2]
    if user is not None and password is None:
        if not sys.stdin.isatty():
            raise click.UsageError("--user needs a password: set DSR_PASSWORD, give --netrc FILE or --password-stdin")
        password = click.prompt(f"Password for {user}", hide_input=True, err=True)
    return user, password


def _years(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", value)
    if not m:
        raise click.BadParameter(f"{value!r}: write FROM-TO, e.g. 2013-2025, or one year", param_hint="--years")
    first, last = int(m[1]), int(m[2] or m[1])
    if first > last:
        raise click.BadParameter(f"{value!r}: the first year is after the last", param_hint="--years")
    return first, last


def _names(values: tuple[str, ...], allowed: tuple[str, ...], what: str) -> list[str]:
    names = [n.strip() for v in values for n in v.split(",") if n.strip()] or list(allowed)
    unknown = [n for n in names if n not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what} {', '.join(unknown)}; choose from {', '.join(allowed)}",
                                 param_hint=f"--{what}")
    return names


@cli.command()
@_graph_option
@click.option("--projection", default="co-partnership", show_default=True,
              help="The network to analyse: a projection of ontology/projections/ (co-partnership, "
                   "organisation-technology, country-country, typed-multigraph).")
@click.option("--measures", multiple=True, metavar="NAMES",
              help="Measures to compute, comma-separated (default all): degree, weighted_degree, betweenness, "
                   "closeness, eigenvector, pagerank, core_number, constraint, effective_size.")
@click.option("--methods", multiple=True, metavar="NAMES",
              help="Community methods, comma-separated: louvain, label_propagation, greedy_modularity (default all; "
                   "greedy modularity only up to 20,000 nodes, where it takes minutes).")
@click.option("--years", default=None, metavar="FROM-TO",
              help="Analyse only links through partnerships dated within these years, e.g. 2013-2025.")
@click.option("--seed", type=int, default=42, show_default=True,
              help="Seed for Louvain and the sampled measures: same seed, same tables.")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="What computes the heavy measures: igraph above a size threshold (auto), or one of them always.")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the tables, the report and analysis.trig. Default: out/analysis-<projection>, "
                   "beside (never inside) the build's own analysis/.")
@click.option("--write-back/--no-write-back", default=False, show_default=True,
              help="Also state the measures in the graph file read (--graph or out/dsr.trig), as the named graph "
                   "dsrgraph:analysis/<projection>. When that file is a build's dsr.trig, every output of the build "
                   "that depends on the graph (dsr.ttl, summary, validation, maps, export) is rewritten with it.")
def analyze(graph_path, projection, measures, methods, years, seed, engine, out, write_back):
    """Network analysis of a projection: centrality, brokerage, communities and change over time.

    Writes tidy tables (CSV and JSON), a report (Markdown and HTML with SVG charts) and
    analysis.trig (the measures and communities as RDF, in the named graph
    dsrgraph:analysis/<projection>) into OUT, all at once. The graph read is left as it is unless
    --write-back is given. Exit 2 on an unknown projection, measure or method.

    \b
    Examples:
      dsr analyze
      dsr analyze --projection country-country --years 2013-2025 --seed 7 --out out/countries
      dsr analyze --projection country-country --write-back   # state the measures in out/dsr.trig
    """
    from ..analysis import centrality, communities
    from ..analysis.run import analyze as run_analysis, write_analysis
    from ..build import write_back as run_write_back

    measure_names = _names(measures, centrality.MEASURES, "measures")
    method_names = _names(methods, communities.METHODS, "methods") if methods else None
    span = _years(years)
    out = out or Path("out") / f"analysis-{projection}"
    try:
        kg = open_graph(graph_path)
        steps = len(measure_names) + len(method_names or communities.METHODS) + 3
        with click.progressbar(length=steps, label="Analysing", file=sys.stderr,
                               item_show_func=lambda s: s or "") as bar:
            def progress(step: str) -> None:
                bar.update(1, step)

            result = run_analysis(kg, projection, measures=measure_names, methods=method_names, years=span,
                                  seed=seed, engine=engine, progress=progress)
        written = write_analysis(result, out)
        target = None
        if write_back:
            target = graph_file(graph_path)
            if target is None:
                raise click.UsageError(f"--write-back needs a graph file: {DEFAULT_GRAPH} does not exist "
                                       "(run `dsr build`, or give --graph)")
            rewritten = run_write_back(kg, result, target)
    except DSRError as exc:
        raise _Failure(exc) from None
    click.echo(f"Analysed {result.projection}: {result.nodes} nodes, {result.edges} links ({result.engine}).")
    for method, value in result.modularity.items():
        click.echo(f"  {method}: {len(result.communities[method])} communities, modularity {value:.3f}")
    click.echo(f"Wrote {len(written)} files into {out}/")
    if target is not None:
        click.echo(f"Measures stated in {target}" + (f"; rewrote the {len(rewritten)} files of its build folder"
                                                     if len(rewritten) > 1 else ""))


@cli.command("map")
@_graph_option
@click.option("--projection", default="co-partnership", show_default=True,
              help="Network to draw (co-partnership, organisation-technology, country-country, typed-multigraph).")
@click.option("--focus", default=None, metavar="ORG",
              help="Draw only this node and its neighbourhood: an id (organisation:zte-corporation) or a label.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --focus: how many links away from it to draw.")
@click.option("--country", "countries", multiple=True, metavar="CODE|NAME",
              help="Only partnerships with a party from this country (ISO 3166 alpha-3 or name; repeatable).")
@click.option("--technology", "technologies", multiple=True, metavar="AREA",
              help="Only partnerships covering this technology area or one under it (label, tag or alias; repeatable).")
@click.option("--years", default=None, metavar="FROM-TO", help="Only links through partnerships dated within these years.")
@click.option("--size-by", default="degree", show_default=True,
              help="Measure that sizes the nodes: degree, weighted_degree, betweenness, closeness, eigenvector, "
                   "pagerank, core_number or effective_size.")
@click.option("--colour-by", "--color-by", "colour_by", type=click.Choice(["community", "kind", "country"]),
              default="community", show_default=True, help="What node colours show (switchable in the map).")
@click.option("--node-cap", type=click.IntRange(min=2), default=2000, show_default=True,
              help="Above this many nodes the map is aggregated (and says so).")
@click.option("--aggregate", type=click.Choice(["community", "top"]), default="community", show_default=True,
              help="How to aggregate above the cap: communities as super-nodes, or the top nodes plus 'others'.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of the layout and the communities.")
@click.option("--title", default=None, help="Title shown on the map.")
@click.option("--renderer", type=click.Choice(["auto", "canvas", "webgl"]), default="auto", show_default=True,
              help="canvas (vis-network) or webgl (sigma.js, for tens of thousands of nodes); auto: WebGL above "
                   "2,000 drawn nodes. With --node-cap raised, big maps are drawn without aggregation.")
@click.option("--geo", is_flag=True,
              help="Draw the world view instead: countries, partnerships between them, cables through their "
                   "landing points and organisations per country (takes --country, --technology, --years, --title).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write.  [default: out/map.html, with --geo out/world.html]")
def map_command(graph_path, projection, focus, depth, countries, technologies, years, size_by, colour_by,
                node_cap, aggregate, seed, title, renderer, geo, out):
    """Draw an interactive network map: one HTML file that opens offline by double-click.

    The map has search with suggestions, filters (organisation kind, country, technology area,
    agreement kind, category, years), a legend, tooltips, a details panel with each node's
    partnerships and their sources, and buttons for physics, fit-to-screen and PNG export.
    It loads nothing from the network.

    \b
    Examples:
      dsr map                                            # out/map.html: the co-partnership network
      dsr map --focus ZTE --depth 2 --colour-by kind --out zte.html
      dsr map --country PAK --technology 5G --years 2015-2025 --size-by betweenness --out pak-5g.html
      dsr map --projection country-country --out countries.html
      dsr map --geo --technology "Submarine cables" --out cables.html   # the world view

    The world view (--geo) draws the countries on an offline world map (Natural Earth), shaded
    by their partnerships, with the partnerships between countries, cables through their landing
    points and the organisations based in each country; the same search, filters, years and
    details with sources. Links to a view: #country=PAK, #org=ID, #cable=ID, &year=YYYY.
    """
    from ..maps import MapSpec, make_map
    from ..maps.geo import make_world_map

    if geo:
        out = out or Path("out/world.html")
        spec = MapSpec(countries=countries, technologies=technologies, years=_years(years), seed=seed, title=title)
        try:
            drawn = make_world_map(open_graph(graph_path), spec)
            drawn.save(out)
        except DSRError as exc:
            raise _Failure(exc) from None
        d = drawn.data
        click.echo(f"Wrote {out}: {len(d['countries'])} countries, {len(d['links'])} links between them, "
                   f"{len(d['cables'])} cables, {len(drawn.html) / 1e6:.1f} MB.")
        return
    out = out or Path("out/map.html")

    spec = MapSpec(projection=projection, focus=focus, depth=depth, countries=countries, technologies=technologies,
                   years=_years(years), size_by=size_by, colour_by=colour_by, node_cap=node_cap,
                   aggregate=aggregate, seed=seed, title=title, renderer=renderer)
    try:
        kg = open_graph(graph_path)
        drawn = make_map(kg, spec)
        drawn.save(out)
    except DSRError as exc:
        raise _Failure(exc) from None
    d = drawn.data
    click.echo(f"Wrote {out}: {len(d['nodes'])} nodes, {len(d['edges'])} links, drawn with "
               f"{'WebGL' if drawn.renderer == 'webgl' else 'a canvas'}"
               + (" (aggregated: above the cap of {:,} nodes)".format(node_cap) if d["meta"]["aggregated"] else "")
               + f", {len(drawn.html) / 1e6:.1f} MB.")


def _with_datasets(names, registry, cache, out: Path, quiet: bool) -> list[Path]:
    """Fetch (or take from the cache) and import each registry dataset of ``dsr build --with``."""
    if not names:
        return []
    from ..sources.fetch import FetchError, cached, fetch
    from ..sources.registry import import_dataset, load_registry

    known = load_registry(registry)
    written = []
    for name in names:
        if name not in known:
            raise click.UsageError(f"--with {name}: no such dataset in the registry; known: {', '.join(known)}")
        ds = known[name]
        try:
            path = fetch(ds, cache, progress=None if quiet else (lambda line: click.echo(line, err=True))).path
        except FetchError as exc:
            path = cached(ds, cache)
            if path is None:
                raise
            click.echo(f"{name}: not fetched ({exc}); using the copy in the cache ({path})", err=True)
        target = out / "imports" / f"{name}.trig"
        report = import_dataset(ds, path, target)
        if not quiet:
            click.echo(f"{name} {ds.version} ({ds.licence}): " + report.text().splitlines()[0], err=True)
        written.append(target)
    return written


@cli.command("fetch")
@click.argument("names", nargs=-1)
@click.option("--list", "list_", is_flag=True,
              help="List the registry: name, version, licence, how it is got, and the room it takes in the cache "
                   "(downloads and unpacked data); writes nothing.")
@click.option("--from", "source", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="For a dataset its publisher offers only on a web page: the file you downloaded.")
@click.option("--registry", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Dataset registry to read instead of the bundled one.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Download cache (default $DSR_CACHE, else $XDG_CACHE_HOME/dsr-graph, i.e. ~/.cache/dsr-graph).")
def fetch_command(names, list_, source, registry, cache):
    """Download public datasets of the field into a user cache, ready for `dsr build --with NAME`.

    The registry (graph/data/datasets.yaml) lists each dataset with its publisher, licence,
    attribution, landing page, download addresses, importer and Digital Silk Road subset.
    Downloads are verified (sha256 where the registry records one), resumed when interrupted,
    and never repeated for an unchanged file; progress goes to stderr. Without a network a
    dataset not in the cache fails with a message saying so. Exit 2 on an unknown dataset, an
    unreachable or refused download, or a file that does not match its checksum.

    \b
    Examples:
      dsr fetch --list
      dsr fetch submarine-cables
      dsr fetch aiddata-gcdf-3 --from ~/Downloads/GCDF_3.0.zip   # offered only on AidData's page
      dsr build --with submarine-cables
    """
    from ..sources.fetch import cache_root, cached, cached_bytes, fetch
    from ..sources.registry import load_registry

    try:
        known = load_registry(registry)
    except DSRError as exc:
        raise _Failure(exc) from None
    if list_ or not names:
        rows = []
        for ds in known.values():
            path = cached(ds, cache, unpack=False)  # (a listing writes nothing: no archive is unpacked)
            size = cached_bytes(ds, cache)
            how = "download" if ds.files else "JSON API" if ds.tree else "from its page (--from FILE)"
            rows.append((ds.name, ds.version, ds.licence, how, f"{size / 1e6:.1f} MB cached" if path else "not cached"))
        widths = [max(len(r[i]) for r in rows + [("name", "version", "licence", "how", "cache")]) for i in range(5)]
        for r in [("name", "version", "licence", "how", "cache")] + rows:
            click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
        click.echo(f"Cache: {cache_root(cache)}")
        return
    unknown = [n for n in names if n not in known]
    if unknown:
        raise click.UsageError(f"no such dataset: {', '.join(unknown)}; known: {', '.join(known)}")
    if source is not None and len(names) != 1:
        raise click.UsageError("--from FILE goes with one dataset name")
    for name in names:
        try:
            done = fetch(known[name], cache, source=source, progress=lambda line: click.echo(line, err=True))
        except DSRError as exc:
            raise _Failure(exc) from None
        click.echo(done.summary())


@cli.command("export")
@_graph_option
@click.option("--format", "formats", multiple=True, metavar="NAMES",
              help="Formats to write, comma-separated or repeated: turtle, trig, nquads, ntriples, jsonld, rdfxml "
                   "(the graph), graphml, gexf, gml, cyjs, csv, neo4j (one set per projection). Default: all of them, "
                   "networks for the co-partnership projection only.")
@click.option("--all", "all_", is_flag=True, help="Every format for every projection.")
@click.option("--projection", "projection_names", multiple=True, metavar="NAMES",
              help="Projections for the network formats, comma-separated or repeated (co-partnership, "
                   "organisation-technology, country-country, typed-multigraph). Default: co-partnership.")
@click.option("--query", default=None, metavar="NAME|FILE",
              help="Export only the triples a CONSTRUCT query builds: a catalogue name or a .rq file.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of the network layout.")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out/export"),
              show_default=True, help="Folder to write the files and manifest.json into.")
def export(graph_path, formats, all_, projection_names, query, seed, out):
    """Export the graph for other tools: RDF files, network files per projection, and manifest.json.

    RDF: .ttl, .trig, .nq, .nt, .jsonld (with dsr.context.jsonld), .rdf. Networks: .graphml,
    .gexf (Gephi: layout, colours, sizes, timeline), .gml, .cyjs (Cytoscape), .nodes.csv/.edges.csv,
    and Neo4j bulk-import CSV with an import script. The same graph gives byte-identical files.
    Exit 2 on an unknown format, projection or query, a query that is not a CONSTRUCT, or a folder
    that cannot be written (nothing is written then). Files are staged and replace an earlier
    export in OUT in one step.

    \b
    Examples:
      dsr export                                          # out/export/: every format, co-partnership networks
      dsr export --all --out out/export-all
      dsr export --format gexf,graphml --projection country-country --out out/countries
      dsr export --query describe-partnership --format turtle,jsonld --out out/one-partnership
    """
    from ..export import FORMATS, export as run_export
    from ..store.project import projections

    names = [n.strip() for v in formats for n in v.split(",") if n.strip()]
    chosen = [n.strip() for v in projection_names for n in v.split(",") if n.strip()]
    if all_:
        names, chosen = names or list(FORMATS), chosen or list(projections())
    try:
        kg = open_graph(graph_path)
        result = run_export(kg, out, names or None, chosen or None, query=query, seed=seed)
    except DSRError as exc:
        raise _Failure(exc) from None
    total = sum(f["bytes"] for f in result.files)
    click.echo(f"Exported {len(result.files)} files ({total / 1e6:.1f} MB) and manifest.json into {out}/")

from .imports import import_group  # noqa: E402 - registered last, after every command above
from .resolve import resolve_group  # noqa: E402
from .changes import diff_command  # noqa: E402
from .coverage import coverage_command  # noqa: E402
from .extract import extract_command  # noqa: E402
cli.add_command(import_group)
cli.add_command(resolve_group)
cli.add_command(diff_command)
cli.add_command(coverage_command)
cli.add_command(extract_command)
