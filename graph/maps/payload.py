"""The page's copy of map data: columns read before the first frame, the rest in blocks read when needed.

:func:`graph.maps.data.map_data` gives nodes and links as objects with string ids, and every
partnership with its title, dates and sources. A page that parsed all of that before drawing spent
most of its first seconds on it (91 MB at 44k nodes and 203k links), so :func:`page_blocks` splits
it by when the page needs it:

``head`` (read before the first frame)
    meta, the nodes as columns (``id``, ``label``, ``kind`` and ``country`` as indices into small
    tables, ``community``, ``value``, ``size``, ``x``, ``y``, ``np``: how many partnerships), the
    links as columns of node indices (``s``, ``t``, ``w``: weight), the nodes in order of
    importance (``order``: by the size measure, then id — the order labels are placed in), the
    legend's tables and the counts the agreement-kind and category filters show.
``filter`` (read when a partnership filter first applies)
    each partnership's kinds, categories, areas (as indices) and year, and which partnerships each
    node (with its roles) and each link stand for, as flat lists cut by counts.
``details`` (read a chunk at a time when the details panel or a tooltip needs it)
    partnership titles, dates and sources, and the sources' citations and pages, in chunks of
    :data:`CHUNK`, so opening one node's details reads a few chunks, not all of them.

Every value keeps the order map data gives it, so the same data gives the same bytes.

Examples
--------
>>> data = {"meta": {}, "nodes": [{"id": "a", "label": "A", "kind": "Company", "country": "", "community": 0,
...          "value": 1, "size": 8, "x": 0, "y": 0, "p": [[0, ["party"]]]},
...          {"id": "b", "label": "B", "kind": "Company", "country": "CHN", "community": 0,
...          "value": 2, "size": 9, "x": 5, "y": 5, "p": [[0, ["party"]]]}],
...         "edges": [{"from": "a", "to": "b", "weight": 1, "p": [0]}],
...         "partnerships": [{"id": "p", "label": "P", "kinds": ["Contract"], "categories": [], "year": 2020,
...                           "dates": [], "areas": [], "sources": ["source:s"]}],
...         "sources": {"source:s": {"citation": "S", "url": None}}, "areas": {}, "countries": {},
...         "colours": {}, "communities": {}}
>>> head, filters, details = page_blocks(data)
>>> head["links"], head["order"], head["nodes"]["country"], head["countryCodes"]
({'s': [0], 't': [1], 'w': [1]}, [1, 0], [0, 1], ['', 'CHN'])
>>> filters["nodeP"], filters["linkP"], details[0]["id"], details[0]["chunk"]["sources"]
([0, 0], [0], 'dsr-p-0', [[0]])
"""

from __future__ import annotations

from collections import Counter

__all__ = ["page_blocks", "CHUNK"]

CHUNK = 2048  # partnerships (or sources) in one details block


def _rank_value(v) -> float:
    # as the page ranked nodes: a number (not NaN) by its value, anything else last
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) and v == v else float("-inf")


def _table(values) -> tuple[list, dict]:
    """Distinct values in first-seen order, and value → index."""
    index: dict = {}
    for v in values:
        index.setdefault(v, len(index))
    return list(index), index


