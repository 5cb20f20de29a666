"""AidData project tables → RDF: the releases whose column sets this importer knows (``RELEASES``).

* AidData's TUFF 2.0 project tables — the Global Chinese Development Finance Dataset (GCDF) 2.0
  (2021) and 3.0 (2023) and the Global Huawei Finance Dataset 2.0 — with their Title Case columns
  ("AidData Record ID", "Title", "Funding Agencies", "Amount (Constant USD 2021)"…; their snake_case
  renderings, "aid_data_record_id", "funding_agencies"…, read the same). Any export with the id, the
  title and at least one agency column imports; every other column is optional.
* AidData's Global Chinese Official Finance Dataset 2000-2014, version 1.0 (2017), and the exports
  of the same system: snake_case columns (project_id, title, year, recipient_condensed,
  recipient_iso3, crs_sector_name, flow, flow_class, status, funding_agency, implementing_agency,
  recipient_agencies, amount, currency, usd_defl_2014, usd_current, sources…).

A file is recognised by its columns; one of neither set, or lacking a release's required columns,
is refused naming what is missing and the releases understood — never read with guessed meanings.

Each row becomes a partnership ``partnership:aiddata-<id>`` (the same IRI in every AidData release
with the same id, so releases sit side by side in their own graphs) with its kind from the flow
type, its agencies in their roles, countries, dates, amounts (each with its price basis: nominal,
or constant prices of the year the column names), status, technology areas and sources. A value no
ISO list knows (a country, a currency) does not cost the row: it is kept as written, as a
``dsr:UnresolvedValue``, and what needed it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MissingColumns
from ..namespaces import DCTERMS, DSR, PARTNERSHIP, RDF, RDFS
from ..resolve import Resolver
from .common import DatasetInfo, Emitter, ImportReport, RowIds, _norm_col, column, read_table, write_import
from .values import (HISTORIC_CURRENCIES, REGIONAL, RowError, country_code, currency_code, parse_date, parse_decimal,
                     slug, split_cell)
from .curated import KIND_CLASS, STATUS
from .techrules import infer_technology

__all__ = ["import_aiddata", "AGENCY_ROLES", "FLOW_KINDS", "STATUSES", "LICENCE", "RELEASES", "NOT_A_COUNTRY"]

LICENCE = "https://opendatacommons.org/licenses/by/1-0/"
ID_COLUMNS = ("AidData TUFF Project ID", "AidData Record ID", "AidData Project ID", "Project ID", "Record ID", "id",
              "aid_data_tuff_project_id", "aid_data_record_id", "aid_data_project_id")
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
# AidData's own words in an origin or financier-country cell that name no country: not an error, and
# nothing to resolve — the organisation's country stays unknown.
NOT_A_COUNTRY = frozenset({"other", "multiple", "regional", "unspecified"})

GCOFD1 = "AidData Global Chinese Official Finance Dataset 2000-2014, version 1.0 (2017)"
TUFF = "AidData TUFF project table (GCDF 2.0/3.0, Global Huawei Finance Dataset 2.0)"
RELEASES = (
    f"{TUFF}: an id column ({', '.join(repr(c) for c in ID_COLUMNS[:5])}), 'Title' and at least one agency "
    f"column ({', '.join(repr(c) for c in AGENCY_ROLES)})",
    f"{GCOFD1}, snake_case: 'project_id', 'title' and at least one of 'funding_agency', 'cofinancing_agency', "
    "'implementing_agency', 'recipient_agencies' (with 'recipient_condensed' or 'usd_defl_2014' among the others)",
)
# The columns that mark a GCOFD 1.0-style export (besides project_id): no TUFF table has them.
_GCOFD1_MARKS = ("recipient_condensed", "usd_defl_2014", "usd_defl", "recipient_oecd_name", "all_recipients",
                 "recipient_agencies", "funding_agency")
# GCOFD 1.0 agency columns → role; "recipient_agencies" (organisations of the recipient country, whatever
# their role) and "donor_agency" (of China) say a country, and a role only for names no other column has.
GCOFD1_AGENCIES = {
    "funding_agency": "financier", "cofinancing_agency": "financier", "implementing_agency": "contractor",
    "receiving_agency": "beneficiary", "receiving_agencies": "beneficiary",
}
GCOFD1_ORIGIN_AGENCIES = {"recipient_agencies": "recipient", "donor_agency": "CHN", "donor_agencies": "CHN"}
# The organisation types AidData's 2017 exports append to each agency ("Name, Type; Name, Type").
GCOFD1_ORG_TYPES = frozenset({
    "government agency", "state-owned company", "state-owned enterprise", "state-owned bank", "state-owned policy bank",
    "state-owned commercial bank", "private sector", "ngo/cso/foundation/think tank", "ngo", "ngo/cso",
    "intergovernmental organization", "multilateral", "other", "other public sector", "unset",
    "joint venture/special purpose vehicle", "joint venture", "special purpose vehicle",
})
_URL = re.compile(r"https?://[^\s;,|\"'<>]+")


@dataclass
class _Row:
    """One row read into what the graph states about it, whichever release it came from."""

    title: str
    description: str = ""
    flow: str = ""
    kind: str = "other"
    status: str = "unknown"
    date: tuple[str, str] | None = None
    estimated: bool = False
    start: tuple[str, str] | None = None
    completion: tuple[str, str] | None = None
    recipient: str | None = None  # the one recipient country (None for none, several, a region or unresolved)
    countries: set[str] = field(default_factory=set)
    amounts: list[tuple] = field(default_factory=list)  # (value, currency, note, terms, basis, price year)
    parties: list[tuple] = field(default_factory=list)  # (role, name, type, country)
    sector: str = ""
    urls: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)  # (field, text as written, note)

    def keep(self, fld: str, text: str, note: str) -> None:
        if not any(f == fld and t == text for f, t, _ in self.unresolved):
            self.unresolved.append((fld, text, note))


def _field(col: str | None, fn, text: str):
    try:
        return fn(text)
    except RowError as err:
        raise RowError(col or err.field, err.message) from None


def _country(text: str, col: str | None, r: _Row, left: str = "no country is stated for the record") -> str | None:
    """The ISO code of a country cell; None for an empty cell, a region or AidData's 'Other'; an
    unknown name is kept unresolved on the row (and None returned: never guessed). ``left`` says
    what is left out for want of it."""
    text = (text or "").strip()
    if not text or text.casefold() in NOT_A_COUNTRY or REGIONAL.search(text):
        return None
    code = country_code(text)
    if code is None:
        r.keep(col or "country", text, f"not a country ISO 3166 knows (or a name several countries share); {left}")
    return code


def _currency(text: str, col: str | None, r: _Row, value: str | None) -> str | None:
    """The ISO 4217 code of a currency cell; an unknown one is kept unresolved (its amount left out)."""
    try:
        return currency_code(text)
    except RowError:
        left = f"; the amount {value} is left out" if value is not None else ""
        r.keep(col or "currency", text.strip(), f"not an ISO 4217 currency code, current or withdrawn{left}")
        return None


def _flow_status_sector(r, get) -> None:
    """The row's flow type (and the agreement kind it gives), status and sector, in both column sets."""
    r.flow = get("flow")
    r.kind = next((k for rx, k in FLOW_KINDS if re.search(rx, r.flow, re.I)), "other")
    r.status = STATUSES.get(get("status").casefold(), "unknown")
    r.sector = get("sector") or get("sector_code")


