"""The technology-area scheme: resolve any label, alternative label or tag to its concept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import rdflib

from .namespaces import SKOS, TECH_SCHEME
from .resources import ontology_file

__all__ = ["TechnologyScheme", "scheme", "normalise"]


def normalise(label: str) -> str:
    """Fold case, punctuation and spacing so 'Fifth-generation mobile' matches 'fifth generation mobile'."""
    return re.sub(r"[^0-9a-z]+", " ", label.casefold()).strip()


@dataclass(frozen=True)
class Concept:
    """One technology area: its IRI, preferred label, tag (skos:notation) and family."""

    iri: str
    label: str
    notation: str
    family: str  # IRI of the top concept it belongs to (itself for a family)


class TechnologyScheme:
    """Index of the SKOS scheme in ``ontology/technology-areas.ttl``."""

    def __init__(self, graph: rdflib.Graph):
        self.graph = graph
        self.concepts: dict[str, Concept] = {}
        self._index: dict[str, str] = {}
        broader = {str(s): str(o) for s, o in graph.subject_objects(SKOS.broader)}
        for concept in sorted(graph.subjects(SKOS.inScheme, TECH_SCHEME)):
            iri = str(concept)
            top = iri
            while top in broader:
                top = broader[top]
            label = str(graph.value(concept, SKOS.prefLabel))
            notation = str(graph.value(concept, SKOS.notation))
            self.concepts[iri] = Concept(iri, label, notation, top)
            names = [label, notation, *map(str, graph.objects(concept, SKOS.altLabel))]
            for name in names:
                key = normalise(name)
                if key in self._index and self._index[key] != iri:
                    raise ValueError(f"technology label {name!r} names two concepts: {self._index[key]} and {iri}")
                self._index[key] = iri

    def resolve(self, name: str) -> Concept | None:
        """Return the concept a label, alternative label or tag names, or None."""
        iri = self._index.get(normalise(name))
        return self.concepts[iri] if iri else None

    def names(self) -> list[str]:
        """All tags and preferred labels, for suggestions."""
        return sorted({c.notation for c in self.concepts.values()} | {c.label for c in self.concepts.values()})


@lru_cache(maxsize=1)
def scheme() -> TechnologyScheme:
    """The scheme bundled with the installed package."""
    graph = rdflib.Graph()
    graph.parse(data=ontology_file("technology-areas.ttl").read_text(encoding="utf-8"), format="turtle")
    return TechnologyScheme(graph)
