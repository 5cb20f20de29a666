"""What a map says about each partnership, read from the graph once: kind, category, dates, areas, sources, roles.

A :class:`Catalogue` holds, for every ``dsr:Partnership`` of a graph, the facts its details panel
and its filters need, read with a few SPARQL queries over the merge of the named graphs (each distinct statement
once). Rows that several values of one property give still repeat a partnership, so every query
selects DISTINCT rows and every list is de-duplicated and sorted: the same graph always gives the
same catalogue.

- ``kinds``: the most specific DSR classes' labels (``Memorandum of understanding``,
  ``Contract``, ``Cable project`` …), ``dsr:Aggregate`` left out as the projections leave it out.
- ``categories``: ``G2G`` / ``G2B`` / ``B2B`` from ``dsr:category``, and for an aggregate the
  categories its ``dsr:categoryCount``\\ s name; empty where no category is derived.
- ``year``: the earliest year of ``dsr:date`` (the year the projections give a link); ``dates``:
  every dated property with its label and value, as the sources state them.
- ``areas``: technology-area node ids (``tech:5g``); their labels and families come from
  :func:`graph.technology.scheme`.
- ``sources``: source ids (``source:seed-article``); ``Catalogue.sources`` gives each one's
  citation and web page (``foaf:page``, only ``http``/``https`` kept).
- ``countries``: ISO 3166 code → the country's label, for legends and filters.
- ``roles``: organisation id → {partnership id → role labels} (``signatory``, ``contractor``…;
  ``party`` where a source names no more specific role).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..namespaces import PREFIXES
from ..store.project import node_id
from ..store.kg import KnowledgeGraph
from ..store.summary import whole
from ..technology import scheme

__all__ = ["Catalogue", "catalogue", "web_url"]

_DSR = "https://w3id.org/dsr/ontology#"

_LABELS = """
SELECT DISTINCT ?p ?label WHERE { ?p a dsr:Partnership . OPTIONAL { ?p rdfs:label ?label } }
"""
_KINDS = """
SELECT DISTINCT ?p ?kind WHERE {
  ?p a dsr:Partnership ; a ?class . ?class rdfs:label ?kind .
  FILTER (STRSTARTS(STR(?class), "https://w3id.org/dsr/ontology#") && ?class != dsr:Aggregate)
  FILTER NOT EXISTS { ?p a ?sub . ?sub rdfs:subClassOf ?class . FILTER (?sub != ?class && ?sub != dsr:Aggregate) }
}
"""
_CATEGORIES = """
SELECT DISTINCT ?p ?category WHERE {
  ?p a dsr:Partnership .
  { ?p dsr:category ?category } UNION { ?p dsr:categoryCount ?count . ?count dsr:category ?category }
}
"""
_COUNTS = """
SELECT DISTINCT ?p ?n WHERE { ?p a dsr:Aggregate ; dsr:memberCount ?n }
"""
_DATES = """
SELECT DISTINCT ?p ?property ?name ?date WHERE {
  ?p a dsr:Partnership ; ?property ?date .
  FILTER (isLiteral(?date) && DATATYPE(?date) IN (xsd:date, xsd:gYearMonth, xsd:gYear, xsd:dateTime))
  OPTIONAL { ?property rdfs:label ?name }
}
"""
_AREAS = """
SELECT DISTINCT ?p ?area WHERE { ?p a dsr:Partnership ; dsr:technologyArea ?area }
"""
_CITED = """
SELECT DISTINCT ?p ?source WHERE { ?p a dsr:Partnership ; dcterms:source ?source }
"""
_SOURCES = """
SELECT DISTINCT ?source ?citation ?page WHERE {
  ?source a dsr:Source .
  OPTIONAL { ?source dcterms:bibliographicCitation ?citation }
  OPTIONAL { ?source foaf:page ?page }
}
"""
_COUNTRIES = """
SELECT DISTINCT ?code ?name WHERE { ?country dsr:iso3166Code ?code . OPTIONAL { ?country rdfs:label ?name } }
"""
_ROLES = """
SELECT DISTINCT ?p ?org ?role WHERE {
  ?p a dsr:Partnership .
  { ?p ?property ?org . ?property rdfs:subPropertyOf dsr:party ; rdfs:label ?role }
  UNION
  { ?p dsr:party ?org . BIND ("party" AS ?role) }
}
"""


def web_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) URL, else None: a map links nothing else.

    Examples
    --------
    >>> web_url("https://example.org/a"), web_url("javascript:alert(1)"), web_url("ftp://x")
    ('https://example.org/a', None, None)
    """
    if value and re.match(r"^https?://[^\s/]", value, re.IGNORECASE):
        return value
    return None


