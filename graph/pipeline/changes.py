"""What changed between two built datasets: partnerships and organisations added, removed and
changed claim by claim (each claim with the source that makes it), and merges made or undone.

A *claim* is a statement about an entity in the named graph of the source that makes it: the
entity's own statements and those of the nodes minted under its IRI (an amount, a quantity, a date
of ``partnership/x``). The graphs the build derives (analysis, inference, metadata, ontology and
technology scheme) are no one's claims and are left out. *Merges* are the ``owl:sameAs`` links
entity resolution states (a partnership folded into another, an organisation into another) and
the names from a source that now resolve to another organisation than before. Where the curators
keep a record (``dsr:recordedIn``, a file and an id) is bookkeeping, not a claim, and is not compared.

:func:`diff` compares two graphs; :func:`render_markdown` and :func:`render_json` write the result
(``dsr diff OLD NEW``, and ``changes.md`` / ``changes.json`` of a build that replaces another).
"""

from __future__ import annotations

__all__ = ["Change", "Changes", "diff", "read_quads_of", "render_json", "render_markdown"]

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import ANALYSIS_GRAPH, BASE, DERIVED_GRAPH, GRAPH, META_GRAPH, PREFIXES

_DSR = PREFIXES["dsr"]
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_IGNORED = {_DSR + "recordedIn"}  # where the curators keep a record: bookkeeping, not a claim
_NAMES = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
          _DSR + "formerName"}
_KINDS = {"partnership": _DSR + "Partnership", "organisation": _DSR + "Organisation"}
_NOT_CLAIMS = (str(META_GRAPH), str(DERIVED_GRAPH), str(GRAPH["ontology"]), str(GRAPH["technology-areas"]),
               str(ANALYSIS_GRAPH))

Quad = tuple[str, str, str, str]  # subject, predicate, object (N-Triples form), graph


def _short(iri: str) -> str:
    for prefix, base in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(base) and "/" not in iri[len(base):].strip("/"):
            return f"{prefix}:{iri[len(base):]}"
    return f"<{iri}>"


def _term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return _short(t.value)
    if isinstance(t, ox.BlankNode):
        return "[]"
    text = json.dumps(t.value, ensure_ascii=False)
    if t.language:
        return f"{text}@{t.language}"
    if t.datatype and t.datatype.value not in ("http://www.w3.org/2001/XMLSchema#string",):
        return f"{text}^^{_short(t.datatype.value)}"
    return text


def read_quads_of(source) -> list[ox.Quad]:
    """The quads of a built dataset: a KnowledgeGraph, a ``.trig``/``.nq`` file, or a build folder."""
    from ..store.rdfio import read_quads

    if hasattr(source, "store"):
        return list(source.store)
    path = Path(source)
    return list(read_quads(path / "dsr.trig" if path.is_dir() else path))


@dataclass
class Change:
    """One entity added, removed or changed: its claims gone and come, as (source, property, value)."""

    kind: str
    id: str
    label: str
    status: str
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    added: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Changes:
    """The difference between two datasets."""

    counts: dict
    entities: list[Change]
    merges: list[dict]

    @property
    def empty(self) -> bool:
        return not self.entities and not self.merges


def _index(quads) -> tuple[dict, dict, dict, set]:
    """Entities by kind, claims by entity, labels, and sameAs links, from a dataset's quads."""
    kinds: dict[str, str] = {}
    claims: dict[str, set] = defaultdict(set)
    labels: dict[str, str] = {}
    same: set = set()
    by_subject: dict[str, list] = defaultdict(list)
    wanted = {v: k for k, v in _KINDS.items()}
    for q in quads:
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        if not g or g.startswith(_NOT_CLAIMS):
            if q.predicate.value == _RDF_TYPE and q.object.value in wanted and isinstance(q.subject, ox.NamedNode):
                kinds.setdefault(q.subject.value, wanted[q.object.value])
            continue
        if not isinstance(q.subject, ox.NamedNode):
            continue
        s, p = q.subject.value, q.predicate.value
        if p in _IGNORED:
            continue
        if p == _RDF_TYPE and q.object.value in wanted:
            kinds.setdefault(s, wanted[q.object.value])
        if p == _SAME_AS and isinstance(q.object, ox.NamedNode) and q.object.value.startswith(BASE):
            same.add((s, q.object.value, g))
        by_subject[s].append((g, p, q.object))
    for s, rows in by_subject.items():
        owner = s
        while owner not in kinds and "/" in owner[9:]:
            owner = owner.rsplit("/", 1)[0]
        if owner not in kinds:
            continue
        suffix = s[len(owner):]
        for g, p, o in rows:
            claims[owner].add((_short(g), _short(p) + (f" (of {suffix.lstrip('/')})" if suffix else ""), _term(o)))
            if not suffix and p == "http://www.w3.org/2000/01/rdf-schema#label" and isinstance(o, ox.Literal):
                if owner not in labels or o.value < labels[owner]:
                    labels[owner] = o.value
    return kinds, claims, labels, same


