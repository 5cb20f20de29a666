"""Read YAML and CSV record files keeping the line of every value, so errors can point at it."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import yaml

from ..errors import RecordError

__all__ = ["Loc", "Map", "Seq", "Str", "read_yaml_records", "read_csv_records"]


@dataclass(frozen=True)
class Loc:
    """Where a value was written: file (as shown to the user) and 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class Str(str):
    """A scalar read from a record file, with its location."""

    loc: Loc

    def __new__(cls, value: str, loc: Loc) -> "Str":
        obj = super().__new__(cls, value)
        obj.loc = loc
        return obj


class Map(dict):
    """A mapping read from a record file; ``loc`` is where it starts, ``key_loc`` per key."""

    loc: Loc
    key_loc: dict[str, Loc]


class Seq(list):
    """A sequence read from a record file, with its location."""

    loc: Loc


def _convert(node: yaml.Node, file: str):
    loc = Loc(file, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        return Str(node.value, loc)
    if isinstance(node, yaml.SequenceNode):
        seq = Seq(_convert(item, file) for item in node.value)
        seq.loc = loc
        return seq
    if isinstance(node, yaml.MappingNode):
        out = Map()
        out.loc = loc
        out.key_loc = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise RecordError(f"{file}:{key_node.start_mark.line + 1}: a key must be a plain word")
            key = key_node.value
            if key in out:
                raise RecordError(
                    f"{file}:{key_node.start_mark.line + 1}: key {key!r} appears twice in one record "
                    f"(first at line {out.key_loc[key].line})"
                )
            out.key_loc[key] = Loc(file, key_node.start_mark.line + 1)
            out[key] = _convert(value_node, file)
        return out
    raise RecordError(f"{loc}: unsupported YAML construct")  # pragma: no cover - aliases are resolved


MAX_DEPTH = 32  # nesting of records: a few levels are all any field needs


class _Loader(yaml.BaseLoader):
    """YAML's base loader (every scalar a string) that refuses aliases and deep nesting.

    An alias (``*name``) repeats a node wherever it is used: nine lines of them make a "billion
    laughs" that takes gigabytes to expand, and an anchor used inside itself never ends. Records
    are written out in full instead.
    """

    file = ""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise RecordError(f"{self.file}:{event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                              "allowed in records: write the value out")
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise RecordError(f"{self.file}:{mark.line + 1}: nested deeper than {MAX_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _compose_events(events, file: str):
    """Records (Map, Seq, Str with their lines) from a YAML event stream, as :class:`_Loader` composes
    them: every scalar a string, aliases and nesting deeper than :data:`MAX_DEPTH` refused, a key
    that is not a plain word or that appears twice in one mapping refused. None for an empty file;
    a second document raises YAMLError (the pure-Python reader then reports it)."""
    stack: list = []  # open containers: [container, the key waiting for its value (mappings)]
    root = None
    documents = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise RecordError(f"{file}:{event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                              "allowed in records: write the value out")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise yaml.YAMLError("more than one document")
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            continue
        line = event.start_mark.line + 1
        if len(stack) + 1 > MAX_DEPTH:
            raise RecordError(f"{file}:{line}: nested deeper than {MAX_DEPTH} levels")
        loc = Loc(file, line)
        if isinstance(event, yaml.ScalarEvent):
            node = Str(event.value, loc)
        elif isinstance(event, yaml.SequenceStartEvent):
            node = Seq()
            node.loc = loc
        else:
            node = Map()
            node.loc = loc
            node.key_loc = {}
        if not stack:
            root = node
        else:
            parent = stack[-1]
            container = parent[0]
            if isinstance(container, Seq):
                container.append(node)
            elif parent[1] is None:  # a key
                if not isinstance(node, Str):
                    raise RecordError(f"{file}:{line}: a key must be a plain word")
                if node in container.key_loc:
                    raise RecordError(f"{file}:{line}: key {str(node)!r} appears twice in one record "
                                      f"(first at line {container.key_loc[node].line})")
                parent[1] = str(node)
                container.key_loc[parent[1]] = loc
            else:
                container[parent[1]] = node
                parent[1] = None
        if isinstance(node, (Seq, Map)):
            stack.append([node, None])
    return root


def read_yaml_records(text: str, file: str) -> Seq:
    """Parse a YAML file that holds a list of records.

    Every scalar stays a string (YAML's BaseLoader), so dates such as ``2025-12`` or years such
    as ``2017`` keep exactly the precision written; fields are typed later, one by one. Aliases
    and nesting deeper than :data:`MAX_DEPTH` are refused (see :class:`_Loader`).
    """
    text = text.removeprefix("\ufeff")
    if getattr(yaml, "__with_libyaml__", False):
        try:  # libyaml's parser, with the tree built here: several times faster on the records
            node = _compose_events(yaml.parse(text, Loader=yaml.CBaseLoader), file)
        except yaml.YAMLError:
            node = False  # broken YAML: the pure-Python reader below says where and why, as always
        if node is not False:
            return _records(node, file)
    loader = None
    try:
        loader = _Loader(io.StringIO(text))
        loader.file = file
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else file
        if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
            where = f"{file}:{text.count(chr(10), 0, exc.position) + 1}"
            problem = f"the character U+{exc.character:04X} is not allowed in YAML"
        else:
            problem = getattr(exc, "problem", None) or str(exc)
        raise RecordError(f"{where}: broken YAML: {problem}") from None
    finally:
        if loader is not None:
            loader.dispose()
    return _records(_convert(node, file) if node is not None else None, file)


def _records(data, file: str) -> Seq:
    """The parsed file checked to be a list of mappings (None: an empty file, an empty list)."""
    if data is None:
        empty = Seq()
        empty.loc = Loc(file, 1)
        return empty
    if not isinstance(data, Seq):
        raise RecordError(f"{data.loc}: the file must be a list of records (lines starting with '- ')")
    for item in data:
        if not isinstance(item, Map):
            raise RecordError(f"{item.loc}: each record must be a mapping of fields")
    return data


def read_csv_records(text: str, file: str, required: tuple[str, ...]) -> Seq:
    """Parse a CSV file with a header row into records of located strings."""
    out = Seq()
    out.loc = Loc(file, 1)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        rows = list(reader)
    except csv.Error as exc:
        raise RecordError(f"{file}:{reader.line_num}: broken CSV: {exc}") from None
    if not rows:
        raise RecordError(f"{file}:1: empty CSV file; expected a header with {', '.join(required)}")
    header = [h.strip() for h in rows[0]]
    header[0] = header[0].removeprefix("\ufeff")  # a byte-order mark is not part of the first name
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        raise RecordError(f"{file}:1: column {twice[0]!r} appears twice in the header")
    missing = [c for c in required if c not in header]
    if missing:
        raise RecordError(f"{file}:1: missing column(s) {', '.join(missing)} in the header")
    # csv gives rows, not line numbers; rebuild them by counting physical lines per row
    line = 2
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            line += 1
            continue
        if len(row) != len(header):
            raise RecordError(f"{file}:{line}: expected {len(header)} cells, found {len(row)}")
        rec = Map()
        rec.loc = Loc(file, line)
        rec.key_loc = {}
        for name, cell in zip(header, row):
            rec[name] = Str(cell.strip(), rec.loc)
            rec.key_loc[name] = rec.loc
        out.append(rec)
        line += 1 + sum(cell.count("\n") for cell in row)
    return out
