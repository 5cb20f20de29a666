"""The annotated sets `scripts/eval_extract.py` measures `dsr extract` on are well formed: every value
one the annotation conventions (eval/extract/README.md) allow, every technology tag a notation of the
scheme, no report in two sets. (The texts are not in the repository, so their substrings are checked
where the texts are, by whoever rebuilds them.)"""

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


def _reports(folder: Path) -> list[dict]:
    return yaml.safe_load((folder / "reports.yaml").read_text(encoding="utf-8"))


def test_there_are_five_sets_of_at_least_forty_reports_between_them():
    assert [p.name for p in SETS] == ["extract", "extract-dev2", "extract-dev3", "extract-heldout", "extract-heldout2"]
    assert sum(len(_reports(p)) for p in SETS) >= 40


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_record_uses_the_conventions_values(folder):
    tags = {c.notation for c in scheme().concepts.values()}
    ids = [r["id"] for r in _reports(folder)]
    assert len(ids) == len(set(ids))
    for r in _reports(folder):
        where = f"{folder.name}/{r['id']}"
        assert r.get("url") and r.get("publisher"), where
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
