"""The annotated sets `scripts/eval_extract.py` measures `dsr extract` on are well formed: every value
one the annotation conventions (eval/extract/README.md) allow, every technology tag a notation of the
scheme, no report in two sets. (The texts are not in the repository, so their substrings are checked
where the texts are, by whoever rebuilds them: `scripts/fetch_extract_texts.py --check`.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from graph.technology import scheme

ROOT = Path(__file__).resolve().parents[1]
SETS = sorted(p.parent for p in (ROOT / "eval").glob("extract*/reports.yaml"))
KINDS = {"mou", "contract", "loan", "joint_venture", "framework_agreement", "project", "training_programme",
         "acquisition", "proposal", "talks", "pledge", "other"}
STATUSES = {"announced", "signed", "under_construction", "operational", "completed", "cancelled", "unknown"}
ROLES = {"signatory", "financier", "contractor", "supplier", "operator", "owner", "beneficiary", "partner"}
PARTY_KINDS = {"government", "ministry", "agency", "regulator", "state_owned_enterprise", "private_company", "bank",
               "university", "international_org", "other"}


# each set's annotation, and a second annotator's of the same reports where there is one
ANNOTATIONS = [p / "reports.yaml" for p in SETS] + sorted(p / "second.yaml" for p in SETS if (p / "second.yaml").is_file())


def _reports(folder: Path, name: str = "reports.yaml") -> list[dict]:
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))


def test_there_are_ten_sets_of_at_least_forty_reports_between_them():
    assert [p.name for p in SETS] == ["extract", "extract-agree", "extract-dev2", "extract-dev3", "extract-dev4", "extract-dev5",
                                      "extract-heldout", "extract-heldout2", "extract-heldout3", "extract-heldout4"]
    assert sum(len(_reports(p)) for p in SETS) >= 40


def test_a_second_annotation_covers_the_same_reports():
    seconds = [p for p in ANNOTATIONS if p.name == "second.yaml"]
    assert seconds, "the agreement set has a second annotator's records"
    for path in seconds:
        assert [r["id"] for r in _reports(path.parent, path.name)] == [r["id"] for r in _reports(path.parent)]


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_record_uses_the_conventions_values(path):
    tags = {c.notation for c in scheme().concepts.values()}
    folder = path.parent
    ids = [r["id"] for r in _reports(folder, path.name)]
    assert len(ids) == len(set(ids))
    for r in _reports(folder, path.name):
        where = f"{folder.name}/{path.name}/{r['id']}"
        assert path.name == "second.yaml" or (r.get("url") and r.get("publisher")), where
        if r.get("date"):
            assert re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(r["date"])), where
        for rec in r.get("records") or []:
            assert rec["kind"] in KINDS and rec.get("status", "unknown") in STATUSES, where
            if rec.get("date"):
                assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(rec["date"])), where
            assert set(rec.get("technology") or []) <= tags, (where, set(rec.get("technology") or []) - tags)
            for p in rec.get("parties") or []:
                assert p["name"].strip() and p.get("role") in ROLES and p.get("kind", "other") in PARTY_KINDS, (where, p)
                assert p.get("country") is None or re.fullmatch(r"[A-Z]{3}", p["country"]), (where, p)
            assert sum(bool(p.get("main")) for p in rec.get("parties") or []) <= 3, where
            for a in rec.get("amounts") or []:
                assert isinstance(a["value"], int) and re.fullmatch(r"[A-Z]{3}", a["currency"]), (where, a)
            if rec.get("aggregate"):
                assert (rec.get("members") or {}).get("count", 0) > 1, where


def test_no_report_is_in_two_sets():
    urls = [r["url"] for p in SETS for r in _reports(p)]
    assert len(urls) == len(set(urls))


def test_the_scorer_counts_a_name_and_the_initials_the_article_gave_it_as_one_party():
    """scripts/eval_extract.py: "MTS" and "Mobile Telecom Services" are one party; initials that are not
    the name's are not."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts" / "eval_extract.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scorer._ENTITY.clear()
    assert scorer._same_name("MTS", "Mobile Telecom Services") and scorer._same_name("Mobile Telecom Services", "MTS")
    assert not scorer._same_name("MTS", "Mobile Systems") and not scorer._same_name("MT", "Mobile Telecom Services")
    assert scorer._same_name("Huawei Technologies Co Ltd", "Huawei Technologies")


