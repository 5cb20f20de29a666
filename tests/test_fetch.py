"""`dsr fetch` and `dsr build --with`, against a local HTTP server serving files in the formats the
publishers use (AidData's zipped spreadsheet, the cable map's JSON API) — never the internet."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import TEST_DATA, samples_dir


class _Files(BaseHTTPRequestHandler):
    """Serves ``files`` (path → bytes) with ETags, conditional requests and byte ranges; logs each request."""

    files: dict = {}
    log: list = []

    def do_GET(self):  # noqa: N802 - the standard library's name
        self.log.append((self.path, dict(self.headers)))
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404)
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        start = 0
        ranged = self.headers.get("Range", "")
        if ranged.startswith("bytes=") and ranged.endswith("-"):
            start = int(ranged[6:-1])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        self.wfile.write(body[start:])

    def log_message(self, *args):  # quiet
        pass


def _xlsx_zip() -> bytes:
    """AidData's Huawei sample (real rows) as a spreadsheet in a zip archive, as AidData ships its releases."""
    import csv

    import openpyxl

    rows = list(csv.reader(open(samples_dir() / "aiddata" / "huawei_finance_sample.csv", encoding="utf-8-sig")))
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    sheet = io.BytesIO()
    book.save(sheet)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("README.txt", "codebook")
        z.writestr("Huawei_Finance_Dataset.xlsx", sheet.getvalue())
    return archive.getvalue()


