"""Change over time: yearly snapshots of a projection, newcomers, rising and falling actors, technology by year."""

from __future__ import annotations

from functools import lru_cache

from collections import Counter, defaultdict
from typing import Sequence

import networkx as nx

from ..errors import DSRError
from ..store.project import node_id
from ..store.kg import KnowledgeGraph
from ..technology import scheme

__all__ = ["year_range", "snapshots", "first_seen", "newcomers", "movers", "technology_timeline",
           "per_year_area", "link_years", "BadMovers", "MOVER_MEASURES", "DEFAULT_WINDOW"]

MOVER_MEASURES = ("degree", "weighted_degree")
DEFAULT_WINDOW = 3  # years per window: the last three years against the three before


class BadMovers(DSRError):
    """The measure or windows asked of movers() are not ones it can compare."""

    exit_code = 2


def link_years(data: dict) -> list[int]:
    """The distinct years, sorted, in which a link's ends share a dated partnership.

    Read from the link's ``years`` ("2015; 2018"), else its ``first_year``; an undated link has none.

    Examples
    --------
    >>> link_years({"weight": 3, "years": "2018; 2015", "first_year": 2015})
    [2015, 2018]
    >>> link_years({"weight": 1})
    []
    """
    text = data.get("years")
    if text is None:
        first = data.get("first_year")
        return [first] if isinstance(first, int) else []
    if isinstance(text, int):
        return [text]
    return list(_years_of(str(text)))


@lru_cache(maxsize=1 << 14)
def _years_of(text: str) -> tuple[int, ...]:
    """The years a ``years`` text names, sorted and distinct; worked out once per distinct text
    (a network's links share a few thousand of them, and the temporal measures read each link often)."""
    return tuple(sorted({int(y) for y in text.split(";") if y.strip().lstrip("-").isdigit()}))


def _dated_links(g: nx.Graph) -> list[tuple[str, str, list[int]]]:
    # parallel links of a multigraph each count, as they do in the graph's own edge count
    return [(u, v, ys) for u, v, data in g.edges(data=True) if (ys := link_years(data))]


def year_range(g: nx.Graph) -> tuple[int, int] | None:
    """The first and last year of the graph's dated links, or None when no link is dated.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", years="2012; 2015")
    >>> g.add_edge("b", "c", years="2010")
    >>> year_range(g)
    (2010, 2015)
    """
    years = [y for _, _, ys in _dated_links(g) for y in ys]
    return (min(years), max(years)) if years else None


def first_seen(g: nx.Graph) -> dict[str, int]:
    """The year each node first appears: the earliest year of any of its dated links.

    Nodes on undated links only are left out: nothing says when they appeared.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", years="2012; 2015")
    >>> g.add_edge("b", "c", years="2010")
    >>> g.add_edge("c", "d")
    >>> first_seen(g)
    {'a': 2012, 'b': 2010, 'c': 2010}
    """
    seen: dict[str, int] = {}
    for u, v, ys in _dated_links(g):
        for node in (u, v):
            seen[node] = min(seen.get(node, ys[0]), ys[0])
    return dict(sorted(seen.items()))


def newcomers(g: nx.Graph) -> list[dict]:
    """Each dated node with its label and the year it first appears, sorted by year then id.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("b", "a", years="2012")
    >>> g.nodes["a"]["label"] = "Alpha"
    >>> newcomers(g)
    [{'id': 'a', 'label': 'Alpha', 'year': 2012}, {'id': 'b', 'label': 'b', 'year': 2012}]
    """
    seen = first_seen(g)
    rows = [{"id": n, "label": str(g.nodes[n].get("label", n)), "year": y} for n, y in seen.items()]
    return sorted(rows, key=lambda r: (r["year"], r["id"]))


