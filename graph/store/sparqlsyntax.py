"""A SPARQL 1.1 Query parser that decides what a query may do before any engine sees it.

The endpoint, ``dsr query`` and ``kg.query`` refuse updates, ``LOAD`` and ``SERVICE`` (a query
must never make the server fetch a URL) and queries nested deeper than an engine can take. Such
decisions cannot rest on finding keywords in the text: comments end at a line feed *or* a
carriage return, strings come in four quotings with escapes, IRIs and prefixed names may contain
keywords. So the text is tokenised by the SPARQL 1.1 grammar's own terminals and parsed by its
productions (recursive descent, one function per production or group of productions), and the
decisions are read off the parse:

- the form (SELECT, CONSTRUCT, DESCRIBE, ASK), or an update operation (refused);
- every ``SERVICE`` pattern, wherever it is nested (in ``OPTIONAL``, ``EXISTS``, a sub-query…);
- the dataset clauses (``FROM``, ``FROM NAMED``);
- the prefixes used but not declared;
- the nesting depth, and the longest chain of patterns or operators at one level — Oxigraph's
  evaluation recurses over both and crashes the process (a native stack overflow, measured: ~1,000
  nested ``EXISTS``, ~5,000 nested groups, ~20,000 ``UNION`` branches or ``+`` operands), so a
  query beyond :data:`MAX_DEPTH` or :data:`MAX_CHAIN` is refused before evaluation.

Anything the parser does not accept is refused as a syntax error with line and column: what is
let through to the engine has been read completely, by the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import Forbidden, QuerySyntaxError, QueryTooComplex

__all__ = ["parse_query", "keywords", "UPDATE_KEYWORDS", "ParsedQuery", "SparqlSyntaxError", "QueryTooComplex", "MAX_DEPTH", "MAX_CHAIN",
           "MAX_TOKENS"]

MAX_DEPTH = 64        # nested groups, brackets, sub-queries, EXISTS, collections, paths
MAX_CHAIN = 2000      # patterns in one group, UNION branches, operands of one operator chain, path steps
MAX_TOKENS = 200_000  # tokens in the whole query


class SparqlSyntaxError(QuerySyntaxError):
    """The text is not a SPARQL 1.1 query (the message gives line and column)."""


@dataclass
class ParsedQuery:
    """What the parser learnt about a query."""

    form: str                                      # SELECT, CONSTRUCT, DESCRIBE or ASK
    services: list[tuple[int, int]] = field(default_factory=list)   # (line, column) of each SERVICE
    datasets: list[str] = field(default_factory=list)               # IRIs (or prefixed names) of FROM clauses
    undeclared: list[str] = field(default_factory=list)             # prefixes used, not declared
    depth: int = 0                                 # deepest nesting reached
    chain: int = 0                                 # longest chain at one level
    tokens: int = 0
    where_start: int = -1                          # offset of the outermost WHERE group's '{'


# -- tokens -------------------------------------------------------------------------------------------------

_PN_CHARS_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
                  "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PN_PREFIX = f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_LOCAL = (f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?")
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"\\[tbnrf\\\"']"

_TOKEN = re.compile("|".join([
    r"(?P<ws>[\x20\x09\x0D\x0A]+)",
    r"(?P<comment>#[^\r\n]*)",
    rf"(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)",
    rf"(?P<string>'''(?:(?!''')(?:[^'\\]|{_ECHAR}|{_UCHAR}|'))*'''"
    rf"|\"\"\"(?:(?!\"\"\")(?:[^\"\\]|{_ECHAR}|{_UCHAR}|\"))*\"\"\""
    rf"|'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'|\"(?:[^\"\\\n\r]|{_ECHAR}|{_UCHAR})*\")",
    rf"(?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)",
    rf"(?P<bnode>_:(?:[{_PN_CHARS_U}0-9])(?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)",
    rf"(?P<var>[?$](?:[{_PN_CHARS_U}0-9])(?:[{_PN_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040])*)",
    r"(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)",
    r"(?P<number>(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)"
    r"|[0-9]*\.[0-9]+|[0-9]+)",
    r"(?P<nil>\((?:[\x20\x09\x0D\x0A]|#[^\r\n]*)*\))",
    r"(?P<anon>\[(?:[\x20\x09\x0D\x0A]|#[^\r\n]*)*\])",
    rf"(?P<word>[{_PN_CHARS_BASE}_][{_PN_CHARS_U}0-9]*)",
    r"(?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\].,;*+\-/!^|=<>?])",
]))


@dataclass
class Token:
    kind: str      # iri, string, pname, bnode, var, langtag, number, nil, anon, word, punct, end
    text: str
    pos: int

    @property
    def upper(self) -> str:
        return self.text.upper()


def _tokens(text: str) -> list[Token]:
    out: list[Token] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise SparqlSyntaxError(f"SPARQL syntax error at {_where(text, pos)}: unexpected {text[pos]!r}")
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            out.append(Token(kind, m.group(), pos))
            if len(out) > MAX_TOKENS:
                raise QueryTooComplex(f"the query has more than {MAX_TOKENS:,} tokens")
        pos = m.end()
    out.append(Token("end", "", n))
    return out


def keywords(text: str) -> set[str]:
    """The keywords of a text that may not parse, read by the same terminals as the parser (an
    unreadable character is skipped): for queries in another store's dialect, which only that
    store can parse, so that updates and SERVICE are still found."""
    found, pos, n = set(), 0, len(text)
    while pos < n:
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            pos += 1
            continue
        if m.lastgroup == "word":
            found.add(m.group().upper())
        pos = m.end()
    return found


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + text.count("\r", 0, pos) - text.count("\r\n", 0, pos) + 1
    start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    return f"line {line}, column {pos - start + 1}"


# -- the grammar ----------------------------------------------------------------------------------------------

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
_UPDATES = UPDATE_KEYWORDS
_AGGREGATES = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"}
_BUILTINS = {
    "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR",
    "ROUND", "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS",
    "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW",
    "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE", "IF", "STRLANG", "STRDT",
    "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SUBSTR", "REPLACE",
    # SPARQL 1.2 / RDF-star functions Oxigraph accepts
    "TRIPLE", "SUBJECT", "PREDICATE", "OBJECT", "ISTRIPLE", "LANGDIR", "HASLANG", "HASLANGDIR", "STRLANGDIR",
    "ADJUST",
} | _AGGREGATES
_PATTERN_KEYWORDS = {"OPTIONAL", "MINUS", "GRAPH", "SERVICE", "FILTER", "BIND", "VALUES"}


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.toks = _tokens(text)
        self.i = 0
        self.depth = 0
        self.result = ParsedQuery(form="")
        self.declared: set[str] = set()
        self.used: list[str] = []

    # -- helpers --
    @property
    def tok(self) -> Token:
        return self.toks[self.i]

    def peek(self, k: int = 1) -> Token:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def fail(self, expected: str, tok: Token | None = None):
        tok = tok or self.tok
        found = "the end of the query" if tok.kind == "end" else repr(tok.text[:40])
        raise SparqlSyntaxError(f"SPARQL syntax error at {_where(self.text, tok.pos)}: expected {expected}, "
                                f"found {found}")

    def is_word(self, *words: str) -> bool:
        return self.tok.kind == "word" and self.tok.upper in words

    def is_punct(self, *puncts: str) -> bool:
        return self.tok.kind == "punct" and self.tok.text in puncts

    def take_word(self, *words: str) -> Token:
        if not self.is_word(*words):
            self.fail(" or ".join(words))
        return self.next()

    def take_punct(self, p: str) -> Token:
        if not self.is_punct(p):
            self.fail(repr(p))
        return self.next()

    def next(self) -> Token:
        tok = self.tok
        self.i += 1
        return tok

    def enter(self) -> None:
        self.depth += 1
        self.result.depth = max(self.result.depth, self.depth)
        if self.depth > MAX_DEPTH:
            raise QueryTooComplex(f"the query nests deeper than {MAX_DEPTH} levels (at {_where(self.text, self.tok.pos)}); "
                                  "such queries can crash the engine")

    def leave(self) -> None:
        self.depth -= 1

    def count(self, n: int) -> None:
        self.result.chain = max(self.result.chain, n)
        if n > MAX_CHAIN:
            raise QueryTooComplex(f"the query chains more than {MAX_CHAIN} patterns or operands at one level "
                                  f"(at {_where(self.text, self.tok.pos)}); such queries can crash the engine")

    def pname(self) -> Token:
        tok = self.next()
        prefix = tok.text.split(":", 1)[0]
        if prefix not in self.declared and prefix not in self.used:
            self.used.append(prefix)
        return tok

    # -- query --
    def query(self) -> ParsedQuery:
        self.prologue()
        if self.tok.kind == "word" and self.tok.upper in _UPDATES:
            raise_update(self.text, self.tok)
        if self.is_word("SELECT"):
            self.result.form = "SELECT"
            self.select_clause()
            self.dataset_clauses()
            self.where_clause()
            self.solution_modifier()
        elif self.is_word("CONSTRUCT"):
            self.result.form = "CONSTRUCT"
            self.next()
            if self.is_punct("{"):
                self.triples_template("construct template")
                self.dataset_clauses()
                self.where_clause()
            else:
                self.dataset_clauses()
                self.take_word("WHERE")
                self.triples_template("WHERE template")
            self.solution_modifier()
        elif self.is_word("DESCRIBE"):
            self.result.form = "DESCRIBE"
            self.next()
            if self.is_punct("*"):
                self.next()
            else:
                self.var_or_iri()
                while self.tok.kind in ("var", "iri", "pname"):
                    self.var_or_iri()
            self.dataset_clauses()
            if self.is_word("WHERE") or self.is_punct("{"):
                self.where_clause()
            self.solution_modifier()
        elif self.is_word("ASK"):
            self.result.form = "ASK"
            self.next()
            self.dataset_clauses()
            self.where_clause()
            self.solution_modifier()
        else:
            self.fail("SELECT, CONSTRUCT, DESCRIBE or ASK")
        if self.is_word("VALUES"):
            self.next()
            self.data_block()
        if self.tok.kind != "end":
            self.fail("the end of the query")
        self.result.undeclared = [p for p in self.used if p not in self.declared]
        self.result.tokens = len(self.toks) - 1
        return self.result

    def prologue(self) -> None:
        while True:
            if self.is_word("BASE"):
                self.next()
                self.iriref()
            elif self.is_word("PREFIX"):
                self.next()
                tok = self.tok
                if tok.kind != "pname" or not tok.text.endswith(":") or tok.text.count(":") != 1:
                    self.fail("a prefix name ending in ':'")
                self.next()
                self.declared.add(tok.text[:-1])
                self.iriref()
            else:
                return

    def iriref(self) -> Token:
        if self.tok.kind != "iri":
            self.fail("an IRI in <…>")
        return self.next()

    def iri(self) -> Token:
        if self.tok.kind == "iri":
            return self.next()
        if self.tok.kind == "pname":
            return self.pname()
        self.fail("an IRI")

    def select_clause(self) -> None:
        self.take_word("SELECT")
        if self.is_word("DISTINCT", "REDUCED"):
            self.next()
        if self.is_punct("*"):
            self.next()
            return
        n = 0
        while True:
            if self.tok.kind == "var":
                self.next()
            elif self.is_punct("("):
                self.enter()
                self.next()
                self.expression()
                self.take_word("AS")
                self.var()
                self.take_punct(")")
                self.leave()
            else:
                break
            n += 1
            self.count(n)
        if n == 0:
            self.fail("variables, (expression AS ?var) or *")

    def var(self) -> Token:
        if self.tok.kind != "var":
            self.fail("a variable")
        return self.next()

    def var_or_iri(self) -> Token:
        if self.tok.kind == "var":
            return self.next()
        return self.iri()

    def dataset_clauses(self) -> None:
        while self.is_word("FROM"):
            self.next()
            if self.is_word("NAMED"):
                self.next()
            self.result.datasets.append(self.iri().text)

    def where_clause(self) -> None:
        if self.is_word("WHERE"):
            self.next()
        if not self.is_punct("{"):
            self.fail("'{' (the WHERE clause)")
        if self.result.where_start < 0 and self.depth == 0:
            self.result.where_start = self.tok.pos
        self.group_graph_pattern()

    def solution_modifier(self) -> None:
        if self.is_word("GROUP"):
            self.next()
            self.take_word("BY")
            n = 0
            while True:
                if self.tok.kind == "var":
                    self.next()
                elif self.is_punct("("):
                    self.enter()
                    self.next()
                    self.expression()
                    if self.is_word("AS"):
                        self.next()
                        self.var()
                    self.take_punct(")")
                    self.leave()
                elif self.starts_call():
                    self.call()
                else:
                    break
                n += 1
                self.count(n)
            if n == 0:
                self.fail("a grouping condition")
        if self.is_word("HAVING"):
            self.next()
            n = 0
            while self.is_punct("(") or self.starts_call():
                self.constraint()
                n += 1
                self.count(n)
            if n == 0:
                self.fail("a HAVING condition")
        if self.is_word("ORDER"):
            self.next()
            self.take_word("BY")
            n = 0
            while True:
                if self.is_word("ASC", "DESC"):
                    self.next()
                    self.bracketted()
                elif self.tok.kind == "var":
                    self.next()
                elif self.is_punct("(") or self.starts_call():
                    self.constraint()
                else:
                    break
                n += 1
                self.count(n)
            if n == 0:
                self.fail("an ORDER BY condition")
        for _ in range(2):
            if self.is_word("LIMIT", "OFFSET"):
                self.next()
                if self.tok.kind != "number" or not self.tok.text.isdigit():
                    self.fail("a whole number")
                self.next()

    # -- graph patterns --
    def group_graph_pattern(self) -> None:
        self.enter()
        self.take_punct("{")
        if self.is_word("SELECT"):
            self.select_clause()
            self.where_clause()
            self.solution_modifier()
            if self.is_word("VALUES"):
                self.next()
                self.data_block()
        else:
            n = 0
            while not self.is_punct("}"):
                if self.tok.kind == "word" and self.tok.upper in _PATTERN_KEYWORDS:
                    self.pattern_not_triples()
                elif self.is_punct("{"):
                    self.group_or_union()
                elif self.is_punct("."):
                    self.next()
                    continue
                elif self.tok.kind == "end":
                    self.fail("'}'")
                else:
                    self.triples_same_subject(path=True)
                n += 1
                self.count(n)
        self.take_punct("}")
        self.leave()

    def group_or_union(self) -> None:
        self.group_graph_pattern()
        n = 1
        while self.is_word("UNION"):
            self.next()
            self.group_graph_pattern()
            n += 1
            self.count(n)

    def pattern_not_triples(self) -> None:
        word = self.tok.upper
        if word in ("OPTIONAL", "MINUS"):
            self.next()
            self.group_graph_pattern()
        elif word == "GRAPH":
            self.next()
            self.var_or_iri()
            self.group_graph_pattern()
        elif word == "SERVICE":
            tok = self.next()
            line, col = (int(x) for x in re.findall(r"\d+", _where(self.text, tok.pos)))
            self.result.services.append((line, col))
            if self.is_word("SILENT"):
                self.next()
            self.var_or_iri()
            self.group_graph_pattern()
        elif word == "FILTER":
            self.next()
            self.constraint()
        elif word == "BIND":
            self.next()
            self.enter()
            self.take_punct("(")
            self.expression()
            self.take_word("AS")
            self.var()
            self.take_punct(")")
            self.leave()
        elif word == "VALUES":
            self.next()
            self.data_block()

    def data_block(self) -> None:
        if self.tok.kind == "var":
            self.next()
            self.take_punct("{")
            while not self.is_punct("}"):
                self.data_value()
            self.next()
            return
        width = 0
        if self.tok.kind == "nil":
            self.next()
        else:
            self.take_punct("(")
            while self.tok.kind == "var":
                self.next()
                width += 1
            self.take_punct(")")
        self.take_punct("{")
        while not self.is_punct("}"):
            if self.tok.kind == "nil":
                self.next()
                continue
            self.take_punct("(")
            while not self.is_punct(")"):
                self.data_value()
            self.next()
        self.next()

    def data_value(self) -> None:
        if self.is_word("UNDEF"):
            self.next()
        elif self.tok.kind in ("iri", "pname"):
            self.iri()
        else:
            self.literal()

    def literal(self) -> None:
        tok = self.tok
        if tok.kind == "string":
            self.next()
            if self.tok.kind == "langtag":
                self.next()
            elif self.is_punct("^^"):
                self.next()
                self.iri()
        elif tok.kind == "number":
            self.next()
        elif self.is_punct("+", "-") and self.peek().kind == "number":
            self.next()
            self.next()
        elif self.is_word("TRUE", "FALSE"):
            self.next()
        else:
            self.fail("an IRI, a literal or UNDEF")

    def triples_template(self, what: str) -> None:
        self.enter()
        self.take_punct("{")
        n = 0
        while not self.is_punct("}"):
            if self.is_punct("."):
                self.next()
                continue
            if self.tok.kind == "end":
                self.fail("'}'")
            self.triples_same_subject(path=False)
            n += 1
            self.count(n)
        self.next()
        self.leave()

    def triples_same_subject(self, path: bool) -> None:
        if self.is_punct("[") or self.is_punct("("):
            self.triples_node(path)
            if not (self.is_punct(".", "}") or self.tok.kind == "end" or self.is_word(*_PATTERN_KEYWORDS)):
                self.property_list(path)
        else:
            self.var_or_term()
            self.property_list(path)

    def property_list(self, path: bool) -> None:
        n = 0
        while True:
            self.verb(path)
            self.object_list(path)
            n += 1
            self.count(n)
            if not self.is_punct(";"):
                return
            while self.is_punct(";"):
                self.next()
            if self.is_punct(".", "}", "]") or self.tok.kind == "end" or self.is_word(*_PATTERN_KEYWORDS):
                return

    def verb(self, path: bool) -> None:
        if self.tok.kind == "var":
            self.next()
        elif path:
            self.path()
        elif self.is_word("A") and self.tok.text == "a":
            self.next()
        else:
            self.iri()

    def object_list(self, path: bool) -> None:
        n = 0
        while True:
            self.graph_node(path)
            n += 1
            self.count(n)
            if self.is_punct("{") and self.peek().is_punct_like("|"):  # annotations (RDF 1.2): not supported
                self.fail("'.', ';' or ','")
            if not self.is_punct(","):
                return
            self.next()

    def graph_node(self, path: bool) -> None:
        if self.is_punct("[") or self.is_punct("("):
            self.triples_node(path)
        else:
            self.var_or_term()

    def triples_node(self, path: bool) -> None:
        self.enter()
        if self.is_punct("["):
            self.next()
            self.property_list(path)
            self.take_punct("]")
        else:
            self.take_punct("(")
            n = 0
            while not self.is_punct(")"):
                if self.tok.kind == "end":
                    self.fail("')'")
                self.graph_node(path)
                n += 1
                self.count(n)
            self.next()
            if n == 0:
                self.fail("a collection member")
        self.leave()

    def var_or_term(self) -> None:
        tok = self.tok
        if tok.kind in ("var", "bnode", "nil", "anon"):
            self.next()
        elif tok.kind in ("iri", "pname"):
            self.iri()
        elif self.is_punct("<") and self.peek().is_punct_like("<"):
            self.quoted_triple()
        else:
            self.literal()

    def quoted_triple(self) -> None:  # << s p o >> (RDF-star), as Oxigraph accepts it
        self.enter()
        self.next()
        self.next()
        self.var_or_term()
        self.verb(path=False)
        self.var_or_term()
        self.take_punct(">")
        self.take_punct(">")
        self.leave()

    # -- property paths --
    def path(self) -> None:
        self._chain(self.path_sequence, ("|",))

    def path_sequence(self) -> None:
        self._chain(self.path_elt_or_inverse, ("/",))

    def path_elt_or_inverse(self) -> None:
        if self.is_punct("^"):
            self.next()
        self.path_primary()
        if self.is_punct("?", "*", "+"):
            self.next()

    def path_primary(self) -> None:
        if self.tok.kind in ("iri", "pname"):
            self.iri()
        elif self.tok.kind == "word" and self.tok.text == "a":
            self.next()
        elif self.is_punct("!"):
            self.next()
            if self.is_punct("("):
                self.next()
                n = 0
                while not self.is_punct(")"):
                    if n:
                        self.take_punct("|")
                    self.path_one_in_set()
                    n += 1
                    self.count(n)
                self.next()
            else:
                self.path_one_in_set()
        elif self.is_punct("("):
            self.enter()
            self.next()
            self.path()
            self.take_punct(")")
            self.leave()
        else:
            self.fail("a property path")

    def path_one_in_set(self) -> None:
        if self.is_punct("^"):
            self.next()
        if self.tok.kind == "word" and self.tok.text == "a":
            self.next()
        else:
            self.iri()

    # -- expressions --
    def constraint(self) -> None:
        if self.is_punct("("):
            self.bracketted()
        elif self.starts_call():
            self.call()
        else:
            self.fail("'(', a function or a built-in call")

    def bracketted(self) -> None:
        self.enter()
        self.take_punct("(")
        self.expression()
        self.take_punct(")")
        self.leave()

    def starts_call(self) -> bool:
        tok = self.tok
        if tok.kind == "word":
            return tok.upper in _BUILTINS or tok.upper in ("EXISTS", "NOT") and (
                tok.upper == "EXISTS" or self.peek().kind == "word" and self.peek().upper == "EXISTS")
        return tok.kind in ("iri", "pname") and (self.peek().text == "(" or self.peek().kind == "nil")

    def call(self) -> None:
        tok = self.tok
        if tok.kind == "word" and tok.upper == "NOT":
            self.next()
            self.take_word("EXISTS")
            self.group_graph_pattern()
            return
        if tok.kind == "word" and tok.upper == "EXISTS":
            self.next()
            self.group_graph_pattern()
            return
        if tok.kind == "word":
            self.next()
        else:
            self.iri()
        self.arg_list(aggregate=tok.kind == "word" and tok.upper in _AGGREGATES or tok.kind != "word")

    def arg_list(self, aggregate: bool) -> None:
        if self.tok.kind == "nil":
            self.next()
            return
        self.enter()
        self.take_punct("(")
        if aggregate and self.is_word("DISTINCT"):
            self.next()
        if aggregate and self.is_punct("*"):
            self.next()
        else:
            self._chain(self.expression, (",",))
        if self.is_punct(";"):
            self.next()
            self.take_word("SEPARATOR")
            self.take_punct("=")
            if self.tok.kind != "string":
                self.fail("a string")
            self.next()
        self.take_punct(")")
        self.leave()

    def expression(self) -> None:
        self._chain(self._and, ("||",))

    def _and(self) -> None:
        self._chain(self._relational, ("&&",))

    def _chain(self, operand, operators) -> None:
        """operand (operator operand)*, the length of the chain counted against the limits."""
        operand()
        n = 1
        while self.is_punct(*operators):
            self.next()
            operand()
            n += 1
            self.count(n)

    def _relational(self) -> None:
        self._additive()
        if self.is_punct("=", "!=", "<", ">", "<=", ">="):
            self.next()
            self._additive()
        elif self.is_word("IN") or (self.is_word("NOT") and self.peek().kind == "word" and self.peek().upper == "IN"):
            if self.is_word("NOT"):
                self.next()
            self.next()
            if self.tok.kind == "nil":
                self.next()
                return
            self.enter()
            self.take_punct("(")
            self._chain(self.expression, (",",))
            self.take_punct(")")
            self.leave()

    def _additive(self) -> None:
        self._multiplicative()
        n = 1
        while self.is_punct("+", "-") or (self.tok.kind == "number" and self.tok.text[0] in "+-"):
            self.next()
            self._multiplicative()
            n += 1
            self.count(n)

    def _multiplicative(self) -> None:
        self._chain(self._unary, ("*", "/"))

    def _unary(self) -> None:
        if self.is_punct("!", "+", "-"):
            self.next()
        self._primary()

    def _primary(self) -> None:
        tok = self.tok
        if self.is_punct("("):
            self.bracketted()
        elif self.starts_call():
            self.call()
        elif tok.kind in ("iri", "pname"):
            self.iri()
        elif tok.kind == "var":
            self.next()
        elif self.is_punct("<") and self.peek().is_punct_like("<"):
            self.quoted_triple()
        else:
            self.literal()


def _is_punct_like(self: Token, text: str) -> bool:
    return self.kind == "punct" and self.text == text


Token.is_punct_like = _is_punct_like  # small helper the parser uses on look-ahead tokens


def raise_update(text: str, tok: Token):
    what = "LOAD" if tok.upper == "LOAD" else f"SPARQL Update ({tok.upper})"
    raise Forbidden(f"{what} is not allowed (at {_where(text, tok.pos)}): the graph is read-only and this "
                    "engine never fetches from other servers")


def parse_query(text: str) -> ParsedQuery:
    """Parse a SPARQL 1.1 query (Oxigraph's RDF-star additions included) and report what it does.

    Raises
    ------
    SparqlSyntaxError
        When the text is not a query (line and column given).
    graph.errors.Forbidden
        When it is an update or LOAD.
    QueryTooComplex
        When it nests deeper than :data:`MAX_DEPTH`, chains more than :data:`MAX_CHAIN`, or has more
        than :data:`MAX_TOKENS` tokens.

    Examples
    --------
    >>> q = parse_query("SELECT * WHERE { # note\\rSERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    >>> q.form, q.services
    ('SELECT', [(2, 1)])
    >>> parse_query("ASK { ?s a dsr:MoU ; ex:p 'SERVICE' }").undeclared, parse_query("ASK {}").services
    (['dsr', 'ex'], [])
    """
    return _Parser(text).query()
