"""Typed fields of the curated records: one parser per kind of value, and which fields each record has.

Each parser takes the located value read from a file, the field it fills (for messages) and the
known ids, and returns the normalised value or raises a RecordError naming file, line, record
and field — with the closest valid names when a name is unknown.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from ..errors import RecordError
from ..technology import scheme
from .vocab import CURRENCIES
from .yamlio import Loc, Map

__all__ = [
    "PARTNERSHIP_KINDS", "PROJECT_TYPES", "ORGANISATION_KINDS", "ROLES", "STATUSES", "MILESTONES",
    "CATEGORIES", "EVENT_KINDS", "DateValue", "Ctx", "Field", "HEAD", "CLAIMS", "ID_PATTERN", "closest", "ref",
    "foreign_digits",
]

PARTNERSHIP_KINDS = (
    "mou", "contract", "loan", "joint_venture", "framework_agreement", "project", "training_programme",
    "acquisition", "proposal", "talks", "pledge", "other",
)
PROJECT_TYPES = (
    "cable", "network", "data_centre", "safe_city", "satellite", "broadcasting", "digital_trade", "manufacturing",
)
ORGANISATION_KINDS = (
    "government", "ministry", "agency", "regulator", "state_owned_enterprise", "private_company", "company", "bank",
    "university", "international_org", "other",
)
ROLES = ("signatory", "financier", "contractor", "supplier", "operator", "owner", "beneficiary", "partner")
STATUSES = ("announced", "signed", "under_construction", "operational", "completed", "cancelled", "unknown")
MILESTONES = ("groundbreaking", "inaugurated", "operational", "completed", "launched")
CATEGORIES = ("G2G", "G2B", "B2B")
EVENT_KINDS = ("meeting", "signing")

@dataclass(frozen=True)
class DateValue:
    """A date as precise as its source: xsd:date, xsd:gYearMonth or xsd:gYear."""

    lexical: str
    datatype: str  # 'date' | 'gYearMonth' | 'gYear'

    @property
    def year(self) -> int:
        return int(self.lexical[:4])


class Ctx:
    """Known ids per type, for resolving references."""

    def __init__(self, ids: dict[str, dict[str, Loc]]):
        self.ids = ids
        self.tech = scheme()


def closest(name: str, candidates) -> str:
    found = difflib.get_close_matches(str(name), list(candidates), n=3, cutoff=0.5)
    if not found:
        folded = str(name).casefold()
        found = sorted(c for c in candidates if folded and (folded in c.casefold() or c.casefold() in folded))[:3]
    return f"; closest: {', '.join(found)}" if found else ""


class Field:
    """Raises errors that name the record and the field being read."""

    def __init__(self, type_: str, rid: str, path: str):
        self.type, self.rid, self.path = type_, rid, path

    def at(self, sub: str) -> "Field":
        return Field(self.type, self.rid, f"{self.path}{sub}")

    def fail(self, value: Any, problem: str) -> RecordError:
        loc = getattr(value, "loc", None)
        where = f"{loc}: " if loc else ""
        return RecordError(f"{where}{self.type} {self.rid}, field '{self.path}': {problem}")


# ----------------------------------------------------------------------------- value parsers

def _text(value, f: Field, ctx) -> str:
    if not isinstance(value, str):
        raise f.fail(value, "expected text")
    text = " ".join(str(value).split())
    if not text:
        raise f.fail(value, "must not be empty")
    return text


_LEGAL_FORM = re.compile(r"(?:(?:Co|Corp|Ltd|Inc|LLC|PLC|JSC|Limited|S\.A|AG|GmbH|Pvt)\.?,?\s?)+", re.I)


def _org_name(value, f: Field, ctx) -> str:
    """An organisation's name or alias: text that is more than a legal form ("Ltd." alone is a name
    a list split at its comma: [Nokia Shanghai Bell Co., Ltd.] is two items; quote the name)."""
    text = _text(value, f, ctx)
    if _LEGAL_FORM.fullmatch(text):
        raise f.fail(value, f"{text!r} is only a legal form: a name cut at its comma? Quote the whole name, "
                            f"e.g. ['Example Co., Ltd.']")
    return text


def _bool(value, f: Field, ctx) -> bool:
    if isinstance(value, str) and value.lower() in ("true", "yes"):
        return True
    if isinstance(value, str) and value.lower() in ("false", "no"):
        return False
    raise f.fail(value, f"expected true or false, found {value!r}")


# [0-9], not \d: Python's \d takes any script's digits (２０２０, ٢٠٢٠), which no XSD type does; \Z, not $,
# which lets a trailing line feed through
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
# numbers: at most 18 digits before the point and 12 after (money, rates, counts of people…)
_NUMBER = re.compile(r"[0-9]{1,18}(?:\.[0-9]{0,12})?\Z|\.[0-9]{1,12}\Z")


def foreign_digits(text: str) -> str | None:
    """The first digit of another script than 0-9 in ``text`` (a full-width ２, an Arabic-Indic ٢…), if any."""
    return next((c for c in text if c.isdigit() and not "0" <= c <= "9"), None)


def _digits_message(value: str, what: str) -> str:
    foreign = foreign_digits(value)
    if foreign:
        return f"{what} {value!r} has the digit {foreign!r} (U+{ord(foreign):04X}); write the digits 0-9"
    return ""


def _date(value, f: Field, ctx) -> DateValue:
    if not isinstance(value, str):
        raise f.fail(value, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
    if foreign_digits(value):
        raise f.fail(value, _digits_message(value, "the date"))
    m = _DATE.match(value.strip())
    if not m:
        raise f.fail(value, f"bad date {value!r}: write YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise f.fail(value, f"bad date {value!r}: {exc}") from None
    kind = "date" if day else "gYearMonth" if month else "gYear"
    return DateValue(value.strip(), kind)


def _decimal(value, f: Field, ctx, *, upper: Decimal | None = None) -> str:
    if not isinstance(value, str):
        raise f.fail(value, "expected a number")
    raw = value.strip().replace("_", "")
    if foreign_digits(raw):
        raise f.fail(value, _digits_message(value, "the number"))
    if not _NUMBER.match(raw):
        if raw.startswith("-"):
            raise f.fail(value, f"bad number {value!r}: must be zero or more")
        raise f.fail(value, f"bad number {value!r}: write digits (at most 18 before the point and 12 after), a "
                            "decimal point if needed, no exponent, units or commas")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise f.fail(value, f"bad number {value!r}: write digits, a decimal point if needed, no units or commas") from None
    if not number.is_finite() or number < 0 or (upper is not None and number > upper):
        limit = f" and at most {upper}" if upper is not None else ""
        raise f.fail(value, f"bad number {value!r}: must be zero or more{limit}")
    return format(number.normalize(), "f") if number == number.to_integral() else format(number, "f")


def _count(value, f: Field, ctx) -> int:
    if isinstance(value, str) and foreign_digits(value):
        raise f.fail(value, _digits_message(value, "the count"))
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{1,9}", value.strip()):
        raise f.fail(value, f"expected a whole number (at most 9 digits), found {value!r}")
    return int(value)


def _enum(choices: tuple[str, ...]) -> Callable:
    def parse(value, f: Field, ctx):
        text = _text(value, f, ctx)
        if text not in choices:
            raise f.fail(value, f"unknown value {text!r}; expected one of {', '.join(choices)}{closest(text, choices)}")
        return text
    return parse


def ref(type_: str) -> Callable:
    def parse(value, f: Field, ctx: Ctx):
        name = _text(value, f, ctx)
        if name not in ctx.ids[type_]:
            raise f.fail(value, f"unknown {type_} {name!r}{closest(name, ctx.ids[type_])}")
        return name
    return parse


def _country(value, f: Field, ctx: Ctx) -> str:
    code = _text(value, f, ctx)
    if code not in ctx.ids["country"]:
        raise f.fail(value, f"unknown country code {code!r} (ISO 3166-1 alpha-3, listed in countries.csv)"
                     f"{closest(code, ctx.ids['country'])}")
    return code


def _technology(value, f: Field, ctx: Ctx) -> str:
    name = _text(value, f, ctx)
    concept = ctx.tech.resolve(name)
    if concept is None:
        raise f.fail(value, f"unknown technology area {name!r}{closest(name, ctx.tech.names())}")
    return concept.iri


def _list(item: Callable, *, allow_single: bool = False) -> Callable:
    def parse(value, f: Field, ctx):
        if allow_single and isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise f.fail(value, "expected a list, e.g. [a, b]")
        out = [item(v, f.at(f"[{i}]"), ctx) for i, v in enumerate(value)]
        if len(set(out)) != len(out):
            raise f.fail(value, "lists an item twice")
        return out
    return parse


def _mapping(spec: dict[str, tuple[Callable, bool]], *, check: Callable | None = None) -> Callable:
    """A nested mapping with the given fields (parser, required)."""
    def parse(value, f: Field, ctx):
        if not isinstance(value, Map):
            raise f.fail(value, f"expected a mapping with {', '.join(spec)}")
        out = {}
        for key, sub in value.items():
            if key not in spec:
                raise f.fail(value, f"unknown key {key!r}; expected {', '.join(spec)}{closest(key, spec)}")
            out[key] = spec[key][0](sub, f.at(f".{key}"), ctx)
        for key, (_, required) in spec.items():
            if required and key not in out:
                raise f.fail(value, f"missing {key!r}")
        if check:
            check(out, value, f)
        return out
    return parse


def _one_or_many(item: Callable) -> Callable:
    def parse(value, f: Field, ctx):
        if isinstance(value, list):
            return [item(v, f.at(f"[{i}]"), ctx) for i, v in enumerate(value)]
        return [item(value, f, ctx)]
    return parse


def _currency(value, f: Field, ctx) -> str:
    code = _text(value, f, ctx)
    if code not in CURRENCIES:
        raise f.fail(value, f"unknown currency {code!r}: use an ISO 4217 code{closest(code.upper(), CURRENCIES)}")
    return code


def _amount_check(out, value, f):
    if "value" not in out and "share" not in out:
        raise f.fail(value, "an amount needs a 'value' (a sum of money) or a 'share' (a fraction of the cost)")


_AMOUNT = _one_or_many(_mapping({
    "value": (_decimal, False),
    "currency": (_currency, True),
    "share": (lambda v, f, c: _decimal(v, f, c, upper=Decimal(1)), False),
    "approximate": (_bool, False),
    "note": (_text, False),
    "interest_rate": (_decimal, False),
    "maturity_years": (_decimal, False),
    "grace_years": (_decimal, False),
}, check=_amount_check))

_QUANTITY = _one_or_many(_mapping({
    "value": (_decimal, True),
    "unit": (_text, True),
    "approximate": (_bool, False),
    "note": (_text, False),
}))


def _members_check(out, value, f):
    split = [out[c] for c in CATEGORIES if c in out]
    if split and "count" in out and sum(split) > out["count"]:
        raise f.fail(value, f"the category counts add up to {sum(split)}, more than the count {out['count']}")


_MEMBERS = _mapping({"count": (_count, True), **{c: (_count, False) for c in CATEGORIES}}, check=_members_check)


def _parties(value, f: Field, ctx: Ctx) -> dict[str, list[str]]:
    if not isinstance(value, Map):
        raise f.fail(value, f"expected roles mapped to organisations, e.g. signatory: [org-id]; roles: {', '.join(ROLES)}")
    out = {}
    for role, orgs in value.items():
        if role not in ROLES:
            raise f.at(f".{role}").fail(value, f"unknown role {role!r}; expected one of {', '.join(ROLES)}{closest(role, ROLES)}")
        out[role] = _list(ref("organisation"), allow_single=True)(orgs, f.at(f".{role}"), ctx)
    if not out:
        raise f.fail(value, "names no party")
    return out


_MILESTONES = _mapping({m: (_date, False) for m in MILESTONES})

# Fields a claim may carry, per record type: name -> parser.
_PARTNERSHIP_CLAIM = {
    "date": _date,
    "date_inferred": _bool,
    "place": _text,
    "status": _enum(STATUSES),
    "parties": _parties,
    "inferred_parties": _list(ref("organisation")),
    "countries": _list(_country),
    "technology": _list(_technology),
    "programme": _list(ref("programme"), allow_single=True),
    "forum": ref("forum"),
    "event": ref("event"),
    "part_of": _list(ref("partnership"), allow_single=True),
    "finances": _list(ref("partnership"), allow_single=True),
    "members": _MEMBERS,
    "amount": _AMOUNT,
    "quantity": _QUANTITY,
    "milestones": _MILESTONES,
    "described_as": _text,
    "proposed_arrangement": _text,
}
_ORGANISATION_CLAIM = {
    "aliases": _list(_org_name, allow_single=True),
    "country": _country,
    "parent": ref("organisation"),
}
_PROGRAMME_CLAIM = {
    "date": _date,
    "status": _enum(STATUSES),
    "milestones": _MILESTONES,
    "technology": _list(_technology),
    "countries": _list(_country),
    "amount": _AMOUNT,
    "programme": _list(ref("programme"), allow_single=True),
}
_FORUM_CLAIM = {
    "programme": _list(ref("programme"), allow_single=True),
    "members": _list(ref("organisation")),
    "forum": ref("forum"),
}
_EVENT_CLAIM = {
    "start": _date,
    "end": _date,
    "place": _text,
    "programme": _list(ref("programme"), allow_single=True),
    "forum": ref("forum"),
}

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+\Z")


def is_url(text: str) -> bool:
    """Whether ``text`` is a web address the records take as a source's URL (http(s)://…, no spaces,
    and an IRI the graph can hold)."""
    return _url_problem(text) is None


def _url_problem(text: str) -> str | None:
    """What keeps ``text`` from being a source's URL, or None."""
    if not _URL.match(text):
        return "expected http(s)://… without spaces"
    try:  # it becomes an IRI of the graph: it must be one (http://[::1 is not)
        import pyoxigraph as ox

        ox.NamedNode(text)
    except ValueError as exc:
        return str(exc)
    return None


