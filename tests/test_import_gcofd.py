"""`dsr import aiddata` on AidData's Global Chinese Official Finance Dataset 2000-2014, version 1.0 (2017):
its snake_case column set is recognised and mapped by what the columns mean; a table of no known
release, or lacking a release's required columns, is refused naming what is missing.

The fixture tests/data/aiddata/gcofd1-sample.csv has the release's real column names and invented rows
(each title says so). Agencies are written "Name, Type; Name, Type" and sources "URL , type, document
type; …", as AidData's exporter of that dataset wrote them."""

from __future__ import annotations

import csv

import pytest
from conftest import TEST_DATA

from graph.build import build_dataset
from graph.namespaces import DSR, ORGANISATION as O, PARTNERSHIP as P, RDF, RDFS, SOURCE, TECH

D = str(DSR._NS)
C = "https://w3id.org/dsr/id/country/"
FIXTURE = TEST_DATA / "aiddata" / "gcofd1-sample.csv"


@pytest.fixture
def imported(run, tmp_path, read_import):
    out = tmp_path / "gcofd.trig"
    result = run("import", "aiddata", FIXTURE, "--out", out)
    assert result.exit_code == 0, result.output
    log = list(csv.DictReader((tmp_path / "merge-log.csv").open(encoding="utf-8")))
    return out, result, read_import(out), log


def amounts(q, s) -> dict[tuple[str, str], str]:
    """{(currency, price basis): amount node}"""
    return {(next(iter(q.objects(a, D + "currency"))), next(iter(q.objects(a, D + "priceBasis"))).rsplit("#")[1]): a
            for a in q.objects(s, D + "amount")}


def test_recognised_and_counted(imported):
    _, result, q, _ = imported
    assert "read 6 rows" in result.output and "took 5" in result.output and "skipped 1" in result.output
    assert "gcofd1-sample.csv: row G-6: funding_agency / cofinancing_agency / implementing_agency / recipient_agencies: " \
           "no agency named" in result.output
    g = str(SOURCE["aiddata-gcofd1-sample"])
    (title,) = q.objects(g, "http://purl.org/dc/terms/title")
    assert title.startswith("AidData Global Chinese Official Finance Dataset 2000-2014")
    assert q.objects(g, "http://purl.org/dc/terms/hasVersion") == {"1.0"}


def test_a_loan_its_roles_and_countries(imported):
    _, _, q, log = imported
    s = str(P["aiddata-g-1"])
    assert q.objects(s, str(RDF.type)) == {D + "LoanAgreement"}
    assert q.objects(s, str(RDFS.label)) == {"Invented test row: loan for a fibre optic backbone in a fictional county"}
    assert q.objects(s, D + "describedAs") == {"Loan"}
    assert q.objects(s, D + "status") == {D + "UnderConstruction"}
    assert q.literal(s, D + "date") == ("2012", "gYear") and not q.objects(s, D + "dateInferred")
    assert q.literal(s, D + "dateLaunched") == ("2013-03-15", "date")  # "15 March 2013"
    assert q.objects(s, D + "financier") == {str(O["export-import-bank-of-china"])}
    power = str(O["fictional-kenya-power-testing"])
    assert q.objects(s, D + "contractor") == {str(O["huawei-technologies"]), power}  # the type after the comma is no name
    ministry = str(O["kenya-ministry-of-invented-affairs"])
    assert q.objects(s, D + "partner") == {ministry}  # named only among the recipient's organisations
    assert q.objects(s, D + "country") == {C + "KEN", C + "CHN"}
    assert q.objects(s, D + "technologyArea") == {str(TECH["fibre-optics"])}
    by_name = {r["name_as_found"]: r for r in log}
    # the funding agency is a Chinese official body by the dataset's definition
    assert by_name["China Eximbank"]["country"] == "CHN"
    # the implementing agency named among the recipient's organisations is Kenyan; Huawei is not said to be
    assert by_name["Fictional Kenya Power Testing Company"]["country"] == "KEN"
    assert q.objects(power, D + "homeCountry") == {C + "KEN"}
    assert by_name["Huawei Technologies Co., Ltd."]["country"] == ""
    assert by_name["Kenya Ministry of Invented Affairs"]["country"] == "KEN"


def test_amounts_original_constant_2014_and_current(imported):
    _, _, q, _ = imported
    a = amounts(q, str(P["aiddata-g-1"]))
    assert set(a) == {("CNY", "Nominal"), ("USD", "Constant"), ("USD", "Nominal")}
    assert q.literal(a["CNY", "Nominal"], D + "value") == ("1000000000", "decimal")
    assert q.literal(a["CNY", "Nominal"], D + "interestRate") == ("2", "decimal")
    assert q.literal(a["CNY", "Nominal"], D + "maturityYears") == ("20", "decimal")
    assert q.literal(a["USD", "Constant"], D + "value") == ("160000000", "decimal")  # usd_defl_2014
    assert q.literal(a["USD", "Constant"], D + "priceYear") == ("2014", "gYear")
    assert q.objects(a["USD", "Constant"], str(RDFS.comment)) == {"AidData: amount in constant USD (2014)"}
    assert q.literal(a["USD", "Nominal"], D + "value") == ("150000000", "decimal")  # usd_current
    assert not q.objects(a["USD", "Nominal"], D + "priceYear")


