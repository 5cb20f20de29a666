"""Precision, recall and F1 of entity resolution and partnership linkage on hand-labelled pairs.

    python scripts/eval_resolution.py                       # the bundled pair sets
    python scripts/eval_resolution.py --errors              # and every misjudged pair
    python scripts/eval_resolution.py --rules-only          # without the name authority (names.yaml)
    python scripts/eval_resolution.py --folder DIR          # org-pairs.csv and partnership-pairs.csv of DIR

Prints one table per pair file (overall, then per case) in Markdown, ready for the README.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from graph.records import load_records
from graph.resolve.evaluation import (ORG_COLUMNS, PARTNERSHIP_COLUMNS, evaluate_org_pairs,
                                      evaluate_partnership_pairs, read_pairs)
from graph.resolve.orgs import DEFAULT_THRESHOLD

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "resolution"
TARGETS = {"organisations": (0.98, 0.95), "partnerships": (0.98, 0.90)}


def table(title: str, score, targets) -> str:
    p, r = targets
    lines = [f"### {title}: {score.pairs} pairs", "",
             "| | pairs | precision | recall | F1 | right merges | wrong merges | missed |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| **all** | {score.pairs} | **{score.precision:.3f}** | **{score.recall:.3f}** | {score.f1:.3f} | "
             f"{score.tp} | {score.fp} | {score.fn} |"]
    for case, s in sorted(score.by_case.items()):
        lines.append(f"| {case} | {s.pairs} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.tp} | {s.fp} | "
                     f"{s.fn} |")
    met = score.precision >= p and score.recall >= r
    lines += ["", f"Target precision >= {p}, recall >= {r}: {'met' if met else 'NOT met'}.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=PAIRS, help="folder with org-pairs.csv and partnership-pairs.csv")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="similarity threshold (0-1)")
    parser.add_argument("--rules-only", action="store_true", help="leave the name authority (names.yaml) out")
    parser.add_argument("--errors", action="store_true", help="list every misjudged pair")
    args = parser.parse_args()
    records = load_records()
    if args.rules_only:
        records.names = []
    started = time.perf_counter()
    orgs = evaluate_org_pairs(read_pairs(args.folder / "org-pairs.csv", ORG_COLUMNS), records, args.threshold)
    parts = evaluate_partnership_pairs(read_pairs(args.folder / "partnership-pairs.csv", PARTNERSHIP_COLUMNS), records)
    took = time.perf_counter() - started
    print(f"Threshold {args.threshold}; name authority {'left out' if args.rules_only else 'used'} "
          f"({len(records.names)} entries); {took:.1f} s.\n")
    for title, score in (("organisations", orgs), ("partnerships", parts)):
        print(table(title, score, TARGETS[title]))
        if args.errors:
            for e in score.errors:
                print(f"  line {e['line']} [{e['case']}] expected {e['expected']}: {e['a']}  ~  {e['b']}  "
                      f"-> {e['got']}" + (f"  ({e['why_not']})" if e["why_not"] else ""))
            print()


if __name__ == "__main__":
    main()