def _url(value, f: Field, ctx) -> str:
    text = _text(value, f, ctx)
    problem = _url_problem(text)
    if problem:
        raise f.fail(value, f"bad URL {text!r}: {problem}")
    return text


def _wikidata(value, f: Field, ctx) -> str:
    text = _text(value, f, ctx)
    if not _WIKIDATA.match(text):
        raise f.fail(value, f"bad Wikidata id {text!r}: expected Q followed by digits")
    return text


# Identity fields per record type: name -> (parser, required). 'source' and 'also' are handled apart.
HEAD = {
    "partnership": {
        "label": (_text, True),
        "kind": (_enum(PARTNERSHIP_KINDS), True),
        "project_type": (_enum(PROJECT_TYPES), False),
        "aggregate": (_bool, False),
        "description": (_text, False),
        "related": (_list(ref("partnership"), allow_single=True), False),
    },
    "organisation": {
        "name": (_org_name, True),
        "kind": (_enum(ORGANISATION_KINDS), True),
        "wikidata": (_wikidata, False),
        "note": (_text, False),
    },
    "programme": {
        "label": (_text, True),
        "aliases": (_list(_text, allow_single=True), False),
        "phase_of": (ref("programme"), False),
        "description": (_text, False),
    },
    "forum": {
        "label": (_text, True),
        "aliases": (_list(_text, allow_single=True), False),
        "description": (_text, False),
    },
    "event": {
        "label": (_text, True),
        "kind": (_enum(EVENT_KINDS), True),
        "description": (_text, False),
    },
    "source": {
        "url": (_url, False),
        "title": (_text, False),
        "publisher": (_text, False),
        "date": (_date, False),
        "weak_host": (_bool, False),
        "note": (_text, False),
    },
    "country": {
        "name": (_text, True),
    },
}
CLAIMS = {
    "partnership": _PARTNERSHIP_CLAIM,
    "organisation": _ORGANISATION_CLAIM,
    "programme": _PROGRAMME_CLAIM,
    "forum": _FORUM_CLAIM,
    "event": _EVENT_CLAIM,
}