def snapshots(g: nx.Graph, *, cumulative: bool = True) -> list[dict]:
    """The graph year by year, from its first dated year to its last.

    Parameters
    ----------
    g : networkx.Graph
        A projection whose links carry ``years`` (see :func:`graph.store.project.project`).
    cumulative : bool
        True: each year's graph holds every link dated that year or before. False: only the links
        with a partnership dated in that very year.

    Returns
    -------
    list of dict
        One row per year: ``year``, ``cumulative``, ``nodes`` (ends of the year's links),
        ``edges``, ``weight`` and ``newcomers`` (nodes first seen that year, the same in both
        kinds of snapshot).

    Notes
    -----
    Undated links are left out of every snapshot, and so are nodes that only they touch. Their
    number is what the whole graph has beyond the last cumulative snapshot: ``g.number_of_edges()``
    minus its ``edges``, ``g.number_of_nodes()`` minus its ``nodes``.

    ``weight`` counts link-years: a link counts once for each distinct year (up to this one, or
    this one alone) in which its ends share a dated partnership. That is the number of dated
    partnerships they share whenever those fall in different years — for most links — and a lower
    bound otherwise, because a projection keeps a link's set of years, not a year per partnership;
    counting the link's whole ``weight`` instead would date its later partnerships too early.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", years="2010; 2012")
    >>> g.add_edge("b", "c", years="2011")
    >>> [(r["year"], r["nodes"], r["edges"], r["weight"], r["newcomers"]) for r in snapshots(g)]
    [(2010, 2, 1, 1, 2), (2011, 3, 2, 2, 1), (2012, 3, 2, 3, 0)]
    >>> [(r["year"], r["nodes"], r["edges"]) for r in snapshots(g, cumulative=False)]
    [(2010, 2, 1), (2011, 2, 1), (2012, 2, 1)]
    """
    span = year_range(g)
    if span is None:
        return []
    links = _dated_links(g)
    arrivals = Counter(first_seen(g).values())
    rows = []
    for year in range(span[0], span[1] + 1):
        if cumulative:
            active = [(u, v, sum(1 for y in ys if y <= year)) for u, v, ys in links if ys[0] <= year]
        else:
            active = [(u, v, 1) for u, v, ys in links if year in ys]
        ends = {n for u, v, _ in active for n in (u, v)}
        rows.append({"year": year, "cumulative": cumulative, "nodes": len(ends), "edges": len(active),
                     "weight": sum(w for _, _, w in active), "newcomers": arrivals.get(year, 0)})
    return rows


def _windows(g: nx.Graph, windows) -> list[tuple[int, int]]:
    if windows is None or isinstance(windows, int):
        width = DEFAULT_WINDOW if windows is None else windows
        if width < 1:
            raise BadMovers(f"a window must span at least one year, not {width}")
        span = year_range(g)
        if span is None:
            return []
        last = span[1]
        return [(last - 2 * width + 1, last - width), (last - width + 1, last)]
    out = [(int(a), int(b)) for a, b in windows]
    for a, b in out:
        if a > b:
            raise BadMovers(f"window {a}-{b} ends before it starts")
    for (a1, b1), (a2, b2) in zip(out, out[1:]):
        if a2 <= b1:
            raise BadMovers(f"windows {a1}-{b1} and {a2}-{b2} overlap or are out of order")
    return out


def _window_scores(links, first: int, last: int, measure: str) -> dict[str, int]:
    # a link is active in a window when its ends share a partnership dated inside it; weighted
    # degree counts its link-years there (as snapshot weights do), degree its distinct partners
    neighbours: dict[str, set] = defaultdict(set)
    strength: Counter = Counter()
    for u, v, ys in links:
        inside = sum(1 for y in ys if first <= y <= last)
        if not inside or u == v:
            continue
        neighbours[u].add(v)
        neighbours[v].add(u)
        strength[u] += inside
        strength[v] += inside
    if measure == "degree":
        return {n: len(ns) for n, ns in neighbours.items()}
    return dict(strength)


def movers(g: nx.Graph, *, measure: str = "degree", windows: int | Sequence[tuple[int, int]] | None = None,
           top: int = 10) -> list[dict]:
    """Rising and falling actors: who gained or lost the most ties from one window of years to the next.

    An actor's score in a window is measured on the links active in it — those whose ends share a
    partnership dated inside the window — so it measures recent activity: a cumulative graph
    never shrinks, and no one would ever be falling.

    Parameters
    ----------
    g : networkx.Graph
        A projection whose links carry ``years``.
    measure : str
        ``degree`` (distinct partners in the window, the default) or ``weighted_degree``
        (link-years in the window: partners counted once per year of dated partnership).
    windows : int or sequence of (first, last), optional
        An int N compares the last N years of the data with the N before (default
        :data:`DEFAULT_WINDOW`, 3: with data to 2026, 2024-2026 against 2021-2023); a sequence of
        (first, last) year ranges, increasing and not overlapping, compares each with the next.
    top : int
        How many rising and how many falling actors to keep per comparison.

    Returns
    -------
    list of dict
        ``id``, ``label``, ``from_year`` (first year of the earlier window), ``to_year`` (last year of
        the later one), ``before``, ``after``, ``change`` and ``direction`` (``rising`` or
        ``falling``); per comparison the rising first, by largest change, then the falling, by
        largest loss, ties broken by id. Actors whose score did not change are left out.

    Raises
    ------
    BadMovers
        For another measure, a window that ends before it starts, or windows out of order.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", years="2019")
    >>> g.add_edge("a", "c", years="2021")
    >>> g.add_edge("c", "d", years="2021")
    >>> [(r["id"], r["before"], r["after"], r["direction"]) for r in movers(g, windows=2)]
    [('c', 0, 2, 'rising'), ('d', 0, 1, 'rising'), ('b', 1, 0, 'falling')]
    """
    if measure not in MOVER_MEASURES:
        raise BadMovers(f"movers compare {' or '.join(MOVER_MEASURES)}, not {measure!r}")
    spans = _windows(g, windows)
    links = _dated_links(g)
    rows = []
    for before_span, after_span in zip(spans, spans[1:]):
        before = _window_scores(links, *before_span, measure)
        after = _window_scores(links, *after_span, measure)
        changes = []
        for node in sorted(set(before) | set(after)):
            change = after.get(node, 0) - before.get(node, 0)
            if change:
                changes.append((node, before.get(node, 0), after.get(node, 0), change))
        rising = sorted((c for c in changes if c[3] > 0), key=lambda c: (-c[3], c[0]))[:top]
        falling = sorted((c for c in changes if c[3] < 0), key=lambda c: (c[3], c[0]))[:top]
        for direction, chosen in (("rising", rising), ("falling", falling)):
            for node, b, a, change in chosen:
                rows.append({"id": node, "label": str(g.nodes[node].get("label", node)),
                             "from_year": before_span[0], "to_year": after_span[1], "before": b,
                             "after": a, "change": change, "direction": direction})
    return rows


