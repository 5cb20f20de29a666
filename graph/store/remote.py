"""Remote SPARQL 1.1 stores: run the catalogue on an endpoint, and push the dataset into one.

:class:`RemoteStore` speaks the W3C SPARQL 1.1 Protocol (queries), SPARQL 1.1 Update and the
SPARQL 1.1 Graph Store HTTP Protocol (loading), with nothing but the standard library (urllib).
It sends standard requests only; the ways round OpenLink Virtuoso 7's limits, against which it
is tested, are standard SPARQL too (see "Virtuoso" below).

Queries
    The standard prefixes are declared (:func:`graph.store.queries.with_prefixes`), updates and SERVICE
    are refused before anything is sent (:func:`graph.store.engine.check_for_remote`), and parameters are
    bound with ``VALUES`` blocks of RDF terms, never pasted into the text. The blocks go at the
    head of the query's outermost WHERE group, not after the query: a trailing VALUES clause is
    joined *after* GROUP BY and after the WHERE clause's FILTERs (SPARQL 1.1, 18.2.4), so a parameter
    used in a FILTER or grouped away by an aggregate would not restrict anything - five catalogue
    queries answer differently that way (and Virtuoso refuses a trailing VALUES on a variable the
    query does not project). At the head of the group a block binds the variable for the whole
    group, as the embedded engine's substitution does, except inside sub-SELECTs that do not
    project it and FILTERs of nested groups. Queries with no such group (``DESCRIBE <iri>``,
    ``CONSTRUCT WHERE {…}``) get a trailing clause.

Loading
    With a Graph Store endpoint each named graph is sent whole, as N-Triples, by PUT (replace) or
    POST (append) to ``?graph=IRI``. Otherwise SPARQL Update: ``DROP SILENT GRAPH`` for each target
    graph (replace), then requests of about ``batch`` quads. Blank nodes are scoped to one request,
    so quads connected through blank nodes (an OWL list, a restriction) always travel in the same
    request: blank nodes keep their structure, with new labels. Appending (``replace=False``) a
    graph that has blank nodes twice therefore duplicates those statements, as any RDF merge does.
    Literals are written ASCII-only (\\u escapes), so no store can misread the character encoding;
    IRIs keep their non-ASCII characters as UTF-8 (Virtuoso refuses \\u escapes in an IRI, and
    percent-encoding would make it another IRI).

Errors
    Every failure is a :class:`RemoteError` (exit code 2): :class:`BadEndpoint`,
    :class:`EndpointUnreachable`, :class:`RemoteHTTPError` (with the server's own message),
    :class:`RemoteTimeout` (also a :class:`graph.store.engine.QueryTimeout`) and :class:`BadResponse`.
    Every socket operation has a timeout, so nothing waits forever.

Virtuoso
    Queries go to ``http://HOST:8890/sparql``. Updates need either the SPARQL_UPDATE role for the
    anonymous ``SPARQL`` user (``GRANT SPARQL_UPDATE TO "SPARQL";`` in isql) or, better, digest
    authentication on ``/sparql-auth`` (SPARQL Update) or ``/sparql-graph-crud-auth`` (Graph
    Store), e.g.::

        dsr push --endpoint http://localhost:8890/sparql \\
                 --graph-store http://localhost:8890/sparql-graph-crud-auth --user dba --password dba

    then ``dsr query --endpoint http://localhost:8890/sparql NAME``. Set ``ResultSetMaxRows`` in
    virtuoso.ini's [SPARQL] section above the largest answer expected: Virtuoso cuts longer results
    (10000 rows in Debian's file) and only says so in a header, which this module turns into an
    error; it says nothing for CONSTRUCT. Its default graph is every graph it holds, its own system
    graphs included. Ways round its limits, here: blank nodes are inserted with ``INSERT {…} WHERE
    {}`` (it refuses them in INSERT DATA), one single-variable VALUES block per parameter (a
    multi-variable row can crash its compiler), ``"1"^^xsd:boolean`` is read as ``true``, and
    ``nodeID://`` IRIs as blank nodes.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Iterable

import pyoxigraph as ox

from .engine import QueryTimeout, check_for_remote
from ..errors import DSRError
from .queries import bind_with_values, query_form, with_prefixes
from .results import QueryResult

__all__ = [
    "RemoteStore",
    "RemoteError",
    "BadEndpoint",
    "EndpointUnreachable",
    "RemoteHTTPError",
    "RemoteTimeout",
    "BadResponse",
    "DEFAULT_GRAPH_KEY",
]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
SPARQL_RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"
DEFAULT_GRAPH_KEY = "default"  # push() counts the default graph's quads under this key (IRIs always have ':')

_SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5, application/rdf+xml;q=0.3"
_RDF_MEDIA = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,  # Virtuoso and older servers label N-Triples so
    "text/ntriples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}


class RemoteError(DSRError):
    """A remote SPARQL store could not be reached, refused the request or gave an unreadable answer."""

    exit_code = 2


class BadEndpoint(RemoteError):
    """The endpoint is not an http:// or https:// URL."""


