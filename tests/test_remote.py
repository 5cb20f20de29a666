"""Remote SPARQL stores: `dsr push` and `dsr query --endpoint` against a real OpenLink Virtuoso.

The session starts Debian's ``virtuoso-t`` (package virtuoso-opensource, which .ci/run installs)
on 127.0.0.1 in a temporary folder, with its own virtuoso.ini and free ports, loads the default
graph into it and checks that every catalogue query answers there as it does on the embedded
engine. Nothing here touches the internet: the other tests use small servers on 127.0.0.1.

How answers are compared (every normalisation, and why):

* rows as a multiset (ORDER BY ties and collations may differ between engines);
* blank nodes by their place only, never their labels (each store names them its own way);
* GROUP_CONCAT columns as the multiset of their parts, without a language tag, with "" the same
  as unbound: SPARQL leaves the order of the parts unspecified; pyoxigraph keeps a language tag
  that all the parts share (SPARQL 1.2) while Virtuoso returns a simple literal (SPARQL 1.1);
  over a group with no values pyoxigraph leaves the variable unbound and Virtuoso gives "".
* Virtuoso writes a true xsd:boolean as "1": RemoteStore reads it as "true" (same value),
  so the tests see canonical booleans. No other normalisation is needed: Virtuoso returned the
  same datatypes (xsd:integer for COUNT, xsd:decimal, xsd:date, xsd:gYear, xsd:gYearMonth,
  language tags) and the same lexical forms as the embedded engine for this data.
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import require_command

from graph.store.engine import Forbidden, QueryTimeout
from graph.store.queries import BadParameter, catalogue, term_from_text
from graph.store.remote import (
    BadEndpoint,
    EndpointUnreachable,
    RemoteError,
    RemoteHTTPError,
    RemoteStore,
    RemoteTimeout,
    _batches,
    parse_json_results,
)
from graph.store.queries import bind_with_values as bind_parameters, values_block

VIRTUOSO = "virtuoso-t"
DSR_GRAPHS = "https://w3id.org/dsr/"

# Catalogue queries whose Virtuoso 7.2 answer differs from the embedded engine's, and why. Strict:
# a query that starts agreeing (rewritten, or a fixed Virtuoso) fails the run until taken off.
# Catalogue queries Virtuoso cannot answer like the embedded engine, with the reason; the test is
# a strict xfail, so a query that starts agreeing must be taken off this list. Kept empty: the
# catalogue is written for both (one path operator per query, FILTERs next to the patterns that
# bind their variables, IF(BOUND()) rather than COALESCE over CONCAT, no aggregate in COALESCE).
EXPECTED_TO_DIFFER: dict[str, str] = {}

INI = """\
; virtuoso.ini for a throw-away test server: loopback only, small buffers (2 cores, CI)
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 0
O_DIRECT             = 0
CaseMode             = 2
DirsAllowed          = ., {d}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 4
MaxQueryMem          = 256M

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {d}
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8
EnabledDavVSP        = 0

[SPARQL]
; no silent truncation (the default cap is 10000 rows) and no partial 'anytime' answers
ResultSetMaxRows           = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A running test server: its URLs, folder and process."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.sql_port = _free_port()
        self.http_port = _free_port()
        while self.http_port == self.sql_port:
            self.http_port = _free_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        self.sparql = self.base + "/sparql"
        self.sparql_auth = self.base + "/sparql-auth"  # digest: dba/dba (a new database's default)
        self.graph_store_auth = self.base + "/sparql-graph-crud-auth"
        self.process: subprocess.Popen | None = None
        self.timings: dict[str, float] = {}

    def log_tail(self, lines: int = 30) -> str:
        log = self.folder / "stdout.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def start(self, wait: float = 120.0) -> None:
        (self.folder / "virtuoso.ini").write_text(
            INI.format(d=self.folder, sql_port=self.sql_port, http_port=self.http_port))
        started = time.monotonic()
        with open(self.folder / "stdout.log", "wb") as log:
            self.process = subprocess.Popen(
                [VIRTUOSO, "+configfile", str(self.folder / "virtuoso.ini"), "+foreground"],
                cwd=self.folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        probe = self.sparql + "?query=ASK%7B%7D"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with code {self.process.returncode}:\n{self.log_tail()}")
            if time.monotonic() - started > wait:
                self.stop()
                raise RuntimeError(f"virtuoso-t did not answer on {self.sparql} within {wait:g} s:\n{self.log_tail()}")
            try:
                with opener.open(probe, timeout=2) as resp:
                    resp.read()
                break
            except OSError:
                time.sleep(0.1)
        self.timings["start-up"] = time.monotonic() - started

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory, request):
    """A fresh Virtuoso on 127.0.0.1 for the session, stopped and deleted at the end."""
    require_command(VIRTUOSO, "the remote-store tests need OpenLink Virtuoso",
                    "apt-get install virtuoso-opensource")
    for attempt in (1, 2):  # a port taken between choosing and binding it: choose again, once
        server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
        try:
            server.start()
            break
        except RuntimeError as exc:
            shutil.rmtree(server.folder, ignore_errors=True)
            if attempt == 2:
                pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter and capture and server.timings:
        with capture.global_and_fixture_disabled():
            reporter.write_line("\nvirtuoso: " + ", ".join(f"{k} {v:.2f} s" for k, v in server.timings.items()))


