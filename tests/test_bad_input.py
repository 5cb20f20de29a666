"""A malformed record stops the build with a message naming file, line, record and field; exit 2, nothing written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PAK = "partnerships/pakistan.yaml"


def _edit(root: Path, name: str, old: str, new: str, count: int = 1) -> int:
    """Replace text in a records file; return the 1-based line of the first change."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {name}: {old!r}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def _build_fails(run, root: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run("build", "--data", root, "--out", out)
    assert result.exit_code == 2, result.output
    assert not out.exists(), "a failed build must not leave outputs behind"
    return result.output


def test_bad_date(run, records_copy, tmp_path):
    line = _edit(records_copy, PAK, "  date: 2025-12\n", "  date: 2025-13\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert f"{PAK}:{line}" in msg
    assert "PAK-2025-JWG-24MOUS" in msg and "'date'" in msg and "2025-13" in msg


def test_date_in_words_is_refused(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "  date: 2025-11-17\n", "  date: 17 November 2025\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "PAK-2025-DSR-CPEC-BAKU" in msg and "YYYY-MM-DD" in msg


def test_unknown_technology_area_suggests_the_closest(run, records_copy, tmp_path):
    line = _edit(records_copy, PAK, "technology: [digital_skills, ai, fibre_optics, cybersecurity]",
                 "technology: [digital_skills, ai, fibre_optiks, cybersecurity]")
    msg = _build_fails(run, records_copy, tmp_path)
    assert f"{PAK}:{line}" in msg
    assert "technology[2]" in msg and "unknown technology area 'fibre_optiks'" in msg
    assert "closest: fibre_optics" in msg


def test_technology_areas_resolve_by_any_label(run, records_copy, tmp_path):
    # an alternative label in any case is as good as the tag
    _edit(records_copy, PAK, "technology: [digital_skills, ai, fibre_optics, cybersecurity]",
          "technology: [Digital Skills, artificial intelligence, Fiber Optics, cyber-security]")
    result = run("build", "--data", records_copy, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_unknown_party_suggests_the_closest(run, records_copy, tmp_path):
    line = _edit(records_copy, PAK, "signatory: [huawei-technologies-pakistan, sky47-limited]",
                 "signatory: [huawei-technolgies-pakistan, sky47-limited]")
    msg = _build_fails(run, records_copy, tmp_path)
    assert f"{PAK}:{line}" in msg
    assert "PAK-2025-B2B-HUAWEI-SKY47" in msg and "parties.signatory[0]" in msg
    assert "unknown organisation 'huawei-technolgies-pakistan'" in msg
    assert "huawei-technologies-pakistan" in msg.split("closest:")[1]


def test_an_alias_cut_at_its_comma_is_refused(run, records_copy, tmp_path):
    # an unquoted flow list splits "Nokia Shanghai Bell Co., Ltd." in two: "Ltd." alone is no name
    name = "organisations/asia-pacific.yaml"
    line = _edit(records_copy, name, "aliases: ['Nokia Shanghai Bell Co., Ltd.']", "aliases: [Nokia Shanghai Bell Co., Ltd.]")
    msg = _build_fails(run, records_copy, tmp_path)
    assert f"{name}:{line}" in msg and "alcatel-lucent-shanghai-bell" in msg and "aliases[1]" in msg
    assert "only a legal form" in msg


def test_unknown_role(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "    signatory: [huawei-technologies-pakistan, sky47-limited]",
          "    signer: [huawei-technologies-pakistan, sky47-limited]")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "unknown role 'signer'" in msg and "signatory" in msg


def test_duplicate_id_names_both_places(run, records_copy, tmp_path):
    line = _edit(records_copy, PAK, "- id: PAK-2025-B2B-ZTE-SKY47\n", "- id: PAK-2025-B2B-HUAWEI-SKY47\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert f"{PAK}:{line}" in msg and "duplicate partnership id 'PAK-2025-B2B-HUAWEI-SKY47'" in msg
    assert re.search(r"first defined at graph\S*pakistan\.yaml:\d+|first defined at .*pakistan\.yaml:\d+", msg)


def test_duplicate_id_across_files(run, records_copy, tmp_path):
    _edit(records_copy, "partnerships/international.yaml", "- id: SAIL-CABLE\n", "- id: PAK-OFC-PHASE1\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "duplicate partnership id 'PAK-OFC-PHASE1'" in msg
    assert "international.yaml" in msg and "pakistan.yaml" in msg


def test_missing_source(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "  source: pti-via-newsdrum-2025-12-22\n", "")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "PAK-2025-JWG-24MOUS" in msg and "missing 'source'" in msg


def test_unknown_source_suggests_the_closest(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "  source: pti-via-newsdrum-2025-12-22\n", "  source: pti-via-newsdrum-2025-12-21\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "unknown source 'pti-via-newsdrum-2025-12-21'" in msg and "pti-via-newsdrum-2025-12-22" in msg


def test_unknown_country(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "  countries: [PAK, CHN]\n", "  countries: [PAK, CHI]\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "unknown country code 'CHI'" in msg and "countries[1]" in msg


def test_unparseable_amount_and_unknown_currency(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "value: 44000000, currency: USD", "value: 44m, currency: USD")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "PAK-OFC-PHASE1" in msg and "amount.value" in msg and "bad number '44m'" in msg
    _edit(records_copy, PAK, "value: 44m, currency: USD", "value: 44000000, currency: USDD")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "unknown currency 'USDD'" in msg and "USD" in msg.split("closest:")[1]


def test_broken_yaml_gives_line_and_column(run, records_copy, tmp_path):
    line = _edit(records_copy, "organisations.yaml", "- id: huawei-technologies\n", "- id: [huawei-technologies\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "broken YAML" in msg
    where = re.search(r"organisations\.yaml:(\d+):(\d+)", msg)
    assert where and line <= int(where[1]) <= line + 3, (line, msg)  # the parser notices within a few lines


def test_broken_csv(run, records_copy, tmp_path):
    path = records_copy / "countries.csv"
    path.write_text(path.read_text() + 'XYZ,"Unclosed quote\n', encoding="utf-8")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "countries.csv" in msg and ("broken CSV" in msg or "expected 2 cells" in msg)


def test_csv_row_with_wrong_cell_count(run, records_copy, tmp_path):
    path = records_copy / "countries.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "XYZ,Somewhere,extra")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "countries.csv:4" in msg and "expected 2 cells, found 3" in msg


def test_unknown_field_is_refused_not_ignored(run, records_copy, tmp_path):
    _edit(records_copy, PAK, "  status: signed\n", "  staus: signed\n")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "unknown field" in msg and "status" in msg.split("closest:")[1]


def test_party_flagged_inferred_must_be_a_party(run, records_copy, tmp_path):
    _edit(records_copy, "partnerships/international.yaml",
          "inferred_parties: [ministry-of-digital-economy-and-society-thailand]",
          "inferred_parties: [huawei-technologies-pakistan]")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "THA-HUAWEI-5G-TESTBED-EEC" in msg and "not among that claim's parties" in msg


def test_a_proposed_arrangement_belongs_to_a_proposal(run, records_copy, tmp_path):
    # the ontology gives proposed_arrangement to proposals: on talks it would make the graph
    # contradict itself (a reasoner finds the record both talks and a proposal), so it is refused
    text = (records_copy / "partnerships" / "pakistan.yaml").read_text(encoding="utf-8")
    start = text.index("- id: PAK-2025-DSR-CPEC-BAKU\n")
    block = text[start: text.index("\n- id: ", start + 1)]
    assert "  kind: proposal\n" in block and "proposed_arrangement" in block
    (records_copy / "partnerships" / "pakistan.yaml").write_text(
        text.replace(block, block.replace("  kind: proposal\n", "  kind: talks\n")), encoding="utf-8")
    msg = _build_fails(run, records_copy, tmp_path)
    assert "pakistan.yaml" in msg and "proposed_arrangement" in msg and "'talks'" in msg


def test_a_name_authority_entry_for_a_curated_organisation_must_point_at_it(run, records_copy, tmp_path):
    # an entry that spells out the name and country of a curated organisation would make a second
    # entity for it, and the resolver would merge its names into either one
    text = (records_copy / "organisations" / "africa.yaml").read_text(encoding="utf-8")
    start = text.index("- id: communications-authority-of-kenya\n")
    block = text[start: text.index("\n- id: ", start + 1)]
    assert "  country: KEN" in block
    name = re.search(r"\n  name: (.+)\n", block)[1]
    entry = (f"\n- name: '  {name.upper()} '\n  country: KEN\n  kind: regulator\n  names: [Another Name]\n"
             "  source: names-hapakenya-cck-ca\n")
    with open(records_copy / "names.yaml", "a", encoding="utf-8") as f:
        f.write(entry)
    written = (records_copy / "names.yaml").read_text(encoding="utf-8")
    line = written[: written.rindex("\n- name: ")].count("\n") + 2
    msg = _build_fails(run, records_copy, tmp_path)
    assert f"names.yaml:{line}:" in msg and "'name'" in msg
    assert "organisation: communications-authority-of-kenya" in msg


@pytest.mark.parametrize("missing", ["sources.yaml", "countries.csv", "organisations.yaml"])
def test_missing_records_file(run, records_copy, tmp_path, missing):
    (records_copy / missing).unlink()
    msg = _build_fails(run, records_copy, tmp_path)
    assert missing in msg and "missing" in msg


def test_library_raises_record_error_with_exit_code_2(records_copy):
    import graph

    _edit(records_copy, PAK, "  date: 2025-12\n", "  date: 2025-02-30\n")
    with pytest.raises(graph.RecordError) as info:
        graph.load_records(records_copy)
    assert info.value.exit_code == 2 and "2025-02-30" in str(info.value)
