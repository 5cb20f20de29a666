"""RDF files that are the same bytes for the same statements: canonical blank nodes, sorted statements.

Blank nodes get their RDFC-1.0 canonical labels (``_:c14n0`` ...) before anything is written, so a
label depends on the statements around the node, not on the parser that read the input. Then:

- N-Quads and N-Triples are pyoxigraph's output with the lines sorted (and, for N-Triples, the
  union's duplicates removed);
- Turtle, TriG and RDF/XML are pyoxigraph's streaming serializers fed statements in sorted order
  (named graph, then subject, predicate and object as N-Triples text), with the standard prefixes;
- JSON-LD is written here, one node object per line, its keys and values compacted by the prefixes
  of a context file written beside it (``dsr.context.jsonld``) that users can reuse.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = ["RdfData", "prepare", "write_nquads", "write_ntriples", "write_turtle", "write_trig",
           "write_rdfxml", "write_jsonld", "context_document", "CONTEXT_FILE"]

CONTEXT_FILE = "dsr.context.jsonld"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class RdfData:
    """A dataset made ready to write: canonical quads sorted by graph, and the sorted union lines."""

    quads: list[ox.Quad]  # grouped by graph (graphs sorted), each graph's in N-Quads line order
    nquads: bytes  # N-Quads, lines sorted
    ntriples: bytes  # N-Triples of the union of all graphs, lines sorted, duplicates removed
    triples: int = 0  # distinct triples in the union
    _union: list | None = field(default=None, repr=False)

    def union(self) -> list[ox.Quad]:
        """The union's triples (as default-graph quads) in sorted order."""
        if self._union is None:
            self._union = list(ox.parse(self.ntriples, format=ox.RdfFormat.N_TRIPLES))
        return self._union


def prepare(quads: Iterable[ox.Quad]) -> RdfData:
    """Give blank nodes canonical labels and sort the statements (see the module docstring).

    Only the quads that mention a blank node go through RDFC-1.0 (it looks at no others), and the
    sorting is done on N-Quads lines, which pyoxigraph writes one per quad in input order: a
    million quads take seconds, not minutes.
    """
    quads = quads if isinstance(quads, list) else list(quads)
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines()
    # b"_:" may also sit inside a literal: such a quad is canonicalised for nothing, harmlessly
    marked = [i for i, line in enumerate(lines) if b"_:" in line]
    if marked:
        subset = ox.Dataset([quads[i] for i in marked])
        subset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        skip = set(marked)
        lines = [line for i, line in enumerate(lines) if i not in skip]
        lines += ox.serialize(list(subset), format=ox.RdfFormat.N_QUADS).splitlines()
    del quads
    lines = sorted(set(lines))
    nquads = b"\n".join(lines) + b"\n" if lines else b""
    del lines
    groups: dict = defaultdict(list)
    for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        groups[q.graph_name].append(q)
    ordered = [q for g in sorted(groups, key=lambda g: "" if isinstance(g, ox.DefaultGraph) else str(g))
               for q in groups[g]]
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in ordered)
    ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines()
    ntriples = sorted(set(ntriples))
    return RdfData(ordered, nquads, b"\n".join(ntriples) + b"\n" if ntriples else b"", len(ntriples))


def write_nquads(data: RdfData, path: Path) -> dict:
    path.write_bytes(data.nquads)
    return {"quads": len(data.quads)}


def write_ntriples(data: RdfData, path: Path) -> dict:
    path.write_bytes(data.ntriples)
    return {"triples": data.triples}


def write_turtle(data: RdfData, path: Path) -> dict:
    ox.serialize(data.union(), str(path), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return {"triples": data.triples}


def write_rdfxml(data: RdfData, path: Path) -> dict:
    ox.serialize(data.union(), str(path), ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    return {"triples": data.triples}


def write_trig(data: RdfData, path: Path) -> dict:
    ox.serialize(data.quads, str(path), ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return {"quads": len(data.quads)}


# ------------------------------------------------------------------------------------------ JSON-LD

def context_document() -> dict:
    """The JSON-LD context: the standard prefixes, so ``dsr:party`` means the DSR party property."""
    return {"@context": {prefix: PREFIXES[prefix] for prefix in sorted(PREFIXES)}}


class _Compactor:
    def __init__(self):
        self.prefixes = sorted(PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.cache: dict[str, str] = {}

    def iri(self, value: str) -> str:
        found = self.cache.get(value)
        if found is None:
            found = value
            for prefix, ns in self.prefixes:
                # a suffix starting with '//' would be read as an absolute IRI, not a compact one
                if value.startswith(ns) and len(value) > len(ns) and not value[len(ns):].startswith("//"):
                    found = f"{prefix}:{value[len(ns):]}"
                    break
            self.cache[value] = found
        return found

    def node(self, term) -> str:
        return "_:" + term.value if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def value(self, term) -> dict:
        if isinstance(term, ox.Literal):
            if term.language:
                return {"@language": term.language, "@value": term.value}
            if term.datatype.value != XSD_STRING:
                return {"@type": self.iri(term.datatype.value), "@value": term.value}
            return {"@value": term.value}
        return {"@id": self.node(term)}


def _node_objects(statements: list[ox.Quad], c: _Compactor) -> list[dict]:
    """Node objects of one graph's (sorted) statements: @id, then @type, then properties."""
    nodes: dict = {}
    for q in statements:
        node = nodes.get(q.subject)
        if node is None:
            node = nodes[q.subject] = {"@id": c.node(q.subject)}
        if q.predicate.value == RDF_TYPE and not isinstance(q.object, ox.Literal):
            node.setdefault("@type", []).append(c.node(q.object))
        else:
            node.setdefault(c.iri(q.predicate.value), []).append(c.value(q.object))
    return [dict(sorted(n.items(), key=lambda kv: (kv[0] != "@id", kv[0] != "@type", kv[0])))
            for n in nodes.values()]


def write_jsonld(data: RdfData, path: Path) -> dict:
    """JSON-LD with the named graphs kept, referring to the context file written beside it."""
    c = _Compactor()
    graphs: dict = defaultdict(list)
    for q in data.quads:
        graphs[q.graph_name].append(q)
    top = {n["@id"]: n for n in _node_objects(graphs.pop(ox.DefaultGraph(), []), c)}
    for name, statements in graphs.items():  # already in sorted order
        gid = c.node(name)
        holder = top.setdefault(gid, {"@id": gid})
        holder["@graph"] = _node_objects(statements, c)
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write('{"@context":' + json.dumps(CONTEXT_FILE) + ',"@graph":[')
        for i, gid in enumerate(sorted(top)):
            node = top[gid]
            inner = node.pop("@graph", None)
            out.write(("," if i else "") + "\n")
            if inner is None:
                out.write(dump(node))
                continue
            head = dump(node)[:-1]  # the graph's own properties (if any), then its statements
            out.write(head + ',"@graph":[')
            out.write(",".join("\n " + dump(n) for n in inner))
            out.write("]}")
        out.write("\n]}\n")
    path.with_name(CONTEXT_FILE).write_text(json.dumps(context_document(), indent=2) + "\n", encoding="utf-8")
    return {"quads": len(data.quads)}
