"""pyoxigraph terms as rdflib terms, for the parts that work with rdflib (validation, the ontology)."""

from __future__ import annotations

import pyoxigraph as ox
import rdflib

__all__ = ["to_rdflib_term"]


def to_rdflib_term(term):
    """Convert a pyoxigraph term to the equivalent rdflib term."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"cannot convert {term!r}")
