"""Precision and recall of `dsr extract` on hand-annotated news reports, per field and per record.

    python scripts/eval_extract.py                      # eval/extract/reports.yaml and its texts
    python scripts/eval_extract.py --errors             # and what went wrong, report by report
    python scripts/eval_extract.py --folder DIR         # DIR/reports.yaml and DIR/texts/<id>.txt
    python scripts/eval_extract.py --sets DIR DIR …     # one table, F1 per field, a column for each set
    python scripts/eval_extract.py --sets … --losses    # and where the records are lost, in counts only

Each report's records (what a careful curator writes from the text alone) are matched one to one
with the candidates `dsr extract` gives for its text (read against the report's publication date),
the most alike first (same kind, shared parties, same date). Then, over all reports:

- per field — kind, status, date, place, parties (by name: the same once legal forms and case are
  set aside, one name inside the other, or one the other's initials; or by entity: both names linked to
  one organisation of the records, the annotated name by the resolution rules), roles (party and role),
  countries, technology areas,
  amounts (value and currency) — precision (of what was extracted, how much the annotation has)
  and recall (of what the annotation has, how much was extracted); a candidate no record matches
  counts against precision for every field it gives;
- per record — a candidate is right when its kind and date are the record's (no date on both
  counts) and it names every main party of the record: precision, recall and F1;
- **invented** — values of a field the matched record leaves empty (the text does not state it),
  and candidates no record matches: the target is none;
- with ``--losses``, where the records that are not right are lost, in counts (so that a blind set can
  be asked without reading it): records no candidate matches, and how many of those are told in a
  sentence no candidate reads (the record's evidence line is in none of the candidates' sentences) and how
  many in a sentence the extractor lists for the curator to check; how many sentences the reports have, how
  many of them no candidate reads, how many sentences it lists, how
  many of those are some record's evidence, and of those how many drafts have the record's kind and
  name all its main parties;
  records matched but misread, by what is wrong (kind, date, a main party missing — and how many of those
  the organisations the extractor lists as the report's would mend, and how many it lists); per kind of
  record, how many no candidate matches; and how many candidates are of each confidence the extractor gives
  them (high, medium, low), and how many of those are right.

Targets: record F1 >= 0.8, party F1 >= 0.85, nothing invented. The numbers are printed, never
asserted. The texts are not in the repository (news reports may not be redistributed):
``scripts/fetch_extract_texts.py`` downloads them; a report without its text is skipped and counted.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ["kind", "status", "date", "place", "parties", "roles", "countries", "technology", "amounts"]


def _key(name: str) -> str:
    from graph.resolve.normalise import key

    return key(name)


# the entity the records know by each name of the report being scored: a candidate's party and an
# annotated one are the same when both name one entity of the records ("China's Export-Import Bank"
# and "China Exim Bank"), as well as when their names agree
_ENTITY: dict[str, str] = {}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _same_name(a: str, b: str) -> bool:
    if _ENTITY.get(a) and _ENTITY.get(a) == _ENTITY.get(b):
        return True
    if any(x.isupper() and 2 <= len(x) <= 6 and " " not in x and _initials(y) == x and " " in y for x, y in ((a, b), (b, a))):
        return True  # "MTS" and "Mobile Telecom Services": the name and the initials the article gave it
    ka, kb = _key(a), _key(b)
    return bool(ka and kb) and (ka == kb or (len(min(ka, kb, key=len)) >= 4 and (f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ")))


def _entities(candidates, records: list[dict]) -> dict[str, str]:
    """Name → id of a curated entity: the candidates' parties as linked, the annotated parties as the
    resolution rules link them (with the country the annotation gives)."""
    from graph.extract.parties import _resolver

    resolver = _resolver(None)
    out = {p.name: p.id for c in candidates for p in c.parties if not p.new}
    for rec in records:
        for p in rec.get("parties") or []:
            e = resolver.resolve(p["name"], country=p.get("country")).entity
            if e.curated:
                out.setdefault(p["name"], e.id)
    return out


def _gold_values(rec: dict) -> dict[str, set]:
    parties = rec.get("parties") or []
    return {
        "kind": {rec.get("kind")} if rec.get("kind") else set(),
        "status": {rec.get("status")} if rec.get("status") else set(),
        "date": {str(rec["date"])} if rec.get("date") else set(),
        "place": {str(rec["place"]).split(",")[0].strip().casefold()} if rec.get("place") else set(),
        "parties": {p["name"] for p in parties},
        "roles": {(p["name"], p.get("role")) for p in parties},
        "countries": set(rec.get("countries") or []),
        "technology": set(rec.get("technology") or []),
        "amounts": {(int(a["value"]), a["currency"]) for a in rec.get("amounts") or [] if a.get("value") is not None},
    }


def _pred_values(c) -> dict[str, set]:
    return {
        "kind": {c.kind}, "status": {c.status} if c.status else set(), "date": {c.date} if c.date else set(),
        "place": {c.place.split(",")[0].strip().casefold()} if c.place else set(),
        "parties": {p.name for p in c.parties}, "roles": {(p.name, p.role) for p in c.parties},
        "countries": set(c.countries), "technology": set(c.technology), "amounts": set(c.amounts),
    }


def _overlap(field: str, pred: set, gold: set) -> int:
    """How many of ``pred`` the annotation has (names compared as names)."""
    if field == "parties":
        return _one_to_one(sorted(pred), sorted(gold), _same_name)
    if field == "roles":
        return _one_to_one(sorted(pred), sorted(gold), lambda p, g: _same_name(p[0], g[0]) and p[1] == g[1])
    return len(pred & gold)


def _one_to_one(pred: list, gold: list, same) -> int:
    """How many of ``pred`` match an annotated value, each annotated value matched once ("Zambian government"
    and "Zambian government for DTT" are not two right parties for one): a value equal to one annotated
    first, then the rest in turn."""
    matched: set[int] = set()  # the annotated values taken
    found: set[int] = set()  # the extracted values that took one
    for exact in (True, False):
        for i, p in enumerate(pred):
            j = next((j for j, g in enumerate(gold) if i not in found and j not in matched and
                      (p == g if exact else same(p, g))), None)
            if j is not None:
                matched.add(j)
                found.add(i)
    return len(found)


def _match_score(c, rec: dict) -> float:
    g, p = _gold_values(rec), _pred_values(c)
    return 3 * (c.kind == rec.get("kind")) + _overlap("parties", p["parties"], g["parties"]) + \
        (p["date"] == g["date"]) + 0.5 * len(p["countries"] & g["countries"])


def _what_is_wrong(c, rec: dict) -> list[str]:
    """What keeps a candidate from being the record: its kind, its date, a main party it does not name."""
    g, p = _gold_values(rec), _pred_values(c)
    main = [x["name"] for x in rec.get("parties") or [] if x.get("main")]
    return [what for what, wrong in (("kind", c.kind != rec.get("kind")), ("date", p["date"] != g["date"]),
                                     ("main party", not all(any(_same_name(m, q) for q in p["parties"]) for m in main)))
            if wrong]


def _record_right(c, rec: dict) -> bool:
    return not _what_is_wrong(c, rec)


def _words(text: str) -> str:
    return " ".join(re.sub(r"\W+", " ", text).lower().split())


def _evidence_read(rec: dict, candidates) -> bool:
    """Whether the sentence the record's evidence line comes from is one a candidate reads."""
    return _evidence_in(rec, [x.text for c in candidates for x in c.sentences])