def _graph_counts(store: RemoteStore) -> dict[str, int]:
    result = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {g.value: int(n.value) for g, n in result.rows}


def _local_counts(kg) -> dict[str, int]:
    return dict(collections.Counter(q.graph_name.value for q in kg.quads()))


@pytest.fixture(scope="session")
def loaded(virtuoso, kg):
    """The default graph pushed into the server by SPARQL Update (digest auth); its per-graph counts."""
    system = _graph_counts(RemoteStore(virtuoso.sparql))  # Virtuoso's own graphs, before anything is loaded
    store = RemoteStore(virtuoso.sparql, update_endpoint=virtuoso.sparql_auth, user="dba", password="dba")
    started = time.monotonic()
    counts = store.push(kg)
    virtuoso.timings["push (SPARQL Update)"] = time.monotonic() - started
    return {"system": system, "counts": counts, "store": RemoteStore(virtuoso.sparql)}


# ------------------------------------------------------------------ comparing answers

_GROUP_CONCAT = re.compile(
    r'GROUP_CONCAT\s*\(\s*(?:DISTINCT\s+)?[?$]\w+\s*;\s*separator\s*=\s*"((?:[^"\\]|\\.)*)"\s*\)\s*AS\s+[?$](\w+)',
    re.I)


def comparable(result, text: str):
    """The answer in a form two engines' answers can be compared in (see the module notes)."""
    if result.form == "ASK":
        return result.boolean

    def term(t):
        if t is None:
            return None
        if isinstance(t, ox.BlankNode):
            return "_:"
        return str(t)

    if result.is_graph:  # a graph is a set: distinct triples, then blank nodes made anonymous
        return collections.Counter((term(t.subject), term(t.predicate), term(t.object)) for t in set(result.triples))
    concat = {alias: sep.encode().decode("unicode_escape") for sep, alias in _GROUP_CONCAT.findall(text)}

    def cell(var, t):
        if var in concat:
            parts = () if t is None or t.value == "" else tuple(sorted(t.value.split(concat[var])))
            return ("GROUP_CONCAT", parts)
        return term(t)

    return collections.Counter(tuple(cell(v, t) for v, t in zip(result.variables, row)) for row in result.rows)


def _differences(embedded, remote, text: str) -> str:
    a, b = comparable(embedded, text), comparable(remote, text)
    if not isinstance(a, collections.Counter):
        return f"embedded {a}, remote {b}"
    only_a, only_b = list((a - b).elements()), list((b - a).elements())
    return (f"{len(embedded)} embedded vs {len(remote)} remote; only embedded: {only_a[:3]}; "
            f"only remote: {only_b[:3]}")


def _catalogue_params():
    out = []
    for name in catalogue():
        marks = [pytest.mark.slow]
        if name in EXPECTED_TO_DIFFER:
            marks.append(pytest.mark.xfail(strict=True, reason=EXPECTED_TO_DIFFER[name]))
        out.append(pytest.param(name, marks=marks, id=name))
    return out


# ------------------------------------------------------------------ against Virtuoso

@pytest.mark.slow
def test_push_keeps_every_named_graph_with_its_statements(loaded, kg):
    remote = _graph_counts(loaded["store"])
    ours = _local_counts(kg)
    assert loaded["counts"] == ours
    assert {g: n for g, n in remote.items() if g not in loaded["system"]} == ours
    assert all(not g.startswith(DSR_GRAPHS) for g in loaded["system"])


