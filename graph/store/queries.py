"""The query catalogue (ontology/queries/*.rq): discovery, header parsing, and parameters bound as RDF terms.

Each catalogue file starts with a header comment::

    # title: Partnerships of an organisation
    # description: Every partnership the organisation takes part in, with ...
    #   (continuation lines start with '#' and two spaces or more)
    # param: org (iri) = organisation:huawei-technologies-pakistan ; the organisation to profile

A parameter is a variable of the query. Values given by the user are parsed as RDF terms of the
declared kind and bound by a VALUES block at the start of the query's outermost WHERE group —
the same on the embedded store and on remote ones — never pasted into the query text as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ..errors import DSRError, UnreadableInput
from ..namespaces import PREFIXES, XSD
from ..resources import ontology_files

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
    "values_block",
    "PARAM_KINDS",
    "ENTITY_PARAM_KINDS",
    "adhoc_bindings",
    "strip_comments",
]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# "iri" and the entity kinds (organisation, country, area, partnership, programme, forum, source)
# take IRIs; with a graph to look in, the entity kinds also take names (see graph.store.names).
ENTITY_PARAM_KINDS = ("organisation", "country", "area", "partnership", "programme", "forum", "source")
PARAM_KINDS = ("iri", *ENTITY_PARAM_KINDS, "string", "literal", "integer", "decimal", "date", "year")


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

    def bindings(self, values: dict[str, str] | None = None, names=None,
                 resolved: list | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Parameter values (given, else defaults) as RDF terms, keyed by variable name.

        With ``names`` (a :class:`graph.store.names.NameResolver` of the graph the query will run on), a
        value given for an IRI parameter may be an id, a label, an alias or an ISO code, and an IRI
        that names nothing of the parameter's kind is refused; each value resolved from a name is
        appended to ``resolved`` as ``(parameter, text, Resolved)``.
        """
        values = dict(values or {})
        out = {}
        for name in values:
            self.param(name)  # refuses unknown names
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None:
                raise BadParameter(f"query {self.name!r} needs --param {p.name}=… ({p.kind}: {p.description})")
            what = f"parameter {p.name!r} of {self.name!r}"
            if names is not None and p.name in values and (p.kind == "iri" or p.kind in ENTITY_PARAM_KINDS):
                found = names.resolve(raw, p.kind, what=what)
                out[p.name] = found.term
                if resolved is not None and found.how != "IRI":
                    resolved.append((p.name, raw, found))
            else:
                out[p.name] = term_from_text(raw, p.kind, what=what)
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
                if not re.search(_VAR.format(re.escape(pname)), strip_comments(text)):
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


@lru_cache(maxsize=1)
def catalogue() -> dict[str, CatalogueQuery]:
    """Every query of the installed catalogue, by name (the file name without .rq), sorted.

    Read once per process; the dict is shared, so treat it as read-only.
    """
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
    if not re.match(r"^[a-z][a-z0-9+.-]*:", text, flags=re.I):
        raise BadParameter(f"{what}: {text!r} is not an IRI: give <https://…> or a prefixed name such as "
                           "organisation:zte-corporation")
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
    if kind == "iri" or kind in ENTITY_PARAM_KINDS:
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


def adhoc_bindings(values: dict) -> dict:
    """Parameters of a query that declares none (SPARQL text, ``-e``): RDF terms kept, text read as an
    IRI when it looks like one (``<…>`` or a prefixed name), else as a literal."""
    out = {}
    for name, value in values.items():
        if isinstance(value, str):
            iri_like = value.startswith("<") or (":" in value and " " not in value)
            value = term_from_text(value, "iri" if iri_like else "literal", what=f"parameter {name!r}")
        out[name] = value
    return out


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

def strip_comments(text: str) -> str:
    """The query text without comments, strings and IRIs, so keyword scans do not see inside them."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            while i < n and text[i] not in "\r\n":  # a comment ends at a line feed or a carriage return
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


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the form of the query (UNKNOWN if none is found)."""
    bare = strip_comments(text)
    m = re.search(r"(?<![?$:\w])(SELECT|CONSTRUCT|DESCRIBE|ASK)(?![\w:])", bare, flags=re.I)
    return m[1].upper() if m else "UNKNOWN"


def with_prefixes(text: str) -> tuple[str, int]:
    """Prepend PREFIX lines for the standard prefixes the query uses but does not declare.

    Returns the text and how many lines were added (to correct error line numbers).
    """
    bare = strip_comments(text)
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", bare, flags=re.I)}
    used = set(re.findall(r"(?<![\w?$<])([A-Za-z][\w.-]*):", bare))
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p in used and p.lower() not in declared]
    return ("\n".join(lines) + "\n" + text if lines else text), len(lines)


