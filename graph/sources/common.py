"""What every importer shares: reading tables, the import report, a dataset's quads, and writing them atomically."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import MissingColumns, SkippedRows, UnreadableInput
from ..namespaces import (
    COUNTRY, DCTERMS, DSR, FOAF, META_GRAPH, ORG, OWL, PLACE, RDF, RDFS, SCHEMA, SKOS, SOURCE, XSD,
)
from ..store.rdfio import atomic_write, render_trig
from .values import RowError, country_name, slug

__all__ = [
    "DatasetInfo", "ImportReport", "RowIds", "Table", "read_table", "column", "Emitter", "write_import", "N", "DEFAULT_IMPORTS",
]

DEFAULT_IMPORTS = Path("out/imports")
_QUOTED_TAIL = re.compile(r" ['\"].*$")  # reasons are counted without the offending value


def N(term) -> ox.NamedNode:
    return term if isinstance(term, ox.NamedNode) else ox.NamedNode(str(term))


@dataclass
class DatasetInfo:
    """A dataset's metadata: its name becomes the named graph ``source:<name>``."""

    name: str
    title: str
    publisher: str = ""
    licence: str = ""
    version: str = ""
    url: str = ""
    note: str = ""

    @property
    def graph(self) -> ox.NamedNode:
        return N(SOURCE[self.name])


class RowIds:
    """The ids of an import's rows, compared exactly, and the IRIs they become.

    A partnership's IRI is made from its row's id (case folded, punctuation and spacing turned into
    '-'), so two different ids can become one IRI ("AB-1" and "ab 1", or an id with an invisible
    character): such a row would silently merge into another. It is refused instead, naming both.
    """

    def __init__(self, column: str):
        self.column = column
        self.seen: set[str] = set()
        self.by_slug: dict[str, str] = {}

    def check(self, rid: str) -> None:
        """Raise RowError for an empty, repeated or colliding id."""
        if not rid:
            raise RowError(self.column, "empty id")
        if rid in self.seen:
            raise RowError(self.column, f"duplicate id {rid!r}")
        other = self.by_slug.get(slug(rid))
        if other is not None:
            raise RowError(self.column, f"id {rid!r} and the earlier {other!r} differ only in case, spacing, "
                                        "punctuation or invisible characters, and would be one partnership")

    def add(self, rid: str) -> None:
        self.seen.add(rid)
        self.by_slug[slug(rid)] = rid


@dataclass
class ImportReport:
    """What one import read, took and skipped, the values it kept unresolved, and the entities it
    created or merged.

    A row is skipped only when no record can be made of it (no id, no title, no party, a duplicate
    id, an unreadable date or amount); a value that cannot be resolved (a country or currency no ISO
    list knows) does not cost the row: the record is kept, the value is kept as written in
    ``unresolved`` (and in the graph as a ``dsr:UnresolvedValue``), and what needed it is left out.
    """

    dataset: str
    file: str
    read: int = 0
    taken: int = 0
    filtered: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (row id, field, message)
    created: int = 0
    merged: int = 0
    out: Path | None = None
    merge_log: Path | None = None
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)  # (row id, field, value as written)

    def skip(self, row_id: str, error: RowError) -> None:
        self.skipped.append((row_id, error.field, error.message))

    def keep_unresolved(self, row_id: str, field_name: str, value: str) -> None:
        """Note a value of a kept row that could not be resolved (once per row, field and value)."""
        if (row_id, field_name, value) not in self.unresolved:
            self.unresolved.append((row_id, field_name, value))

    def messages(self) -> list[str]:
        """One line per skipped row, then one per unresolved value: ``FILE: row ID: FIELD: …``."""
        return [f"{self.file}: row {rid}: {fld}: {msg}" for rid, fld, msg in self.skipped] + \
               [f"{self.file}: row {rid}: {fld}: unresolved value {value!r}" for rid, fld, value in self.unresolved]

    def text(self) -> str:
        reasons: dict[str, int] = {}
        for _, fld, msg in self.skipped:
            key = f"{fld}: " + _QUOTED_TAIL.sub("", msg)
            reasons[key] = reasons.get(key, 0) + 1
        lines = [f"{self.dataset}: read {self.read} rows from {self.file}, took {self.taken}, "
                 f"skipped {len(self.skipped)}" + (f", left out {self.filtered} by filters" if self.filtered else "")]
        lines += [f"  skipped {n} x {why}" for why, n in sorted(reasons.items())]
        if self.unresolved:
            fields: dict[str, int] = {}
            for _, fld, _ in self.unresolved:
                fields[fld] = fields.get(fld, 0) + 1
            rows = len({rid for rid, _, _ in self.unresolved})
            lines.append(f"  kept {rows} row{'s' if rows != 1 else ''} with unresolved values: "
                         + ", ".join(f"{n} x {fld}" for fld, n in sorted(fields.items()))
                         + " (each kept as written, as a dsr:UnresolvedValue)")
        lines.append(f"Organisations: {self.created} created, {self.merged} merged with existing entities")
        if self.out:
            lines.append(f"Wrote {self.out} and {self.merge_log}")
        return "\n".join(lines)


