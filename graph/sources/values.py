"""Reading one cell's value: countries, currencies, dates, amounts, lists and slugs, or a RowError saying why not."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..fields import foreign_digits

__all__ = [
    "RowError", "country_code", "country_name", "currency_code", "parse_date", "parse_decimal", "split_cell",
    "slug", "COUNTRY_ALIASES", "REGIONAL",
]


class RowError(Exception):
    """One row cannot be taken: the field (column) at fault and why."""

    def __init__(self, field_name: str, message: str):
        super().__init__(message)
        self.field = field_name
        self.message = message


# ----------------------------------------------------------------------------- cells, slugs

def split_cell(text: str, sep: str = "|") -> list[str]:
    return [p.strip() for p in text.split(sep) if p.strip()] if text else []


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "unnamed"


# ----------------------------------------------------------------------------- countries, currencies

# Names that datasets of this field use and ISO 3166 does not (AidData, TeleGeography, the World Bank).
COUNTRY_ALIASES = {
    "china (people's republic of)": "CHN", "people's republic of china": "CHN", "china, people's republic of": "CHN",
    "congo, dem. rep.": "COD", "democratic republic of the congo": "COD", "democratic republic of congo": "COD", "dr congo": "COD", "drc": "COD",
    "congo, rep.": "COG", "republic of the congo": "COG", "congo": "COG", "turkey": "TUR", "kosovo": "XKX",
    "laos": "LAO", "lao pdr": "LAO", "north korea": "PRK", "korea, dem. people's rep.": "PRK",
    "south korea": "KOR", "korea, rep.": "KOR", "korea": "KOR", "russia": "RUS", "iran": "IRN",
    "iran, islamic rep.": "IRN", "syria": "SYR", "vietnam": "VNM", "cape verde": "CPV", "swaziland": "SWZ",
    "macedonia": "MKD", "ivory coast": "CIV", "gambia, the": "GMB", "the gambia": "GMB", "bahamas, the": "BHS",
    "egypt, arab rep.": "EGY", "yemen, rep.": "YEM", "venezuela, rb": "VEN", "micronesia": "FSM",
    "hong kong sar, china": "HKG", "macao sar, china": "MAC", "burma": "MMR", "east timor": "TLS",
    "brunei": "BRN", "tanzania": "TZA", "bolivia": "BOL", "moldova": "MDA", "czech republic": "CZE",
    "united states of america": "USA", "usa": "USA", "uk": "GBR", "palestine": "PSE", "west bank and gaza": "PSE",
    "st. lucia": "LCA", "st. vincent and the grenadines": "VCT", "st. kitts and nevis": "KNA",
    "sao tome and principe": "STP", "curacao": "CUW", "reunion": "REU",
}
# Recipient labels that name a region rather than a country: no country is stated, the row is kept.
REGIONAL = re.compile(r"(regional|multi-?region|multiple|unspecified|worldwide|global)", re.I)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text.casefold().replace("’", "'")).strip()


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    index, names = {}, {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
        for attr in ("name", "official_name", "common_name"):
            if hasattr(c, attr):
                index[_fold(getattr(c, attr))] = c.alpha_3
        index[c.alpha_3.casefold()] = c.alpha_3
        index[c.alpha_2.casefold()] = c.alpha_3
    index.update({_fold(k): v for k, v in COUNTRY_ALIASES.items()})
    names.update({"XKX": "Kosovo", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
                  "PRK": "North Korea", "KOR": "South Korea", "VNM": "Vietnam", "LAO": "Laos", "RUS": "Russia",
                  "FSM": "Micronesia", "PSE": "Palestine", "TUR": "Turkey", "SYR": "Syria", "TZA": "Tanzania"})
    from ..resources import data_dir

    for row in csv.DictReader(io.StringIO(data_dir().joinpath("countries.csv").read_text(encoding="utf-8"))):
        index.setdefault(_fold(row["name"]), row["code"])
        names[row["code"]] = row["name"]
    return index, names


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country name or code, or None when it is not a country.

    >>> country_code("Viet Nam"), country_code("Congo, Dem. Rep."), country_code("PAK")
    ('VNM', 'COD', 'PAK')
    """
    return _countries()[0].get(_fold(text)) if text else None


