"""SHACL validation of a dataset against ontology/shapes.ttl, reported in words."""

from __future__ import annotations

from dataclasses import dataclass, field

import rdflib
from pyshacl import validate as shacl_validate

from .namespaces import DCTERMS, DSR, PREFIXES, SH
from .resources import ontology_file, ontology_graph
from .store import KnowledgeGraph

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


def validate(kg: KnowledgeGraph) -> ValidationReport:
    """Validate the union of the dataset's graphs, with the ontology mixed in for class hierarchy."""
    data = kg.to_rdflib(union=True)
    shapes = rdflib.Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
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
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    results.sort(key=lambda r: (order.get(r.severity, 3), r.focus, r.path, r.value, r.message))
    return ValidationReport(bool(conforms), len(kg), kg.name, results)
