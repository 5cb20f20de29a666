"""Read RDF files, and write TriG and Turtle that are sorted, prefixed and byte-for-byte repeatable.

Blank nodes never show their (random) labels: a blank node used once as an object is written
inline as ``[ ... ]`` or as a list ``( ... )``, one used as a subject only is written as a
top-level ``[ ... ] .``, and any other gets a label from the sorted order of its content. So
the same statements always give the same bytes, whatever the parser or the store did.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from ..errors import OutputError, UnreadableInput
from ..namespaces import PREFIXES

__all__ = [
    "FORMATS_BY_SUFFIX",
    "read_quads",
    "write_trig",
    "write_turtle",
    "render_trig",
    "render_trig_graphs",
    "render_turtle",
    "atomic_write",
    "term_key",
    "syntax_message",
]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

FORMATS_BY_SUFFIX = {
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}

# A prefixed local name must be a Turtle PN_LOCAL; be conservative (no escapes, no trailing dot).
_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')


def read_quads(path: Path | str) -> list[ox.Quad]:
    """Parse an RDF file into quads, choosing the syntax from the file suffix.

    The file is checked first and its numbers after (:mod:`graph.store.rdfguard`): entity bombs, JSON
    nested past what the parser survives and numbers that are not numbers are refused.

    Raises
    ------
    UnreadableInput
        When the file is missing, of an unknown kind, not valid RDF (with line and column), or
        refused by those checks.
    """
    path = Path(path)
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS_BY_SUFFIX))
        raise UnreadableInput(f"{path}: unknown RDF file type {path.suffix!r}; expected one of {known}")
    if not path.is_file():
        raise UnreadableInput(f"{path}: no such file")
    from .rdfguard import bom_length, check_literals, check_rdf_file

    try:
        check_rdf_file(path, fmt)
        with path.open("rb") as handle:
            handle.seek(bom_length(path))  # a byte-order mark is not part of the document
            quads = list(ox.parse(handle, format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        raise UnreadableInput(f"{path}: not valid {fmt.name}: {syntax_message(exc)}") from None
    except (OSError, ValueError) as exc:
        raise UnreadableInput(f"{path}: cannot read: {exc}") from None
    check_literals(quads, path)
    return quads


def syntax_message(exc: SyntaxError) -> str:
    """The parser's message with line and column, when pyoxigraph gives them."""
    # pyoxigraph puts the position in SyntaxError.lineno/offset (1-based) when it knows it.
    msg = str(exc.msg if getattr(exc, "msg", None) else exc)
    if getattr(exc, "lineno", None) and "line" not in msg:
        return f"line {exc.lineno}, column {exc.offset or 1}: {msg}"
    return msg


def _predicate_object_key(po: tuple) -> tuple:
    """A subject's (predicate IRI, object) pairs in writing order: rdf:type first, then by predicate
    and object (:func:`term_key`)."""
    return (po[0] != RDF_TYPE, po[0], term_key(po[1]))


def term_key(term) -> tuple:
    """Sort key that orders IRIs, then blank nodes, then literals, each by their text."""
    if isinstance(term, ox.NamedNode):
        return (0, term.value)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.DefaultGraph) or term is None:
        return (-1, "")
    return (2, term.value, term.datatype.value if term.datatype else "", term.language or "")