@pytest.mark.slow
def test_literals_and_blank_nodes_come_back_as_they_went(loaded, kg):
    """Every quad of ours, read back: same terms, datatypes and language tags; blank nodes in the same shape."""
    result = loaded["store"].query(
        f'SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{DSR_GRAPHS}")) }}')
    back = ox.Dataset(ox.Quad(s, p, o, g) for g, s, p, o in result.rows)
    ours = ox.Dataset(kg.quads())
    assert len(back) == len(ours) > 7000
    assert sum(isinstance(q.subject, ox.BlankNode) for q in ours) > 0  # the ontology's lists and restrictions
    back.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    ours.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    assert set(back) == set(ours)


@pytest.mark.parametrize("name", _catalogue_params())
def test_catalogue_query_answers_as_on_the_embedded_engine(name, loaded, kg, virtuoso):
    entry = catalogue()[name]
    started = time.monotonic()
    embedded = kg.query(name)
    middle = time.monotonic()
    remote = loaded["store"].query(entry.text, entry.bindings() if entry.params else None)
    virtuoso.timings["catalogue embedded"] = virtuoso.timings.get("catalogue embedded", 0) + middle - started
    virtuoso.timings["catalogue remote"] = virtuoso.timings.get("catalogue remote", 0) + time.monotonic() - middle
    assert remote.form == embedded.form
    assert remote.variables == embedded.variables
    assert comparable(remote, entry.text) == comparable(embedded, entry.text), \
        _differences(embedded, remote, entry.text)


def test_the_expected_differences_name_catalogue_queries():
    assert set(EXPECTED_TO_DIFFER) <= set(catalogue()), "take renamed or removed queries off EXPECTED_TO_DIFFER"


