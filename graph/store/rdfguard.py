"""Guards for RDF files from outside: what a parser would expand without bound is refused before it runs.

Every RDF file dsr-graph reads from a user (``dsr validate``, ``build --include``, ``--graph``)
passes these checks, which are cheap next to parsing:

- a byte-order mark is accepted (and skipped) in every text syntax;
- RDF/XML: the document type may declare internal entities that name plain text (the
  abbreviations OWL files use for namespaces), but not external or parameter entities, nor
  entities whose text refers to other entities (what makes a 630-byte "billion laughs" file
  expand to gigabytes), and the document may not expand past :data:`MAX_EXPANSION` bytes;
- JSON-LD: objects and arrays may not nest deeper than :data:`MAX_JSON_DEPTH` (the parser's
  recursion would overflow the native stack and end the process);
- numbers: a literal typed ``xsd:decimal``, ``xsd:integer`` (and its derived types), ``xsd:double``
  or ``xsd:float`` must have a valid lexical form no longer than :data:`MAX_NUMBER_LENGTH`
  characters: ``"1e999999999"^^xsd:decimal`` is not a decimal, and turning it into one takes
  gigabytes and minutes in the tools downstream (SHACL validation among them).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..errors import UnreadableInput

__all__ = ["BOM", "bom_length", "check_rdf_file", "check_literals", "check_store_literals", "MAX_JSON_DEPTH",
           "MAX_EXPANSION", "MAX_NUMBER_LENGTH"]

BOM = b"\xef\xbb\xbf"
MAX_JSON_DEPTH = 256
MAX_EXPANSION = 64 << 20
MAX_NUMBER_LENGTH = 64
_CHUNK = 1 << 20

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
                  "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")
_LEXICAL = {_XSD + "decimal": re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"),
            **{_XSD + t: re.compile(r"[+-]?[0-9]+") for t in _INTEGER_TYPES},
            **{_XSD + t: re.compile(r"[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|INF|NaN)")
               for t in ("double", "float")}}


def bom_length(path: Path) -> int:
    """3 when the file starts with a UTF-8 byte-order mark, else 0."""
    with path.open("rb") as f:
        return len(BOM) if f.read(len(BOM)) == BOM else 0


def check_rdf_file(path: Path, fmt: ox.RdfFormat) -> None:
    """Refuse an RDF/XML or JSON-LD file that would make its parser expand or recurse without bound."""
    if fmt == ox.RdfFormat.RDF_XML:
        _check_xml_entities(path)
    elif fmt == ox.RdfFormat.JSON_LD:
        _check_json_depth(path)


_ENTITY = re.compile(r"<!ENTITY\s+(%\s*)?([^\s]+)\s+(SYSTEM|PUBLIC|\"[^\"]*\"|'[^']*')", re.S)
_REFERENCE = re.compile(r"&([A-Za-z_:][\w.:-]*);")
_PREDEFINED = {"lt", "gt", "amp", "apos", "quot"}


def _check_xml_entities(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    start = text.find("<!DOCTYPE")
    if start < 0:
        if "<!ENTITY" in text:
            raise UnreadableInput(f"{path}: an entity declared outside a document type declaration")
        return
    end = text.find("]>", start)
    subset = text[start:end if end >= 0 else len(text)]
    values: dict[str, str] = {}
    for m in _ENTITY.finditer(subset):
        parameter, name, definition = m.groups()
        if parameter:
            raise UnreadableInput(f"{path}: parameter entity %{name} in the document type: not allowed "
                                  "(entities may only name plain text)")
        if definition in ("SYSTEM", "PUBLIC"):
            raise UnreadableInput(f"{path}: external entity {name!r} in the document type: not allowed "
                                  "(dsr-graph reads no other file or URL)")
        value = definition[1:-1]
        nested = [r for r in _REFERENCE.findall(value) if r not in _PREDEFINED]
        if nested:
            raise UnreadableInput(f"{path}: entity {name!r} refers to entity {nested[0]!r}: not allowed (nested "
                                  "entities can expand a small file to gigabytes)")
        values[name] = value
    if subset.count("<!ENTITY") != len(values):
        raise UnreadableInput(f"{path}: an entity declaration dsr-graph cannot read safely in the document type")
    if values:
        body = text[end + 2:] if end >= 0 else ""
        expansion = sum(len(values.get(r, "")) for r in _REFERENCE.findall(body))
        if expansion > MAX_EXPANSION:
            raise UnreadableInput(f"{path}: its entities expand to {expansion:,} bytes (at most {MAX_EXPANSION:,})")


def _check_json_depth(path: Path) -> None:
    depth, line = 0, 1
    in_string = escaped = False
    with path.open("r", encoding="utf-8-sig", errors="replace") as f:
        while chunk := f.read(_CHUNK):
            for c in chunk:
                if in_string:
                    if escaped:
                        escaped = False
                    elif c == "\\":
                        escaped = True
                    elif c == '"':
                        in_string = False
                elif c == '"':
                    in_string = True
                elif c in "[{":
                    depth += 1
                    if depth > MAX_JSON_DEPTH:
                        raise UnreadableInput(f"{path}: line {line}: JSON nested deeper than {MAX_JSON_DEPTH} "
                                              "levels; not read (its parser would run out of stack)")
                elif c in "]}":
                    depth -= 1
                elif c == "\n":
                    line += 1


def _bad_number(literal: ox.Literal) -> str | None:
    pattern = _LEXICAL.get(literal.datatype.value) if literal.datatype is not None else None
    if pattern is None:
        return None
    text = literal.value.strip(" \t\r\n")
    if len(text) > MAX_NUMBER_LENGTH:
        return f"longer than {MAX_NUMBER_LENGTH} characters"
    if not pattern.fullmatch(text):
        return "not a valid lexical form"
    return None


def _number_error(path, s, p, o, why: str) -> UnreadableInput:
    short = o.value if len(o.value) <= 40 else o.value[:40] + "…"
    kind = o.datatype.value.rsplit("#", 1)[-1]
    return UnreadableInput(f"{path}: the xsd:{kind} literal {short!r} of {s} {p} is {why}; "
                           "numbers must be written as XSD defines them")


def check_literals(quads: Iterable[ox.Quad], path: Path | str) -> None:
    """Refuse numbers that are not numbers, or too long to be sane (see the module's docstring)."""
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype is not None and o.datatype.value.startswith(_XSD):
            why = _bad_number(o)
            if why:
                raise _number_error(path, q.subject, q.predicate, o, why)


def check_store_literals(store: ox.Store, path: Path | str) -> None:
    """:func:`check_literals` over a store (of a file loaded straight into it): about 1 s a million quads."""
    check_literals(store.quads_for_pattern(None, None, None, None), path)
