"""What an analysis run produces: the tables, communities and figures the report and the RDF write-back use."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["AnalysisResult"]


@dataclass
class AnalysisResult:
    """One analysis of one projection. Every value is a plain str, int, float or bool (or lists and
    dicts of them), so the whole result can be written as JSON and CSV as it is.

    Attributes
    ----------
    projection, title : str
        The projection analysed (``co-partnership``...) and its title.
    seed : int
        The seed every randomised step used.
    years : list of int or None
        ``[first, last]`` when the projection was limited to those years.
    engine : str
        ``networkx`` or ``igraph``: what computed the heavy measures.
    nodes, edges : int
        Size of the projection.
    measures : list of str
        The measures computed, in order (names of graph.analysis.centrality.MEASURES).
    node_table : list of dict
        One row per node: ``id``, ``label``, ``kind``, ``country`` (may be ""), one key per measure,
        and ``community_<method>`` (an int, 0 = largest community) per community method.
    communities : dict
        Method → list of communities, each a sorted list of node ids, largest first.
    modularity : dict
        Method → modularity of its partition.
    community_summary : dict
        Method → one dict per community: ``community``, ``size``, ``top_members`` (list of
        ``{"id", "label", "score"}``), ``countries`` and ``technology`` (lists of ``{"name", "count"}``).
    snapshots : list of dict
        Per year: ``year``, ``cumulative`` (bool), ``nodes``, ``edges``, ``weight``, ``newcomers``.
    newcomers : list of dict
        ``{"id", "label", "year"}``: the year each node first appears.
    movers : list of dict
        Rising and falling actors: ``{"id", "label", "from_year", "to_year", "before", "after", "change", "direction"}``.
    technology_timeline : list of dict
        ``{"area", "family", "first_year", "partnerships"}``: when each technology area appears.
    per_year_area : list of dict
        ``{"year", "family", "area", "agreements"}``: agreements per year per technology area.
    coverage : dict
        What the graph covers (:func:`graph.analysis.coverage.coverage`): tables ``totals``,
        ``countries``, ``families``, ``years``, ``sources``.
    timings : dict
        Step → seconds (not part of the reproducible tables).
    """

    projection: str
    title: str
    seed: int
    years: list[int] | None
    engine: str
    nodes: int
    edges: int
    measures: list[str] = field(default_factory=list)
    node_table: list[dict] = field(default_factory=list)
    communities: dict[str, list[list[str]]] = field(default_factory=dict)
    modularity: dict[str, float] = field(default_factory=dict)
    community_summary: dict[str, list[dict]] = field(default_factory=dict)
    snapshots: list[dict] = field(default_factory=list)
    newcomers: list[dict] = field(default_factory=list)
    movers: list[dict] = field(default_factory=list)
    technology_timeline: list[dict] = field(default_factory=list)
    per_year_area: list[dict] = field(default_factory=list)
    coverage: dict[str, list[dict]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)
