"""What a dataset holds, counted: organisations by kind, agreements by kind and category, and more."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from ..records.derive import subclasses
from ..namespaces import DERIVED_GRAPH, DSR, SOURCE, TECH_SCHEME
from ..resources import ontology_graph

if TYPE_CHECKING:
    from .kg import KnowledgeGraph

__all__ = ["Summary", "summarise", "whole"]


@dataclass
class Summary:
    """Counts of one dataset. Every count is of distinct resources in the merge of all graphs;
    ``statements`` counts distinct statements (one that two sources make counts once) and
    ``quads`` the statements as the named graphs hold them (once per source)."""

    statements: int
    quads: int
    named_graphs: int
    organisations: dict[str, int]
    agreements_by_kind: dict[str, int]
    agreements_by_category: dict[str, int]
    aggregates: dict[str, int]
    projects_by_type: dict[str, int]
    other_arrangements: dict[str, int]
    programmes: int
    forums: int
    events: int
    technology_areas_used: int
    technology_areas_in_scheme: int
    countries: int
    sources: int
    statements_per_source: dict[str, int] = field(default_factory=dict)
    links: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    def text(self, top: int | None = None) -> str:
        """The summary in words; ``top`` limits the per-source list to the largest sources."""
        o = self.organisations
        lines = [
            f"Statements: {self.statements} distinct ({self.quads} quads in {self.named_graphs} named graphs: "
            "a statement several sources make is one statement, in each source's graph)",
            f"Organisations: {o['total']}",
            f"  governments {o['governments']}, government bodies {o['government bodies']} "
            f"(ministries {o['ministries']}, agencies {o['agencies']}, regulators {o['regulators']})",
            f"  companies {o['companies']} (state-owned {o['state-owned companies']}, private {o['private companies']}), "
            f"banks and other financial institutions {o['financial institutions']}",
            f"  international organisations {o['international organisations']}, academic institutions "
            f"{o['academic institutions']}, other {o['other organisations']}",
            f"Agreements: {sum(self.agreements_by_kind.values())} — "
            + ", ".join(f"{k} {v}" for k, v in self.agreements_by_kind.items()),
            "  by category (derived from the parties' kinds): "
            + ", ".join(f"{k} {v}" for k, v in self.agreements_by_category.items()),
            f"  aggregates: {self.aggregates['records']} records standing for {self.aggregates['agreements counted']} "
            f"agreements; categories reported in them: G2G {self.aggregates['G2G']}, G2B {self.aggregates['G2B']}, "
            f"B2B {self.aggregates['B2B']}",
            f"Projects: {sum(self.projects_by_type.values())} — "
            + ", ".join(f"{k} {v}" for k, v in self.projects_by_type.items()),
            f"Other arrangements: {sum(self.other_arrangements.values())} — "
            + ", ".join(f"{k} {v}" for k, v in self.other_arrangements.items()),
            f"Programmes: {self.programmes}; forums: {self.forums}; events: {self.events}",
            f"Technology areas used: {self.technology_areas_used} of {self.technology_areas_in_scheme} in the scheme",
            f"Countries: {self.countries}",
            f"Sources: {self.sources}",
        ]
        if self.links:
            lines.append(f"Linked into one (two sources, one thing; see dsrgraph:links): {sum(self.links.values())} — "
                         + ", ".join(f"{k} {v}" for k, v in self.links.items()))
        lines += ["Statements per source (named graph):"]
        items = list(self.statements_per_source.items())
        shown = items if top is None else items[:top]
        width = max((len(k) for k, _ in shown), default=0)
        lines += [f"  {k:<{width}}  {v}" for k, v in shown]
        if len(shown) < len(items):
            rest = sum(v for _, v in items[len(shown):])
            lines.append(f"  … and {len(items) - len(shown)} more sources with {rest} statements (see summary.json)")
        return "\n".join(lines)


def whole(term) -> int:
    """A count stated in the graph as a whole number; 0 for a value that is not one (a decimal with a
    fraction, say: the shapes report it, the summary does not stop on it)."""
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(term.value)  # lexical forms are bounded when files are read (graph.store.rdfguard)
    except (InvalidOperation, AttributeError):
        return 0
    return int(number) if number.is_finite() and number == number.to_integral_value() else 0


def _count_instances(kg: KnowledgeGraph, classes: set[str]) -> int:
    if not classes:
        return 0
    values = " ".join(f"<{c}>" for c in sorted(classes))
    rows = kg.select(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}")
    return int(rows[0]["n"].value)


def _by_class(kg: KnowledgeGraph, classes: dict[str, str]) -> dict[str, int]:
    ont = ontology_graph()
    return {name: _count_instances(kg, subclasses(ont, iri)) for name, iri in classes.items()}


def summarise(kg: KnowledgeGraph) -> Summary:
    """Count what the graph holds (governments, bodies, companies, agreements, projects, sources…)."""
    ont = ontology_graph()
    c = lambda cls: _count_instances(kg, subclasses(ont, cls))  # noqa: E731
    one = lambda q: int(kg.select(q)[0]["n"].value)  # noqa: E731
    orgs = {
        "total": c(DSR.Organisation),
        "governments": c(DSR.Government),
        "government bodies": c(DSR.GovernmentBody),
        "ministries": c(DSR.Ministry),
        "agencies": c(DSR.Agency),
        "regulators": c(DSR.Regulator),
        "companies": c(DSR.Company),
        "state-owned companies": one("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x dsr:ownership dsr:StateOwned }"),
        "private companies": one("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x dsr:ownership dsr:PrivatelyOwned }"),
        "financial institutions": c(DSR.FinancialInstitution),
        "international organisations": c(DSR.InternationalOrganisation),
        "academic institutions": c(DSR.AcademicInstitution),
        "other organisations": c(DSR.OtherOrganisation),
    }
    kinds = _by_class(kg, {"MoU": DSR.MoU, "contract": DSR.Contract, "loan": DSR.LoanAgreement,
                           "joint venture": DSR.JointVenture, "framework agreement": DSR.FrameworkAgreement})
    categories = {}
    for cat in ("G2G", "G2B", "B2B"):
        categories[cat] = one(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?a dsr:category dsr:{cat} }} }}")
    categories["not categorised"] = sum(kinds.values()) - sum(categories.values())
    agg = {"records": c(DSR.Aggregate)}
    # an aggregate's counts differ by source at times; count the largest each aggregate reports
    rows = kg.select("""SELECT ?a (MAX(?n) AS ?m) WHERE { ?a a dsr:Aggregate ; dsr:memberCount ?n } GROUP BY ?a""")
    agg["agreements counted"] = sum(whole(r["m"]) for r in rows)
    for cat in ("G2G", "G2B", "B2B"):
        rows = kg.select(f"""SELECT ?a (MAX(?n) AS ?m) WHERE {{
            ?a a dsr:Aggregate ; dsr:categoryCount ?cc . ?cc dsr:category dsr:{cat} ; dsr:memberCount ?n }} GROUP BY ?a""")
        agg[cat] = sum(whole(r["m"]) for r in rows)
    projects = _by_class(kg, {"cable": DSR.CableProject, "network": DSR.NetworkProject,
                              "data centre": DSR.DataCentreProject, "safe or smart city": DSR.SafeCityProject,
                              "satellite": DSR.SatelliteProject, "training programme": DSR.TrainingProgramme,
                              "broadcasting": DSR.BroadcastingProject, "digital trade": DSR.DigitalTradeProject,
                              "manufacturing": DSR.ManufacturingProject})
    typed = sum(projects.values())
    projects["other"] = c(DSR.Project) - typed
    other = _by_class(kg, {"acquisition": DSR.Acquisition, "proposal": DSR.Proposal, "talks": DSR.Talks,
                           "investment pledge": DSR.InvestmentPledge})
    other["other"] = c(DSR.OtherArrangement) - sum(other.values())
    per_source = {}
    prefix = str(SOURCE)
    for row in kg.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", union=False):
        name = row["g"].value
        key = "source:" + name[len(prefix):] if name.startswith(prefix) else name
        per_source[key] = int(row["n"].value)
    per_source = dict(sorted(per_source.items(), key=lambda kv: (-kv[1], kv[0])))
    return Summary(
        statements=len(kg),
        quads=kg.quad_count,
        named_graphs=len(kg.graph_names()),
        organisations=orgs,
        agreements_by_kind=kinds,
        agreements_by_category=categories,
        aggregates=agg,
        projects_by_type=projects,
        other_arrangements=other,
        programmes=c(DSR.Programme),
        forums=c(DSR.Forum),
        events=c(DSR.Event),
        technology_areas_used=one("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?x dsr:technologyArea ?t }"),
        technology_areas_in_scheme=one(f"SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE {{ ?t skos:inScheme <{TECH_SCHEME}> }}"),
        countries=c(DSR.Country),
        sources=c(DSR.Source),
        statements_per_source=per_source,
        links={row["r"].value: int(row["n"].value) for row in kg.select(
            "SELECT ?r (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a dsr:Link ; dsr:linkRule ?r } GROUP BY ?r ORDER BY ?r")},
    )