def _names(quads, kinds) -> dict[tuple[str, str], set]:
    """(source, name) → organisations that carry the name in that source's graph."""
    out: dict[tuple[str, str], set] = defaultdict(set)
    for q in quads:
        if (q.predicate.value in _NAMES and isinstance(q.graph_name, ox.NamedNode)
                and kinds.get(q.subject.value) == "organisation" and not q.graph_name.value.startswith(_NOT_CLAIMS)):
            out[(q.graph_name.value, q.object.value)].add(q.subject.value)
    return out


def diff(old, new) -> Changes:
    """Compare two built datasets (KnowledgeGraphs, ``.trig``/``.nq`` files or build folders)."""
    old_q, new_q = read_quads_of(old), read_quads_of(new)
    ok, oc, ol, osame = _index(old_q)
    nk, nc, nl, nsame = _index(new_q)
    entities = []
    for iri in sorted(set(ok) | set(nk)):
        kind = nk.get(iri) or ok.get(iri)
        label = nl.get(iri) or ol.get(iri) or _short(iri)
        if iri not in ok:
            entities.append(Change(kind, _short(iri), label, "added", [], sorted(nc.get(iri, ()))))
        elif iri not in nk:
            entities.append(Change(kind, _short(iri), label, "removed", sorted(oc.get(iri, ())), []))
        elif oc.get(iri, set()) != nc.get(iri, set()):
            before, after = oc.get(iri, set()), nc.get(iri, set())
            entities.append(Change(kind, _short(iri), label, "changed", sorted(before - after), sorted(after - before)))
    merges = [{"status": "made", "from": _short(a), "into": _short(b), "source": _short(g)} for a, b, g in sorted(nsame - osame)]
    merges += [{"status": "undone", "from": _short(a), "into": _short(b), "source": _short(g)} for a, b, g in sorted(osame - nsame)]
    before_names, after_names = _names(old_q, ok), _names(new_q, nk)
    for key in sorted(set(before_names) & set(after_names)):
        was, now = before_names[key], after_names[key]
        if was != now:
            merges.append({"status": "moved", "name": key[1], "source": _short(key[0]),
                           "from": [_short(x) for x in sorted(was)], "into": [_short(x) for x in sorted(now)]})
    counts = {}
    for kind in _KINDS:
        counts[kind] = {s: sum(1 for c in entities if c.kind == kind and c.status == s) for s in ("added", "removed", "changed")}
        counts[kind]["before"] = sum(1 for k in ok.values() if k == kind)
        counts[kind]["after"] = sum(1 for k in nk.values() if k == kind)
    return Changes(counts, entities, merges)


def render_json(changes: Changes) -> str:
    """The changes as JSON (sorted, so the same two datasets give the same bytes)."""
    body = {"counts": changes.counts,
            "entities": [{"kind": c.kind, "id": c.id, "label": c.label, "status": c.status,
                          "removed": [dict(zip(("source", "property", "value"), r)) for r in c.removed],
                          "added": [dict(zip(("source", "property", "value"), a)) for a in c.added]}
                         for c in changes.entities],
            "merges": changes.merges}
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _cell(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def render_markdown(changes: Changes, old_name: str = "the earlier build", new_name: str = "this build",
                    claims_shown: int = 50) -> str:
    """The changes as Markdown: counts, then each entity with its claims gone (−) and come (+)."""
    lines = [f"# Changes from {old_name} to {new_name}", ""]
    for kind, c in changes.counts.items():
        lines.append(f"- {kind}s: {c['before']:,} → {c['after']:,} ({c['added']:,} added, {c['removed']:,} removed, "
                     f"{c['changed']:,} changed)")
    lines.append(f"- merges: {sum(1 for m in changes.merges if m['status'] == 'made'):,} made, "
                 f"{sum(1 for m in changes.merges if m['status'] == 'undone'):,} undone, "
                 f"{sum(1 for m in changes.merges if m['status'] == 'moved'):,} names resolved elsewhere")
    if changes.empty:
        lines += ["", "Nothing changed."]
    for kind in _KINDS:
        items = [c for c in changes.entities if c.kind == kind]
        if not items:
            continue
        lines += ["", f"## {kind.capitalize()}s", ""]
        for c in items:
            mark = {"added": "+", "removed": "−", "changed": "~"}[c.status]
            lines.append(f"### {mark} {_cell(c.label)} (`{c.id}`, {c.status})")
            rows = [("−", *r) for r in c.removed] + [("+", *a) for a in c.added]
            if rows:
                lines += ["", "| | source | property | value |", "| --- | --- | --- | --- |"]
                lines += [f"| {m} | {_cell(s)} | {_cell(p)} | {_cell(v)} |" for m, s, p, v in rows[:claims_shown]]
                if len(rows) > claims_shown:
                    lines.append(f"| | | | … and {len(rows) - claims_shown:,} more (changes.json lists every one) |")
            lines.append("")
    if changes.merges:
        lines += ["", "## Merges", ""]
        for m in changes.merges:
            if m["status"] == "moved":
                lines.append(f"- the name “{_cell(m['name'])}” ({m['source']}) now resolves to {', '.join(m['into'])}, "
                             f"not {', '.join(m['from'])}")
            else:
                lines.append(f"- {m['status']}: `{m['from']}` into `{m['into']}` ({m['source']})")
    return "\n".join(lines).rstrip() + "\n"