def page_blocks(data: dict) -> tuple[dict, dict, list[dict]]:
    """``(head, filter, details)``: map data as the page reads it (see the module docstring).

    ``details`` is a list of ``{"id": element id, "chunk": {...}}``: ``dsr-p-K`` holds
    partnerships ``K*CHUNK`` to ``(K+1)*CHUNK - 1``, ``dsr-s-K`` the sources likewise.
    """
    nodes, edges, parts = data["nodes"], data["edges"], data["partnerships"]
    at = {n["id"]: i for i, n in enumerate(nodes)}
    kinds, kind_index = _table(n["kind"] for n in nodes)
    codes, code_index = _table([""] + [n["country"] for n in nodes])
    columns = {
        "id": [n["id"] for n in nodes], "label": [n["label"] for n in nodes],
        "kind": [kind_index[n["kind"]] for n in nodes], "country": [code_index[n["country"]] for n in nodes],
        "community": [n["community"] for n in nodes], "value": [n["value"] for n in nodes],
        "size": [n["size"] for n in nodes], "x": [n["x"] for n in nodes], "y": [n["y"] for n in nodes],
        "np": [len(n["p"]) for n in nodes],
    }
    groups = {str(i): {k: n[k] for k in ("members", "memberCount", "kinds", "countries")}
              for i, n in enumerate(nodes) if "members" in n}
    order = sorted(range(len(nodes)), key=lambda i: (-_rank_value(nodes[i]["value"]), nodes[i]["id"]))
    agreement_counts = Counter(k for p in parts for k in p["kinds"])
    category_counts = Counter(c for p in parts for c in (p["categories"] or [""]))
    agreements = sorted(agreement_counts)
    categories = sorted(category_counts)
    head = {
        "meta": data["meta"], "nodes": columns, "kinds": kinds, "countryCodes": codes, "groups": groups,
        "order": order,
        "links": {"s": [at[e["from"]] for e in edges], "t": [at[e["to"]] for e in edges],
                  "w": [e["weight"] for e in edges]},
        "agreements": [[k, agreement_counts[k]] for k in agreements],
        "categories": [[c, category_counts[c]] for c in categories],
        "partnerships": len(parts), "chunk": CHUNK,
        "colours": data["colours"], "countries": data["countries"], "areas": data["areas"],
        "communities": data["communities"],
    }
    if "vis" in data:
        head["vis"] = data["vis"]
    agreement_index = {k: i for i, k in enumerate(agreements)}
    category_index = {c: i for i, c in enumerate(categories) if c}
    # the areas the legend names first, then any the scheme gives no label (shown by their id)
    area_ids = list(data["areas"]) + sorted({a for p in parts for a in p["areas"]} - set(data["areas"]))
    area_index = {a: i for i, a in enumerate(area_ids)}
    role_sets, role_index = _table(tuple(roles) for n in nodes for _, roles in n["p"])
    filters = {
        "kinds": [[agreement_index[k] for k in p["kinds"]] for p in parts],
        "categories": [[category_index[c] for c in p["categories"]] for p in parts],
        "areas": [[area_index[a] for a in p["areas"]] for p in parts],
        "areaIds": area_ids,
        "year": [p["year"] for p in parts],
        "nodeP": [i for n in nodes for i, _ in n["p"]],
        "nodeRole": [role_index[tuple(roles)] for n in nodes for _, roles in n["p"]],
        "roleSets": [list(r) for r in role_sets],
        "linkN": [len(e["p"]) for e in edges],
        "linkP": [i for e in edges for i in e["p"]],
    }
    sources = sorted({s for p in parts for s in p["sources"]})
    source_index = {s: i for i, s in enumerate(sources)}
    date_names, date_index = _table(d[0] for p in parts for d in p["dates"])
    details = []
    for k in range(0, len(parts), CHUNK):
        chunk = parts[k:k + CHUNK]
        details.append({"id": f"dsr-p-{k // CHUNK}", "chunk": {
            "label": [p["label"] for p in chunk],
            "dates": [[[date_index[d[0]], d[1]] for d in p["dates"]] for p in chunk],
            "sources": [[source_index[s] for s in p["sources"]] for p in chunk],
        }})
    filters["dateNames"] = date_names
    filters["sourceCount"] = len(sources)
    for k in range(0, len(sources), CHUNK):
        chunk = sources[k:k + CHUNK]
        known = data["sources"]
        details.append({"id": f"dsr-s-{k // CHUNK}", "chunk": {
            "citation": [known[s]["citation"] if s in known else s for s in chunk],
            "url": [known[s]["url"] if s in known else None for s in chunk],
        }})
    return head, filters, details
