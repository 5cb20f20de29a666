"""`dsr import csv --mapping`: any table through a mapping YAML."""

from __future__ import annotations

import pytest
from conftest import TEST_DATA

from graph.build import build_dataset
from graph.namespaces import DSR, ORGANISATION as O, PARTNERSHIP as P, RDF, SOURCE, TECH

D = str(DSR._NS)
C = "https://w3id.org/dsr/id/country/"
TABLE, MAPPING = TEST_DATA / "csvmap" / "deals.csv", TEST_DATA / "csvmap" / "deals-mapping.yaml"


@pytest.fixture
def imported(run, tmp_path, read_import):
    out = tmp_path / "deals.trig"
    result = run("import", "csv", TABLE, "--mapping", MAPPING, "--out", out)
    assert result.exit_code == 0, result.output
    return out, result, read_import(out)


def test_rows_read_taken_skipped(imported):
    _, result, _ = imported
    # D4 used to be skipped for its unknown country 'Narnia'; it is kept now, the country unresolved
    assert "read 5 rows" in result.output and "took 3" in result.output and "skipped 2" in result.output
    assert "deals.csv: row D3: Signed: unparseable date '31/31/2022'" in result.output
    assert "deals.csv: row D4: Country: unresolved value 'Narnia'" in result.output
    assert "kept 1 row with unresolved values: 1 x Country" in result.output
    assert "row D5: Type: unknown kind 'Handshake'" in result.output


def test_unknown_country_is_kept_unresolved(imported):
    _, _, q = imported
    s = str(P["test-deals-d4"])
    assert q.objects(s, str(RDF.type)) == {D + "MoU"}
    assert q.objects(s, D + "beneficiary") == {str(O["test-power"])}
    assert not q.objects(s, D + "country")  # never guessed
    (node,) = q.objects(s, D + "unresolved")
    assert node == f"{s}/unresolved/test-deals/1"
    assert q.objects(node, str(RDF.type)) == {D + "UnresolvedValue"}
    assert q.objects(node, D + "field") == {"Country"} and q.objects(node, str(RDF.value)) == {"Narnia"}
    assert {x.graph_name.value for x in q.quads if x.subject.value == node} == {str(SOURCE["test-deals"])}


def test_contract_fields(imported):
    _, _, q = imported
    s = str(P["test-deals-d1"])
    assert q.objects(s, str(RDF.type)) == {D + "Contract"}
    assert q.objects(s, D + "status") == {D + "Completed"}
    assert q.literal(s, D + "date") == ("2021-02-14", "date")
    assert q.objects(s, D + "country") == {C + "SRB"}
    assert q.objects(s, D + "supplier") == {str(O["huawei-technologies"])}
    ministry = str(O["ministry-of-test-security"])
    assert q.objects(s, D + "beneficiary") == {ministry}
    assert q.objects(ministry, "http://www.w3.org/ns/org#subOrganizationOf") == {str(O["government-of-serbia"])}
    (amount,) = q.objects(s, D + "amount")
    assert q.literal(amount, D + "value") == ("2500000", "decimal") and q.objects(amount, D + "currency") == {"EUR"}
    assert q.objects(s, D + "technologyArea") == {str(TECH["smart-city"]), str(TECH["surveillance"])}
    assert q.objects(str(SOURCE["test-deals/row/d1"]), "http://xmlns.com/foaf/0.1/page") == {"https://example.org/d1"}


def test_loan_fields(imported):
    _, _, q = imported
    s = str(P["test-deals-d2"])
    assert q.objects(s, str(RDF.type)) == {D + "LoanAgreement"}
    assert q.objects(s, D + "financier") == {str(O["export-import-bank-of-china"])}
    assert q.objects(s, D + "country") == {C + "LAO", C + "KHM"}
    borrower = str(O["test-power"])
    assert q.objects(s, D + "beneficiary") == {borrower}
    assert q.objects(borrower, D + "homeCountry") == {C + "LAO"}


def test_merged_import_validates(imported):
    out, _, _ = imported
    report = build_dataset(includes=[out], analyse=False).validate()
    assert report.conforms, report.text()


def test_strict(run, tmp_path):
    result = run("import", "csv", TABLE, "--mapping", MAPPING, "--out", tmp_path / "d.trig", "--strict")
    assert result.exit_code == 1 and not (tmp_path / "d.trig").exists()


def test_mapping_names_a_missing_column(run, tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text(MAPPING.read_text().replace("source_url: Link", "source_url: Web page"))
    result = run("import", "csv", TABLE, "--mapping", mapping, "--out", tmp_path / "d.trig")
    assert result.exit_code == 2 and "deals.csv: missing column 'Web page'" in result.output


@pytest.mark.parametrize("change, message", [
    (("id: Deal", "idd: Deal"), "unknown key(s) idd"),
    (("  supplier:", "  vendor:"), "unknown role(s) vendor"),
    (("Loan: loan", "Loan: credit"), "credit not one of"),
])
def test_bad_mapping_exits_2(run, tmp_path, change, message):
    mapping = tmp_path / "m.yaml"
    mapping.write_text(MAPPING.read_text().replace(*change))
    result = run("import", "csv", TABLE, "--mapping", mapping, "--out", tmp_path / "d.trig")
    assert result.exit_code == 2 and message in result.output
