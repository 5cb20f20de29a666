"""Reading one cell's value: countries, currencies, dates, amounts, lists and slugs, or a RowError saying why not."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..records.fields import foreign_digits

__all__ = [
    "RowError", "country_code", "country_name", "currency_code", "parse_date", "parse_decimal", "split_cell",
    "slug", "COUNTRY_ALIASES", "REGIONAL", "AMBIGUOUS_COUNTRY_NAMES", "HISTORIC_CURRENCIES", "currency_name",
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
# These come first: they override every name derived from ISO 3166 (see _countries).
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
    # Kosovo has no ISO 3166-1 code; XK / XKX are the user-assigned codes the World Bank, the EU and AidData use
    "xk": "XKX", "xkx": "XKX", "republic of kosovo": "XKX",
    "congo, democratic republic": "COD", "congo kinshasa": "COD", "congo brazzaville": "COG",
    "korea, democratic people's republic": "PRK", "korea, dem. rep.": "PRK", "dprk": "PRK", "korea, north": "PRK",
    "korea, south": "KOR", "korea, republic": "KOR", "prc": "CHN", "mainland china": "CHN",
    "hong kong sar": "HKG", "hong kong, china": "HKG", "hong kong special administrative region": "HKG",
    "macau": "MAC", "macao sar": "MAC", "macau sar": "MAC", "macao, china": "MAC", "macau, china": "MAC",
    "taiwan, china": "TWN", "chinese taipei": "TWN",
    "palestinian territories": "PSE", "palestinian territory": "PSE", "occupied palestinian territory": "PSE",
    "palestinian territory, occupied": "PSE", "west bank and gaza strip": "PSE",
    "us virgin islands": "VIR", "united states virgin islands": "VIR", "virgin islands (u.s.)": "VIR",
    "virgin islands (british)": "VGB", "bvi": "VGB",
    "saint maarten": "SXM", "sint maarten": "SXM", "saint martin": "MAF", "saint-martin": "MAF",
    "vatican": "VAT", "vatican city": "VAT", "holy see": "VAT",
    "micronesia, fed. sts.": "FSM", "uae": "ARE", "great britain": "GBR", "britain": "GBR",
    "bosnia": "BIH", "bosnia herzegovina": "BIH", "kyrgyz republic": "KGZ", "slovak republic": "SVK",
    "turkiye": "TUR", "north macedonia": "MKD", "timor leste": "TLS", "guinea bissau": "GNB",
    "st. helena": "SHN", "saint helena": "SHN", "falkland islands": "FLK", "cocos islands": "CCK",
    "the netherlands": "NLD", "holland": "NLD",
}
# Names that stand for more than one country: never resolved, kept as written ("Virgin Islands" is
# British or U.S.). A name derived from ISO 3166 that two countries share is refused the same way.
AMBIGUOUS_COUNTRY_NAMES = frozenset({"virgin islands", "republic of china", "china republic of"})
# Recipient labels that name a region rather than a country: no country is stated, the row is kept.
REGIONAL = re.compile(r"(regional|multi-?region|multiple|unspecified|worldwide|global)", re.I)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text.casefold().replace("’", "'")).strip()


def _key(text: str) -> str:
    """The lookup key of a country name or code: accents, case, punctuation, '&', 'St.' and a
    leading or trailing 'the' folded, so "Korea, Republic of", "Korea (Republic of)", "The Gambia",
    "Gambia, The", "Côte d’Ivoire" and "St. Lucia" meet the names ISO 3166 gives.

    >>> _key("Virgin Islands, U.S."), _key("Gambia, The"), _key("Côte d’Ivoire"), _key("St Kitts & Nevis")
    ('virgin islands us', 'gambia', 'cote divoire', 'saint kitts and nevis')
    """
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    t = re.sub(r"['`\u2018\u2019\u00b4]", "", t.replace("’", "'"))
    t = re.sub(r"\b([a-z])\.(?=\s*[a-z]\b)", r"\1", t)  # U.S. → us, U. K. → uk
    t = t.replace("&", " and ")
    t = " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())
    t = re.sub(r"^st (?=[a-z])", "saint ", t)  # "St Lucia"; the code ST (Sao Tome) stays
    t = re.sub(r"^(?:the )+|(?: the)+$", "", t).strip()
    return t


def _derived_names(name: str) -> list[str]:
    """Other spellings of an ISO 3166 name: the comma form turned ("Korea, Republic of" → "Republic of
    Korea"), and the name without its bracketed part ("Saint Martin (French part)" → "Saint Martin")."""
    out = []
    if "," in name:
        head, _, tail = name.partition(",")
        out.append(f"{tail.strip()} {head.strip()}")
        out.append(head.strip())  # "Bolivia" of "Bolivia, Plurinational State of"; refused when shared
    if "(" in name:
        out.append(re.sub(r"\s*\([^)]*\)", "", name).strip())
    return [n for n in out if n]


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(lookup key → alpha-3, alpha-3 → label). Keys, strongest first: the aliases above; every ISO
    3166-1 alpha-2, alpha-3 and numeric code, name, official name and common name (pycountry); names
    derived from those (dropped when two countries would share one); the curated countries.csv."""
    import pycountry

    names: dict[str, str] = {}
    exact: dict[str, str] = {}
    derived: dict[str, set[str]] = {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
        for code in (c.alpha_2, c.alpha_3, getattr(c, "numeric", None)):
            if code:
                exact.setdefault(_key(code), c.alpha_3)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                exact.setdefault(_key(value), c.alpha_3)
                for other in _derived_names(value):
                    derived.setdefault(_key(other), set()).add(c.alpha_3)
    index = dict(exact)
    for k, codes in derived.items():
        if len(codes) == 1 and k not in index:
            index[k] = next(iter(codes))
    index.update({_key(k): v for k, v in COUNTRY_ALIASES.items()})
    for k in AMBIGUOUS_COUNTRY_NAMES:
        index.pop(_key(k), None)
    names.update({"XKX": "Kosovo", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
                  "PRK": "North Korea", "KOR": "South Korea", "VNM": "Vietnam", "LAO": "Laos", "RUS": "Russia",
                  "FSM": "Micronesia", "PSE": "Palestine", "TUR": "Turkey", "SYR": "Syria", "TZA": "Tanzania",
                  "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands", "MAF": "Saint Martin",
                  "SXM": "Sint Maarten"})
    from ..resources import data_dir

    for row in csv.DictReader(io.StringIO(data_dir().joinpath("countries.csv").read_text(encoding="utf-8-sig"))):
        index.setdefault(_key(row["name"]), row["code"])
        names[row["code"]] = row["name"]
    return index, names


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country name or code, or None when it is not a country (or
    when the name stands for more than one, like "Virgin Islands").

    Every ISO 3166-1 entry is known, territories included, by its alpha-2, alpha-3 and numeric code,
    name, official name and common name, with or without accents, a leading "The" or the comma form;
    Kosovo is XKX (XK), the code the datasets of this field use.

    >>> country_code("Viet Nam"), country_code("Congo, Dem. Rep."), country_code("PAK")
    ('VNM', 'COD', 'PAK')
    >>> country_code("Republic of Korea"), country_code("British Virgin Islands"), country_code("Virgin Islands")
    ('KOR', 'VGB', None)
    """
    return _countries()[0].get(_key(text)) if text and text.strip() else None


def country_name(code: str) -> str:
    return _countries()[1].get(code, code)


# ISO 4217 codes withdrawn since 1999 (ISO 4217 list three, "historic denominations") that datasets of
# this field still use for commitments of their day: valid codes of their time, accepted as written.
HISTORIC_CURRENCIES = {
    "ADP": "Andorran Peseta", "AFA": "Afghani (1927-2003)", "ATS": "Schilling", "AZM": "Azerbaijanian Manat (1993-2006)",
    "BEF": "Belgian Franc", "BGL": "Lev (1962-1999)", "BYB": "Belarusian Ruble (1992-2000)",
    "BYR": "Belarusian Ruble (2000-2016)", "CSD": "Serbian Dinar (2003-2006)", "CUC": "Peso Convertible",
    "CYP": "Cyprus Pound", "DEM": "Deutsche Mark", "ECS": "Sucre", "EEK": "Kroon", "ESP": "Spanish Peseta",
    "FIM": "Markka", "FRF": "French Franc", "GHC": "Cedi (1967-2007)", "GRD": "Drachma", "GWP": "Guinea-Bissau Peso",
    "HRK": "Kuna", "IEP": "Irish Pound", "ITL": "Italian Lira", "LTL": "Lithuanian Litas", "LUF": "Luxembourg Franc",
    "LVL": "Latvian Lats", "MGF": "Malagasy Franc", "MRO": "Ouguiya (1973-2017)", "MTL": "Maltese Lira",
    "MZM": "Mozambique Metical (1980-2006)", "NLG": "Netherlands Guilder", "PTE": "Portuguese Escudo",
    "ROL": "Leu (1952-2005)", "SDD": "Sudanese Dinar", "SIT": "Tolar", "SKK": "Slovak Koruna",
    "SLL": "Leone (1964-2023)", "SRG": "Surinam Guilder", "STD": "Dobra (1977-2017)",
    "TMM": "Turkmenistan Manat (1993-2008)", "TPE": "Timor Escudo", "TRL": "Old Turkish Lira",
    "VEB": "Bolivar (1879-2008)", "VEF": "Bolivar Fuerte", "XEU": "European Currency Unit", "YUM": "New Dinar",
    "ZMK": "Zambian Kwacha (1968-2012)", "ZRN": "New Zaire", "ZWD": "Zimbabwe Dollar (1980-2008)",
    "ZWL": "Zimbabwe Dollar (2009-2024)", "ZWN": "Zimbabwe Dollar (new, 2006-2008)", "ZWR": "Zimbabwe Dollar (2008-2009)",
}


def currency_code(text: str) -> str:
    """Check an ISO 4217 currency code, current or withdrawn (HISTORIC_CURRENCIES; RMB is read as
    CNY); raise RowError when unknown."""
    import pycountry

    code = {"RMB": "CNY"}.get(text.strip().upper(), text.strip().upper())
    if not re.fullmatch(r"[A-Z]{3}", code) or (code not in HISTORIC_CURRENCIES
                                                and pycountry.currencies.get(alpha_3=code) is None):
        raise RowError("currency", f"unknown currency {text!r} (expected an ISO 4217 code such as USD)")
    return code


def currency_name(code: str) -> str | None:
    """The ISO 4217 name of a current or withdrawn currency code (None when unknown)."""
    import pycountry

    current = pycountry.currencies.get(alpha_3=code)
    return current.name if current is not None else HISTORIC_CURRENCIES.get(code)


# ----------------------------------------------------------------------------- dates, amounts

_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), 1)}


