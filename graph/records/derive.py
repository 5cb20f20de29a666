"""Statements the build derives by rule from sourced statements, kept in their own named graph."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import pyoxigraph as ox
import rdflib

from ..namespaces import DERIVED_GRAPH, DSR, RDF, RDFS

__all__ = ["CATEGORY_RULE", "TYPE_RULE", "derive_categories", "derive_types", "subclasses", "superclasses"]

CATEGORY_RULE = (
    "Agreement categories: take the agreement's signatories if any are named, otherwise all its parties, "
    "in every source. Governments, government bodies and international organisations are the public side; "
    "companies and financial institutions the business side; other kinds are not counted. Public only gives "
    "G2G, business only gives B2B, both give G2B. Aggregates are not categorised: their sources count their "
    "categories instead."
)


TYPE_RULE = (
    "Types: every resource typed with a class of the ontology is also typed with each of that class's "
    "named superclasses (RDFS subclass entailment), so queries can ask for dsr:Partnership or "
    "dsr:Organisation without walking rdfs:subClassOf."
)


def superclasses(ontology: rdflib.Graph) -> dict[str, set[str]]:
    """For each named class of the ontology, its named strict superclasses."""
    out: dict[str, set[str]] = {}
    for cls in set(ontology.subjects(RDFS.subClassOf, None)):
        if isinstance(cls, rdflib.URIRef):
            supers = {str(c) for c in ontology.transitive_objects(cls, RDFS.subClassOf)
                      if isinstance(c, rdflib.URIRef) and c != cls}
            out[str(cls)] = supers
    return out


def derive_types(quads: Iterable[ox.Quad], ontology: rdflib.Graph) -> list[ox.Quad]:
    """The superclass types entailed by the asserted ones, as quads in the derived graph (deduplicated)."""
    supers = superclasses(ontology)
    rdf_type = str(RDF.type)
    asserted: dict = defaultdict(set)
    for q in quads:
        if q.predicate.value == rdf_type and isinstance(q.object, ox.NamedNode) and q.object.value in supers:
            asserted[q.subject].add(q.object.value)
    graph, type_node = ox.NamedNode(str(DERIVED_GRAPH)), ox.NamedNode(rdf_type)
    out = []
    for subject, classes in asserted.items():
        for cls in sorted(set().union(*(supers[c] for c in classes)) - classes):
            out.append(ox.Quad(subject, type_node, ox.NamedNode(cls), graph))
    return out


def subclasses(ontology: rdflib.Graph, cls) -> set[str]:
    """IRIs of a class and all its subclasses in the ontology."""
    return {str(c) for c in ontology.transitive_subjects(RDFS.subClassOf, rdflib.URIRef(str(cls)))}


def derive_categories(quads: Iterable[ox.Quad], ontology: rdflib.Graph) -> list[ox.Quad]:
    """Derive ``dsr:category`` for every non-aggregate agreement, as quads in the derived graph."""
    agreement = subclasses(ontology, DSR.Agreement)
    public = subclasses(ontology, DSR.Government) | subclasses(ontology, DSR.GovernmentBody) | subclasses(
        ontology, DSR.InternationalOrganisation)
    business = subclasses(ontology, DSR.Company) | subclasses(ontology, DSR.FinancialInstitution)
    types: dict[ox.NamedNode, set[str]] = defaultdict(set)
    signatories: dict = defaultdict(set)
    parties: dict = defaultdict(set)
    rdf_type, signatory, party = str(RDF.type), str(DSR.signatory), str(DSR.party)
    for q in quads:
        p = q.predicate.value
        if p == rdf_type and isinstance(q.object, ox.NamedNode):
            types[q.subject].add(q.object.value)
        elif p == signatory:
            signatories[q.subject].add(q.object)
        elif p == party:
            parties[q.subject].add(q.object)
    out = []
    graph = ox.NamedNode(str(DERIVED_GRAPH))
    for subject, classes in types.items():
        if not classes & agreement or str(DSR.Aggregate) in classes:
            continue
        counted = signatories.get(subject) or parties.get(subject) or set()
        sides = set()
        for org in counted:
            kinds = types.get(org, set())
            if kinds & public:
                sides.add("public")
            elif kinds & business:
                sides.add("business")
        category = {frozenset({"public"}): DSR.G2G, frozenset({"business"}): DSR.B2B,
                    frozenset({"public", "business"}): DSR.G2B}.get(frozenset(sides))
        if category is not None:
            out.append(ox.Quad(subject, ox.NamedNode(str(DSR.category)), ox.NamedNode(str(category)), graph))
    return out
