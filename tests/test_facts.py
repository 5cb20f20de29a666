"""Every fact of the shared fact base is in the graph, stated in the graph of a source that reports it.

Reads ../shared/facts (or $DSR_SHARED/facts) directly, independently of the project's records, and
checks the built graph against each row. Where the fact base's notes cite a second source for a
figure, the figure may sit in that source's graph instead of the main one — that is how the
graph keeps disagreeing sources apart.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from decimal import Decimal

import pyoxigraph as ox
import pytest

from conftest import shared_dir

SHARED = shared_dir()
pytestmark = pytest.mark.skipif(SHARED is None, reason="the shared fact base (../shared/facts or $DSR_SHARED) is not on this machine")

DSR = "https://w3id.org/dsr/ontology#"
ID = "https://w3id.org/dsr/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
PAGE = "http://xmlns.com/foaf/0.1/page"
PUBLISHER = "http://purl.org/dc/terms/publisher"
DATE = "http://purl.org/dc/terms/date"
SUBORG = "http://www.w3.org/ns/org#subOrganizationOf"

KIND_CLASSES = {
    "mou": {"MoU"}, "contract": {"Contract"}, "loan": {"LoanAgreement"}, "joint_venture": {"JointVenture"},
    "framework_agreement": {"FrameworkAgreement"}, "training_programme": {"TrainingProgramme"},
    "project": {"Project", "CableProject", "NetworkProject", "DataCentreProject", "SafeCityProject",
                "SatelliteProject", "BroadcastingProject", "DigitalTradeProject", "ManufacturingProject"},
    "other": {"OtherArrangement", "Acquisition", "Proposal", "Talks", "InvestmentPledge"},
}
ORG_KIND_CLASSES = {
    "government": "Government", "ministry": "Ministry", "agency": "Agency", "regulator": "Regulator",
    "state_owned_enterprise": "Company", "private_company": "Company", "bank": "FinancialInstitution",
    "university": "AcademicInstitution", "international_org": "InternationalOrganisation", "other": "OtherOrganisation",
}
PROGRAMMES = {"CPEC": ID + "programme/cpec", "BRI": ID + "programme/bri", "DSR": ID + "programme/digital-silk-road"}


def _rows(name):
    with open(SHARED / "facts" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Index:
    """(subject, predicate) → {(object, graph)} over the whole dataset."""

    def __init__(self, kg):
        self.sp = defaultdict(set)
        for q in kg.quads():
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            self.sp[(q.subject.value, q.predicate.value)].add((q.object, g))

    def objects(self, s, p, graphs=None):
        return {o for o, g in self.sp.get((s, p), ()) if graphs is None or g in graphs}

    def values(self, s, p, graphs=None):
        return {o.value for o in self.objects(s, p, graphs)}

    def types(self, s):
        return {v[len(DSR):] for v in self.values(s, RDF_TYPE) if v.startswith(DSR)}


@pytest.fixture(scope="module")
def index(kg):
    return Index(kg)


@pytest.fixture(scope="module")
def sources(index, kg):
    """Per source graph: its page URL and publisher."""
    out = {}
    for g in kg.graph_names():
        if g.startswith(ID + "source/"):
            out[g] = (next(iter(index.values(g, PAGE)), ""), next(iter(index.values(g, PUBLISHER)), ""))
    return out


@pytest.fixture(scope="module")
def org_iris(index, kg):
    """Organisation name (as the fact base writes it) → IRI, read from the graph's labels (or other
    names: a row the fact base gives twice under two names of one body is one record, its second
    name an alias in its own source's graph)."""
    rows = kg.select("SELECT ?o ?name WHERE { ?o a/rdfs:subClassOf* dsr:Organisation ; rdfs:label|skos:altLabel ?name }")
    names = defaultdict(set)
    for r in rows:
        names[r["name"].value].add(r["o"].value)
    return names


def _graphs_for(row, sources) -> set[str]:
    """The graphs allowed to carry this row's facts: its main source, and any source its notes cite."""
    main = {g for g, (page, _) in sources.items() if page == row["source_url"]}
    text = row.get("notes", "") + " " + row.get("amount_note", "")
    cited = set()
    for g, (page, publisher) in sources.items():
        name = re.sub(r"\s*\(.*\)$", "", publisher).strip()
        if (page and page in text) or (len(name) > 3 and name in text):
            cited.add(g)
    return main | cited


def test_fact_base_is_all_there(kg, index):
    rows = _rows("partnerships.csv")
    assert len(rows) == 136
    missing = [r["id"] for r in rows if not index.types(ID + "partnership/" + r["id"].lower())]
    assert not missing