def test_the_scorer_counts_each_annotated_party_right_once():
    """Two extracted names that both hold one annotated name ("Zambian government" and "Zambian government for
    DTT") are one right party and one wrong, not two right; the exact one is the right one."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts" / "eval_extract.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scorer._ENTITY.clear()
    pred = {"Zambian government for DTT", "Zambian government", "StarTimes"}
    gold = {"Zambian government", "StarTimes"}
    assert scorer._overlap("parties", pred, gold) == 2
    roles = {("Zambian government for DTT", "signatory"), ("Zambian government", "signatory")}
    assert scorer._overlap("roles", roles, {("Zambian government", "signatory")}) == 1


def _row(table: str, section: str, field: str) -> list[str]:
    """The cells of one field's row in one section of scripts/eval_agreement.py's output."""
    part = table.split(f"### {section}\n", 1)[1].split("###", 1)[0]
    line = next(ln for ln in part.splitlines() if ln.startswith(f"| {field} ") or ln.startswith(f"| **{field}**"))
    return [c.strip().strip("*") for c in line.strip("|").split("|")]


def test_the_agreement_script_scores_one_annotator_against_the_other(tmp_path):
    """scripts/eval_agreement.py, run as a user runs it on a folder of two annotations: where the
    annotators agree it counts them right, where one dates a deal the other leaves undated the
    record is not, and a party only one of them names counts against the other."""
    import subprocess
    import sys

    text = ("Zambia signs fibre deal with Huawei\n\nLUSAKA - Zambia's Ministry of Technology signed a contract with "
            "Huawei Technologies on 4 March 2024 to lay 1,200 km of fibre, financed by the Export-Import Bank of China.\n")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "z1.txt").write_text(text, encoding="utf-8")
    ministry = {"name": "Ministry of Technology", "role": "signatory", "kind": "ministry", "country": "ZMB", "main": True}
    huawei = {"name": "Huawei Technologies", "role": "contractor", "kind": "private_company", "country": "CHN", "main": True}
    exim = {"name": "Export-Import Bank of China", "role": "financier", "kind": "bank", "country": "CHN"}
    a = {"kind": "contract", "status": "signed", "date": "2024-03-04", "parties": [ministry, huawei, exim],
         "countries": ["ZMB", "CHN"], "evidence": "signed a contract with Huawei Technologies"}
    b = {**a, "date": None, "parties": [ministry, huawei]}
    (tmp_path / "reports.yaml").write_text(yaml.safe_dump([{"id": "z1", "url": "https://example.org/z1",
                                                            "publisher": "Example", "date": "2024-03-05",
                                                            "records": [a]}]), encoding="utf-8")
    (tmp_path / "second.yaml").write_text(yaml.safe_dump([{"id": "z1", "records": [b]}]), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_agreement.py"), "--folder", str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("1 of 1 reports")
    # B gives 2 parties, A 3; both of B's are A's: precision 1, recall 2/3
    assert _row(out, "B against A", "parties")[1:4] == ["2", "3", "2"]
    assert _row(out, "A against B", "parties")[1:4] == ["3", "2", "2"]
    # the record: same kind and main parties, but only A dates it — not right either way
    assert _row(out, "B against A", "record")[1:4] == ["1", "1", "0"]
    assert _row(out, "B against A", "kind")[1:4] == ["1", "1", "1"]
    # the extractor is scored on the same text against each annotator
    assert "### extractor against A" in out and "### extractor against B" in out
    (tmp_path / "second.yaml").write_text(yaml.safe_dump([{"id": "z9", "records": [b]}]), encoding="utf-8")
    bad = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_agreement.py"), "--folder", str(tmp_path)],
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "second.yaml" in bad.stderr and "z9" in bad.stderr


def test_the_deal_model_experiment_holds_each_set_out_and_counts_what_the_model_adds(tmp_path):
    """scripts/try_deal_model.py, run as a user runs it on three small labelled sets of our own: each
    set's deal sentences are the records whose evidence its texts hold (one record's evidence is not
    in its text and is not counted), the rules read the plainly told deals, the table has a row per
    held-out set and a total, the same sets give the same table, and a missing set is an error."""
    import subprocess
    import sys

    reports = {
        "a": [("a1", "Kenya signs fibre deal\n\nKenya's ICT Authority signed a contract with Huawei on 4 March 2024 to "
                     "lay fibre. The weather was fine. Officials attended the ceremony.\n",
               ["Kenya's ICT Authority signed a contract with Huawei", "a sentence the text does not hold"])],
        "b": [("b1", "Ghana news\n\nGhana and China signed a memorandum of understanding on the digital economy. "
                     "Huawei will set up a data centre in Accra. The minister spoke for an hour.\n",
               ["Ghana and China signed a memorandum", "Huawei will set up a data centre in Accra"])],
        "c": [("c1", "Peru report\n\nZTE won a contract from Telefonica del Peru to build a 4G network. "
                     "Lima is a large city. It rained.\n",
               ["ZTE won a contract from Telefonica del Peru"])],
    }
    for name, rows in reports.items():
        (tmp_path / name / "texts").mkdir(parents=True)
        data = []
        for rid, text, evidence in rows:
            (tmp_path / name / "texts" / f"{rid}.txt").write_text(text, encoding="utf-8")
            data.append({"id": rid, "url": f"https://example.org/{rid}", "publisher": "Example", "date": "2024-03-05",
                         "records": [{"kind": "contract", "evidence": e} for e in evidence]})
        (tmp_path / name / "reports.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    cmd = [sys.executable, str(ROOT / "scripts" / "try_deal_model.py"), "--eval-dir", str(tmp_path), "--sets", "a,b,c"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rows = {c[0].strip("*"): [int(x.strip("*")) for x in c[1:]] for c in
            ([x.strip() for x in ln.strip("|").split("|")] for ln in out.splitlines()[2:] if ln.startswith("|"))}
    assert list(rows) == ["a", "b", "c", "all"]
    assert [rows[k][0] for k in ("a", "b", "c")] == [1, 2, 1]  # deal sentences whose evidence the text holds
    assert rows["a"][1] == 1 and rows["c"][1] == 1  # "signed a contract", "won a contract": read by the rules
    assert all(r[1] <= r[0] and r[3] <= r[2] and r[5] <= r[4] and r[6] <= r[5] for r in rows.values())
    assert rows["all"] == [sum(rows[k][i] for k in "abc") for i in range(7)]
    assert subprocess.run(cmd, capture_output=True, text=True, check=True).stdout == out
    bad = subprocess.run(cmd[:-1] + ["a,nowhere"], capture_output=True, text=True)
    assert bad.returncode == 2 and "nowhere" in bad.stderr


def test_the_scorer_can_run_the_extractor_without_the_graphs_names_and_splits_by_citation(tmp_path):
    """scripts/eval_extract.py --records DIR runs the extractor with another records folder (here one with
    only the countries: no organisation the graph knows), and the summary lines count apart the reports
    the bundled records cite as a source and the others; a records folder that is not one is an error."""
    import subprocess
    import sys

    cited = yaml.safe_load((ROOT / "graph" / "data" / "sources.yaml").read_text(encoding="utf-8"))[0]["url"]
    (tmp_path / "set" / "texts").mkdir(parents=True)
    rec = {"kind": "loan", "parties": [{"name": "Zamtel", "role": "beneficiary", "kind": "state_owned_enterprise",
                                        "country": "ZMB", "main": True}], "evidence": "Under the loan"}
    text = "Under the loan signed on 3 May 2021, Exim Bank will fund Zamtel towers built by Huawei.\n"
    reports = [{"id": "c1", "url": cited, "publisher": "P", "date": "2021-05-04", "records": [rec, rec]},
               {"id": "u1", "url": "https://example.org/not-cited", "publisher": "P", "date": "2021-05-04",
                "records": [rec]}]
    for r in reports:
        (tmp_path / "set" / "texts" / f"{r['id']}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "set" / "reports.yaml").write_text(yaml.safe_dump(reports), encoding="utf-8")
    bare = tmp_path / "bare"
    (bare / "partnerships").mkdir(parents=True)
    (bare / "countries.csv").write_bytes((ROOT / "graph" / "data" / "countries.csv").read_bytes())
    for name in ("sources", "organisations", "programmes", "forums", "events"):
        (bare / f"{name}.yaml").write_text("[]\n", encoding="utf-8")
    script = [sys.executable, str(ROOT / "scripts" / "eval_extract.py"), "--folder", str(tmp_path / "set")]
    full = subprocess.run(script, capture_output=True, text=True, check=True).stdout
    without = subprocess.run(script + ["--records", str(bare)], capture_output=True, text=True, check=True).stdout
    assert "Reports the records cite as a source :   2 records" in full
    assert "Reports the records do not cite      :   1 records" in full
    # Zamtel is a name the graph knows, found where no pattern of a party stands: without the graph, missed
    assert _parties_right(full) == 2 and _parties_right(without) == 0  # (one candidate per report)
    bad = subprocess.run(script + ["--records", str(tmp_path / "set")], capture_output=True, text=True)
    assert bad.returncode != 0 and "eval_extract:" in bad.stderr


def _parties_right(table: str) -> int:
    row = next(ln for ln in table.splitlines() if ln.startswith("| parties "))
    return int(row.strip("|").split("|")[3])


def test_the_scorer_prints_several_sets_side_by_side(tmp_path):
    """scripts/eval_extract.py --sets A B prints one table with a column for each set, whose figures are the
    ones --folder prints for that set alone; a set without its texts is counted, a folder that is no set
    is an error."""
    import subprocess
    import sys

    rec = {"kind": "loan", "date": "2021-05-03", "parties": [{"name": "Zamtel", "role": "beneficiary",
           "kind": "state_owned_enterprise", "country": "ZMB", "main": True}], "evidence": "Under the loan"}
    texts = {"one": "Under the loan signed on 3 May 2021, Exim Bank will fund Zamtel towers built by Huawei.\n",
             "two": "Orion Telecom and Zircon Fibre will build a data centre in Lusaka, they said.\n"}
    for name, text in texts.items():
        (tmp_path / name / "texts").mkdir(parents=True)
        reports = [{"id": "a1", "url": "https://example.org/a1", "publisher": "P", "date": "2021-05-04", "records": [rec]},
                   {"id": "a2", "url": "https://example.org/a2", "publisher": "P", "date": "2021-05-04", "records": []}]
        (tmp_path / name / "texts" / "a1.txt").write_text(text, encoding="utf-8")  # (a2 has no text)
        (tmp_path / name / "reports.yaml").write_text(yaml.safe_dump(reports), encoding="utf-8")
    script = [sys.executable, str(ROOT / "scripts" / "eval_extract.py")]
    table = subprocess.run(script + ["--sets", str(tmp_path / "one"), str(tmp_path / "two")],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert table[0] == "| field | `one` | `two` |"
    rows = {ln.split("|")[1].strip(): [c.strip() for c in ln.strip("|").split("|")[1:]] for ln in table[2:]}
    assert rows["reports read"] == ["1 of 2", "1 of 2"]
    for i, name in enumerate(texts):
        alone = subprocess.run(script + ["--folder", str(tmp_path / name)], capture_output=True, text=True,
                               check=True).stdout
        record = next(ln for ln in alone.splitlines() if ln.startswith("| **record**")).split("|")
        assert rows["**record** (precision, recall)"][i] == f"{record[-2].strip()} ({record[-4].strip().strip('*')}, " \
                                                            f"{record[-3].strip().strip('*')})"
        parties = next(ln for ln in alone.splitlines() if ln.startswith("| parties ")).split("|")
        assert rows["parties"][i] == parties[-2].strip()
    assert rows["**record** (precision, recall)"][0] != rows["**record** (precision, recall)"][1]
    bad = subprocess.run(script + ["--sets", str(tmp_path / "one"), str(tmp_path)], capture_output=True, text=True)
    assert bad.returncode != 0 and "eval_extract:" in bad.stderr


def test_the_scorer_says_where_records_are_lost_in_counts_only(tmp_path):
    """scripts/eval_extract.py --losses: of four records, one right, one whose candidate has another date, two
    that no candidate matches, told in sentences the extractor reads as no deal — one of them in a sentence it lists
    for the curator to check (a deal's word and a name), the other not (no deal's word) — counted, per kind too; and
    the sentences listed, of them those that are a record's evidence, and how their drafts fare."""
    import subprocess
    import sys

    loan = {"kind": "loan", "date": "2021-05-03", "parties": [{"name": "Zamtel", "role": "beneficiary",
            "kind": "state_owned_enterprise", "country": "ZMB", "main": True}], "evidence": "Under the loan"}
    mou = {"kind": "mou", "parties": [{"name": "Orion Telecom", "role": "signatory", "main": True}],
           "evidence": "The weather was fine in Lusaka"}
    ordered = {"kind": "contract", "parties": [{"name": "Borealtel Networks", "role": "beneficiary", "main": True},
                                               {"name": "China Great Wall Industry Corporation", "role": "contractor",
                                                "main": True},
                                               {"name": "Government of Zambia", "role": "financier", "main": True}],
               "evidence": "Borealtel Networks is ordering two satellites from China Great Wall"}
    text = "Under the loan signed on 3 May 2021, Exim Bank will fund Zamtel towers built by Huawei.\n\n" \
           "The weather was fine in Lusaka.\n\nBorealtel Networks is ordering two satellites from China Great Wall " \
           "Industry Corporation, its chief said.\n"
    reports = [{"id": "a1", "url": "https://example.org/a1", "publisher": "P", "date": "2021-05-04",
                "records": [loan, mou, ordered]},
               {"id": "a2", "url": "https://example.org/a2", "publisher": "P", "date": "2021-05-04",
                "records": [dict(loan, date="2020-01-01")]}]
    (tmp_path / "set" / "texts").mkdir(parents=True)
    for r in reports:
        (tmp_path / "set" / "texts" / f"{r['id']}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "set" / "reports.yaml").write_text(yaml.safe_dump(reports), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_extract.py"), "--sets", str(tmp_path / "set"),
                          "--losses"], capture_output=True, text=True, check=True).stdout
    rows = {ln.split("|")[1].strip(): ln.split("|")[2].strip() for ln in out.splitlines()[out.splitlines().index(
        "| records lost | `set` |"):] if ln.startswith("| ") and "---" not in ln}
    assert rows["records (right)"] == "4 (1)"
    assert (rows["no candidate"], rows["no candidate, told in a sentence no candidate reads"]) == ("2", "2")
    assert rows["no candidate, told in a sentence listed to check"] == "1"
    assert (rows["matched, date wrong"], rows["matched, kind wrong"], rows["matched, main party wrong"]) == ("1", "0", "0")
    assert [rows[f"{k}: no candidate, of all"] for k in ("loan", "mou", "contract")] == ["0 of 2", "1 of 1", "1 of 1"]
    # (the same sentence listed in both reports: the evidence of a record of the first only)
    assert (rows["sentences listed to check"], rows["sentences listed to check, a record's evidence"]) == ("2", "1")
    # (the organisations listed as each report's, summed over the two reports of one text; and the sentences counted,
    # the one a candidate reads — the loan's — not among those no candidate reads)
    from graph.extract import extract_article
    from graph.extract.text import sentences

    assert rows["sentences"] == str(2 * len(sentences(text))) and \
        rows["sentences no candidate reads"] == str(2 * (len(sentences(text)) - 1))

    assert rows["organisations listed"] == str(2 * len(extract_article(text, published="2021-05-04").named)) != "0"
    # (the candidates by their confidence, and how many are right: the loan — signed, a Zambian and a Chinese side —
    # is high in both reports, right in the first)
    assert [c.confidence()[0] for c in extract_article(text, published="2021-05-04").candidates] == ["high"]
    assert [rows[f"candidates of {level} confidence (right)"] for level in ("high", "medium", "low")] == \
        ["2 (1)", "0 (0)", "0 (0)"]
    # (its draft is a contract, as "is ordering" tells, and names both firms but not the government the record adds)
    assert (rows["… of those, the draft naming every main party"], rows["… of those, the draft of the record's kind"]) == \
        ("0", "1")


