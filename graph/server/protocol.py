"""The SPARQL 1.1 Protocol side of the endpoint: content negotiation, the service description, and the
work a query's child process does."""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from ..store.engine import check_read_only, evaluate
from ..errors import DSRError
from ..namespaces import PREFIXES
from ..store.rdfio import render_turtle
from ..store.results import MEDIA_TYPES, QueryResult
from ..store.kg import KnowledgeGraph


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCTERMS = "http://purl.org/dc/terms/"

# (media type matched against Accept, format, Content-Type sent), in the server's order of preference.
SELECT_TYPES = (
    ("application/sparql-results+json", "json", MEDIA_TYPES["json"]),
    ("application/sparql-results+xml", "xml", MEDIA_TYPES["xml"]),
    ("text/csv", "csv", MEDIA_TYPES["csv"]),
    ("text/tab-separated-values", "tsv", MEDIA_TYPES["tsv"]),
    ("application/json", "json", "application/json"),
    ("application/xml", "xml", "application/xml"),
    ("text/xml", "xml", "text/xml; charset=utf-8"),
    ("text/plain", "table", MEDIA_TYPES["table"]),
    ("text/markdown", "md", MEDIA_TYPES["md"]),
)
GRAPH_TYPES = (
    ("text/turtle", "turtle", MEDIA_TYPES["turtle"]),
    ("application/ld+json", "json-ld", MEDIA_TYPES["json-ld"]),
    ("application/n-triples", "n-triples", MEDIA_TYPES["n-triples"]),
    ("application/rdf+xml", "rdf-xml", "application/rdf+xml"),
    ("application/x-turtle", "turtle", "application/x-turtle"),
    ("application/json", "json-ld", "application/json"),
    ("text/plain", "n-triples", "text/plain; charset=utf-8"),
)
# `format=` values: a short name, for SELECT/ASK and for CONSTRUCT/DESCRIBE results
FORMAT_NAMES = {
    "json": ("json", "json-ld"), "srj": ("json", None), "xml": ("xml", "rdf-xml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None), "table": ("table", None), "text": ("table", "n-triples"),
    "md": ("md", None), "markdown": ("md", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "json-ld": (None, "json-ld"), "jsonld": (None, "json-ld"),
    "n-triples": (None, "n-triples"), "ntriples": (None, "n-triples"), "nt": (None, "n-triples"),
    "rdf-xml": (None, "rdf-xml"), "rdfxml": (None, "rdf-xml"), "rdf": (None, "rdf-xml"),
}
RESULT_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "json-ld": "JSON-LD", "n-triples": "N-Triples",
    "rdf-xml": "RDF_XML",
}
DESCRIPTION_TYPES = (
    ("text/turtle", "turtle", MEDIA_TYPES["turtle"]),
    ("application/ld+json", "json-ld", MEDIA_TYPES["json-ld"]),
    ("application/n-triples", "n-triples", MEDIA_TYPES["n-triples"]),
    ("application/rdf+xml", "rdf-xml", "application/rdf+xml"),
    ("application/x-turtle", "turtle", "application/x-turtle"),
    ("text/plain", "n-triples", "text/plain; charset=utf-8"),
)


class ServeError(DSRError):
    """The server cannot start (address in use, bad option)."""

    exit_code = 2


class _Reply(Exception):
    """An answer other than success: status, plain-text message, extra headers."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# --------------------------------------------------------------------------------- negotiation

def parse_accept(header: str | None) -> list[tuple[str, str, float]]:
    """The media ranges of an Accept header as (type, subtype, q); malformed ranges are left out."""
    ranges = []
    for part in (header or "").split(","):
        media, *params = part.split(";")
        media = media.strip().lower()
        if media.count("/") != 1:
            continue
        main, sub = media.split("/")
        if not main or not sub or (main == "*" and sub != "*"):
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = -1.0
        if 0.0 <= q <= 1.0:
            ranges.append((main, sub, q))
    return ranges


def negotiate(accept: str | None, offers: Iterable[tuple]) -> tuple | None:
    """The offer (a tuple whose first item is a media type) the Accept header prefers; None if none fits.

    Each offer gets the q of the most specific range that matches it; the highest q wins, and
    ties go to the earlier offer. A missing or empty Accept accepts the first offer.
    """
    offers = list(offers)
    if accept is None or not accept.strip():
        return offers[0] if offers else None
    ranges = parse_accept(accept)
    best, best_q = None, 0.0
    for offer in offers:
        main, sub = offer[0].split("/")
        q, specificity = None, -1
        for r_main, r_sub, r_q in ranges:
            if r_main == main and r_sub == sub:
                level = 2
            elif r_main == main and r_sub == "*":
                level = 1
            elif r_main == "*":
                level = 0
            else:
                continue
            if level > specificity:
                q, specificity = r_q, level
        if q is not None and q > best_q:
            best, best_q = offer, q
    return best


def _offer_for_format(fmt: str, offers) -> tuple | None:
    for offer in offers:
        if offer[1] == fmt:
            return offer
    return None


def _choose(params: dict[str, list[str]], accept: str | None) -> dict[str, tuple | None]:
    """The (media type, format, Content-Type) to answer a SELECT/ASK and a CONSTRUCT/DESCRIBE result with."""
    wanted = params.get("format", [])
    if wanted:
        for value in wanted:
            key = value.strip().lower()
            if key in FORMAT_NAMES:
                sel, graph = FORMAT_NAMES[key]
                return {"select": sel and _offer_for_format(sel, SELECT_TYPES),
                        "graph": graph and _offer_for_format(graph, GRAPH_TYPES)}
            if "/" in key:
                main = key.split(";")[0].strip()
                sel = next((o for o in SELECT_TYPES if o[0] == main), None)
                graph = next((o for o in GRAPH_TYPES if o[0] == main), None)
                if sel or graph:
                    return {"select": sel, "graph": graph}
        names = ", ".join(sorted(FORMAT_NAMES))
        raise _Reply(400, f"unknown format {wanted[0]!r}: use one of {names}, or a media type")
    return {"select": negotiate(accept, SELECT_TYPES), "graph": negotiate(accept, GRAPH_TYPES)}


def _not_acceptable(kind: str, by_format: bool) -> _Reply:
    offers = SELECT_TYPES if kind == "select" else GRAPH_TYPES
    what = "SELECT/ASK" if kind == "select" else "CONSTRUCT/DESCRIBE"
    if by_format:
        names = ", ".join(dict.fromkeys(o[1] for o in offers))
        return _Reply(400, f"that format does not fit a {what} result; use one of {names}")
    return _Reply(406, f"no acceptable format for a {what} result; this endpoint offers "
                       + ", ".join(dict.fromkeys(o[0] for o in offers)))


# --------------------------------------------------------------------------------- queries in a child

def _serialize(result: QueryResult, fmt: str) -> bytes:
    if fmt == "rdf-xml":
        return ox.serialize(sorted(result.triples, key=str), format=ox.RdfFormat.RDF_XML) or b""
    return result.serialize(fmt)


def _answer(store: ox.Store, text: str, choices: dict, max_rows: int | None) -> tuple:
    """Check, evaluate and serialise (in a query worker): ('ok', content type, body, size), or
    ('refused', kind) when the client accepts no format for the query's kind of result.

    The query is parsed and checked first (:func:`graph.store.engine.check_read_only`: updates, LOAD,
    SERVICE and nesting the engine cannot take are refused), and not evaluated when its result
    could not be sent."""
    form = check_read_only(text).form
    kind = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "select"
    if choices.get(kind) is None:
        return ("refused", kind)
    result = evaluate(store, text, max_rows=max_rows, checked=True)
    kind = "graph" if result.is_graph else "select"
    choice = choices.get(kind)
    if choice is None:
        return ("refused", kind)
    return ("ok", choice[2], _serialize(result, choice[1]), len(result))


# --------------------------------------------------------------------------------- service description

def service_description(kg: KnowledgeGraph, endpoint: str) -> list[ox.Triple]:
    """A SPARQL 1.1 Service Description of the endpoint at ``endpoint``, as triples."""
    svc = ox.NamedNode(endpoint)
    a = ox.NamedNode(RDF_TYPE)
    sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731
    triples = [
        ox.Triple(svc, a, sd("Service")),
        ox.Triple(svc, sd("endpoint"), svc),
        ox.Triple(svc, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(svc, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(svc, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(svc, ox.NamedNode(DCTERMS + "title"), ox.Literal("dsr-graph SPARQL endpoint")),
        ox.Triple(svc, ox.NamedNode(DCTERMS + "description"), ox.Literal(
            "Read-only SPARQL 1.1 Query endpoint over the Digital Silk Road knowledge graph. The default "
            "graph is the merge of all named graphs (one per source), where a statement several sources "
            "make is one statement; the standard prefixes (dsr, "
            "organisation, partnership, rdfs, …) are predeclared. SPARQL Update, LOAD and SERVICE are "
            "refused; default-graph-uri and named-graph-uri are refused (use FROM / FROM NAMED).", language="en")),
    ]
    for name in RESULT_FORMAT_IRIS.values():
        triples.append(ox.Triple(svc, sd("resultFormat"), ox.NamedNode(FORMATS + name)))
    dataset, default = ox.BlankNode("dataset"), ox.BlankNode("default-graph")
    triples += [
        ox.Triple(svc, sd("defaultDataset"), dataset),
        ox.Triple(dataset, a, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, a, sd("Graph")),
        ox.Triple(default, ox.NamedNode(VOID + "triples"),
                  ox.Literal(str(len(kg)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
    ]
    counts = {}
    for row in kg.store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        counts[row["g"].value] = int(row["n"].value)
    for i, name in enumerate(sorted(counts)):
        named, g = ox.BlankNode(f"named{i}"), ox.BlankNode(f"graph{i}")
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, a, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(name)),
            ox.Triple(named, sd("graph"), g),
            ox.Triple(g, a, sd("Graph")),
            ox.Triple(g, ox.NamedNode(VOID + "triples"),
                      ox.Literal(str(counts[name]), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        ]
    return triples


def _serialize_description(triples: list[ox.Triple], fmt: str) -> bytes:
    if fmt == "turtle":
        prefixes = {"sd": SD, "formats": FORMATS, "void": VOID, **PREFIXES}
        return render_turtle([(t.subject, t.predicate, t.object) for t in triples], prefixes).encode("utf-8")
    rdf_format = {"json-ld": ox.RdfFormat.JSON_LD, "n-triples": ox.RdfFormat.N_TRIPLES,
                  "rdf-xml": ox.RdfFormat.RDF_XML}[fmt]
    return ox.serialize(triples, format=rdf_format) or b""