def _original_amount(r, value, code) -> None:
    """The amount committed in the original currency (nominal), when both are known."""
    if value is not None and code:
        r.amounts.append((value, code, "AidData: amount committed, in the original currency" + _note_currency(code),
                          {}, "nominal", None))


def _usd_amounts(r, cols, get, constant: str, nominal: str) -> None:
    """The USD amounts of a row: constant prices (of the year the column names) and nominal."""
    for key, basis in ((constant, "constant"), (nominal, "nominal")):
        value = _field(cols[key], parse_decimal, get(key))
        if value is None:
            continue
        year = _price_year(cols[key]) if basis == "constant" else None
        if basis == "nominal":
            note = "AidData: amount in nominal USD"
        else:
            note = f"AidData: amount in constant USD ({year if year else 'the column names no base year'})"
        r.amounts.append((value, "USD", note, {}, basis, year))


def _note_currency(code: str) -> str:
    return f" ({code}: {HISTORIC_CURRENCIES[code]}, a withdrawn ISO 4217 code)" if code in HISTORIC_CURRENCIES else ""


def _terms(r: _Row, cols: dict, get) -> None:
    """Interest rate, maturity and grace period: terms of the loan, stated on its first amount (the
    one in the original currency when there is one)."""
    terms = {k: _field(cols[k], parse_decimal, get(k).rstrip("%")) for k in ("interest", "maturity", "grace")}
    if r.amounts and any(v is not None for v in terms.values()):
        r.amounts[0] = r.amounts[0][:3] + (terms,) + r.amounts[0][4:]