def _month(name: str) -> int | None:
    """The number of a month's English name or its abbreviation of three letters or more ('Sept.')."""
    n = name.casefold().rstrip(".")
    return _MONTHS.get(n) or (next((i for m, i in _MONTHS.items() if m.startswith(n)), None) if len(n) >= 3 else None)


def parse_date(text: str, fmt: str | None = None) -> tuple[str, str] | None:
    """A date as (lexical form, XSD datatype name), as precise as written; None for an empty cell.

    Reads YYYY, YYYY-MM, YYYY-MM-DD, MM/DD/YYYY (AidData's stated format), '15 March 2010' and
    'March 15, 2010' (AidData's 2017 exports), '2022 March', 'March 2022', '2024 Q2' (a year), a
    spreadsheet date-time, or ``fmt`` (a strptime format) when given.

    >>> parse_date("03/07/2015"), parse_date("2022 March"), parse_date("2017.0"), parse_date("15 March 2010")
    (('2015-03-07', 'date'), ('2022-03', 'gYearMonth'), ('2017', 'gYear'), ('2010-03-15', 'date'))
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
        if m := re.fullmatch(r"([0-9]{1,2})\s+([A-Za-z]+)\.?,?\s+([0-9]{4})|([A-Za-z]+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})", t):
            day, month, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
            if _month(month):
                return dt.date(int(year), _month(month), int(day)).isoformat(), "date"
        if m := re.fullmatch(r"([0-9]{4})\s+([A-Za-z]+)\.?|([A-Za-z]+)\.?\s+([0-9]{4})", t):
            year, month = (m[1], m[2]) if m[1] else (m[4], m[3])
            if _month(month):
                return f"{year}-{_month(month):02d}", "gYearMonth"
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
