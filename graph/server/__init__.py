"""A SPARQL 1.1 Protocol endpoint over the embedded store, with a query page that works offline.

``make_server(kg, …)`` returns a threading HTTP server; ``serve(kg, …)`` runs one until Ctrl-C.
It answers:

``/sparql``
    SPARQL 1.1 queries by GET (``?query=``), POST ``application/x-www-form-urlencoded``
    (``query=``) and POST ``application/sparql-query``. Results are negotiated with ``Accept``
    (q-values honoured; 406 when nothing fits) or chosen with ``format=``: SPARQL JSON (the
    default), XML, CSV, TSV, a text or Markdown table for SELECT/ASK; Turtle (the default),
    JSON-LD, N-Triples, RDF/XML for CONSTRUCT/DESCRIBE. The default graph is the union of all
    named graphs, unless the query names its dataset with FROM / FROM NAMED. The protocol's
    ``default-graph-uri`` and ``named-graph-uri`` parameters are refused with 400 (use FROM and
    FROM NAMED in the query instead). GET without a query returns the SPARQL 1.1 Service
    Description (also at ``/sparql/description``).
``/``
    A query page (YASGUI, vendored in ``graph/ui/vendor``) with the query catalogue preloaded;
    every asset comes from this server.
``/maps/…``
    The HTML maps a build wrote next to the graph file (``<graph folder>/maps/``), if any.

The endpoint is read-only and never fetches anything: SPARQL Update (by ``update=`` or
``application/sparql-update``) is refused with 403, and so are LOAD and SERVICE. Each query runs
in a forked child (:func:`graph.store.engine.run_in_child`) that evaluates it and writes the answer's
bytes; after ``timeout`` seconds the child is killed and the client gets 503, never a partial
result. Other requests are answered meanwhile (one thread per connection). Results larger than
``max_rows`` get 400; requests larger than ``max_request_bytes`` get 413. Errors are plain text:
400 for a malformed query (with the parser's line and column), 4xx for any other bad request,
500 only for a bug.
"""

from .app import DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, SparqlServer, make_server, serve
from .page import editor_text, render_index
from .protocol import ServeError, negotiate, parse_accept, service_description

__all__ = [
    "make_server",
    "serve",
    "SparqlServer",
    "ServeError",
    "negotiate",
    "parse_accept",
    "service_description",
    "render_index",
    "editor_text",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_MAX_REQUEST_BYTES",
]