@pytest.mark.parametrize("row", _rows("partnerships.csv") if SHARED else [], ids=lambda r: r["id"])
def test_partnership_row(row, index, sources, org_iris):
    s = ID + "partnership/" + row["id"].lower()
    graphs = _graphs_for(row, sources)
    main = {g for g, (page, _) in sources.items() if page == row["source_url"]}
    assert main, f"main source {row['source_url']} has no graph"
    problems = []

    def need(ok, what):
        if not ok:
            problems.append(what)

    # the main source: page, publisher and date exactly as the fact base gives them
    g = next(iter(main))
    # one page may be cited as "X" by one row and "X (citing Y)" by another: the page's publisher is X
    bare = lambda p: re.sub(r"\s*\(citing [^)]*\)$", "", p)  # noqa: E731
    need({bare(p) for p in index.values(g, PUBLISHER)} == {bare(row["source_publisher"])}, f"publisher {row['source_publisher']!r}")
    need(index.values(g, DATE) == ({row["source_date"]} if row["source_date"] else set()), f"source date {row['source_date']!r}")
    need(g in {gr for _, gr in index.sp[(s, "http://purl.org/dc/terms/source")]}, "dcterms:source in its graph")
    # identity
    need(index.types(s) & KIND_CLASSES[row["kind"]], f"kind {row['kind']}")
    need(row["title"] in index.values(s, LABEL), "title as label")
    # the facts, each in an allowed source's graph
    if row["signed_or_announced"]:
        need(row["signed_or_announced"] in index.values(s, DSR + "date", graphs), f"date {row['signed_or_announced']}")
    if row["place"]:
        labels = {lab for p in index.values(s, DSR + "place", graphs) for lab in index.values(p, LABEL, graphs)}
        need(row["place"] in labels, f"place {row['place']!r}")
    status = "".join(w.capitalize() for w in row["status"].split("_"))
    need(DSR + ("StatusUnknown" if status == "Unknown" else status) in index.values(s, DSR + "status", graphs), f"status {row['status']}")
    for part in row["parties"].split(";"):
        name, role = re.fullmatch(r"\s*(.+?)\s*\[(\w+)\]\s*", part).groups()
        iris = org_iris.get(name, set())
        need(len(iris) == 1 and iris <= index.values(s, DSR + role, graphs), f"party {name} [{role}]")
        need(iris <= index.values(s, DSR + "party", graphs), f"dsr:party {name}")
    for code in row["countries"].split(";"):
        need(ID + "country/" + code in index.values(s, DSR + "country", graphs), f"country {code}")
    for tag in filter(None, row["technology_areas"].split(";")):
        tags = {n for c in index.values(s, DSR + "technologyArea", graphs) for n in index.values(c, NOTATION)}
        need(tag in tags, f"technology area {tag}")
    if row["programme"] in PROGRAMMES:
        need(PROGRAMMES[row["programme"]] in index.values(s, DSR + "programme", graphs), f"programme {row['programme']}")
    elif row["programme"] == "other":
        need(index.values(s, DSR + "programme", graphs), "a programme")
    if row["amount"]:
        amounts = {(Decimal(next(iter(index.values(a, DSR + "value")))), next(iter(index.values(a, DSR + "currency"))))
                   for a in index.values(s, DSR + "amount", graphs) if index.values(a, DSR + "value")}
        need((Decimal(row["amount"]), row["currency"]) in amounts, f"amount {row['amount']} {row['currency']}")
    m = re.match(r"quantity: (\d+) ([^;]+)", row["amount_note"])
    if m:
        value, unit = Decimal(m[1]), m[2]
        if unit == "MoUs" and "AGGREGATE" in row["notes"]:
            counts = {Decimal(c) for c in index.values(s, DSR + "memberCount", graphs)}
            need(value in counts, f"aggregate count {value}")
        else:
            qs = {(Decimal(next(iter(index.values(q, DSR + "value")))), next(iter(index.values(q, DSR + "unit"))))
                  for q in index.values(s, DSR + "quantity", graphs)}
            need(any(v == value and (unit == u or unit.startswith(u + " ")) for v, u in qs),
                 f"quantity {value} {unit}")
    if "AGGREGATE ROW" in row["notes"]:
        need("Aggregate" in index.types(s), "flagged aggregate")
    assert not problems, f"{row['id']}: missing or misplaced: {problems}"


@pytest.mark.parametrize("row", _rows("organisations.csv") if SHARED else [], ids=lambda r: r["name"])
def test_organisation_row(row, index, sources, org_iris):
    iris = org_iris.get(row["name"], set())
    assert len(iris) == 1, f"{row['name']!r} is not exactly one organisation"
    o = next(iter(iris))
    graphs = {g for g, (page, _) in sources.items() if page == row["source_url"]}
    assert graphs, f"no graph for its source {row['source_url']}"
    assert row["name"] in index.values(o, LABEL, graphs) | index.values(o, ALT, graphs)
    assert ORG_KIND_CLASSES[row["kind"]] in index.types(o)
    if row["kind"] in ("state_owned_enterprise", "private_company"):
        expected = DSR + ("StateOwned" if row["kind"] == "state_owned_enterprise" else "PrivatelyOwned")
        assert index.values(o, DSR + "ownership") == {expected}
    if row["country"]:
        assert index.values(o, DSR + "homeCountry", graphs) == {ID + "country/" + row["country"]}
    for alias in filter(None, row["aliases"].split(";")):
        assert alias in index.values(o, ALT, graphs), alias
    if row["parent"]:
        parents = {lab for p in index.values(o, SUBORG, graphs) for lab in index.values(p, LABEL)}
        assert row["parent"] in parents


def test_every_party_of_the_fact_base_is_an_organisation_record(org_iris):
    named = {re.fullmatch(r"\s*(.+?)\s*\[\w+\]\s*", p)[1] for r in _rows("partnerships.csv") for p in r["parties"].split(";")}
    assert named <= set(org_iris)
