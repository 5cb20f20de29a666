"""A SHACL Core engine on the store the build already holds: the shapes' findings, many times faster.

pySHACL copies the whole graph into rdflib and walks it node by node in Python; at a few hundred
thousand statements that takes minutes. This engine reads the shapes once, asks the store (Oxigraph)
for the values of each property the shapes name — one query per property, over the merge of all
graphs — and checks the constraints on those maps. It reports what pySHACL reports: one result per
failing value (per focus node for counts), with the focus node, path, value, the shape's message,
its severity and the source shape, and, where a value fails an ``sh:node`` shape, that value's own
findings too (pySHACL's details); the test suite runs both on data that breaks every shape and
compares the findings. One difference is deliberate: a date, year-month or year whose lexical form
is impossible ("2024-13" as a year-month) fails its datatype here, where rdflib lets it pass.

It implements the parts of SHACL Core the project's shapes use — targets by class (with
subclasses) and by subjects of a property; predicate, alternative and one-or-more paths; the
constraints class, datatype (with the literal's lexical form checked), in, pattern, minInclusive,
maxInclusive, nodeKind, hasValue, node, or, minCount, maxCount and qualifiedValueShape with
qualifiedMinCount. A shape that uses anything else raises :class:`Unsupported`, and
:func:`graph.validate.validate` then falls back on pySHACL.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection

__all__ = ["Unsupported", "Finding", "ShapesEngine"]

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"

_KNOWN = {SH.path, SH.property, SH.targetClass, SH.targetSubjectsOf, SH.message, SH.name, SH.description,
          SH.severity, SH["class"], SH.datatype, SH["in"], SH.pattern, SH.minInclusive, SH.maxInclusive,
          SH.nodeKind, SH.hasValue, SH.node, SH["or"], SH.minCount, SH.maxCount, SH.qualifiedValueShape,
          SH.qualifiedMinCount, SH.order, SH.group, rdflib.RDF.type, rdflib.RDFS.label, rdflib.RDFS.comment}


class Unsupported(Exception):
    """A shape uses a part of SHACL this engine does not implement."""


# --------------------------------------------------------------------------- literals

_TZ = r"(Z|[+-](0\d|1[0-4]):[0-5]\d)?"
_LEXICAL = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    XSD + "gYear": re.compile(r"-?\d{4,}" + _TZ),
    XSD + "gYearMonth": re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])" + _TZ),
    XSD + "date": re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)" + _TZ),
}
_NUMERIC = {XSD + "integer", XSD + "decimal", XSD + "double", XSD + "float", XSD + "int", XSD + "long",
            XSD + "nonNegativeInteger", XSD + "positiveInteger"}


def well_formed(lit: ox.Literal) -> bool:
    """Whether a literal's lexical form is valid for its datatype (for the datatypes the shapes use)."""
    rule = _LEXICAL.get(lit.datatype.value)
    if rule is None:
        return True
    m = rule.fullmatch(lit.value)
    if m is None:
        return False
    if lit.datatype.value == XSD + "date":
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            dt.date(min(max(abs(year), 1), 9999) if year else 2000, month, day)  # year 0 aside: the day exists
        except ValueError:
            return False
        if year == 0:
            return False
    return True


def _number(term) -> Decimal | None:
    if not isinstance(term, ox.Literal) or term.datatype.value not in _NUMERIC or not well_formed(term):
        return None
    try:
        value = Decimal(term.value.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# --------------------------------------------------------------------------- shapes

@dataclass
class Shape:
    node: rdflib.term.Node
    path: tuple | None = None  # ("p", iri) | ("alt", [paths]) | ("plus", path)
    messages: tuple[str, ...] = ()
    severity: str = "Violation"
    targets: list[tuple[str, str]] = field(default_factory=list)  # ("class", iri) | ("subjects", iri)
    value_checks: list[tuple[str, object]] = field(default_factory=list)  # constraints on each value node
    counts: list[tuple[str, object]] = field(default_factory=list)  # constraints on the set of values
    properties: list["Shape"] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """One result, in pySHACL's terms (sh:focusNode, sh:resultPath, sh:value, sh:resultMessage…)."""

    focus: object  # a pyoxigraph term
    path: rdflib.term.Node | None  # the path as written in the shapes graph
    value: object  # a pyoxigraph term, or None
    messages: tuple[str, ...]
    severity: str
    shape: rdflib.term.Node


def _ox(term: rdflib.term.Node):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD + "string")))
    raise Unsupported(f"a blank node as a constraint value: {term!r}")


