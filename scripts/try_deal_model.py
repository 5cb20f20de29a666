#!/usr/bin/env python3
"""Would a small learned model find the deal sentences the extraction rules miss? A measurement.

For each labelled set in turn, a model is trained on the others and run on the held-out one:

- a sentence that holds the start of a curator's record (its ``evidence``) is a deal sentence of
  that record's kind; every other sentence of the report is not;
- the features are lower-cased words and word pairs, with the graph's own gazetteer standing in for
  what a word is (organisations the records know read as ``ORG``, countries as ``COUNTRY``, sums of
  money as ``AMOUNT``, other numbers as ``NUM``), so that a sentence about a firm the model never saw
  reads like one about a firm it did;
- two linear models: a logistic one ("does this sentence tell a deal?", both classes weighted
  equally) and a softmax one over the kinds, trained by stochastic gradient descent in a fixed order
  (deterministic: no random numbers).

It prints, per held-out set, how many deal sentences the curators marked, how many of them the rules
read as deals, how many sentences the model flags and how many of those are deal sentences, and what
the model would add on the sentences the rules do not read: how many it
flags, how many of those are deal sentences, and how many of those it also gives the right kind (a
record needs its kind). Only the sets named are used (the tuning sets by default: the blind sets
stay unseen). The texts are not in the repository: ``scripts/fetch_extract_texts.py`` rebuilds them.

    python scripts/try_deal_model.py [--sets extract,extract-heldout,...] [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract.deals import _deal  # noqa: E402
from graph.extract.gazetteer import gazetteer  # noqa: E402
from graph.extract.text import Sentence, read_article, sentences  # noqa: E402
from graph.extract.vocabulary import _AMOUNT  # noqa: E402

TUNING = ["extract", "extract-heldout", "extract-dev2", "extract-dev3", "extract-dev4"]
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[$€£¥%]")


def features(sentence: str, mentions) -> list[str]:
    """Words (organisations, countries, sums and numbers by their class), word pairs, a few counts."""
    marks = sorted([(m.start(), m.end(), "AMOUNT") for m in _AMOUNT.finditer(sentence)] +
                   [(m.start, m.end, "ORG" if m.kind == "organisation" else "COUNTRY") for m in mentions
                    if m.kind in ("organisation", "country", "capital")])
    tokens: list[str] = []
    at = 0
    for a, b, label in marks:
        if a >= at:
            tokens += _tokens(sentence[at:a]) + [label]
            at = b
    tokens += _tokens(sentence[at:])
    return ([f"w={t}" for t in tokens] + [f"b={x}_{y}" for x, y in zip(["<s>"] + tokens, tokens + ["</s>"])] +
            [f"orgs={min(tokens.count('ORG'), 3)}", f"countries={min(tokens.count('COUNTRY'), 3)}", "bias"])


def _tokens(piece: str) -> list[str]:
    return ["NUM" if t[0].isdigit() else t.lower().replace("’", "'") for t in _WORD.findall(piece)]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Model:
    """A logistic model of "tells a deal" and a softmax model of the kind, over sparse features."""

    def __init__(self, examples: list[tuple[list[str], str | None]], epochs: int = 12, rate: float = 0.2,
                 l2: float = 1e-4):
        counts: dict[str, int] = {}
        for feats, _ in examples:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
        data = [([f for f in feats if counts[f] >= 2], kind) for feats, kind in examples]  # (rare words dropped)
        positives = sum(1 for _, k in data if k)
        weight = (len(data) - positives) / max(1, positives)
        self.deal: dict[str, float] = {}
        self.kinds: dict[str, dict[str, float]] = {k: {} for k in sorted({k for _, k in data if k})}
        for epoch in range(epochs):
            lr = rate / (1 + epoch)
            for feats, kind in data:
                g = (self.probability(feats) - (1.0 if kind else 0.0)) * (weight if kind else 1.0)
                for f in feats:
                    w = self.deal.get(f, 0.0)
                    self.deal[f] = w - lr * (g + l2 * w)
                if kind:
                    for k, p in self._kind_probabilities(feats).items():
                        gk = p - (1.0 if k == kind else 0.0)
                        weights = self.kinds[k]
                        for f in feats:
                            w = weights.get(f, 0.0)
                            weights[f] = w - lr * (gk + l2 * w)

    def probability(self, feats: list[str]) -> float:
        return _sigmoid(sum(self.deal.get(f, 0.0) for f in feats))

    def _kind_probabilities(self, feats: list[str]) -> dict[str, float]:
        scores = {k: sum(w.get(f, 0.0) for f in feats) for k, w in self.kinds.items()}
        top = max(scores.values())
        exp = {k: math.exp(s - top) for k, s in scores.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def kind(self, feats: list[str]) -> str:
        p = self._kind_probabilities(feats)
        return max(sorted(p), key=p.get)


def labelled(folder: Path) -> list[tuple[str, str | None]]:
    """Every sentence of a set's reports with the kind of the record it starts (or None)."""
    out = []
    for r in sorted(yaml.safe_load((folder / "reports.yaml").read_text(encoding="utf-8")) or [], key=lambda r: str(r["id"])):
        path = folder / "texts" / f"{r['id']}.txt"
        if not path.exists():
            continue
        text = read_article(path.read_text(encoding="utf-8"))
        sents = sentences(text)
        kinds: dict[int, str] = {}
        for rec in r.get("records") or []:
            words = str(rec.get("evidence") or "").split()[:10]
            m = re.search(r"\s+".join(map(re.escape, words)), text) if words else None
            i = next((i for i, s in enumerate(sents) if s.start <= m.start() < s.end), None) if m else None
            if i is not None:
                kinds.setdefault(i, "aggregate" if rec.get("aggregate") else rec["kind"])
        out += [(s.text, kinds.get(i)) for i, s in enumerate(sents)]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sets", default=",".join(TUNING), help="labelled sets under eval/ (comma-separated; default: the tuning sets)")
    p.add_argument("--eval-dir", type=Path, default=ROOT / "eval", help="the folder the sets are in")
    p.add_argument("--threshold", type=float, default=0.5, help="the model's probability from which a sentence is flagged")
    args = p.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    missing = [n for n in names if not (args.eval_dir / n / "reports.yaml").is_file()]
    if len(names) < 2 or missing:
        print(f"error: --sets needs two labelled sets or more; not found: {', '.join(missing) or '(fewer than two named)'}",
              file=sys.stderr)
        return 2
    gaz = gazetteer()
    data = {}
    for n in names:
        data[n] = [(features(t, gaz.find(t)), k, _deal_read(t)) for t, k in labelled(args.eval_dir / n)]
    if not any(k for rows in data.values() for _, k, _ in rows):
        print("error: no report text found (scripts/fetch_extract_texts.py rebuilds them)", file=sys.stderr)
        return 2
    print("| held out | deal sentences | read by the rules | flagged by the model | of which deal sentences | "
          "flagged by the model beyond the rules | of which deal sentences | and of the right kind |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = [0] * 7
    for held in names:
        model = Model([(f, k) for n in names if n != held for f, k, _ in data[n]])
        row = [0] * 7
        for f, k, by_rules in data[held]:
            flagged = model.probability(f) >= args.threshold
            row[0] += bool(k)
            row[1] += bool(k) and by_rules
            row[2] += flagged
            row[3] += bool(k) and flagged
            if flagged and not by_rules:
                row[4] += 1
                row[5] += bool(k)
                row[6] += bool(k) and model.kind(f) == k
        total = [a + b for a, b in zip(total, row)]
        print(f"| {held} | " + " | ".join(map(str, row)) + " |")
    print("| **all** | " + " | ".join(f"**{x}**" for x in total) + " |")
    return 0


def _deal_read(sentence: str) -> bool:
    return _deal(Sentence(0, len(sentence), sentence), sentence) is not None


if __name__ == "__main__":
    sys.exit(main())