def country_name(code: str) -> str:
    return _countries()[1].get(code, code)


def currency_code(text: str) -> str:
    """Check an ISO 4217 currency code (RMB is read as CNY); raise RowError when unknown."""
    import pycountry

    code = {"RMB": "CNY"}.get(text.strip().upper(), text.strip().upper())
    if not re.fullmatch(r"[A-Z]{3}", code) or pycountry.currencies.get(alpha_3=code) is None:
        raise RowError("currency", f"unknown currency {text!r} (expected an ISO 4217 code such as USD)")
    return code


# ----------------------------------------------------------------------------- dates, amounts

_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), 1)}


def parse_date(text: str, fmt: str | None = None) -> tuple[str, str] | None:
    """A date as (lexical form, XSD datatype name), as precise as written; None for an empty cell.

    Reads YYYY, YYYY-MM, YYYY-MM-DD, MM/DD/YYYY (AidData's stated format), '2022 March', 'March 2022',
    '2024 Q2' (a year), a spreadsheet date-time, or ``fmt`` (a strptime format) when given.

    >>> parse_date("03/07/2015"), parse_date("2022 March"), parse_date("2017.0")
    (('2015-03-07', 'date'), ('2022-03', 'gYearMonth'), ('2017', 'gYear'))
    """
    t = text.strip() if text else ""
    if not t:
        return None
    foreign = foreign_digits(t)
    if foreign:
        raise RowError("date", f"the date {text!r} has the digit {foreign!r} (U+{ord(foreign):04X}); write the digits 0-9")
    try:
        if fmt:
            return dt.datetime.strptime(t, fmt).date().isoformat(), "date"
        if m := re.fullmatch(r"([0-9]{4})(?:\.0)?", t):
            return m[1], "gYear"
        if m := re.fullmatch(r"([0-9]{4})-([0-9]{2})", t):
            dt.date(int(m[1]), int(m[2]), 1)
            return t, "gYearMonth"
        if m := re.fullmatch(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]00:00(?::00)?)?", t):
            return dt.date.fromisoformat(m[1]).isoformat(), "date"
        if m := re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", t):
            return dt.date(int(m[3]), int(m[1]), int(m[2])).isoformat(), "date"
        if m := re.fullmatch(r"([0-9]{4})\s+([A-Za-z]+)|([A-Za-z]+)\s+([0-9]{4})", t):
            year, month = (m[1], m[2]) if m[1] else (m[4], m[3])
            if month.casefold() in _MONTHS:
                return f"{year}-{_MONTHS[month.casefold()]:02d}", "gYearMonth"
        if m := re.fullmatch(r"([0-9]{4})\s+(?:Q[1-4]|H[12])", t, re.I):
            return m[1], "gYear"
    except ValueError:
        pass
    raise RowError("date", f"unparseable date {text!r}" + (f" (expected format {fmt})" if fmt else ""))


def parse_decimal(text: str) -> str | None:
    """A non-negative amount as an xsd:decimal lexical form; None for an empty cell.

    >>> parse_decimal("1,234.50"), parse_decimal("2.5e6")
    ('1234.5', '2500000')
    """
    t = re.sub(r"[\s,_]", "", text or "")
    if not t:
        return None
    foreign = foreign_digits(t)
    if foreign:
        raise RowError("amount", f"the amount {text!r} has the digit {foreign!r} (U+{ord(foreign):04X}); write the digits 0-9")
    if len(t) > 64 or not re.fullmatch(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", t):
        raise RowError("amount", f"unparseable amount {text!r}")
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise RowError("amount", f"unparseable amount {text!r}") from None
    if not d.is_finite() or d < 0:
        raise RowError("amount", f"amount {text!r} is not a non-negative number")
    if d and not -12 <= d.adjusted() <= 18:  # beyond a quintillion, or past a trillionth: not an amount
        raise RowError("amount", f"amount {text!r} is out of range (between 1e-12 and 1e18)")
    s = format(d.normalize(), "f")
    return s