def _evidence_in(rec: dict, texts) -> bool:
    """Whether the record's evidence line comes from one of these sentences (the line's first 40 characters in the
    sentence, or the sentence's in the line)."""
    line = _words(str(rec.get("evidence") or ""))
    if not line:
        return False
    return any(line[:40] in said or said[:40] in line for said in map(_words, texts))


class Tally:
    """Counts over reports: per field what was given, annotated and right; records right; what was
    invented; and, when asked, a line for each record misread or missed."""

    def __init__(self, errors: bool = False):
        self.tp, self.npred, self.ngold = defaultdict(int), defaultdict(int), defaultdict(int)
        self.invented: list[str] = []
        self.right = self.pred_records = self.gold_records = 0
        self.errors, self.lines = errors, []
        self.lost: Counter = Counter()  # where the records that are not right are lost (``--losses``)

    def add(self, rid: str, candidates, gold: list[dict], to_check=(), drafts=(), named=(), text: str = "") -> None:
        """Match one report's candidates one to one with its annotated records, the most alike
        first, and count (``to_check``: the sentences the extractor lists for the curator to check;
        ``drafts``: its draft record of each; ``named``: the organisations it lists as the report's; ``text``: the
        report's text, whose sentences are counted, and those no candidate reads)."""
        from graph.extract.text import sentences

        read = [(x.start, x.end) for c in candidates for x in c.sentences]
        whole = sentences(text)
        self.lost["sentences"] += len(whole)
        self.lost["sentences no candidate reads"] += sum(not any(a < s.end and s.start < b for a, b in read) for s in whole)
        _ENTITY.clear()
        _ENTITY.update(_entities([*candidates, *drafts], gold))
        _ENTITY.update({p.name: p.id for p in named if not p.new and p.name not in _ENTITY})
        self.pred_records += len(candidates)
        self.gold_records += len(gold)
        pairs = sorted(((_match_score(c, g), i, j) for i, c in enumerate(candidates) for j, g in enumerate(gold)),
                       reverse=True)
        used_c, used_g, matched = set(), set(), []
        for score, i, j in pairs:
            if score >= 3 and i not in used_c and j not in used_g:
                used_c.add(i)
                used_g.add(j)
                matched.append((candidates[i], gold[j]))
        for c in candidates:  # (how many of each confidence the candidates have, and are right: below)
            self.lost[f"confidence {c.confidence()[0]}"] += 1
        for c, g in matched:
            gv, pv = _gold_values(g), _pred_values(c)
            wrong = _what_is_wrong(c, g)
            self.right += not wrong
            self.lost[f"confidence {c.confidence()[0]}, right"] += not wrong
            for what in wrong:
                self.lost[f"matched, {what} wrong"] += 1
            if "main party" in wrong:  # (what the curator adds from the organisations listed as the report's)
                missing = [m["name"] for m in g.get("parties") or [] if m.get("main") and
                           not any(_same_name(m["name"], p.name) for p in c.parties)]
                self.lost["… of those, every missing main party among the organisations listed"] += all(
                    any(_same_name(m, p.name) for p in named) for m in missing)
            for f in FIELDS:
                self.tp[f] += _overlap(f, pv[f], gv[f])
                self.npred[f] += len(pv[f])
                self.ngold[f] += len(gv[f])
                if pv[f] and not gv[f] and f not in ("kind",):
                    self.invented.append(f"{rid}: {f} {sorted(map(str, pv[f]))} where the text states none")
            if self.errors and not _record_right(c, g):
                self.lines.append(f"  {rid}: {c.kind} {c.date} {sorted(p.name for p in c.parties)} ~ annotated "
                                  f"{g.get('kind')} {g.get('date')} {[p['name'] for p in g.get('parties') or [] if p.get('main')]}")
        for i, c in enumerate(candidates):
            if i not in used_c:
                pv = _pred_values(c)
                for f in FIELDS:
                    self.npred[f] += len(pv[f])
                said = c.sentences[0].text[:80] if c.sentences else ""
                self.invented.append(f"{rid}: a {c.kind} no annotated record matches ({said!r})")
        for g in gold:
            self.lost[f"records: {g.get('kind')}"] += 1
        self.lost["sentences listed to check"] += len(to_check)
        self.lost["organisations listed"] += len(named)
        for x, d in zip(to_check, drafts or [None] * len(to_check)):
            told = [g for g in gold if _evidence_in(g, [x.text])]
            self.lost["sentences listed to check, a record's evidence"] += bool(told)
            if told and d is not None:  # (its draft against the record it tells)
                self.lost["… of those, the draft of the record's kind"] += any(d.kind == g.get("kind") for g in told)
                self.lost["… of those, the draft naming every main party"] += any(
                    all(any(_same_name(m["name"], p.name) for p in d.parties) for m in g.get("parties") or [] if m.get("main"))
                    for g in told)
        for j, g in enumerate(gold):
            if j not in used_g:
                self.lost["no candidate"] += 1
                self.lost["no candidate, told in a sentence no candidate reads"] += not _evidence_read(g, candidates)
                self.lost["no candidate, told in a sentence listed to check"] += _evidence_in(g, [x.text for x in to_check])
                self.lost[f"no candidate: {g.get('kind')}"] += 1
                gv = _gold_values(g)
                for f in FIELDS:
                    self.ngold[f] += len(gv[f])
                if self.errors:
                    self.lines.append(f"  {rid}: missed {g.get('kind')} {g.get('date')} "
                                      f"{[p['name'] for p in g.get('parties') or []]}")

    def table(self) -> list[str]:
        """The per-field and per-record table (markdown), then the invented count and the targets."""
        out = ["| field | extracted | annotated | right | precision | recall | F1 |",
               "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for f in FIELDS:
            p, r, f1 = _prf(self.tp[f], self.npred[f], self.ngold[f])
            out.append(f"| {f} | {self.npred[f]} | {self.ngold[f]} | {self.tp[f]} | {p:.3f} | {r:.3f} | {f1:.3f} |")
        p, r, f1 = _prf(self.right, self.pred_records, self.gold_records)
        out.append(f"| **record** (kind, date, main parties) | {self.pred_records} | {self.gold_records} | {self.right} | "
                   f"**{p:.3f}** | **{r:.3f}** | **{f1:.3f}** |")
        party_f1 = _prf(self.tp["parties"], self.npred["parties"], self.ngold["parties"])[2]
        out.append(f"\nInvented: {len(self.invented)} (fields the text does not state, and candidates no record matches).")
        out.append(f"Targets: record F1 >= 0.8 ({'met' if f1 >= 0.8 else 'NOT met'}), party F1 >= 0.85 "
                   f"({'met' if party_f1 >= 0.85 else 'NOT met'}), nothing invented ({'met' if not self.invented else 'NOT met'}).")
        return out


def evaluate(folder: Path, errors: bool = False, records_dir: Path | None = None, skip: frozenset = frozenset()):
    """Run the extractor on every report of ``folder`` with its text and score it: (tally, reports
    without their text, seconds per report, number of reports). ``records_dir``: a records folder for
    the extractor to know names from instead of the bundled one (the scorer always uses the bundled
    records to tell that two names are one organisation); ``skip``: ids of reports left out."""
    from graph.extract import extract_article
    from graph.records.load import load_records

    records = load_records(records_dir) if records_dir is not None else None
    cited = _cited_urls()

    reports = [r for r in yaml.safe_load((folder / "reports.yaml").read_text(encoding="utf-8")) if r["id"] not in skip]
    tally = Tally(errors)
    tally.by_citation = {True: Tally(), False: Tally()}  # the reports the bundled records cite as a source, the others
    missing_texts, seconds = [], []
    for r in reports:
        path = folder / "texts" / f"{r['id']}.txt"
        if not path.is_file():
            missing_texts.append(r["id"])
            continue
        started = time.perf_counter()
        x = extract_article(path.read_text(encoding="utf-8"), published=str(r["date"]) if r.get("date") else None,
                            records=records)
        seconds.append(time.perf_counter() - started)
        tally.add(r["id"], x.candidates, r.get("records") or [], x.to_check, x.drafts, x.named, x.text)
        tally.by_citation[_url_key(r.get("url")) in cited].add(r["id"], x.candidates, r.get("records") or [], x.to_check,
                                                               x.drafts, x.named, x.text)
    return tally, missing_texts, seconds, len(reports)


def _url_key(url) -> str:
    return str(url or "").strip().rstrip("/").split("://")[-1].lower()


def _cited_urls() -> set[str]:
    """The URLs of the bundled records' sources: the graph may know a report's organisations because its
    curators read that very report."""
    from graph.records.load import load_records

    return {_url_key(s.head.get("url")) for s in load_records()["source"].values() if s.head.get("url")}


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def side_by_side(runs) -> list[str]:
    """A markdown table with a column for each scored set — ``runs`` holds (folder, tally, reports without
    their text, seconds, number of reports) — and a row for each field's F1, the record F1 (precision,
    recall), what was invented and the reports read."""
    out = ["| field | " + " | ".join(f"`{folder.name}`" for folder, *_ in runs) + " |",
           "| --- |" + " ---: |" * len(runs)]
    for f in FIELDS:
        out.append(f"| {f} | " + " | ".join(f"{_prf(t.tp[f], t.npred[f], t.ngold[f])[2]:.3f}" for _, t, *_ in runs) + " |")
    cells = []
    for _, t, *_ in runs:
        p, r, f1 = _prf(t.right, t.pred_records, t.gold_records)
        cells.append(f"**{f1:.3f}** ({p:.3f}, {r:.3f})")
    out.append("| **record** (precision, recall) | " + " | ".join(cells) + " |")
    out.append("| invented | " + " | ".join(str(len(t.invented)) for _, t, *_ in runs) + " |")
    out.append("| reports read | " + " | ".join(f"{n - len(missing)} of {n}" for _, _, missing, _, n in runs) + " |")
    return out


def losses(runs) -> list[str]:
    """A markdown table of where the records are lost, a column for each scored set (counts only)."""
    tallies = [t for _, t, *_ in runs]
    rows = ["no candidate", "no candidate, told in a sentence no candidate reads",
            "no candidate, told in a sentence listed to check", "matched, kind wrong", "matched, date wrong",
            "matched, main party wrong", "… of those, every missing main party among the organisations listed",
            "organisations listed", "sentences", "sentences no candidate reads", "sentences listed to check", "sentences listed to check, a record's evidence",
            "… of those, the draft of the record's kind", "… of those, the draft naming every main party"]
    kinds = sorted({k.split(": ", 1)[1] for t in tallies for k in t.lost if k.startswith("records: ")},
                   key=lambda k: -sum(t.lost[f"records: {k}"] for t in tallies))
    out = ["| records lost | " + " | ".join(f"`{folder.name}`" for folder, *_ in runs) + " |",
           "| --- |" + " ---: |" * len(runs),
           "| records (right) | " + " | ".join(f"{t.gold_records} ({t.right})" for t in tallies) + " |"]
    out += [f"| {row} | " + " | ".join(str(t.lost[row]) for t in tallies) + " |" for row in rows]
    out += [f"| candidates of {level} confidence (right) | " +
            " | ".join(f"{t.lost[f'confidence {level}']} ({t.lost[f'confidence {level}, right']})" for t in tallies) + " |"
            for level in ("high", "medium", "low")]
    out += [f"| {kind}: no candidate, of all | " +
            " | ".join(f"{t.lost[f'no candidate: {kind}']} of {t.lost[f'records: {kind}']}" for t in tallies) + " |"
            for kind in kinds]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "eval" / "extract")
    parser.add_argument("--errors", action="store_true", help="list misread and missed records, and what was invented")
    parser.add_argument("--records", type=Path, default=None, metavar="DIR",
                        help="a records folder for the extractor to know names from instead of the bundled one "
                             "(as `dsr extract --data`): a folder with only countries.csv measures the rules "
                             "without the graph's organisations")
    parser.add_argument("--sets", type=Path, nargs="+", default=None, metavar="DIR",
                        help="score each of these sets and print one table side by side: F1 per field, the record "
                             "F1 with its precision and recall, what was invented, and how many reports were read")
    parser.add_argument("--losses", action="store_true",
                        help="also print where the records that are not right are lost, in counts only (no text, no "
                             "record): so a blind set can be asked")
    parser.add_argument("--skip", nargs="+", default=[], metavar="ID",
                        help="leave these reports out (e.g. reports of a blind set that were read by mistake)")
    args = parser.parse_args()
    from graph.errors import DSRError

    skip = frozenset(args.skip)

    if args.sets:
        for folder in args.sets:
            if not (folder / "reports.yaml").is_file():
                sys.exit(f"eval_extract: no {folder / 'reports.yaml'}")
        try:
            runs = [(folder, *evaluate(folder, False, args.records, skip)) for folder in args.sets]
            print("\n".join(side_by_side(runs)))
            if args.losses:
                print("\n" + "\n".join(losses(runs)))
        except DSRError as exc:
            sys.exit(f"eval_extract: {exc}")
        return
    if not (args.folder / "reports.yaml").is_file():
        sys.exit(f"eval_extract: no {args.folder / 'reports.yaml'}")

    try:
        tally, missing, seconds, n = evaluate(args.folder, args.errors, args.records, skip)
    except DSRError as exc:
        sys.exit(f"eval_extract: {exc}")
    done = n - len(missing)
    print(f"{done} of {n} reports read ({len(missing)} without their text: run scripts/fetch_extract_texts.py); "
          f"{sum(seconds):.1f} s in all, {max(seconds, default=0):.2f} s at most per report.\n")
    print("\n".join(tally.table()))
    if args.losses:
        print("\n" + "\n".join(losses([(args.folder, tally, missing, seconds, n)])))
    for cited, part in sorted(tally.by_citation.items(), reverse=True):
        p, r, f1 = _prf(part.right, part.pred_records, part.gold_records)
        party = _prf(part.tp["parties"], part.npred["parties"], part.ngold["parties"])[2]
        print(f"{'Reports the records cite as a source' if cited else 'Reports the records do not cite':37s}: "
              f"{part.gold_records:3d} records, record F1 {f1:.3f}, party F1 {party:.3f}")
    if args.errors:
        print("\n".join(["", "Misread or missed:", *tally.lines, "", "Invented:", *("  " + i for i in tally.invented)]))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
