"""Write an analysis's tables as tidy CSV and JSON files, the same bytes every run."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from ..store.cells import safe_cell
from ..store.rdfio import atomic_write
from .result import AnalysisResult

__all__ = ["write_tables", "TABLE_COLUMNS"]

TABLE_COLUMNS = {
    "snapshots": ["year", "cumulative", "nodes", "edges", "weight", "newcomers"],
    "newcomers": ["id", "label", "year"],
    "movers": ["id", "label", "from_year", "to_year", "before", "after", "change", "direction"],
    "technology-timeline": ["area", "family", "first_year", "partnerships"],
    "per-year-area": ["year", "family", "area", "agreements"],
}
FIELDS = {"snapshots": "snapshots", "newcomers": "newcomers", "movers": "movers",
          "technology-timeline": "technology_timeline", "per-year-area": "per_year_area"}

# ---- values: one fixed text for each, so two runs give the same bytes ----

def _plain(value):
    """A JSON-ready copy: floats rounded to 10 places (no -0.0), NaN and infinities as null."""
    if isinstance(value, float):
        return round(value, 10) + 0.0 if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _cell(value) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return repr(value) if isinstance(value, float) else str(value)


def _csv(columns: list[str], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(_cell(row.get(c))) for c in columns])
    return buffer.getvalue()


def _json(value) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, indent=2) + "\n"


def _node_columns(result: AnalysisResult) -> list[str]:
    fixed = ["id", "label", "kind", "country", *result.measures]
    keys = {k for row in result.node_table for k in row}
    groups = sorted(k for k in keys if k.startswith("community_") and k not in fixed)
    return fixed + groups + sorted(keys - set(fixed) - set(groups))


def _tables(result: AnalysisResult) -> dict[str, tuple[list[str], list[dict]]]:
    nodes = sorted(result.node_table, key=lambda r: str(r.get("id")))
    names = {(method, c["community"]): c.get("name", "") for method, summary in result.community_summary.items()
             for c in summary}
    communities = [{"method": method, "community": i, "name": names.get((method, i), ""), "size": len(members),
                    "members": sorted(members)}
                   for method, found in result.communities.items() for i, members in enumerate(found)]
    modularity = [{"method": m, "communities": len(result.communities.get(m, [])), "modularity": q}
                  for m, q in result.modularity.items()]
    tables = {"nodes": (_node_columns(result), nodes),
              "communities": (["method", "community", "name", "size", "members"], communities),
              "modularity": (["method", "communities", "modularity"], modularity)}
    for name, attr in FIELDS.items():
        tables[name] = (TABLE_COLUMNS[name], getattr(result, attr))
    return tables


def _span(result: AnalysisResult) -> list[int] | None:
    years = [r["year"] for r in result.snapshots]
    return [min(years), max(years)] if years else None


def _summary(result: AnalysisResult) -> dict:
    return {"projection": result.projection, "title": result.title, "seed": result.seed, "years": result.years,
            "time_span": _span(result), "engine": result.engine, "nodes": result.nodes, "edges": result.edges,
            "undated": _undated(result), "measures": result.measures,
            "communities": {m: len(found) for m, found in result.communities.items()},
            "modularity": result.modularity}


def write_tables(result: AnalysisResult, out_dir: Path | str) -> list[Path]:
    """Write each table of ``result`` as CSV and JSON, plus ``community-summary.json``, ``coverage.json`` and ``summary.json``.

    Every file is UTF-8, written atomically; floats are rounded to 10 places and written as Python
    writes them, rows in a fixed order, so the same result always gives the same bytes. Timings
    are left out: they differ from run to run.

    Parameters
    ----------
    result : AnalysisResult
    out_dir : path
        Created if missing.

    Returns
    -------
    list of Path
        The files written: ``nodes``, ``communities``, ``modularity``, ``snapshots``, ``newcomers``,
        ``movers``, ``technology-timeline``, ``per-year-area`` (each ``.csv`` and ``.json``),
        ``community-summary.json``, ``coverage.json`` and ``summary.json``.
    """
    out = Path(out_dir)
    written = []
    for name, (columns, rows) in _tables(result).items():
        for path, text in ((out / f"{name}.csv", _csv(columns, rows)),
                           (out / f"{name}.json", _json([{c: r.get(c) for c in columns} for r in rows]))):
            atomic_write(path, text)
            written.append(path)
    for path, value in ((out / "community-summary.json", result.community_summary),
                        (out / "coverage.json", result.coverage),
                        (out / "summary.json", _summary(result))):
        atomic_write(path, _json(value))
        written.append(path)
    return written


def _undated(result: AnalysisResult) -> dict | None:
    """Links and nodes left out of the change over time: beyond the last cumulative snapshot."""
    cumulative = [r for r in result.snapshots if r.get("cumulative")]
    if not cumulative:
        return None
    last = max(cumulative, key=lambda r: r["year"])
    return {"edges": result.edges - last["edges"], "nodes": result.nodes - last["nodes"]}