class ShapesEngine:
    """The shapes of one shapes graph, compiled once; :meth:`run` checks a store against them."""

    def __init__(self, shapes: rdflib.Graph):
        self.graph = shapes
        self._shapes: dict[rdflib.term.Node, Shape] = {}
        roots = set(shapes.subjects(SH.targetClass, None)) | set(shapes.subjects(SH.targetSubjectsOf, None))
        self.roots = [self._shape(n) for n in sorted(roots, key=str)]

    # ----- reading the shapes graph
    def _list(self, node) -> list:
        return list(Collection(self.graph, node))

    def _path(self, node) -> tuple:
        g = self.graph
        if isinstance(node, rdflib.URIRef):
            return ("p", str(node))
        alt = g.value(node, SH.alternativePath)
        if alt is not None:
            return ("alt", [self._path(x) for x in self._list(alt)])
        plus = g.value(node, SH.oneOrMorePath)
        if plus is not None:
            return ("plus", self._path(plus))
        raise Unsupported(f"a path of a kind this engine does not know: {node!r}")

    def _shape(self, node) -> Shape:
        if node in self._shapes:
            return self._shapes[node]
        g = self.graph
        shape = Shape(node)
        self._shapes[node] = shape
        for p in set(g.predicates(node, None)):
            if p not in _KNOWN:
                raise Unsupported(f"{p} in shape {node}")
        path = g.value(node, SH.path)
        shape.path = self._path(path) if path is not None else None
        shape.messages = tuple(sorted(str(m) for m in g.objects(node, SH.message)))
        sev = g.value(node, SH.severity)
        shape.severity = str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"
        shape.targets = ([("class", str(c)) for c in sorted(g.objects(node, SH.targetClass), key=str)]
                         + [("subjects", str(p)) for p in sorted(g.objects(node, SH.targetSubjectsOf), key=str)])
        for c in sorted(g.objects(node, SH["class"]), key=str):
            shape.value_checks.append(("class", str(c)))
        for d in sorted(g.objects(node, SH.datatype), key=str):
            shape.value_checks.append(("datatype", str(d)))
        for lst in g.objects(node, SH["in"]):
            shape.value_checks.append(("in", frozenset(_ox(x) for x in self._list(lst))))
        for pat in g.objects(node, SH.pattern):
            shape.value_checks.append(("pattern", re.compile(str(pat))))
        for bound in g.objects(node, SH.minInclusive):
            shape.value_checks.append(("minInclusive", Decimal(str(bound))))
        for bound in g.objects(node, SH.maxInclusive):
            shape.value_checks.append(("maxInclusive", Decimal(str(bound))))
        for kind in g.objects(node, SH.nodeKind):
            if kind != SH.IRI:
                raise Unsupported(f"sh:nodeKind {kind}")
            shape.value_checks.append(("nodeKind", "IRI"))
        for other in sorted(g.objects(node, SH.node), key=str):
            shape.value_checks.append(("node", self._shape(other)))
        for lst in g.objects(node, SH["or"]):
            shape.value_checks.append(("or", [self._shape(x) for x in self._list(lst)]))
        for value in g.objects(node, SH.hasValue):
            shape.counts.append(("hasValue", _ox(value)))
        for n in g.objects(node, SH.minCount):
            shape.counts.append(("minCount", int(n)))
        for n in g.objects(node, SH.maxCount):
            shape.counts.append(("maxCount", int(n)))
        q = g.value(node, SH.qualifiedValueShape)
        if q is not None:
            shape.counts.append(("qualifiedMinCount", (self._shape(q), int(g.value(node, SH.qualifiedMinCount) or 0))))
        if shape.counts and shape.path is None:
            raise Unsupported(f"a count constraint on a node shape: {node}")
        shape.properties = [self._shape(p) for p in sorted(g.objects(node, SH.property), key=str)]
        return shape

    # ----- running
    def run(self, store: ox.Store, extra: rdflib.Graph | None = None) -> list[Finding]:
        """Every finding of the shapes on the merge of the store's graphs, with the class hierarchy of
        ``extra`` (the ontology) mixed in, as pySHACL mixes in the axioms of its ``ont_graph``."""
        return _Run(self, store, extra).findings()


