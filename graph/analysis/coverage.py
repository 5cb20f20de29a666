"""What the graph covers: partnerships per country, technology family, year and source, and how much
of each imported dataset the curated records already describe — so the gaps are visible.

:func:`coverage` reads a graph with a few SPARQL queries and returns plain tables (lists of dicts):

``countries``
    per country (a party based there, or named by the partnership, as a cable's landing country):
    partnerships, of them curated and imported, and aggregates among them;
``families``
    per technology family of the scheme (an area counts for its family);
``years``
    per year (the earliest date of a partnership; undated ones in a row of their own);
``sources``
    per origin: the curated records, and each imported dataset (``dsr import``) with the
    partnerships it brought; ``matched`` counts a dataset's partnerships a curated record
    describes (entity resolution linked them into the curated partnership) — for the curated
    records, those some dataset has too — and ``unmatched`` the rest: the gaps;
``totals``
    one row: partnerships, curated, imported, aggregates, countries and families.

A partnership counts once in each row it belongs to, so the rows of a table may add up to more
than the total (a partnership of two countries counts for both).
"""

from __future__ import annotations

__all__ = ["coverage", "text_table", "TABLES"]

from collections import defaultdict

from ..namespaces import PREFIXES, SOURCE
from ..store.kg import KnowledgeGraph
from ..store.project import node_id

TABLES = ("countries", "families", "years", "sources")
CURATION = str(SOURCE) + "dsr-curation"

_PARTNERSHIPS = "SELECT DISTINCT ?p WHERE { ?p a dsr:Partnership }"
_AGGREGATES = "SELECT DISTINCT ?p WHERE { ?p a dsr:Aggregate }"
_CURATED = f"SELECT DISTINCT ?p WHERE {{ GRAPH <{CURATION}> {{ ?p a ?c }} }}"
_DATASETS = """SELECT DISTINCT ?g ?label WHERE { ?g dsr:recordedIn ?r . FILTER (STRSTARTS(STR(?r), "import:"))
                                                 OPTIONAL { ?g rdfs:label ?label } }"""
_IN_GRAPH = "SELECT DISTINCT ?p WHERE { GRAPH <%s> { ?p ?x ?y } ?p a dsr:Partnership }"
_COUNTRIES = """SELECT DISTINCT ?p ?code WHERE {
  { ?p a dsr:Partnership ; dsr:party/dsr:homeCountry/dsr:iso3166Code ?code }
  UNION { ?p a dsr:Partnership ; dsr:country/dsr:iso3166Code ?code } }"""
_NAMES = "SELECT DISTINCT ?code ?name WHERE { ?c dsr:iso3166Code ?code ; rdfs:label ?name }"
_FAMILIES = """SELECT DISTINCT ?p ?family WHERE { ?p a dsr:Partnership ; dsr:technologyArea/skos:broader* ?f .
  ?f skos:topConceptOf ?s ; skos:prefLabel ?family }"""
_DATES = "SELECT ?p ?d WHERE { ?p a dsr:Partnership ; dsr:date ?d }"


def _column(kg: KnowledgeGraph, text: str, var: str = "p") -> set[str]:
    return {node_id(r[var]) for r in kg.store.query(text, prefixes=PREFIXES)}


def coverage(kg: KnowledgeGraph) -> dict[str, list[dict]]:
    """The coverage tables of ``kg`` (see the module docstring), each row a plain dict, largest first."""
    everything = _column(kg, _PARTNERSHIPS)
    aggregates = _column(kg, _AGGREGATES) & everything
    curated = _column(kg, _CURATED) & everything
    datasets = {}
    for r in kg.store.query(_DATASETS, prefixes=PREFIXES):
        label = r["label"].value if r["label"] is not None else node_id(r["g"])
        datasets[r["g"].value] = (label, _column(kg, _IN_GRAPH % r["g"].value) & everything)
    imported = set().union(*(members for _, members in datasets.values())) if datasets else set()

    def row(key: str, value, members: set) -> dict:
        return {key: value, "partnerships": len(members), "curated": len(members & curated),
                "imported": len(members & imported), "aggregates": len(members & aggregates)}

    by_country: dict[str, set] = defaultdict(set)
    for r in kg.store.query(_COUNTRIES, prefixes=PREFIXES):
        by_country[r["code"].value].add(node_id(r["p"]))
    names: dict[str, str] = {}
    for r in kg.store.query(_NAMES, prefixes=PREFIXES):
        code, name = r["code"].value, r["name"].value
        if code not in names or name < names[code]:
            names[code] = name
    countries = [{"code": code, "name": names.get(code, code), **row("country", code, members)}
                 for code, members in by_country.items()]
    for c in countries:
        del c["country"]
    by_family: dict[str, set] = defaultdict(set)
    for r in kg.store.query(_FAMILIES, prefixes=PREFIXES):
        by_family[r["family"].value].add(node_id(r["p"]))
    by_family["(no technology area)"] = everything - set().union(*by_family.values()) if by_family else set(everything)
    earliest: dict[str, int] = {}
    for r in kg.store.query(_DATES, prefixes=PREFIXES):
        text = r["d"].value[:4]
        if text.isdigit():
            p = node_id(r["p"])
            earliest[p] = min(earliest.get(p, 9999), int(text))
    by_year: dict = defaultdict(set)
    for p in everything:
        by_year[earliest.get(p, "undated")].add(p)
    # per origin: a dataset row is matched when a curated record describes it (entity resolution
    # linked the two into the curated partnership); a curated record when some dataset has it too
    sources = [{"source": "curated records", "partnerships": len(curated), "matched": len(curated & imported),
                "unmatched": len(curated - imported)}]
    for g, (label, members) in sorted(datasets.items(), key=lambda kv: kv[1][0]):
        sources.append({"source": label, "partnerships": len(members), "matched": len(members & curated),
                        "unmatched": len(members - curated)})

    def ranked(rows, key):
        return sorted(rows, key=lambda r: (-r["partnerships"], str(r[key])))

    return {
        "countries": ranked(countries, "code"),
        "families": ranked([row("family", f, m) for f, m in by_family.items() if m], "family"),
        "years": sorted((row("year", y, m) for y, m in by_year.items()), key=lambda r: (r["year"] == "undated", str(r["year"]))),
        "sources": sources,
        "totals": [{"partnerships": len(everything), "curated": len(curated), "imported": len(imported),
                    "aggregates": len(aggregates), "countries": len(by_country),
                    "families": len([f for f in by_family if f != "(no technology area)"])}],
    }


def text_table(rows: list[dict], limit: int | None = None) -> str:
    """Rows as an aligned plain-text table (numbers right-aligned)."""
    if not rows:
        return "(none)\n"
    shown = rows[:limit] if limit else rows
    keys = list(shown[0])
    cells = [[str(r.get(k, "")) for k in keys] for r in shown]
    widths = [max(len(k), *(len(c[i]) for c in cells)) for i, k in enumerate(keys)]
    numeric = [all(c[i].isdigit() for c in cells) for i in range(len(keys))]
    line = lambda values: "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric))  # noqa: E731
    out = [line(keys).rstrip(), "  ".join("-" * w for w in widths)] + [line(c).rstrip() for c in cells]
    if limit and len(rows) > limit:
        out.append(f"… {len(rows) - limit} more rows")
    return "\n".join(out) + "\n"

