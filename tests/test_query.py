"""`dsr query` and kg.query: catalogue, parameters bound as terms, W3C result formats, errors, timeouts."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import rdflib
from rdflib.query import Result

from graph.store.engine import QuerySyntaxError, QueryTimeout, ResultTooLarge
from graph.store.queries import BadParameter, catalogue

ORG = "organisation:huawei-technologies-pakistan"
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


def _rows(kg, name="partnerships-of-organisation", params=None):
    result = kg.query(name, params or {"org": ORG})
    return result, {tuple(str(t.value) if t is not None else None for t in row) for row in result.rows}


def test_list_shows_every_catalogue_query_with_its_parameters(run):
    result = run("query", "--list")
    assert result.exit_code == 0
    for name, q in catalogue().items():
        assert name in result.output and q.title in result.output
    assert "--param org=<organisation>" in result.output


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_formats_parse_with_an_independent_reader(run, built, kg, fmt):
    out, _ = built
    result = run("query", "partnerships-of-organisation", "--param", f"org={ORG}", "--format", fmt,
                 "--graph", out / "dsr.trig")
    assert result.exit_code == 0, result.output
    parsed = Result.parse(io.BytesIO(result.stdout_bytes), format=fmt)
    expected, rows = _rows(kg)
    assert [str(v) for v in parsed.vars] == expected.variables
    got = {tuple(str(b[v]) if b.get(v) is not None else None for v in parsed.vars) for b in parsed.bindings}
    assert got == rows


def test_json_follows_the_w3c_layout(run, built):
    out, _ = built
    result = run("query", "-e", 'SELECT ?x ?l WHERE { VALUES (?x ?l) { (dsr:MoU "mémo"@fr) } }', "--format", "json",
                 "--graph", out / "dsr.trig")
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["x", "l"]
    assert data["results"]["bindings"] == [{"x": {"type": "uri", "value": "https://w3id.org/dsr/ontology#MoU"},
                                            "l": {"type": "literal", "value": "mémo", "xml:lang": "fr"}}]


def test_xml_and_csv_details(run, built):
    out, _ = built
    q = 'SELECT ?n ?t WHERE { VALUES (?n ?t) { (24 "a, \\"quoted\\" text") } }'
    xml = run("query", "-e", q, "--format", "xml", "--graph", out / "dsr.trig").stdout_bytes
    root = ET.fromstring(xml)
    lit = root.find(f"{SPARQL_RESULTS}results/{SPARQL_RESULTS}result/{SPARQL_RESULTS}binding/{SPARQL_RESULTS}literal")
    assert lit.text == "24" and lit.get("datatype") == "http://www.w3.org/2001/XMLSchema#integer"
    text = run("query", "-e", q, "--format", "csv", "--graph", out / "dsr.trig").stdout
    assert list(csv.reader(io.StringIO(text))) == [["n", "t"], ["24", 'a, "quoted" text']]


def test_ask(run, built):
    out, _ = built
    for fmt in ("json", "xml", "table"):
        result = run("query", "-e", "ASK { partnership:pak-2025-jwg-24mous dsr:memberCount 24 }", "--format", fmt,
                     "--graph", out / "dsr.trig")
        assert result.exit_code == 0 and "true" in result.stdout


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("json-ld", "json-ld"), ("n-triples", "nt")])
def test_construct_formats(run, built, kg, fmt, parser):
    out, _ = built
    result = run("query", "describe-partnership", "--format", fmt, "--graph", out / "dsr.trig")
    assert result.exit_code == 0
    g = rdflib.Graph().parse(data=result.stdout, format=parser)
    assert len(g) == len(kg.query("describe-partnership"))


def _aggregate_records() -> int:
    """Aggregate records, counted from the records' YAML (not from the graph)."""
    from graph.records.load import load_records
    from graph.resources import data_dir

    return sum(1 for r in load_records(data_dir())["partnership"].values() if r.head.get("aggregate"))


