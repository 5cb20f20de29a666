"""The ontology, the technology-area scheme and the shapes: labelled, consistent, and in step with the code."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from conftest import require_command
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from graph.namespaces import ANALYSIS_GRAPH, DSR, TECH_SCHEME
from graph.store import to_rdflib_term
from graph.resources import ontology_file, ontology_graph
from graph.technology import scheme

NS = "https://w3id.org/dsr/ontology#"


def _defined_terms(g: rdflib.Graph) -> set[rdflib.URIRef]:
    return {s for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(NS)}


def test_every_ontology_term_has_a_label_and_a_comment():
    g = ontology_graph("dsr.ttl")
    missing = []
    declared = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                            OWL.NamedIndividual) for s in g.subjects(RDF.type, t) if isinstance(s, rdflib.URIRef)}
    for term in sorted(declared | _defined_terms(g)):
        if str(term) == "https://w3id.org/dsr/ontology":
            continue
        if not g.value(term, RDFS.label) or not g.value(term, RDFS.comment):
            missing.append(str(term))
    assert not missing, f"terms without rdfs:label or rdfs:comment: {missing}"
    assert len(declared) > 100


def test_every_technology_area_has_a_label_a_definition_and_a_tag():
    g = ontology_graph("technology-areas.ttl")
    concepts = set(g.subjects(SKOS.inScheme, TECH_SCHEME))
    assert len(concepts) >= 25
    for c in concepts:
        assert g.value(c, SKOS.prefLabel) and g.value(c, SKOS.definition) and g.value(c, SKOS.notation), c


def test_scheme_has_the_hierarchy_the_field_uses():
    tech = scheme()
    family = lambda name: tech.concepts[tech.resolve(name).family].label  # noqa: E731
    assert family("submarine cable") == "Connectivity"
    assert tech.concepts[str(ontology_graph("technology-areas.ttl").value(
        rdflib.URIRef(tech.resolve("submarine cable").iri), SKOS.broader))].label == "Fibre optics"
    assert family("5G") == family("6G") == "Mobile communications"
    assert family("cloud") == family("data centres") == "Computing"
    assert family("BeiDou") == family("satellites") == "Space"
    assert family("ICT components") == family("smart manufacturing") == "Manufacturing"


def test_labels_resolve_to_the_same_concept_whatever_the_spelling():
    tech = scheme()
    assert tech.resolve("5G") == tech.resolve("fifth-generation mobile") == tech.resolve("Fifth Generation Mobile")
    assert tech.resolve("fibre_optics") == tech.resolve("Fiber optics") == tech.resolve("OFC")
    assert tech.resolve("data centre") == tech.resolve("data center")
    assert tech.resolve("quantum teleportation") is None


def test_namespace_class_lists_exactly_the_ontology_terms():
    declared = {str(t)[len(NS):] for t in _defined_terms(ontology_graph("dsr.ttl"))}
    in_code = {name for name in DSR.__annotations__}
    assert in_code == declared
    with pytest.raises(AttributeError):
        DSR.Goverment  # noqa: B018 - a typo must fail, not mint a term


def test_shapes_and_scheme_name_only_terms_the_ontology_defines():
    known = {str(t) for t in _defined_terms(ontology_graph("dsr.ttl"))}
    for name in ("shapes.ttl", "technology-areas.ttl"):
        g = rdflib.Graph().parse(data=ontology_file(name).read_text(), format="turtle")
        used = {str(x) for t in g for x in t if isinstance(x, rdflib.URIRef) and str(x).startswith(NS)}
        assert used <= known, f"{name} names unknown terms: {sorted(used - known)}"


def test_every_shape_targets_or_is_referenced():
    shapes = rdflib.Graph().parse(data=ontology_file("shapes.ttl").read_text(), format="turtle")
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        targeted = any(shapes.value(shape, t) is not None
                       for t in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode))
        referenced = any(shapes.subjects(SH.node, shape))
        assert targeted or referenced, f"{shape} is never applied"


# --------------------------------------------------------------------------- OWL reasoning

# HermiT implements the OWL 2 datatype map, which has no xsd:date, gYear or gYearMonth; statements
# with such literals are left out of the reasoning (SHACL checks their datatypes instead).
_OWL2_DATATYPES = {str(rdflib.XSD[x]) for x in ("string", "integer", "decimal", "boolean", "anyURI")} | {
    str(RDF.langString), str(RDF.PlainLiteral)}


def _reason(graph: rdflib.Graph) -> None:
    import owlready2
    require_command("java", "the HermiT reasoner needs a Java runtime", "apt-get install default-jre-headless")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kb.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        assert list(world.inconsistent_classes()) == []


def _knowledge_base(kg, extra=()) -> rdflib.Graph:
    g = rdflib.Graph()
    g += ontology_graph("dsr.ttl")
    g += ontology_graph("technology-areas.ttl")
    for q in kg.quads():
        s, p, o = (to_rdflib_term(t) for t in (q.subject, q.predicate, q.object))
        if isinstance(o, rdflib.Literal) and o.datatype is not None and str(o.datatype) not in _OWL2_DATATYPES:
            continue
        if q.graph_name.value.startswith(str(ANALYSIS_GRAPH)) and isinstance(o, rdflib.Literal):
            # The measures of the analysis graphs are derived numbers (hundreds of xsd:decimals,
            # which slow HermiT's datatype reasoning from seconds to many minutes); their
            # communities and memberships stay in the reasoning.
            continue
        g.add((s, p, o))
    for t in extra:
        g.add(t)
    return g


@pytest.mark.slow
def test_ontology_alone_is_consistent_under_hermit():
    g = rdflib.Graph()
    g += ontology_graph("dsr.ttl")
    g += ontology_graph("technology-areas.ttl")
    _reason(g)


@pytest.mark.slow
def test_ontology_with_the_default_graph_is_consistent_under_hermit(kg):
    _reason(_knowledge_base(kg))


@pytest.mark.slow
def test_hermit_catches_an_organisation_of_two_disjoint_kinds(kg):
    # the control: the same check fails when the data contradicts the ontology
    import owlready2

    huawei = rdflib.URIRef("https://w3id.org/dsr/id/org/huawei-technologies")
    bad = _knowledge_base(kg, [(huawei, RDF.type, rdflib.URIRef(str(DSR.Government)))])
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(bad)