@pytest.fixture(scope="module")
def server():
    if samples_dir() is None:
        pytest.skip("shared/samples (real AidData rows) not on this machine; set DSR_SHARED")
    files = {"/aiddata/huawei.zip": _xlsx_zip()}
    cables = TEST_DATA / "cables"
    ids = []
    for path in sorted((cables / "cable").glob("*.json")):
        files[f"/api/v3/cable/{path.name}"] = path.read_bytes()
        ids.append({"id": path.stem, "name": path.stem})
    for path in sorted((cables / "landing-point").glob("*.json")):
        files[f"/api/v3/landing-point/{path.name}"] = path.read_bytes()
    files["/api/v3/cable/all.json"] = json.dumps(ids).encode()
    handler = type("Handler", (_Files,), {"files": files, "log": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()


def _registry(tmp_path: Path, base: str, files: dict) -> Path:
    zipped = files["/aiddata/huawei.zip"]
    text = f"""
- name: huawei-test
  title: AidData Huawei finance (test copy)
  publisher: AidData at William & Mary
  version: "2.0"
  licence: ODC-By-1.0
  licence_url: https://opendatacommons.org/licenses/by/1-0/
  files:
    - url: {base}/aiddata/huawei.zip
      sha256: {hashlib.sha256(zipped).hexdigest()}
  importer: aiddata

- name: huawei-unpinned
  title: AidData Huawei finance (no checksum)
  publisher: AidData at William & Mary
  version: "2.0"
  licence: ODC-By-1.0
  files:
    - url: {base}/aiddata/huawei.zip
      name: huawei-unpinned.zip
  importer: aiddata

- name: huawei-corrupt
  title: A release whose file changed
  publisher: AidData at William & Mary
  licence: ODC-By-1.0
  files:
    - url: {base}/aiddata/huawei.zip
      sha256: {"0" * 64}
  importer: aiddata

- name: cables-test
  title: Cable map (test copy)
  publisher: TeleGeography
  version: API v3
  licence: CC-BY-NC-SA-3.0
  tree:
    base: {base}/api/v3/
    index: cable/all.json
    item: cable/{{id}}.json
    linked: landing-point/{{id}}.json
    linked_from: landing_points
  importer: cables

- name: unreachable
  title: A dataset on a host that does not answer
  publisher: Nobody
  licence: CC0-1.0
  files:
    - url: http://127.0.0.1:9/nothing.zip
  importer: aiddata

- name: by-hand
  title: A dataset its publisher offers only on its page
  publisher: AidData at William & Mary
  version: "1"
  licence: ODC-By-1.0
  landing_page: https://www.aiddata.org/
  manual: true
  importer: aiddata
"""
    path = tmp_path / "datasets.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _gets(handler, path: str) -> list[dict]:
    return [headers for p, headers in handler.log if p == path]


def test_fetch_downloads_verifies_and_never_fetches_an_unchanged_file_twice(run, server, tmp_path):
    base, handler = server
    registry, cache = _registry(tmp_path, base, handler.files), tmp_path / "cache"
    result = run("fetch", "huawei-test", "--registry", registry, "--cache", cache)
    assert result.exit_code == 0, result.output
    (stored,) = (cache / "huawei-test" / "2.0").glob("huawei.zip")
    assert stored.read_bytes() == handler.files["/aiddata/huawei.zip"] and "downloaded" in result.output
    assert (cache / "huawei-test" / "2.0" / "huawei-Huawei_Finance_Dataset.xlsx").is_file()  # unpacked for the importer
    asked = len(_gets(handler, "/aiddata/huawei.zip"))
    again = run("fetch", "huawei-test", "--registry", registry, "--cache", cache)
    assert again.exit_code == 0 and "unchanged" in again.output
    assert len(_gets(handler, "/aiddata/huawei.zip")) == asked  # the checksum matched: nothing asked
    # without a checksum the second fetch asks conditionally and the server says "not modified"
    assert run("fetch", "huawei-unpinned", "--registry", registry, "--cache", cache).exit_code == 0
    stamp = (cache / "huawei-unpinned" / "2.0" / "huawei-unpinned.zip").stat().st_mtime_ns
    second = run("fetch", "huawei-unpinned", "--registry", registry, "--cache", cache)
    assert second.exit_code == 0 and "unchanged" in second.output
    assert "If-None-Match" in _gets(handler, "/aiddata/huawei.zip")[-1]
    assert (cache / "huawei-unpinned" / "2.0" / "huawei-unpinned.zip").stat().st_mtime_ns == stamp


def test_an_interrupted_download_resumes(run, server, tmp_path):
    base, handler = server
    registry, cache = _registry(tmp_path, base, handler.files), tmp_path / "cache"
    body = handler.files["/aiddata/huawei.zip"]
    folder = cache / "huawei-test" / "2.0"
    folder.mkdir(parents=True)
    (folder / "huawei.zip.part").write_bytes(body[: len(body) // 2])
    result = run("fetch", "huawei-test", "--registry", registry, "--cache", cache)
    assert result.exit_code == 0 and "resumed" in result.output, result.output
    assert _gets(handler, "/aiddata/huawei.zip")[-1].get("Range") == f"bytes={len(body) // 2}-"
    assert (folder / "huawei.zip").read_bytes() == body and not (folder / "huawei.zip.part").exists()


def test_a_file_that_does_not_match_its_checksum_is_not_kept(run, server, tmp_path):
    base, handler = server
    registry, cache = _registry(tmp_path, base, handler.files), tmp_path / "cache"
    result = run("fetch", "huawei-corrupt", "--registry", registry, "--cache", cache)
    assert result.exit_code == 2 and "huawei-corrupt" in result.output and "sha256" in result.output
    assert not [p for p in (cache / "huawei-corrupt").rglob("*") if p.suffix in (".zip", ".part")]


def test_offline_fails_with_a_clear_message(run, server, tmp_path):
    base, handler = server
    registry = _registry(tmp_path, base, handler.files)
    result = run("fetch", "unreachable", "--registry", registry, "--cache", tmp_path / "cache")
    assert result.exit_code == 2
    assert "cannot reach http://127.0.0.1:9/nothing.zip" in result.output and "offline" in result.output
    manual = run("fetch", "by-hand", "--registry", registry, "--cache", tmp_path / "cache")
    assert manual.exit_code == 2 and "https://www.aiddata.org/" in manual.output and "--from FILE" in manual.output


def test_a_dataset_offered_only_on_its_page_is_given_by_hand(run, server, tmp_path):
    base, handler = server
    registry, cache = _registry(tmp_path, base, handler.files), tmp_path / "cache"
    given = tmp_path / "Downloads" / "GCDF.zip"
    given.parent.mkdir()
    given.write_bytes(handler.files["/aiddata/huawei.zip"])
    first = run("fetch", "by-hand", "--from", given, "--registry", registry, "--cache", cache)
    assert first.exit_code == 0 and "copied" in first.output, first.output
    again = run("fetch", "by-hand", "--registry", registry, "--cache", cache)
    assert again.exit_code == 0 and "unchanged" in again.output
    # the data file unpacked from the archive is gone: a listing looks at the cache and writes nothing
    unpacked = [p for p in (cache / "by-hand").rglob("*.xlsx")]
    assert unpacked
    for path in unpacked:
        path.unlink()
    before = {p: p.stat().st_size for p in cache.rglob("*")}
    listing = run("fetch", "--list", "--registry", registry, "--cache", cache)
    assert {p: p.stat().st_size for p in cache.rglob("*")} == before
    row = next(line for line in listing.output.splitlines() if line.startswith("by-hand"))
    size = sum(n for p, n in before.items() if p.is_file() and cache / "by-hand" in p.parents)
    assert "ODC-By-1.0" in row and f"{size / 1e6:.1f} MB cached" in row
    assert "not cached" in next(line for line in listing.output.splitlines() if line.startswith("cables-test"))


def test_build_with_fetches_imports_and_merges_then_works_offline(run, server, tmp_path):
    base, handler = server
    registry, cache, out = _registry(tmp_path, base, handler.files), tmp_path / "cache", tmp_path / "out"
    result = run("build", "--with", "cables-test", "--with", "huawei-test", "--registry", registry, "--cache", cache,
                 "--out", out, "--skip", "maps")
    assert result.exit_code == 0, result.output
    tree = cache / "cables-test" / "API-v3"
    for path in (TEST_DATA / "cables" / "cable").glob("*.json"):
        assert (tree / "cable" / path.name).read_bytes() == path.read_bytes()
    assert {p.name for p in (tree / "landing-point").glob("*.json")} <= {
        p.name for p in (TEST_DATA / "cables" / "landing-point").glob("*.json")}
    assert (out / "imports" / "cables-test.trig").is_file() and (out / "imports" / "huawei-test.trig").is_file()
    import graph

    kg = graph.load(out / "dsr.trig")
    graphs = set(kg.graph_names())
    assert {"https://w3id.org/dsr/id/source/cables-test", "https://w3id.org/dsr/id/source/huawei-test"} <= graphs
    licences = {r["l"].value for r in kg.select(
        "SELECT ?l WHERE { <https://w3id.org/dsr/id/source/cables-test> dcterms:license ?l }")}
    assert licences == {"https://creativecommons.org/licenses/by-nc-sa/3.0/"}
    manifest = json.loads((out / "export" / "manifest.json").read_text(encoding="utf-8"))
    assert "cables-test" in json.dumps(manifest) and "by-nc-sa" in json.dumps(manifest)
    # with the server gone, the next build takes the datasets from the cache
    shutil.rmtree(out / "imports")
    handler.files_backup, handler.files = handler.files, {}
    try:
        again = run("build", "--with", "cables-test", "--registry", registry, "--cache", cache, "--out", out,
                    "--skip", "maps,export")
    finally:
        handler.files = handler.files_backup
    assert again.exit_code == 0, again.output
    assert (out / "imports" / "cables-test.trig").is_file()


def test_a_bad_registry_names_the_file_line_and_field(run, tmp_path):
    bad = tmp_path / "datasets.yaml"
    bad.write_text("- name: x\n  title: X\n  publisher: P\n  licence: L\n  importer: spreadsheet\n  manual: true\n",
                   encoding="utf-8")
    result = run("fetch", "--list", "--registry", bad)
    assert result.exit_code == 2 and "datasets.yaml:1" in result.output and "'importer'" in result.output