PARAMETERS = [
    ("organisation-profile", {"org": "organisation:zte-corporation"}),
    ("government-structure", {"country": "country:KEN"}),
    ("country-timeline", {"country": "country:ETH"}),
    ("organisations-bridging-countries", {"min": "2"}),
    ("organisations-bridging-technology-families", {"min": "6"}),
    ("sources-of-a-statement", {"subject": "partnership:pak-2025-jwg-24mous", "property": "rdfs:label"}),
    ("co-partners", {"org": "organisation:zte-corporation"}),
    ("describe-partnership", {"partnership": "partnership:pak-ofc-phase1"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, values", PARAMETERS, ids=[p[0] for p in PARAMETERS])
def test_parameters_bound_remotely_give_the_local_answer(name, values, loaded, kg):
    entry = catalogue().get(name)
    if entry is None:
        pytest.skip(f"the catalogue has no query {name!r} any more")
    if name in EXPECTED_TO_DIFFER:
        pytest.skip(f"{name} is expected to differ: {EXPECTED_TO_DIFFER[name]}")
    bindings = entry.bindings(values)
    embedded = kg.query(name, values)
    remote = loaded["store"].query(entry.text, bindings)
    assert len(embedded) > 0
    assert comparable(remote, entry.text) == comparable(embedded, entry.text), \
        _differences(embedded, remote, entry.text)


@pytest.mark.slow
@pytest.mark.parametrize("value", [
    ox.Literal("Türkiye", language="en"),  # non-ASCII, language-tagged
    ox.Literal("2013", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")),
    ox.Literal('a "quoted"\nline \\ with ünïcode'),  # nothing matches; must not break the query
], ids=["language-tagged", "gYear", "escapes"])
def test_literal_parameters_are_bound_as_terms(value, loaded, kg):
    text = "SELECT ?s ?p WHERE { ?s ?p ?value }"
    embedded = kg.query(text, {"value": value})
    remote = loaded["store"].query(text, {"value": value})
    assert comparable(remote, text) == comparable(embedded, text)
    assert (len(embedded) > 0) == (value.value in ("Türkiye", "2013"))


@pytest.mark.slow
def test_cli_query_endpoint_prints_what_the_local_graph_gives(loaded, built, virtuoso, run):
    import json

    out, _ = built
    args = ["organisation-profile", "--param", "org=organisation:huawei-technologies", "--format", "json"]
    remote = run("query", "--endpoint", virtuoso.sparql, *args)
    local = run("query", "--graph", out / "dsr.trig", *args)
    assert remote.exit_code == 0, remote.output
    rows = lambda r: sorted(json.dumps(b, sort_keys=True) for b in json.loads(r.stdout)["results"]["bindings"])  # noqa: E731
    assert rows(remote) == rows(local) and len(rows(local)) > 5
    table = run("query", "--endpoint", virtuoso.sparql, "-e", "ASK { ?p a dsr:MoU }")
    assert table.exit_code == 0 and "true" in table.stdout
    turtle = run("query", "--endpoint", virtuoso.sparql, "describe-partnership")
    assert turtle.exit_code == 0 and "@prefix" in turtle.stdout


@pytest.mark.slow
def test_server_errors_are_reported_with_the_servers_message(loaded, virtuoso, run):
    result = run("query", "--endpoint", virtuoso.sparql, "-e", "SELECT * WHERE { ?s ?p ")
    assert result.exit_code == 2
    assert "HTTP 400" in result.output and "syntax error" in result.output
    # updates without credentials: Virtuoso refuses (HTTP 500 'SECURITY'); the message says what to do
    anonymous = RemoteStore(virtuoso.sparql)
    with pytest.raises(RemoteHTTPError, match=r"(?s)SECURITY.*--user and --password"):
        anonymous.push([ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"),
                                ox.NamedNode("urn:x:g"))])


@pytest.mark.slow
def test_push_twice_by_graph_store_or_update_leaves_the_same_counts(loaded, kg, virtuoso, built, run):
    ours = _local_counts(kg)
    gsp = RemoteStore(virtuoso.sparql, graph_store=virtuoso.graph_store_auth, user="dba", password="dba")
    started = time.monotonic()
    assert gsp.push(kg) == ours
    virtuoso.timings["push (Graph Store Protocol)"] = time.monotonic() - started
    assert gsp.push(kg) == ours
    remote = lambda: {g: n for g, n in _graph_counts(loaded["store"]).items() if g.startswith(DSR_GRAPHS)}  # noqa: E731
    assert remote() == ours  # blank nodes would have doubled the ontology graph had PUT not replaced it
    out, _ = built
    from click.testing import CliRunner

    from graph.cli import cli

    netrc = out.parent / "netrc"
    netrc.write_text("machine 127.0.0.1 login dba password dba\n")
    netrc.chmod(0o600)
    common = ["push", "--endpoint", virtuoso.sparql, "--update-endpoint", virtuoso.sparql_auth,
              "--graph", str(out / "dsr.trig"), "--batch", "500"]
    # the password never on the command line: from standard input, then from a netrc file
    for extra, stdin in ((["--user", "dba", "--password-stdin"], "dba\n"), (["--netrc", str(netrc)], None)):
        result = CliRunner().invoke(cli, common + extra, input=stdin)
        assert result.exit_code == 0, result.output
    assert f"Pushed {sum(ours.values())} statements in {len(ours)} graphs" in result.stdout
    assert "https://w3id.org/dsr/graph/ontology" in result.stdout
    assert remote() == ours


@pytest.mark.slow
def test_replace_empties_a_graph_and_append_adds_to_it(loaded, virtuoso):
    g = ox.NamedNode("urn:dsr-test:replace")
    quad = lambda i: ox.Quad(ox.NamedNode(f"urn:dsr-test:s{i}"), ox.NamedNode("urn:dsr-test:p"), ox.Literal(i), g)  # noqa: E731
    by_update = RemoteStore(virtuoso.sparql, update_endpoint=virtuoso.sparql_auth, user="dba", password="dba")
    by_gsp = RemoteStore(virtuoso.sparql, graph_store=virtuoso.graph_store_auth, user="dba", password="dba")
    for store in (by_update, by_gsp):
        store.push([quad(i) for i in range(5)])
        store.push([quad(i) for i in range(5, 8)], replace=False)
        assert _graph_counts(loaded["store"])[g.value] == 8
        store.push([quad(i) for i in range(2)], replace=True)
        assert _graph_counts(loaded["store"])[g.value] == 2
    by_update.update(f"DROP SILENT GRAPH <{g.value}>")


def test_iris_with_characters_beyond_ascii_go_and_come_back_unchanged(loaded, virtuoso):
    """Source pages have IRIs in any script (a Bengali news topic, a Chinese wiki title); both ways of
    pushing must store them as they are, and a query binding one must find it."""
    g = ox.NamedNode("urn:dsr-test:iris")
    iris = ["https://newscat.example/topic/বাংলাদেশ-টেলিযোগাযোগ", "https://zh.example/wiki/中国联通",
            "https://ar.example/اتصالات", "https://x.example/é/𝄞", "urn:dsr-test:naïve"]
    quads = [ox.Quad(ox.NamedNode(f"urn:dsr-test:s{i}"), ox.NamedNode("urn:dsr-test:p"), ox.NamedNode(iri), g)
             for i, iri in enumerate(iris)]
    by_update = RemoteStore(virtuoso.sparql, update_endpoint=virtuoso.sparql_auth, user="dba", password="dba")
    by_gsp = RemoteStore(virtuoso.sparql, graph_store=virtuoso.graph_store_auth, user="dba", password="dba")
    for store in (by_update, by_gsp):
        by_update.update(f"DROP SILENT GRAPH <{g.value}>")
        store.push(quads)
        back = loaded["store"].query("SELECT ?o WHERE { GRAPH <urn:dsr-test:iris> { ?s ?p ?o } }")
        assert sorted(o.value for (o,) in back.rows) == sorted(iris)
        for i, iri in enumerate(iris):
            found = loaded["store"].query("SELECT ?s WHERE { GRAPH <urn:dsr-test:iris> { ?s ?p ?o } }",
                                          {"o": ox.NamedNode(iri)})
            assert [s.value for (s,) in found.rows] == [f"urn:dsr-test:s{i}"]
    by_update.update(f"DROP SILENT GRAPH <{g.value}>")


# ------------------------------------------------------------------ without Virtuoso

class _Recorder:
    """A tiny HTTP server on 127.0.0.1 that records requests and answers as told (or never)."""

    def __init__(self, respond=True, status=200, body=b"", content_type="application/sparql-results+json",
                 headers: str = ""):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.requests: list[bytes] = []
        self.respond, self.status, self.body, self.content_type = respond, status, body, content_type
        self.headers = headers
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        data += conn.recv(65536)
                    head, _, body = data.partition(b"\r\n\r\n")
                    length = int(re.search(rb"(?i)content-length:\s*(\d+)", head)[1]) if b"ength:" in head else 0
                    while len(body) < length:
                        body += conn.recv(65536)
                    self.requests.append(head + b"\r\n\r\n" + body)
                    if not self.respond:
                        time.sleep(30)
                        continue
                    conn.sendall(b"HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n%sConnection: close\r\n\r\n%s"
                                 % (self.status, self.content_type.encode(), len(self.body), self.headers.encode(),
                                    self.body))
                except OSError:
                    pass

    def close(self):
        self.sock.close()


@pytest.fixture
def recorder():
    servers = []

    def make(**kw):
        servers.append(_Recorder(**kw))
        return servers[-1]
    yield make
    for s in servers:
        s.close()


def test_service_and_updates_are_refused_before_anything_is_sent(recorder, run):
    server = recorder()
    store = RemoteStore(server.url)
    with pytest.raises(Forbidden, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(Forbidden, match="INSERT"):
        store.query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    result = run("query", "--endpoint", server.url, "-e", "SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }")
    assert result.exit_code == 2 and "SERVICE is not allowed" in result.output
    time.sleep(0.2)
    assert server.requests == []


def test_an_unreachable_or_malformed_endpoint_is_a_clear_error_with_exit_2(run):
    port = _free_port()  # nothing listens there
    with pytest.raises(EndpointUnreachable, match="cannot connect"):
        RemoteStore(f"http://127.0.0.1:{port}/sparql").query("ASK {}")
    result = run("query", "--endpoint", f"http://127.0.0.1:{port}/sparql", "-e", "ASK {}")
    assert result.exit_code == 2 and "cannot connect" in result.output and "Traceback" not in result.output
    for bad in ("localhost:8890/sparql", "ftp://127.0.0.1/sparql", "not a url"):
        with pytest.raises(BadEndpoint, match="http:// or https://"):
            RemoteStore(bad)
        result = run("push", "--endpoint", bad)
        assert result.exit_code == 2 and "is not an http:// or https:// URL" in result.output


def test_a_silent_server_times_out_instead_of_hanging(recorder, run):
    server = recorder(respond=False)
    started = time.monotonic()
    with pytest.raises(RemoteTimeout, match="within 0.5 s") as caught:
        RemoteStore(server.url).query("ASK {}", timeout=0.5)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, QueryTimeout) and caught.value.exit_code == 2
    result = run("query", "--endpoint", server.url, "-e", "ASK {}", "--timeout", "0.5")
    assert result.exit_code == 2 and "did not answer within" in result.output
    with pytest.raises(RemoteTimeout, match="sent nothing for 0.5 s"):
        RemoteStore(server.url, socket_timeout=0.5).query("ASK {}")


def test_http_errors_carry_the_servers_message(recorder):
    server = recorder(status=400, body=b"Parse error: unexpected <EOF> at line 1", content_type="text/plain")
    with pytest.raises(RemoteHTTPError, match=r"HTTP 400 .*Parse error: unexpected <EOF> at line 1") as caught:
        RemoteStore(server.url).query("ASK {}")
    assert caught.value.status == 400 and caught.value.exit_code == 2


def test_the_request_is_a_protocol_post_with_prefixes_and_values(recorder):
    body = b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}'
    server = recorder(body=body)
    RemoteStore(server.url).query("SELECT ?x WHERE { ?x dsr:party ?org }",
                                  {"org": term_from_text("organisation:zte-corporation", "iri")})
    (request,) = server.requests
    head, _, form = request.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /sparql ") and b"application/x-www-form-urlencoded" in head
    assert b"application/sparql-results+json" in head
    text = urllib.parse.parse_qs(form.decode())["query"][0]
    assert text.startswith("PREFIX dsr: <https://w3id.org/dsr/ontology#>")
    assert "WHERE { VALUES ?org { <https://w3id.org/dsr/id/org/zte-corporation> }  ?x dsr:party ?org }" in text


def test_push_by_graph_store_puts_each_graph_as_n_triples(recorder):
    server = recorder(status=201, body=b"")
    g1, g2 = ox.NamedNode("urn:g:one"), ox.NamedNode("http://example.org/g?two")
    b = ox.BlankNode("x")
    quads = [ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), b, g1),
             ox.Quad(b, ox.NamedNode("urn:p"), ox.Literal("Türkiye", language="en"), g1),
             ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("1.50", datatype=ox.NamedNode(
                 "http://www.w3.org/2001/XMLSchema#decimal")), g2)]
    counts = RemoteStore(server.url, graph_store=server.url.replace("/sparql", "/gsp")).push(quads)
    assert counts == {"urn:g:one": 2, "http://example.org/g?two": 1}
    heads = [r.partition(b"\r\n\r\n")[0].split(b"\r\n")[0] for r in server.requests]
    assert heads == [b"PUT /gsp?graph=http%3A%2F%2Fexample.org%2Fg%3Ftwo HTTP/1.1", b"PUT /gsp?graph=urn%3Ag%3Aone HTTP/1.1"]
    first = server.requests[1].partition(b"\r\n\r\n")[2].decode("ascii")
    assert first == '<urn:s> <urn:p> _:b0 .\n_:b0 <urn:p> "T\\u00FCrkiye"@en .\n'
    RemoteStore(server.url, graph_store=server.url.replace("/sparql", "/gsp")).push(quads[2:], replace=False)
    assert server.requests[-1].startswith(b"POST /gsp?graph=")


