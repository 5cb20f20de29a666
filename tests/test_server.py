"""`dsr serve`: the SPARQL 1.1 Protocol endpoint, its limits, its service description and its query page.

A real server runs on 127.0.0.1 (a free port) in a background thread, on the graph the session
built; SPARQLWrapper, http.client and raw sockets talk to it, and independent parsers (rdflib's
result and RDF parsers, xml.etree, csv, html.parser) read what it answers.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import socket
import threading
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pytest
import rdflib
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper

from graph.cli import cli
from graph.store.queries import CatalogueQuery, Param, catalogue
from graph.server import editor_text, make_server, negotiate, render_index
from graph.store import to_rdflib_term

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
XSD_STRING = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#string")

SELECT = """
SELECT ?p ?label ?date ?length WHERE {
  VALUES ?k { 1 2 }
  ?p a/rdfs:subClassOf* dsr:Partnership ; rdfs:label ?label .
  OPTIONAL { ?p dsr:date ?date }
  BIND (IF(?k = 1, STRLEN(?label), ?unbound) AS ?length)
} ORDER BY ?p ?label ?date ?k LIMIT 60
"""
CONSTRUCT = """
CONSTRUCT { ?p rdfs:label ?label ; dsr:date ?date }
WHERE { ?p a/rdfs:subClassOf* dsr:Partnership ; rdfs:label ?label . OPTIONAL { ?p dsr:date ?date } }
"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


# --------------------------------------------------------------------------------- fixtures

class Running:
    """A server serving in a background thread, with small helpers to talk to it."""

    def __init__(self, server):
        self.server = server
        self.thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        self.host, self.port = server.server_address[:2]
        self.url = server.url
        self.endpoint = server.url + "sparql"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def request(self, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None,
                timeout: float = 30):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()

    def get(self, query: str, headers: dict | None = None, **params):
        return self.request("GET", "/sparql?" + urlencode({"query": query, **params}), headers=headers)

    def raw(self, data: bytes, timeout: float = 10) -> bytes:
        """Send raw bytes and return the status line of the answer."""
        with socket.create_connection((self.host, self.port), timeout=timeout) as sock:
            sock.sendall(data)
            answer = b""
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        return answer.split(b"\r\n")[0]


@pytest.fixture(scope="module")
def srv(built, tmp_path_factory):
    """The server as `dsr serve` starts it by default (30 s timeout, no CORS), on a copy of the
    built graph in a folder of its own: no maps beside it (the build's own folder has them)."""
    import shutil

    import graph

    out, _ = built
    alone = tmp_path_factory.mktemp("alone") / "dsr.trig"
    shutil.copy(out / "dsr.trig", alone)
    running = Running(make_server(graph.load(alone), "127.0.0.1", 0, log_requests=False))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def tight(kg, tmp_path_factory):
    """A server with small limits, one CORS origin and a maps folder (with a secret file beside it)."""
    root = tmp_path_factory.mktemp("served")
    maps = root / "maps"
    (maps / "sub").mkdir(parents=True)
    (maps / "index.html").write_text("<!DOCTYPE html><title>maps</title>", encoding="utf-8")
    (maps / "sub" / "a.json").write_text('{"a": 1}', encoding="utf-8")
    (maps / ".hidden").write_text("hidden", encoding="utf-8")
    (root / "secret.txt").write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    (maps / "link.txt").symlink_to(root / "secret.txt")
    running = Running(make_server(kg, "127.0.0.1", 0, timeout=2.0, cors=["https://example.org/"], max_rows=50,
                                  max_request_bytes=10_000, maps_dir=maps, log_requests=False))
    yield running
    running.stop()


def norm(term):
    """An rdflib term as the result formats carry it (xsd:string literals are simple literals)."""
    if isinstance(term, rdflib.Literal) and term.datatype == XSD_STRING:
        return rdflib.Literal(str(term))
    return term


def expected_rows(kg, query):
    result = kg.query(query)
    return result.variables, [tuple(None if t is None else norm(to_rdflib_term(t)) for t in row) for row in result.rows]