def test_rebuilt_texts_are_checked_against_their_annotations_without_fetching(tmp_path):
    """scripts/fetch_extract_texts.py --check reads no page: it lists each report whose text lacks an annotated
    name or evidence quote (a page fetched again may differ from the one annotated) or has no text."""
    import subprocess
    import sys

    rec = {"kind": "mou", "parties": [{"name": "Orion Telecom", "role": "signatory", "main": True}],
           "evidence": "Orion Telecom signed an MoU"}
    reports = [{"id": i, "url": f"https://example.org/{i}", "records": [rec]} for i in ("same", "edited", "gone")]
    (tmp_path / "reports.yaml").write_text(yaml.safe_dump(reports), encoding="utf-8")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "same.txt").write_text("Orion Telecom signed an MoU with Huawei.\n", encoding="utf-8")
    (tmp_path / "texts" / "edited.txt").write_text("Orion Telecom Ltd signed an MoU with Huawei.\n", encoding="utf-8")
    script = [sys.executable, str(ROOT / "scripts" / "fetch_extract_texts.py"), "--check", "--reports",
              str(tmp_path / "reports.yaml"), "--out", str(tmp_path / "texts")]
    run = subprocess.run(script, capture_output=True, text=True)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert [ln.split(":")[0] for ln in lines[:-1]] == ["edited", "gone"]
    assert "evidence 'Orion Telecom signed an MoU'" in lines[0] and "name" not in lines[0]
    assert lines[-1] == "1 texts hold their annotations, 1 do not, 1 missing"
    assert subprocess.run(script + ["--only", "same"], capture_output=True, text=True).returncode == 0


