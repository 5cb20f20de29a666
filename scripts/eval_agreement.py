"""How far two careful annotators agree on the same news reports, scored exactly as `dsr extract` is.

    python scripts/eval_agreement.py                          # eval/extract-agree
    python scripts/eval_agreement.py --folder DIR [--errors]

``DIR/reports.yaml`` holds each report with the records of one annotator (A), ``DIR/second.yaml``
the records another annotator (B) wrote from the same texts without seeing A's. B's records are
scored against A's with the scorer of ``scripts/eval_extract.py`` (the same matching, fields and
record rule), then A's against B's, then the extractor against each. The annotators' agreement is
the ceiling a scorer of this kind can show for any extractor: a record F1 the annotators do not
reach between themselves says more about the task than about the extractor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def as_candidates(records: list[dict]):
    """An annotator's records as candidates the scorer reads (parties linked by the resolution rules)."""
    from graph.extract.model import Candidate, Party, Span
    from graph.extract.parties import _resolver
    from graph.extract.text import Sentence

    resolver = _resolver(None)
    out = []
    for rec in records:
        c = Candidate(rec.get("kind") or "other", status=rec.get("status"),
                      date=str(rec["date"]) if rec.get("date") else None, place=rec.get("place"))
        for p in rec.get("parties") or []:
            e = resolver.resolve(p["name"], country=p.get("country")).entity
            c.parties.append(Party(p["name"], p.get("role") or "partner", p.get("kind") or "other", p.get("country"),
                                   e.id if e.curated else "", not e.curated, Span(0, 0, p["name"])))
        c.countries = list(rec.get("countries") or [])
        c.technology = list(rec.get("technology") or [])
        c.amounts = [(int(a["value"]), a["currency"]) for a in rec.get("amounts") or [] if a.get("value") is not None]
        c.sentences.append(Sentence(0, 0, rec.get("evidence") or ""))
        out.append(c)
    return out


def main() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_extract import Tally

    from graph.extract import extract_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "eval" / "extract-agree")
    parser.add_argument("--errors", action="store_true", help="list the records the annotators read differently")
    args = parser.parse_args()
    for name in ("reports.yaml", "second.yaml"):
        if not (args.folder / name).is_file():
            sys.exit(f"eval_agreement: no {args.folder / name}")
    first = yaml.safe_load((args.folder / "reports.yaml").read_text(encoding="utf-8"))
    second = {r["id"]: r.get("records") or [] for r in yaml.safe_load((args.folder / "second.yaml").read_text(encoding="utf-8"))}
    unknown = sorted(set(second) - {r["id"] for r in first})
    if unknown:
        sys.exit(f"eval_agreement: {args.folder / 'second.yaml'}: ids not in reports.yaml: {', '.join(unknown)}")
    tallies = {k: Tally(args.errors) for k in ("B against A", "A against B", "extractor against A", "extractor against B")}
    read = 0
    for r in first:
        path = args.folder / "texts" / f"{r['id']}.txt"
        if r["id"] not in second or not path.is_file():
            continue
        read += 1
        a, b = r.get("records") or [], second[r["id"]]
        x = extract_article(path.read_text(encoding="utf-8"), published=str(r["date"]) if r.get("date") else None)
        tallies["B against A"].add(r["id"], as_candidates(b), a)
        tallies["A against B"].add(r["id"], as_candidates(a), b)
        tallies["extractor against A"].add(r["id"], x.candidates, a)
        tallies["extractor against B"].add(r["id"], x.candidates, b)
    print(f"{read} of {len(first)} reports have both annotations and their text.")
    for name, tally in tallies.items():
        print(f"\n### {name}\n")
        print("\n".join(tally.table()[:-1]))
        if args.errors and name.startswith("B"):
            print("\n".join(["", "Read differently:", *tally.lines, "", "Only one annotator wrote:",
                             *("  " + i for i in tally.invented)]))


if __name__ == "__main__":
    main()