def parsed_rows(data: bytes, fmt: str):
    result = Result.parse(io.BytesIO(data), format=fmt)
    return [tuple(None if t is None else norm(t) for t in row) for row in result]


# --------------------------------------------------------------------------------- answers and formats

def test_select_answers_equal_the_library_in_every_result_format(srv, kg):
    variables, rows = expected_rows(kg, SELECT)
    assert len(rows) == 60 and any(r[3] is None for r in rows) and any(r[3] is not None for r in rows)

    client = SPARQLWrapper(srv.endpoint)
    client.setQuery(SELECT)
    client.setReturnFormat(JSON)
    doc = client.query().convert()  # SPARQLWrapper's own JSON converter
    assert doc["head"]["vars"] == variables
    assert [b["label"]["value"] for b in doc["results"]["bindings"]] == [str(r[1]) for r in rows]
    assert [b["p"]["type"] for b in doc["results"]["bindings"]] == ["uri"] * 60

    for fmt, name in ((JSON, "json"), (XML, "xml"), (TSV, "tsv")):
        client.setReturnFormat(fmt)
        response = client.query().response
        assert parsed_rows(response.read(), name) == rows, name

    client.setReturnFormat(XML)
    raw = client.query().response.read()
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    tree = ET.fromstring(raw)
    assert [v.get("name") for v in tree.findall("r:head/r:variable", ns)] == variables
    assert len(tree.findall("r:results/r:result", ns)) == 60

    client.setReturnFormat(CSV)
    client.setMethod(POST)  # SPARQLWrapper's POST is the protocol's form POST
    text = client.query().convert().decode("utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == variables
    assert table[1:] == [["" if t is None else str(t) for t in r] for r in rows]


def test_ask_and_construct(srv, kg):
    client = SPARQLWrapper(srv.endpoint)
    client.setReturnFormat(JSON)
    client.setQuery("ASK { ?p a dsr:MoU }")
    assert client.query().convert()["boolean"] is True
    client.setQuery("ASK { ?p a dsr:NoSuchClass }")
    assert client.query().convert()["boolean"] is False

    expected = {tuple(norm(to_rdflib_term(x)) for x in (t.subject, t.predicate, t.object))
                for t in kg.query(CONSTRUCT).triples}
    assert len(expected) > 100
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    g = rdflib.Graph().parse(data=turtle, format="turtle")
    assert {tuple(norm(x) for x in t) for t in g} == expected

    client.setReturnFormat(JSONLD)
    g = client.query().convert()  # SPARQLWrapper parses JSON-LD into an rdflib graph
    assert {tuple(norm(x) for x in t) for t in g} == expected

    status, headers, body = srv.get(CONSTRUCT, {"Accept": "application/n-triples"})
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert {tuple(norm(x) for x in t) for t in rdflib.Graph().parse(data=body, format="nt")} == expected

    status, headers, body = srv.get(CONSTRUCT, {"Accept": "application/rdf+xml"})
    assert status == 200 and headers["content-type"] == "application/rdf+xml"
    assert {tuple(norm(x) for x in t) for t in rdflib.Graph().parse(data=body, format="xml")} == expected

    status, headers, body = srv.get("DESCRIBE partnership:pak-2025-jwg-24mous")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=body, format="turtle")) > 3


def test_the_three_ways_to_send_a_query_give_the_same_answer(srv):
    query = "SELECT ?p WHERE { ?p a dsr:MoU } ORDER BY ?p LIMIT 5"
    accept = {"Accept": "application/sparql-results+json"}
    by_get = srv.get(query, accept)
    by_form = srv.request("POST", "/sparql", urlencode({"query": query}),
                          {**accept, "Content-Type": "application/x-www-form-urlencoded"})
    by_body = srv.request("POST", "/sparql", query.encode("utf-8"),
                          {**accept, "Content-Type": "application/sparql-query; charset=utf-8"})
    assert by_get[0] == by_form[0] == by_body[0] == 200
    assert by_get[2] == by_form[2] == by_body[2]
    assert len(json.loads(by_get[2])["results"]["bindings"]) == 5


