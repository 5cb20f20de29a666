"""TeleGeography Submarine Cable Map files (API v3: ``cable/<id>.json``, ``landing-point/<id>.json``) → RDF.

Each cable becomes a cable project ``partnership:cable-<id>``: owners (``dsr:owner``) and suppliers
(``dsr:supplier``) resolved to organisations (one per name of the comma-separated list: a legal form
after a comma belongs to the name before it, and "X (formerly Y, Z)" is X with its former names Y
and Z), landing points as places with their countries, the
countries involved, ready-for-service date, length, and status: planned cables are under
construction, the others operational (with ``dsr:dateOperational`` from the RFS date).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from ..errors import UnreadableInput
from ..namespaces import DCTERMS, DSR, PARTNERSHIP, RDF, RDFS
from ..resolve import Resolver
from ..technology import scheme
from .common import DatasetInfo, Emitter, ImportReport, RowIds, write_import
from .values import RowError, country_code, parse_date, slug

__all__ = ["import_cables", "split_names", "parse_names", "LEGAL_FORM", "LICENCE"]

LICENCE = "https://creativecommons.org/licenses/by-nc-sa/3.0/"
# A fragment that is only a legal form ("Inc.", "Ltd", "Lda.", "S.A.", "Co., Ltd.", "Sdn. Bhd."): it belongs
# to the name before it when a list of names is split on commas, and is never an organisation itself.
_LEGAL_WORD = (r"co|company|corp|corporation|inc|incorporated|ltd|ltda|lda|limited|llc|l\.l\.c|llp|lp|plc|pte|pty|"
               r"s\.?\s?a|s\.?\s?a\.?\s?e|s\.?\s?a\.?\s?s|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?r\.?\s?l|s\.?\s?r\.?\s?l|"
               r"s\.?\s?l|s\.?\s?e|sarl|ag|gmbh|b\.?\s?v|n\.?\s?v|a\.?\s?s|asa|ab|oy|oyj|k\.?\s?k|jsc|ojsc|pjsc|cjsc|"
               r"sdn|bhd|tbk|s/a")
LEGAL_FORM = re.compile(rf"^(?:(?:{_LEGAL_WORD})\.?[\s,]*)+$", re.I)
# "(formerly Y, Z)", "(previously Y)", "(formerly known as Y)": former names of the organisation before it.
_FORMERLY = re.compile(r"\s*\(\s*(?:formerly|previously|former(?:ly)?\s+known\s+as|f/k/a|fka)\b:?\s*([^()]*)\)", re.I)


def _top_level_split(text: str) -> list[str]:
    """Split on commas outside brackets: "A (formerly B, C), D" → ["A (formerly B, C)", "D"]."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(depth - 1, 0)
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


