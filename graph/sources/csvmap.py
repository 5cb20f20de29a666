"""Any table (CSV or XLSX) → RDF, through a mapping YAML that names which column holds which field.

The format is documented by `dsr import csv --help` (and by ``MAPPING_KEYS``); a mapping that names an unknown
key, role, kind or status, or a column the table does not have, fails before any row is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import MissingColumns, UnreadableInput
from ..namespaces import DCTERMS, DSR, PARTNERSHIP, RDF, RDFS
from ..resolve import Resolver
from ..technology import scheme
from .common import DatasetInfo, Emitter, ImportReport, RowIds, read_table, write_import
from .values import RowError, country_code, currency_code, parse_date, parse_decimal, slug, split_cell
from .curated import KIND_CLASS, MILESTONE_PROPERTY, PROJECT_CLASS, ROLE_PROPERTY, STATUS
from .techrules import infer_technology

__all__ = ["import_csv", "load_mapping", "MAPPING_KEYS"]

MAPPING_KEYS = {"dataset", "id", "label", "kind", "project_type", "status", "date", "milestones", "countries",
                "parties", "amounts", "technology", "infer_technology", "description", "source_url", "id_prefix"}
DATASET_KEYS = {"name", "title", "publisher", "licence", "version", "url", "note"}
FIELD_KEYS = {"column", "value", "split", "map", "default", "format"}


@dataclass
class Field:
    """Where a value comes from: a column (optionally split, mapped, parsed with a format) or a constant."""

    column: str | None = None
    value: str | None = None
    split: str | None = None
    map: dict | None = None
    default: str | None = None
    format: str | None = None

    def values(self, row: dict) -> list[str]:
        raw = row.get(self.column, "") if self.column else (self.value or "")
        items = split_cell(raw, self.split) if self.split else ([raw.strip()] if raw.strip() else [])
        if self.map is not None:
            items = [str(self.map.get(i, self.default if self.default is not None else i)) for i in items]
        if not items and self.default is not None:
            items = [self.default]
        return items

    def first(self, row: dict) -> str:
        v = self.values(row)
        return v[0] if v else ""


def _field(spec, where: str) -> Field:
    if isinstance(spec, str):
        return Field(column=spec)
    if not isinstance(spec, dict) or not (set(spec) <= FIELD_KEYS) or ("column" in spec) == ("value" in spec):
        raise UnreadableInput(f"mapping: {where}: write a column name, or {{column: NAME}} or {{value: CONSTANT}} "
                              f"with optional {', '.join(sorted(FIELD_KEYS - {'column', 'value'}))}")
    return Field(**{k: (str(v) if k not in ("map",) else {str(a): str(b) for a, b in v.items()}) for k, v in spec.items()})


def load_mapping(path: Path | str) -> dict:
    """Read and check a mapping YAML; raise UnreadableInput naming the key at fault."""
    path = Path(path)
    try:
        m = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"{path}: cannot read the mapping: {exc}") from None
    if not isinstance(m, dict):
        raise UnreadableInput(f"{path}: a mapping is a YAML mapping of keys ({', '.join(sorted(MAPPING_KEYS))})")
    bad = set(m) - MAPPING_KEYS
    if bad:
        raise UnreadableInput(f"{path}: unknown key(s) {', '.join(sorted(bad))}; known: {', '.join(sorted(MAPPING_KEYS))}")
    ds = m.get("dataset") or {}
    if not isinstance(ds, dict) or not ds.get("name") or not ds.get("title") or set(ds) - DATASET_KEYS:
        raise UnreadableInput(f"{path}: dataset: needs name and title (and may have "
                              f"{', '.join(sorted(DATASET_KEYS - {'name', 'title'}))})")
    for key in ("id", "label"):
        if key not in m:
            raise UnreadableInput(f"{path}: {key}: required (the column holding each row's {key})")
    out = {"dataset": DatasetInfo(slug(str(ds["name"])), str(ds["title"]), str(ds.get("publisher", "")),
                                  str(ds.get("licence", "")), str(ds.get("version", "")), str(ds.get("url", "")),
                                  str(ds.get("note", ""))),
           "id_prefix": slug(str(m.get("id_prefix") or ds["name"]))}
    for key in ("id", "label", "kind", "project_type", "status", "date", "description", "source_url"):
        if key in m:
            out[key] = _field(m[key], key)
    out["milestones"] = {k: _field(v, f"milestones.{k}") for k, v in (m.get("milestones") or {}).items()}
    if set(out["milestones"]) - set(MILESTONE_PROPERTY):
        raise UnreadableInput(f"{path}: milestones: known are {', '.join(MILESTONE_PROPERTY)}")
    out["countries"] = [_field(v, "countries") for v in _as_list(m.get("countries"))]
    out["technology"] = [_field(v, "technology") for v in _as_list(m.get("technology"))]
    it = m.get("infer_technology")
    out["infer_technology"] = {k: _field(v, f"infer_technology.{k}") for k, v in (it or {}).items()}
    parties = m.get("parties") or {}
    if set(parties) - set(ROLE_PROPERTY):
        raise UnreadableInput(f"{path}: parties: unknown role(s) {', '.join(sorted(set(parties) - set(ROLE_PROPERTY)))}; "
                              f"roles are {', '.join(ROLE_PROPERTY)}")
    out["parties"] = {}
    for role, specs in parties.items():
        out["parties"][role] = []
        for spec in _as_list(specs):
            extra = {k: spec.pop(k) for k in ("kind", "kind_column", "country", "country_column")
                     if isinstance(spec, dict) and k in spec}
            out["parties"][role].append((_field(spec, f"parties.{role}"), extra))
    for role, specs in out["parties"].items():
        for _, extra in specs:
            if extra.get("country") and country_code(str(extra["country"])) is None:
                raise UnreadableInput(f"{path}: parties.{role}.country: unknown country {extra['country']!r} "
                                      "(a country name or ISO 3166 code)")
    out["amounts"] = []
    for i, a in enumerate(_as_list(m.get("amounts"))):
        if not isinstance(a, dict) or "value" not in a or "currency" not in a:
            raise UnreadableInput(f"{path}: amounts[{i}]: needs value (a column) and currency (a column or {{value: USD}})")
        out["amounts"].append((_field(a["value"], f"amounts[{i}].value"), _field(a["currency"], f"amounts[{i}].currency"),
                               str(a.get("note", ""))))
        cur = out["amounts"][-1][1]
        if cur.value:
            try:
                currency_code(cur.value)
            except RowError:
                raise UnreadableInput(f"{path}: amounts[{i}].currency: unknown currency {cur.value!r} "
                                      "(an ISO 4217 code such as USD)") from None
    for key, allowed in (("kind", KIND_CLASS), ("project_type", PROJECT_CLASS), ("status", STATUS)):
        f = out.get(key)
        consts = ([f.value] if f and f.value else []) + (list(f.map.values()) if f and f.map else []) + \
                 ([f.default] if f and f.default else [])
        wrong = [c for c in consts if c not in allowed]
        if wrong:
            raise UnreadableInput(f"{path}: {key}: {', '.join(wrong)} not one of {', '.join(allowed)}")
    return out


def _as_list(v) -> list:
    return [] if v is None else v if isinstance(v, list) else [v]


def _columns(m: dict) -> list[tuple[str, str]]:
    """Every (mapping key, column) the mapping reads."""
    cols = []
    for key in ("id", "label", "kind", "project_type", "status", "date", "description", "source_url"):
        if key in m and m[key].column:
            cols.append((key, m[key].column))
    for group in ("countries", "technology"):
        cols += [(group, f.column) for f in m[group] if f.column]
    for k, f in list(m["milestones"].items()) + list(m["infer_technology"].items()):
        cols += [(k, f.column)] if f.column else []
    for role, specs in m["parties"].items():
        for f, extra in specs:
            cols += [(f"parties.{role}", c) for c in (f.column, extra.get("kind_column"), extra.get("country_column")) if c]
    for v, c, _ in m["amounts"]:
        cols += [("amounts", x.column) for x in (v, c) if x.column]
    return cols


def import_csv(path: Path | str, mapping: Path | str, *, out: Path | str | None = None, strict: bool = False,
               resolver: Resolver | None = None) -> ImportReport:
    """Import a table through a mapping YAML into ``out`` (default out/imports/<dataset name>.trig).

    A row is skipped (and ``strict`` fails) only when no record can be made of it; a country, currency
    or technology area no list knows is kept as written, unresolved, in a record that is taken
    (``report.unresolved``; ``strict`` does not fail for it).

    Raises
    ------
    UnreadableInput
        When the mapping is malformed (exit 2).
    MissingColumns
        When the table lacks a column the mapping names (exit 2).
    """
    m = load_mapping(mapping)
    table = read_table(path, sheet_has=m["id"].column)
    for key, col in _columns(m):
        if col not in table.header:
            raise MissingColumns(f"{table.path}: missing column {col!r} (named by {key} in {mapping})")
    info: DatasetInfo = m["dataset"]
    resolver = resolver or Resolver.from_records(dataset=info.name)
    resolver.dataset = info.name
    e = Emitter(info)
    report = ImportReport(info.name, str(table.path))
    ids = RowIds(m["id"].column or "id")
    for line, row in table.rows:
        report.read += 1
        rid = m["id"].first(row) or f"line {line}"
        try:
            if (problem := table.row_problem(line)) is not None:
                raise problem
            ids.check(m["id"].first(row))
            fields = _parse(m, row)
        except RowError as err:
            report.skip(rid, err)
            continue
        ids.add(rid)
        for fld, text, _ in fields["unresolved"]:
            report.keep_unresolved(rid, fld, text)
        _emit(e, resolver, m, rid, row, fields)
        report.taken += 1
    return write_import(e, resolver, report, Path(out) if out else None, strict)


def _at(f: Field, fn, *args):
    try:
        return fn(*args)
    except RowError as err:
        raise RowError(f.column or err.field, err.message) from None


def _keep(out: dict, fld: str, text: str, note: str) -> None:
    """Keep a value no list knows as written (the record stays; what needed it is left out)."""
    if not any(f == fld and t == text for f, t, _ in out["unresolved"]):
        out["unresolved"].append((fld, text, note))


def _parse(m: dict, row: dict) -> dict:
    """A row's fields. A row is skipped (RowError) only when no record can be made of it: no label,
    no party, an unmapped kind or status, an unreadable date or amount; a country, currency or
    technology area no list knows is kept unresolved instead (``out["unresolved"]``)."""
    out: dict = {"label": m["label"].first(row), "unresolved": []}
    if not out["label"]:
        raise RowError(m["label"].column or "label", "empty label")
    out["kind"] = m["kind"].first(row) if "kind" in m else "other"
    out["kind"] = out["kind"] or "other"
    if out["kind"] not in KIND_CLASS:
        raise RowError(m["kind"].column or "kind", f"unknown kind {out['kind']!r} (add it to the mapping's map:)")
    out["status"] = m["status"].first(row) if "status" in m else ""
    if out["status"] and out["status"] not in STATUS:
        raise RowError(m["status"].column or "status", f"unknown status {out['status']!r} (add it to the mapping's map:)")
    out["date"] = _at(m["date"], parse_date, m["date"].first(row), m["date"].format) if "date" in m else None
    out["milestones"] = {k: _at(f, parse_date, f.first(row), f.format) for k, f in m["milestones"].items()}
    out["countries"] = []
    for f in m["countries"]:
        for v in f.values(row):
            code = country_code(v)
            if code is None:
                _keep(out, f.column or "countries", v, "not a country ISO 3166 knows (or a name several countries "
                                                        "share); no country is stated for it")
            else:
                out["countries"].append(code)
    tech = scheme()
    out["technology"] = []
    for f in m["technology"]:
        for v in f.values(row):
            concept = tech.resolve(v)
            if concept is None:
                _keep(out, f.column or "technology", v, "not a technology area of the DSR scheme (a tag or label)")
            else:
                out["technology"].append(concept.iri)
    if m["infer_technology"]:
        get = lambda k: m["infer_technology"][k].first(row) if k in m["infer_technology"] else ""  # noqa: E731
        out["technology"] += infer_technology(get("title") or out["label"], get("sector"))
    out["amounts"] = []
    for vf, cf, note in m["amounts"]:
        value = _at(vf, parse_decimal, vf.first(row))
        if value is not None:
            if not cf.first(row):
                raise RowError(cf.column or "currency", "amount without a currency")
            try:
                out["amounts"].append((value, currency_code(cf.first(row)), note))
            except RowError:
                _keep(out, cf.column or "currency", cf.first(row),
                      f"not an ISO 4217 currency code, current or withdrawn; the amount {value} is left out")
    out["parties"] = []
    for role, specs in m["parties"].items():
        for f, extra in specs:
            country = extra.get("country") or (row.get(extra["country_column"], "") if extra.get("country_column") else "")
            code = country_code(country) if country else None
            if country and code is None:
                _keep(out, extra.get("country_column") or f"parties.{role}.country", country,
                      "not a country ISO 3166 knows (or a name several countries share); the party's country is "
                      "left unstated")
            kind = extra.get("kind") or (row.get(extra["kind_column"], "") if extra.get("kind_column") else "")
            out["parties"] += [(role, n, kind, code) for n in f.values(row)]
    if not out["parties"]:
        raise RowError(", ".join(f.column or "parties" for specs in m["parties"].values() for f, _ in specs) or "parties",
                       "no party named")
    return out


def _emit(e: Emitter, resolver: Resolver, m: dict, rid: str, row: dict, f: dict) -> None:
    s = PARTNERSHIP[f"{m['id_prefix']}-{slug(rid)}"]
    urls = m["source_url"].values(row) if "source_url" in m else []
    src = e.row_source(rid, urls)
    e.add(s, RDF.type, KIND_CLASS[f["kind"]])
    pt = m["project_type"].first(row) if "project_type" in m else ""
    if pt in PROJECT_CLASS:
        e.add(s, RDF.type, PROJECT_CLASS[pt])
    e.lit(s, RDFS.label, f["label"])
    e.lit(s, DSR.recordedIn, e.ref(rid), None)
    e.add(s, DCTERMS.source, e.g)
    e.add(s, DCTERMS.source, src)
    if "description" in m and m["description"].first(row):
        e.lit(s, DCTERMS.description, m["description"].first(row))
    if f["status"]:
        e.add(s, DSR.status, STATUS[f["status"]])
    if f["date"]:
        e.typed(s, DSR.date, *f["date"])
    for k, d in f["milestones"].items():
        if d:
            e.typed(s, MILESTONE_PROPERTY[k], *d)
    for code in sorted(set(f["countries"])):
        e.add(s, DSR.country, e.country(code))
    for iri in sorted(set(f["technology"])):
        e.add(s, DSR.technologyArea, iri)
    for i, (value, currency, note) in enumerate(f["amounts"], 1):
        e.amount(s, i, value, currency, note)
    e.unresolved(s, f["unresolved"])
    for role, name, kind, country in f["parties"]:
        ent = resolver.resolve(name, country=country, kind=kind, row=rid).entity
        e.add(s, ROLE_PROPERTY[role], ent.iri)
        e.add(s, DSR.party, ent.iri)
