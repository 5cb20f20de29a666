"""The query catalogue (ontology/queries/*.rq): discovery, header parsing, and parameters bound as RDF terms.

Each catalogue file starts with a header comment::

    # title: Partnerships of an organisation
    # description: Every partnership the organisation takes part in, with ...
    #   (continuation lines start with '#' and two spaces or more)
    # param: org (iri) = organisation:huawei-technologies-pakistan ; the organisation to profile

A parameter is a variable of the query. Values given by the user are parsed as RDF terms of the
declared kind and bound with SPARQL substitution (embedded store) or a trailing VALUES clause
(remote stores) — never pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import DSRError, UnreadableInput
from .namespaces import PREFIXES, XSD
from .resources import ontology_files

__all__ = [
    "Param",
    "CatalogueQuery",
    "InvalidCatalogue",
    "UnknownQuery",
    "BadParameter",
    "catalogue",
    "resolve",
    "parse_header",
    "term_from_text",
    "term_to_sparql",
    "query_form",
    "with_prefixes",
    "bind_with_values",
    "keywords_in",
    "PARAM_KINDS",
]

PARAM_KINDS = ("iri", "string", "literal", "integer", "decimal", "date", "year")


class InvalidCatalogue(DSRError):
    """A catalogue query file has a malformed header or names an unknown parameter."""

    exit_code = 2


class UnknownQuery(DSRError):
    """No catalogue query or file has that name."""

    exit_code = 2


class BadParameter(DSRError):
    """A parameter value cannot be read as the RDF term its query declares, or is not a parameter."""

    exit_code = 2


@dataclass(frozen=True)
class Param:
    """A query parameter: a variable bound to an RDF term of a declared kind."""

    name: str
    kind: str
    default: str | None
    description: str


@dataclass
class CatalogueQuery:
    """A named SPARQL query with its documentation."""

    name: str
    title: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)
    source: str = ""  # where it came from: catalogue file name, a path, or "-e"

    @property
    def form(self) -> str:
        return query_form(self.text)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise BadParameter(f"query {self.name!r} has no parameter {name!r} (its parameters: {known})")

    def bindings(self, values: dict[str, str] | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Parameter values (given, else defaults) as RDF terms, keyed by variable name."""
        values = dict(values or {})
        out = {}
        for name in values:
            self.param(name)  # refuses unknown names
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None:
                raise BadParameter(f"query {self.name!r} needs --param {p.name}=… ({p.kind}: {p.description})")
            out[p.name] = term_from_text(raw, p.kind, what=f"parameter {p.name!r} of {self.name!r}")
        return out


_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*\((\w+)\)\s*(?:=\s*(.*?))?\s*;\s*(.+)$")
_VAR = r"[?$]{}\b"


def parse_header(text: str, name: str, source: str) -> CatalogueQuery:
    """Read a catalogue file's header; raise InvalidCatalogue naming the file and line when it is malformed."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    last = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            key, value = m.groups()
            if key == "param":
                p = _PARAM.match(value)
                if not p:
                    raise InvalidCatalogue(f"{source}:{number}: write a parameter as "
                                           "'# param: name (kind) = default ; description'")
                pname, kind, default, description = p.groups()
                if kind not in PARAM_KINDS:
                    raise InvalidCatalogue(f"{source}:{number}: parameter {pname!r} has unknown kind {kind!r}; "
                                           f"expected one of {', '.join(PARAM_KINDS)}")
                if not re.search(_VAR.format(re.escape(pname)), _strip_comments(text)):
                    raise InvalidCatalogue(f"{source}:{number}: parameter {pname!r} is not a variable of the query")
                if default is not None:
                    try:
                        term_from_text(default, kind, what=f"default of {pname!r}")
                    except BadParameter as exc:
                        raise InvalidCatalogue(f"{source}:{number}: {exc}") from None
                params.append(Param(pname, kind, default, description.strip()))
                last = None
            else:
                fields[key] = value.strip()
                last = key
        elif last and re.match(r"^#\s{2,}\S", line):
            fields[last] += " " + line[1:].strip()
    for key in ("title", "description"):
        if not fields.get(key):
            raise InvalidCatalogue(f"{source}:1: the header has no '# {key}:' line")
    return CatalogueQuery(name, fields["title"], fields["description"], text, params, source)


def catalogue() -> dict[str, CatalogueQuery]:
    """Every query of the installed catalogue, by name (the file name without .rq), sorted."""
    out = {}
    for f in ontology_files("queries"):
        name = f.name[: -len(".rq")]
        out[name] = parse_header(f.read_text(encoding="utf-8"), name, f"ontology/queries/{f.name}")
    return out


def resolve(name_or_path: str) -> CatalogueQuery:
    """A catalogue query by name, or a .rq file by path."""
    queries = catalogue()
    if name_or_path in queries:
        return queries[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise UnreadableInput(f"{path}: no such file")
        text = path.read_text(encoding="utf-8")
        if _HEADER.match(text.splitlines()[0] if text else ""):
            return parse_header(text, path.stem, str(path))
        return CatalogueQuery(path.stem, path.stem, f"query file {path}", text, [], str(path))
    import difflib

    close = difflib.get_close_matches(name_or_path, list(queries), n=3, cutoff=0.4)
    hint = f"; closest: {', '.join(close)}" if close else "; `dsr query --list` shows the catalogue"
    raise UnknownQuery(f"no catalogue query or .rq file named {name_or_path!r}{hint}")


# --------------------------------------------------------------------------------- terms

_PREFIXED = re.compile(r"^([A-Za-z][\w.-]*)?:([\w.-]*)$")
_LITERAL = re.compile(r'^"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?$', re.S)


def _iri(text: str, what: str) -> ox.NamedNode:
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    else:
        m = _PREFIXED.match(text)
        if m and m[1] in PREFIXES:
            text = PREFIXES[m[1]] + m[2]
        elif m and not re.match(r"^[a-z][a-z0-9+.-]*://", text):
            raise BadParameter(f"{what}: unknown prefix {m[1]!r} in {text!r}; known: {', '.join(PREFIXES)}")
    try:
        return ox.NamedNode(text)
    except ValueError as exc:
        raise BadParameter(f"{what}: {text!r} is not an IRI ({exc})") from None


def term_from_text(text: str, kind: str, what: str = "value") -> ox.NamedNode | ox.Literal:
    """Read a user's value as an RDF term of the given kind.

    ``iri`` accepts ``<http://…>``, a full IRI or a prefixed name (``organisation:huawei-technologies``);
    ``literal`` accepts Turtle-style literals (``"text"@en``, ``"5"^^xsd:integer``); ``string``,
    ``integer``, ``decimal``, ``date`` (YYYY-MM-DD) and ``year`` (YYYY, as xsd:gYear) take the bare value.
    """
    text = text.strip()
    if kind == "iri":
        return _iri(text, what)
    if kind == "string":
        return ox.Literal(text)
    checks = {
        "integer": (r"[+-]?\d+", XSD.integer),
        "decimal": (r"[+-]?(\d+(\.\d*)?|\.\d+)", XSD.decimal),
        "date": (r"\d{4}-\d{2}-\d{2}", XSD.date),
        "year": (r"\d{4}", XSD.gYear),
    }
    if kind in checks:
        pattern, datatype = checks[kind]
        if not re.fullmatch(pattern, text):
            raise BadParameter(f"{what}: {text!r} is not a valid {kind}")
        return ox.Literal(text, datatype=ox.NamedNode(str(datatype)))
    if kind == "literal":
        m = _LITERAL.match(text)
        if not m:
            return ox.Literal(text)
        value, lang, datatype = m.groups()
        if lang:
            return ox.Literal(value, language=lang)
        if datatype:
            return ox.Literal(value, datatype=_iri(datatype, what))
        return ox.Literal(value)
    raise BadParameter(f"{what}: unknown kind {kind!r}")


def term_to_sparql(term) -> str:
    """A term written in SPARQL syntax (for VALUES clauses sent to remote stores)."""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        escaped = term.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{escaped}"@{term.language}'
        return f'"{escaped}"^^<{term.datatype.value}>'
    raise TypeError(f"cannot bind {term!r}")


# --------------------------------------------------------------------------------- text

def _strip_comments(text: str) -> str:
    """The query text without comments, strings and IRIs, so keyword scans do not see inside them."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n and text[i:i + len(quote)] != quote:
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
            out.append(' "" ')
            continue
        if c == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:]):
            j = text.index(">", i)
            out.append(" <> ")
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


