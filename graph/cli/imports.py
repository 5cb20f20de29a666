"""`dsr import`: take in third-party datasets (AidData, TeleGeography cables, any CSV through a mapping)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import DSRError

__all__ = ["import_group"]


def _out_option(f):
    return click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help="TriG file to write (default out/imports/NAME.trig); merge-log.csv goes beside it.")(f)


def _strict_option(f):
    return click.option("--strict", is_flag=True,
                        help="Fail (exit 1, nothing written) when any row is skipped (a value kept unresolved "
                             "does not skip its row).")(f)


def _run(fn, *args, **kwargs) -> None:
    from .common import _Failure

    try:
        report = fn(*args, **kwargs)
    except DSRError as exc:
        raise _Failure(exc) from None
    for message in report.messages():
        click.echo(message, err=True)
    click.echo(report.text())


def _known_countries(ctx, param, values):
    """Refuse an unknown --recipient as a usage error (exit 2) before any file is read."""
    from ..sources.values import country_code

    for value in values:
        if not country_code(value):
            raise click.BadParameter(f"unknown country {value!r}; give a country name or ISO 3166 code",
                                     ctx=ctx, param=param)
    return values


@click.group("import")
def import_group():
    """Import a third-party dataset into a named graph of its own, ready for `dsr build --include`.

    Each import writes out/imports/NAME.trig (replacing an earlier import of the same dataset) and
    merge-log.csv beside it: every organisation name as found, the entity it was resolved to, the
    rule, the score and the evidence (and the closest candidate refused, and why). A value no list
    knows (a country, a currency) is kept as written, marked unresolved, and the row is taken; a row
    that cannot be read (no id, no title, an unparseable amount) is reported (file, row, field) and
    skipped. Exit 0 when written, 1 when rows were skipped under --strict, 2 when a file cannot be
    read or lacks a required column.

    \b
    Examples:
      dsr import aiddata huawei_finance.csv --recipient KEN
      dsr import cables submarine-cables/
      dsr import csv deals.xlsx --mapping deals-mapping.yaml
      dsr build --include out/imports/aiddata-huawei_finance.trig
    """


@import_group.command("aiddata")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--sector", "sectors", multiple=True, metavar="NAME",
              help="Keep only rows of this AidData sector, by name or code (repeatable), e.g. COMMUNICATIONS.")
@click.option("--recipient", "recipients", multiple=True, metavar="COUNTRY", callback=_known_countries,
              help="Keep only rows of this recipient country, by name or ISO code (repeatable).")
@_out_option
@_strict_option
def aiddata(file, sectors, recipients, out, strict):
    """Import an AidData project table, CSV or XLSX: GCDF 2.0/3.0 and the Global Huawei Finance
    Dataset (Title Case columns), or the Global Chinese Official Finance Dataset 1.0 (snake_case).

    Needs the project id, the title and at least one agency column; every other column is optional.
    A table of another column set is refused with the columns it lacks. Amounts keep their price
    basis: original currency and nominal USD are nominal, "Constant USD<year>" constant prices.
    Writes out/imports/aiddata-<file stem>.trig unless --out says otherwise.

    \b
    Examples:
      dsr import aiddata GCDF_3.0.xlsx --sector COMMUNICATIONS
      dsr import aiddata huawei_finance.csv --recipient Kenya --recipient PAK --strict
    """
    from ..sources.aiddata import import_aiddata

    _run(import_aiddata, file, out=out, strict=strict, sectors=sectors, recipients=recipients)


@import_group.command("cables")
@click.argument("folder", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@_out_option
@_strict_option
def cables(folder, out, strict):
    """Import TeleGeography submarine cable files: DIR/cable/*.json and DIR/landing-point/*.json.

    Each cable becomes a cable project with its owners, suppliers, landing points and countries,
    length and ready-for-service year. Writes out/imports/telegeography-<folder name>.trig.

    \b
    Example:
      dsr import cables submarine-cables/ --out cables.trig
    """
    from ..sources.cables import import_cables

    _run(import_cables, folder, out=out, strict=strict)


@import_group.command("csv")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--mapping", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Mapping YAML: which column holds the id, label, kind, parties, dates, amounts…")
@_out_option
@_strict_option
def csv_(file, mapping, out, strict):
    """Import any table (CSV or XLSX) through a mapping YAML that says which column is what.

    \b
    A mapping (every field is a column name, {column: …} or {value: CONSTANT}, with optional
    split, map, default and format):
      dataset: {name: my-deals, title: My deals register, publisher: Me, licence: https://…}
      id: Deal                          # required: the row id column
      label: Name                       # required
      kind: {column: Type, map: {Contract: contract, Loan: loan, MoU: mou}, default: other}
      status: {column: Stage, map: {Done: completed}, default: unknown}
      date: {column: Signed, format: "%d/%m/%Y"}
      countries: {column: Country, split: ";"}
      parties:                          # signatory financier contractor supplier operator owner
        financier: Lender               #   beneficiary partner
        supplier: {column: Vendor, kind: company}
      amounts: [{value: Value, currency: Currency}]
      technology: {column: Areas, split: ";"}
      source_url: Link

    An unknown key, role, kind or status, or a column the table lacks, fails (exit 2) before any
    row is read.

    \b
    Example:
      dsr import csv deals.csv --mapping deals-mapping.yaml --out deals.trig
    """
    from ..sources.csvmap import import_csv

    _run(import_csv, file, mapping, out=out, strict=strict)
