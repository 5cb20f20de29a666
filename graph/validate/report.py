"""SHACL validation of a dataset against ontology/shapes.ttl, reported in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import rdflib

from ..namespaces import DCTERMS, DSR, PREFIXES, SH
from ..resources import ontology_file, ontology_graph
from ..terms import to_rdflib_term

if TYPE_CHECKING:
    from ..store.kg import KnowledgeGraph

__all__ = ["ValidationResult", "ValidationReport", "validate"]


@dataclass(frozen=True)
class ValidationResult:
    """One way the data fails a shape."""

    severity: str  # Violation, Warning or Info
    focus: str  # the node that fails, prefixed where possible
    focus_label: str
    path: str
    value: str
    message: str
    shape: str
    records: tuple[str, ...]  # curated records ('file#id') the focus node comes from
    sources: tuple[str, ...]  # citations of the sources that state it


@dataclass
class ValidationReport:
    """The outcome of a validation run."""

    conforms: bool
    statements: int
    origin: str
    results: list[ValidationResult] = field(default_factory=list)

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    def text(self) -> str:
        """The report in words, as written to validation.txt."""
        lines = ["dsr-graph validation report", f"Graph: {self.origin} ({self.statements} statements)",
                 "Shapes: ontology/shapes.ttl"]
        if self.conforms:
            lines.append("Result: the graph conforms to the shapes; no violations.")
        else:
            lines.append(f"Result: the graph does NOT conform: {len(self.violations)} violation(s).")
        others = len(self.results) - len(self.violations)
        if others:
            lines.append(f"Also {others} warning(s) or note(s).")
        for i, r in enumerate(self.results, 1):
            lines.append("")
            label = f' "{r.focus_label}"' if r.focus_label else ""
            lines.append(f"{i}. {r.severity}: {r.focus}{label}")
            if r.path:
                lines.append(f"   path:    {r.path}")
            if r.value:
                lines.append(f"   value:   {r.value}")
            lines.append(f"   problem: {r.message}")
            lines.append(f"   record:  {', '.join(r.records) if r.records else '(not from a curated record)'}")
            if r.sources:
                lines.append(f"   sources: {'; '.join(r.sources)}")
        return "\n".join(lines) + "\n"


def _short(term, graph: rdflib.Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if str(term).startswith(ns) and "/" not in str(term)[len(ns):]:
                return f"{prefix}:{str(term)[len(ns):]}"
        return f"<{term}>"
    if isinstance(term, rdflib.BNode):
        # render a path or list expression readably rather than as a random blank-node id
        items = list(rdflib.collection.Collection(graph, term)) if graph.value(term, rdflib.RDF.first) else None
        if items:
            return "( " + " ".join(_short(i, graph) for i in items) + " )"
        parts = [f"{_short(p, graph)} {_short(o, graph)}" for p, o in sorted(graph.predicate_objects(term))]
        return "[ " + " ; ".join(parts) + " ]"
    if isinstance(term, rdflib.Literal) and term.datatype is not None and not term.language:
        return f"{rdflib.Literal(str(term)).n3()}^^{_short(term.datatype, graph)}"
    return term.n3()


def _origins(node, data: rdflib.Graph) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The records and sources behind a node; for a value node (amount, quantity) those of its owner."""
    owners = [node]
    if not any(data.objects(node, DSR.recordedIn)):
        owners = sorted({s for s, _ in data.subject_predicates(node)}) or [node]
    records = sorted({str(r) for o in owners for r in data.objects(o, DSR.recordedIn)})
    sources = set()
    for o in owners:
        for src in data.objects(o, DCTERMS.source):
            cite = data.value(src, DCTERMS.bibliographicCitation)
            sources.add(str(cite) if cite else str(src))
    return tuple(records), tuple(sorted(sources))