@dataclass
class Catalogue:
    """Partnerships, sources and roles of one graph, as plain values (see the module docstring)."""

    partnerships: dict[str, dict] = field(default_factory=dict)
    sources: dict[str, dict] = field(default_factory=dict)
    roles: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # ISO code → name

    def parties(self, pid: str) -> set[str]:
        """Organisation ids that take part in a partnership."""
        return self._parties.get(pid, set())

    def __post_init__(self):
        self._parties: dict[str, set[str]] = defaultdict(set)
        for org, entries in self.roles.items():
            for pid in entries:
                self._parties[pid].add(org)


def _rows(kg: KnowledgeGraph, text: str):
    return kg.store.query(text, prefixes=PREFIXES)


def _local(value: str) -> str:
    return value[len(_DSR):] if value.startswith(_DSR) else value


def catalogue(kg: KnowledgeGraph) -> Catalogue:
    """Read the :class:`Catalogue` of a graph (nine DISTINCT SELECTs over the union graph).

    Examples
    --------
    >>> import graph
    >>> cat = catalogue(graph.load())                                           # doctest: +SKIP
    >>> cat.partnerships["partnership:pak-2025-jwg-24mous"]["categories"]       # doctest: +SKIP
    ['B2B', 'G2B', 'G2G']
    """
    tech = scheme()
    table: dict[str, dict] = {}
    for row in _rows(kg, _LABELS):
        pid = node_id(row["p"])
        entry = table.setdefault(pid, {"label": None, "kinds": set(), "categories": set(), "dates": set(),
                                       "years": set(), "areas": set(), "sources": set(), "count": set()})
        label = row["label"]
        if label is not None and (entry["label"] is None or label.value < entry["label"]):
            entry["label"] = label.value  # several sources may label it: keep one, the same each time
    for row in _rows(kg, _KINDS):
        if (pid := node_id(row["p"])) in table:
            table[pid]["kinds"].add(row["kind"].value)
    for row in _rows(kg, _CATEGORIES):
        if (pid := node_id(row["p"])) in table:
            table[pid]["categories"].add(_local(row["category"].value))
    for row in _rows(kg, _COUNTS):
        if (pid := node_id(row["p"])) in table and row["n"].value.isdigit():
            table[pid]["count"].add(whole(row["n"]))
    for row in _rows(kg, _DATES):
        pid = node_id(row["p"])
        if pid not in table:
            continue
        prop = row["property"].value
        name = row["name"].value if row["name"] is not None else _local(prop)
        table[pid]["dates"].add((name, row["date"].value))
        year = row["date"].value[:4]
        if prop == _DSR + "date" and year.isdigit():
            table[pid]["years"].add(int(year))
    for row in _rows(kg, _AREAS):
        pid = node_id(row["p"])
        if pid in table and row["area"].value in tech.concepts:
            table[pid]["areas"].add(node_id(row["area"]))
    for row in _rows(kg, _CITED):
        if (pid := node_id(row["p"])) in table:
            table[pid]["sources"].add(node_id(row["source"]))
    sources: dict[str, dict] = {}
    for row in _rows(kg, _SOURCES):
        sid = node_id(row["source"])
        entry = sources.setdefault(sid, {"citation": None, "url": None})
        citation = row["citation"].value if row["citation"] is not None else None
        if citation and (entry["citation"] is None or citation < entry["citation"]):
            entry["citation"] = citation
        url = web_url(row["page"].value if row["page"] is not None else None)
        if url and (entry["url"] is None or url < entry["url"]):
            entry["url"] = url
    for sid, entry in sources.items():
        entry["citation"] = entry["citation"] or sid
    roles: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for row in _rows(kg, _ROLES):
        pid = node_id(row["p"])
        if pid in table:
            roles[node_id(row["org"])][pid].add(row["role"].value)
    partnerships = {}
    for pid, e in sorted(table.items()):
        partnerships[pid] = {
            "label": e["label"] or pid,
            "kinds": sorted(e["kinds"]) or ["Partnership"],
            "categories": sorted(e["categories"]),
            "year": min(e["years"]) if e["years"] else None,
            "dates": [list(d) for d in sorted(e["dates"], key=lambda d: (d[1], d[0]))],
            "areas": sorted(e["areas"]),
            "sources": sorted(e["sources"]),
            "count": sorted(e["count"]),
        }
    plain_roles = {}
    for org, entries in sorted(roles.items()):
        plain_roles[org] = {}
        for pid, names in sorted(entries.items()):
            specific = sorted(names - {"party"})
            plain_roles[org][pid] = specific or ["party"]
    countries: dict[str, str] = {}
    for row in _rows(kg, _COUNTRIES):
        code, name = row["code"].value, row["name"].value if row["name"] is not None else row["code"].value
        if code not in countries or name < countries[code]:
            countries[code] = name
    return Catalogue(partnerships, dict(sorted(sources.items())), plain_roles, dict(sorted(countries.items())))
