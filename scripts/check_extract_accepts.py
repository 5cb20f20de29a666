"""Check that what `dsr extract` writes is what a records folder takes: each candidate of each report accepted as it
stands, a report's candidates all together, each link to the record a candidate may be, and (``--drafts``) each
draft of a sentence to check — every one written into a copy of the records as `dsr extract --review` writes it,
and the copy loaded and checked like any build. Prints how many were tried and refused, and for each refusal the
report, the record and the folder's message (its file, line and field).

    python scripts/check_extract_accepts.py --sets eval/extract eval/extract-dev2
    python scripts/check_extract_accepts.py --texts 'reports/*.txt' --drafts

Each check copies and loads the records folder (about half a second), so a set of fifty reports takes a few
minutes. Nothing is written to the records themselves. The texts of the evaluation sets are the local, git-ignored
copies (`scripts/fetch_extract_texts.py`).
"""

from __future__ import annotations

import argparse
import glob
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def reports(sets: list[Path], patterns: list[str]) -> list[tuple[Path, str | None]]:
    """(text, publication date) of every report of the sets that has its text, then of every file the patterns
    match (no date)."""
    out = []
    for folder in sets:
        for r in yaml.safe_load((folder / "reports.yaml").read_text(encoding="utf-8")) or []:
            path = folder / "texts" / f"{r['id']}.txt"
            if path.is_file():
                out.append((path, str(r["date"]) if r.get("date") else None))
    for pattern in patterns:
        out += [(Path(p), None) for p in sorted(glob.glob(pattern))]
    return out


def check(texts, data: Path | None, drafts: bool) -> tuple[Counter, list[str]]:
    """Try every candidate (alone, then a report's together), link and, if asked, draft in a copy of ``data`` (the
    bundled records by default): (counts, one line per refusal)."""
    from graph.errors import RecordError
    from graph.extract import extract_article
    from graph.extract.output import candidate_records
    from graph.extract.review import apply_decisions
    from graph.records.load import load_records
    from graph.resources import data_dir

    counts, lines = Counter(), []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "records"
        shutil.copytree(data if data is not None else Path(str(data_dir())), root)
        records = load_records(root)
        for path, published in texts:
            x = extract_article(path.read_text(encoding="utf-8"), published=published, records=records)
            result = candidate_records(x, publisher="check", date=published, records=records, drafts=drafts)
            tries = [("candidate", [("new", p["record"], None)]) for p in result["partnerships"]]
            if len(result["partnerships"]) > 1:
                tries.append(("report", [("new", p["record"], None) for p in result["partnerships"]]))
            tries += [("link", [("also", p["record"], p["existing"][0]["id"])])
                      for p in result["partnerships"] if p["existing"]]
            if drafts:
                tries += [("draft", [("new", s["draft"]["record"], None)]) for s in result["to_check"]]
            for what, decisions in tries:
                counts[what] += 1
                try:
                    apply_decisions(root, result, decisions, write=False)
                except RecordError as exc:
                    counts[f"{what} refused"] += 1
                    said = str(exc).replace(str(root), "<records>")
                    lines.append(f"{path}: {what} {decisions[0][1]['id']}{' …' if len(decisions) > 1 else ''}: {said}")
    return counts, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, nargs="*", default=[], metavar="DIR", help="evaluation sets")
    parser.add_argument("--texts", nargs="*", default=[], metavar="GLOB", help="plain-text reports (no date)")
    parser.add_argument("--data", type=Path, default=None, help="a records folder (default: the bundled records)")
    parser.add_argument("--drafts", action="store_true", help="also each draft of a sentence to check")
    args = parser.parse_args()
    for folder in args.sets:
        if not (folder / "reports.yaml").is_file():
            sys.exit(f"check_extract_accepts: no {folder / 'reports.yaml'}")
    texts = reports(args.sets, args.texts)
    if not texts:
        sys.exit("check_extract_accepts: no report to read (give --sets or --texts)")
    counts, lines = check(texts, args.data, args.drafts)
    print(f"{len(texts)} reports")
    for what, label in (("candidate", "candidates, each alone"), ("report", "reports of two candidates or more, all "
                        "together"), ("link", "links to the record a candidate may be"), ("draft", "drafts")):
        if what != "draft" or args.drafts:
            print(f"{label}: {counts[what]} tried, {counts[what + ' refused']} refused")
    if lines:
        print("\nRefused:\n" + "\n".join("  " + line for line in lines))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