def test_push_by_update_keeps_blank_node_groups_in_one_request(recorder):
    server = recorder(body=b"ok", content_type="text/plain")
    g = ox.NamedNode("urn:g")
    p = ox.NamedNode("urn:p")
    chain = [ox.BlankNode(f"n{i}") for i in range(6)]
    quads = [ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(str(i)), g) for i in range(5)]
    quads += [ox.Quad(chain[i], p, chain[i + 1], g) for i in range(5)]  # one group of 5 across batches of 3
    counts = RemoteStore(server.url).push(quads, batch=3)
    assert counts == {"urn:g": 10}
    forms = [urllib.parse.parse_qs(r.partition(b"\r\n\r\n")[2].decode())["update"][0] for r in server.requests]
    assert forms[0] == "DROP SILENT GRAPH <urn:g>"
    inserts = forms[1:]
    assert sum(f.count(" .") for f in inserts) == 10
    with_blank = [f for f in inserts if "_:" in f]
    assert len(with_blank) == 1 and with_blank[0].count("_:") == 10  # the whole chain, in one request
    assert with_blank[0].startswith("INSERT {") and with_blank[0].endswith("WHERE {}")  # Virtuoso refuses _: in INSERT DATA
    assert all(f.startswith("INSERT DATA {") for f in inserts if "_:" not in f)


