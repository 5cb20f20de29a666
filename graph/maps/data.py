"""What a map shows: a projection narrowed by focus, country, technology and years, measured, laid out and capped.

:func:`map_data` turns a graph and a :class:`MapSpec` into one plain, JSON-ready dict — nodes
with positions, sizes and colours; links with the partnerships behind them; and the partnerships,
sources, technology areas and countries the legend, filters and details panel need. The renderer
only writes it into the page (as columns and blocks read on demand: :mod:`graph.maps.payload`), so
everything a map shows can be checked in Python first.

Narrowing works on partnerships: ``countries`` keeps the partnerships with a party of one of
those countries (ISO codes or names), ``technologies`` those covering one of those areas or an
area below it in the scheme, ``years`` those dated within the range (by their earliest date).
A link keeps only the partnerships that pass and goes when none does; a node stays while it
keeps a link or takes part in a partnership that passes, and lists only those partnerships. ``focus`` then keeps the organisation and everything within
``depth`` links of it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import SKOS

from ..analysis import centrality
from ..analysis.partition import shared
from ..analysis.engine import simple_undirected
from ..errors import DSRError
from ..version import __version__
from ..namespaces import PREFIXES
from ..store.project import node_id, project, projections
from ..store.kg import KnowledgeGraph
from ..technology import scheme
from .aggregate import DEFAULT_NODE_CAP, MODES, aggregate
from .catalogue import Catalogue, catalogue
from .layout import layout

RENDERERS = ("auto", "canvas", "webgl")  # as graph.maps.render draws them

__all__ = ["MapSpec", "MapError", "map_data", "SIZE_MEASURES", "COLOUR_BY", "PALETTE", "resolve_node"]

SIZE_MEASURES = ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank",
                 "core_number", "effective_size")
COLOUR_BY = ("community", "kind", "country")
# Okabe-Ito's colour-blind-safe eight, then Tableau's ten: categorical, distinguishable.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
           "#9C755F", "#BAB0AC")
OTHER_COLOUR = "#9e9e9e"
MIN_SIZE, MAX_SIZE = 8, 40
DETAILS_SHOWN = 200  # partnerships listed in a node's details panel (map.js shows as many)


class MapError(DSRError):
    """A map cannot be made as asked: unknown organisation, country, technology or measure, or nothing left."""

    exit_code = 2


@dataclass
class MapSpec:
    """What to draw. Every field has the default ``dsr map`` uses."""

    projection: str = "co-partnership"
    focus: str | None = None
    depth: int = 1
    countries: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    size_by: str = "degree"
    colour_by: str = "community"
    node_cap: int = DEFAULT_NODE_CAP
    aggregate: str = "community"
    renderer: str = "auto"  # "canvas" (vis-network), "webgl" (sigma.js) or "auto" (WebGL for big maps)
    seed: int = 42
    title: str | None = None
    extra: dict = field(default_factory=dict)  # free notes shown under the title (gallery captions)


def _check(spec: MapSpec) -> None:
    if spec.projection not in projections():
        raise MapError(f"no projection named {spec.projection!r}; known: {', '.join(projections())}")
    if spec.size_by not in SIZE_MEASURES:
        raise MapError(f"--size-by: unknown measure {spec.size_by!r}; use one of {', '.join(SIZE_MEASURES)}")
    if spec.colour_by not in COLOUR_BY:
        raise MapError(f"--colour-by: use one of {', '.join(COLOUR_BY)}, not {spec.colour_by!r}")
    if spec.aggregate not in MODES:
        raise MapError(f"--aggregate: use one of {', '.join(MODES)}, not {spec.aggregate!r}")
    if spec.renderer not in RENDERERS:
        raise MapError(f"--renderer: use one of {', '.join(RENDERERS)}, not {spec.renderer!r}")
    if spec.depth < 0:
        raise MapError("--depth must be 0 or more")
    if spec.years and spec.years[0] > spec.years[1]:
        raise MapError(f"--years {spec.years[0]}-{spec.years[1]}: the first year comes after the last")


def _simple(g: nx.Graph) -> nx.Graph:
    """The projection as a simple undirected graph whose links carry ``vias`` (partnership ids)."""
    h = simple_undirected(g, "weight")
    vias: dict[tuple, set] = defaultdict(set)
    for u, v, data in g.edges(data=True):
        key = (u, v) if str(u) <= str(v) else (v, u)
        for pid in str(data.get("via", "")).split("; "):
            if pid:
                vias[key].add(pid)
    for u, v, data in h.edges(data=True):
        key = (u, v) if str(u) <= str(v) else (v, u)
        found = tuple(sorted(vias.get(key, ())))
        data["vias"] = found
        data["weight"] = len(found) or data.get("weight", 1)
    for node in h.nodes:
        h.nodes[node].update(g.nodes[node])
    return h


def _countries(cat: Catalogue, wanted) -> set[str]:
    by_name = {name.casefold(): code for code, name in cat.countries.items()}
    codes = set()
    for value in wanted:
        code = value.upper() if value.upper() in cat.countries else by_name.get(value.casefold())
        if code is None:  # an alpha-2 code or another name of the country (as catalogue parameters take)
            import pycountry

            try:
                code = pycountry.countries.lookup(value).alpha_3
            except LookupError:
                code = None
            code = code if code in cat.countries else None
        if code is None:
            raise MapError(f"--country: no country {value!r} in the graph (give an ISO 3166 alpha-3 code such as PAK, or a name)")
        codes.add(code)
    return codes


def _areas(wanted) -> set[str]:
    tech = scheme()
    broader = {str(s): str(o) for s, o in tech.graph.subject_objects(SKOS.broader)}
    chosen = set()
    for value in wanted:
        concept = tech.resolve(value)
        if concept is None:
            raise MapError(f"--technology: {value!r} is no technology area; try one of: {', '.join(tech.names()[:12])} ...")
        chosen.add(concept.iri)
    keep = set()
    for iri in tech.concepts:
        up = iri
        while up is not None:
            if up in chosen:
                keep.add(iri)
                break
            up = broader.get(up)
    return {node_id(ox.NamedNode(iri)) for iri in keep}


def resolve_node(g: nx.Graph, name: str, kg: KnowledgeGraph | None = None) -> str:
    """The node ``name`` means: its id (``organisation:zte-corporation``), full IRI or exact label;
    with ``kg``, also an alias, an id's last part or an ISO code, as catalogue parameters take them
    (:mod:`graph.store.names`); else a unique node whose label contains it."""
    if name in g:
        return name
    for node in g.nodes:
        if name.endswith("/" + str(node).split(":", 1)[-1]) and name.startswith("http"):
            return node
    folded = name.casefold()
    exact = sorted(n for n in g.nodes if str(g.nodes[n].get("label", "")).casefold() == folded)
    if exact:
        return exact[0]
    if kg is not None:
        from ..store.names import NameResolver, UnknownName

        try:
            found = NameResolver(kg.select).resolve(name, "iri", what="--focus")
        except UnknownName:
            found = None
        if found is not None and node_id(found.term) in g:
            return node_id(found.term)
    part = sorted(n for n in g.nodes if folded in str(g.nodes[n].get("label", "")).casefold())
    if len(part) == 1:
        return part[0]
    if part:
        shown = ", ".join(f"{g.nodes[n].get('label')} ({n})" for n in part[:5])
        raise MapError(f"--focus {name!r} names {len(part)} nodes: {shown}{' ...' if len(part) > 5 else ''}; give an id")
    raise MapError(f"--focus: no node {name!r} in this map (give an id such as organisation:huawei-technologies, or a label)")


def _narrow(kg: KnowledgeGraph, g: nx.Graph, cat: Catalogue, spec: MapSpec) -> nx.Graph:
    allowed = None
    if spec.countries:
        codes = _countries(cat, spec.countries)
        country_of = _home_countries(kg)
        allowed = {pid for pid in cat.partnerships if any(country_of.get(org) in codes for org in cat.parties(pid))}
    if spec.technologies:
        areas = _areas(spec.technologies)
        tech_ok = {pid for pid, p in cat.partnerships.items() if areas & set(p["areas"])}
        allowed = tech_ok if allowed is None else allowed & tech_ok
    if spec.years:
        lo, hi = spec.years
        dated = {pid for pid, p in cat.partnerships.items() if p["year"] is not None and lo <= p["year"] <= hi}
        allowed = dated if allowed is None else allowed & dated
    if allowed is None:
        return g, None
    h = g.copy()
    for u, v, data in list(h.edges(data=True)):
        if not data["vias"]:
            continue
        kept = tuple(p for p in data["vias"] if p in allowed)
        if kept:
            data["vias"], data["weight"] = kept, len(kept)
        else:
            h.remove_edge(u, v)
    parties = {org for pid in allowed for org in cat.parties(pid)}
    h.remove_nodes_from([n for n in list(h.nodes) if h.degree(n) == 0 and n not in parties])
    return h, allowed


_HOME = "SELECT DISTINCT ?org ?code WHERE { ?org dsr:homeCountry/dsr:iso3166Code ?code }"


def _home_countries(kg: KnowledgeGraph) -> dict[str, str]:
    """Organisation id → ISO code of its home country (the smallest code, should sources differ);
    asked once per graph."""
    return kg.memo("home-countries", lambda: _ask_home_countries(kg))


def _ask_home_countries(kg: KnowledgeGraph) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in kg.store.query(_HOME, prefixes=PREFIXES):
        org, code = node_id(row["org"]), row["code"].value
        if org not in out or code < out[org]:
            out[org] = code
    return out


def _scale(values: dict) -> dict:
    finite = [v for v in values.values() if isinstance(v, (int, float)) and v == v]
    lo, hi = (min(finite), max(finite)) if finite else (0, 0)
    span = (hi - lo) or 1
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * ((v if v == v else lo) - lo) / span, 2)
            for n, v in values.items()}


def _number(v):
    if isinstance(v, float):
        return round(v, 6) if v == v else None
    return v


def map_data(kg: KnowledgeGraph, spec: MapSpec | None = None, *, cat: Catalogue | None = None) -> dict:
    """The map's content as plain values (see the module docstring); raises MapError on a bad spec."""
    spec = spec or MapSpec()
    _check(spec)
    cat = cat or catalogue(kg)
    # the projection as a simple graph, made once for every map of this graph (a gallery draws 19 of
    # the same projection): shared, so it is only read here — narrowing copies it
    years = tuple(spec.years) if spec.years else None
    g = kg.memo(("map-base", spec.projection, years), lambda: _simple(project(kg, spec.projection, years=spec.years)))
    g, allowed = _narrow(kg, g, cat, spec)
    focus = None
    if spec.focus:
        focus = resolve_node(g, spec.focus, kg)
        g = nx.ego_graph(g, focus, radius=spec.depth)
    if g.number_of_nodes() == 0:
        raise MapError("nothing to draw: no node is left after the filters")
    # order nodes by id so layout, communities and output never depend on insertion order
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(g.nodes(data=True), key=lambda item: str(item[0])))
    ordered.add_edges_from(sorted(((u, v, d) if str(u) <= str(v) else (v, u, d)) for u, v, d in g.edges(data=True)))
    g = ordered
    for node in g.nodes:
        attrs = g.nodes[node]
        roles = cat.roles.get(node)
        if roles is None:  # technology areas, countries: the partnerships of their links
            roles = {pid: [] for _, _, d in g.edges(node, data=True) for pid in d["vias"]}
        if allowed is not None:  # a narrowed map tells only of the partnerships it is about
            roles = {pid: r for pid, r in roles.items() if pid in allowed}
        attrs["partnerships"] = roles
    measures = centrality.compute(g, sorted({spec.size_by, "degree"}), seed=spec.seed)
    scores = measures[spec.size_by]
    # the projection's one partition, the report's and the exports' (a narrowed map shows its groups)
    part = shared(kg, spec.projection, spec.seed)
    community = {n: part.membership.get(n, -1) for n in g.nodes}
    aggregation = None
    if g.number_of_nodes() > spec.node_cap:
        g, aggregation = aggregate(g, spec.node_cap, mode=spec.aggregate, communities=community, scores=scores,
                                   names=part.names)
        if aggregation.mode == "community":
            scores = {n: len(g.nodes[n]["members"]) for n in g.nodes}
        else:
            scores = {n: (len(g.nodes[n]["members"]) if n == "group:others" else scores[n]) for n in g.nodes}
        community = {n: g.nodes[n].get("community", community.get(n, -1)) for n in g.nodes}
    positions = layout(g, seed=spec.seed)
    sizes = _scale(scores)
    return _payload(kg, g, cat, spec, focus, positions, sizes, scores, community, aggregation, part.names)


