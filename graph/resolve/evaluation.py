"""Measure entity resolution and partnership linkage on labelled pairs.

Two files of hand-labelled pairs (the test suite bundles them in ``tests/data/resolution/``):

- **organisation pairs** — ``name_a,country_a,kind_a,name_b,country_b,kind_b,same,case,note``: two
  names as datasets or curated records write them, and whether they denote one organisation. A pair is
  predicted *same* when a fresh resolver over the curated organisations (no curators' judgements: the
  rules alone are measured) resolves both names to one entity — a curated one, or one the first name
  created;
- **partnership pairs** — ``a_source,a_kind,a_title,a_parties,a_countries,a_year,a_amount,a_currency,
  a_amount_kind,a_cable,a_landing_points,a_dataset_id`` and the same for ``b_``, then ``same,case,note``:
  two descriptions of a deal from different sources, and whether they are one deal. Parties are
  resolved as organisation names, then the linkage rules judge the pair as they judge two imported
  partnerships.

:func:`evaluate_pairs` returns true/false positives and negatives overall and per ``case``, and the
misjudged pairs with the rule that decided.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

__all__ = ["Score", "read_pairs", "evaluate_org_pairs", "evaluate_partnership_pairs", "evaluate_pairs"]

ORG_COLUMNS = ["name_a", "country_a", "kind_a", "name_b", "country_b", "kind_b", "same", "case"]
_SIDE = ["source", "kind", "title", "parties", "countries", "year", "amount", "currency", "amount_kind", "cable",
         "landing_points", "dataset_id"]
PARTNERSHIP_COLUMNS = [f"{s}_{c}" for s in "ab" for c in _SIDE] + ["same", "case"]


@dataclass
class Score:
    """Counts of one evaluation: pairs predicted same (``tp``, ``fp``) or not (``fn``, ``tn``)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    by_case: dict[str, "Score"] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def add(self, expected: bool, predicted: bool, case: str = "") -> None:
        for s in (self, *([self.by_case.setdefault(case, Score())] if case else [])):
            s.tp += expected and predicted
            s.fp += predicted and not expected
            s.fn += expected and not predicted
            s.tn += not expected and not predicted

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pairs(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


def read_pairs(path: Path, columns: list[str]) -> list[dict]:
    """The rows of a labelled pair file; a missing column or a ``same`` other than yes/no is an error
    naming the file and line."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: line 1: missing column(s) {', '.join(missing)}")
        rows = []
        for row in reader:
            if row["same"] not in ("yes", "no"):
                raise ValueError(f"{path}: line {reader.line_num}: field 'same': expected yes or no, found {row['same']!r}")
            row["_line"] = reader.line_num
            rows.append(row)
    return rows


def _curated_resolver(records=None, **kwargs):
    """A resolver over the curated organisations, without the curators' judgements: each pair is
    resolved by a fork of it, so that no pair learns from another."""
    from .orgs import Resolver

    return Resolver.from_records(records, judgements=None, **kwargs)


def evaluate_org_pairs(rows: list[dict], records=None, threshold: float | None = None) -> Score:
    """Score the resolver on organisation pairs (see the module's docstring)."""
    from .orgs import DEFAULT_THRESHOLD

    base = _curated_resolver(records, threshold=threshold or DEFAULT_THRESHOLD)
    score = Score()
    for row in rows:
        resolver = base.fork()
        a = resolver.resolve(row["name_a"], country=row["country_a"] or None, kind=row["kind_a"])
        b = resolver.resolve(row["name_b"], country=row["country_b"] or None, kind=row["kind_b"])
        expected, predicted = row["same"] == "yes", a.entity.id == b.entity.id
        score.add(expected, predicted, row["case"])
        if expected != predicted:
            score.errors.append({"line": row["_line"], "case": row["case"], "expected": row["same"],
                                 "a": f"{row['name_a'].strip()} [{row['country_a']}]",
                                 "b": f"{row['name_b'].strip()} [{row['country_b']}]",
                                 "got": f"{a.entity.id} ({a.rule}) / {b.entity.id} ({b.rule})",
                                 "why_not": (b.runner_up[2] if b.runner_up else "")})
    return score


_KINDS = {"cable": "CableProject", "contract": "Contract", "loan": "LoanAgreement", "mou": "MoU", "project": "Project",
          "joint_venture": "JointVenture", "framework_agreement": "FrameworkAgreement",
          "training_programme": "TrainingProgramme", "acquisition": "Acquisition", "other": "OtherArrangement"}


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split("|") if p.strip()]


def _partnership(row: dict, side: str, resolver, n: int):
    from ..namespaces import DSR, SOURCE
    from .linkage import CURATION, Partnership

    def get(c: str) -> str:
        return row[f"{side}_{c}"].strip()

    source = get("source")
    p = Partnership(f"urn:pair:{n}:{side}")
    p.graphs.add(CURATION if source == "curated" else str(SOURCE) + source)
    p.types.add(str(DSR[_KINDS.get(get("kind"), "Partnership")]))
    countries = _split(get("countries"))
    p.countries.update(countries)
    for name in _split(get("parties")):
        # a party's country is not written per party: the only country of a one-country deal, or none
        country = countries[0] if len(countries) == 1 else None
        p.parties.add(resolver.resolve(name, country=country).entity.id)
    title = get("title")
    p.labels.add(title)
    if get("cable"):
        p.aliases.add(get("cable"))
    m = re.match(r"\d{4}", get("year"))
    if m:
        (p.rfs if get("kind") == "cable" and source == "telegeography" else p.years).add(int(m[0]))
    if get("amount") and get("currency"):
        try:
            value = Decimal(get("amount"))
        except InvalidOperation:
            value = None
        if value is not None:
            basis = str(DSR.Constant) if get("amount_kind").startswith("constant") else str(DSR.Nominal)
            p.amounts.append((get("currency"), basis, value))
    p.places.update(_split(get("landing_points")))
    dataset_id = get("dataset_id")
    if dataset_id:
        if source.startswith("aiddata"):
            p.rows.add(f"aiddata#{dataset_id}")
        else:
            p.rows.add(f"{source}#{dataset_id}")
    return p


def evaluate_partnership_pairs(rows: list[dict], records=None) -> Score:
    """Score partnership linkage on labelled pairs (see the module's docstring)."""
    from .linkage import _judge, title_weights

    base = _curated_resolver(records)
    score = Score()
    pairs = []
    for n, row in enumerate(rows):
        resolver = base.fork()
        pairs.append((row, _partnership(row, "a", resolver, n), _partnership(row, "b", resolver, n)))
    # title words weigh by how rare they are among all the partnerships described (as a build weighs them)
    described = {(p.origin, frozenset(p.labels)): p for _, a, b in pairs for p in (a, b)}
    idf = title_weights(described.values())
    for row, a, b in pairs:
        # linkage joins partnerships of different origins only: two curated records, or two rows of
        # one dataset, are never one (a curator merges those by hand)
        verdict = _judge(a, b, None, idf) if a.origin != b.origin else None
        expected, predicted = row["same"] == "yes", verdict is not None
        score.add(expected, predicted, row["case"])
        if expected != predicted:
            score.errors.append({"line": row["_line"], "case": row["case"], "expected": row["same"],
                                 "a": row["a_title"], "b": row["b_title"], "got": verdict[0] if verdict else "no link",
                                 "why_not": ""})
    return score


def evaluate_pairs(folder: Path, records=None) -> dict[str, Score]:
    """Both scores for a folder holding ``org-pairs.csv`` and ``partnership-pairs.csv``."""
    return {"organisations": evaluate_org_pairs(read_pairs(folder / "org-pairs.csv", ORG_COLUMNS), records),
            "partnerships": evaluate_partnership_pairs(
                read_pairs(folder / "partnership-pairs.csv", PARTNERSHIP_COLUMNS), records)}
