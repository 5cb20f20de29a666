"""Write an analysis as a report (Markdown, and one self-contained HTML file with SVG charts), the same bytes every run."""

from __future__ import annotations

import html
import math
import re
from pathlib import Path

from ..store.rdfio import atomic_write
from .result import AnalysisResult
from .svg import column_chart, hbar_chart, heatmap, short_number
from .tables import _span, _undated, write_tables  # noqa: F401 - write_tables belongs to this API too

__all__ = ["write_tables", "write_report", "MEASURE_NOTES", "LOWER_IS_NOTABLE"]


# what each measure means for a reader of this network, and which way is notable
MEASURE_NOTES = {
    "degree": ("Degree", "how many distinct partners an actor has."),
    "weighted_degree": ("Weighted degree", "how many partnerships an actor shares with its partners, summed: "
                        "the volume of its joint activity."),
    "betweenness": ("Betweenness", "how often an actor lies on the shortest path between two others: a go-between "
                    "whose absence would leave groups further apart."),
    "closeness": ("Closeness", "how few steps separate an actor from everyone it can reach."),
    "eigenvector": ("Eigenvector centrality", "high when an actor's partners are themselves well connected: "
                    "standing in the inner circle."),
    "pagerank": ("PageRank", "like eigenvector centrality, with each partner's influence shared among its own "
                 "partners; weighted by partnerships shared."),
    "core_number": ("Core number", "the densest layer (k-core) an actor belongs to: in the core, every actor has "
                    "at least that many partners inside the core."),
    "constraint": ("Constraint", "Burt's constraint: how far an actor's partners are tied to each other. Low "
                   "constraint marks a broker between groups that otherwise do not deal with one another; high "
                   "constraint an actor embedded in one closed circle. Ranked lowest first."),
    "effective_size": ("Effective size", "the number of an actor's partners that are not also partners of each "
                       "other: how many separate circles it reaches."),
}
LOWER_IS_NOTABLE = {"constraint"}  # ranked ascending: the brokers are the least constrained
TOP_TABLE, TOP_CHART, COMMUNITY_ROWS, MAX_COLUMNS = 10, 15, 10, 40


# ---- the report: one list of blocks, rendered as Markdown and as HTML ----