def test_the_scorer_leaves_out_the_reports_it_is_told_to_skip(tmp_path):
    """scripts/eval_extract.py --skip: a set's reports read by mistake are left out of its figures — the one
    report kept is scored alone, as if the others were not in the set."""
    import subprocess
    import sys

    (tmp_path / "texts").mkdir()
    deal = {"kind": "contract", "status": "signed", "date": None, "countries": ["ZMB", "CHN"],
            "parties": [{"name": "Zamtel", "role": "signatory", "kind": "state_owned_enterprise", "country": "ZMB",
                         "main": True},
                        {"name": "Huawei", "role": "contractor", "kind": "private_company", "country": "CHN",
                         "main": True}],
            "evidence": "Zamtel signed a contract with Huawei"}
    reports = []
    for n, text in (("z1", "Zamtel signed a contract with Huawei to build a 4G network."),
                    ("z2", "Zamtel and Huawei met in Lusaka.")):
        (tmp_path / "texts" / f"{n}.txt").write_text(f"Example headline\n\n{text}\n", encoding="utf-8")
        reports.append({"id": n, "url": f"https://example.org/{n}", "publisher": "Example", "date": "2024-03-05",
                        "records": [deal]})
    (tmp_path / "reports.yaml").write_text(yaml.safe_dump(reports), encoding="utf-8")
    cmd = [sys.executable, str(ROOT / "scripts" / "eval_extract.py"), "--sets", str(tmp_path)]
    both = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    one = subprocess.run(cmd + ["--skip", "z2"], capture_output=True, text=True, check=True).stdout
    assert "| reports read | 2 of 2 |" in both and "| reports read | 1 of 1 |" in one
    assert "**0.667** (1.000, 0.500)" in both  # z2's record is missed
    assert "**1.000** (1.000, 1.000)" in one