class EndpointUnreachable(RemoteError):
    """No connection to the endpoint: unknown host, connection refused, connection dropped."""


class RemoteHTTPError(RemoteError):
    """The endpoint answered with an HTTP error; the message carries the server's own explanation."""

    def __init__(self, message: str, status: int | None = None, body: str = ""):
        super().__init__(message)
        self.status = status
        self.body = body


class RemoteTimeout(RemoteError, QueryTimeout):
    """The endpoint did not answer in time (the request was abandoned; the server may still be working)."""


class BadResponse(RemoteError):
    """The endpoint's answer is not a SPARQL result or RDF document this module can read."""


# --------------------------------------------------------------------------------- query text

# --------------------------------------------------------------------------------- answers

def _bnode(label: str) -> ox.BlankNode:
    # Virtuoso writes blank nodes as nodeID://b10042; keep only characters a label may hold
    label = re.sub(r"^nodeID://", "", label)
    label = re.sub(r"[^A-Za-z0-9_-]", "_", label) or "b"
    return ox.BlankNode(label if label[0].isalnum() or label[0] == "_" else "b" + label)


def _literal(value: str, lang: str | None, datatype: str | None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    if not datatype or datatype == XSD_STRING:
        return ox.Literal(value)
    if datatype == XSD_BOOLEAN and value in ("1", "0"):
        # Virtuoso keeps booleans as numbers and writes true as "1"^^xsd:boolean: a valid but not
        # canonical form of the same value; write it as every other store does
        value = "true" if value == "1" else "false"
    return ox.Literal(value, datatype=ox.NamedNode(datatype))


def _term_from_json(b: dict):
    kind = b.get("type")
    value = b.get("value", "")
    if kind == "uri":
        return _bnode(value) if value.startswith("nodeID://") else ox.NamedNode(value)
    if kind == "bnode":
        return _bnode(value)
    if kind in ("literal", "typed-literal"):  # typed-literal: SPARQL JSON drafts, still sent by Virtuoso
        return _literal(value, b.get("xml:lang"), b.get("datatype"))
    if kind == "triple":
        v = b["value"]
        return ox.Triple(_term_from_json(v["subject"]), _term_from_json(v["predicate"]), _term_from_json(v["object"]))
    raise BadResponse(f"unknown term type {kind!r} in the SPARQL JSON result")


def parse_json_results(data: bytes) -> QueryResult:
    """SPARQL 1.1 Query Results JSON (and Virtuoso's 'typed-literal' variant) as a QueryResult."""
    try:
        doc = json.loads(data.decode("utf-8"), strict=False)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadResponse(f"the endpoint's SPARQL JSON result is not valid JSON: {exc}") from None
    try:
        if "boolean" in doc:
            return QueryResult("ASK", boolean=bool(doc["boolean"]))
        variables = list(doc["head"]["vars"])
        rows = []
        for binding in doc["results"]["bindings"]:
            rows.append(tuple(_term_from_json(binding[v]) if v in binding else None for v in variables))
    except (KeyError, TypeError, ValueError) as exc:
        raise BadResponse(f"the endpoint's SPARQL JSON result is malformed: {exc!r}") from None
    return QueryResult("SELECT", variables=variables, rows=rows)


def _term_from_xml(el):
    tag = el.tag.replace(SPARQL_RESULTS_NS, "")
    text = el.text or ""
    if tag == "uri":
        return ox.NamedNode(text)
    if tag == "bnode":
        return _bnode(text)
    if tag == "literal":
        return _literal(text, el.get("{http://www.w3.org/XML/1998/namespace}lang"), el.get("datatype"))
    raise BadResponse(f"unknown term element {tag!r} in the SPARQL XML result")


def parse_xml_results(data: bytes) -> QueryResult:
    """SPARQL Query Results XML as a QueryResult."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise BadResponse(f"the endpoint's SPARQL XML result is not valid XML: {exc}") from None
    ns = SPARQL_RESULTS_NS
    boolean = root.find(f"{ns}boolean")
    if boolean is not None:
        return QueryResult("ASK", boolean=(boolean.text or "").strip() == "true")
    variables = [v.get("name") for v in root.iter(f"{ns}variable")]
    rows = []
    for result in root.iter(f"{ns}result"):
        values = {b.get("name"): _term_from_xml(list(b)[0]) for b in result.findall(f"{ns}binding") if len(b)}
        rows.append(tuple(values.get(v) for v in variables))
    return QueryResult("SELECT", variables=variables, rows=rows)


def parse_graph(data: bytes, media: str, form: str) -> QueryResult:
    """A CONSTRUCT/DESCRIBE answer in an RDF syntax as a QueryResult of distinct triples."""
    fmt = _RDF_MEDIA.get(media)
    if fmt is None:
        raise BadResponse(f"the endpoint answered a {form} with {media or 'no content type'}, not RDF")
    try:
        triples = [ox.Triple(t.subject, t.predicate, t.object) for t in ox.parse(data, format=fmt)]
    except (SyntaxError, ValueError) as exc:
        raise BadResponse(f"the endpoint's {media} answer is not valid: {exc}") from None
    # a store may repeat a triple (Virtuoso's DESCRIBE does); a graph holds it once
    return QueryResult(form, triples=list(dict.fromkeys(triples)))


# --------------------------------------------------------------------------------- writing RDF

_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _nt_string(value: str) -> str:
    """A string for N-Triples, Turtle and SPARQL alike: ASCII only, everything else as \\u escapes
    (no store can then misread the request's character encoding)."""
    out = []
    for ch in value:
        if ch in _NT_ESCAPES:
            out.append(_NT_ESCAPES[ch])
        elif " " <= ch <= "~":
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


def _nt_iri(value: str) -> str:
    """An IRI for N-Triples and SPARQL: non-ASCII characters as they are (sent as UTF-8: stores such as
    Virtuoso refuse \\u escapes in IRIs), the ASCII characters an IRI may not hold as \\u escapes."""
    return "<" + "".join(
        ch if ("!" <= ch <= "~" and ch not in '<>"{}|^`\\') or ord(ch) > 0x7F else f"\\u{ord(ch):04X}"
        for ch in value) + ">"


def _nt_term(term, labels: dict) -> str:
    if isinstance(term, ox.NamedNode):
        return _nt_iri(term.value)
    if isinstance(term, ox.BlankNode):
        if term not in labels:
            labels[term] = f"_:b{len(labels)}"
        return labels[term]
    if isinstance(term, ox.Literal):
        body = _nt_string(term.value)
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype.value == XSD_STRING:
            return body
        return f"{body}^^{_nt_iri(term.datatype.value)}"
    raise BadResponse(f"cannot write {term!r} for a remote store")  # RDF-star triples, etc.


def _triple_line(q, labels: dict) -> str:
    return f"{_nt_term(q.subject, labels)} {_nt_term(q.predicate, labels)} {_nt_term(q.object, labels)} ."


def _components(quads: list) -> list[list]:
    """Group quads so that quads sharing a blank node (directly or through others) are together.

    Quads without blank nodes come one per group; a group keeps the quads' order.
    """
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for q in quads:
        nodes = [t for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)]
        for a in nodes[1:]:
            ra, rb = find(nodes[0]), find(a)
            if ra != rb:
                parent[ra] = rb
        if nodes:
            find(nodes[0])
    groups: dict = defaultdict(list)
    out: list[list] = []
    for q in quads:
        b = next((t for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)), None)
        if b is None:
            out.append([q])
        else:
            root = find(b)
            if root not in groups:
                out.append(groups[root])
            groups[root].append(q)
    return out