def _md(text) -> str:
    """Text from the data, safe in Markdown: no raw HTML, no links, no table breaks."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    text = re.sub(r"([\\`*_\[\]|~])", r"\\\1", text)
    return html.escape(text, quote=False)


class _Doc:
    def __init__(self):
        self.blocks: list[tuple] = []
        self.charts: dict[str, str] = {}

    def heading(self, level: int, text: str, anchor: str | None = None):
        self.blocks.append(("h", level, text, anchor))

    def para(self, text: str):
        self.blocks.append(("p", text))

    def bullets(self, items: list[str]):
        self.blocks.append(("ul", items))

    def table(self, headers: list[str], rows: list[list]):
        self.blocks.append(("table", headers, [[_show(v) for v in row] for row in rows]))

    def chart(self, name: str, svg: str, caption: str):
        self.charts[name] = svg
        self.blocks.append(("chart", name, caption))

    def markdown(self) -> str:
        out = []
        for block in self.blocks:
            if block[0] == "h":
                out.append("#" * block[1] + " " + _md(block[2]))
            elif block[0] == "p":
                out.append(_md(block[1]))
            elif block[0] == "ul":
                out.append("\n".join("- " + _md(item) for item in block[1]))
            elif block[0] == "table":
                head = "| " + " | ".join(_md(h) for h in block[1]) + " |"
                rule = "| " + " | ".join("---" for _ in block[1]) + " |"
                body = ["| " + " | ".join(_md(c) for c in row) + " |" for row in block[2]]
                out.append("\n".join([head, rule, *body]))
            else:
                out.append(f"![{_md(block[2])}](charts/{block[1]}.svg)")
        return "\n\n".join(out) + "\n"

    def html(self, title: str) -> str:
        e = html.escape
        out = []
        for block in self.blocks:
            if block[0] == "h":
                anchor = f' id="{e(block[3])}"' if block[3] else ""
                out.append(f"<h{block[1]}{anchor}>{e(block[2])}</h{block[1]}>")
            elif block[0] == "p":
                out.append(f"<p>{e(block[1])}</p>")
            elif block[0] == "ul":
                out.append("<ul>\n" + "\n".join(f"<li>{e(item)}</li>" for item in block[1]) + "\n</ul>")
            elif block[0] == "table":
                head = "".join(f'<th scope="col">{e(h)}</th>' for h in block[1])
                body = "\n".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in block[2])
                out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>")
            else:
                out.append(f"<figure>\n{self.charts[block[1]].strip()}\n"
                           f"<figcaption>{e(block[2])}</figcaption>\n</figure>")
        # the policy forbids every fetch: the page is one file and must never reach the network
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" "
                "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                f"<title>{e(title)}</title>\n<style>\n{_CSS}</style>\n</head>\n<body>\n<main>\n"
                + "\n".join(out) + "\n</main>\n</body>\n</html>\n")


_CSS = """body { font-family: system-ui, sans-serif; line-height: 1.45; color: #1a1a1a; margin: 0; }
main { max-width: 1000px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.2rem; font-size: 0.9rem; }
th, td { border: 1px solid #d0d0d0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { font-size: 0.85rem; color: #555; }
svg { max-width: 100%; height: auto; }
"""


def _show(value) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return short_number(value)
    return str(value)


def _name(measure: str) -> str:
    return MEASURE_NOTES.get(measure, (measure.replace("_", " ").capitalize(), ""))[0]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-") or "x"


def _ranked(result: AnalysisResult, measure: str) -> list[dict]:
    rows = [r for r in result.node_table
            if isinstance(r.get(measure), (int, float)) and not isinstance(r.get(measure), bool)
            and math.isfinite(r[measure])]
    sign = 1 if measure in LOWER_IS_NOTABLE else -1
    return sorted(rows, key=lambda r: (sign * r[measure], str(r["id"])))


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _names(pairs: list[dict], limit: int) -> str:
    return ", ".join(f"{p['name']} {p['count']}" for p in pairs[:limit])


def _analysed(doc: _Doc, result: AnalysisResult):
    doc.heading(2, "What was analysed")
    span = _span(result)
    doc.table(["What", "Value"], [
        ["Projection", f"{result.projection}: {result.title}"], ["Actors (nodes)", result.nodes],
        ["Links", result.edges], ["Years", f"{result.years[0]}–{result.years[1]}" if result.years else "all"],
        ["Dated links span", f"{span[0]}–{span[1]}" if span else "no dated links"],
        ["Seed", result.seed], ["Engine", result.engine],
        ["Measures", ", ".join(_name(m) for m in result.measures) or "none"],
        ["Community methods", ", ".join(result.communities) or "none"]])
    doc.para("The tables behind this report are in the same folder as CSV and JSON files; the section "
             "“How to read this” at the end explains each measure.")


def _top_actors(doc: _Doc, result: AnalysisResult):
    doc.heading(2, "Top actors per measure")
    for measure in result.measures:
        ranked = _ranked(result, measure)
        low = measure in LOWER_IS_NOTABLE
        title = f"{'Lowest' if low else 'Highest'} {_name(measure).lower()}"
        doc.heading(3, _name(measure))
        note = MEASURE_NOTES.get(measure, ("", ""))[1]
        if note:
            doc.para(f"{_name(measure)}: {note}")
        doc.table(["Rank", "Actor", "Kind", "Country", _name(measure)],
                  [[i + 1, r.get("label", r["id"]), r.get("kind", ""), r.get("country", ""), r[measure]]
                   for i, r in enumerate(ranked[:TOP_TABLE])])
        items = [(str(r.get("label", r["id"])), r[measure]) for r in ranked[:TOP_CHART]]
        doc.chart(f"top-{_slug(measure)}", hbar_chart(items, title=f"{title}: top {len(items)}",
                                                     key=f"top-{_slug(measure)}",
                                                     desc=f"{_name(measure)} of the {len(items)} "
                                                          f"{'lowest' if low else 'highest'}-ranked actors."),
                  f"{title}, top {len(items)} actors.")


def _communities(doc: _Doc, result: AnalysisResult):
    doc.heading(2, "Communities")
    if not result.communities:
        doc.para("No community detection was run.")
        return
    doc.table(["Method", "Communities", "Largest", "Modularity"],
              [[m, len(found), len(found[0]) if found else 0, result.modularity.get(m)]
               for m, found in result.communities.items()])
    for method, found in result.communities.items():
        doc.heading(3, f"{method} communities")
        sizes = [(str(i), len(members)) for i, members in enumerate(found)]
        shown = sizes[:MAX_COLUMNS]
        more = f" (the {len(shown)} largest of {len(sizes)})" if len(sizes) > len(shown) else ""
        doc.chart(f"communities-{_slug(method)}",
                  column_chart(shown, title=f"Community sizes: {method}{more}", x_label="community (0 = largest)",
                               y_label="actors", key=f"communities-{_slug(method)}"),
                  f"Actors per community found by {method}{more}.")
        summary = (result.community_summary.get(method)
                   or [{"community": i, "size": len(m)} for i, m in enumerate(found)])
        doc.table(["Community", "Name", "Actors", "Leading members", "Countries", "Technology"],
                  [[c.get("community"), c.get("name", ""), c.get("size"),
                    ", ".join(str(t.get("label", t.get("id"))) for t in c.get("top_members", [])[:5]),
                    _names(c.get("countries", []), 5), _names(c.get("technology", []), 3)]
                   for c in summary[:COMMUNITY_ROWS]])
        if len(summary) > COMMUNITY_ROWS:
            doc.para(f"The other {len(summary) - COMMUNITY_ROWS} communities are in communities.csv.")


def _window_text(row: dict) -> str:
    first, last = row["from_year"], row["to_year"]
    if (last - first + 1) % 2 == 0:  # the default: two windows of equal width, back to back
        mid = first + (last - first + 1) // 2 - 1
        return f"{first}–{mid} compared with {mid + 1}–{last}"
    return f"from {first} to {last}"


def _over_time(doc: _Doc, result: AnalysisResult):
    doc.heading(2, "Change over time")
    undated = _undated(result)
    if not result.snapshots:
        doc.para("No link of this projection is dated, so nothing here changes over time.")
    else:
        if undated is not None:
            doc.para(f"{undated['edges']} of the {result.edges} links carry no date and are left out of this "
                     f"section, with the {_count(undated['nodes'], 'actor')} only they touch.")
        doc.para("A link is dated by the partnerships behind it; “weight” counts link-years: a pair counts once "
                 "per year in which they share a dated partnership.")
        by_year: dict[int, dict] = {}
        for r in result.snapshots:
            by_year.setdefault(r["year"], {})[bool(r.get("cumulative"))] = r
        doc.heading(3, "Year by year")
        table, arrivals = [], []
        for y, rows in sorted(by_year.items()):
            c, p = rows.get(True, {}), rows.get(False, {})
            table.append([y, c.get("nodes"), c.get("edges"), c.get("weight"), (c or p).get("newcomers"),
                          p.get("nodes"), p.get("edges")])
            arrivals.append((str(y), (c or p).get("newcomers", 0)))
        doc.table(["Year", "Actors so far", "Links so far", "Weight so far", "Newcomers", "Active actors",
                   "Active links"], table)
        doc.chart("newcomers-per-year", column_chart(arrivals, title="Newcomers per year", x_label="year",
                                                     y_label="actors first seen", key="newcomers-per-year"),
                  "Actors appearing for the first time, per year.")
    if result.newcomers:
        doc.heading(3, "Newcomers")
        years: dict[int, list[str]] = {}
        for r in result.newcomers:
            years.setdefault(r["year"], []).append(str(r.get("label", r["id"])))
        doc.table(["Year", "Newcomers", "Who"],
                  [[y, len(names), ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")]
                   for y, names in sorted(years.items())])
    if result.movers:
        doc.heading(3, "Rising and falling actors")
        doc.para("Partners an actor had through partnerships dated in one window of years against the next: "
                 "rising actors gained the most, falling ones lost the most (often simply no recent record).")
        comparisons: dict[tuple, list[dict]] = {}
        for r in result.movers:
            comparisons.setdefault((r["from_year"], r["to_year"]), []).append(r)
        for rows in comparisons.values():
            doc.para(_window_text(rows[0]) + ":")
            doc.table(["Direction", "Actor", "Before", "After", "Change"],
                      [[r["direction"], r.get("label", r["id"]), r["before"], r["after"],
                        f"{r['change']:+d}" if isinstance(r["change"], int) else r["change"]] for r in rows])
    if result.technology_timeline:
        doc.heading(3, "When each technology area appears")
        doc.table(["Area", "Family", "First year", "Partnerships"],
                  [[r["area"], r["family"], r["first_year"], r["partnerships"]] for r in result.technology_timeline])
    if result.per_year_area:
        doc.heading(3, "Agreements per year per technology area")
        years = sorted({r["year"] for r in result.per_year_area})
        columns = [str(y) for y in range(years[0], years[-1] + 1)]  # every year, so gaps show
        rows = sorted({(r["family"], r["area"]) for r in result.per_year_area})
        values = {(r["area"], str(r["year"])): r["agreements"] for r in result.per_year_area}
        doc.chart("agreements-per-year-area",
                  heatmap(rows, columns, values, title="Agreements per year per technology area",
                          key="agreements-per-year-area",
                          desc="Agreement records (MoUs, contracts, loans, joint ventures, framework agreements) "
                               "per year and technology area, areas grouped by family; an agreement covering "
                               "several areas counts in each."),
                  "Agreements per year per technology area, grouped by family; an agreement covering several "
                  "areas counts once in each. Empty cells: none recorded.")


def _how_to_read(doc: _Doc, result: AnalysisResult):
    doc.heading(2, "How to read this", "how-to-read")
    doc.para("Each actor is a node; two actors are linked when they take part in the same partnership (or as the "
             "projection defines). The measures say where an actor sits in that web of partnerships:")
    doc.bullets([f"{_name(m)}: {MEASURE_NOTES[m][1]}" for m in result.measures if m in MEASURE_NOTES] + [
        "Communities: groups of actors more tied to one another than to the rest — often a country's "
        "programme with its Chinese suppliers and financiers. Community 0 is the largest.",
        "Modularity: how clearly the network splits into those communities, from 0 (no more than chance) "
        "up to 1; above about 0.3 the split is marked.",
        "Newcomers: actors whose first dated partnership falls in that year. Rising and falling: change in "
        "partners from one window of years to the next.",
        "The graph holds what public sources reported. A missing link means no source was found, not that "
        "no partnership exists; recent years are often incomplete."])


def _coverage(doc: _Doc, result: AnalysisResult):
    """What the graph covers: totals, the countries with most partnerships, families, sources."""
    cov = result.coverage
    if not cov:
        return
    doc.heading(2, "Coverage")
    t = cov["totals"][0]
    doc.para(f"The graph holds {t['partnerships']:,} partnerships ({t['curated']:,} from the curated records, "
             f"{t['imported']:,} from imported datasets; {t['aggregates']:,} aggregates, each standing for several "
             f"agreements) touching {t['countries']:,} countries and {t['families']:,} technology families. A "
             "partnership counts in every row it belongs to; every row is in coverage.json, and the command "
             "dsr coverage prints them.")
    doc.table(["Source", "Partnerships", "Matched", "Unmatched"],
              [[r["source"], r["partnerships"], r["matched"], r["unmatched"]] for r in cov["sources"]])
    doc.para("Matched: for an imported dataset, its partnerships a curated record describes; for the curated "
             "records, those a dataset has too. Unmatched partnerships of a dataset are what the curated base lacks.")
    doc.table(["Technology family", "Partnerships", "Curated", "Imported"],
              [[r["family"], r["partnerships"], r["curated"], r["imported"]] for r in cov["families"]])
    doc.table(["Country", "Partnerships", "Curated", "Imported"],
              [[f"{r['name']} ({r['code']})", r["partnerships"], r["curated"], r["imported"]]
               for r in cov["countries"][:TOP_TABLE * 2]])
    if len(cov["countries"]) > TOP_TABLE * 2:
        doc.para(f"The other {len(cov['countries']) - TOP_TABLE * 2} countries are in coverage.json.")


def _document(result: AnalysisResult) -> _Doc:
    doc = _Doc()
    doc.heading(1, f"Network analysis: {result.title}")
    for section in (_analysed, _top_actors, _communities, _over_time, _coverage, _how_to_read):
        section(doc, result)
    return doc


def write_report(result: AnalysisResult, out_dir: Path | str) -> list[Path]:
    """Write ``report.md``, ``report.html`` and the SVG charts in ``charts/``.

    The HTML is one self-contained page — charts inline, no scripts, no external styles, fonts or
    images, a Content-Security-Policy that forbids any request — and every text from the data is
    escaped in the HTML, the Markdown and the SVGs. The Markdown links the SVG files.

    Parameters
    ----------
    result : AnalysisResult
    out_dir : path
        Created if missing.

    Returns
    -------
    list of Path
        The charts (top actors per measure, community sizes per method, newcomers per year,
        agreements per year per technology area), then ``report.md`` and ``report.html``.
    """
    out = Path(out_dir)
    doc = _document(result)
    written = []
    for name, svg in doc.charts.items():
        path = out / "charts" / f"{name}.svg"
        atomic_write(path, svg)
        written.append(path)
    for path, text in ((out / "report.md", doc.markdown()),
                       (out / "report.html", doc.html(f"Network analysis: {result.title}"))):
        atomic_write(path, text)
        written.append(path)
    return written
