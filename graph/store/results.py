"""Query results and their formats: the W3C SPARQL 1.1 result formats, text tables, and RDF for graphs.

SELECT and ASK results are written as SPARQL Query Results JSON, XML, CSV or TSV (W3C
Recommendations of 2013), or as a plain-text or Markdown table; CONSTRUCT and DESCRIBE results
as Turtle, JSON-LD or N-Triples.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from .cells import safe_cell
from ..errors import DSRError
from ..namespaces import PREFIXES
from .rdfio import render_turtle

__all__ = ["QueryResult", "UnknownFormat", "SELECT_FORMATS", "GRAPH_FORMATS", "MEDIA_TYPES", "python_value"]

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml", "md")
GRAPH_FORMATS = ("turtle", "json-ld", "n-triples")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "json-ld": "application/ld+json",
    "n-triples": "application/n-triples",
}
XSD = "http://www.w3.org/2001/XMLSchema#"


class UnknownFormat(DSRError):
    """The result format is not one this kind of query can be written in."""

    exit_code = 2


def python_value(term):
    """A term as a plain Python value: IRIs and strings as str, numbers as int/float/Decimal, booleans as bool."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        try:
            if dt in (XSD + "integer", XSD + "int", XSD + "long", XSD + "nonNegativeInteger"):
                return int(term.value)
            if dt == XSD + "decimal":
                return Decimal(term.value)
            if dt in (XSD + "double", XSD + "float"):
                return float(term.value)
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            pass
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            local = term.value[len(ns):]
            if term.value.startswith(ns) and local and "/" not in local and "#" not in local:
                return f"{prefix}:{local}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


@dataclass
class QueryResult:
    """The answer to a query: rows of a SELECT, the truth of an ASK, or the triples of a CONSTRUCT/DESCRIBE.

    Rows are tuples of pyoxigraph terms (None where unbound), in the order of ``variables``.
    """

    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.triples) if self.is_graph else len(self.rows)

    def __iter__(self):
        """Rows as dicts of variable → term (unbound variables left out), or triples."""
        if self.is_graph:
            return iter(self.triples)
        return ({v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.form == "ASK" else len(self) > 0

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")

    def values(self) -> list[tuple]:
        """Rows as tuples of plain Python values."""
        return [tuple(python_value(t) for t in row) for row in self.rows]

    def to_dataframe(self):
        """The rows as a pandas DataFrame of plain values (pandas must be installed)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_dataframe needs pandas: pip install pandas") from exc
        if self.is_graph:
            return pd.DataFrame([(t.subject.value, t.predicate.value, python_value(t.object)) for t in self.triples],
                                columns=["subject", "predicate", "object"])
        if self.form == "ASK":
            return pd.DataFrame({"boolean": [self.boolean]})
        return pd.DataFrame(self.values(), columns=self.variables)

    # ------------------------------------------------------------------ formats

    def formats(self) -> tuple[str, ...]:
        return GRAPH_FORMATS if self.is_graph else SELECT_FORMATS

    def serialize(self, fmt: str) -> bytes:
        """The result in a format of :data:`SELECT_FORMATS` or :data:`GRAPH_FORMATS`."""
        if fmt not in self.formats():
            kind = "CONSTRUCT/DESCRIBE" if self.is_graph else "SELECT/ASK"
            raise UnknownFormat(f"format {fmt!r} does not fit a {kind} result; use one of {', '.join(self.formats())}")
        return getattr(self, "_" + fmt.replace("-", "_"))()

    def _json(self) -> bytes:
        if self.form == "ASK":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)}).encode()
        bindings = []
        for row in self.rows:
            b = {}
            for var, term in zip(self.variables, row):
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    b[var] = {"type": "uri", "value": term.value}
                elif isinstance(term, ox.BlankNode):
                    b[var] = {"type": "bnode", "value": term.value}
                else:
                    b[var] = {"type": "literal", "value": term.value}
                    if term.language:
                        b[var]["xml:lang"] = term.language
                    elif term.datatype and term.datatype.value != XSD + "string":
                        b[var]["datatype"] = term.datatype.value
            bindings.append(b)
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")

    def _xml(self) -> bytes:
        out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "  <head>"]
        out += [f"    <variable name={quoteattr(v)}/>" for v in self.variables]
        out.append("  </head>")
        if self.form == "ASK":
            out.append(f"  <boolean>{'true' if self.boolean else 'false'}</boolean>")
        else:
            out.append("  <results>")
            for row in self.rows:
                out.append("    <result>")
                for var, term in zip(self.variables, row):
                    if term is None:
                        continue
                    if isinstance(term, ox.NamedNode):
                        inner = f"<uri>{xml_escape(term.value)}</uri>"
                    elif isinstance(term, ox.BlankNode):
                        inner = f"<bnode>{xml_escape(term.value)}</bnode>"
                    elif term.language:
                        inner = f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
                    elif term.datatype and term.datatype.value != XSD + "string":
                        inner = f"<literal datatype={quoteattr(term.datatype.value)}>{xml_escape(term.value)}</literal>"
                    else:
                        inner = f"<literal>{xml_escape(term.value)}</literal>"
                    out.append(f"      <binding name={quoteattr(var)}>{inner}</binding>")
                out.append("    </result>")
            out.append("  </results>")
        out.append("</sparql>")
        return ("\n".join(out) + "\n").encode("utf-8")

    def _ask_rows(self):
        return (["boolean"], [(ox.Literal("true" if self.boolean else "false"),)]) if self.form == "ASK" else (
            self.variables, self.rows)

    def _csv(self) -> bytes:
        # SPARQL 1.1 CSV: plain values; blank nodes as _:label; CRLF line ends
        variables, rows = self._ask_rows()
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if t is None else ("_:" + t.value if isinstance(t, ox.BlankNode) else safe_cell(t.value))
                             for t in row])
        return buf.getvalue().encode("utf-8")

    def _tsv(self) -> bytes:
        # SPARQL 1.1 TSV: variables with '?', terms in Turtle/SPARQL syntax
        variables, rows = self._ask_rows()
        lines = ["\t".join("?" + v for v in variables)]
        for row in rows:
            lines.append("\t".join("" if t is None else safe_cell(str(t).replace("\t", "\\t").replace("\n", "\\n"))
                                   for t in row))
        return ("\n".join(lines) + "\n").encode("utf-8")

    def _cells(self) -> tuple[list[str], list[list[str]]]:
        variables, rows = self._ask_rows()
        return variables, [[_short(t) for t in row] for row in rows]

    def _table(self) -> bytes:
        variables, cells = self._cells()
        widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
        line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
        out = [line(variables), line(["-" * w for w in widths])] + [line(r) for r in cells]
        out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return ("\n".join(out) + "\n").encode("utf-8")

    def _md(self) -> bytes:
        variables, cells = self._cells()
        esc = lambda s: s.replace("|", "\\|").replace("\n", " ")  # noqa: E731
        out = ["| " + " | ".join(variables) + " |", "|" + "|".join("---" for _ in variables) + "|"]
        out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in cells]
        return ("\n".join(out) + "\n").encode("utf-8")

    def _turtle(self) -> bytes:
        return render_turtle({(t.subject, t.predicate, t.object) for t in self.triples}).encode("utf-8")

    def _json_ld(self) -> bytes:
        return ox.serialize(sorted(self.triples, key=str), format=ox.RdfFormat.JSON_LD) or b"[]"

    def _n_triples(self) -> bytes:
        return "".join(sorted(f"{t} .\n" for t in self.triples)).encode("utf-8")