class _Run:
    def __init__(self, engine: ShapesEngine, store: ox.Store, extra: rdflib.Graph | None = None):
        self.engine = engine
        self.store = store
        self.extra = extra
        self._by_predicate: dict[str, dict] = {}
        self._closure: dict[str, dict] = {}
        self._instances: dict[str, set] | None = None  # class IRI -> its instances, subclasses' included
        self._supers: dict | None = None
        self._conforms: dict[tuple, bool] = {}

    # ----- the data
    def _pairs(self, predicate: str) -> dict:
        """subject -> set of objects of ``predicate`` in the merge of all graphs."""
        found = self._by_predicate.get(predicate)
        if found is None:
            found = {}
            # the default graph is the merge of every graph (see graph.store): each statement once
            for q in self.store.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()):
                found.setdefault(q.subject, set()).add(q.object)
            if self.extra is not None and predicate == _SUBCLASS:
                for s, _, o in self.extra.triples((None, rdflib.URIRef(predicate), None)):
                    subject = ox.BlankNode(str(s)) if isinstance(s, rdflib.BNode) else _ox(s)
                    found.setdefault(subject, set()).add(ox.BlankNode(str(o)) if isinstance(o, rdflib.BNode) else _ox(o))
            self._by_predicate[predicate] = found
        return found

    def _values(self, node, path) -> set:
        kind = path[0]
        if kind == "p":
            return self._pairs(path[1]).get(node, set())
        if kind == "alt":
            out = set()
            for p in path[1]:
                out |= self._values(node, p)
            return out
        if kind == "plus":
            key = repr(path[1])
            closure = self._closure.setdefault(key, {})
            if node not in closure:
                seen, frontier = set(), [node]
                while frontier:
                    step = set()
                    for n in frontier:
                        step |= self._values(n, path[1])
                    frontier = [n for n in step if n not in seen]
                    seen |= step
                closure[node] = seen
            return closure[node]
        raise Unsupported(repr(path))

    def _superclasses(self) -> dict:
        if self._supers is None:
            direct = self._pairs(_SUBCLASS)
            supers: dict = {}

            def up(c):
                if c in supers:
                    return supers[c]
                supers[c] = {c}
                out = {c}
                for d in direct.get(c, ()):
                    out |= up(d)
                supers[c] = out
                return out

            for c in list(direct):
                up(c)
            self._supers = supers
        return self._supers

    def instances(self, cls: str) -> set:
        """The nodes typed ``cls`` or one of its subclasses (every class's, indexed in one pass)."""
        if self._instances is None:
            supers = self._superclasses()
            index: dict = {}
            for s, types in self._pairs(_RDF_TYPE).items():
                for c in {c for t in types for c in supers.get(t, (t,))}:
                    index.setdefault(c.value, set()).add(s)
            self._instances = index
        return self._instances.get(cls, set())

    def targets(self, shape: Shape) -> list:
        nodes = set()
        for kind, iri in shape.targets:
            nodes |= self.instances(iri) if kind == "class" else set(self._pairs(iri))
        return sorted(nodes, key=str)

    # ----- the constraints
    def _value_ok(self, check: str, param, v) -> bool:
        if check == "class":
            return not isinstance(v, ox.Literal) and v in self.instances(param)
        if check == "datatype":
            if not isinstance(v, ox.Literal) or v.datatype.value != param:
                return False
            return well_formed(v)
        if check == "in":
            return v in param
        if check == "pattern":
            return not isinstance(v, ox.BlankNode) and param.search(v.value) is not None
        if check in ("minInclusive", "maxInclusive"):
            n = _number(v)
            return n is not None and (n >= param if check == "minInclusive" else n <= param)
        if check == "nodeKind":
            return isinstance(v, ox.NamedNode)
        if check == "node":
            return self.conforms(v, param)
        if check == "or":
            return any(self.conforms(v, s) for s in param)
        raise Unsupported(check)

    def conforms(self, node, shape: Shape) -> bool:
        """Whether ``node`` conforms to ``shape`` (as a focus node: its own checks, then its properties)."""
        key = (node, id(shape))
        done = self._conforms.get(key)
        if done is None:
            self._conforms[key] = True  # a shape that refers back to itself: assume, as SHACL leaves open
            done = not any(f.severity == "Violation" for f in self.check(node, shape, stop_early=True))
            self._conforms[key] = done
        return done

    def check(self, focus, shape: Shape, stop_early: bool = False) -> list[Finding]:
        out: list[Finding] = []
        path = self.engine.graph.value(shape.node, SH.path) if shape.path is not None else None
        values = sorted(self._values(focus, shape.path), key=str) if shape.path is not None else [focus]

        def found(value):
            out.append(Finding(focus, path, value, shape.messages, shape.severity, shape.node))

        for check, param in shape.value_checks:
            for v in values:
                if not self._value_ok(check, param, v):
                    found(v if shape.path is not None else focus)
                    if stop_early:
                        return out
                    if check == "node":  # and why, as pySHACL's details: the value's own findings
                        out += self.check(v, param)
        for check, param in shape.counts:
            if check == "minCount":
                bad = len(values) < param
            elif check == "maxCount":
                bad = len(values) > param
            elif check == "hasValue":
                bad = param not in values
            else:  # qualifiedMinCount
                qualified, least = param
                bad = sum(1 for v in values if self.conforms(v, qualified)) < least
            if bad:
                found(None)
                if stop_early:
                    return out
        for prop in shape.properties:
            out += self.check(focus, prop, stop_early)
            if stop_early and out:
                return out
        return out

    def findings(self) -> list[Finding]:
        out: list[Finding] = []
        for shape in self.engine.roots:
            for focus in self.targets(shape):
                out += self.check(focus, shape)
        return out