_KEYWORD = r"(?<![?$:\w]){}(?![\w:])"


def keywords_in(text: str, *words: str) -> list[str]:
    """Which of the SPARQL keywords appear in the query text (outside comments, strings and IRIs)."""
    bare = _strip_comments(text)
    return [w for w in words if re.search(_KEYWORD.format(w), bare, flags=re.I)]


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the form of the query (UNKNOWN if none is found)."""
    bare = _strip_comments(text)
    m = re.search(r"(?<![?$:\w])(SELECT|CONSTRUCT|DESCRIBE|ASK)(?![\w:])", bare, flags=re.I)
    return m[1].upper() if m else "UNKNOWN"


def with_prefixes(text: str) -> tuple[str, int]:
    """Prepend PREFIX lines for the standard prefixes the query uses but does not declare.

    Returns the text and how many lines were added (to correct error line numbers).
    """
    bare = _strip_comments(text)
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", bare, flags=re.I)}
    used = set(re.findall(r"(?<![\w?$<])([A-Za-z][\w.-]*):", bare))
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p in used and p.lower() not in declared]
    return ("\n".join(lines) + "\n" + text if lines else text), len(lines)


def bind_with_values(text: str, bindings: dict) -> str:
    """The query with a VALUES block binding the parameters, for stores that take no bindings.

    The block goes first inside the outermost WHERE group, so FILTERs of that group see the values,
    as they would with real bindings (a trailing VALUES clause joins only after the FILTERs). The
    terms are written in SPARQL syntax by :func:`term_to_sparql`; nothing the user typed is pasted.
    """
    if not bindings:
        return text
    names = sorted(bindings)
    block = ("VALUES (" + " ".join("?" + n for n in names) + ") { ("
             + " ".join(term_to_sparql(bindings[n]) for n in names) + ") }")
    bare = _strip_comments_keep_length(text)
    where = re.search(r"(?<![?$:\w])WHERE(?![\w:])", bare, flags=re.I)
    start = where.end() if where else re.search(r"(?<![?$:\w])(SELECT|ASK|DESCRIBE)(?![\w:])", bare, flags=re.I).end()
    brace = bare.index("{", start)
    return text[: brace + 1] + "\n  " + block + "\n" + text[brace + 1:]


def _strip_comments_keep_length(text: str) -> str:
    """Like _strip_comments, but blanks the text out in place so positions still match the original."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            while i < n and text[i] != "\n":
                out[i] = " "
                i += 1
            continue
        if c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and text[j:j + len(quote)] != quote:
                j += 2 if text[j] == "\\" else 1
            j = min(n, j + len(quote))
            for k in range(i, j):
                out[k] = " " if text[k] != "\n" else "\n"
            i = j
            continue
        if c == "<":
            m = re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:])
            if m:
                for k in range(i, i + m.end()):
                    out[k] = " "
                i += m.end()
                continue
        i += 1
    return "".join(out)
