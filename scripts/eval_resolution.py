"""Precision and recall of entity resolution on the labelled set (tests/data/resolution-labels.csv).

    python scripts/eval_resolution.py [LABELS.csv] [--threshold 0.9]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from graph.resolve import DEFAULT_THRESHOLD, Resolver, evaluate

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "resolution-labels.csv"


def read_labels(path: Path) -> list[tuple[str, str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(r["name"], r["country"], r["expected"]) for r in csv.DictReader(lines)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="?", type=Path, default=LABELS)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()
    labels = read_labels(args.labels)
    result = evaluate(labels, Resolver.from_records(threshold=args.threshold))
    print(f"{len(labels)} labelled names, threshold {args.threshold}")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"(right merges {result['true_merges']}, wrong merges {result['false_merges']}, missed {result['missed']})")
    for name, expected, got, rule, score in result["errors"]:
        print(f"  {name!r}: expected {expected}, got {got} ({rule}, {score})")


if __name__ == "__main__":
    main()
