"""Sources and organisations may be split into files of their own (sources/*.yaml, organisations/*.yaml)."""

from __future__ import annotations


def test_split_files_are_read_and_a_duplicate_across_files_is_refused(records_copy, run, tmp_path):
    (records_copy / "sources").mkdir(exist_ok=True)
    (records_copy / "sources" / "extra.yaml").write_text(
        "- id: extra-source\n  url: https://example.org/extra\n  publisher: Example\n  date: 2024-05-06\n", encoding="utf-8")
    (records_copy / "organisations").mkdir(exist_ok=True)
    (records_copy / "organisations" / "extra.yaml").write_text(
        "- id: extra-telecom\n  name: Extra Telecom\n  kind: private_company\n  country: KEN\n  source: extra-source\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", "--data", records_copy, "--out", out, "--skip", "maps,export")
    assert result.exit_code == 0, result.output
    import graph

    kg = graph.load(out / "dsr.trig")
    assert kg.select("ASK { organisation:extra-telecom rdfs:label \"Extra Telecom\"@en ; dsr:homeCountry country:KEN }")
    assert kg.select("ASK { ?s foaf:page <https://example.org/extra> }")
    # the same id in the main file and a split one: refused, naming the split file and the line
    with open(records_copy / "organisations" / "extra.yaml", "a", encoding="utf-8") as f:
        f.write("- id: huawei-technologies\n  name: Huawei again\n  kind: private_company\n  source: extra-source\n")
    bad = run("build", "--data", records_copy, "--out", tmp_path / "bad")
    assert bad.exit_code != 0
    assert "organisations/extra.yaml" in bad.output and "huawei-technologies" in bad.output
    assert not (tmp_path / "bad" / "dsr.trig").exists()
