"""AidData project tables → RDF: the GCDF 2.0/3.0 project tables and the Global Huawei Finance Dataset.

Any export with a project id, a title and at least one agency column imports; every other column
is optional. Each row becomes a partnership ``partnership:aiddata-<id>`` (the same IRI in every
AidData release, so releases sit side by side in their own graphs) with its kind from the flow
type, its agencies in their roles, countries, dates, amounts, status, technology areas and sources.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..namespaces import DCTERMS, DSR, PARTNERSHIP, RDF, RDFS
from ..resolve import Resolver
from .common import DatasetInfo, Emitter, ImportReport, RowIds, column, read_table, write_import
from .values import REGIONAL, RowError, country_code, currency_code, parse_date, parse_decimal, slug, split_cell
from .curated import KIND_CLASS, STATUS
from .techrules import infer_technology

__all__ = ["import_aiddata", "AGENCY_ROLES", "FLOW_KINDS", "STATUSES", "LICENCE"]

LICENCE = "https://opendatacommons.org/licenses/by/1-0/"
ID_COLUMNS = ("AidData TUFF Project ID", "AidData Record ID", "AidData Project ID", "Project ID", "Record ID", "id")
TITLE_COLUMNS = ("Title", "Project Title")
# Agency column → role (dsr.ttl). The ontology has no guarantor role: the accountable agency, which
# answers for the project on the recipient side, is a partner (a party with no more specific role).
AGENCY_ROLES = {
    "Funding Agencies": "financier",
    "Cofinancing Agencies": "financier",
    "Receiving Agencies": "beneficiary",
    "Implementing Agencies": "contractor",
    "Accountable Agencies": "partner",
}
# Flow type (first matching pattern, case-insensitive) → partnership kind.
FLOW_KINDS = (
    (r"loan|credit|lease", "loan"),
    (r"scholarship|training", "training_programme"),
    (r"grant|technical assistance|in-kind|donation", "project"),
    (r"equity|joint venture", "joint_venture"),
)
# AidData status → lifecycle status; anything else is 'unknown'.
STATUSES = {
    "pipeline: pledge": "announced", "pipeline: commitment": "signed", "implementation": "under_construction",
    "completion": "completed", "cancelled": "cancelled", "suspended": "cancelled",
}


def _agency_columns(table) -> dict[str, tuple[str, str | None, str | None]]:
    """For each agency kind present: (names column, type column, origin column)."""
    found = {}
    for stem in AGENCY_ROLES:
        singular = stem[:-3] + "y"
        names = column(table, stem, singular, stem.replace("Cofinancing", "Co-financing"))
        if names:
            found[stem] = (names, column(table, f"{stem} Type", f"{singular} Type"),
                           column(table, f"{stem} Origin", f"{singular} Origin"))
    return found


def _info(table, name: str | None) -> DatasetInfo:
    header = {h.casefold() for h in table.header}
    if "recommended for huawei aggregates" in header:
        title, version = "AidData Global Huawei Finance Dataset", "2.0"
    elif "aiddata record id" in header:
        title, version = "AidData Global Chinese Development Finance Dataset", "3.0"
    else:
        title, version = "AidData project-level dataset", ""
    return DatasetInfo(name or f"aiddata-{slug(table.path.stem)}", f"{title} ({table.path.name})",
                       "AidData at William & Mary", LICENCE, version, "https://www.aiddata.org/",
                       "Imported with `dsr import aiddata`; credit AidData at William & Mary (ODC-By 1.0).")


def import_aiddata(path: Path | str, *, out: Path | str | None = None, strict: bool = False,
                   sectors: tuple[str, ...] = (), recipients: tuple[str, ...] = (), name: str | None = None,
                   resolver: Resolver | None = None) -> ImportReport:
    """Import an AidData project table (CSV or XLSX) into ``out`` (default out/imports/<name>.trig).

    Parameters
    ----------
    sectors, recipients : str
        Keep only rows of these sectors (name or code) and recipient countries (name or ISO code).
    strict : bool
        Raise SkippedRows (exit 1), writing nothing, when any row is skipped.

    Raises
    ------
    MissingColumns
        When the id, the title or every agency column is missing (exit 2).
    """
    table = read_table(path, sheet_has=ID_COLUMNS)
    id_col = column(table, *ID_COLUMNS, required=True, what="AidData project id")
    title_col = column(table, *TITLE_COLUMNS, required=True, what="Title")
    agencies = _agency_columns(table)
    if not agencies:
        from ..errors import MissingColumns

        raise MissingColumns(f"{table.path}: missing required column: at least one agency column "
                             f"({', '.join(AGENCY_ROLES)})")
    info = _info(table, name)
    resolver = resolver or Resolver.from_records(dataset=info.name)
    resolver.dataset = info.name
    e = Emitter(info)
    report = ImportReport(info.name, str(table.path))
    cols = _optional_columns(table)
    want_sectors = {s.casefold() for s in sectors}
    want_countries = set()
    for r in recipients:
        code = country_code(r)
        if not code:
            from ..errors import UnreadableInput

            raise UnreadableInput(f"--recipient: unknown country {r!r}")
        want_countries.add(code)
    ids = RowIds(id_col)
    for line, row in table.rows:
        report.read += 1
        rid = row.get(id_col, "").removesuffix(".0") or f"line {line}"
        get = lambda key: row.get(cols[key], "") if cols.get(key) else ""  # noqa: E731
        if want_sectors and not ({get("sector").casefold(), get("sector_code").casefold()} & want_sectors):
            report.filtered += 1
            continue
        try:
            if (problem := table.row_problem(line)) is not None:
                raise problem
            recipient = _country(get("recipient"), cols.get("recipient"))
            if want_countries and recipient not in want_countries:
                report.filtered += 1
                continue
            if not row.get(id_col):
                raise RowError(id_col, "empty project id")
            ids.check(rid)
            if not row.get(title_col):
                raise RowError(title_col, "empty title")
            fields = _parse_row(row, cols, recipient)
            parties = _parties(row, agencies, recipient, _country(get("financier_country"), cols.get("financier_country")))
        except RowError as err:
            report.skip(rid, err)
            continue
        ids.add(rid)
        _emit(e, resolver, rid, row[title_col], fields, parties, row, cols)
        report.taken += 1
    return write_import(e, resolver, report, Path(out) if out else None, strict)


def _optional_columns(table) -> dict[str, str | None]:
    usd = next((h for h in table.header if re.search(r"amount.*constant.*usd", h, re.I)), None)
    nominal = next((h for h in table.header if re.search(r"amount.*nominal.*usd", h, re.I)), None)
    return {
        "recipient": column(table, "Recipient", "Recipient Country"),
        "financier_country": column(table, "Financier Country"),
        "year": column(table, "Commitment Year"),
        "year_estimated": column(table, "Commitment Year Estimated"),
        "commitment_date": column(table, "Commitment Date (MM/DD/YYYY)", "Commitment Date"),
        "start": column(table, "Actual Implementation Start Date (MM/DD/YYYY)", "Actual Implementation Start Date"),
        "completion": column(table, "Actual Completion Date (MM/DD/YYYY)", "Actual Completion Date"),
        "description": column(table, "Description"),
        "status": column(table, "Status"),
        "flow": column(table, "Flow Type", "Flow Type Simplified"),
        "sector": column(table, "AidData Sector Name", "Sector Name", "Sector"),
        "sector_code": column(table, "AidData Sector Code", "Sector Code"),
        "amount": column(table, "Amount (Original Currency)", "Amount Original Currency"),
        "currency": column(table, "Original Currency", "Currency"),
        "usd": usd, "nominal_usd": nominal,
        "maturity": column(table, "Maturity"), "interest": column(table, "Interest Rate"),
        "grace": column(table, "Grace Period"),
        "urls": column(table, "Source URLs", "Source URL"), "titles": column(table, "Source Titles"),
        "publishers": column(table, "Source Publishers"),
    }


def _country(text: str, col: str | None) -> str | None:
    if not text or REGIONAL.search(text):
        return None
    code = country_code(text)
    if code is None:
        raise RowError(col or "country", f"unknown country {text!r}")
    return code


def _field(col: str | None, fn, text: str):
    try:
        return fn(text)
    except RowError as err:
        raise RowError(col or err.field, err.message) from None


def _parse_row(row: dict, cols: dict, recipient: str | None) -> dict:
    get = lambda key: row.get(cols[key], "") if cols.get(key) else ""  # noqa: E731
    out: dict = {"recipient": recipient}
    date = _field(cols["commitment_date"], parse_date, get("commitment_date")) or \
        _field(cols["year"], parse_date, get("year"))
    out["date"] = date
    out["estimated"] = get("year_estimated").casefold() in ("yes", "true", "1")
    out["start"] = _field(cols["start"], parse_date, get("start"))
    out["completion"] = _field(cols["completion"], parse_date, get("completion"))
    amounts = []
    value = _field(cols["amount"], parse_decimal, get("amount"))
    if value is not None:
        if not get("currency"):
            raise RowError(cols["currency"] or "Original Currency", "amount without a currency")
        terms = {k: _field(cols[k], parse_decimal, get(k).rstrip("%")) for k in ("interest", "maturity", "grace")}
        amounts.append((value, _field(cols["currency"], currency_code, get("currency")),
                        "AidData: amount committed, in the original currency", terms))
    elif get("currency"):
        _field(cols["currency"], currency_code, get("currency"))
    for key, what in (("usd", "constant"), ("nominal_usd", "nominal")):
        value = _field(cols[key], parse_decimal, get(key))
        if value is not None:
            base = re.search(r"(\d{4})", cols[key] or "")
            note = f"AidData: amount in {what} USD" + (f" ({base[1]})" if base and what == "constant" else "")
            amounts.append((value, "USD", note, {}))
    out["amounts"] = amounts
    flow = get("flow")
    out["flow"] = flow
    out["kind"] = next((k for rx, k in FLOW_KINDS if re.search(rx, flow, re.I)), "other")
    out["status"] = STATUSES.get(get("status").casefold(), "unknown")
    return out


def _parties(row: dict, agencies: dict, recipient: str | None, financier: str | None) -> list[tuple]:
    """(role, name, type, country) for every agency named; a row must name at least one."""
    parties = []
    for stem, (names_col, type_col, origin_col) in agencies.items():
        names = split_cell(row.get(names_col, ""))
        types = split_cell(row.get(type_col, "")) if type_col else []
        origins = split_cell(row.get(origin_col, "")) if origin_col else []
        for i, n in enumerate(names):
            origin = origins[i] if i < len(origins) else ""
            if origin.casefold() == "recipient":
                country = recipient
            elif origin:
                country = _country(origin, origin_col)
            else:
                country = financier if stem == "Funding Agencies" else recipient if stem != "Cofinancing Agencies" else None
            parties.append((AGENCY_ROLES[stem], n, types[i] if i < len(types) else "", country))
    if not parties:
        raise RowError(" / ".join(c[0] for c in agencies.values()), "no agency named")
    return parties


def _emit(e: Emitter, resolver: Resolver, rid: str, title: str, f: dict, parties: list, row: dict, cols: dict) -> None:
    get = lambda key: row.get(cols[key], "") if cols.get(key) else ""  # noqa: E731
    s = PARTNERSHIP[f"aiddata-{slug(rid)}"]
    src = e.row_source(rid, split_cell(get("urls")), split_cell(get("titles")), split_cell(get("publishers")))
    e.add(s, RDF.type, KIND_CLASS[f["kind"]])
    e.lit(s, RDFS.label, title)
    e.lit(s, DSR.recordedIn, e.ref(rid), None)
    e.add(s, DCTERMS.source, e.g)
    e.add(s, DCTERMS.source, src)
    if get("description"):
        e.lit(s, DCTERMS.description, get("description"))
    if f["flow"]:
        e.lit(s, DSR.describedAs, f["flow"])
    e.add(s, DSR.status, STATUS[f["status"]])
    for code in {f["recipient"], *(p[3] for p in parties if p[0] == "financier")} - {None}:
        e.add(s, DSR.country, e.country(code))
    if f["date"]:
        e.typed(s, DSR.date, *f["date"])
        if f["estimated"]:
            e.typed(s, DSR.dateInferred, "true", "boolean")
    if f["start"]:
        e.typed(s, DSR.dateLaunched, *f["start"])
    if f["completion"]:
        e.typed(s, DSR.dateCompleted, *f["completion"])
    for i, (value, currency, note, terms) in enumerate(f["amounts"], 1):
        node = f"{s}/amount/{e.info.name}/{i}"
        e.add(s, DSR.amount, node)
        e.add(node, RDF.type, DSR.MonetaryAmount)
        e.typed(node, DSR.value, value, "decimal")
        e.lit(node, DSR.currency, currency, None)
        e.lit(node, RDFS.comment, note)
        for key, prop in (("interest", DSR.interestRate), ("maturity", DSR.maturityYears), ("grace", DSR.gracePeriodYears)):
            if terms.get(key) is not None:
                e.typed(node, prop, terms[key], "decimal")
    for iri in infer_technology(title, get("sector") or get("sector_code")):
        e.add(s, DSR.technologyArea, iri)
    for role, name, kind, country in parties:
        m = resolver.resolve(name, country=country, kind=kind, row=rid)
        e.add(s, getattr(DSR, role), m.entity.iri)
        e.add(s, DSR.party, m.entity.iri)
