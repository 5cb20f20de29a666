"""What changed: `dsr build` over an earlier build writes changes.md/changes.json, and `dsr diff OLD NEW`
says the same — partnerships and organisations added, removed and changed claim by claim, with sources."""

from __future__ import annotations

import json
import re
import shutil

import yaml

SKIP = ("--skip", "maps,export")


def _record_with(path, text):
    """The id and source of the record of ``path`` whose amount is ``text`` (value, note)."""
    for record in yaml.safe_load(path.read_text(encoding="utf-8")):
        amount = record.get("amount") or {}
        if (amount.get("value"), amount.get("note")) == text:
            return record["id"], record["source"]
    raise AssertionError(text)


def test_a_rebuild_says_what_changed_and_dsr_diff_agrees(records_copy, run, tmp_path):
    out = tmp_path / "out"
    assert run("build", "--data", records_copy, "--out", out, *SKIP).exit_code == 0
    assert not (out / "changes.md").exists()  # nothing earlier to compare with
    shutil.copytree(out, tmp_path / "old")
    # the same records again: nothing changed
    assert run("build", "--data", records_copy, "--out", out, *SKIP).exit_code == 0
    assert "Nothing changed." in (out / "changes.md").read_text(encoding="utf-8")

    pak = records_copy / "partnerships" / "pakistan.yaml"
    intl = records_copy / "partnerships" / "international.yaml"
    changed_id, changed_source = _record_with(pak, (44000000, "total cost of the project"))
    text = pak.read_text(encoding="utf-8")
    pak.write_text(text.replace("amount: {value: 44000000, currency: USD, note: total cost of the project}",
                                "amount: {value: 45000000, currency: USD, note: total cost of the project}", 1),
                   encoding="utf-8")
    text = intl.read_text(encoding="utf-8")
    assert "- id: MYS-EWTP-MDEC-HANGZHOU-MOU\n" in text
    intl.write_text(text.replace("- id: MYS-EWTP-MDEC-HANGZHOU-MOU\n", "- id: MYS-EWTP-MDEC-HANGZHOU-MOU-2\n"),
                    encoding="utf-8")
    result = run("build", "--data", records_copy, "--out", out, *SKIP)
    assert result.exit_code == 0, result.output
    report = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in report["entities"]}
    assert by_id["partnership:mys-ewtp-mdec-hangzhou-mou"]["status"] == "removed"
    added = by_id["partnership:mys-ewtp-mdec-hangzhou-mou-2"]
    assert added["status"] == "added" and added["added"]
    amount = by_id[f"partnership:{changed_id.lower()}"]
    assert amount["status"] == "changed"
    assert [(c["source"], c["value"]) for c in amount["removed"]] == [(f"source:{changed_source}", '"44000000"^^xsd:decimal')]
    assert [(c["source"], c["value"]) for c in amount["added"]] == [(f"source:{changed_source}", '"45000000"^^xsd:decimal')]
    assert report["counts"]["partnership"] == {"before": report["counts"]["partnership"]["before"],
                                               "after": report["counts"]["partnership"]["before"],
                                               "added": 1, "removed": 1, "changed": 1}
    assert {e["id"] for e in report["entities"]} == {"partnership:mys-ewtp-mdec-hangzhou-mou",
                                                     "partnership:mys-ewtp-mdec-hangzhou-mou-2",
                                                     f"partnership:{changed_id.lower()}"}
    md = (out / "changes.md").read_text(encoding="utf-8")
    assert "1 added, 1 removed, 1 changed" in md and '"45000000"^^xsd:decimal' in md
    # dsr diff says the same, from the files
    again = run("diff", tmp_path / "old", out, "--format", "json")
    assert again.exit_code == 0 and json.loads(again.output) == report
    target = tmp_path / "changes.md"
    assert run("diff", tmp_path / "old" / "dsr.trig", out / "dsr.trig", "--out", target).exit_code == 0
    assert re.search(r"partnerships: \d+ → \d+ \(1 added, 1 removed, 1 changed\)", target.read_text(encoding="utf-8"))


def test_dsr_diff_refuses_what_it_cannot_read(run, tmp_path, built):
    out, _ = built
    (tmp_path / "bad.trig").write_text("not rdf at all\n", encoding="utf-8")
    result = run("diff", tmp_path / "bad.trig", out)
    assert result.exit_code == 2 and "bad.trig" in result.output and "line 1" in result.output
    result = run("diff", tmp_path, out)
    assert result.exit_code == 2 and "dsr.trig" in result.output