def test_table_and_markdown_are_readable(run, built, kg):
    out, _ = built
    table = run("query", "aggregates", "--graph", out / "dsr.trig").stdout
    rows = len(kg.query("aggregates"))  # the library's answer: the table must say as many rows
    assert "partnership:pak-2025-jwg-24mous" in table and table.rstrip().endswith(f"({rows} rows)")
    assert rows >= _aggregate_records()
    md = run("query", "aggregates", "--format", "md", "--graph", out / "dsr.trig").stdout
    assert md.splitlines()[0].startswith("| aggregate | label |") and md.splitlines()[1].startswith("|---|")


def test_parameters_are_terms_not_text(run, built):
    out, _ = built
    # an attempt to smuggle SPARQL in through a parameter is not an IRI, so it is refused
    evil = "<x> } ?p ?o } DROP GRAPH <y> # "
    result = run("query", "partnerships-of-organisation", "--param", f"org={evil}", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "no organisation named" in result.output
    result = run("query", "partnerships-of-organisation", "--param", "org=nope:x", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "unknown prefix 'nope'" in result.output
    result = run("query", "partnerships-of-organisation", "--param", "orgg=x", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "has no parameter 'orgg'" in result.output
    result = run("query", "organisations-bridging-countries", "--param", "min=many", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "not a valid integer" in result.output


def _stdout_of(result):
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("param, value, expected", [
    ("org", "ZTE", "organisation:zte-corporation"),                 # an alias
    ("org", "zte corporation", "organisation:zte-corporation"),     # a label, any case
    ("org", "zte-corporation", "organisation:zte-corporation"),     # an id's last part
    ("country", "KEN", "country:KEN"),                              # ISO alpha-3
    ("country", "ke", "country:KEN"),                               # ISO alpha-2
    ("country", "Kenya", "country:KEN"),                            # a label
    ("country", "Republic of Kenya", "country:KEN"),                # another name of the country
])
def test_entity_parameters_take_names_and_say_what_they_resolved_to(run, built, param, value, expected):
    out, _ = built
    query = "partnerships-of-organisation" if param == "org" else "chinese-companies-in-country"
    by_name = run("query", query, "--param", f"{param}={value}", "--graph", out / "dsr.trig")
    by_iri = run("query", query, "--param", f"{param}={expected}", "--graph", out / "dsr.trig")
    assert _stdout_of(by_name) == _stdout_of(by_iri) and "(0 rows)" not in by_iri.stdout
    assert f"--param {param}={value}: {expected}" in by_name.stderr  # said on stderr, not in the result
    assert by_iri.stderr == ""


@pytest.mark.parametrize("value, message", [
    ("organisation:no-such-body", "organisation:no-such-body names no organisation in this graph"),
    ("<https://w3id.org/dsr/id/org/zte-corporatio>", "names no organisation in this graph; closest: ZTE Corporation"),
    ("country:KEN", "names no organisation"),           # an entity, but of another kind
    ("Zte Corporatoin", "no organisation named 'Zte Corporatoin' in this graph; closest: ZTE Corporation"),
    ("China", "organisations: "),                         # several: they are listed
])
def test_a_parameter_that_names_nothing_is_an_error_with_the_closest_names(run, built, value, message):
    out, _ = built
    result = run("query", "partnerships-of-organisation", "--param", f"org={value}", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and message in result.output and "(0 rows)" not in result.output


def test_an_unknown_prefix_is_named(run, built):
    out, _ = built
    result = run("query", "-e", "SELECT * WHERE { ?s a foo:Bar ; bar:x ?o }", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "unknown prefix 'foo', 'bar'" in result.output
    assert "\\u{" not in result.output and "'A' ..= 'Z'" not in result.output  # no character ranges


def test_kg_query_takes_names_too(kg):
    by_name = kg.query("chinese-companies-in-country", {"country": "Kenya"}).values()
    assert by_name and by_name == kg.query("chinese-companies-in-country", {"country": "country:KEN"}).values()


def test_a_literal_parameter_with_quotes_stays_one_literal(kg):
    text = 'SELECT ?hit WHERE { BIND (?needle AS ?hit) }'
    result = kg.query(text, {"needle": 'he said "} DROP ALL'})
    assert [r["hit"].value for r in result] == ['he said "} DROP ALL']


def test_syntax_error_gives_line_and_column_and_exit_2(run, built):
    out, _ = built
    result = run("query", "-e", "SELECT ?x WHERE {\n  ?x a dsr:MoU .\n  ?x ?y\n}}", "--graph", out / "dsr.trig")
    assert result.exit_code == 2
    assert "syntax error at line 4, column" in result.output


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_updates_and_service_are_refused(run, built, text):
    out, _ = built
    result = run("query", "-e", text, "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "not allowed" in result.output


def test_keywords_inside_strings_iris_and_names_are_not_refused(kg):
    q = ('SELECT ?service ?x WHERE { BIND ("SERVICE and DELETE" AS ?x) '
         'BIND (<http://example.org/INSERT> AS ?service) }')
    assert len(kg.query(q)) == 1


def test_unknown_query_suggests_the_closest(run):
    result = run("query", "partnerships-of-organization")
    assert result.exit_code == 2 and "partnerships-of-organisation" in result.output


def test_query_from_a_file(run, built, tmp_path):
    out, _ = built
    f = tmp_path / "mine.rq"
    f.write_text("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dsr:Aggregate }")
    result = run("query", f, "--format", "csv", "--graph", out / "dsr.trig")
    assert result.exit_code == 0 and result.stdout.splitlines()[1] == str(_aggregate_records())


def test_out_writes_a_file(run, built, kg, tmp_path):
    out, _ = built
    target = tmp_path / "res.json"
    result = run("query", "aggregates", "--format", "json", "--out", target, "--graph", out / "dsr.trig")
    assert result.exit_code == 0
    assert len(json.loads(target.read_text())["results"]["bindings"]) == len(kg.query("aggregates")) > 0


def test_wrong_format_for_the_query_form(run, built):
    out, _ = built
    assert run("query", "aggregates", "--format", "turtle", "--graph", out / "dsr.trig").exit_code == 2
    assert run("query", "describe-partnership", "--format", "csv", "--graph", out / "dsr.trig").exit_code == 2


@pytest.mark.slow
def test_timeout_stops_the_query_and_gives_an_error(run, built):
    out, _ = built
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = run("query", "-e", endless, "--timeout", "1", "--graph", out / "dsr.trig")
    assert result.exit_code == 2 and "was stopped" in result.output


@pytest.mark.slow
def test_timeout_kills_the_worker_process(kg):
    import os

    before = set(os.listdir("/proc"))
    with pytest.raises(QueryTimeout):
        kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    children = [p for p in set(os.listdir("/proc")) - before if p.isdigit()
                and os.path.exists(f"/proc/{p}/stat")
                and open(f"/proc/{p}/stat").read().split()[3] == str(os.getpid())]
    assert children == [], "the killed query process must be gone (no zombie)"


def test_row_cap(kg):
    with pytest.raises(ResultTooLarge):
        kg.query("SELECT ?s WHERE { ?s ?p ?o }", max_rows=100)


def test_timeout_returns_the_same_answer_when_in_time(kg):
    fast = kg.query("aggregates", timeout=30)
    assert sorted(map(str, fast.rows)) == sorted(map(str, kg.query("aggregates").rows))


def test_errors_are_raised_in_python_too(kg):
    with pytest.raises(QuerySyntaxError):
        kg.query("SELECT WHERE {")
    with pytest.raises(BadParameter):
        kg.query("partnerships-of-organisation", {"org": "not an iri"})


def test_to_dataframe(kg):
    df = kg.query("most-connected-organisations").to_dataframe()
    assert list(df.columns) == ["org", "name", "partnerships", "partners"]
    assert df["partnerships"].dtype.kind == "i" and df["partnerships"].is_monotonic_decreasing
    assert df.iloc[0]["name"] == "Huawei Technologies"
