"""Load and check the curated records (graph/data/): every field typed, every reference resolved.

A record names its main source with ``source`` and states that source's facts beside it; each
entry of ``also`` holds what another source says. The format is documented in
graph/data/README.md. Any problem stops the load with a RecordError naming file, line, record
and field, and for unknown names the closest valid ones.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable

from .errors import RecordError
from .technology import scheme
from .vocab import CURRENCIES
from .yamlio import Loc, Map, Seq, Str, read_csv_records, read_yaml_records

__all__ = [
    "Records",
    "Record",
    "Claim",
    "DateValue",
    "load_records",
    "PARTNERSHIP_KINDS",
    "PROJECT_TYPES",
    "ORGANISATION_KINDS",
    "ROLES",
    "STATUSES",
    "MILESTONES",
]

PARTNERSHIP_KINDS = (
    "mou", "contract", "loan", "joint_venture", "framework_agreement", "project", "training_programme",
    "acquisition", "proposal", "talks", "pledge", "other",
)
PROJECT_TYPES = (
    "cable", "network", "data_centre", "safe_city", "satellite", "broadcasting", "digital_trade", "manufacturing",
)
ORGANISATION_KINDS = (
    "government", "ministry", "agency", "regulator", "state_owned_enterprise", "private_company", "bank",
    "university", "international_org", "other",
)
ROLES = ("signatory", "financier", "contractor", "supplier", "operator", "owner", "beneficiary", "partner")
STATUSES = ("announced", "signed", "under_construction", "operational", "completed", "cancelled", "unknown")
MILESTONES = ("groundbreaking", "inaugurated", "operational", "completed", "launched")
CATEGORIES = ("G2G", "G2B", "B2B")
EVENT_KINDS = ("meeting", "signing")

# The files of a records folder, in load order; partnership files are every *.yaml in the sub-folder.
FILES = {
    "source": "sources.yaml",
    "country": "countries.csv",
    "organisation": "organisations.yaml",
    "programme": "programmes.yaml",
    "forum": "forums.yaml",
    "event": "events.yaml",
}
PARTNERSHIP_DIR = "partnerships"


@dataclass(frozen=True)
class DateValue:
    """A date as precise as its source: xsd:date, xsd:gYearMonth or xsd:gYear."""

    lexical: str
    datatype: str  # 'date' | 'gYearMonth' | 'gYear'

    @property
    def year(self) -> int:
        return int(self.lexical[:4])


@dataclass
class Claim:
    """What one source states about a record."""

    source: str
    loc: Loc
    values: dict[str, Any]


@dataclass
class Record:
    """One curated record: identity fields (``head``) and the claims of its sources."""

    type: str
    id: str
    loc: Loc
    head: dict[str, Any]
    claims: list[Claim] = field(default_factory=list)

    @property
    def ref(self) -> str:
        """How the record is cited back to a reader: 'file#id'."""
        return f"{self.loc.file}#{self.id}"


@dataclass
class Records:
    """Every curated record, by type and id, in file order."""

    by_type: dict[str, dict[str, Record]]

    def __getitem__(self, type_: str) -> dict[str, Record]:
        return self.by_type[type_]

    def all(self):
        for records in self.by_type.values():
            yield from records.values()


class _Ctx:
    """Known ids per type, for resolving references."""

    def __init__(self, ids: dict[str, dict[str, Loc]]):
        self.ids = ids
        self.tech = scheme()


def _closest(name: str, candidates) -> str:
    found = difflib.get_close_matches(str(name), list(candidates), n=3, cutoff=0.5)
    if not found:
        folded = str(name).casefold()
        found = sorted(c for c in candidates if folded and (folded in c.casefold() or c.casefold() in folded))[:3]
    return f"; closest: {', '.join(found)}" if found else ""


class _Field:
    """Raises errors that name the record and the field being read."""

    def __init__(self, type_: str, rid: str, path: str):
        self.type, self.rid, self.path = type_, rid, path

    def at(self, sub: str) -> "_Field":
        return _Field(self.type, self.rid, f"{self.path}{sub}")

    def fail(self, value: Any, problem: str) -> RecordError:
        loc = getattr(value, "loc", None)
        where = f"{loc}: " if loc else ""
        return RecordError(f"{where}{self.type} {self.rid}, field '{self.path}': {problem}")


# ----------------------------------------------------------------------------- value parsers

def _text(value, f: _Field, ctx) -> str:
    if not isinstance(value, str):
        raise f.fail(value, "expected text")
    text = " ".join(str(value).split())
    if not text:
        raise f.fail(value, "must not be empty")
    return text


def _bool(value, f: _Field, ctx) -> bool:
    if isinstance(value, str) and value.lower() in ("true", "yes"):
        return True
    if isinstance(value, str) and value.lower() in ("false", "no"):
        return False
    raise f.fail(value, f"expected true or false, found {value!r}")


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date(value, f: _Field, ctx) -> DateValue:
    if not isinstance(value, str):
        raise f.fail(value, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
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


def _decimal(value, f: _Field, ctx, *, upper: Decimal | None = None) -> str:
    if not isinstance(value, str):
        raise f.fail(value, "expected a number")
    raw = value.strip().replace("_", "")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise f.fail(value, f"bad number {value!r}: write digits, a decimal point if needed, no units or commas") from None
    if not number.is_finite() or number < 0 or (upper is not None and number > upper):
        limit = f" and at most {upper}" if upper is not None else ""
        raise f.fail(value, f"bad number {value!r}: must be zero or more{limit}")
    return format(number.normalize(), "f") if number == number.to_integral() else format(number, "f")


def _count(value, f: _Field, ctx) -> int:
    if not isinstance(value, str) or not value.strip().isdigit():
        raise f.fail(value, f"expected a whole number, found {value!r}")
    return int(value)


def _enum(choices: tuple[str, ...]) -> Callable:
    def parse(value, f: _Field, ctx):
        text = _text(value, f, ctx)
        if text not in choices:
            raise f.fail(value, f"unknown value {text!r}; expected one of {', '.join(choices)}{_closest(text, choices)}")
        return text
    return parse


def _ref(type_: str) -> Callable:
    def parse(value, f: _Field, ctx: _Ctx):
        name = _text(value, f, ctx)
        if name not in ctx.ids[type_]:
            raise f.fail(value, f"unknown {type_} {name!r}{_closest(name, ctx.ids[type_])}")
        return name
    return parse


def _country(value, f: _Field, ctx: _Ctx) -> str:
    code = _text(value, f, ctx)
    if code not in ctx.ids["country"]:
        raise f.fail(value, f"unknown country code {code!r} (ISO 3166-1 alpha-3, listed in countries.csv)"
                     f"{_closest(code, ctx.ids['country'])}")
    return code


def _technology(value, f: _Field, ctx: _Ctx) -> str:
    name = _text(value, f, ctx)
    concept = ctx.tech.resolve(name)
    if concept is None:
        raise f.fail(value, f"unknown technology area {name!r}{_closest(name, ctx.tech.names())}")
    return concept.iri


def _list(item: Callable, *, allow_single: bool = False) -> Callable:
    def parse(value, f: _Field, ctx):
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
    def parse(value, f: _Field, ctx):
        if not isinstance(value, Map):
            raise f.fail(value, f"expected a mapping with {', '.join(spec)}")
        out = {}
        for key, sub in value.items():
            if key not in spec:
                raise f.fail(value, f"unknown key {key!r}; expected {', '.join(spec)}{_closest(key, spec)}")
            out[key] = spec[key][0](sub, f.at(f".{key}"), ctx)
        for key, (_, required) in spec.items():
            if required and key not in out:
                raise f.fail(value, f"missing {key!r}")
        if check:
            check(out, value, f)
        return out
    return parse


def _one_or_many(item: Callable) -> Callable:
    def parse(value, f: _Field, ctx):
        if isinstance(value, list):
            return [item(v, f.at(f"[{i}]"), ctx) for i, v in enumerate(value)]
        return [item(value, f, ctx)]
    return parse


def _currency(value, f: _Field, ctx) -> str:
    code = _text(value, f, ctx)
    if code not in CURRENCIES:
        raise f.fail(value, f"unknown currency {code!r}: use an ISO 4217 code{_closest(code.upper(), CURRENCIES)}")
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


def _parties(value, f: _Field, ctx: _Ctx) -> dict[str, list[str]]:
    if not isinstance(value, Map):
        raise f.fail(value, f"expected roles mapped to organisations, e.g. signatory: [org-id]; roles: {', '.join(ROLES)}")
    out = {}
    for role, orgs in value.items():
        if role not in ROLES:
            raise f.at(f".{role}").fail(value, f"unknown role {role!r}; expected one of {', '.join(ROLES)}{_closest(role, ROLES)}")
        out[role] = _list(_ref("organisation"), allow_single=True)(orgs, f.at(f".{role}"), ctx)
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
    "inferred_parties": _list(_ref("organisation")),
    "countries": _list(_country),
    "technology": _list(_technology),
    "programme": _list(_ref("programme"), allow_single=True),
    "forum": _ref("forum"),
    "event": _ref("event"),
    "part_of": _list(_ref("partnership"), allow_single=True),
    "finances": _list(_ref("partnership"), allow_single=True),
    "members": _MEMBERS,
    "amount": _AMOUNT,
    "quantity": _QUANTITY,
    "milestones": _MILESTONES,
    "described_as": _text,
    "proposed_arrangement": _text,
}
_ORGANISATION_CLAIM = {
    "aliases": _list(_text, allow_single=True),
    "country": _country,
    "parent": _ref("organisation"),
}
_PROGRAMME_CLAIM = {
    "date": _date,
    "status": _enum(STATUSES),
    "milestones": _MILESTONES,
    "technology": _list(_technology),
    "countries": _list(_country),
    "amount": _AMOUNT,
    "programme": _list(_ref("programme"), allow_single=True),
}
_FORUM_CLAIM = {
    "programme": _list(_ref("programme"), allow_single=True),
    "members": _list(_ref("organisation")),
    "forum": _ref("forum"),
}
_EVENT_CLAIM = {
    "start": _date,
    "end": _date,
    "place": _text,
    "programme": _list(_ref("programme"), allow_single=True),
    "forum": _ref("forum"),
}

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


def _url(value, f: _Field, ctx) -> str:
    text = _text(value, f, ctx)
    if not _URL.match(text):
        raise f.fail(value, f"bad URL {text!r}: expected http(s)://… without spaces")
    return text


def _wikidata(value, f: _Field, ctx) -> str:
    text = _text(value, f, ctx)
    if not _WIKIDATA.match(text):
        raise f.fail(value, f"bad Wikidata id {text!r}: expected Q followed by digits")
    return text


# Identity fields per record type: name -> (parser, required). 'source' and 'also' are handled apart.
_HEAD = {
    "partnership": {
        "label": (_text, True),
        "kind": (_enum(PARTNERSHIP_KINDS), True),
        "project_type": (_enum(PROJECT_TYPES), False),
        "aggregate": (_bool, False),
        "description": (_text, False),
        "related": (_list(_ref("partnership"), allow_single=True), False),
    },
    "organisation": {
        "name": (_text, True),
        "kind": (_enum(ORGANISATION_KINDS), True),
        "wikidata": (_wikidata, False),
        "note": (_text, False),
    },
    "programme": {
        "label": (_text, True),
        "aliases": (_list(_text, allow_single=True), False),
        "phase_of": (_ref("programme"), False),
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
_CLAIMS = {
    "partnership": _PARTNERSHIP_CLAIM,
    "organisation": _ORGANISATION_CLAIM,
    "programme": _PROGRAMME_CLAIM,
    "forum": _FORUM_CLAIM,
    "event": _EVENT_CLAIM,
}


# ----------------------------------------------------------------------------- loading

def _read_raw(root: Path, display_root: str) -> dict[str, list[tuple[Map, str]]]:
    """Read every record file of a records folder; values stay located strings."""
    if not root.is_dir():
        raise RecordError(f"{root}: records folder not found")
    raw: dict[str, list[tuple[Map, str]]] = {t: [] for t in (*FILES, "partnership")}
    for type_, name in FILES.items():
        path = root / name
        shown = f"{display_root}/{name}"
        if not path.is_file():
            raise RecordError(f"{shown}: records file missing")
        text = _read_text(path, shown)
        if name.endswith(".csv"):
            rows = read_csv_records(text, shown, required=("code", "name"))
            for row in rows:
                row["id"] = row.pop("code")
                row.key_loc["id"] = row.loc
        else:
            rows = read_yaml_records(text, shown)
        raw[type_] = [(row, shown) for row in rows]
    part_dir = root / PARTNERSHIP_DIR
    if not part_dir.is_dir():
        raise RecordError(f"{display_root}/{PARTNERSHIP_DIR}: partnership folder missing")
    for path in sorted(part_dir.glob("*.yaml")):
        shown = f"{display_root}/{PARTNERSHIP_DIR}/{path.name}"
        raw["partnership"].extend((row, shown) for row in read_yaml_records(_read_text(path, shown), shown))
    return raw


def _read_text(path: Path, shown: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError(f"{shown}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise RecordError(f"{shown}: cannot read: {exc.strerror}") from None


def _collect_ids(raw) -> dict[str, dict[str, Loc]]:
    ids: dict[str, dict[str, Loc]] = {}
    for type_, rows in raw.items():
        seen: dict[str, Loc] = {}
        for row, _ in rows:
            rid = row.get("id")
            if not isinstance(rid, str) or not _ID.match(rid):
                shown = f" {rid!r}" if isinstance(rid, str) else ""
                raise RecordError(f"{row.loc}: {type_} record has no valid 'id'{shown} "
                                  "(letters, digits, '.', '_' and '-', starting with a letter or digit)")
            if type_ == "country" and not re.fullmatch(r"[A-Z]{3}", rid):
                raise RecordError(f"{row.loc}: country code {rid!r} is not an ISO 3166-1 alpha-3 code")
            key = rid.lower() if type_ == "partnership" else rid
            if key in seen:
                raise RecordError(f"{row.loc}: duplicate {type_} id {rid!r} (first defined at {seen[key]})")
            seen[key] = row.loc
        ids[type_] = {row["id"]: row.loc for row, _ in rows}
    return ids


def _parse_claim(type_: str, rid: str, data: Map, path: str, ctx: _Ctx, exclude: set[str]) -> Claim:
    spec = _CLAIMS[type_]
    f = _Field(type_, rid, path)
    if "source" not in data:
        raise f.fail(data, "missing 'source': every claim names the source that states it")
    source = _ref("source")(data["source"], f.at("source" if not path else ".source"), ctx)
    values = {}
    for key, value in data.items():
        if key in exclude or key == "source":
            continue
        if key not in spec:
            allowed = sorted(set(spec) | {"source"} | (exclude - {"id", "also"}))
            raise _Field(type_, rid, f"{path}.{key}" if path else key).fail(
                data.key_loc.get(key) and Str(key, data.key_loc[key]) or data,
                f"unknown field{_closest(key, allowed)}",
            )
        values[key] = spec[key](value, _Field(type_, rid, f"{path}.{key}" if path else key), ctx)
    return Claim(source, data.loc, values)


def _parse_record(type_: str, row: Map, ctx: _Ctx) -> Record:
    rid = str(row["id"])
    head_spec = _HEAD[type_]
    head = {}
    for key, (parser, required) in head_spec.items():
        if key in row:
            head[key] = parser(row[key], _Field(type_, rid, key), ctx)
        elif required:
            raise _Field(type_, rid, key).fail(row, f"missing '{key}'")
    record = Record(type_, rid, row.loc, head)
    if type_ in ("source", "country"):
        unknown = set(row) - set(head_spec) - {"id"}
        if unknown:
            key = sorted(unknown)[0]
            raise _Field(type_, rid, key).fail(Str(key, row.key_loc[key]), f"unknown field{_closest(key, head_spec)}")
        if type_ == "source" and not ({"url", "title", "publisher"} & set(head)):
            raise _Field(type_, rid, "url").fail(row, "a source needs at least a url, a title or a publisher")
        return record
    exclude = {"id", "also", *head_spec}
    record.claims.append(_parse_claim(type_, rid, row, "", ctx, exclude))
    also = row.get("also")
    if also is not None:
        if not isinstance(also, Seq):
            raise _Field(type_, rid, "also").fail(also, "expected a list of claims, each with its own 'source'")
        for i, item in enumerate(also):
            if not isinstance(item, Map):
                raise _Field(type_, rid, f"also[{i}]").fail(item, "expected a mapping with 'source' and the fields it states")
            record.claims.append(_parse_claim(type_, rid, item, f"also[{i}]", ctx, {"id", "also"}))
    sources = [c.source for c in record.claims]
    if len(set(sources)) != len(sources):
        dup = next(s for s in sources if sources.count(s) > 1)
        raise _Field(type_, rid, "also").fail(row, f"source {dup!r} has two claims; merge them into one")
    if type_ == "partnership":
        _check_partnership(record, row)
    return record


def _check_partnership(record: Record, row: Map) -> None:
    head = record.head
    f = _Field("partnership", record.id, "project_type")
    if "project_type" in head and head["kind"] != "project":
        raise f.fail(row, f"only a record of kind 'project' has a project_type (this one is {head['kind']!r})")
    main = record.claims[0].values
    if not any("parties" in c.values for c in record.claims) and not any("members" in c.values for c in record.claims):
        raise _Field("partnership", record.id, "parties").fail(
            row, "names no party and no aggregate count: give parties, or members: {count: N} for an aggregate")
    if any("members" in c.values for c in record.claims) and not head.get("aggregate"):
        raise _Field("partnership", record.id, "members").fail(row, "members are counted only on an aggregate record (aggregate: true)")
    for claim in record.claims:
        for org in claim.values.get("inferred_parties", []):
            named = {o for orgs in claim.values.get("parties", {}).values() for o in orgs}
            if org not in named:
                raise _Field("partnership", record.id, "inferred_parties").fail(
                    row, f"{org!r} is flagged as inferred but is not among that claim's parties")
    if "date_inferred" in main and "date" not in main:
        raise _Field("partnership", record.id, "date_inferred").fail(row, "flags a date that is not given")


def load_records(root: Path | str | None = None) -> Records:
    """Load the records folder (the bundled graph/data by default) and check it.

    Raises
    ------
    RecordError
        On the first malformed record, naming file, line, record and field.
    """
    if root is None:
        from .resources import data_dir

        root_path = Path(str(data_dir()))
        display = "graph/data"
    else:
        root_path = Path(root)
        display = str(root)
    raw = _read_raw(root_path, display)
    ids = _collect_ids(raw)
    ctx = _Ctx(ids)
    by_type: dict[str, dict[str, Record]] = {}
    for type_ in ("source", "country", "organisation", "programme", "forum", "event", "partnership"):
        by_type[type_] = {}
        for row, _ in raw[type_]:
            record = _parse_record(type_, row, ctx)
            by_type[type_][record.id] = record
    return Records(by_type)