def test_batches_never_split_a_blank_node_group():
    p = ox.NamedNode("urn:p")
    a, b, c = ox.BlankNode("a"), ox.BlankNode("b"), ox.BlankNode("c")
    quads = [ox.Quad(ox.NamedNode("urn:s1"), p, a), ox.Quad(ox.NamedNode("urn:s2"), p, ox.Literal("x")),
             ox.Quad(a, p, b), ox.Quad(c, p, ox.Literal("y")), ox.Quad(b, p, ox.Literal("z"))]
    batches = _batches(quads, 2)
    assert sorted(len(x) for x in batches) == [2, 3]  # the group of three goes whole, past the size
    assert any(set(x) == {quads[0], quads[2], quads[4]} for x in batches)


def test_parameters_go_to_the_head_of_the_where_group():
    org = {"org": ox.NamedNode("urn:o")}
    assert bind_parameters("SELECT ?x WHERE { ?x ?p ?org } ORDER BY ?x", org) == \
        "SELECT ?x WHERE { VALUES ?org { <urn:o> }  ?x ?p ?org } ORDER BY ?x"
    # the CONSTRUCT template is not the WHERE group, with or without the WHERE keyword
    assert bind_parameters("CONSTRUCT { ?org ?p ?o } WHERE { ?org ?p ?o }", org) == \
        "CONSTRUCT { ?org ?p ?o } WHERE { VALUES ?org { <urn:o> }  ?org ?p ?o }"
    assert bind_parameters("CONSTRUCT { ?org ?p ?o } { ?org ?p ?o }", org) == \
        "CONSTRUCT { ?org ?p ?o } { VALUES ?org { <urn:o> }  ?org ?p ?o }"
    # braces in strings, IRIs and comments do not count; a bare sub-SELECT is wrapped
    assert bind_parameters('SELECT * # { not here\nWHERE { ?s ?p "}" }', org).endswith(
        'WHERE { VALUES ?org { <urn:o> }  ?s ?p "}" }')
    assert bind_parameters("SELECT * { SELECT ?org WHERE { ?org ?p ?o } }", org) == \
        "SELECT * { VALUES ?org { <urn:o> } { SELECT ?org WHERE { ?org ?p ?o } } }"
    # no group to join: a trailing VALUES clause
    assert bind_parameters("DESCRIBE ?org", org) == "DESCRIBE ?org\nVALUES (?org) { (<urn:o>) }\n"
    assert bind_parameters("CONSTRUCT WHERE { ?org ?p ?o }", org).endswith("VALUES (?org) { (<urn:o>) }\n")


