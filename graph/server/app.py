"""The HTTP server: settings, request handling and routing for /sparql, / and /maps/."""

from __future__ import annotations

import re
import signal
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import parse_qsl, unquote, urlsplit

import pyoxigraph as ox

from ..version import __version__
from ..store.engine import CAN_FORK, Forbidden, QueryError, QuerySyntaxError, QueryTimeout, ResultTooLarge
from ..store.sandbox import DEFAULT_MEMORY
from ..store.queries import catalogue
from ..store.kg import KnowledgeGraph

from .cache import DEFAULT_CACHE_BYTES, AnswerCache
from .pool import WorkerDied, WorkerPool
from .page import UI_CSP, _content_type, _ui_assets, render_index
from .protocol import (DESCRIPTION_TYPES, FORMAT_NAMES, ServeError, _answer, _choose, _not_acceptable,
                       _offer_for_format, _Reply, _serialize_description, negotiate, service_description)

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_REQUEST_BYTES = 1_000_000
DEFAULT_MAX_CONCURRENT = None  # query workers: two per core, at least four (see graph.server.pool)

# --------------------------------------------------------------------------------- the server

@dataclass(frozen=True)
class _Settings:
    timeout: float | None
    max_rows: int | None
    max_request_bytes: int
    cors: tuple[str, ...]
    maps_dir: Path | None
    log_requests: bool


_PLACEHOLDER = "urn:x-dsr-graph:endpoint"


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server of :func:`make_server`: one thread per connection, queries in a pool of
    preforked workers (:class:`graph.server.pool.WorkerPool`)."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, kg: KnowledgeGraph, address: tuple, settings: _Settings, workers: int | None,
                 memory: int | None, cache_bytes: int):
        self.kg = kg
        self.settings = settings
        self.assets = _ui_assets()
        maps = settings.maps_dir is not None and settings.maps_dir.is_dir()
        self.index = render_index(catalogue(), statements=len(kg), graph_name=kg.name, maps=maps).encode()
        # described now, before the workers are forked: the serving threads never touch the store
        self._description = service_description(kg, _PLACEHOLDER)
        super().__init__(address, _Handler)
        store, max_rows = kg.store, settings.max_rows
        self.pool = WorkerPool(lambda text, choices: _answer(store, text, choices, max_rows), workers,
                               memory=memory) if CAN_FORK else None
        self.cache = AnswerCache(cache_bytes)

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:8000/``."""
        host, port = self.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def description(self, endpoint: str) -> list[ox.Triple]:
        """The service description with ``endpoint`` as the service's IRI."""
        placeholder, svc = ox.NamedNode(_PLACEHOLDER), ox.NamedNode(endpoint)
        return [ox.Triple(svc if t.subject == placeholder else t.subject, t.predicate,
                          svc if t.object == placeholder else t.object) for t in self._description]


class _IPv6Server(SparqlServer):
    address_family = socket.AF_INET6


def _default_maps_dir(kg: KnowledgeGraph) -> Path | None:
    origin = Path(kg.origin)
    return origin.parent / "maps" if origin.is_file() else None


def _normalise_origin(origin: str) -> str:
    origin = origin.strip()
    if origin == "*":
        return origin
    origin = origin.rstrip("/")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*://[^/\s?#]+", origin):
        raise ServeError(f"--cors {origin!r}: give an origin such as https://example.org (scheme, host, "
                         "optional port) or *")
    scheme, rest = origin.split("://", 1)
    return f"{scheme.lower()}://{rest.lower()}"


