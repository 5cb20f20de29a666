"""Load and check the curated records (graph/data/): every field typed, every reference resolved.

A record names its main source with ``source`` and states that source's facts beside it; each
entry of ``also`` holds what another source says. The format is documented in
graph/data/README.md. Any problem stops the load with a RecordError naming file, line, record
and field, and for unknown names the closest valid ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RecordError
from .fields import (
    CLAIMS, HEAD, ID_PATTERN, MILESTONES, ORGANISATION_KINDS, PARTNERSHIP_KINDS, PROJECT_TYPES, ROLES, STATUSES,
    Ctx, DateValue, Field, closest, ref,
)
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
# more sources and organisations may sit in a folder beside their file, one file per region or
# batch (sources/*.yaml, organisations/*.yaml), read after it in name order
SPLIT = {"source": "sources", "organisation": "organisations"}


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
    cite_file: str = ""  # the file as the graph names it (set by load_records)

    @property
    def ref(self) -> str:
        """How the record is cited back to a reader: 'file#id', the file named from the records folder
        (graph/data/... for the bundled records, <folder name>/... for others), so the graph does
        not depend on where the folder sits."""
        return f"{self.cite_file or self.loc.file}#{self.id}"


@dataclass
class Records:
    """Every curated record, by type and id, in file order, and the curators' judgements."""

    by_type: dict[str, dict[str, Record]]
    judgements: object = None  # graph.resolve.judgements.Judgements (judgements.yaml; none when absent)
    names: list = field(default_factory=list)  # graph.resolve.authority.AuthorityEntry (names.yaml)

    def __getitem__(self, type_: str) -> dict[str, Record]:
        return self.by_type[type_]

    def all(self):
        for records in self.by_type.values():
            yield from records.values()


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
        folder = root / SPLIT.get(type_, "")
        if type_ in SPLIT and folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                shown = f"{display_root}/{SPLIT[type_]}/{path.name}"
                raw[type_].extend((row, shown) for row in read_yaml_records(_read_text(path, shown), shown))
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
            if not isinstance(rid, str) or not ID_PATTERN.match(rid):
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


def _parse_claim(type_: str, rid: str, data: Map, path: str, ctx: Ctx, exclude: set[str]) -> Claim:
    spec = CLAIMS[type_]
    f = Field(type_, rid, path)
    if "source" not in data:
        raise f.fail(data, "missing 'source': every claim names the source that states it")
    source = ref("source")(data["source"], f.at("source" if not path else ".source"), ctx)
    values = {}
    for key, value in data.items():
        if key in exclude or key == "source":
            continue
        if key not in spec:
            allowed = sorted(set(spec) | {"source"} | (exclude - {"id", "also"}))
            raise Field(type_, rid, f"{path}.{key}" if path else key).fail(
                data.key_loc.get(key) and Str(key, data.key_loc[key]) or data,
                f"unknown field{closest(key, allowed)}",
            )
        values[key] = spec[key](value, Field(type_, rid, f"{path}.{key}" if path else key), ctx)
    return Claim(source, data.loc, values)


def _parse_record(type_: str, row: Map, ctx: Ctx) -> Record:
    rid = str(row["id"])
    head_spec = HEAD[type_]
    head = {}
    for key, (parser, required) in head_spec.items():
        if key in row:
            head[key] = parser(row[key], Field(type_, rid, key), ctx)
        elif required:
            raise Field(type_, rid, key).fail(row, f"missing '{key}'")
    record = Record(type_, rid, row.loc, head)
    if type_ in ("source", "country"):
        unknown = set(row) - set(head_spec) - {"id"}
        if unknown:
            key = sorted(unknown)[0]
            raise Field(type_, rid, key).fail(Str(key, row.key_loc[key]), f"unknown field{closest(key, head_spec)}")
        if type_ == "source" and not ({"url", "title", "publisher"} & set(head)):
            raise Field(type_, rid, "url").fail(row, "a source needs at least a url, a title or a publisher")
        return record
    exclude = {"id", "also", *head_spec}
    record.claims.append(_parse_claim(type_, rid, row, "", ctx, exclude))
    also = row.get("also")
    if also is not None:
        if not isinstance(also, Seq):
            raise Field(type_, rid, "also").fail(also, "expected a list of claims, each with its own 'source'")
        for i, item in enumerate(also):
            if not isinstance(item, Map):
                raise Field(type_, rid, f"also[{i}]").fail(item, "expected a mapping with 'source' and the fields it states")
            record.claims.append(_parse_claim(type_, rid, item, f"also[{i}]", ctx, {"id", "also"}))
    sources = [c.source for c in record.claims]
    if len(set(sources)) != len(sources):
        dup = next(s for s in sources if sources.count(s) > 1)
        raise Field(type_, rid, "also").fail(row, f"source {dup!r} has two claims; merge them into one")
    if type_ == "partnership":
        _check_partnership(record, row)
    return record