# ----------------------------------------------------------------------------- tables

@dataclass
class Table:
    """A table read from a file: its header and rows as dicts of stripped strings, with row numbers."""

    path: Path
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: dict[int, str] = field(default_factory=dict)  # row number -> what is wrong with the row as a whole

    def row_problem(self, line: int) -> RowError | None:
        """The problem of a row as a whole (more cells than columns), as a RowError to skip it with."""
        return RowError("row", self.problems[line]) if line in self.problems else None


def _rows(path: Path, header: list[str], rows) -> Table:
    """A Table from a header and (row number, cells): duplicate columns refused, extra cells reported."""
    seen: dict[str, int] = {}
    for i, h in enumerate(header, 1):
        if not h:
            continue
        key = _norm_col(h)
        if key in seen:
            raise UnreadableInput(f"{path}: column {h!r} appears twice in the header (columns {seen[key]} and {i}); "
                                  "rename one: which of them a field should come from is not clear")
        seen[key] = i
    table = Table(path, header, [])
    for i, cells in rows:
        if not any(cells):
            continue
        extra = [c for c in cells[len(header):] if c]
        if extra:
            table.problems[i] = f"{len(header) + len(extra)} cells in a row of a {len(header)}-column table; " \
                                "the cells past the last column would be lost"
        table.rows.append((i, {h: (cells[j] if j < len(cells) else "") for j, h in enumerate(header) if h}))
    return table


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_table(path: Path | str, sheet_has: str | tuple[str, ...] | None = None) -> Table:
    """Read a CSV (UTF-8, with or without BOM) or XLSX file. For XLSX, the first sheet whose header
    names one of ``sheet_has`` (the first sheet when None) is read.

    Raises
    ------
    UnreadableInput
        When the file is missing, empty, of another kind, or not valid CSV/XLSX.
    """
    path = Path(path)
    if not path.is_file():
        raise UnreadableInput(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet_has)
    if suffix not in (".csv", ".tsv", ".txt"):
        raise UnreadableInput(f"{path}: unknown table type {path.suffix!r}; expected .csv or .xlsx")
    try:
        text = path.read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ","))
    except (UnicodeDecodeError, csv.Error, OSError) as exc:
        raise UnreadableInput(f"{path}: cannot read as UTF-8 CSV: {exc}") from None
    if not rows:
        raise UnreadableInput(f"{path}: empty file; expected a header row")
    header = [h.strip() for h in rows[0]]
    return _rows(path, header, ((i, [c.strip() for c in row]) for i, row in enumerate(rows[1:], 2)))


def _read_xlsx(path: Path, sheet_has) -> Table:
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UnreadableInput(f"{path}: not a readable XLSX workbook: {exc}") from None
    try:
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header = [_cell(h) for h in next(rows, ())]
            wanted = {_norm_col(c) for c in ([sheet_has] if isinstance(sheet_has, str) else sheet_has or ())}
            if wanted and not wanted & {_norm_col(h) for h in header}:
                continue
            return _rows(path, header, ((i, [_cell(c) for c in row]) for i, row in enumerate(rows, 2)))
    finally:
        book.close()
    raise MissingColumns(f"{path}: no sheet has a column {sheet_has!r} in its first row")


