"""Pairs worth a person's look: organisations and partnerships of a built graph that may be one.

``dsr resolve candidates`` lists, for a built graph (the curated records and every import merged
in), the pairs of organisations that the resolver's rules would merge or nearly did, and the pairs
of partnerships from different sources that nearly link — each with its score, the evidence for,
and what the rules held against it. A person then decides with ``dsr resolve accept`` or
``reject``; the judgement is stored and applied on every build (:mod:`.judgements`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..namespaces import ORGANISATION, PARTNERSHIP, PREFIXES
from .linkage import CURATION, find_links, read_partnerships
from .orgs import Entity, Resolver, kind_class

__all__ = ["Candidate", "candidates", "short"]

_KIND_OF_CLASS = {"Government": "government", "Ministry": "ministry", "Agency": "agency", "Regulator": "regulator",
                  "Company": "company", "FinancialInstitution": "bank", "AcademicInstitution": "university",
                  "InternationalOrganisation": "international_org", "OtherOrganisation": "other"}


@dataclass
class Candidate:
    """Two entities that may be one, and what the rules say."""

    kind: str        # organisation | partnership
    a: str
    a_label: str
    b: str
    b_label: str
    score: float
    verdict: str     # "would merge", "would link", or "kept apart: <why>"
    evidence: str


def short(iri: str) -> str:
    for prefix, ns in (("organisation", str(ORGANISATION)), ("partnership", str(PARTNERSHIP))):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _organisations(kg) -> list[Entity]:
    rows = kg.select(f"""SELECT ?o ?label ?type ?country ?curated WHERE {{
        ?o a dsr:Organisation ; rdfs:label ?label .
        OPTIONAL {{ ?o a ?type FILTER(STRSTARTS(STR(?type), "{PREFIXES['dsr']}")) }}
        OPTIONAL {{ ?o dsr:homeCountry/dsr:iso3166Code ?country }}
        BIND(EXISTS {{ GRAPH <{CURATION}> {{ ?o ?p ?x }} }} AS ?curated)
    }}""")
    names = {}
    for r in kg.select("SELECT ?o ?n WHERE { ?o a dsr:Organisation . { ?o skos:altLabel ?n } UNION { ?o dsr:formerName ?n } }"):
        names.setdefault(r["o"].value, set()).add(r["n"].value)
    out: dict[str, Entity] = {}
    for r in rows:
        iri = r["o"].value
        if not iri.startswith(str(ORGANISATION)):
            continue
        kind = _KIND_OF_CLASS.get(r["type"].value.rsplit("#", 1)[-1], "") if "type" in r else ""
        e = out.get(iri)
        if e is None:
            e = out[iri] = Entity(iri[len(str(ORGANISATION)):], r["label"].value, kind or "other",
                                  r["country"].value if "country" in r else None,
                                  curated=r["curated"].value == "true", aliases=names.get(iri, set()))
        elif kind and kind_class(kind) and (not kind_class(e.kind) or e.kind == "other"):
            e.kind = kind
    return sorted(out.values(), key=lambda e: e.id)


def candidates(kg, *, min_score: float = 0.8, judgements=None, limit: int | None = None) -> list[Candidate]:
    """Organisation and partnership pairs worth a look, the most alike first (see the module's docstring)."""
    from rapidfuzz import fuzz

    out: list[Candidate] = []
    entities = _organisations(kg)
    by_id = {e.id: e for e in entities}
    seen: set[tuple[str, str]] = set()
    everyone = Resolver(entities, threshold=min_score, judgements=judgements)
    for e in entities:
        q = everyone._query(e.name, e.country, e.kind if e.kind != "other" else "", None)
        for other, _, how in everyone._candidates(q):
            pair = tuple(sorted((e.id, other.id)))
            if other.id == e.id or pair in seen:
                continue
            # shown and ordered by how alike the whole names are (a name inside another, "Huawei" in
            # "Huawei Marine", is a candidate, not a likeness)
            score = max((fuzz.token_sort_ratio(k, q.key) for k in everyone._keys_of.get(other.id, ())
                         if k[:1] not in "=~@"), default=0) / 100
            if score < min_score and how not in ("acronym", "abbreviation", "alias", "country-prefix", "mission"):
                continue
            seen.add(pair)
            a, b = str(ORGANISATION) + pair[0], str(ORGANISATION) + pair[1]
            if judgements is not None and (judgements.same(a, b) or judgements.different(a, b)):
                continue
            ok, evidence, why_not = everyone._evidence(q, other, how, score)
            out.append(Candidate("organisation", short(a), by_id[pair[0]].name, short(b), by_id[pair[1]].name,
                                 round(score, 3), "would merge" if ok else f"kept apart: {why_not}",
                                 "; ".join(evidence)))
    parts = read_partnerships(kg.store)
    linked = {(link.old, link.kept) for link in find_links(parts, judgements)}
    near = _near_partnerships(parts, min_score / 2)
    for a, b, score, evidence, why in near:
        if (a, b) in linked or (b, a) in linked:
            continue
        if judgements is not None and (judgements.same(a, b) or judgements.different(a, b)):
            continue
        out.append(Candidate("partnership", short(a), _label(parts[a]), short(b), _label(parts[b]), score,
                             f"kept apart: {why}", evidence))
    out.sort(key=lambda c: (-c.score, c.kind, c.a, c.b))
    return out[:limit] if limit else out


def _label(p) -> str:
    return sorted(p.labels)[0] if p.labels else ""


def _near_partnerships(parts, min_score: float) -> list[tuple[str, str, float, str, str]]:
    """Partnerships of different origins that share something (a party, a cable name, a rare title
    word…) and whose titles are alike, yet were not linked: (a, b, similarity, evidence, why not)."""
    from .linkage import candidate_pairs, title_weights, why_apart

    idf = title_weights(parts.values())
    out = []
    for a, b in sorted(candidate_pairs(parts, idf)):
        score, evidence, why = why_apart(parts[a], parts[b], idf)
        if score >= min_score:
            out.append((a, b, score, evidence, why))
    return out
