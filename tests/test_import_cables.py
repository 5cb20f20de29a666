"""`dsr import cables`: TeleGeography cable and landing-point files as cable projects."""

from __future__ import annotations

import pytest
from conftest import TEST_DATA, samples_dir

from graph.build import build_dataset
from graph.namespaces import DSR, ORGANISATION as O, PARTNERSHIP as P, RDF, TECH

D = str(DSR._NS)
C = "https://w3id.org/dsr/id/country/"


@pytest.fixture
def imported(run, tmp_path, read_import):
    out = tmp_path / "cables.trig"
    result = run("import", "cables", TEST_DATA / "cables", "--out", out)
    assert result.exit_code == 0, result.output
    return out, result, read_import(out)


def test_summary_and_bad_files(imported):
    _, result, _ = imported
    assert "read 4 rows" in result.output and "took 2" in result.output and "skipped 2" in result.output
    assert "row test-cable-atlantis: test-cable-atlantis.json: landing_points: unknown country 'Atlantis'" in result.output
    assert "row test-cable-broken: test-cable-broken.json: file: not valid JSON" in result.output


def test_cable_in_service(imported):
    _, _, q = imported
    s = str(P["cable-test-cable-one"])
    assert q.objects(s, str(RDF.type)) == {D + "Project", D + "CableProject"}
    # "Fictional Telecom Co., Ltd." stays one name; HMN Tech is Huawei Marine, not Huawei
    assert q.objects(s, D + "owner") == {str(O["fictional-telecom"]), str(O["china-unicom"])}
    assert q.objects(s, D + "supplier") == {str(O["huawei-marine-networks"])}
    assert q.objects(s, D + "status") == {D + "Operational"}
    assert q.literal(s, D + "dateOperational") == ("2021-06", "gYearMonth")
    # Djibouti comes from landing-point/test-bay-djibouti.json: the cable file does not say it
    assert q.objects(s, D + "country") == {C + "PAK", C + "DJI"}
    (length,) = q.objects(s, D + "quantity")
    assert q.literal(length, D + "value") == ("1234", "decimal") and q.objects(length, D + "unit") == {"km"}
    assert q.objects(s, D + "technologyArea") == {str(TECH["submarine-cable"])}
    places = q.objects(s, D + "place")
    assert len(places) == 2 and all(q.objects(p, "https://schema.org/containedInPlace") for p in places)


def test_planned_cable(imported):
    _, _, q = imported
    s = str(P["cable-test-cable-two"])
    assert q.objects(s, D + "status") == {D + "UnderConstruction"}
    assert not q.objects(s, D + "dateOperational")
    assert q.objects(s, D + "owner") == {str(O["orange"])}
    assert not q.objects(s, D + "quantity")  # length "n.a."


def test_merged_import_validates(imported):
    out, _, _ = imported
    report = build_dataset(includes=[out], analyse=False).validate()
    assert report.conforms, report.text()


def test_strict(run, tmp_path):
    result = run("import", "cables", TEST_DATA / "cables", "--out", tmp_path / "c.trig", "--strict")
    assert result.exit_code == 1 and not (tmp_path / "c.trig").exists()


def test_missing_folder_exits_2(run, tmp_path):
    result = run("import", "cables", tmp_path / "nowhere", "--out", tmp_path / "c.trig")
    assert result.exit_code == 2 and "no cable files" in result.output


@pytest.mark.skipif(samples_dir() is None, reason="shared/samples (real TeleGeography files) not on this machine; set DSR_SHARED")
def test_real_cable_sample(run, tmp_path, read_import):
    out = tmp_path / "cables.trig"
    result = run("import", "cables", samples_dir() / "submarine-cables", "--out", out)
    assert result.exit_code == 0, result.output
    assert "read 10 rows" in result.output and "took 10" in result.output
    q = read_import(out)
    peace = str(P["cable-peace-cable"])
    assert q.objects(peace, D + "supplier") == {str(O["huawei-marine-networks"])}
    assert q.objects(str(P["cable-2africa"]), D + "status") == {D + "UnderConstruction"}
    assert build_dataset(includes=[out], analyse=False).validate().conforms