def test_the_acceptance_check_writes_each_candidate_link_and_draft_into_a_copy_of_the_records(tmp_path, records_copy):
    """scripts/check_extract_accepts.py: a report of a set (its date from reports.yaml) and a loose text, their
    candidates accepted each alone and all together, the link a candidate offers, and the drafts — a firm only the
    name authority knew, a country the records lack, a loan the records hold; the one draft naming no party is
    refused and named with the folder's file, line and field; the records given are left as they were."""
    import subprocess
    import sys

    text = ("Example headline\n\nZain Group signed a contract with Huawei on 3 May 2023 to build a 5G network in "
            "Kuwait.\n\nTelstra signed a contract with ZTE Corporation on 4 May 2023 to build a data centre in "
            "Australia.\n\nBorealtel is ordering two satellites from Beijing, its chief said.\n\nThe Government of "
            "Tanzania and the Export-Import Bank of China signed a loan agreement worth 700 million yuan on 16 April "
            "2010 for the national ICT broadband backbone.\n")
    (tmp_path / "set" / "texts").mkdir(parents=True)
    (tmp_path / "set" / "texts" / "a1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "set" / "reports.yaml").write_text(yaml.safe_dump(
        [{"id": "a1", "url": "https://example.org/a1", "publisher": "P", "date": "2023-05-06", "records": []}]),
        encoding="utf-8")
    (tmp_path / "loose.txt").write_text(text.split("\n\nTelstra")[0] + "\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in records_copy.rglob("*") if p.is_file()}
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_extract_accepts.py"), "--sets",
                          str(tmp_path / "set"), "--texts", str(tmp_path / "*.txt"), "--data", str(records_copy),
                          "--drafts"], capture_output=True, text=True, check=True).stdout
    from graph.extract import extract_article
    from graph.records import load_records

    records = load_records(records_copy)
    x = extract_article(text, published="2023-05-06", records=records)
    assert out.startswith("2 reports\n")
    assert f"candidates, each alone: {len(x.candidates) + 1} tried, 0 refused" in out  # (the loose text's one too)
    assert "all together: 1 tried, 0 refused" in out and "links to the record a candidate may be: 1 tried, 0 refused" in out
    assert f"drafts: {len(x.to_check)} tried, 1 refused" in out
    (refused,) = [ln for ln in out.splitlines() if ln.startswith("  ")]
    assert "a1.txt: draft" in refused and "<records>/partnerships/" in refused and "field 'parties'" in refused
    assert {p: p.read_bytes() for p in records_copy.rglob("*") if p.is_file()} == before