class _Writer:
    """Renders one graph's triples as Turtle statements (shared by the TriG and Turtle writers)."""

    def __init__(self, prefixes: dict[str, str]):
        # longest namespace first, so the most specific prefix wins
        self.prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.used: set[str] = set()
        self._written: dict[str, tuple[str, str | None]] = {}  # IRI -> (its text, the prefix it uses)

    def iri(self, value: str) -> str:
        known = self._written.get(value)
        if known is None:  # the same IRIs come back again and again: work each out once
            known = self._written[value] = self._iri(value)
        if known[1] is not None:
            self.used.add(known[1])
        return known[0]

    def _iri(self, value: str) -> tuple[str, str | None]:
        for prefix, ns in self.prefixes:
            if value.startswith(ns):
                local = value[len(ns):]
                if local == "" or _LOCAL.match(local):
                    return f"{prefix}:{local}", prefix
        return "<" + "".join(c if c > " " and c not in '<>"{}|^`\\' else f"\\u{ord(c):04X}" for c in value) + ">", None

    def literal(self, lit: ox.Literal) -> str:
        text = lit.value
        body = '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m[0], f"\\u{ord(m[0]):04X}"), text) + '"'
        if lit.language:
            return f"{body}@{lit.language}"
        if lit.datatype and lit.datatype.value != XSD_STRING:
            return f"{body}^^{self.iri(lit.datatype.value)}"
        return body

    def graph(self, triples: Iterable[tuple]) -> list[str]:
        """Return the Turtle statements of a set of triples, sorted, blank nodes inlined."""
        by_subject: dict = defaultdict(list)
        refs: dict = defaultdict(int)
        blank = ox.BlankNode
        for s, p, o in triples:
            by_subject[s].append((p.value, o))  # a predicate is only ever written by its IRI
            if type(o) is blank:
                refs[o] += 1
        for s in by_subject:
            by_subject[s].sort(key=_predicate_object_key)
        inline = {b for b, n in refs.items() if n == 1 and b in by_subject}
        # a blank node inside a cycle cannot be inlined; drop cycle members from `inline`
        inline -= self._cyclic(by_subject, inline)
        labels: dict = {}
        # content of multiply referenced blank nodes decides their label order
        shared = sorted((b for b in by_subject if isinstance(b, ox.BlankNode) and b not in inline and refs.get(b, 0) > 0),
                        key=lambda b: self._content(b, by_subject, inline, {}))
        for i, b in enumerate(shared, 1):
            labels[b] = f"_:b{i}"
        blocks = []
        for s in by_subject:
            if s in inline:
                continue
            if isinstance(s, ox.BlankNode) and s not in labels:
                body = self._props(s, by_subject, inline, labels, "    ")
                blocks.append((2, body, "[\n    " + body + "\n] ."))
            else:
                head = labels.get(s) or self.iri(s.value)
                body = self._props(s, by_subject, inline, labels, "    ")
                blocks.append((1 if s in labels else 0, head if s in labels else s.value, f"{head}\n    {body} ."))
        blocks.sort(key=lambda b: (b[0], b[1]))
        return [b[2] for b in blocks]

    def _cyclic(self, by_subject, inline) -> set:
        bad = set()
        for start in inline:
            seen, node = set(), start
            stack = [start]
            while stack:
                node = stack.pop()
                for _, o in by_subject.get(node, ()):
                    if o == start:
                        bad.add(start)
                    elif isinstance(o, ox.BlankNode) and o in inline and o not in seen:
                        seen.add(o)
                        stack.append(o)
        return bad

    def _content(self, node, by_subject, inline, labels) -> str:
        return self._props(node, by_subject, inline, labels, " ")

    def _as_list(self, node, by_subject, inline) -> list | None:
        items = []
        while True:
            props = by_subject.get(node)
            if props is None or len(props) != 2:
                return None
            d = dict(props)
            if set(d) != {RDF_FIRST, RDF_REST}:
                return None
            items.append(d[RDF_FIRST])
            rest = d[RDF_REST]
            if isinstance(rest, ox.NamedNode) and rest.value == RDF_NIL:
                return items
            if not (isinstance(rest, ox.BlankNode) and rest in inline):
                return None
            node = rest

    def _object(self, o, by_subject, inline, labels, indent) -> str:
        if isinstance(o, ox.NamedNode):
            return self.iri(o.value)
        if isinstance(o, ox.Literal):
            return self.literal(o)
        if o in inline:
            items = self._as_list(o, by_subject, inline)
            if items is not None:
                return "( " + " ".join(self._object(i, by_subject, inline, labels, indent + "    ") for i in items) + " )"
            return "[ " + self._props(o, by_subject, inline, labels, indent + "    ") + " ]"
        return labels.get(o, "[]")

    def _props(self, s, by_subject, inline, labels, indent) -> str:
        parts = []
        grouped: dict = {}
        for p, o in by_subject[s]:
            grouped.setdefault(p, []).append(o)
        for p, objects in grouped.items():
            verb = "a" if p == RDF_TYPE else self.iri(p)
            rendered = [self._object(o, by_subject, inline, labels, indent) for o in objects]
            parts.append(f"{verb} " + " , ".join(rendered))
        return (" ;\n" + indent).join(parts)

    def header(self) -> str:
        lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(self.prefixes) if p in self.used]
        return "\n".join(lines) + ("\n\n" if lines else "")


def render_trig(quads: Iterable[ox.Quad], prefixes: dict[str, str] = PREFIXES) -> str:
    """Return TriG text for the quads: default graph first, then named graphs by IRI."""
    graphs: dict = defaultdict(list)
    for q in quads:
        graphs[q.graph_name].append((q.subject, q.predicate, q.object))
    return render_trig_graphs(graphs, lambda g: set(graphs[g]), prefixes)


def render_trig_graphs(names: Iterable, triples_of: Callable[[object], Iterable[tuple]],
                       prefixes: dict[str, str] = PREFIXES) -> str:
    """Return TriG text for the graphs ``names`` (the default graph first, then the named graphs by
    IRI, whatever order they come in), each graph's distinct triples read from ``triples_of(name)``
    when it is its turn, so that one graph at a time is held."""
    writer = _Writer(prefixes)
    parts = []
    for g in sorted(names, key=term_key):
        statements = writer.graph(triples_of(g))
        if isinstance(g, ox.DefaultGraph):
            parts.append("\n\n".join(statements))
        else:
            name = writer.iri(g.value) if isinstance(g, ox.NamedNode) else "[]"
            inner = "\n\n".join("    " + st.replace("\n", "\n    ") for st in statements)
            parts.append(f"{name} {{\n{inner}\n}}")
    return writer.header() + "\n\n".join(parts) + "\n"


def render_turtle(triples: Iterable[tuple], prefixes: dict[str, str] = PREFIXES, *, distinct: bool = False) -> str:
    """Return Turtle text for the triples (duplicates removed; ``distinct`` says there are none,
    as when they come from one graph of a store, and saves looking)."""
    writer = _Writer(prefixes)
    statements = writer.graph(triples if distinct else set(triples))
    return writer.header() + "\n\n".join(statements) + "\n"


def atomic_write(path: Path, text: str | bytes) -> None:
    """Write a file through a temporary sibling and a rename, so readers never see half a file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8") if isinstance(text, str) else text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp creates 0600; outputs are ordinary files
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def write_trig(path: Path, quads: Iterable[ox.Quad], prefixes: dict[str, str] = PREFIXES) -> None:
    """Write quads as TriG, atomically."""
    atomic_write(path, render_trig(quads, prefixes))


def write_turtle(path: Path, triples: Iterable[tuple], prefixes: dict[str, str] = PREFIXES) -> None:
    """Write triples as Turtle, atomically."""
    atomic_write(path, render_turtle(triples, prefixes))
