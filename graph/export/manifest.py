"""manifest.json: what an export holds, from which graph and tool, and the terms of every source used.

The manifest has no timestamp, so the same export gives the same bytes. A source's licence is
its ``dcterms:license`` (or that of the dataset it is ``dcterms:isPartOf``), its attribution its
``dcterms:rightsHolder``, else its citation (publisher, date, web address). Where a source states
no licence the manifest says ``"licence": null`` rather than guess one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..version import __version__
from ..namespaces import DATASET, META_GRAPH
from ..store.kg import KnowledgeGraph

__all__ = ["sources", "graph_info", "file_entry", "render"]

DCT = "http://purl.org/dc/terms/"
_FIELDS = {DCT + "title": "title", DCT + "publisher": "publisher", "http://xmlns.com/foaf/0.1/page": "url",
           DCT + "date": "date", DCT + "license": "licence", DCT + "rightsHolder": "rights_holder",
           DCT + "bibliographicCitation": "citation"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SOURCE_CLASS = "https://w3id.org/dsr/ontology#Source"
PART_OF = DCT + "isPartOf"


def sources(kg: KnowledgeGraph, used: Iterable[str] | None = None) -> list[dict]:
    """Every top-level source (a dataset's rows count as the dataset), sorted by IRI; only those in
    ``used`` (IRIs of named graphs or sources) when given."""
    # one pass over the metadata graph: a SPARQL query with a NOT EXISTS per source takes seconds at 1M
    fields: dict[str, dict] = {}
    kinds: set[str] = set()
    part_of: dict[str, set] = {}
    for q in kg.store.quads_for_pattern(None, None, None, ox.NamedNode(str(META_GRAPH))):
        s, p = q.subject.value, q.predicate.value
        if p == RDF_TYPE and q.object.value == SOURCE_CLASS:
            kinds.add(s)
        elif p == PART_OF:
            part_of.setdefault(s, set()).add(q.object.value)
        elif p in _FIELDS:
            fields.setdefault(s, {}).setdefault(_FIELDS[p], set()).add(q.object.value)
    wholes = {s: {w for w in ws if w in kinds} for s, ws in part_of.items() if s in kinds}
    top = {s for s in kinds if not wholes.get(s)}
    parts: dict[str, int] = {}
    for s, ws in wholes.items():
        for w in ws:
            parts[w] = parts.get(w, 0) + 1
    if used is not None:
        wanted = set(used)
        wanted |= {w for s in list(wanted) for w in wholes.get(s, ())}
        top &= wanted
    out = []
    for iri in sorted(top):
        e = fields.get(iri, {})
        first = lambda key: min(e[key]) if e.get(key) else None  # noqa: E731 - one value, chosen stably
        licences = sorted(e.get("licence", ()))
        out.append({
            "id": iri,
            "title": first("title"),
            "publisher": first("publisher"),
            "url": first("url"),
            "date": first("date"),
            "licence": licences[0] if len(licences) == 1 else (licences or None),
            "attribution": first("rights_holder") or first("citation") or first("publisher"),
            **({"parts": parts[iri]} if iri in parts else {}),
        })
    return out


def graph_info(kg: KnowledgeGraph) -> dict:
    """The dataset's version and licence as it states them in its metadata graph."""
    meta, dataset = ox.NamedNode(str(META_GRAPH)), ox.NamedNode(DATASET)

    def value(prop: str):
        objects = sorted(q.object.value for q in kg.store.quads_for_pattern(dataset, ox.NamedNode(prop), None, meta))
        return objects[0] if objects else None

    return {"iri": DATASET, "version": value("http://purl.org/dc/terms/hasVersion"),
            "licence": value("http://purl.org/dc/terms/license"),
            "title": value("http://purl.org/dc/terms/title")}


def file_entry(path: Path, name: str, fmt: str, counts: dict) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"path": name, "format": fmt, "bytes": path.stat().st_size, "sha256": digest.hexdigest(), **counts}


def render(graph: dict, files: list[dict], used_sources: list[dict], request: dict) -> str:
    doc = {
        "tool": {"name": "dsr-graph", "version": __version__},
        "graph": graph,
        "request": request,
        "files": sorted(files, key=lambda f: f["path"]),
        "sources": used_sources,
        "notes": "Counts: triples are distinct statements of the union of all graphs; quads keep the named "
                 "graph (one per source). A source's licence is null where it states none: cite it by its "
                 "attribution (publisher, date, web address). No timestamps: the same graph gives the same files.",
    }
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