def _batches(quads: list, size: int) -> list[list]:
    """Quads in lists of about ``size``, never splitting a blank-node-connected group."""
    out, current = [], []
    for group in _components(quads):
        if current and len(current) + len(group) > size:
            out.append(current)
            current = []
        current.extend(group)
    if current:
        out.append(current)
    return out


# --------------------------------------------------------------------------------- the store

def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _CarefulBasicAuth(urllib.request.HTTPBasicAuthHandler):
    """Basic authentication, refused over plain http to another machine: the password would cross
    the network in clear text (digest authentication sends only a hash, and is still answered)."""

    def __init__(self, passwords, insecure: bool):
        super().__init__(passwords)
        self.insecure = insecure

    def http_error_401(self, req, fp, code, msg, headers):
        url = req.full_url
        if not self.insecure and urllib.parse.urlsplit(url).scheme == "http" and not _is_loopback(url):
            raise BadEndpoint(f"{url} asks for HTTP Basic authentication over plain http: the password would cross "
                              "the network readable by anyone on the way; use https://, or --insecure to send it "
                              "anyway")
        return super().http_error_401(req, fp, code, msg, headers)


def _check_url(url: str, what: str) -> str:
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadEndpoint(f"{what} {url!r} is not an http:// or https:// URL "
                          "(e.g. http://localhost:8890/sparql)")
    return url


