"""A fuzz harness: generated records, import rows, RDF files and SPARQL queries against the real readers.

The property is the same everywhere: bad input ends in a DSRError (whose message names the file,
line or row and field, and whose exit code is 1 or 2) or is taken — never another exception (a
Python traceback for the user), never a native crash, never a hang or a memory blow-up (the
suite would stop). Hypothesis shrinks what it finds to a minimal input; each class found has its
own regression test beside the feature it belongs to.

The budget is small in CI; run it longer on demand::

    DSR_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import string
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

import graph
from conftest import TEST_DATA
from graph.errors import DSRError

EXAMPLES = int(os.environ.get("DSR_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("DSR_FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

# -- values that broke readers before, and their neighbours ---------------------------------------------------

_TRICKY_TEXT = ["", " ", "\n", "abc\n", "\t", "1e999999999", "-1", "NaN", "nan", "inf", "Infinity", "1_000",
                "²", "١٢٣", "２０２０", "2020-13-45", "2020-02-30", "0000", "9999-99", "2020-1-1", "2020/01/01",
                "=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "\u200b", "\ufeff", "a\u0000b", "<script>", "x" * 300,
                "http://", "https://exa mple.org", "mailto:x", "javascript:alert(1)", "https://example.org/\n",
                "[", "{", "*alias", "&anchor", "!!python/object:os.system", "~", "null", "true", "0.5", "1.5",
                "3.3e3", "10" * 40, "Ⅻ", "𝟙𝟚", "1,000", "USD", "XXX", "PAK", "pakistan", "ZZZ"]

tricky = st.sampled_from(_TRICKY_TEXT) | st.text(max_size=30)
scalars = tricky | st.integers(-10**30, 10**30).map(str) | st.floats(allow_nan=True, allow_infinity=True).map(str)
yaml_values = st.recursive(scalars | st.none() | st.booleans(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(
                               ["value", "currency", "count", "G2G", "note", "unit", "share", "source", "id", "x"]),
                               inner, max_size=3), max_leaves=8)


# -- records ---------------------------------------------------------------------------------------------------

_RECORDS = {
    "sources.yaml": [{"id": "s1", "url": "https://example.org/a", "publisher": "Example", "date": "2024-01-02"},
                     {"id": "s2", "title": "Another report", "publisher": "Other"}],
    "organisations.yaml": [
        {"id": "gov-pak", "name": "Government of Pakistan", "kind": "government", "country": "PAK", "source": "s1"},
        {"id": "moitt", "name": "Ministry of IT", "kind": "ministry", "country": "PAK", "parent": "gov-pak",
         "source": "s1"},
        {"id": "huawei", "name": "Huawei", "kind": "private_company", "country": "CHN", "source": "s1",
         "aliases": ["Huawei Technologies"]}],
    "programmes.yaml": [{"id": "cpec", "label": "CPEC", "source": "s1", "date": "2015"},
                        {"id": "dsr", "label": "Digital Silk Road", "phase_of": "cpec", "source": "s1"}],
    "forums.yaml": [{"id": "jwg", "label": "JWG", "source": "s1", "programme": "cpec"}],
    "events.yaml": [{"id": "e1", "label": "A signing", "kind": "signing", "source": "s1", "start": "2024-05-01"}],
    "partnerships/p.yaml": [
        {"id": "P-1", "label": "A deal", "kind": "mou", "source": "s1", "date": "2024-05", "status": "signed",
         "parties": {"signatory": ["moitt", "huawei"]}, "countries": ["PAK"], "technology": ["5g"],
         "amount": {"value": "100", "currency": "USD"}, "programme": "cpec", "forum": "jwg", "event": "e1",
         "also": [{"source": "s2", "date": "2024-06"}]},
        {"id": "P-AGG", "label": "Some MoUs", "kind": "mou", "aggregate": True, "source": "s1",
         "members": {"count": "3", "G2G": "1", "B2B": "2"}, "countries": ["PAK", "CHN"]}],
}
_COUNTRIES = "code,name\nPAK,Pakistan\nCHN,China\n"
_FIELDS = {"partnerships/p.yaml": ["label", "kind", "date", "status", "parties", "countries", "technology", "amount",
                                   "members", "quantity", "milestones", "programme", "related", "part_of", "place",
                                   "aggregate", "also", "project_type", "id", "date_inferred", "described_as"],
           "organisations.yaml": ["name", "kind", "country", "parent", "aliases", "wikidata", "id", "source"],
           "sources.yaml": ["url", "date", "title", "publisher", "weak_host", "id"],
           "programmes.yaml": ["phase_of", "date", "status", "amount", "label", "aliases"],
           "events.yaml": ["start", "end", "kind", "place", "forum"]}


def _write_records(folder: Path, records: dict, countries: str = _COUNTRIES) -> None:
    (folder / "partnerships").mkdir(parents=True, exist_ok=True)
    (folder / "countries.csv").write_text(countries, encoding="utf-8")
    for name, rows in records.items():
        text = rows if isinstance(rows, str) else yaml.safe_dump(rows, allow_unicode=True, sort_keys=False)
        (folder / name).write_text(text, encoding="utf-8")


def _build(folder: Path) -> None:
    try:
        graph.build_dataset(folder, analyse=False).summary()
    except DSRError as exc:
        assert str(exc) and exc.exit_code in (1, 2)


def test_the_minimal_records_build(tmp_path):
    _write_records(tmp_path, _RECORDS)
    assert len(graph.build_dataset(tmp_path, analyse=False)) > 0  # the base the fuzzing mutates is valid


@FUZZ
@given(data=st.data())
def test_records_with_a_field_replaced(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("records")
    name = data.draw(st.sampled_from(sorted(_FIELDS)))
    records = {k: [dict(r) for r in v] for k, v in _RECORDS.items()}
    row = data.draw(st.sampled_from(records[name]))
    row[data.draw(st.sampled_from(_FIELDS[name]))] = data.draw(yaml_values)
    _write_records(folder, records)
    _build(folder)


@FUZZ
@given(data=st.data())
def test_records_text_mutated(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("records")
    name = data.draw(st.sampled_from(sorted(_RECORDS) + ["countries.csv"]))
    text = _COUNTRIES if name == "countries.csv" else yaml.safe_dump(_RECORDS[name], sort_keys=False)
    cut = data.draw(st.integers(0, len(text)))
    insert = data.draw(st.sampled_from(["&a ", "*a", "<<: *a", "- &a [*a, *a]\n", "\ufeff", "\t", "\r", "\x00",
                                        "!!binary ", "? ", "[" * 40, "{" * 40, ": ", "\n- ", '"', "'", "%YAML 1.1\n"])
                       | st.text(max_size=8))
    mutated = text[:cut] + insert + text[cut:]
    records = dict(_RECORDS)
    if name == "countries.csv":
        _write_records(folder, records, mutated)
    else:
        records[name] = mutated
        _write_records(folder, records)
    _build(folder)


# -- import rows -----------------------------------------------------------------------------------------------

def _aiddata_header() -> list[str]:
    with open(TEST_DATA / "aiddata" / "test-projects.csv", encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


_AIDDATA_HEADER = _aiddata_header()


@pytest.fixture(scope="module")
def curated_resolver():
    """The bundled records' resolver, read once: each example imports with a fork of it (reading the
    records again for each of the examples would be most of their time)."""
    from graph.resolve import Resolver

    return Resolver.from_records()


@FUZZ
@given(rows=st.lists(st.lists(tricky, min_size=0, max_size=len(_AIDDATA_HEADER) + 2), min_size=1, max_size=4),
       header=st.sampled_from(["as is", "duplicated", "with BOM", "short"]))
def test_aiddata_rows(tmp_path_factory, curated_resolver, rows, header):
    from graph.sources.aiddata import import_aiddata

    folder = tmp_path_factory.mktemp("aiddata")
    names = list(_AIDDATA_HEADER)
    if header == "duplicated":
        names.append(names[5])
    elif header == "short":
        names = names[:8]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(names)
    for r in rows:
        writer.writerow(r)
    text = ("\ufeff" if header == "with BOM" else "") + buffer.getvalue()
    path = folder / "projects.csv"
    path.write_text(text, encoding="utf-8")
    try:
        import_aiddata(path, out=folder / "out.trig", resolver=curated_resolver.fork())
    except DSRError as exc:
        assert exc.exit_code in (1, 2)


@FUZZ
@given(rows=st.lists(st.lists(tricky, min_size=0, max_size=14), min_size=1, max_size=4))
def test_csv_mapping_rows(tmp_path_factory, curated_resolver, rows):
    from graph.sources.csvmap import import_csv

    folder = tmp_path_factory.mktemp("csvmap")
    with open(TEST_DATA / "csvmap" / "deals.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for r in rows:
        writer.writerow(r)
    (folder / "deals.csv").write_text(buffer.getvalue(), encoding="utf-8")
    shutil.copy(TEST_DATA / "csvmap" / "deals-mapping.yaml", folder / "m.yaml")
    try:
        import_csv(folder / "deals.csv", folder / "m.yaml", out=folder / "out.trig", resolver=curated_resolver.fork())
    except DSRError as exc:
        assert exc.exit_code in (1, 2)


# -- RDF files -------------------------------------------------------------------------------------------------

_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATATYPES = ["decimal", "integer", "double", "float", "date", "gYear", "gYearMonth", "dateTime", "boolean", "string",
              "nonNegativeInteger", "positiveInteger", "int", "long"]
_PREDICATES = ["dsr:memberCount", "dsr:value", "dsr:date", "rdfs:label", "dsr:interestRate", "dsr:maturityYears",
               "dsr:iso3166Code", "dsr:betweenness", "dcterms:source", "foaf:page", "rdf:type"]
_PREFIXES = ("@prefix dsr: <https://w3id.org/dsr/ontology#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
             "@prefix dcterms: <http://purl.org/dc/terms/> .\n@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
             "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n")


def _turtle_literal(text: str, datatype: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"^^<{_XSD}{datatype}>'


@st.composite
def trig_documents(draw):
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        subject = draw(st.sampled_from(["<https://w3id.org/dsr/id/partnership/x>", "<https://w3id.org/dsr/id/org/y>",
                                        "_:b1", "[ dsr:value 1 ]"]))
        predicate = draw(st.sampled_from(_PREDICATES))
        obj = draw(st.one_of(
            st.builds(_turtle_literal, tricky, st.sampled_from(_DATATYPES)),
            st.sampled_from(["dsr:Aggregate", "dsr:MoU", "<https://w3id.org/dsr/id/source/s>", "_:b1",
                             "( 1 2 3 )", "[ dsr:value \"1e400\"^^<http://www.w3.org/2001/XMLSchema#double> ]"]),
            st.integers(-10**40, 10**40).map(str)))
        if predicate == "rdf:type" and not obj.startswith(("dsr:", "<")):
            obj = "dsr:Partnership"
        lines.append(f"{subject} {predicate} {obj} .")
    body = "\n".join(lines)
    return _PREFIXES + f"<https://w3id.org/dsr/id/source/fuzz> {{\n{body}\n}}\n"


def _load_and_use(path: Path) -> None:
    from graph.store.rdfio import read_quads
    from graph.store import KnowledgeGraph

    try:
        quads = read_quads(path)
        kg = KnowledgeGraph.from_quads(quads, path.name)
        kg.summary()
        KnowledgeGraph.from_file(path).summary()
    except DSRError as exc:
        assert exc.exit_code in (1, 2) and path.name in str(exc)


@FUZZ
@given(doc=trig_documents())
def test_generated_trig(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("rdf") / "x.trig"
    path.write_text(doc, encoding="utf-8")
    _load_and_use(path)


@FUZZ
@given(suffix=st.sampled_from([".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf"]), data=st.data())
def test_mutated_rdf_files(tmp_path_factory, suffix, data):
    seeds = {
        ".ttl": '@prefix ex: <http://example.org/> .\nex:s ex:p "1"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n',
        ".trig": '<http://example.org/g> { <http://example.org/s> <http://example.org/p> "x"@en . }\n',
        ".nt": '<http://example.org/s> <http://example.org/p> "2020"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n',
        ".nq": '<http://example.org/s> <http://example.org/p> _:b <http://example.org/g> .\n',
        ".jsonld": '{"@id": "http://example.org/s", "http://example.org/p": [{"@value": "1"}]}',
        ".rdf": ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e "http://example.org/">]>\n'
                 '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
                 '<rdf:Description rdf:about="&e;s"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>\n'),
    }
    text = seeds[suffix]
    cut = data.draw(st.integers(0, len(text)))
    insert = data.draw(st.sampled_from(['<!ENTITY b "&e;&e;&e;&e;&e;&e;&e;&e;">', "&b;" * 8, "[" * 3000, "{\"a\":" * 3000,
                                        "\ufeff", "\r", "\x00", '"1e999999999"^^<http://www.w3.org/2001/XMLSchema#decimal>',
                                        "<!ENTITY % p SYSTEM \"file:///etc/passwd\">", "%p;", "]]>"]) | st.text(max_size=6))
    path = tmp_path_factory.mktemp("rdf") / ("x" + suffix)
    path.write_text(text[:cut] + insert + text[cut:], encoding="utf-8")
    _load_and_use(path)


# -- SPARQL ----------------------------------------------------------------------------------------------------

_SPARQL_TOKENS = ["SELECT", "*", "WHERE", "{", "}", "?s", "?p", "?o", ".", ";", ",", "OPTIONAL", "UNION", "MINUS",
                  "FILTER", "(", ")", "EXISTS", "NOT", "BIND", "AS", "VALUES", "UNDEF", "GRAPH", "SERVICE", "SILENT",
                  "<http://127.0.0.1:9/>", "dsr:MoU", "a", "rdfs:label", '"x"', "'''a\nb'''", '"\\""', "1", "1.5e3",
                  "+", "-", "*", "/", "&&", "||", "=", "!=", "<", ">", "COUNT", "GROUP", "BY", "ORDER", "LIMIT",
                  "OFFSET", "DISTINCT", "ASK", "CONSTRUCT", "DESCRIBE", "FROM", "NAMED", "PREFIX", "ex:", "ex:x",
                  "#c\r", "#c\n", "\r", "\t", "^", "|", "/", "?", "!", "[", "]", "()", "[]", "_:b", "@en", "^^xsd:int",
                  "LOAD", "INSERT", "DATA", "DELETE", "CLEAR", "DROP", "STR", "REGEX", "IF", "COALESCE", "IN", "\\u0053"]


@pytest.fixture(scope="module")
def tiny():
    from graph.store import KnowledgeGraph

    g = ox.NamedNode("https://w3id.org/dsr/id/source/t")
    s, p = ox.NamedNode("https://w3id.org/dsr/id/partnership/t"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    return KnowledgeGraph.from_quads([ox.Quad(s, p, ox.Literal("t"), g)], "tiny")


@FUZZ
@given(tokens=st.lists(st.sampled_from(_SPARQL_TOKENS), max_size=40),
       wrap=st.sampled_from(["", "SELECT * WHERE { ", "ASK { "]))
def test_sparql_token_soup(tiny, tokens, wrap):
    from graph.store.sparqlsyntax import keywords

    text = wrap + " ".join(tokens) + (" }" if wrap else "")
    try:
        tiny.query(text, max_rows=1000)
    except DSRError as exc:
        assert exc.exit_code == 2
    else:
        # whatever ran had no SERVICE, LOAD or update in it
        assert not keywords(text) & {"SERVICE", "LOAD", "INSERT", "DELETE", "CLEAR", "DROP"}, text


@FUZZ
@given(text=st.text(alphabet=string.printable + "{}()?<>\"'#\r\u00a0\u200b", max_size=80))
def test_sparql_random_text(tiny, text):
    try:
        tiny.query(text, max_rows=1000)
    except DSRError as exc:
        assert exc.exit_code == 2