def make_server(kg: KnowledgeGraph, host: str = "127.0.0.1", port: int = 8000, timeout: float | None = DEFAULT_TIMEOUT,
                cors: Iterable[str] = (), max_rows: int | None = DEFAULT_MAX_ROWS,
                max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES, *, maps_dir: Path | str | None = None,
                max_concurrent: int | None = DEFAULT_MAX_CONCURRENT, max_memory: int | None = DEFAULT_MEMORY,
                cache_bytes: int = DEFAULT_CACHE_BYTES, log_requests: bool = True) -> SparqlServer:
    """A SPARQL 1.1 Protocol server for ``kg``, bound to ``host:port`` but not yet serving.

    Call ``serve_forever()`` on it (in a thread if you like) and ``shutdown()`` + ``server_close()``
    to stop it; :func:`serve` does that for the command line. ``port=0`` picks a free port
    (see ``server.url``).

    Parameters
    ----------
    kg : KnowledgeGraph
    host, port : where to listen.
    timeout : float, optional
        Seconds after which a query's child process is killed and the client gets 503; None for
        no limit (queries then run in the request thread).
    cors : origins
        Origins allowed to read answers from a browser (``*`` for any); none by default.
    max_rows : int, optional
        Larger results (rows or triples) are refused with 400.
    max_request_bytes : int
        Larger request bodies (and query strings) are refused with 413.
    maps_dir : path, optional
        Folder served at ``/maps/``; by default ``maps/`` beside the graph file, when there is one.
    max_concurrent : int, optional
        Query workers kept ready (default: two per core, at least four); more queries wait for a free
        worker (503 when none frees up within the timeout). A long-running query's worker is
        demoted and a spare started, so runaway queries do not hold up short ones.
    max_memory : int, optional
        Bytes each query worker may allocate beyond the graph it shares with the server (default
        2 GiB); a query past it ends with 500, and the worker is replaced. None: no cap.
    cache_bytes : int
        Answers kept to be served again without evaluating (the graph never changes while served),
        least recently used out first; 0 keeps none.
    log_requests : bool
        Write one line per request to stderr.

    Raises
    ------
    ServeError
        When the address cannot be bound or an option is invalid.
    """
    if timeout is not None and timeout <= 0:
        raise ServeError("the timeout must be positive")
    if max_rows is not None and max_rows < 1:
        raise ServeError("max_rows must be at least 1")
    if max_request_bytes < 1:
        raise ServeError("max_request_bytes must be at least 1")
    if isinstance(cors, str):
        cors = [cors]
    origins = tuple(dict.fromkeys(_normalise_origin(o) for o in cors))
    maps = Path(maps_dir) if maps_dir is not None else _default_maps_dir(kg)
    settings = _Settings(timeout, max_rows, max_request_bytes, origins, maps, log_requests)
    cls = _IPv6Server if ":" in host else SparqlServer
    try:
        return cls(kg, (host, port), settings, max(1, max_concurrent) if max_concurrent else None, max_memory,
                   cache_bytes)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve(kg: KnowledgeGraph, host: str = "127.0.0.1", port: int = 8000, timeout: float | None = DEFAULT_TIMEOUT,
          cors: Iterable[str] = (), max_rows: int | None = DEFAULT_MAX_ROWS,
          max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES, *, maps_dir: Path | str | None = None,
          workers: int | None = DEFAULT_MAX_CONCURRENT, max_memory: int | None = DEFAULT_MEMORY,
          cache_bytes: int = DEFAULT_CACHE_BYTES, log_requests: bool = True, echo: Callable[[str], None] = print,
          ready: Callable[[SparqlServer], None] | None = None) -> None:
    """Run the server until Ctrl-C (or SIGTERM), printing its URL; see :func:`make_server`."""
    server = make_server(kg, host, port, timeout, cors, max_rows, max_request_bytes, maps_dir=maps_dir,
                         max_concurrent=workers, max_memory=max_memory, cache_bytes=cache_bytes,
                         log_requests=log_requests)
    # Fifty request threads share one interpreter lock; by default a waiting thread may get it only
    # 5 ms later, which becomes the tail of every answer's latency. A finer hand-over costs little here.
    sys.setswitchinterval(0.0005)
    previous = None
    if threading.current_thread() is threading.main_thread():
        def stop(signum, frame):
            raise KeyboardInterrupt
        previous = signal.signal(signal.SIGTERM, stop)
    try:
        echo(f"Serving {kg.origin} ({len(kg):,} statements)")
        echo(f"  query page:      {server.url}")
        echo(f"  SPARQL endpoint: {server.url}sparql")
        if server.settings.maps_dir is not None and server.settings.maps_dir.is_dir():
            echo(f"  maps:            {server.url}maps/")
        echo("Press Ctrl-C to stop.")
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        echo("Stopped.")
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.0"  # answer even a malformed request line with a status line
    server_version = f"dsr-graph/{__version__}"
    sys_version = ""
    timeout = 60  # seconds a client may take to send its request
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart on keep-alive
    error_content_type = "text/plain; charset=utf-8"

    # ------------------------------------------------------------------ plumbing

    def version_string(self):
        return self.server_version

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.settings.log_requests:
            super().log_message(format, *args)

    def send_error(self, code, message=None, explain=None):
        """Errors found by the HTTP layer itself (bad request line, headers too long, unknown method)."""
        code = int(code)
        headers = {}
        if code == HTTPStatus.NOT_IMPLEMENTED:  # a method nobody handles
            code, message = 405, f"method {self.command!r} is not allowed"
            headers["Allow"] = "GET, HEAD, POST, OPTIONS"
        elif code == HTTPStatus.HTTP_VERSION_NOT_SUPPORTED:
            code = 400
        self.close_connection = True
        try:
            text = message or HTTPStatus(code).phrase
        except ValueError:
            text = "error"
        self._send(code, (text.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def handle_expect_100(self):
        length = self.headers.get("Content-Length", "")
        if length.strip().isdigit() and int(length) > self.server.settings.max_request_bytes:
            self.close_connection = True
            self._send(413, self._too_large(int(length)), "text/plain; charset=utf-8")
            return False
        return super().handle_expect_100()

    def _too_large(self, size: int) -> bytes:
        return (f"the request is {size} bytes; this endpoint takes at most "
                f"{self.server.settings.max_request_bytes} bytes\n").encode()

    def _cors_headers(self) -> dict[str, str]:
        allowed = self.server.settings.cors
        if not allowed:
            return {}
        headers = getattr(self, "headers", None)
        origin = headers.get("Origin") if headers is not None else None
        if "*" in allowed:
            return {"Access-Control-Allow-Origin": "*"}
        if origin and origin.strip().rstrip("/").lower() in allowed:
            return {"Access-Control-Allow-Origin": origin.strip(), "Vary": "Origin"}
        return {"Vary": "Origin"}

    def _send(self, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
        self.send_response(status)
        all_headers = {"Content-Type": content_type, "Content-Length": str(len(body)),
                       "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
        for source in (self._cors_headers(), headers or {}):
            for key, value in source.items():
                if key == "Vary" and key in all_headers:
                    value = f"{all_headers[key]}, {value}"
                all_headers[key] = value
        if self.close_connection:
            all_headers["Connection"] = "close"
        for key, value in all_headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD" and status >= 200 and status not in (204, 304):
            self.wfile.write(body)

    def _text(self, status: int, message: str, headers: dict | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def _run(self, route) -> None:
        self._consumed = False
        self._started = time.monotonic()  # a query's time limit counts from its arrival
        try:
            route()
        except _Reply as reply:
            if not self._consumed and (self.headers.get("Content-Length", "0").strip() not in ("", "0")
                                       or self.headers.get("Transfer-Encoding")):
                self.close_connection = True  # an unread body would be taken for the next request
            self._text(reply.status, reply.message, reply.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:  # noqa: BLE001 - a bug: say so, keep serving
            traceback.print_exc(file=sys.stderr)
            self.close_connection = True
            try:
                self._text(500, "internal server error (a bug in dsr-graph; the details are in the server's log)")
            except OSError:
                pass

    # ------------------------------------------------------------------ methods

    def do_GET(self):
        self._run(lambda: self._route("GET"))

    def do_HEAD(self):
        self._run(lambda: self._route("HEAD"))

    def do_POST(self):
        self._run(lambda: self._route("POST"))

    def do_OPTIONS(self):
        self._run(self._options)

    def _not_allowed(self, allow: str):
        return _Reply(405, f"method {self.command} is not allowed here; allowed: {allow}", {"Allow": allow})

    do_PUT = do_DELETE = do_PATCH = do_TRACE = do_CONNECT = (
        lambda self: self._run(lambda: self._route(self.command)))

    # ------------------------------------------------------------------ routing

    def _path(self) -> tuple[str, str]:
        if self.path == "*":
            return "*", ""
        parts = urlsplit(self.path)
        try:
            path = unquote(parts.path, errors="strict")
        except UnicodeDecodeError:
            raise _Reply(400, "the path is not valid UTF-8") from None
        if "\x00" in path:
            raise _Reply(400, "the path contains a NUL character")
        return path, parts.query

    def _route(self, method: str) -> None:
        path, query = self._path()
        if path in ("/", "/index.html"):
            if method not in ("GET", "HEAD"):
                raise self._not_allowed("GET, HEAD, OPTIONS")
            return self._send(200, self.server.index, "text/html; charset=utf-8",
                              {"Content-Security-Policy": UI_CSP, "Referrer-Policy": "no-referrer",
                               "Cache-Control": "no-cache"})
        if path.startswith("/ui/"):
            if method not in ("GET", "HEAD"):
                raise self._not_allowed("GET, HEAD, OPTIONS")
            asset = self.server.assets.get(path)
            if asset is None:
                raise _Reply(404, f"no such file: {path}")
            return self._send(200, asset[0], asset[1], {"Cache-Control": "public, max-age=3600"})
        if path == "/sparql":
            if method in ("GET", "HEAD"):
                return self._sparql_get(query)
            if method == "POST":
                return self._sparql_post(query)
            raise self._not_allowed("GET, HEAD, POST, OPTIONS")
        if path == "/sparql/description":
            if method not in ("GET", "HEAD"):
                raise self._not_allowed("GET, HEAD, OPTIONS")
            return self._describe(self._params(query))
        if path == "/maps" or path.startswith("/maps/"):
            if method not in ("GET", "HEAD"):
                raise self._not_allowed("GET, HEAD, OPTIONS")
            return self._map_file(path)
        raise _Reply(404, f"nothing at {path}; the SPARQL endpoint is /sparql and the query page /")

    def _options(self) -> None:
        path, _ = self._path()
        if path in ("/sparql", "*"):
            allow = "GET, HEAD, POST, OPTIONS"
        elif path in ("/", "/index.html", "/sparql/description") or path.startswith(("/ui/", "/maps/")):
            allow = "GET, HEAD, OPTIONS"
        else:
            raise _Reply(404, f"nothing at {path}")
        headers = {"Allow": allow}
        if "Access-Control-Allow-Origin" in self._cors_headers() and self.headers.get("Access-Control-Request-Method"):
            headers.update({
                "Access-Control-Allow-Methods": allow,
                "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Language, Content-Type",
                "Access-Control-Max-Age": "600",
            })
        self._send(204, b"", "text/plain; charset=utf-8", headers)

    # ------------------------------------------------------------------ SPARQL

    def _params(self, query_string: str) -> dict[str, list[str]]:
        if len(query_string) > self.server.settings.max_request_bytes:
            raise _Reply(413, self._too_large(len(query_string)).decode())
        return self._parse_form(query_string, "the URL's query string")

    @staticmethod
    def _parse_form(text: str, what: str) -> dict[str, list[str]]:
        try:
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False, encoding="utf-8",
                              errors="strict", max_num_fields=1000)
        except UnicodeDecodeError:
            raise _Reply(400, f"{what} is not valid UTF-8 once percent-decoded") from None
        except ValueError as exc:
            raise _Reply(400, f"{what} cannot be read: {exc}") from None
        out: dict[str, list[str]] = {}
        for key, value in pairs:
            out.setdefault(key, []).append(value)
        return out

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise _Reply(411, "send the body with a Content-Length (chunked transfer encoding is not accepted)")
        raw = self.headers.get("Content-Length")
        if raw is None:
            self.close_connection = True
            raise _Reply(411, "a POST needs a Content-Length")
        if not raw.strip().isdigit():
            self.close_connection = True
            raise _Reply(400, f"Content-Length {raw!r} is not a number")
        length = int(raw)
        if length > self.server.settings.max_request_bytes:
            self.close_connection = True
            raise _Reply(413, self._too_large(length).decode())
        data = self.rfile.read(length) if length else b""
        self._consumed = True
        if len(data) < length:
            self.close_connection = True
            raise _Reply(400, "the body is shorter than its Content-Length")
        return data

    def _sparql_get(self, query_string: str) -> None:
        params = self._params(query_string)
        if "update" in params:
            raise _Reply(403, "this endpoint is read-only: SPARQL Update is refused")
        if "query" not in params:
            return self._describe(params)
        self._query(params)

    def _sparql_post(self, query_string: str) -> None:
        params = self._params(query_string)
        content_type = self.headers.get("Content-Type", "")
        media = content_type.split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self.close_connection = True
            raise _Reply(403, "this endpoint is read-only: SPARQL Update is refused")
        if media not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            self.close_connection = True
            shown = f"Content-Type {content_type!r}" if content_type else "no Content-Type"
            raise _Reply(415, f"{shown}: send a query as application/sparql-query, or as a form "
                              "(application/x-www-form-urlencoded) with query=…")
        body = self._body()
        if media == "application/sparql-query":
            if "query" in params:
                raise _Reply(400, "give the query once: in the body of an application/sparql-query POST, "
                                  "not also in the URL")
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise _Reply(400, "the query is not valid UTF-8") from None
            params["query"] = [text]
        else:
            try:
                form_text = body.decode("ascii")
            except UnicodeDecodeError:
                raise _Reply(400, "a form body must be percent-encoded ASCII") from None
            form = self._parse_form(form_text, "the form")
            if "update" in form:
                raise _Reply(403, "this endpoint is read-only: SPARQL Update is refused")
            if "query" in params and "query" in form:
                raise _Reply(400, "give the query once: in the form, not also in the URL")
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            if "query" not in params:
                raise _Reply(400, "the form has no query=… field")
        self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        settings = self.server.settings
        if len(params["query"]) != 1:
            raise _Reply(400, "give exactly one query parameter")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise _Reply(400, "default-graph-uri and named-graph-uri are not supported: the default graph is "
                              "the union of all named graphs; name a dataset with FROM / FROM NAMED in the "
                              "query, or use GRAPH <…> { … }")
        text = params["query"][0]
        if not text.strip():
            raise _Reply(400, "the query is empty")
        if len(text.encode("utf-8")) > settings.max_request_bytes:
            raise _Reply(413, self._too_large(len(text.encode("utf-8"))).decode())
        choices = _choose(params, self.headers.get("Accept"))
        by_format = bool(params.get("format"))
        # parsed, checked (updates, SERVICE, nesting), evaluated and serialised by a worker, on
        # whichever core is free; an answer kept from before needs none of that
        key = (text, choices["select"], choices["graph"])
        answer = self.server.cache.get(key)
        try:
            if answer is not None:
                pass
            elif self.server.pool is None:
                answer = _answer(self.server.kg.store, text, choices, settings.max_rows)
            else:
                answer = self.server.pool.run((text, choices), settings.timeout, started=self._started)
            if answer[0] == "ok":
                self.server.cache.put(key, answer, len(answer[2]) + len(text))
        except WorkerDied as exc:
            raise _Reply(500, str(exc)) from None
        except QueryTimeout as exc:
            raise _Reply(503, f"{exc} (the time limit is {settings.timeout:g} s); narrow the query or add LIMIT") \
                from None
        except ResultTooLarge as exc:
            raise _Reply(400, str(exc)) from None
        except Forbidden as exc:
            raise _Reply(403, str(exc)) from None
        except QuerySyntaxError as exc:
            raise _Reply(400, str(exc)) from None
        except QueryError as exc:
            raise _Reply(400, str(exc)) from None
        if answer[0] == "refused":
            raise _not_acceptable(answer[1], by_format)
        _, content_type, body, size = answer
        self._send(200, body, content_type, {"Vary": "Accept"} if not by_format else None)

    def _endpoint_url(self) -> str:
        host = self.headers.get("Host", "")
        if not re.fullmatch(r"[A-Za-z0-9.\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?", host):
            host = self.server.url[len("http://"):-1]
        return f"http://{host}/sparql"

    def _describe(self, params: dict[str, list[str]]) -> None:
        wanted = params.get("format")
        if wanted:
            key = wanted[0].strip().lower()
            fmt = FORMAT_NAMES.get(key, (None, None))[1] or next(
                (o[1] for o in DESCRIPTION_TYPES if o[0] == key.split(";")[0].strip()), None)
            offer = _offer_for_format(fmt, DESCRIPTION_TYPES) if fmt else None
            if offer is None:
                raise _Reply(400, f"format {wanted[0]!r} does not fit the service description; use turtle, "
                                  "json-ld, n-triples or rdf-xml")
        else:
            offer = negotiate(self.headers.get("Accept"), DESCRIPTION_TYPES)
            if offer is None:
                raise _Reply(406, "no acceptable format for the service description; this endpoint offers "
                                  + ", ".join(dict.fromkeys(o[0] for o in DESCRIPTION_TYPES)))
        try:
            triples = self.server.description(self._endpoint_url())
        except ValueError:
            triples = self.server.description(self.server.url + "sparql")
        body = _serialize_description(triples, offer[1])
        self._send(200, body, offer[2], {"Vary": "Accept"})

    # ------------------------------------------------------------------ maps

    def _map_file(self, path: str) -> None:
        root = self.server.settings.maps_dir
        if root is None or not root.is_dir():
            raise _Reply(404, "this graph has no maps (the build writes them into maps/ beside the graph file)")
        rel = path[len("/maps"):].lstrip("/")
        parts = [p for p in rel.split("/") if p]
        if any(p in (".", "..") or p.startswith(".") or "\\" in p for p in parts):
            raise _Reply(404, f"no such file: {path}")
        base = root.resolve()
        target = base.joinpath(*parts).resolve()
        if target != base and base not in target.parents:
            raise _Reply(404, f"no such file: {path}")
        if target.is_dir():
            if not path.endswith("/"):
                raise _Reply(301, f"see {path}/", {"Location": path + "/"})
            target = target / "index.html"
        if not target.is_file():
            raise _Reply(404, f"no such file: {path}")
        try:
            data = target.read_bytes()
        except OSError:
            raise _Reply(404, f"cannot read {path}") from None
        self._send(200, data, _content_type(target.name), {"Cache-Control": "no-cache"})