def _mask(text: str) -> str:
    """The text with comments, strings and IRIs blanked out, every character keeping its position."""
    out = list(text)
    i, n = 0, len(text)

    def blank(a: int, b: int) -> None:
        for k in range(a, min(b, n)):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and text[j:j + len(quote)] != quote:
                j += 2 if text[j] == "\\" else 1
            j += len(quote)
            blank(i, j)
            i = j
        elif c == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:]):
            j = text.index(">", i) + 1
            blank(i, j)
            i = j
        else:
            i += 1
    return "".join(out)


def _where_group(text: str) -> tuple[int, int] | None:
    """Positions of the braces of the query's outermost WHERE group, or None when it has none
    a VALUES block can go into (DESCRIBE without WHERE, CONSTRUCT WHERE { template })."""
    masked = _mask(text)
    depth, opens, pairs, where_at = 0, [], {}, None
    for m in re.finditer(r"[{}]|(?<![?$:\w])WHERE(?![\w:])", masked, flags=re.I):
        tok = m.group(0)
        if tok == "{":
            if depth == 0:
                opens.append(m.start())
            depth += 1
        elif tok == "}":
            depth -= 1
            if depth == 0 and opens:
                pairs[opens[-1]] = m.start()
            if depth < 0:
                return None
        elif depth == 0 and where_at is None:
            where_at = m.start()
    if depth != 0 or not opens:
        return None
    form = query_form(text)
    if where_at is not None:
        after = [o for o in opens if o > where_at]
        if form == "CONSTRUCT" and not [o for o in opens if o < where_at]:
            return None  # CONSTRUCT WHERE { … }: the group is also the template
        start = after[0] if after else None
    elif form == "CONSTRUCT":
        start = opens[1] if len(opens) > 1 else None
    else:
        start = opens[0]
    if start is None or start not in pairs:
        return None
    return start, pairs[start]


def _sparql_term(term) -> str:
    """A term in SPARQL syntax; simple literals without ^^xsd:string (RDF 1.0 stores, Virtuoso among
    them, do not match "x"^^xsd:string against a stored "x")."""
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value == XSD_STRING:
        return term_to_sparql(term)[: -len(f"^^<{XSD_STRING}>")]
    if isinstance(term, ox.BlankNode):
        raise BadParameter("a blank node cannot be a parameter value")
    return term_to_sparql(term)


def values_block(bindings: dict, trailing: bool = False) -> str:
    """``VALUES ?a { term } VALUES ?b { term }`` for variable name → RDF term.

    One single-variable block per parameter (the join of one-row tables is the one-row table):
    Virtuoso 7.2 fails to compile some queries with a multi-variable row (``Internal error:
    ssg_print_rvr_fixed_val(): no SPART_VARR_FIXED`` when a bound variable is a predicate).
    A trailing clause must be one block: ``VALUES (?a ?b) { (term term) }``.
    """
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise BadParameter(f"{name!r} is not a SPARQL variable name")
    if trailing:
        names = " ".join("?" + name for name in bindings)
        return f"VALUES ({names}) {{ ({' '.join(_sparql_term(t) for t in bindings.values())}) }}"
    return " ".join(f"VALUES ?{name} {{ {_sparql_term(term)} }}" for name, term in bindings.items())


def bind_with_values(text: str, bindings: dict | None) -> str:
    """The query with its parameters bound by VALUES blocks at the head of its outermost WHERE group.

    FILTERs of that group see the values, as they would with real bindings (a trailing VALUES clause
    joins only after the FILTERs), and the terms are written in SPARQL syntax by
    :func:`term_to_sparql` - nothing the user typed is pasted. A query whose WHERE group is a bare
    sub-SELECT gets the block beside it in a new group; one without a WHERE group a VALUES block can
    join (DESCRIBE <iri>, CONSTRUCT WHERE) gets a trailing VALUES clause.

    A query may instead say where its parameters belong with comment lines ``# @parameters``
    (inside sub-queries, say, where a binding from outside would arrive too late to narrow them);
    the blocks then replace every such line.
    """
    if not bindings:
        return text
    marker = re.compile(r"^[ \t]*# @parameters[ \t]*$", flags=re.M)
    if marker.search(text):
        block = values_block(bindings)
        return marker.sub(lambda _: "  " + block, text)
    group = _where_group(text)
    if group is None:
        return text.rstrip() + "\n" + values_block(bindings, trailing=True) + "\n"
    block = values_block(bindings)
    start, end = group
    inner = text[start + 1:end]
    if re.match(r"\s*SELECT(?![\w:])", _mask(inner), flags=re.I):
        return f"{text[:start + 1]} {block} {{{inner}}} {text[end:]}"
    return f"{text[:start + 1]} {block} {inner}{text[end:]}"