def _norm_col(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", name.casefold()).strip()


def column(table: Table, *candidates: str, required: bool = False, what: str = "") -> str | None:
    """The header name matching one of ``candidates`` (case, spacing and punctuation folded)."""
    by_norm = {_norm_col(h): h for h in table.header if h}
    for c in candidates:
        if _norm_col(c) in by_norm:
            return by_norm[_norm_col(c)]
    if required:
        raise MissingColumns(f"{table.path}: missing required column {what or candidates[0]!r} "
                             f"(looked for {', '.join(repr(c) for c in candidates)})")
    return None


# ----------------------------------------------------------------------------- quads

class Emitter:
    """Collects the quads of one dataset: its statements in ``source:<name>``, its metadata (and the
    metadata of each row's own source) in the metadata graph, like the curated sources'."""

    def __init__(self, info: DatasetInfo):
        self.info = info
        self.g = info.graph
        self.meta = N(META_GRAPH)
        self.quads: list[ox.Quad] = []
        self.countries: set[str] = set()
        self._former: set[tuple[str, str]] = set()
        self._describe()

    def add(self, s, p, o, g=None) -> None:
        self.quads.append(ox.Quad(N(s), N(p), o if isinstance(o, (ox.Literal, ox.BlankNode)) else N(o), g or self.g))

    def lit(self, s, p, text: str, lang: str | None = "en", g=None) -> None:
        self.add(s, p, ox.Literal(text, language=lang) if lang else ox.Literal(text), g)

    def typed(self, s, p, lexical: str, datatype: str, g=None) -> None:
        self.add(s, p, ox.Literal(lexical, datatype=N(XSD[datatype])), g)

    def _describe(self) -> None:
        i, s, m = self.info, self.g, self.meta
        self.add(s, RDF.type, DSR.Source, m)
        self.lit(s, DCTERMS.title, i.title, None, m)
        self.lit(s, RDFS.label, i.title, "en", m)
        if i.publisher:
            self.lit(s, DCTERMS.publisher, i.publisher, None, m)
        if i.licence:
            self.add(s, DCTERMS.license, ox.NamedNode(i.licence) if _is_iri(i.licence) else ox.Literal(i.licence), m)
        if i.version:
            self.lit(s, DCTERMS.hasVersion, i.version, None, m)
        if i.url and _is_iri(i.url):
            self.add(s, FOAF.page, ox.NamedNode(i.url), m)
        if i.note:
            self.lit(s, RDFS.comment, i.note, "en", m)
        self.lit(s, DSR.recordedIn, f"import:{i.name}", None, m)
        cite = ", ".join(x for x in (i.publisher or i.title, i.version, i.url) if x)
        self.lit(s, DCTERMS.bibliographicCitation, cite, None, m)

    def row_source(self, row_id: str, urls=(), titles=(), publishers=()) -> ox.NamedNode:
        """The row's own source node (in the metadata graph): part of the dataset, with its web pages."""
        s = N(SOURCE[f"{self.info.name}/row/{slug(row_id)}"])
        self.add(s, RDF.type, DSR.Source, self.meta)
        self.add(s, DCTERMS.isPartOf, self.g, self.meta)
        self.lit(s, DSR.recordedIn, self.ref(row_id), None, self.meta)
        self.lit(s, DCTERMS.publisher, (publishers[0] if publishers else "") or self.info.publisher or self.info.title,
                 None, self.meta)
        if titles:
            self.lit(s, DCTERMS.title, titles[0], None, self.meta)
        for url in urls:
            if _is_iri(url):
                self.add(s, FOAF.page, ox.NamedNode(url), self.meta)
        return s

    def ref(self, row_id: str) -> str:
        return f"{self.info.name}#{row_id}"

    def unresolved(self, s, items) -> None:
        """State the values of record ``s`` that could not be resolved, as written: each a
        ``dsr:UnresolvedValue`` with its ``dsr:field`` (the column) and ``rdf:value`` (the text), and a
        comment saying what it should have been. ``items``: (field, text, note) triples."""
        for i, (fld, text, note) in enumerate(items, 1):
            node = f"{s}/unresolved/{self.info.name}/{i}"
            self.add(s, DSR.unresolved, node)
            self.add(node, RDF.type, DSR.UnresolvedValue)
            self.lit(node, DSR.field, fld, None)
            self.lit(node, RDF.value, text, None)
            if note:
                self.lit(node, RDFS.comment, note)

    def former_name(self, org, name: str) -> None:
        """State a name the dataset says the organisation had before ("X (formerly Y)"), once."""
        if (str(org), name) not in self._former:
            self._former.add((str(org), name))
            self.lit(org, DSR.formerName, name)

    def amount(self, s, i: int, value: str, currency: str, note: str = "", terms: dict | None = None,
               basis: str | None = None, year: str | None = None) -> str:
        """State amount ``i`` of record ``s``: a value in a currency, with its note, loan terms
        (interest, maturity, grace) and price basis ("nominal", or "constant" in prices of ``year``)."""
        node = f"{s}/amount/{self.info.name}/{i}"
        self.add(s, DSR.amount, node)
        self.add(node, RDF.type, DSR.MonetaryAmount)
        self.typed(node, DSR.value, value, "decimal")
        self.lit(node, DSR.currency, currency, None)
        if note:
            self.lit(node, RDFS.comment, note)
        for key, prop in (("interest", DSR.interestRate), ("maturity", DSR.maturityYears),
                          ("grace", DSR.gracePeriodYears)):
            if (terms or {}).get(key) is not None:
                self.typed(node, prop, terms[key], "decimal")
        if basis == "nominal":
            self.add(node, DSR.priceBasis, DSR.Nominal)
        elif basis == "constant":
            self.add(node, DSR.priceBasis, DSR.Constant)
            if year:
                self.typed(node, DSR.priceYear, year, "gYear")
        return node

    def country(self, code: str) -> ox.NamedNode:
        """The country's node, typed and labelled in this dataset's graph (the union keeps one code)."""
        node = N(COUNTRY[code])
        if code not in self.countries:
            self.countries.add(code)
            self.add(node, RDF.type, DSR.Country)
            self.lit(node, RDFS.label, country_name(code))
            self.lit(node, DSR.iso3166Code, code, None)
        return node

    def place(self, key: str, label: str, country: str | None) -> ox.NamedNode:
        node = N(PLACE[slug(key)])
        self.add(node, RDF.type, DSR.Place)
        self.lit(node, RDFS.label, label)
        if country:
            self.add(node, SCHEMA.containedInPlace, self.country(country))
        return node

    def organisations(self, resolver) -> None:
        """State the entities the resolver created (and the Wikidata links of those it merged)."""
        from .curated import ORG_KIND_CLASS, OWNERSHIP

        for ent in resolver.created():
            s = N(ent.iri)
            if ent.authority:
                # known from the name authority: what it is and its names, as the authority's source states them
                g = N(SOURCE[ent.authority])
                self.add(s, RDF.type, ORG_KIND_CLASS.get(ent.kind, DSR.Company), g)
                if ent.kind in OWNERSHIP:
                    self.add(s, DSR.ownership, OWNERSHIP[ent.kind], g)
                self.lit(s, RDFS.label, ent.name, None, g)
                self.add(s, DCTERMS.source, g, g)
                self.add(s, DSR.homeCountry, self.country(ent.country), g)
                for name, src in sorted(ent.name_sources.items()):
                    gs = N(SOURCE[src])
                    self.lit(s, DSR.formerName if name in ent.former else SKOS.altLabel, name, None, gs)
                    self.add(s, DCTERMS.source, gs, gs)
                self.add(s, DCTERMS.source, self.g)
                for ref in sorted(ent.rows)[:1]:
                    self.lit(s, DSR.recordedIn, self.ref(ref), None)
                if ent.parent:  # a ministry's government, as this import placed it
                    self.add(s, ORG.subOrganizationOf, N(resolver.entity(ent.parent).iri))
                continue
            self.add(s, RDF.type, ORG_KIND_CLASS.get(ent.kind, DSR.Company))
            if ent.kind in OWNERSHIP:
                self.add(s, DSR.ownership, OWNERSHIP[ent.kind])
            self.lit(s, RDFS.label, ent.name)
            self.add(s, DCTERMS.source, self.g)
            for ref in sorted(ent.rows)[:1]:
                self.lit(s, DSR.recordedIn, self.ref(ref), None)
            for alias in sorted(ent.aliases - {ent.name}):
                self.lit(s, SKOS.altLabel, alias)
            if ent.country:
                self.add(s, DSR.homeCountry, self.country(ent.country))
            if ent.parent:
                self.add(s, ORG.subOrganizationOf, N(resolver.entity(ent.parent).iri))
        for ent in resolver.merged():
            if ent.wikidata:
                self.add(ent.iri, OWL.sameAs, ox.NamedNode(f"http://www.wikidata.org/entity/{ent.wikidata}"))


def _is_iri(text: str) -> bool:
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$", text or ""):
        return False
    try:
        ox.NamedNode(text)
        return True
    except ValueError:
        return False


def write_import(emitter: Emitter, resolver, report: ImportReport, out: Path | None, strict: bool) -> ImportReport:
    """Write the dataset (TriG) and merge-log.csv beside it, each through a temporary file and a rename.
    Under ``strict`` a skipped row writes nothing and raises SkippedRows; values kept unresolved
    (``report.unresolved``) do not: their rows were taken, and say what could not be resolved."""
    if strict and report.skipped:
        raise SkippedRows("\n".join(report.messages()) + f"\n{len(report.skipped)} row(s) skipped under --strict; "
                          "nothing written")
    out = Path(out) if out else DEFAULT_IMPORTS / f"{emitter.info.name}.trig"
    emitter.organisations(resolver)
    report.created, report.merged = len(resolver.created()), len(resolver.merged())
    trig = render_trig(emitter.quads)
    log = out.with_name("merge-log.csv") if out.name != "merge-log.csv" else out.with_suffix(".log.csv")
    try:
        existing = log.read_text(encoding="utf-8") if log.is_file() else ""
    except (OSError, UnicodeDecodeError):
        existing = ""
    atomic_write(log, resolver.merge_log_csv(existing))
    atomic_write(out, trig)
    report.out, report.merge_log = out, log
    return report
