"""Queries written to make the engine fetch a URL, change the graph or crash: each is refused, and a
local listener standing for an internal service sees no connection — through `kg.query`, through
`dsr query -e` and through the HTTP endpoint."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from click.testing import CliRunner

import graph
from graph.cli import cli
from graph.errors import Forbidden, QueryError, QuerySyntaxError, QueryTooComplex
from graph.server import make_server
from graph.server.pool import WorkerPool


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


@pytest.fixture(scope="module")
def listener():
    probe = Listener()
    socket.create_connection(("127.0.0.1", probe.port), timeout=5).close()
    time.sleep(0.1)
    assert probe.connections == 1, "the listener counts connections (positive control)"
    probe.connections = 0
    yield probe
    probe.sock.close()


def service_variants(url: str) -> dict[str, str]:
    iri = f"<{url}>"
    host, rest = url.split("//", 1)[1].split("/", 1)
    body = "{ ?s ?p ?o }"
    return {
        "plain": f"SELECT * WHERE {{ SERVICE {iri} {body} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT {iri} {body} }}",
        "lower case": f"select * where {{ service silent {iri} {body} }}",
        "mixed case": f"SeLeCt * WhErE {{ sErViCe SiLeNt {iri} {body} }}",
        "comment ended by CR": f"SELECT * WHERE {{ # x\rSERVICE SILENT {iri} {body} }}",
        "comment ended by CR LF": f"SELECT * WHERE {{ # x\r\nSERVICE SILENT {iri} {body} }}",
        "comment with form feed and vertical tab": f"SELECT * WHERE {{ # x\f\v\rSERVICE {iri} {body} }}",
        "comments between every token": f"SELECT#a\r*#b\rWHERE#c\r{{#d\rSERVICE#e\rSILENT#f\r{iri}#g\r{body}#h\r}}",
        "tabs and CRs as spaces": f"SELECT\t*\rWHERE\t{{\rSERVICE\tSILENT\r{iri}\t{body}\r}}",
        "no spaces at all": f"SELECT*WHERE{{SERVICE{iri}{{?s ?p ?o}}}}",
        "in OPTIONAL": f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE SILENT {iri} {body} }} }}",
        "in MINUS": f"SELECT * WHERE {{ ?a ?b ?c MINUS {{ SERVICE SILENT {iri} {body} }} }}",
        "in UNION": f"SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ SERVICE SILENT {iri} {body} }} }}",
        "in GRAPH": f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE SILENT {iri} {body} }} }}",
        "in FILTER EXISTS": f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE SILENT {iri} {body} }} }}",
        "in FILTER NOT EXISTS": f"SELECT * WHERE {{ ?a ?b ?c FILTER NOT EXISTS {{ SERVICE SILENT {iri} {body} }} }}",
        "in BIND(EXISTS)": f"SELECT * WHERE {{ BIND(EXISTS {{ SERVICE SILENT {iri} {body} }} AS ?x) }}",
        "in a sub-query": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE SILENT {iri} {body} }} }} }}",
        "deep in groups": "SELECT * WHERE " + "{ " * 20 + f"SERVICE SILENT {iri} {body}" + " }" * 20,
        "ASK": f"ASK {{ SERVICE SILENT {iri} {body} }}",
        "CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE SILENT {iri} {body} }}",
        "DESCRIBE": f"DESCRIBE ?s WHERE {{ SERVICE SILENT {iri} {body} }}",
        "HAVING EXISTS": f"SELECT ?s WHERE {{ ?s ?p ?o }} GROUP BY ?s HAVING (EXISTS {{ SERVICE {iri} {body} }})",
        "a variable bound by BIND": f"SELECT * WHERE {{ BIND({iri} AS ?svc) SERVICE SILENT ?svc {body} }}",
        "a variable bound by VALUES": f"SELECT * WHERE {{ VALUES ?svc {{ {iri} }} SERVICE SILENT ?svc {body} }}",
        "a prefixed name": f"PREFIX x: <http://{host}/> SELECT * WHERE {{ SERVICE SILENT x:{rest} {body} }}",
        "a relative IRI and BASE": f"BASE <http://{host}/> SELECT * WHERE {{ SERVICE SILENT <{rest}> {body} }}",
        "escapes in the IRI": "SELECT * WHERE { SERVICE SILENT <http\\u003A//" + host + "/" + rest + "> " + body + " }",
        "after a string holding a brace": f'SELECT * WHERE {{ BIND("}}" AS ?x) SERVICE SILENT {iri} {body} }}',
        "after a long string": f"SELECT * WHERE {{ BIND('''a\nb'' ''' AS ?x) SERVICE SILENT {iri} {body} }}",
        "after an escaped quote": f'SELECT * WHERE {{ BIND("a\\"b" AS ?x) SERVICE SILENT {iri} {body} }}',
        "escaped keyword": "SELECT * WHERE { \\u0053ERVICE SILENT " + iri + " " + body + " }",
        "keyword split by a comment": f"SELECT * WHERE {{ SERV#\rICE SILENT {iri} {body} }}",
        "with a trailing VALUES": f"SELECT * WHERE {{ SERVICE SILENT {iri} {body} }} VALUES ?s {{ <urn:x> }}",
    }


REFUSED = (Forbidden, QuerySyntaxError)


def _variant_ids(url="http://127.0.0.1:1/sparql"):
    return sorted(service_variants(url))


@pytest.mark.parametrize("name", _variant_ids())
def test_no_service_variant_reaches_the_network_through_kg_query(kg, listener, name):
    text = service_variants(listener.url)[name]
    with pytest.raises(REFUSED):
        kg.query(text)
    with pytest.raises(REFUSED):
        kg.query(text, timeout=5)  # the child-process path as well
    time.sleep(0.05)
    assert listener.connections == 0


def test_no_service_variant_reaches_the_network_through_dsr_query(built, listener):
    out, _ = built
    for name, text in service_variants(listener.url).items():
        result = CliRunner().invoke(cli, ["query", "-e", text, "--graph", str(out / "dsr.trig")])
        assert result.exit_code == 2, (name, result.output)
        assert "SERVICE is not allowed" in result.output or "syntax error" in result.output, (name, result.output)
    time.sleep(0.1)
    assert listener.connections == 0


def test_dsr_query_refuses_a_query_before_reading_the_graph(tmp_path):
    """A refused or malformed query is answered at once: the graph (here a file that is no RDF at all)
    is not read for a query that will not run."""
    broken = tmp_path / "broken.trig"
    broken.write_text("this is not TriG {", encoding="utf-8")
    for text, said in (("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "SERVICE is not allowed"),
                       ("SELECT * WHERE { ?s ?p }", "syntax error"),
                       ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SPARQL Update (INSERT) is not allowed")):
        result = CliRunner().invoke(cli, ["query", "-e", text, "--graph", str(broken)])
        assert result.exit_code == 2 and said in result.output and "broken.trig" not in result.output, result.output
    result = CliRunner().invoke(cli, ["query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(broken)])
    assert result.exit_code != 0 and "broken.trig" in result.output, result.output  # a query that runs reads it


@pytest.fixture(scope="module")
def endpoint(kg):
    import http.client
    import urllib.parse

    # a generous time limit: these tests are about what is refused, not how fast, and checking a
    # 20,000-operand query takes a worker ~0.3 s of CPU — past the pool's 0.1 s it runs at the lowest
    # priority, which on a busy machine (the other test worker's builds) can take many seconds
    server = make_server(kg, "127.0.0.1", 0, timeout=60, log_requests=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def request(method, text, field="query"):
        conn = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
        try:
            if method == "GET":
                conn.request("GET", "/sparql?" + urllib.parse.urlencode({field: text}))
            else:
                conn.request("POST", "/sparql", body=urllib.parse.urlencode({field: text}),
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
            resp = conn.getresponse()
            return resp.status, resp.read().decode("utf-8", "replace")
        finally:
            conn.close()

    request.server = server
    yield request
    server.shutdown()
    server.server_close()


def test_no_service_variant_reaches_the_network_through_the_endpoint(endpoint, listener):
    for name, text in service_variants(listener.url).items():
        for method in ("GET", "POST"):
            status, body = endpoint(method, text)
            assert status in (400, 403), (name, method, status, body)
    for text in (f"LOAD <{listener.url}>", f"LOAD SILENT <{listener.url}> INTO GRAPH <urn:g>",
                 "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR ALL", f"# x\rLOAD <{listener.url}>"):
        assert endpoint("GET", text)[0] in (400, 403), text
        assert endpoint("POST", text, field="update")[0] == 403, text
    time.sleep(0.1)
    assert listener.connections == 0
    assert endpoint("GET", "ASK { ?s ?p ?o }") == (200, json.dumps({"head": {}, "boolean": True}))


def test_query_workers_cannot_open_connections_where_the_kernel_allows_it(listener):
    def connect(port):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            return "connected"
        except OSError as exc:
            return type(exc).__name__

    pool = WorkerPool(connect, 1)
    try:
        if not pool.stats.isolated:
            pytest.skip("this kernel does not let an unprivileged process have a network namespace of its own; "
                        "the parser is then the only wall")
        assert pool.run((listener.port,), 10) != "connected"
    finally:
        pool.close()
    assert listener.connections == 0


@pytest.mark.parametrize("text, error", [
    ("SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000, "nests deeper"),
    ("SELECT * WHERE { ?s ?p ?o " + "FILTER EXISTS { " * 1000 + "?s ?p ?o" + " }" * 1000 + " }", "nests deeper"),
    ("SELECT (" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) WHERE {}", "nests deeper"),
    ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20000) + " }", "chains more"),
    ("SELECT (" + "+".join(["1"] * 20000) + " AS ?x) WHERE {}", "chains more"),
    ("SELECT * WHERE { ?s ?p ?o FILTER(" + " && ".join(["true"] * 20000) + ") }", "chains more"),
    ("SELECT * WHERE { ?s " + "/".join(["<urn:p>"] * 5000) + " ?o }", "chains more"),
])
def test_queries_that_would_crash_the_engine_are_refused_before_it_sees_them(kg, endpoint, text, error):
    # each of these crashed the process natively (a stack overflow in the engine) before the limits
    with pytest.raises(QueryTooComplex, match=error):
        kg.query(text)
    status, body = endpoint("POST", text)
    assert status == 400 and error in body
    assert endpoint("GET", "ASK { ?s ?p ?o }")[0] == 200  # and the server is still there


def test_a_query_that_exhausts_memory_ends_in_its_worker(kg):
    import http.client
    import urllib.parse

    server = make_server(kg, "127.0.0.1", 0, timeout=30, max_memory=128 << 20, log_requests=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        conn = http.client.HTTPConnection(*server.server_address[:2], timeout=60)
        # a sorted cross product: materialised before the first row, billions of rows
        conn.request("GET", "/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d"}))
        resp = conn.getresponse()
        assert resp.status == 500 and b"memory" in resp.read()
        conn.close()
        assert server.pool.stats.died == 1
        conn = http.client.HTTPConnection(*server.server_address[:2], timeout=60)
        conn.request("GET", "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
        assert conn.getresponse().status == 200
    finally:
        server.shutdown()
        server.server_close()
    with pytest.raises(QueryError, match="memory"):
        kg.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d", max_memory=128 << 20)