def _check_partnership(record: Record, row: Map) -> None:
    head = record.head
    f = Field("partnership", record.id, "project_type")
    if "project_type" in head and head["kind"] != "project":
        raise f.fail(row, f"only a record of kind 'project' has a project_type (this one is {head['kind']!r})")
    for claim in record.claims:  # the ontology gives it to proposals alone: on another kind it contradicts it
        if "proposed_arrangement" in claim.values and head["kind"] != "proposal":
            raise Field("partnership", record.id, "proposed_arrangement").fail(
                row, f"only a record of kind 'proposal' has a proposed_arrangement (this one is {head['kind']!r}); "
                     "say what was discussed in its description")
    main = record.claims[0].values
    if not any("parties" in c.values for c in record.claims) and not any("members" in c.values for c in record.claims):
        raise Field("partnership", record.id, "parties").fail(
            row, "names no party and no aggregate count: give parties, or members: {count: N} for an aggregate")
    if any("members" in c.values for c in record.claims) and not head.get("aggregate"):
        raise Field("partnership", record.id, "members").fail(row, "members are counted only on an aggregate record (aggregate: true)")
    for claim in record.claims:
        for org in claim.values.get("inferred_parties", []):
            named = {o for orgs in claim.values.get("parties", {}).values() for o in orgs}
            if org not in named:
                raise Field("partnership", record.id, "inferred_parties").fail(
                    row, f"{org!r} is flagged as inferred but is not among that claim's parties")
    if "date_inferred" in main and "date" not in main:
        raise Field("partnership", record.id, "date_inferred").fail(row, "flags a date that is not given")


def load_records(root: Path | str | None = None) -> Records:
    """Load the records folder (the bundled graph/data by default) and check it.

    Raises
    ------
    RecordError
        On the first malformed record, naming file, line, record and field.
    """
    if root is None:
        from ..resources import data_dir

        root_path = Path(str(data_dir()))
        display = "graph/data"
    else:
        root_path = Path(root)
        display = str(root)
    cite = "graph/data" if root is None else (root_path.resolve().name or "records")
    raw = _read_raw(root_path, display)
    ids = _collect_ids(raw)
    ctx = Ctx(ids)
    by_type: dict[str, dict[str, Record]] = {}
    for type_ in ("source", "country", "organisation", "programme", "forum", "event", "partnership"):
        by_type[type_] = {}
        for row, _ in raw[type_]:
            record = _parse_record(type_, row, ctx)
            record.cite_file = cite + record.loc.file[len(display):]
            by_type[type_][record.id] = record
    _refuse_cycles(by_type)
    from ..resolve.judgements import JUDGEMENTS_FILE, load_judgements

    judgements = load_judgements(root_path / JUDGEMENTS_FILE, f"{display}/{JUDGEMENTS_FILE}")
    from ..resolve.authority import NAMES_FILE, load_authority

    names = load_authority(root_path / NAMES_FILE, f"{display}/{NAMES_FILE}", by_type["organisation"],
                           by_type["source"], set(ORGANISATION_KINDS))
    return Records(by_type, judgements, names)


# Fields that point from a record to another of its own type: a chain of them must end somewhere.
_HIERARCHIES = (("organisation", "parent"), ("programme", "phase_of"), ("programme", "programme"),
                ("forum", "forum"), ("partnership", "part_of"))


def _refuse_cycles(by_type: dict[str, dict[str, Record]]) -> None:
    """Raise RecordError when an organisation is its own parent, a programme its own phase, and so on,
    however long the loop (a → b → c → a)."""
    for type_, name in _HIERARCHIES:
        records = by_type[type_]
        edges: dict[str, list[str]] = {}
        for rid, record in records.items():
            targets = [record.head.get(name)] + [c.values.get(name) for c in record.claims]
            flat = [t for value in targets for t in (value if isinstance(value, list) else [value]) if t]
            edges[rid] = sorted(set(flat))
        state: dict[str, int] = {}  # 1: on the current path, 2: done
        for start in sorted(edges):
            path: list[str] = []
            stack = [(start, iter(edges[start]))]
            if state.get(start):
                continue
            state[start], path = 1, [start]
            while stack:
                node, children = stack[-1]
                child = next(children, None)
                if child is None:
                    state[node] = 2
                    stack.pop()
                    path.pop()
                elif state.get(child) == 1:
                    loop = path[path.index(child):] + [child]
                    record = records[child]
                    raise RecordError(f"{record.loc}: {type_} {child}, field '{name}': a cycle: "
                                      + " → ".join(loop) + f" (a {type_} cannot be under itself)")
                elif not state.get(child) and child in edges:
                    state[child] = 1
                    path.append(child)
                    stack.append((child, iter(edges[child])))
