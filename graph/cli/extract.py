"""`dsr extract`: candidate records from a news report, with the evidence of every field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..errors import DSRError

__all__ = ["extract_command"]


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


def _url(ctx, param, value):
    if value is None:
        return None
    from ..records.fields import is_url

    if not is_url(value):
        raise click.BadParameter(f"{value!r} is not a web address http(s)://… (the records' sources need one)")
    return value


@click.command("extract")
@click.argument("article", type=click.File("rb"))
@click.option("--url", default=None, callback=_url, help="Where the article was published (the source's URL: http(s)://…).")
@click.option("--publisher", default=None, help="Who published it (the source's publisher).")
@click.option("--date", "date", default=None, callback=_date, metavar="YYYY-MM-DD",
              help="Its publication date: relative dates ('on Monday', 'in November') are read against it "
                   "(default: a date line at the top of the article, if any).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True,
              help="The records' own YAML with the evidence as comments, or JSON with spans (for tools).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the candidates to this file instead of standard output.")
@click.option("--review", is_flag=True,
              help="Walk the candidates (accept / link to an existing record / add a party the report names / edit / "
                   "drop) and the sentences to check (accept the draft / add a party / write a record from the draft "
                   "in the editor / skip), then append the accepted ones to the records folder and check it.")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Records folder to link against and, with --review, to write into (default: the bundled one).")
def extract_command(article, url, publisher, date, fmt, out, review, data):
    """Read a news report (plain text or HTML; - for standard input) and write the partnerships it
    reports as candidate records, every field with the text it was read from.

    The article is read as UTF-8 (a byte-order mark is allowed; UTF-16 with its mark too); an HTML
    page that declares another encoding (<meta charset="windows-1252">, GB2312, …) is read in that one.

    Each candidate has its kind (MoU, contract, loan, joint venture, framework agreement,
    acquisition, training programme, proposal, talks; an aggregate with its count and split),
    status, date (as precise as the text; "on Monday" only against a known publication date),
    parties with role, kind and country (linked to the organisations the graph knows by the
    entity-resolution rules; a new one is marked new), countries, technology areas, amounts,
    place of signing, forum and programme. A field the text does not state is left out. A
    candidate that may be a deal already in the records says so: add it there as an also: claim.
    After the candidates come the sentences no candidate was made from that may tell a deal (a
    deal's word and a name): read them, since the rules miss deals told in words they do not read;
    --review walks them too, and writes a record from one starting from a draft of it (accepted as
    it stands, mended with a party the report names, or finished in the editor). Last come
    the organisations the report names, with their ids, to add a party a candidate misses.

    \b
    Examples:
      dsr extract report.txt --url https://example.org/news/1 --publisher "Example News" --date 2025-12-22
      curl -s https://example.org/news/1 | dsr extract - --format json
      dsr extract report.html --review
    """
    from .common import _Failure
    from ..extract import extract_article
    from ..extract.output import candidate_records, to_json, to_yaml
    from ..records.load import load_records

    name = getattr(article, "name", "<stdin>")  # (standard input read as bytes may have no name)
    if review and name == "<stdin>":
        raise _Failure(DSRError("--review reads your answers from standard input: give the article as a file"))
    from ..extract.text import NotText, decode_article, in_english

    try:
        raw = decode_article(article.read())
    except NotText as exc:
        raise _Failure(DSRError(f"{name}: {exc}")) from None
    if not raw.strip():
        raise _Failure(DSRError(f"{name}: the article is empty"))
    try:
        records = load_records(data)
        x = extract_article(raw, published=date, records=records)
        result = candidate_records(x, url=url, publisher=publisher, date=date, records=records,
                                   drafts=review or fmt == "json")  # (the YAML lists the sentences to check alone)
    except DSRError as exc:
        raise _Failure(exc) from None
    if in_english(x.text) is False:
        # (the rules read English: a report in another language gives nothing, and the curator should know why)
        click.echo(f"note: {name} does not read as English (few of its words are English's commonest): dsr extract "
                   "reads reports in English, so a report in another language gives few or no candidates — translate "
                   "it first", err=True)
    if review:
        from ..extract.review import review as walk
        from ..resources import data_dir

        try:
            walk(result, data or Path(str(data_dir())))
        except DSRError as exc:
            raise _Failure(DSRError(f"nothing written: {exc}")) from None
        return
    text = to_json(result, x.text) if fmt == "json" else to_yaml(
        result, header=f"from {name}" + (f" ({url})" if url else ""))
    if out is None:
        click.echo(text, nl=False)
    else:
        from ..store.rdfio import atomic_write

        atomic_write(out, text)
        found = len(result["partnerships"])
        click.echo(f"Wrote {found} candidate(s) to {out}", err=True)
