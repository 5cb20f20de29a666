"""The query catalogue: every query documented and runnable, and its answers right.

Expected answers are worked out here from the shared fact base (../shared/facts, read with the
csv module) or from what its notes say — never copied from the queries' output.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from decimal import Decimal

import pyoxigraph as ox
import pytest

from conftest import shared_dir
from graph.store.engine import evaluate
from graph.store.queries import PARAM_KINDS, bind_with_values, catalogue
from graph.technology import scheme


@pytest.fixture(scope="module")
def kg(factbase_kg):
    """This module works its answers out from the shared fact base: the graph of its records alone."""
    return factbase_kg


SHARED = shared_dir()
needs_facts = pytest.mark.skipif(SHARED is None, reason="the shared fact base is not on this machine")
PID = "https://w3id.org/dsr/id/partnership/"
AGREEMENT_KINDS = {"mou", "contract", "loan", "joint_venture", "framework_agreement"}
PUBLIC = {"government", "ministry", "agency", "regulator", "international_org"}
BUSINESS = {"state_owned_enterprise", "private_company", "bank"}


def _csv(name):
    with open(SHARED / "facts" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def facts():
    rows = _csv("partnerships.csv")
    for r in rows:
        r["party_list"] = [re.fullmatch(r"\s*(.+?)\s*\[(\w+)\]\s*", p).groups() for p in r["parties"].split(";")]
        r["tags"] = [t for t in r["technology_areas"].split(";") if t]
    return rows


@pytest.fixture(scope="module")
def orgs():
    return {o["name"]: o for o in _csv("organisations.csv")}


def _ids(result, var="partnership"):
    return {row[var].value[len(PID):].upper() for row in result if var in row}


def _values(result, *vars):
    return [tuple(row[v].value if v in row else None for v in vars) for row in result]


# --------------------------------------------------------------------------- the catalogue itself

def test_catalogue_has_twenty_documented_queries():
    queries = catalogue()
    assert len(queries) >= 20
    for q in queries.values():
        assert len(q.title.split()) >= 3 and len(q.description.split()) >= 8, q.name
        assert q.form in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"), q.name
        for p in q.params:
            assert p.kind in PARAM_KINDS and p.default is not None and p.description, (q.name, p)


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_query_runs_and_answers(kg, name):
    result = kg.query(name)
    assert len(result) > 0, f"{name} found nothing on the default graph"


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@pytest.mark.parametrize("name", sorted(n for n, q in catalogue().items() if q.params))
def test_bound_parameters_change_the_answer(kg, name):
    # a parameter that made no difference would not be bound at all
    q = catalogue()[name]
    p = q.params[0]
    # an RDF term is bound as it is (a text value would be checked against the graph, and refused)
    other = ox.Literal("1000", datatype=ox.NamedNode(XSD_INTEGER)) if p.kind == "integer" else ox.NamedNode(
        "https://w3id.org/dsr/id/nothing-here")
    answer = lambda r: sorted(map(str, r.triples if r.is_graph else r.rows))  # noqa: E731
    assert answer(kg.query(name, {p.name: other})) != answer(kg.query(name))


def test_catalogue_queries_declare_their_prefixes():
    # so they run unchanged on any SPARQL store, which knows none of our prefixes
    for q in catalogue().values():
        used = set(re.findall(r"(?<![\w?$<\"])([a-z]+):(?!//)", re.sub(r"#.*", "", q.text)))
        declared = set(re.findall(r"PREFIX\s+(\w+):", q.text))
        assert used <= declared | {"http", "https"}, (q.name, used - declared)


# --------------------------------------------------------------------------- answers

@needs_facts
def test_partnerships_of_organisation(kg, facts):
    result = kg.query("partnerships-of-organisation", {"org": "organisation:huawei-technologies-pakistan"})
    expected = {r["id"] for r in facts if any(n == "Huawei Technologies Pakistan" for n, _ in r["party_list"])}
    assert _ids(result) == expected
    roles = {(row["partnership"].value[len(PID):].upper(), row["role"].value) for row in result}
    for r in facts:
        for name, role in r["party_list"]:
            if name == "Huawei Technologies Pakistan":
                assert (r["id"], role) in roles
    sky = next(row for row in result if row["partnership"].value.endswith("pak-2025-b2b-huawei-sky47"))
    assert sky["partners"].value == "Sky47 Limited" and "CW Pakistan" in sky["sources"].value


@needs_facts
def test_agreements_per_technology_area_per_year(kg, facts):
    tech = scheme()
    expected = Counter()
    for r in facts:
        if r["kind"] in AGREEMENT_KINDS and r["signed_or_announced"]:
            for tag in r["tags"]:
                expected[(tech.resolve(tag).label, r["signed_or_announced"][:4])] += 1
    got = {(a, y): int(n) for a, y, n in _values(kg.query("agreements-per-technology-area-per-year"),
                                                  "area", "year", "agreements")}
    assert got == dict(expected)


@needs_facts
def test_category_mix_per_country(kg, facts, orgs):
    # the rule re-implemented on the fact base: signatories if any, else all parties
    expected = Counter()
    for r in facts:
        if r["kind"] not in AGREEMENT_KINDS or "AGGREGATE ROW" in r["notes"]:
            continue
        counted = [n for n, role in r["party_list"] if role == "signatory"] or [n for n, _ in r["party_list"]]
        sides = {"public" if orgs[n]["kind"] in PUBLIC else "business" if orgs[n]["kind"] in BUSINESS else None
                 for n in counted} - {None}
        category = {frozenset({"public"}): "G2G", frozenset({"business"}): "B2B"}.get(frozenset(sides), "G2B" if sides else None)
        if category:
            for code in r["countries"].split(";"):
                expected[(code, category)] += 1
    got = {}
    for country, category, derived, reported in _values(kg.query("category-mix-per-country"),
                                                         "country", "category", "derived", "reported"):
        got[(country.rsplit("/", 1)[-1], category.rsplit("#", 1)[-1])] = (int(derived), int(reported))
    assert {k: d for k, (d, _) in got.items() if d} == dict(expected)
    # the seed report's 24 MoUs (1 G2G, 7 G2B, 16 B2B) are reported for both countries, not derived
    for code in ("PAK", "CHN"):
        assert [got[(code, c)][1] for c in ("G2G", "G2B", "B2B")] == [1, 7, 16]


@needs_facts
def test_chinese_companies_in_pakistan(kg, facts, orgs):
    expected = Counter()
    for r in facts:
        if "PAK" in r["countries"].split(";"):
            for name in {n for n, _ in r["party_list"]}:
                if orgs[name]["kind"] in BUSINESS and orgs[name]["country"] == "CHN":
                    expected[name] += 1
    got = {name: int(n) for name, n in _values(kg.query("chinese-companies-in-country"), "name", "partnerships")}
    assert got == dict(expected)
    huawei = next(r for r in kg.query("chinese-companies-in-country") if r["name"].value == "Huawei Technologies")
    assert "Special Communications Organization" in huawei["governmentCounterparts"].value


@needs_facts
def test_financiers(kg, facts):
    expected = {(n, r["id"]) for r in facts for n, role in r["party_list"] if role == "financier"}
    result = kg.query("financiers")
    got = {(row["financierName"].value, row["partnership"].value[len(PID):].upper()) for row in result}
    assert got == expected
    # the amount the fact base gives for a financed partnership is listed with it
    sail = [(Decimal(row["value"].value), row["currency"].value) for row in result
            if row["partnership"].value.endswith("/sail-cable") and "value" in row]
    assert (Decimal(136_000_000), "USD") in sail


@needs_facts
def test_cables_and_countries(kg, facts):
    result = kg.query("cables-and-countries")
    ids = _ids(result, "cable")
    assert {r["id"] for r in facts if "submarine_cable" in r["tags"]} <= ids
    peace = next(row for row in result if row["cable"].value.endswith("/peace-system"))
    row = next(r for r in facts if r["id"] == "PEACE-SYSTEM")
    assert set(peace["countries"].value.split()) == set(row["countries"].split(";"))


@needs_facts
def test_under_cpec_and_its_digital_silk_road_phase(kg, facts):
    got = _ids(kg.query("under-programme"))
    # CPEC rows, plus the Digital Silk Road proposed as CPEC's next phase (the seed report)
    assert got == {r["id"] for r in facts if r["programme"] == "CPEC"} | {"PAK-2025-DSR-CPEC-BAKU"}


def _countries_per_org(facts, orgs):
    out = defaultdict(set)
    for r in facts:
        for name in {n for n, _ in r["party_list"]}:
            out[name] |= set(r["countries"].split(";")) - {orgs[name]["country"]}
    return out


@needs_facts
def test_organisations_bridging_countries(kg, facts, orgs):
    spans = _countries_per_org(facts, orgs)
    got = {name: int(n) for name, n in _values(kg.query("organisations-bridging-countries"), "name", "countries")}
    assert got == {n: len(c) for n, c in spans.items() if len(c) >= 4}
    got6 = {name for name, in _values(kg.query("organisations-bridging-countries", {"min": "6"}), "name")}
    assert got6 == {n for n, c in spans.items() if len(c) >= 6}


@needs_facts
def test_organisations_bridging_technology_families(kg, facts):
    tech = scheme()
    # the fact base's party names → the graph's organisations (a body the fact base names twice, under
    # two names, is one record: its families add up)
    iri_of = {r["n"].value: r["o"].value for r in kg.select(
        "SELECT ?o ?n WHERE { ?o a/rdfs:subClassOf* dsr:Organisation ; rdfs:label|skos:altLabel ?n }")}
    families = defaultdict(set)
    for r in facts:
        for name in {n for n, _ in r["party_list"]}:
            families[iri_of[name]] |= {tech.resolve(t).family for t in r["tags"]}
    got = {org: int(n) for org, n in _values(kg.query("organisations-bridging-technology-families"), "org", "families")}
    assert got == {o: len(f) for o, f in families.items() if len(f) >= 4}


def test_single_source_partnerships_rest_on_one_source(kg):
    result = kg.query("single-source-partnerships")
    ids = _ids(result)
    # independently: count source graphs per partnership from the quads themselves
    sources = defaultdict(set)
    for q in kg.quads():
        if q.predicate.value == "http://purl.org/dc/terms/source" and q.subject.value.startswith(PID):
            if not q.object.value.endswith("/dsr-curation"):
                sources[q.subject.value[len(PID):].upper()].add(q.object.value)
    assert ids == {p for p, s in sources.items() if len(s) == 1}
    assert "PAK-2025-B2B-MOITT-CSCC" in ids and "PAK-2025-JWG-24MOUS" not in ids


def test_sources_of_a_statement(kg):
    # the fact base: 10 MoUs per CW Pakistan and PhoneWorld, nine per TechJuice (7 Sep)
    got = {(v, s.rsplit("/", 1)[-1]) for v, s in _values(kg.query("sources-of-a-statement"), "value", "source")}
    assert got == {("10", "cw-pakistan-2025-09"), ("10", "phoneworld-2025-09-08"), ("9", "techjuice-2025-09-07")}


@needs_facts
def test_country_timeline(kg, facts):
    result = kg.query("country-timeline")
    got = {(row["partnership"].value[len(PID):].upper(), row["date"].value) for row in result
           if row["what"].value == "signed or announced"}
    for r in facts:
        if "PAK" in r["countries"].split(";") and r["signed_or_announced"]:
            assert (r["id"], r["signed_or_announced"]) in got, r["id"]
    dates = [row["date"].value for row in result]
    assert dates == sorted(dates)


@needs_facts
def test_organisation_profile(kg, orgs):
    rows = {(a, v) for a, v in _values(kg.query("organisation-profile"), "aspect", "value")}
    assert ("name", "Huawei Technologies") in rows and ("home country", "China") in rows
    assert ("kind", "Company") in rows and ("ownership", "private") in rows
    subsidiaries = {o["name"] for o in orgs.values() if o["parent"] == "Huawei Technologies"}
    assert subsidiaries and {("has part", s) for s in subsidiaries} <= rows


def test_aggregates(kg):
    rows = {(a.rsplit("/", 1)[-1], s.rsplit("/", 1)[-1], t, g, b, c)
            for a, s, t, g, b, c in _values(kg.query("aggregates"), "aggregate", "source", "total", "g2g", "g2b", "b2b")}
    assert ("pak-2025-jwg-24mous", "seed-article", "24", "1", "7", "16") in rows
    assert ("pak-2025-b2b-agg", "techjuice-2025-09-07", "9", None, None, None) in rows


@needs_facts
def test_technology_families(kg, facts):
    tech = scheme()
    expected = Counter()
    for r in facts:
        for family in {tech.resolve(t).family for t in r["tags"]}:
            expected[tech.concepts[family].label] += 1
    got = {name: int(n) for name, n in _values(kg.query("technology-families"), "familyName", "partnerships")}
    assert got == dict(expected)


@needs_facts
def test_most_connected_organisations(kg, facts):
    counts = Counter(n for r in facts for n in {n for n, _ in r["party_list"]})
    ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    got = [(name, int(n)) for name, n in _values(kg.query("most-connected-organisations"), "name", "partnerships")]
    assert got == ranking


@needs_facts
def test_loans_and_terms(kg, facts):
    result = kg.query("loans-and-terms")
    assert _ids(result, "loan") == {r["id"] for r in facts if r["kind"] == "loan"}
    isb = [row for row in result if row["loan"].value.endswith("/pak-safecity-isb-loan") and "value" in row]
    # AidData via the fact base: CNY 850m, 20-year maturity, 5-year grace, 2 per cent
    assert [(row["value"].value, row["currency"].value, row["interestRate"].value, row["maturityYears"].value,
             row["graceYears"].value) for row in isb] == [("850000000", "CNY", "2", "20", "5")]


@needs_facts
def test_projects_by_type_and_status(kg, facts):
    total = sum(int(n) for n, in _values(kg.query("projects-by-type-and-status"), "projects"))
    assert total == sum(1 for r in facts if r["kind"] in ("project", "training_programme"))


@needs_facts
def test_programmes_and_phases(kg, facts):
    rows = {r[0].rsplit("/", 1)[-1]: r for r in _values(kg.query("programmes-and-phases"), "programme", "launched",
                                                         "value", "currency", "partnerships", "proposed", "phaseOf")}
    assert rows["cpec"][1:4] == ("2015", "60000000000", "USD")  # the seed report
    assert int(rows["cpec"][4]) == sum(1 for r in facts if r["programme"] == "CPEC")
    assert rows["cpec-digital-silk-road"][5] in ("2025-11", "2025-11-17")
    assert rows["cpec-digital-silk-road"][6] == "China-Pakistan Economic Corridor"


@needs_facts
def test_government_structure(kg, orgs):
    result = kg.query("government-structure")
    bodies = {o["name"] for o in orgs.values() if o["country"] == "PAK" and o["kind"] in ("ministry", "agency", "regulator")}
    assert {row["name"].value for row in result} == bodies
    for row in result:
        assert "belongsTo" in row, row["name"].value  # every body belongs somewhere
        stated = orgs[row["name"].value]["parent"]
        if not stated:
            assert row["statedBy"].value.endswith("/dsr-curation")


def test_weak_source_partnerships(kg):
    ids = _ids(kg.query("weak-source-partnerships"))
    # the fact base flags these hosts as weaker: a blog copy of RFE/RL, an aggregator
    assert {"SRB-2024-ELTE-EXPANSION", "ZMB-SMARTZAMBIA-HUAWEI-AIDC-MOU"} <= ids
    assert "PAK-2025-B2B-MOITT-CSCC" not in ids


@needs_facts
def test_inferred_dates_and_roles(kg, facts):
    result = kg.query("inferred-dates-and-roles")
    dates = {row["partnership"].value[len(PID):].upper() for row in result if row["inferred"].value == "date"}
    flagged = {r["id"] for r in facts if re.search(r"inferred from|flagged|Date = the", r["notes"])
               and "role inferred" not in r["notes"].lower()}
    assert flagged <= dates
    roles = {(row["partnership"].value[len(PID):].upper(), row["detail"].value) for row in result
             if row["inferred"].value != "date"}
    assert roles == {("THA-HUAWEI-5G-TESTBED-EEC", "Ministry of Digital Economy and Society (Thailand)")}


@needs_facts
def test_partnerships_per_year_and_kind(kg, facts):
    rows = _values(kg.query("partnerships-per-year-and-kind"), "year", "kind", "partnerships")
    assert sum(int(n) for _, _, n in rows) == len(facts)
    undated = sum(int(n) for y, _, n in rows if y == "undated")
    assert undated == sum(1 for r in facts if not r["signed_or_announced"])


def test_forum_activity(kg):
    # the fact base's JWG rows: the 2022 maiden meeting, the 2024 second meeting, the 2025 round of 24 MoUs
    assert _ids(kg.query("forum-activity")) == {"PAK-2022-JWG-IT", "PAK-2024-JWG-IT-2ND", "PAK-2025-JWG-24MOUS"}


@needs_facts
def test_co_partners(kg, facts):
    me = "Special Communications Organization"
    rows = [{n for n, _ in r["party_list"]} for r in facts]
    direct = set().union(*(p for p in rows if me in p)) - {me}
    second = set().union(*(p for p in rows if p & direct)) - direct - {me}
    assert {name for name, in _values(kg.query("co-partners"), "name")} == second


def test_sources_by_publisher(kg):
    rows = {p: (int(s), int(n)) for p, s, n in _values(kg.query("sources-by-publisher"), "publisher", "sources", "statements")}
    assert rows["TechJuice"][0] == 3  # 7 Sep 2025, 8 Sep 2025 and 14 May 2025 pages
    # every statement of every source graph is counted once
    total = sum(1 for q in kg.quads() if q.graph_name.value.startswith("https://w3id.org/dsr/id/source/"))
    assert sum(n for _, n in rows.values()) == total


def test_describe_partnership_as_rdf(kg):
    result = kg.query("describe-partnership")
    assert result.is_graph
    values = {(t.predicate.value.rsplit("#", 1)[-1], t.object.value) for t in result}
    assert ("memberCount", "24") in values and ("memberCount", "16") in values
    import rdflib

    g = rdflib.Graph().parse(data=result.serialize("turtle").decode(), format="turtle")
    assert len(g) == len(result)


# --------------------------------------------------------------------------- binding

@pytest.mark.parametrize("name", sorted(n for n, q in catalogue().items() if q.params))
def test_values_binding_equals_substituting_the_term(kg, name):
    """Binding by VALUES gives what writing the term into the query by hand gives."""
    q = catalogue()[name]
    bindings = q.bindings()
    text = q.text
    for var, term in bindings.items():
        written = f"<{term.value}>" if term.__class__.__name__ == "NamedNode" else f'"{term.value}"^^<{term.datatype.value}>'
        # write the term everywhere but in projections and GROUP BY, where a constant cannot stand
        parts = re.split(r"(SELECT\b.*?(?=WHERE\b)|GROUP BY[^\n]*)", text, flags=re.S)
        text = "".join(p if p.startswith(("SELECT", "GROUP BY")) else re.sub(rf"\?{var}\b", written, p)
                       for p in parts)
    by_hand = evaluate(kg.store, text)
    bound = evaluate(kg.store, q.text, bindings)
    assert _normal(by_hand) == _normal(bound)


def _normal(result):
    """Rows as comparable values; GROUP_CONCAT lists sorted, since SPARQL leaves their order open."""
    if result.is_graph:
        return sorted(map(str, result.triples))
    norm = lambda t: None if t is None else tuple(sorted(re.split(r"; | \| ", t.value)))  # noqa: E731
    return sorted(tuple(norm(t) for t in row) for row in result.rows)


def test_values_block_goes_inside_the_outer_where(kg):
    q = catalogue()["organisations-bridging-countries"]
    text = bind_with_values(q.text, q.bindings())
    assert text.index("VALUES ?min") > text.index("WHERE {")
    assert text.index("VALUES ?min") < text.index("SELECT ?org (COUNT")