def _community_colours(present) -> dict:
    """Community number → colour: the partition's largest communities keep their palette colour on
    every map (community 0 the first colour, ...); others present take the colours left, in order."""
    table = {c: PALETTE[c] for c in present if 0 <= c < len(PALETTE)}
    spare = [colour for colour in PALETTE if colour not in table.values()]
    for c in sorted(c for c in present if c >= len(PALETTE)):
        table[c] = spare.pop(0) if spare else OTHER_COLOUR
    return {str(c): table[c] for c in sorted(table)}


def _colours(g: nx.Graph, community: dict) -> dict:
    """Colour tables for the three ways of colouring: value → colour, biggest groups first (the
    communities by their number in the shared partition, see :func:`_community_colours`)."""
    tables = {"community": _community_colours({community.get(n, -1) for n in g.nodes} - {-1})}
    for key, value_of in (("kind", lambda n: g.nodes[n].get("kind", "")),
                          ("country", lambda n: g.nodes[n].get("country", ""))):
        counts: dict = defaultdict(int)
        for n in g.nodes:
            counts[value_of(n)] += 1
        ranked = sorted(counts, key=lambda v: (-counts[v], str(v)))
        table = {}
        for i, value in enumerate(v for v in ranked if v not in ("", -1)):
            table[str(value)] = PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR
        tables[key] = table
    return tables