def _server_message(body: bytes, media: str = "", limit: int = 600) -> str:
    """The server's explanation, on one line; HTML is reduced to its text (plain text keeps its <IRIs>)."""
    text = body.decode("utf-8", "replace")
    if "html" in media or "xml" in media:
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*SPARQL query:.*$", "", text)  # Virtuoso echoes the whole request after its message
    return text[:limit] + ("…" if len(text) > limit else "")


class RemoteStore:
    """A SPARQL 1.1 store over HTTP: run queries on it, push a dataset into it.

    Parameters
    ----------
    endpoint : str
        The SPARQL 1.1 query endpoint, e.g. ``http://localhost:8890/sparql``.
    update_endpoint : str, optional
        Where SPARQL Update requests go; default: ``endpoint`` (SPARQL 1.1 allows one URL for both).
    graph_store : str, optional
        A SPARQL 1.1 Graph Store Protocol endpoint; when given, :meth:`push` uses it (PUT/POST of
        whole graphs) instead of SPARQL Update.
    user, password : str, optional
        Credentials, answered to HTTP digest or basic challenges (digest: Virtuoso's ``-auth`` URLs).
        Basic authentication over plain ``http://`` to a host other than this machine is refused
        (the password would travel in clear) unless ``insecure``.
    socket_timeout : float
        Seconds any single network operation (connect, a read) may wait; nothing waits longer.
    query_method : "POST" or "GET"
        How queries are sent (URL-encoded POST by default; GET for read-only mirrors that want it).

    Examples
    --------
    >>> from graph.store.remote import RemoteStore
    >>> store = RemoteStore("http://localhost:8890/sparql")                       # doctest: +SKIP
    >>> store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a dsr:Partnership }")     # doctest: +SKIP
    """

    def __init__(self, endpoint: str, update_endpoint: str | None = None, graph_store: str | None = None,
                 user: str | None = None, password: str | None = None, *, socket_timeout: float = 60.0,
                 query_method: str = "POST", insecure: bool = False):
        self.endpoint = _check_url(endpoint, "endpoint")
        self.update_endpoint = _check_url(update_endpoint, "update endpoint") if update_endpoint else self.endpoint
        self.graph_store = _check_url(graph_store, "graph store") if graph_store else None
        if (user is None) != (password is None):
            raise BadEndpoint("give both a user and a password, or neither")
        if query_method not in ("POST", "GET"):
            raise ValueError("query_method must be 'POST' or 'GET'")
        self.user = user
        self.socket_timeout = socket_timeout
        self.query_method = query_method
        handlers: list = []
        self._digest = None
        self._challenges: dict[str, dict] = {}  # URL without its query → the digest challenge it gave
        urls = [u for u in (self.endpoint, self.update_endpoint, self.graph_store) if u]
        local = all(_is_loopback(u) for u in urls)
        if local:
            handlers.append(urllib.request.ProxyHandler({}))  # never send a local server's traffic to a proxy
        # the same without credentials, for fetching a digest challenge (a handler belongs to one opener)
        self._plain_opener = urllib.request.build_opener(*([urllib.request.ProxyHandler({})] if local else []))
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for u in urls:
                passwords.add_password(None, u, user, password)
            self._digest = urllib.request.HTTPDigestAuthHandler(passwords)
            handlers += [self._digest, _CarefulBasicAuth(passwords, insecure)]
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:
        return f"<RemoteStore {self.endpoint}>"

    # ------------------------------------------------------------------ HTTP

    def _request(self, method: str, url: str, data: bytes | None = None, headers: dict | None = None,
                 timeout: float | None = None) -> tuple[bytes, str, dict]:
        """Send one request; return (body, media type, headers). Raises RemoteError subclasses only."""
        deadline = time.monotonic() + timeout if timeout is not None else None

        def left() -> float:
            if deadline is None:
                return self.socket_timeout
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout()
            return min(remaining, self.socket_timeout)

        req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        req.add_header("User-Agent", "dsr-graph (urllib)")
        where = urllib.parse.urlsplit(url)._replace(query="").geturl()
        try:
            if data and self._digest is not None:
                self._answer_digest_first(req, left())
            with self._opener.open(req, timeout=left()) as resp:
                chunks = []
                while True:  # each read waits at most the socket timeout set above; check the deadline
                    left()
                    chunk = resp.read(1 << 16)
                    if not chunk:
                        break
                    chunks.append(chunk)
                media = (resp.headers.get_content_type() or "").lower()
                return b"".join(chunks), media, dict(resp.headers.items())
        except urllib.error.HTTPError as exc:
            try:
                body = exc.read()
            except (OSError, http.client.HTTPException):
                body = b""
            media = (exc.headers.get_content_type() if exc.headers else "") or ""
            message = _server_message(body, media.lower()) or exc.reason
            hint = ""
            if exc.code in (401, 403) or re.search(r"SECURITY|permission", message, flags=re.I):
                hint = (" (give --user and --password; on Virtuoso send updates to /sparql-auth or "
                        "/sparql-graph-crud-auth, or GRANT SPARQL_UPDATE TO \"SPARQL\")")
            raise RemoteHTTPError(f"{where} answered HTTP {exc.code} {exc.reason}: {message}{hint}",
                                  exc.code, body.decode("utf-8", "replace")) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise self._timeout(where, timeout) from None
            if isinstance(reason, socket.gaierror):
                raise EndpointUnreachable(f"{where}: unknown host {urllib.parse.urlsplit(url).hostname!r}") from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise EndpointUnreachable(f"{where}: cannot connect: {text}") from None
        except (socket.timeout, TimeoutError):
            raise self._timeout(where, timeout) from None
        except (http.client.HTTPException, ConnectionError) as exc:
            raise EndpointUnreachable(f"{where}: the connection failed: {exc or type(exc).__name__}") from None
        except OSError as exc:
            raise EndpointUnreachable(f"{where}: {exc.strerror or exc}") from None
        except ValueError as exc:  # malformed URL pieces, digest challenges urllib cannot answer
            raise RemoteError(f"{where}: {exc}") from None

    def _answer_digest_first(self, req: urllib.request.Request, timeout: float) -> None:
        """Send a request with a body already answering the server's digest challenge.

        Without it, the body goes out first unauthenticated: a server that answers 401 and closes
        before reading it all (Virtuoso does, under load) breaks the pipe before urllib can answer
        the challenge. A bodiless GET of the same URL fetches the challenge instead (once per URL:
        later requests answer it again, the nonce counted up); when there is none (no authentication
        asked), the request goes as it is."""
        path = urllib.parse.urlsplit(req.full_url)._replace(query="", fragment="").geturl()
        if path not in self._challenges:
            probe = urllib.request.Request(req.full_url, method="GET", headers={"User-Agent": "dsr-graph (urllib)"})
            challenge = ""
            try:
                with self._plain_opener.open(probe, timeout=timeout):
                    pass  # answered without a challenge
            except urllib.error.HTTPError as exc:
                challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
            scheme, _, rest = challenge.partition(" ")
            self._challenges[path] = urllib.request.parse_keqv_list(
                filter(None, urllib.request.parse_http_list(rest))) if scheme.lower() == "digest" else {}
        if self._challenges[path]:
            answer = self._digest.get_authorization(req, self._challenges[path])
            if answer:
                req.add_unredirected_header("Authorization", f"Digest {answer}")

    def _timeout(self, where: str, timeout: float | None) -> RemoteTimeout:
        if timeout is not None:
            return RemoteTimeout(f"{where} did not answer within {timeout:g} s; the query was abandoned")
        return RemoteTimeout(f"{where} sent nothing for {self.socket_timeout:g} s; the request was abandoned")

    # ------------------------------------------------------------------ queries

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = None,
              default_graphs: Iterable[str] | None = None, named_graphs: Iterable[str] | None = None):
        """Run a SPARQL query on the endpoint and return a :class:`graph.store.results.QueryResult`.

        Parameters
        ----------
        text : str
            The query; the standard prefixes need not be declared. Updates and SERVICE are refused.
        bindings : dict, optional
            Variable name → RDF term, bound with a VALUES block (see the module notes).
        timeout : float, optional
            Seconds for the whole exchange; past it, RemoteTimeout (the server may go on working).
        default_graphs, named_graphs : iterable of IRI strings, optional
            The protocol's ``default-graph-uri`` / ``named-graph-uri``: the dataset to query. By
            default the store's own (on Virtuoso: every graph, its system graphs included).
        """
        check_for_remote(text)
        form = query_form(text)
        full, _ = with_prefixes(bind_with_values(text, bindings))
        params = [("query", full)]
        params += [("default-graph-uri", g) for g in (default_graphs or ())]
        params += [("named-graph-uri", g) for g in (named_graphs or ())]
        accept = {"SELECT": _SELECT_ACCEPT, "ASK": _SELECT_ACCEPT}.get(
            form, _GRAPH_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else _SELECT_ACCEPT + ", " + _GRAPH_ACCEPT)
        encoded = urllib.parse.urlencode(params)
        if self.query_method == "GET":
            sep = "&" if "?" in self.endpoint else "?"
            body, media, headers = self._request("GET", self.endpoint + sep + encoded, None,
                                                 {"Accept": accept}, timeout)
        else:
            body, media, headers = self._request(
                "POST", self.endpoint, encoded.encode("ascii"),
                {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}, timeout)
        self._check_complete(headers)
        if media in ("application/sparql-results+json", "application/json"):
            result = parse_json_results(body)
        elif media in ("application/sparql-results+xml", "application/xml"):
            result = parse_xml_results(body)
        else:
            return parse_graph(body, media, form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT")
        if form in ("CONSTRUCT", "DESCRIBE"):
            raise BadResponse(f"the endpoint answered a {form} with a table of results ({media})")
        return result

    @staticmethod
    def _check_complete(headers: dict) -> None:
        """Refuse answers the server marks as cut short (Virtuoso's 'anytime' results and row caps)."""
        low = {k.lower(): v for k, v in headers.items()}
        state = low.get("x-sql-state")
        if state:
            raise RemoteError(f"the endpoint returned a partial result ({state}: {low.get('x-sql-message', '')}); "
                              "raise its time limits (Virtuoso: MaxQueryExecutionTime in [SPARQL])")
        if "x-sparql-maxrows" in low:
            raise RemoteError(f"the endpoint cut the result at {low['x-sparql-maxrows']} rows; raise its "
                              "limit (Virtuoso: ResultSetMaxRows in [SPARQL]) or add LIMIT/OFFSET")

    # ------------------------------------------------------------------ updates

    def update(self, text: str, timeout: float | None = None) -> bytes:
        """Send one SPARQL Update request (form-encoded POST to the update endpoint); return the reply."""
        body, _, _ = self._request(
            "POST", self.update_endpoint, urllib.parse.urlencode([("update", text)]).encode("ascii"),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"}, timeout)
        return body

    def push(self, data, replace: bool = True, batch: int = 1000, progress=None) -> dict[str, int]:
        """Load a dataset into the store, each named graph under its own name.

        Parameters
        ----------
        data : KnowledgeGraph or iterable of pyoxigraph.Quad
        replace : bool
            Empty each target graph first (Graph Store PUT, or DROP SILENT GRAPH); otherwise add to it.
        batch : int
            Quads per SPARQL Update request (a blank-node-connected group is never split). Graph
            Store requests send each graph whole.
        progress : callable, optional
            Called as ``progress(graph_key, quads_sent_so_far_for_it)`` after each request.

        Returns
        -------
        dict
            Graph IRI (``"default"`` for the default graph) → number of distinct quads sent.
        """
        if batch < 1:
            raise ValueError("batch must be at least 1")
        quads = data.quads() if hasattr(data, "quads") else data
        by_graph: dict = {}
        for q in quads:
            g = q.graph_name
            if isinstance(g, ox.BlankNode):
                raise RemoteError("a graph named by a blank node cannot be pushed: name it with an IRI")
            by_graph.setdefault(g, {})[q] = None  # ordered and distinct
        graphs = sorted(by_graph, key=lambda g: "" if isinstance(g, ox.DefaultGraph) else g.value)
        key = lambda g: DEFAULT_GRAPH_KEY if isinstance(g, ox.DefaultGraph) else g.value  # noqa: E731
        if self.graph_store:
            shared = self._blank_nodes_across_graphs(by_graph)
            if shared:
                raise RemoteError(f"{len(shared)} blank node(s) appear in more than one graph; the Graph Store "
                                  "Protocol sends graphs one at a time and would split them: push with "
                                  "SPARQL Update instead (no --graph-store)")
            for g in graphs:
                self._gsp_send(g, list(by_graph[g]), replace)
                if progress:
                    progress(key(g), len(by_graph[g]))
        else:
            if replace:
                names = [g for g in graphs if isinstance(g, ox.NamedNode)]
                for i in range(0, len(names), 100):
                    self.update(" ;\n".join(f"DROP SILENT GRAPH {_nt_iri(g.value)}" for g in names[i:i + 100]))
                if any(isinstance(g, ox.DefaultGraph) for g in graphs):
                    self.update("DROP SILENT DEFAULT")
            every = [q for g in graphs for q in by_graph[g]]
            sent: dict = defaultdict(int)
            for chunk in _batches(every, batch):
                self.update(self._insert_data(chunk))
                for q in chunk:
                    sent[key(q.graph_name)] += 1
                if progress:
                    for g in dict.fromkeys(key(q.graph_name) for q in chunk):
                        progress(g, sent[g])
        return {key(g): len(by_graph[g]) for g in graphs}

    @staticmethod
    def _blank_nodes_across_graphs(by_graph: dict) -> set:
        seen: dict = {}
        shared = set()
        for g, quads in by_graph.items():
            for q in quads:
                for t in (q.subject, q.object):
                    if isinstance(t, ox.BlankNode):
                        if seen.setdefault(t, g) != g:
                            shared.add(t)
        return shared

    @staticmethod
    def _insert_data(quads: list) -> str:
        labels: dict = {}  # one label space per request: a blank node is one node within it
        by_graph: dict = defaultdict(list)
        for q in quads:
            by_graph[q.graph_name].append(_triple_line(q, labels))
        parts = []
        for g, lines in by_graph.items():
            body = "\n    ".join(lines)
            if isinstance(g, ox.DefaultGraph):
                parts.append(f"  {body}")
            else:
                parts.append(f"  GRAPH {_nt_iri(g.value)} {{\n    {body}\n  }}")
        if labels:
            # INSERT DATA may hold blank nodes (SPARQL 1.1 Update, 3.1.1), but Virtuoso 7 refuses them
            # ("Blank node '_:b0' is not allowed in a constant clause"). A template instantiated
            # once, by the single solution of an empty WHERE, makes one new node per label: the same.
            return "INSERT {\n" + "\n".join(parts) + "\n}\nWHERE {}"
        return "INSERT DATA {\n" + "\n".join(parts) + "\n}"

    def _gsp_send(self, graph, quads: list, replace: bool) -> None:
        labels: dict = {}
        body = ("\n".join(_triple_line(q, labels) for q in quads) + "\n").encode("utf-8")
        if isinstance(graph, ox.DefaultGraph):
            target = "default"
        else:
            target = "graph=" + urllib.parse.quote(graph.value, safe="")
        sep = "&" if "?" in self.graph_store else "?"
        self._request("PUT" if replace else "POST", f"{self.graph_store}{sep}{target}", body,
                      {"Content-Type": "application/n-triples", "Accept": "*/*"})