def _price_year(col: str) -> str | None:
    m = re.search(r"((?:19|20)\d{2})", col or "")
    return m[1] if m else None


# ----------------------------------------------------------------------------- releases

class _Release:
    """A release's column set: what identifies a row, and how a row becomes a _Row."""

    name = ""

    def __init__(self, table):
        self.table = table

    def get(self, row: dict, key: str) -> str:
        col = self.cols.get(key)
        return row.get(col, "") if col else ""


class _Tuff(_Release):
    name = TUFF

    def __init__(self, table):
        super().__init__(table)
        self.id_col = column(table, *ID_COLUMNS)
        self.title_col = column(table, *TITLE_COLUMNS)
        self.agencies = _agency_columns(table)
        # "Amount (Constant USD2017)" (GCDF 2.0, Huawei 2.0), "Amount (Constant USD 2021)" (GCDF 3.0), or snake_case;
        # never "Adjusted Amount (…)", another figure (the commitment net of cancellations and the like)
        usd = next((h for h in table.header
                    if re.fullmatch(r"[\W_]*amount[\W_]+constant[\W_]*usd[\W_]*(?:\d{4})?[\W_]*", h, re.I)), None)
        # "Amount (Nominal USD)" (GCDF 3.0) and "Amount (Nominal)" (GCDF 2.0, Huawei 2.0): the commitment
        # in US dollars of its day — the Huawei rows give it equal to the original amount when that is in
        # USD, and converted when it is not (CNY 100,000 → 14,773).
        nominal = next((h for h in table.header if re.fullmatch(r"[\W_]*amount[\W_]+nominal(?:[\W_]+usd)?[\W_]*", h, re.I)),
                       None)
        self.cols = {
            "recipient": column(table, "Recipient", "Recipient Country"),
            "recipient_iso3": column(table, "Recipient ISO-3", "Recipient ISO3", "Recipient ISO"),
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

    def missing(self) -> list[str]:
        out = []
        if not self.id_col:
            out.append(f"the project id ({', '.join(repr(c) for c in ID_COLUMNS[:5])})")
        if not self.title_col:
            out.append("'Title'")
        if not self.agencies:
            out.append(f"at least one agency column ({', '.join(AGENCY_ROLES)})")
        return out

    def info(self) -> tuple[str, str]:
        header = {_norm_col(h) for h in self.table.header}
        if "recommended for huawei aggregates" in header:
            return "AidData Global Huawei Finance Dataset", "2.0"
        if "aiddata record id" in header or "aid data record id" in header:
            return "AidData Global Chinese Development Finance Dataset", "3.0"
        return "AidData project-level dataset", ""

    def sector_keys(self, row: dict) -> set[str]:
        return {self.get(row, "sector").casefold(), self.get(row, "sector_code").casefold()}

    def recipients(self, row: dict) -> set[str]:
        """The recipient countries the row names (for --recipient; none when unresolved)."""
        code = country_code(self.get(row, "recipient_iso3")) or country_code(self.get(row, "recipient"))
        return {code} - {None}

    def read(self, row: dict) -> _Row:
        get = lambda key: self.get(row, key)  # noqa: E731
        cols = self.cols
        r = _Row(row.get(self.title_col, ""), description=get("description"))
        iso = _country(get("recipient_iso3"), cols["recipient_iso3"], r, "the recipient is read from its name")
        r.recipient = iso or _country(get("recipient"), cols["recipient"], r)
        r.countries = {r.recipient} - {None}
        r.date = _field(cols["commitment_date"], parse_date, get("commitment_date")) or \
            _field(cols["year"], parse_date, get("year"))
        r.estimated = get("year_estimated").casefold() in ("yes", "true", "1")
        r.start = _field(cols["start"], parse_date, get("start"))
        r.completion = _field(cols["completion"], parse_date, get("completion"))
        value = _field(cols["amount"], parse_decimal, get("amount"))
        if value is not None and not get("currency"):
            raise RowError(cols["currency"] or "Original Currency", "amount without a currency")
        if get("currency"):
            code = _currency(get("currency"), cols["currency"], r, value)
            _original_amount(r, value, code)
        _usd_amounts(r, cols, get, "usd", "nominal_usd")
        _terms(r, cols, get)
        _flow_status_sector(r, get)
        r.urls, r.titles, r.publishers = split_cell(get("urls")), split_cell(get("titles")), split_cell(get("publishers"))
        financier = _country(get("financier_country"), cols["financier_country"], r,
                             "no country is stated for the funding agencies")
        r.parties = self._parties(row, r, financier)
        r.countries |= {p[3] for p in r.parties if p[0] == "financier"} - {None}
        return r

    def _parties(self, row: dict, r: _Row, financier: str | None) -> list[tuple]:
        """(role, name, type, country) for every agency named; a row must name at least one.

        An agency's country is its Origin ("Recipient": the recipient's); without an origin, a funding
        agency is of the financier country and a receiving or accountable agency of the recipient, as
        the columns define them; an implementing or cofinancing agency's country is then unknown (they
        are often of neither side)."""
        parties = []
        for stem, (names_col, type_col, origin_col) in self.agencies.items():
            names = split_cell(row.get(names_col, ""))
            types = split_cell(row.get(type_col, "")) if type_col else []
            origins = split_cell(row.get(origin_col, "")) if origin_col else []
            for i, n in enumerate(names):
                origin = origins[i] if i < len(origins) else ""
                if origin.casefold() == "recipient":
                    country = r.recipient
                elif origin:
                    country = _country(origin, origin_col, r, f"the country of {n} is left unstated")
                else:
                    country = {"Funding Agencies": financier, "Receiving Agencies": r.recipient,
                               "Accountable Agencies": r.recipient}.get(stem)
                parties.append((AGENCY_ROLES[stem], n, types[i] if i < len(types) else "", country))
        if not parties:
            raise RowError(" / ".join(c[0] for c in self.agencies.values()), "no agency named")
        return parties


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


class _Gcofd1(_Release):
    """AidData's Global Chinese Official Finance Dataset 2000-2014, version 1.0 (and exports alike).

    The dataset records China's official finance: its funding agencies are Chinese government
    institutions by its definition, so a funding agency's country is China (CHN) and China is a
    country of every partnership. No other agency is given a country unless the data says so: a name
    in ``recipient_agencies`` (organisations of the recipient country) is of the recipient."""

    name = GCOFD1

    def __init__(self, table):
        super().__init__(table)
        self.id_col = column(table, "project_id")
        self.title_col = column(table, "title", "project_title")
        self.agencies = {column(table, c): role for c, role in GCOFD1_AGENCIES.items() if column(table, c)}
        self.funding = column(table, "funding_agency")
        self.origin_agencies = {column(table, c): o for c, o in GCOFD1_ORIGIN_AGENCIES.items() if column(table, c)}
        c = lambda *names: column(table, *names)  # noqa: E731
        usd_defl = next((h for h in table.header if re.fullmatch(r"usd_defl(?:_\d{4})?", h.strip(), re.I)), None)
        self.cols = {
            "year": c("year"), "year_uncertain": c("year_uncertain"), "description": c("description"),
            "status": c("status"), "flow": c("flow"), "sector": c("crs_sector_name", "sector"),
            "sector_code": c("crs_sector_code", "crs_sector"), "recipient_iso3": c("recipient_iso3"),
            "recipient": c("recipient_condensed", "recipient_oecd_name", "recipient"),
            "amount": c("amount"), "currency": c("currency"), "usd_defl": usd_defl, "usd_current": c("usd_current"),
            "start": c("start_actual"), "completion": c("end_actual"),
            "interest": c("interest_rate"), "maturity": c("maturity"), "grace": c("grace_period"),
            "sources": c("sources", "source_urls"),
        }

    def missing(self) -> list[str]:
        out = [] if self.id_col else ["'project_id'"]
        if not self.title_col:
            out.append("'title' (or 'project_title')")
        if not self.agencies and not self.origin_agencies:
            out.append("at least one agency column ('funding_agency', 'cofinancing_agency', 'implementing_agency', "
                       "'recipient_agencies')")
        return out

    def info(self) -> tuple[str, str]:
        return "AidData Global Chinese Official Finance Dataset 2000-2014", "1.0"

    def sector_keys(self, row: dict) -> set[str]:
        return {self.get(row, "sector").casefold(), self.get(row, "sector_code").casefold()}

    def recipients(self, row: dict) -> set[str]:
        codes = {country_code(x) for x in split_cell(self.get(row, "recipient_iso3").replace(",", ";"), ";")} - {None}
        return codes or {country_code(self.get(row, "recipient"))} - {None}

    @staticmethod
    def _agencies(cell: str) -> list[tuple[str, str]]:
        """(name, type) of each agency of a cell "Name, Type; Name, Type" (a type only when AidData's)."""
        out = []
        for item in split_cell(cell.replace("|", ";"), ";"):
            name, sep, kind = item.rpartition(",")
            if sep and name.strip() and kind.strip().casefold() in GCOFD1_ORG_TYPES:
                out.append((name.strip(), kind.strip()))
            else:
                out.append((item, ""))
        return out

    def read(self, row: dict) -> _Row:
        get = lambda key: self.get(row, key)  # noqa: E731
        cols = self.cols
        r = _Row(row.get(self.title_col, ""), description=get("description"))
        recipients = []
        for x in split_cell(get("recipient_iso3").replace(",", ";"), ";"):
            code = country_code(x)
            if code is None:
                r.keep(cols["recipient_iso3"], x, "not an ISO 3166 country code; no country is stated for it")
            elif code not in recipients:
                recipients.append(code)
        if not recipients:
            names = [get("recipient")] if get("recipient") else []
            recipients = [c for c in (_country(n, cols["recipient"], r) for n in names) if c]
        r.recipient = recipients[0] if len(recipients) == 1 else None
        r.countries = set(recipients) | {"CHN"}  # China is the financier of every record of the dataset
        r.date = _field(cols["year"], parse_date, get("year"))
        r.estimated = get("year_uncertain").casefold() in ("true", "yes", "1")
        r.start = _field(cols["start"], parse_date, get("start"))
        r.completion = _field(cols["completion"], parse_date, get("completion"))
        values = split_cell(get("amount"), ";")
        currencies = split_cell(get("currency"), ";")
        if values and len(values) != len(currencies):
            r.keep(cols["amount"] or "amount", get("amount"), f"{len(values)} amount(s) and {len(currencies)} "
                   f"currenc{'y' if len(currencies) == 1 else 'ies'} ({get('currency')!r}) do not pair up; left out")
        else:
            for v, cur in zip(values, currencies):
                value = _field(cols["amount"], parse_decimal, v)
                code = _currency(cur, cols["currency"], r, value)
                _original_amount(r, value, code)
        _usd_amounts(r, cols, get, "usd_defl", "usd_current")
        _terms(r, cols, get)
        _flow_status_sector(r, get)
        r.urls = list(dict.fromkeys(_URL.findall(get("sources"))))
        r.parties = self._parties(row, r)
        return r

    def _parties(self, row: dict, r: _Row) -> list[tuple]:
        of_origin: dict[str, str | None] = {}
        for col, origin in self.origin_agencies.items():
            for name, _ in self._agencies(row.get(col, "")):
                of_origin[name] = r.recipient if origin == "recipient" else origin
        parties, named = [], set()
        for col, role in self.agencies.items():
            for name, kind in self._agencies(row.get(col, "")):
                # funding agencies: Chinese official bodies by the dataset's definition (see the class)
                country = "CHN" if col == self.funding else of_origin.get(name)
                parties.append((role, name, kind, country))
                named.add(name)
        for col in self.origin_agencies:
            for name, kind in self._agencies(row.get(col, "")):
                if name not in named:  # named only as an organisation of a country: a party, its role unsaid
                    parties.append(("partner", name, kind, of_origin.get(name)))
                    named.add(name)
        if not parties:
            raise RowError(" / ".join([*self.agencies, *self.origin_agencies]), "no agency named")
        return parties


def _release(table) -> _Release:
    """The release whose column set the table has, or MissingColumns naming what is missing."""
    header = {_norm_col(h) for h in table.header if h}
    snake = any("_" in h for h in table.header)
    if _norm_col("project_id") in header and snake and any(_norm_col(m) in header for m in _GCOFD1_MARKS):
        release: _Release = _Gcofd1(table)
    else:
        release = _Tuff(table)
    missing = release.missing()
    if missing:
        raise MissingColumns(
            f"{table.path}: missing required column{'s' if len(missing) > 1 else ''} for an {release.name}: "
            + "; ".join(missing) + ". AidData releases understood: " + " | ".join(RELEASES))
    return release


# ----------------------------------------------------------------------------- import

def import_aiddata(path: Path | str, *, out: Path | str | None = None, strict: bool = False,
                   sectors: tuple[str, ...] = (), recipients: tuple[str, ...] = (), name: str | None = None,
                   resolver: Resolver | None = None) -> ImportReport:
    """Import an AidData project table (CSV or XLSX) into ``out`` (default out/imports/<name>.trig).

    Parameters
    ----------
    sectors, recipients : str
        Keep only rows of these sectors (name or code) and recipient countries (name or ISO code).
    strict : bool
        Raise SkippedRows (exit 1), writing nothing, when any row is skipped. Values kept unresolved
        (an unknown country or currency: the row is taken, the value kept as written) do not fail it.

    Raises
    ------
    MissingColumns
        When the table is of no release this importer knows, or lacks the id, the title or every
        agency column of its release (exit 2); the message lists what is missing and the releases.
    """
    table = read_table(path, sheet_has=ID_COLUMNS + ("project_id",))
    release = _release(table)
    title, version = release.info()
    info = DatasetInfo(name or f"aiddata-{slug(table.path.stem)}", f"{title} ({table.path.name})",
                       "AidData at William & Mary", LICENCE, version, "https://www.aiddata.org/",
                       "Imported with `dsr import aiddata`; credit AidData at William & Mary (ODC-By 1.0).")
    resolver = resolver or Resolver.from_records(dataset=info.name)
    resolver.dataset = info.name
    e = Emitter(info)
    report = ImportReport(info.name, str(table.path))
    want_sectors = {s.casefold() for s in sectors}
    want_countries = set()
    for r in recipients:
        code = country_code(r)
        if not code:
            from ..errors import UnreadableInput

            raise UnreadableInput(f"--recipient: unknown country {r!r}")
        want_countries.add(code)
    id_col, title_col = release.id_col, release.title_col
    ids = RowIds(id_col)
    for line, row in table.rows:
        report.read += 1
        rid = row.get(id_col, "").removesuffix(".0") or f"line {line}"
        if want_sectors and not (release.sector_keys(row) & want_sectors):
            report.filtered += 1
            continue
        try:
            if (problem := table.row_problem(line)) is not None:
                raise problem
            if want_countries and not (release.recipients(row) & want_countries):
                report.filtered += 1
                continue
            if not row.get(id_col):
                raise RowError(id_col, "empty project id")
            ids.check(rid)
            if not row.get(title_col):
                raise RowError(title_col, "empty title")
            parsed = release.read(row)
        except RowError as err:
            report.skip(rid, err)
            continue
        ids.add(rid)
        for fld, text, _ in parsed.unresolved:
            report.keep_unresolved(rid, fld, text)
        _emit(e, resolver, rid, parsed)
        report.taken += 1
    return write_import(e, resolver, report, Path(out) if out else None, strict)


def _emit(e: Emitter, resolver: Resolver, rid: str, f: _Row) -> None:
    s = PARTNERSHIP[f"aiddata-{slug(rid)}"]
    src = e.row_source(rid, f.urls, f.titles, f.publishers)
    e.add(s, RDF.type, KIND_CLASS[f.kind])
    e.lit(s, RDFS.label, f.title)
    e.lit(s, DSR.recordedIn, e.ref(rid), None)
    e.add(s, DCTERMS.source, e.g)
    e.add(s, DCTERMS.source, src)
    if f.description:
        e.lit(s, DCTERMS.description, f.description)
    if f.flow:
        e.lit(s, DSR.describedAs, f.flow)
    e.add(s, DSR.status, STATUS[f.status])
    for code in sorted(f.countries):
        e.add(s, DSR.country, e.country(code))
    if f.date:
        e.typed(s, DSR.date, *f.date)
        if f.estimated:
            e.typed(s, DSR.dateInferred, "true", "boolean")
    if f.start:
        e.typed(s, DSR.dateLaunched, *f.start)
    if f.completion:
        e.typed(s, DSR.dateCompleted, *f.completion)
    for i, (value, currency, note, terms, basis, year) in enumerate(f.amounts, 1):
        e.amount(s, i, value, currency, note, terms, basis, year)
    e.unresolved(s, f.unresolved)
    for iri in infer_technology(f.title, f.sector):
        e.add(s, DSR.technologyArea, iri)
    for role, name, kind, country in f.parties:
        m = resolver.resolve(name, country=country, kind=kind, row=rid)
        e.add(s, getattr(DSR, role), m.entity.iri)
        e.add(s, DSR.party, m.entity.iri)
