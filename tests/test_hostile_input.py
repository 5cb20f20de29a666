"""Bad and hostile input, one regression test per class found by fuzzing: a clear message naming the
file, line or row and field, exit code 2 (or a row reported as skipped), never a traceback, never
a blow-up, and nothing lost without a word."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from click.testing import CliRunner

import graph
from conftest import TEST_DATA
from graph.cli import cli

runner = CliRunner()


def dsr(*args, input=None):
    return runner.invoke(cli, [str(a) for a in args], input=input)


def assert_refused(result, *words):
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    for w in words:
        assert w in result.output, (w, result.output)


# -- records -------------------------------------------------------------------------------------------------

@pytest.fixture
def records(records_copy):
    return records_copy


def _append(path, text):
    with path.open("a", encoding="utf-8") as f:
        f.write(text)


@pytest.mark.parametrize("text, words", [
    ("- &a\n  id: bomb-a\n  label: [*a, *a]\n  kind: meeting\n  source: seed-article\n", ["events.yaml", "aliases"]),
    ("- id: bomb-b\n  label: &l [x, *l]\n  kind: meeting\n  source: seed-article\n", ["events.yaml", "aliases"]),
    ("- id: \"ends-in-a-newline\\n\"\n  label: x\n  kind: meeting\n  source: seed-article\n", ["events.yaml", "id"]),
    ("- id: e-fw\n  label: x\n  kind: meeting\n  source: seed-article\n  start: \"２０２０-01-01\"\n",
     ["events.yaml", "start", "U+FF12", "0-9"]),
    ("- id: e-deep\n  label: " + "[" * 60 + "x" + "]" * 60 + "\n  kind: meeting\n  source: seed-article\n",
     ["events.yaml", "nested deeper"]),
])
def test_records_that_broke_the_reader(records, text, words):
    _append(records / "events.yaml", "\n" + text)
    assert_refused(dsr("build", "--data", records, "--out", records.parent / "out"), *words)
    assert not (records.parent / "out").exists()


@pytest.mark.parametrize("field, value, words", [
    ("members", "{count: \"²\"}", ["members.count", "U+00B2"]),
    ("members", "{count: \"99999999999999\"}", ["members.count", "whole number"]),
    ("amount", "{value: \"1e999999999\", currency: USD}", ["amount.value", "bad number"]),
    ("amount", "{value: NaN, currency: USD}", ["amount.value", "bad number"]),
    ("amount", "[[1, 2]]", ["amount"]),
    ("parties", "[huawei-technologies]", ["parties", "roles mapped to organisations"]),
    ("date", "\"٢٠٢٠\"", ["date", "U+0662"]),
])
def test_fields_that_broke_the_reader(records, field, value, words):
    _append(records / "partnerships" / "pakistan.yaml",
            f"\n- id: FUZZ-1\n  label: a record with one broken field\n  kind: mou\n  source: seed-article\n"
            f"  {field}: {value}\n")
    result = dsr("build", "--data", records, "--out", records.parent / "out")
    assert_refused(result, "pakistan.yaml", "FUZZ-1", *words)


def test_a_source_url_that_is_no_iri(records):
    _append(records / "sources.yaml", "\n- id: broken-url\n  url: \"http://[::1\"\n  publisher: x\n")
    assert_refused(dsr("build", "--data", records, "--out", records.parent / "out"), "sources.yaml", "url", "bad URL")


def test_byte_order_marks_are_accepted_in_record_files(records):
    for name in ("countries.csv", "sources.yaml"):
        path = records / name
        path.write_text("\ufeff" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = dsr("build", "--data", records, "--out", records.parent / "out")
    assert result.exit_code == 0, result.output


def test_a_duplicated_column_in_a_records_csv_is_refused(records):
    path = records / "countries.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0] + ",name"] + [line + ",x" for line in lines[1:]]) + "\n", encoding="utf-8")
    assert_refused(dsr("build", "--data", records, "--out", records.parent / "out"), "countries.csv:1", "twice")


@pytest.mark.parametrize("kind, field", [("organisation", "parent"), ("programme", "phase_of")])
def test_cycles_are_refused(records, kind, field):
    if kind == "organisation":
        _append(records / "organisations.yaml", "\n- id: loop-a\n  name: Loop A\n  kind: agency\n  source: seed-article\n"
                "  parent: loop-b\n- id: loop-b\n  name: Loop B\n  kind: agency\n  source: seed-article\n  parent: loop-c\n"
                "- id: loop-c\n  name: Loop C\n  kind: agency\n  source: seed-article\n  parent: loop-a\n")
    else:
        _append(records / "programmes.yaml", "\n- id: loop-a\n  label: Loop A\n  source: seed-article\n  phase_of: loop-b\n"
                "- id: loop-b\n  label: Loop B\n  source: seed-article\n  phase_of: loop-a\n")
    result = dsr("build", "--data", records, "--out", records.parent / "out")
    assert_refused(result, field, "a cycle", "loop-a")


# -- RDF inputs ----------------------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/s"><ex:p>&h;</ex:p></rdf:Description>
</rdf:RDF>
"""
OWL_STYLE = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="&ex;s"><ex:p rdf:resource="&ex;o"/></rdf:Description>
</rdf:RDF>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/s"><ex:p>&secret;</ex:p></rdf:Description>
</rdf:RDF>
"""


@pytest.mark.parametrize("name, text, words", [
    ("laughs.rdf", BILLION_LAUGHS, ["laughs.rdf", "refers to entity"]),
    ("external.rdf", EXTERNAL, ["external.rdf", "external entity"]),
    ("deep.jsonld", '{"@id": "http://e/s", "http://e/p": ' + '{"http://e/q": ' * 3000 + "1" + "}" * 3001,
     ["deep.jsonld", "nested deeper"]),
    ("deep-list.jsonld", '{"@id": "http://e/s", "http://e/p": ' + "[" * 60000 + "1" + "]" * 60000 + "}",
     ["deep-list.jsonld", "nested deeper"]),
    ("big.nt", '<http://e/s> <http://e/p> "1e999999999"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n',
     ["big.nt", "xsd:decimal", "1e999999999"]),
    ("long.ttl", '<http://e/s> <http://e/p> "' + "9" * 500 + '"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',
     ["long.ttl", "longer than"]),
])
def test_rdf_files_that_would_blow_up_are_refused(tmp_path, name, text, words):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for args in (("validate", path), ("info", "--graph", path), ("build", "--include", path, "--out", tmp_path / "o")):
        assert_refused(dsr(*args), *words)
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("name, text", [
    ("owl-style.rdf", OWL_STYLE),
    ("bom.nt", "\ufeff<http://example.org/s> <http://example.org/p> \"x\" .\n"),
    ("bom.trig", "\ufeff<http://example.org/g> { <http://example.org/s> <http://example.org/p> 1.5 . }\n"),
    ("bom.jsonld", '\ufeff{"@id": "http://example.org/s", "http://example.org/p": "x"}'),
])
def test_plain_entities_and_byte_order_marks_are_read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = dsr("validate", path)
    assert result.exit_code == 0, result.output
    assert len(graph.load(path)) >= 1


# -- imports -------------------------------------------------------------------------------------------------

def _aiddata(tmp_path, edit, header=None) -> tuple:
    with open(TEST_DATA / "aiddata" / "test-projects.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows = edit(rows)
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path = tmp_path / "projects.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path, dsr("import", "aiddata", path, "--out", tmp_path / "out.trig")


def test_ids_that_differ_only_in_case_spacing_or_invisible_characters_are_reported(tmp_path):
    def edit(rows):
        first = rows[1]
        return rows + [[first[0].lower()] + first[1:], [first[0] + "\u200b"] + first[1:],
                       [first[0].replace("-", " ")] + first[1:]]

    _, result = _aiddata(tmp_path, edit)
    assert result.exit_code == 0, result.output
    assert result.output.count("differ only in case, spacing, punctuation or invisible characters") == 3
    assert "skipped 3" in result.output


def test_a_duplicated_column_is_refused_and_extra_cells_are_reported(tmp_path):
    _, result = _aiddata(tmp_path, lambda rows: [rows[0] + [rows[0][5]]] + [r + [r[5]] for r in rows[1:]])
    assert_refused(result, "projects.csv", rows_col := "Title", "twice")
    del rows_col
    _, result = _aiddata(tmp_path, lambda rows: rows[:1] + [rows[1] + ["lost", "cells"]] + rows[2:])
    assert result.exit_code == 0, result.output
    assert "cells past the last column" in result.output and "skipped 1" in result.output


@pytest.mark.parametrize("column, value, words", [
    ("Amount (Original Currency)", "NaN", ["unparseable amount"]),
    ("Amount (Original Currency)", "1e999999999", ["out of range"]),
    ("Amount (Original Currency)", "１０００", ["U+FF11"]),
    ("Commitment Year", "２０１９", ["U+FF12"]),
])
def test_bad_values_skip_their_row_with_the_field_named(tmp_path, column, value, words):
    def edit(rows):
        i = rows[0].index(column)
        rows[1][i] = value
        return rows

    _, result = _aiddata(tmp_path, edit)
    assert result.exit_code == 0, result.output
    assert "skipped 1" in result.output and f"row T-1001: {column}" in result.output
    for w in words:
        assert w in result.output


def test_a_byte_order_mark_is_accepted_in_a_table(tmp_path):
    path, plain = _aiddata(tmp_path, lambda rows: rows)
    path.write_text("\ufeff" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = dsr("import", "aiddata", path, "--out", tmp_path / "bom.trig")
    assert result.exit_code == 0, result.output
    taken = lambda r: r.output.split(", took ")[1].split(",")[0]  # noqa: E731
    assert taken(result) == taken(plain) != "0"


def test_cable_files_that_broke_the_importer(tmp_path):
    folder = tmp_path / "cables"
    shutil.copytree(TEST_DATA / "cables", folder)
    (folder / "cable" / "deep.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    (folder / "cable" / "nan.json").write_text('{"id": "nan", "name": "x", "length": NaN}', encoding="utf-8")
    (folder / "cable" / "listid.json").write_text('{"id": ["a"], "name": "x"}', encoding="utf-8")
    result = dsr("import", "cables", folder, "--out", tmp_path / "out.trig")
    assert result.exit_code == 0, result.output
    assert "deep.json" in result.output and "nan.json" in result.output and "listid.json" in result.output


# -- what the project writes ---------------------------------------------------------------------------------

def test_every_csv_written_neutralises_formula_cells(tmp_path, built):
    # a hostile organisation name reaches the merge log, the node tables, the export and query results
    def edit(rows):
        i = rows[0].index("Implementing Agencies")
        rows[1][i] = '=HYPERLINK("http://attacker.example/","click")'
        return rows

    _aiddata(tmp_path, edit)
    merge_log = (tmp_path / "merge-log.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in merge_log and ",=HYPERLINK" not in merge_log
    out = tmp_path / "out"
    assert dsr("build", "--include", tmp_path / "out.trig", "--out", out).exit_code == 0
    for path in [out / "analysis" / "nodes.csv", out / "export" / "co-partnership.nodes.csv",
                 out / "export" / "co-partnership.neo4j.nodes.csv"]:
        cells = [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))) for c in row]
        assert any(c.startswith("'=HYPERLINK") for c in cells), path
        assert not any(c.startswith(("=", "@")) for c in cells), path
    query = 'SELECT ?name WHERE { ?o rdfs:label ?name FILTER(STRSTARTS(?name, "=")) }'
    for fmt in ("csv", "tsv"):  # TSV cells are in Turtle syntax ("…"@en): the quote starts them
        result = dsr("query", "-e", query, "--format", fmt, "--graph", out / "dsr.trig")
        lines = result.stdout.splitlines()[1:]
        assert lines and not any(line.startswith(("=", "+", "-", "@")) for line in lines), (fmt, result.stdout)
        assert fmt == "tsv" or all(line.startswith("'=") for line in lines), result.stdout