def test_from_names_the_dataset_instead_of_the_union(srv, kg):
    seed = "https://w3id.org/dsr/id/source/seed-article"
    in_graph = kg.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{seed}> {{ ?s ?p ?o }} }}").values()[0][0]
    status, _, body = srv.get(f"SELECT (COUNT(*) AS ?n) FROM <{seed}> WHERE {{ ?s ?p ?o }}")
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == in_graph < len(kg)


def test_the_default_graph_counts_a_statement_two_sources_make_once(srv, kg):
    status, _, body = srv.get("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(kg) < kg.quad_count


def test_content_negotiation(srv):
    q = "SELECT ?p WHERE { ?p a dsr:MoU } LIMIT 2"
    cases = {
        None: "application/sparql-results+json",
        "*/*": "application/sparql-results+json",
        "text/csv;q=0.5, application/sparql-results+xml;q=0.9": "application/sparql-results+xml",
        "text/csv, */*;q=0.1": "text/csv",
        "text/*;q=0.3, text/tab-separated-values;q=0.2": "text/csv",
        "application/json": "application/json",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": "application/xml",
    }
    for accept, media in cases.items():
        status, headers, _ = srv.get(q, {"Accept": accept} if accept else {})
        assert status == 200 and headers["content-type"].split(";")[0] == media, accept
    for accept in ("image/png", "nonsense", "application/sparql-results+json;q=0", "text/turtle"):
        status, _, body = srv.get(q, {"Accept": accept})
        assert status == 406 and b"offers" in body, accept
    status, _, _ = srv.get(CONSTRUCT, {"Accept": "application/sparql-results+json"})
    assert status == 406
    status, headers, _ = srv.get(CONSTRUCT, {"Accept": "application/ld+json;q=0.8, text/turtle;q=0.9"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    status, headers, body = srv.get(q, {"Accept": "application/sparql-results+json"}, format="tsv")
    assert status == 200 and headers["content-type"].startswith("text/tab-separated-values")
    assert body.startswith(b"?p\n")
    assert srv.get(q, format="bogus")[0] == 400
    assert srv.get(q, format="turtle")[0] == 400  # a graph format for a SELECT


def test_negotiate_prefers_the_most_specific_range():
    offers = [("text/turtle", "turtle"), ("application/ld+json", "json-ld")]
    assert negotiate("text/*;q=0.1, application/*;q=0.5", offers)[1] == "json-ld"
    assert negotiate("*/*;q=0.9, text/turtle;q=0", offers)[1] == "json-ld"
    assert negotiate("", offers)[1] == "turtle"
    assert negotiate("application/ld+json;q=x", offers) is None


# --------------------------------------------------------------------------------- read-only, bad input

def test_updates_load_and_service_are_refused(srv):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    refused = [
        srv.request("POST", "/sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                    {"Content-Type": "application/sparql-update"}),
        srv.request("POST", "/sparql", urlencode({"update": "CLEAR ALL"}), form),
        srv.request("GET", "/sparql?" + urlencode({"update": "DROP ALL"})),
        srv.get("INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
        srv.get("LOAD <http://127.0.0.1:9/data.ttl>"),
        srv.get("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
        srv.request("POST", "/sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
                    {"Content-Type": "application/sparql-query"}),
    ]
    for status, _, body in refused:
        assert status == 403, body
    assert b"read-only" in refused[0][2] and b"SERVICE" in refused[5][2]
    assert srv.get("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0] == 200


def test_odd_input_gets_a_4xx_and_the_server_keeps_answering(srv):
    status, _, body = srv.get("SELECT * WHERE { ?s ?p }")
    assert status == 400 and b"line 1, column" in body
    answers = {
        "empty query": srv.get(""),
        "blank query": srv.get("  \n "),
        "two queries": srv.request("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D"),
        "dataset parameter": srv.get("ASK {}", **{"default-graph-uri": "urn:g"}),
        "named graph parameter": srv.get("ASK {}", **{"named-graph-uri": "urn:g"}),
        "bad percent-encoding": srv.request("GET", "/sparql?query=%ff%fe"),
        "binary body": srv.request("POST", "/sparql", bytes(range(256)) * 4,
                                   {"Content-Type": "application/sparql-query"}),
        "binary form": srv.request("POST", "/sparql", b"\xff\x00query=\xfe",
                                   {"Content-Type": "application/x-www-form-urlencoded"}),
        "form without query": srv.request("POST", "/sparql", "format=json",
                                          {"Content-Type": "application/x-www-form-urlencoded"}),
        "NUL in query": srv.get("SELECT * WHERE { ?s ?p \x00 }"),
        "no content type": srv.request("POST", "/sparql", b"ASK {}"),
        "wrong content type": srv.request("POST", "/sparql", b"ASK {}", {"Content-Type": "text/plain"}),
        "bad content length": srv.request("POST", "/sparql", None,
                                          {"Content-Type": "application/sparql-query", "Content-Length": "x"}),
        "unknown path": srv.request("GET", "/nothing/here"),
        "unknown asset": srv.request("GET", "/ui/vendor/none.js"),
        "wrong method": srv.request("PUT", "/sparql", b"ASK {}"),
        "DELETE the page": srv.request("DELETE", "/"),
        "POST the page": srv.request("POST", "/", b"x", {"Content-Type": "text/plain"}),
        "made-up method": srv.request("BREW", "/sparql"),
        "unknown Accept": srv.get("ASK {}", {"Accept": "x-unknown/x-unknown"}),
        "traversal": srv.request("GET", "/ui/../graph/server.py"),
        "maps when there are none": srv.request("GET", "/maps/"),
    }
    for what, (status, headers, body) in answers.items():
        assert 400 <= status < 500, (what, status, body)
        assert headers["content-type"].startswith("text/plain"), what
    assert answers["wrong method"][1]["allow"].startswith("GET")

    huge_header = b"GET /sparql HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n"
    many_headers = b"GET /sparql HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n"
    for data in (huge_header, many_headers, b"GARBAGE\r\n\r\n", b"\x00\x01\x02 / HTTP/1.1\r\n\r\n",
                 b"GET /sparql HTTP/2.0\r\n\r\n", b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
                 b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n"):
        line = srv.raw(data)
        assert line.startswith(b"HTTP/1.") and b" 4" in line[8:10], (data[:40], line)
    assert srv.get("ASK { ?s ?p ?o }")[0] == 200


# --------------------------------------------------------------------------------- limits

def _children() -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid():
                out.add(int(entry))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/stat").exists(), reason="needs fork and /proc")
def test_a_slow_query_is_stopped_while_others_are_answered(tight):
    pool = tight.server.pool
    workers, killed = set(pool.pids), pool.stats.killed
    others = _children() - workers  # children of this test process that are not the pool's (earlier tests')
    assert workers and workers <= _children(), "the workers are forked before any query"
    outcome = {}

    def slow():
        started = time.monotonic()
        outcome["answer"] = tight.get(SLOW)
        outcome["elapsed"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    answered = 0
    while thread.is_alive() and answered < 5:
        status, _, body = tight.get("SELECT ?p WHERE { ?p a dsr:MoU } LIMIT 3")
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3
        answered += 1 if thread.is_alive() else 0
    assert answered >= 1, "a short query was answered while the slow one ran"
    thread.join(30)
    status, headers, body = outcome["answer"]
    assert status == 503 and b"stopped" in body and headers["content-type"].startswith("text/plain")
    assert 1.9 <= outcome["elapsed"] < 3.0  # the 2 s limit, counted from the request's arrival
    assert pool.stats.killed == killed + 1
    gone = workers - set(pool.pids)
    assert len(gone) == 1, "the worker that ran the slow query was killed and replaced"
    pid, waited = gone.pop(), time.monotonic() + 5
    while Path(f"/proc/{pid}").exists() and time.monotonic() < waited:  # reaped by the pool's own thread
        time.sleep(0.05)
    assert not Path(f"/proc/{pid}").exists(), "the killed worker is reaped (no zombie left)"
    assert len(pool.pids) >= pool.size and set(pool.pids) <= _children()
    # the pool's processes, old and new, are alive or gone, never zombies (another test's leftovers aside)
    states = {pid: Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] for pid in _children() - others}
    assert "Z" not in states.values(), f"zombies: {states}"


def test_row_cap(tight):
    status, _, body = tight.get("SELECT * WHERE { ?s ?p ?o }")
    assert status == 400 and b"more than 50 rows" in body
    assert tight.get(CONSTRUCT)[0] == 400
    status, _, body = tight.get("SELECT * WHERE { ?s ?p ?o } LIMIT 50")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 50


def test_request_size_cap(tight):
    big = "ASK { ?s ?p ?o } #" + "x" * 11_000
    assert tight.request("POST", "/sparql", big, {"Content-Type": "application/sparql-query"})[0] == 413
    assert tight.request("POST", "/sparql", urlencode({"query": big}),
                         {"Content-Type": "application/x-www-form-urlencoded"})[0] == 413
    assert tight.get(big)[0] == 413
    line = tight.raw(b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 50000000\r\nExpect: 100-continue\r\n\r\n")
    assert b" 413 " in line
    line = tight.raw(b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 50000000\r\n\r\nASK {}")  # refused before the body is read
    assert b" 413 " in line
    assert tight.request("POST", "/sparql", "ASK { ?s ?p ?o } #" + "x" * 5_000,
                         {"Content-Type": "application/sparql-query"})[0] == 200


# --------------------------------------------------------------------------------- CORS

def test_cors_only_when_configured(srv, tight, kg):
    origin = {"Origin": "https://example.org"}
    status, headers, _ = srv.get("ASK {}", origin)
    assert status == 200 and "access-control-allow-origin" not in headers
    status, headers, _ = srv.request("OPTIONS", "/sparql", None, {**origin, "Access-Control-Request-Method": "POST"})
    assert status == 204 and "access-control-allow-origin" not in headers and "POST" in headers["allow"]

    status, headers, _ = tight.get("ASK {}", origin)
    assert headers["access-control-allow-origin"] == "https://example.org" and "Origin" in headers["vary"]
    status, headers, _ = tight.get("ASK {}", {"Origin": "https://other.example"})
    assert "access-control-allow-origin" not in headers
    status, headers, _ = tight.request("OPTIONS", "/sparql", None, {
        **origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert status == 204 and headers["access-control-allow-origin"] == "https://example.org"
    assert "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()
    assert tight.request("GET", "/sparql?query=ASK%20%7B%7D", None, {**origin, "Accept": "nonsense"})[0] == 406

    anyone = Running(make_server(kg, "127.0.0.1", 0, cors=["*"], log_requests=False))
    try:
        status, headers, _ = anyone.get("ASK {}", {"Origin": "https://anywhere.example"})
        assert headers["access-control-allow-origin"] == "*"
        status, headers, _ = anyone.request("OPTIONS", "/sparql", None, {
            "Origin": "https://anywhere.example", "Access-Control-Request-Method": "POST"})
        assert status == 204 and headers["access-control-allow-origin"] == "*"
    finally:
        anyone.stop()


# --------------------------------------------------------------------------------- service description

def test_service_description(srv, kg):
    for path in ("/sparql", "/sparql/description"):
        status, headers, body = srv.request("GET", path, None, {"Accept": "text/turtle"})
        assert status == 200 and headers["content-type"].startswith("text/turtle")
        g = rdflib.Graph().parse(data=body, format="turtle")
        svc = rdflib.URIRef(srv.endpoint)
        assert (svc, rdflib.RDF.type, SD.Service) in g
        assert (svc, SD.endpoint, svc) in g
        assert (svc, SD.feature, SD.UnionDefaultGraph) in g
        assert set(g.objects(svc, SD.supportedLanguage)) == {SD.SPARQL11Query}
        formats = {str(o).rsplit("/", 1)[1] for o in g.objects(svc, SD.resultFormat)}
        assert {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples"} <= formats
        names = {str(n) for n in g.objects(None, SD.name)}
        assert names == set(kg.graph_names())
    status, headers, body = srv.request("GET", "/sparql", None, {"Accept": "application/ld+json"})
    assert status == 200 and len(rdflib.Graph().parse(data=body, format="json-ld")) == len(g)
    assert srv.request("GET", "/sparql", None, {"Accept": "image/png"})[0] == 406


# --------------------------------------------------------------------------------- the query page

class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.scripts: list[dict] = []
        self._in_json: str | None = None
        self.json_blocks: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        for attr in ("src", "href", "action", "srcset", "poster", "data"):
            if attrs.get(attr) is not None:
                self.refs.append((tag, attr, attrs[attr]))
        if tag == "script":
            self.scripts.append(attrs)
            self._in_json = attrs.get("id", "") if attrs.get("type") == "application/json" else None

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json = None

    def handle_data(self, data):
        if self._in_json is not None:
            self.json_blocks[self._in_json] = self.json_blocks.get(self._in_json, "") + data


def test_query_page_lists_the_catalogue_and_loads_only_same_origin_assets(srv):
    status, headers, body = srv.request("GET", "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    csp = headers["content-security-policy"]
    assert "connect-src 'self'" in csp and "script-src 'self'" in csp
    page = body.decode("utf-8")
    queries = catalogue()
    assert queries
    for name, entry in queries.items():
        assert f'data-query="{name}"' in page
    parser = _Links()
    parser.feed(page)
    assets = []
    for tag, attr, value in parser.refs:
        target = urlsplit(value)
        if tag == "a":  # a link to another page; still, ours are all on this server
            assert not target.netloc, value
            continue
        if target.scheme == "data":  # inline, no request at all
            continue
        assert not target.scheme and not target.netloc and not value.startswith("//"), (tag, attr, value)
        assets.append(value)
    assert any(a.endswith("yasgui.min.js") for a in assets) and any(a.endswith("yasgui.min.css") for a in assets)
    for asset in assets:
        status, headers, data = srv.request("GET", "/" + asset.lstrip("/"))
        assert status == 200 and data, asset
        assert headers["content-type"].split(";")[0] in ("text/javascript", "text/css"), asset
    status, _, licence = srv.request("GET", "/ui/vendor/LICENSE")
    assert status == 200 and b"MIT" in licence
    data = json.loads(parser.json_blocks["dsr-catalogue"])
    assert [d["name"] for d in data] == list(queries)
    assert json.loads(parser.json_blocks["dsr-prefixes"])["organisation"] == "https://w3id.org/dsr/id/org/"
    assert srv.request("HEAD", "/")[2] == b""


def test_catalogue_queries_from_the_page_run_as_the_catalogue_runs_them(srv, kg):
    answered = 0
    for name, entry in catalogue().items():
        text = editor_text(entry)
        assert text.startswith(entry.text.splitlines()[0])  # the header comment stays on top
        status, _, body = srv.request("POST", "/sparql", text.encode("utf-8"), {
            "Content-Type": "application/sparql-query", "Accept": "application/n-triples, application/sparql-results+json"})
        assert status == 200, (name, body[:300])
        expected = kg.query(name)
        if expected.is_graph:
            got = rdflib.Graph().parse(data=body, format="nt")
            assert len(got) == len(set(map(str, expected.triples))), name
        else:
            got = parsed_rows(body, "json")
            want = [tuple(None if t is None else norm(to_rdflib_term(t)) for t in row) for row in expected.rows]
            assert sorted(map(str, got)) == sorted(map(str, want)), name
        answered += len(expected) > 0
    assert answered >= len(catalogue()) / 2, "most catalogue queries have answers to compare"


def test_editor_text_binds_parameter_defaults():
    entry = CatalogueQuery(
        "partners", "Partners", "d",
        "# title: Partners\n# description: d\n# param: org (iri) = organisation:zte-corporation ; the organisation\n"
        "SELECT ?p WHERE {\n  # a comment with WHERE { inside\n  ?p dsr:party ?org .\n}\n",
        [Param("org", "iri", "organisation:zte-corporation", "the organisation")])
    text = editor_text(entry)
    assert text.startswith("# title: Partners\n")
    assert "PREFIX dsr: <https://w3id.org/dsr/ontology#>" in text
    assert "PREFIX dsr: <https://w3id.org/dsr/ontology#>" in text
    values = text.index("VALUES ?org { <https://w3id.org/dsr/id/org/zte-corporation> }")
    assert text.index("SELECT ?p WHERE {") < values < text.index("# a comment")


def test_text_from_data_is_escaped_in_the_page():
    evil = "<img src=x onerror=alert(1)>"
    entry = CatalogueQuery(
        'x"><script>alert(0)</script>', evil, f"{evil} & </script><script>alert(2)</script>",
        f"SELECT * WHERE {{ ?s ?p ?o }} # </script>{evil}\n",
        [Param("o", "string", "</script><b>x</b>", f"<b>{evil}</b>")])
    page = render_index({entry.name: entry}, statements=5, graph_name="<i>g</i>")
    assert evil not in page and "<b>" not in page and "<i>g" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    parser = _Links()
    parser.feed(page)
    assert "img" not in parser.tags and "b" not in parser.tags and "i" not in parser.tags
    assert [s.get("src") for s in parser.scripts] == [None, None, "ui/vendor/yasgui.min.js", "ui/app.js"]
    data = json.loads(parser.json_blocks["dsr-catalogue"])  # the data block is intact and means what it said
    assert data[0]["title"] == evil and data[0]["name"] == entry.name and "</script>" in data[0]["text"]


# --------------------------------------------------------------------------------- maps

def test_maps_are_served_without_path_traversal(tight):
    status, headers, body = tight.request("GET", "/maps/")
    assert status == 200 and headers["content-type"].startswith("text/html") and b"<title>maps" in body
    status, headers, body = tight.request("GET", "/maps/sub/a.json")
    assert status == 200 and json.loads(body) == {"a": 1}
    status, headers, _ = tight.request("GET", "/maps/sub")
    assert status == 301 and headers["location"] == "/maps/sub/"
    for path in ("/maps/../secret.txt", "/maps/%2e%2e/secret.txt", "/maps/sub/..%2f..%2fsecret.txt",
                 "/maps/link.txt", "/maps/.hidden", "/maps/missing.html", "/maps/sub%5c..%5c..%5csecret.txt",
                 "/maps/" + quote("/etc/passwd", safe=""), "/maps/%00"):
        status, _, body = tight.request("GET", path)
        assert status in (400, 404) and b"TOP-SECRET" not in body and b"root:" not in body, path


# --------------------------------------------------------------------------------- the command

def test_serve_command_is_documented(run):
    result = run("serve", "--help")
    assert result.exit_code == 0
    for option in ("--host", "--port", "--timeout", "--graph", "--cors", "--max-rows", "--max-request-bytes"):
        assert option in result.output


def test_serve_prints_its_url_and_stops(kg):
    from graph.server import serve

    lines, started = [], threading.Event()
    holder = {}

    def ready(server):
        holder["server"] = server
        started.set()

    thread = threading.Thread(target=serve, args=(kg, "127.0.0.1", 0),
                              kwargs={"echo": lines.append, "ready": ready}, daemon=True)
    thread.start()
    assert started.wait(10)
    server = holder["server"]
    assert any(server.url in line for line in lines)
    conn = http.client.HTTPConnection(*server.server_address[:2], timeout=10)
    conn.request("GET", "/sparql?query=" + quote("ASK {}"))
    assert conn.getresponse().status == 200
    conn.close()
    server.shutdown()
    thread.join(10)
    assert not thread.is_alive()
    assert cli.commands["serve"].params  # the click command exists