def test_values_are_written_as_terms_never_as_text():
    block = values_block({"s": ox.Literal('say "hi"\nnow \\ ok'), "n": ox.Literal("4", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), "l": ox.Literal("x", language="en")})
    assert block == ('VALUES ?s { "say \\"hi\\"\\nnow \\\\ ok" } '
                     'VALUES ?n { "4"^^<http://www.w3.org/2001/XMLSchema#integer> } VALUES ?l { "x"@en }')
    with pytest.raises(BadParameter, match="blank node"):  # it would mean nothing in another store
        values_block({"b": ox.BlankNode("b")})


def test_sparql_json_is_read_with_types_languages_and_blank_nodes():
    doc = b"""{"head": {"vars": ["a", "b", "c", "d", "e"]}, "results": {"bindings": [
      {"a": {"type": "uri", "value": "urn:x"}, "b": {"type": "typed-literal", "value": "1",
       "datatype": "http://www.w3.org/2001/XMLSchema#boolean"},
       "c": {"type": "literal", "value": "T\\u00fcrkiye", "xml:lang": "en"},
       "d": {"type": "bnode", "value": "nodeID://b10042"}},
      {"e": {"type": "literal", "value": "2013", "datatype": "http://www.w3.org/2001/XMLSchema#gYear"}}]}}"""
    result = parse_json_results(doc)
    assert result.variables == ["a", "b", "c", "d", "e"]
    first, second = result.rows
    assert first[0] == ox.NamedNode("urn:x")
    assert first[1] == ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    assert first[2] == ox.Literal("Türkiye", language="en")
    assert isinstance(first[3], ox.BlankNode) and first[4] is None
    assert second[:4] == (None, None, None, None)
    assert second[4] == ox.Literal("2013", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    assert parse_json_results(b'{"head": {}, "boolean": true}').boolean is True


def test_a_cut_short_answer_is_an_error(recorder):
    body = b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}'
    server = recorder(body=body, headers="X-SPARQL-MaxRows: 10000\r\n")
    with pytest.raises(RemoteError, match="ResultSetMaxRows"):
        RemoteStore(server.url).query("SELECT ?x WHERE { ?x ?p ?o }")


@pytest.mark.parametrize("ci", ["1", ""], ids=["in CI: fail", "elsewhere: skip"])
def test_without_virtuoso_the_remote_tests_skip_or_fail_and_say_how_to_install_it(tmp_path, ci):
    """A machine without virtuoso-t skips these tests with the reason; CI, which installs it, fails."""
    import sys

    env = dict(os.environ, PATH=str(tmp_path), DSR_CI=ci)  # no virtuoso-t on this PATH
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", f"{__file__}::test_push_keeps_every_named_graph_with_its_statements",
         "-p", "no:cacheprovider", "-q", "--no-header", "-rs", "-n", "0"],  # one test: no workers
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == (1 if ci else 0), proc.stdout
    assert ("1 error" if ci else "1 skipped") in proc.stdout
    assert "virtuoso-t is not installed" in proc.stdout and "apt-get install virtuoso-opensource" in proc.stdout


