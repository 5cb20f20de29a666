#!/usr/bin/env python3
"""Rebuild the texts of the `dsr extract` evaluation set from the web.

eval/extract/reports.yaml lists news reports (id and url). Their texts are not in the
repository (news texts may not be redistributed); this script downloads each report's page
and writes its paragraph text to eval/extract/texts/<id>.txt.

Standard library only (urllib + html.parser). Only the text inside <p> elements is kept;
scripts, styles and similar elements are dropped. Files that already exist are skipped
unless --force is given. Pages that fail (network error, HTTP error, timeout, no paragraph
text) are listed at the end and the exit status is 1. `--check` fetches nothing and tells, report by
report, whether every annotated name and evidence quote is still in its text.

The annotations were made on stored excerpts of these pages (the beginning of each page).
A page fetched today may differ (edits, paywalls, cookie walls, site moves), so after a
rebuild check that every `name` and `evidence` in reports.yaml is still a substring of its
text before using the set.
"""

from __future__ import annotations

import argparse
import re
import socket
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORTS = ROOT / "eval" / "extract" / "reports.yaml"
DEFAULT_OUT = ROOT / "eval" / "extract" / "texts"
USER_AGENT = "Mozilla/5.0 (compatible; dsr-graph-eval-fetch/1.0)"

# Elements whose content is never text of the article.
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "footer", "form"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class ParagraphExtractor(HTMLParser):
    """Collects the text of <p> elements, ignoring anything inside SKIP_TAGS."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._skip_depth = 0
        self._p_depth = 0
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in VOID_TAGS:
            if tag == "br" and self._p_depth and not self._skip_depth:
                self._buf.append("\n")
            return
        if tag in SKIP_TAGS:
            self._skip_depth += 1
        elif tag == "p":
            if self._p_depth == 0:
                self._buf = []
            self._p_depth += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br" and self._p_depth and not self._skip_depth:
            self._buf.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        if tag in SKIP_TAGS:
            if self._skip_depth:
                self._skip_depth -= 1
        elif tag == "p" and self._p_depth:
            self._p_depth -= 1
            if self._p_depth == 0:
                self._flush()

    def handle_data(self, data: str) -> None:
        if self._p_depth and not self._skip_depth:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        if self._p_depth:  # unclosed <p> at the end of the document
            self._flush()
            self._p_depth = 0

    def _flush(self) -> None:
        text = "".join(self._buf)
        lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)
        self._buf = []


def read_reports(path: Path) -> list[tuple[str, str]]:
    """(id, url) pairs from reports.yaml, read without a YAML library.

    Relies on the file's layout: each report starts with a top-level `- id: ...` line and
    has a `  url: ...` line at the report's own indentation.
    """
    reports: list[tuple[str, str]] = []
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^- id:\s*(.+?)\s*$", line)
        if m:
            current = _unquote(m.group(1))
            continue
        m = re.match(r"^  url:\s*(.+?)\s*$", line)
        if m and current is not None:
            reports.append((current, _unquote(m.group(1))))
            current = None
    return reports


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def _charset(content_type: str | None, raw: bytes) -> str:
    if content_type:
        m = re.search(r"charset=([\w-]+)", content_type, re.I)
        if m:
            return m.group(1)
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.I)
    if m:
        return m.group(1).decode("ascii", "replace")
    return "utf-8"


def fetch_text(url: str, timeout: float) -> str:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        raw = response.read()
        content_type = response.headers.get("Content-Type")
    try:
        html = raw.decode(_charset(content_type, raw), errors="replace")
    except LookupError:  # unknown charset name
        html = raw.decode("utf-8", errors="replace")
    parser = ParagraphExtractor()
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.paragraphs)


def check(reports_path: Path, texts: Path, only: set[str]) -> int:
    """Whether each annotated `name` and `evidence` is still in its report's text (a text fetched again, or
    taken from another copy of the page, may differ from the one annotated): a line for each report with a
    problem or without its text, then a summary; 1 when there is any."""
    import yaml  # (the package's own dependency; downloading needs none)

    ok = bad = missing = 0
    for report in yaml.safe_load(reports_path.read_text(encoding="utf-8")) or []:
        if only and report["id"] not in only:
            continue
        path = texts / f"{report['id']}.txt"
        if not path.is_file():
            missing += 1
            print(f"{report['id']}: no text ({path})")
            continue
        text = path.read_text(encoding="utf-8")
        problems = [f"record {i + 1}: {what} {value!r} is not in the text"
                    for i, record in enumerate(report.get("records") or [])
                    for what, value in [*(("name", p["name"]) for p in record.get("parties") or []),
                                        *((("evidence", record["evidence"]),) if record.get("evidence") else ())]
                    if value not in text]
        if problems:
            bad += 1
            print(f"{report['id']}: " + "; ".join(problems))
        else:
            ok += 1
    print(f"{ok} texts hold their annotations, {bad} do not, {missing} missing")
    return 1 if bad or missing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Download the pages of eval/extract/reports.yaml and write their paragraph text "
        "to eval/extract/texts/<id>.txt (existing files are kept unless --force).")
    ap.add_argument("--reports", type=Path, default=DEFAULT_REPORTS, help="reports file (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    ap.add_argument("--force", action="store_true", help="download again and overwrite existing text files")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default: %(default)s)")
    ap.add_argument("--only", nargs="+", metavar="ID", help="fetch only these report ids (e.g. r01 r07)")
    ap.add_argument("--check", action="store_true",
                    help="fetch nothing: check that every annotated party name and evidence quote is an exact "
                         "substring of its report's text, list the reports where one is not and those without "
                         "a text (exit 1 when any is)")
    args = ap.parse_args(argv)
    if args.check:
        return check(args.reports, args.out, set(args.only or ()))

    reports = read_reports(args.reports)
    if args.only:
        wanted = set(args.only)
        unknown = wanted - {rid for rid, _ in reports}
        if unknown:
            print(f"unknown ids: {', '.join(sorted(unknown))}", file=sys.stderr)
        reports = [(rid, url) for rid, url in reports if rid in wanted]
    args.out.mkdir(parents=True, exist_ok=True)

    failed: list[tuple[str, str, str]] = []
    written = skipped = 0
    for rid, url in reports:
        target = args.out / f"{rid}.txt"
        if target.exists() and not args.force:
            skipped += 1
            continue
        try:
            text = fetch_text(url, args.timeout)
        except urllib.error.HTTPError as exc:
            failed.append((rid, url, f"HTTP {exc.code}"))
            continue
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            failed.append((rid, url, f"{type(exc).__name__}: {reason}"))
            continue
        if not text.strip():
            failed.append((rid, url, "no paragraph text found"))
            continue
        partial = target.with_name(target.name + ".part")  # (never a half-written text under its name)
        partial.write_text(text + "\n", encoding="utf-8")
        partial.replace(target)
        written += 1
        print(f"{rid}: {len(text)} characters")

    print(f"written {written}, skipped {skipped} (already present), failed {len(failed)}")
    for rid, url, why in failed:
        print(f"FAILED {rid} {url}: {why}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