def _area_info(used) -> dict:
    """Technology-area id → its label and family's label, for the areas ``used``, in scheme order."""
    tech = scheme()
    info = {}
    for concept in tech.concepts.values():
        nid = node_id(ox.NamedNode(concept.iri))
        if nid in used:
            info[nid] = {"label": concept.label, "family": tech.concepts[concept.family].label}
    return info


def _payload(kg, g, cat, spec, focus, positions, sizes, scores, community, aggregation, names) -> dict:
    used: dict[str, int] = {}
    for node in g.nodes:
        for pid in g.nodes[node].get("partnerships", {}):
            used.setdefault(pid, 0)
    for _, _, d in g.edges(data=True):
        for pid in d.get("vias", ()):
            used.setdefault(pid, 0)
    pids = sorted(p for p in used if p in cat.partnerships)
    index = {pid: i for i, pid in enumerate(pids)}
    area_info = _area_info({a for pid in pids for a in cat.partnerships[pid]["areas"]})
    nodes = []
    for node in g.nodes:
        a = g.nodes[node]
        x, y = positions[node]
        entry = {
            "id": str(node), "label": str(a.get("label", node)), "kind": str(a.get("kind", "")),
            "country": str(a.get("country", "")), "community": int(community.get(node, -1)),
            "value": _number(scores.get(node)), "size": sizes.get(node, MIN_SIZE), "x": x, "y": y,
            "p": [[index[pid], roles] for pid, roles in sorted(a.get("partnerships", {}).items()) if pid in index],
        }
        if "members" in a:  # a super-node of an aggregated map
            entry["members"] = [str(g.nodes[m].get("label", m)) if m in g else str(m) for m in a["members"][:25]]
            entry["memberCount"] = len(a["members"])
            entry["kinds"] = dict(sorted(a["kinds"].items()))
            entry["countries"] = dict(sorted(a["countries"].items()))
        nodes.append(entry)
    edges = []
    for u, v, d in g.edges(data=True):
        edges.append({"from": str(u), "to": str(v), "weight": int(d.get("weight", 1)),
                      "p": [index[pid] for pid in d.get("vias", ()) if pid in index]})
    # the details panel lists a node's first DETAILS_SHOWN partnerships: only those need their dates
    # and sources in the page (the filters need kinds, categories, areas and year of every one);
    # this keeps an aggregated map, whose super-nodes stand for thousands of partnerships, small
    shown = {i for entry in nodes for i, _ in entry["p"][:DETAILS_SHOWN]}
    partnerships = []
    for i, pid in enumerate(pids):
        p = cat.partnerships[pid]
        full = i in shown
        partnerships.append({"id": pid, "label": p["label"], "kinds": p["kinds"], "categories": p["categories"],
                             "year": p["year"], "dates": p["dates"] if full else [], "areas": p["areas"],
                             "sources": p["sources"] if full else []})
    sources = sorted({s for p in partnerships for s in p["sources"]})
    years = sorted({p["year"] for p in partnerships if p["year"] is not None})
    # the date of the data a figure of the map states: its latest dated partnership
    latest = max((str(d[1]) for pid in pids for d in cat.partnerships[pid]["dates"] if len(d) > 1 and d[1]), default=None)
    title = spec.title or projections()[spec.projection].title
    return {
        "meta": {
            "title": title, "projection": spec.projection, "seed": spec.seed, "sizeBy": spec.size_by,
            "colourBy": spec.colour_by, "focus": focus, "depth": spec.depth if focus else None,
            "countries": list(spec.countries), "technologies": list(spec.technologies),
            "years": list(spec.years) if spec.years else None, "yearRange": [years[0], years[-1]] if years else None,
            "aggregated": aggregation.text() if aggregation else None, "nodeCap": spec.node_cap,
            "notes": dict(sorted(spec.extra.items())), "origin": kg.name, "latestDate": latest,
            "version": __version__,
        },
        "nodes": nodes,
        "edges": edges,
        "partnerships": partnerships,
        "sources": {s: cat.sources[s] for s in sources if s in cat.sources},
        "areas": area_info,
        "countries": {c: n for c, n in cat.countries.items() if any(x["country"] == c for x in nodes)},
        "colours": _colours(g, community),
        "communities": {str(c): names[c] for c in sorted({community.get(n, -1) for n in g.nodes}) if c in names},
    }