def _non_loopback_address() -> str | None:
    """An address of this machine that is not a loopback one (to stand for another host), if any."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 9))  # no packet is sent: this only picks the outgoing interface
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


def test_basic_credentials_are_not_sent_over_plain_http_to_another_host(tmp_path):
    import http.server

    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no address other than loopback to stand for another host")
    seen = []

    class Asks(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            seen.append(self.headers.get("Authorization"))
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer((address, 0), Asks)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://{address}:{server.server_address[1]}/sparql"
    try:
        with pytest.raises(BadEndpoint, match="Basic authentication over plain http"):
            RemoteStore(url, user="u", password="secret").query("ASK { ?s ?p ?o }")
        assert not any(seen[1:]), "no Authorization header was sent"
        # with --insecure the user accepts the risk: the credentials go
        with pytest.raises(RemoteError):
            RemoteStore(url, user="u", password="secret", insecure=True).query("ASK { ?s ?p ?o }")
        assert any(h and h.startswith("Basic ") for h in seen)
    finally:
        server.shutdown()
        server.server_close()


def test_the_password_never_goes_on_the_command_line(run, monkeypatch, tmp_path):
    result = run("push", "--endpoint", "http://127.0.0.1:9/sparql", "--user", "u", "--password", "secret")
    assert result.exit_code == 2 and "No such option" in result.output
    monkeypatch.delenv("DSR_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc to fall back on
    result = run("push", "--endpoint", "http://127.0.0.1:9/sparql", "--user", "u")
    assert result.exit_code == 2 and "DSR_PASSWORD" in result.output and "--netrc" in result.output
    netrc = tmp_path / "other-netrc"
    netrc.write_text("machine example.org login u password p\n")
    result = run("push", "--endpoint", "http://127.0.0.1:9/sparql", "--netrc", netrc)
    assert result.exit_code == 2 and "no entry for 127.0.0.1" in result.output


def test_a_body_goes_out_once_already_answering_the_digest_challenge():
    """A server that asks for digest authentication and answers an unauthenticated request with 401
    before reading its body (as Virtuoso's -auth URLs may, breaking the pipe of a large push): each
    graph's body is sent once, with its Authorization header; the challenge is fetched by a bodiless
    GET, once for the URL."""
    import hashlib
    import http.server

    realm, nonce = "store", "abc123"
    seen: list[tuple[str, str | None, int]] = []

    class Digest(http.server.BaseHTTPRequestHandler):
        def _ask(self):
            self.send_response(401)
            self.send_header("WWW-Authenticate", f'Digest realm="{realm}", nonce="{nonce}", qop="auth"')
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True

        def do_GET(self):
            seen.append(("GET", self.headers.get("Authorization"), 0))
            self._ask()

        def do_PUT(self):
            auth = self.headers.get("Authorization")
            if not auth:
                seen.append(("PUT", None, 0))
                return self._ask()  # the body is left unread
            fields = dict(re.findall(r'(\w+)="?([^",]+)"?', auth[len("Digest "):]))
            ha1 = hashlib.md5(f"u:{realm}:secret".encode()).hexdigest()
            ha2 = hashlib.md5(f"PUT:{fields['uri']}".encode()).hexdigest()
            expected = hashlib.md5(f"{ha1}:{nonce}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}".encode()).hexdigest()
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            seen.append(("PUT", fields["response"] == expected and fields["nc"], len(body)))
            self.send_response(201 if fields["response"] == expected else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Digest)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/crud-auth"
    try:
        store = RemoteStore(url, graph_store=url, user="u", password="secret")
        quads = [ox.Quad(ox.NamedNode(f"https://example.org/s{i}"), ox.NamedNode("https://example.org/p"),
                         ox.Literal("x" * 200), ox.NamedNode(f"https://example.org/g{i % 2}")) for i in range(50)]
        assert store.push(quads) == {"https://example.org/g0": 25, "https://example.org/g1": 25}
    finally:
        server.shutdown()
    gets = [s for s in seen if s[0] == "GET"]
    puts = [s for s in seen if s[0] == "PUT"]
    assert len(gets) == 1 and gets[0][1] is None
    assert [nc for _, nc, size in puts] == ["00000001", "00000002"] and all(size > 5000 for *_, size in puts)