# Both queries take a year as the first four characters of a date (xsd:date, gYearMonth or gYear)
# and count DISTINCT partnerships: a triple stated by several sources is one row per source graph
# in the union. The earliest year is taken in a subquery over dated partnerships only: a MIN over
# a group in which some ?date is unbound comes back unbound from Oxigraph.
_TIMELINE = """
SELECT ?area ?first ?partnerships WHERE {
  { SELECT ?area (COUNT(DISTINCT ?p) AS ?partnerships)
    WHERE { ?p a dsr:Partnership ; dsr:technologyArea ?area } GROUP BY ?area }
  OPTIONAL { SELECT ?area (MIN(SUBSTR(STR(?date), 1, 4)) AS ?first)
             WHERE { ?p a dsr:Partnership ; dsr:technologyArea ?area ; dsr:date ?date } GROUP BY ?area }
}
"""

_PER_YEAR_AREA = """
SELECT ?area ?year (COUNT(DISTINCT ?agreement) AS ?agreements) WHERE {
  { SELECT ?agreement (MIN(SUBSTR(STR(?date), 1, 4)) AS ?year)
    WHERE { ?agreement a dsr:Agreement ; dsr:date ?date } GROUP BY ?agreement }
  ?agreement dsr:technologyArea ?area .
}
GROUP BY ?area ?year
"""


def _area(row: dict) -> tuple[str, str]:
    """The area's preferred label and its family's; outside the bundled scheme, its id and ""."""
    tech = scheme()
    iri = row["area"].value
    concept = tech.concepts.get(iri)
    if concept is not None:
        return concept.label, tech.concepts[concept.family].label
    return node_id(row["area"]), ""


def _year(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def technology_timeline(kg: KnowledgeGraph) -> list[dict]:
    """When each technology area first appears, and how many partnerships cover it.

    Returns
    -------
    list of dict
        ``area`` (its preferred label), ``family``, ``first_year`` (the earliest year any source
        dates a partnership covering it; None if none is dated) and ``partnerships`` (how many
        distinct partnerships cover it, dated or not); sorted by first year, family, area. Areas no
        partnership covers are left out.

    Examples
    --------
    >>> import graph
    >>> rows = technology_timeline(graph.load())                    # doctest: +SKIP
    >>> next(r for r in rows if r["area"] == "5G")                   # doctest: +SKIP
    {'area': '5G', 'family': 'Mobile networks', 'first_year': 2017, 'partnerships': 14}
    """
    rows = []
    for row in kg.select(_TIMELINE):
        area, family = _area(row)
        first = _year(row["first"].value) if "first" in row else None
        rows.append({"area": area, "family": family, "first_year": first,
                     "partnerships": int(row["partnerships"].value)})
    # undated-only areas sort last: their first year is unknown, not early
    return sorted(rows, key=lambda r: (r["first_year"] is None, r["first_year"] or 0, r["family"], r["area"]))


def per_year_area(kg: KnowledgeGraph) -> list[dict]:
    """Agreement records per year per technology area.

    An agreement (``dsr:Agreement``: MoU, contract, loan, joint venture, framework agreement) counts
    in the year of the earliest date any source gives it, once per area it covers; an aggregate is
    one record. Undated agreements are left out.

    Returns
    -------
    list of dict
        ``year``, ``family``, ``area``, ``agreements``; sorted by year, family, area.
    """
    rows = []
    for row in kg.select(_PER_YEAR_AREA):
        year = _year(row["year"].value)
        if year is None:
            continue
        area, family = _area(row)
        rows.append({"year": year, "family": family, "area": area, "agreements": int(row["agreements"].value)})
    return sorted(rows, key=lambda r: (r["year"], r["family"], r["area"]))