def test_row_links_are_kept(imported):
    _, _, q, _ = imported
    row = str(SOURCE["aiddata-gcofd1-sample/row/g-1"])
    assert q.objects(row, "http://xmlns.com/foaf/0.1/page") == {"https://example.org/g1", "https://example.org/g1b"}
    assert q.objects(str(SOURCE["aiddata-gcofd1-sample/row/g-3"]), "http://xmlns.com/foaf/0.1/page") == \
        {"https://example.org/g3"}


def test_a_grant_with_an_uncertain_year(imported):
    _, _, q, log = imported
    s = str(P["aiddata-g-2"])
    assert q.objects(s, str(RDF.type)) == {D + "Project"}
    assert q.literal(s, D + "dateInferred") == ("true", "boolean")  # year_uncertain TRUE
    assert q.literal(s, D + "dateCompleted") == ("2011-06-30", "date")
    assert q.objects(s, D + "country") == {C + "COD", C + "CHN"}  # recipient_iso3
    assert set(amounts(q, s)) == {("USD", "Constant"), ("USD", "Nominal")}
    assert {r["country"] for r in log if r["name_as_found"] == "Fictional Congolese Institute of Testing"} == {"COD"}


def test_several_recipients_and_a_regional_label(imported):
    _, _, q, _ = imported
    s = str(P["aiddata-g-3"])
    assert q.objects(s, str(RDF.type)) == {D + "TrainingProgramme"}
    assert q.objects(s, D + "status") == {D + "Announced"}
    assert q.objects(s, D + "country") == {C + "AGO", C + "ZMB", C + "CHN"}  # "AGO; ZMB", "Africa, regional"
    assert not q.objects(s, D + "unresolved")


def test_a_withdrawn_currency_and_an_unknown_recipient(imported):
    _, result, q, _ = imported
    (zmk,) = [a for a in q.objects(str(P["aiddata-g-4"]), D + "amount") if q.objects(a, D + "currency") == {"ZMK"}]
    assert q.literal(zmk, D + "value") == ("50000000", "decimal")
    s = str(P["aiddata-g-5"])
    assert q.objects(s, D + "country") == {C + "CHN"}
    (node,) = q.objects(s, D + "unresolved")
    assert q.objects(node, D + "field") == {"recipient_condensed"} and q.objects(node, str(RDF.value)) == {"Atlantis"}
    assert "gcofd1-sample.csv: row G-5: recipient_condensed: unresolved value 'Atlantis'" in result.output


def test_merged_import_validates(imported):
    out, _, _, _ = imported
    report = build_dataset(includes=[out], analyse=False).validate()
    assert report.conforms, report.text()


def test_filters(run, tmp_path, read_import):
    out = tmp_path / "k.trig"
    result = run("import", "aiddata", FIXTURE, "--recipient", "Zambia", "--sector", "220", "--out", out)
    assert result.exit_code == 0, result.output
    q = read_import(out)
    kept = {s for kind in ("LoanAgreement", "TrainingProgramme", "Project") for s in q.subjects(str(RDF.type), D + kind)}
    assert kept == {str(P["aiddata-g-3"]), str(P["aiddata-g-4"])}  # G-3 (Angola and Zambia) and G-4 (Zambia)
    assert "took 2" in result.output and "left out 4 by filters" in result.output  # G-1 Kenya, G-2 education, G-5, G-6


def test_xlsx(run, tmp_path, read_import):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(FIXTURE.open(encoding="utf-8")):
        sheet.append(row)
    path = tmp_path / "GlobalChineseOfficialFinanceDataset_v1.0.xlsx"
    book.save(path)
    result = run("import", "aiddata", path, "--out", tmp_path / "x.trig")
    assert result.exit_code == 0, result.output
    assert "took 5" in result.output


# -- tables of no known release --------------------------------------------------------------------------------

def _write(tmp_path, header: list[str], row: list[str]):
    path = tmp_path / "table.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, row])
    return path


def test_an_unknown_column_set_is_refused_naming_what_is_missing(run, tmp_path):
    path = _write(tmp_path, ["deal_code", "name", "lender", "amount_usd"], ["X-1", "A deal", "A bank", "100"])
    result = run("import", "aiddata", path, "--out", tmp_path / "x.trig")
    assert result.exit_code == 2, result.output
    out = " ".join(result.output.split())
    assert "table.csv" in out and "missing required columns" in out
    for words in ("the project id", "'Title'", "at least one agency column", "AidData releases understood",
                  "GCDF 2.0/3.0", "Global Huawei Finance Dataset", "Global Chinese Official Finance Dataset 2000-2014"):
        assert words in out, words
    assert not (tmp_path / "x.trig").exists()


def test_a_2017_export_without_title_is_refused_not_read_otherwise(run, tmp_path):
    header = [h for h in FIXTURE.read_text(encoding="utf-8").splitlines()[0].split(",") if h != "title"]
    path = _write(tmp_path, header, ["G-9"] + [""] * (len(header) - 1))
    result = run("import", "aiddata", path, "--out", tmp_path / "x.trig")
    assert result.exit_code == 2, result.output
    out = " ".join(result.output.split())
    assert "missing required column for an AidData Global Chinese Official Finance Dataset 2000-2014" in out
    assert "'title' (or 'project_title')" in out


def test_a_2017_export_without_agency_columns_is_refused(run, tmp_path):
    path = _write(tmp_path, ["project_id", "title", "recipient_condensed", "usd_defl_2014"], ["G-9", "x", "Kenya", "1"])
    result = run("import", "aiddata", path, "--out", tmp_path / "x.trig")
    assert result.exit_code == 2 and "at least one agency column ('funding_agency'" in " ".join(result.output.split())