class _StoreView:
    """Just enough of an rdflib graph over the store (the merge of its graphs) for :func:`_short` and
    :func:`_origins`, which only look at the few nodes a finding names."""

    def __init__(self, store):
        self.store = store

    def _quads(self, s=None, p=None, o=None):
        import pyoxigraph as ox

        from .shacl import _ox

        def conv(t):
            if t is None:
                return None
            return ox.BlankNode(str(t)) if isinstance(t, rdflib.BNode) else _ox(t)

        for q in self.store.quads_for_pattern(conv(s), conv(p), conv(o), ox.DefaultGraph()):  # the merge
            yield to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object)

    def value(self, s, p):
        return next((o for _, _, o in sorted(self._quads(s, p))), None)

    def objects(self, s, p):
        return [o for _, _, o in self._quads(s, p)]

    def subject_predicates(self, o):
        return [(s, p) for s, p, _ in self._quads(None, None, o)]

    def predicate_objects(self, s):
        return [(p, o) for _, p, o in self._quads(s)]


def _shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


@lru_cache(maxsize=1)
def _store_engine():
    """The shapes compiled once per process, and the ontology whose class hierarchy they rely on."""
    from .shacl import ShapesEngine

    return ShapesEngine(_shapes_graph()), ontology_graph("dsr.ttl") + ontology_graph("technology-areas.ttl")


def validate(kg: KnowledgeGraph, engine: str = "store") -> ValidationReport:
    """Validate the merge of the dataset's graphs against ``ontology/shapes.ttl``.

    ``engine="store"`` (the default) checks the shapes on the store itself (:mod:`graph.validate.shacl`:
    the same findings as pySHACL, many times faster); ``engine="pyshacl"`` runs pySHACL on an
    rdflib copy of the graph with the ontology mixed in for the class hierarchy, the reference
    the tests compare with. A shape the store engine does not implement falls back on pySHACL.
    """
    if engine not in ("store", "pyshacl"):
        raise ValueError(f"unknown validation engine {engine!r}: store or pyshacl")
    if engine == "store":
        from .shacl import Unsupported

        try:
            engine_, ontology = _store_engine()
            findings = engine_.run(kg.store, ontology)
        except Unsupported:
            return validate(kg, "pyshacl")
        view = _StoreView(kg.store)
        results = []
        for f in findings:
            focus = to_rdflib_term(f.focus)
            value = to_rdflib_term(f.value) if f.value is not None else None
            label = view.value(focus, rdflib.RDFS.label)
            records, sources = _origins(focus, view)
            results.append(ValidationResult(
                severity=f.severity, focus=_short(focus, view), focus_label=str(label) if label else "",
                path=_short(f.path, engine_.graph), value="" if value is None or value == focus else _short(value, view),
                message=f.messages[0] if f.messages else "fails a shape",
                shape=_short(f.shape, engine_.graph), records=records, sources=sources))
        return _report(kg, not any(r.severity == "Violation" for r in results), results)
    return _pyshacl(kg)


def _report(kg: KnowledgeGraph, conforms: bool, results: list[ValidationResult]) -> ValidationReport:
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    results.sort(key=lambda r: (order.get(r.severity, 3), r.focus, r.path, r.value, r.message))
    return ValidationReport(bool(conforms), len(kg), kg.name, results)


def _pyshacl(kg: KnowledgeGraph) -> ValidationReport:
    """Validate the union of the dataset's graphs with pySHACL, the ontology mixed in for class hierarchy."""
    from pyshacl import validate as shacl_validate  # only here: importing it costs a build a tenth of a second

    data = kg.to_rdflib(union=True)
    shapes = _shapes_graph()
    ont = ontology_graph("dsr.ttl") + ontology_graph("technology-areas.ttl")
    conforms, results_graph, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ont, inference="none", allow_infos=True, allow_warnings=True,
        abort_on_first=False, meta_shacl=False, advanced=False,
    )
    results = []
    for node in results_graph.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results_graph.value(node, SH.focusNode)
        severity = results_graph.value(node, SH.resultSeverity)
        messages = sorted(str(m) for m in results_graph.objects(node, SH.resultMessage))
        label = data.value(focus, rdflib.RDFS.label) if focus is not None else None
        records, sources = _origins(focus, data)
        value = results_graph.value(node, SH.value)
        results.append(ValidationResult(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_short(focus, data),
            focus_label=str(label) if label else "",
            path=_short(results_graph.value(node, SH.resultPath), results_graph),
            value="" if value == focus else _short(value, data),
            message=messages[0] if messages else "fails a shape",
            shape=_short(results_graph.value(node, SH.sourceShape), shapes),
            records=records,
            sources=sources,
        ))
    return _report(kg, conforms, results)