def _join_legal_forms(parts: list[str]) -> list[str]:
    """Attach legal-form fragments to the name before them; one with no name before it is dropped."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if LEGAL_FORM.match(part):
            if out:
                out[-1] += ", " + part
            continue
        out.append(part)
    return out


def parse_names(text) -> list[tuple[str, tuple[str, ...]]]:
    """TeleGeography's comma-separated owners or suppliers as (name, former names) pairs.

    Commas inside brackets do not split; a legal form after a comma ("Foo Holdings, Inc.", "Acme Co.,
    Ltd.") belongs to the name before it and is never an organisation; "X (formerly Y, Z)" is one
    organisation X with the former names Y and Z.

    >>> parse_names("China Telecom (formerly China Netcom, China Unicom), Angola Cables Lda., Foo Holdings, Inc.")
    [('China Telecom', ('China Netcom', 'China Unicom')), ('Angola Cables Lda.', ()), ('Foo Holdings, Inc.', ())]
    """
    items = [str(t) for t in text] if isinstance(text, list) else [str(text or "")]
    out: list[tuple[str, tuple[str, ...]]] = []
    for item in items:
        for part in _join_legal_forms(_top_level_split(item)):
            former: list[str] = []
            for m in _FORMERLY.finditer(part):
                former += _join_legal_forms([x.strip() for x in re.split(r"[,;]|\s+and\s+", m[1])])
            name = " ".join(_FORMERLY.sub("", part).split()).strip(" ,")
            if name and not LEGAL_FORM.match(name):
                out.append((name, tuple(dict.fromkeys(f for f in former if f and f != name))))
    return out


def split_names(text) -> list[str]:
    """Split TeleGeography's comma-separated owners or suppliers, keeping 'X Co., Ltd.' whole (former
    names, "X (formerly Y)", are set aside: see :func:`parse_names`).

    >>> split_names("Camtel, China Unicom, Acme Co., Ltd.")
    ['Camtel', 'China Unicom', 'Acme Co., Ltd.']
    """
    return [name for name, _ in parse_names(text)]


def _read_json(path: Path) -> dict:
    def no_constant(name):
        raise ValueError(f"{name} is not a JSON number")

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"), parse_constant=no_constant)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise RowError("file", f"not valid JSON: {exc}") from None
    except RecursionError:
        raise RowError("file", "not read: JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise RowError("file", "not a JSON object")
    return data


def import_cables(folder: Path | str, *, out: Path | str | None = None, strict: bool = False,
                  name: str | None = None, resolver: Resolver | None = None) -> ImportReport:
    """Import a folder of TeleGeography cable files (``DIR/cable/*.json``, with ``DIR/landing-point``
    giving landing-point countries when a cable file does not) into ``out``.

    A file that is not valid JSON, or a cable with no name or no owner or supplier, is skipped (and
    fails ``strict``); a landing-point country no ISO list knows is kept as written, unresolved (the
    cable is taken, the landing point kept without a country; ``strict`` does not fail for it).

    Raises
    ------
    UnreadableInput
        When the folder or its cable files are missing (exit 2).
    """
    folder = Path(folder)
    cable_dir = folder / "cable" if (folder / "cable").is_dir() else folder
    files = sorted(cable_dir.glob("*.json")) if cable_dir.is_dir() else []
    if not files:
        raise UnreadableInput(f"{folder}: no cable files (expected {folder}/cable/<id>.json)")
    landing_dir = folder / "landing-point"
    info = DatasetInfo(name or f"telegeography-{slug(folder.resolve().name)}",
                       f"TeleGeography Submarine Cable Map ({folder.name})", "TeleGeography", LICENCE, "API v3",
                       "https://www.submarinecablemap.com/",
                       "Imported with `dsr import cables`; © TeleGeography, CC BY-NC-SA 3.0 (non-commercial use, "
                       "with attribution).")
    resolver = resolver or Resolver.from_records(dataset=info.name)
    resolver.dataset = info.name
    e = Emitter(info)
    report = ImportReport(info.name, str(cable_dir))
    cable = scheme().resolve("submarine_cable").iri
    ids = RowIds("id")
    for path in files:
        report.read += 1
        rid = path.stem
        try:
            c = _read_json(path)
            if not isinstance(c.get("id", ""), str):
                raise RowError("id", f"the id is not text: {c.get('id')!r}")
            rid = c.get("id") or path.stem
            ids.check(rid)
            parsed = _parse_cable(c, landing_dir)
        except RowError as err:
            report.skip(rid, RowError(f"{path.name}: {err.field}", err.message))
            continue
        ids.add(rid)
        for fld, text, _ in parsed["unresolved"]:
            report.keep_unresolved(rid, f"{path.name}: {fld}", text)
        _emit(e, resolver, rid, c, parsed, cable)
        report.taken += 1
    return write_import(e, resolver, report, Path(out) if out else None, strict)


def _landing_country(point: dict, landing_dir: Path, unresolved: list) -> str | None:
    """The ISO code of a landing point's country (from the cable file, else its landing-point file);
    a country no ISO list knows is kept in ``unresolved`` as written, and None returned."""
    country = point.get("country")
    if not country and point.get("id") and (landing_dir / f"{point['id']}.json").is_file():
        try:
            country = _read_json(landing_dir / f"{point['id']}.json").get("country")
        except RowError:
            country = None
    if not country:
        return None
    code = country_code(str(country))
    if code is None:
        item = ("landing_points.country", str(country),
                f"not a country ISO 3166 knows (or a name several countries share), of the landing point "
                f"{point.get('id') or point.get('name')}; the landing point is kept without a country")
        if item not in unresolved:
            unresolved.append(item)
    return code


def _parse_cable(c: dict, landing_dir: Path) -> dict:
    if not c.get("name"):
        raise RowError("name", "empty cable name")
    owners, suppliers = parse_names(c.get("owners")), parse_names(c.get("suppliers"))
    if not owners and not suppliers:
        raise RowError("owners", "no owner or supplier named")
    points, unresolved = [], []
    for p in c.get("landing_points") or []:
        if isinstance(p, str):
            p = {"id": p}
        if not p.get("name") and p.get("id") and (landing_dir / f"{p['id']}.json").is_file():
            p = {**_read_json(landing_dir / f"{p['id']}.json"), **p}
        points.append((str(p.get("id") or p.get("name")), str(p.get("name") or p.get("id")),
                       _landing_country(p, landing_dir, unresolved)))
    try:
        rfs = parse_date(str(c.get("rfs") or "")) or parse_date(str(c.get("rfs_year") or ""))
    except RowError:
        raise RowError("rfs", f"unparseable ready-for-service date {c.get('rfs')!r}") from None
    planned = c.get("is_planned")
    if planned is None:
        planned = bool(rfs) and int(rfs[0][:4]) > dt.date.today().year
    length = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*km", str(c.get("length") or "").strip())
    return {"owners": owners, "suppliers": suppliers, "points": points, "rfs": rfs, "planned": bool(planned),
            "length": length[1].replace(",", "") if length else None, "unresolved": unresolved}


def _emit(e: Emitter, resolver: Resolver, rid: str, c: dict, f: dict, cable_concept: str) -> None:
    s = PARTNERSHIP[f"cable-{slug(rid)}"]
    src = e.row_source(rid, [c["url"]] if isinstance(c.get("url"), str) else [])
    e.add(s, RDF.type, DSR.Project)
    e.add(s, RDF.type, DSR.CableProject)
    e.lit(s, RDFS.label, str(c["name"]))
    e.lit(s, DSR.recordedIn, e.ref(rid), None)
    e.add(s, DCTERMS.source, e.g)
    e.add(s, DCTERMS.source, src)
    e.add(s, DSR.technologyArea, cable_concept)
    if c.get("notes"):
        e.lit(s, DCTERMS.description, str(c["notes"]))
    e.add(s, DSR.status, DSR.UnderConstruction if f["planned"] else DSR.Operational)
    if f["rfs"]:
        if f["planned"]:
            e.lit(s, RDFS.comment, f"Ready for service expected {f['rfs'][0]} (TeleGeography).")
        else:
            e.typed(s, DSR.dateOperational, *f["rfs"])
    if f["length"]:
        q = f"{s}/quantity/{e.info.name}/1"
        e.add(s, DSR.quantity, q)
        e.add(q, RDF.type, DSR.Quantity)
        e.typed(q, DSR.value, f["length"], "decimal")
        e.lit(q, DSR.unit, "km", None)
        e.lit(q, RDFS.comment, "cable length")
    for key, label, country in f["points"]:
        e.add(s, DSR.place, e.place(f"landing-point-{key}", label, country))
        if country:
            e.add(s, DSR.country, e.country(country))
    e.unresolved(s, f["unresolved"])
    for role, names in (("owner", f["owners"]), ("supplier", f["suppliers"])):
        for n, former in names:
            m = resolver.resolve(n, row=rid, former=former)
            for old in former:
                e.former_name(m.entity.iri, old)
            e.add(s, getattr(DSR, role), m.entity.iri)
            e.add(s, DSR.party, m.entity.iri)
