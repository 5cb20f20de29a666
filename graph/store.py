"""The embedded store: a dsr-graph dataset held in pyoxigraph, with conversions for rdflib tools.

pyoxigraph is the engine because it loads and queries this kind of data several times faster
than rdflib's in-memory store (see ../shared/BASELINES.md); rdflib is still what SHACL
validation (pySHACL) and many notebooks expect, so ``to_rdflib`` converts on demand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
import rdflib

from .errors import UnreadableInput
from .namespaces import PREFIXES
from .rdfio import FORMATS_BY_SUFFIX, read_quads, render_trig, render_turtle, syntax_message

__all__ = ["KnowledgeGraph", "to_rdflib_term"]


def to_rdflib_term(term):
    """Convert a pyoxigraph term to the equivalent rdflib term."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"cannot convert {term!r}")


class KnowledgeGraph:
    """A DSR dataset: named graphs of sourced statements, queryable with SPARQL.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store holding the quads.
    origin : str
        Where the data came from (a file path, or "bundled records"), for messages.

    Examples
    --------
    >>> import graph
    >>> kg = graph.load()                       # doctest: +SKIP
    >>> kg.select("SELECT (COUNT(*) AS ?n) WHERE { ?s a dsr:Partnership }")  # doctest: +SKIP
    """

    def __init__(self, store: ox.Store, origin: str):
        self.store = store
        self.origin = origin

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad], origin: str) -> "KnowledgeGraph":
        store = ox.Store()
        store.bulk_extend(quads)
        return cls(store, origin)

    @classmethod
    def from_file(cls, path: Path | str) -> "KnowledgeGraph":
        """Load a TriG, Turtle, N-Quads, N-Triples, RDF/XML or JSON-LD file.

        Raises
        ------
        UnreadableInput
            When the file is missing or not valid RDF.
        """
        path = Path(path)
        fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
        if fmt is None or not path.is_file():
            read_quads(path)  # raises the same clear error as every other reader
        store = ox.Store()
        try:
            # straight from the file into the store: no Python list of a million quads in between
            store.bulk_load(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        except SyntaxError as exc:
            raise UnreadableInput(f"{path}: not valid {fmt.name}: {syntax_message(exc)}") from None
        except (OSError, ValueError) as exc:
            raise UnreadableInput(f"{path}: cannot read: {exc}") from None
        return cls(store, str(path))

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {len(self)} quads from {self.origin}>"

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad, in the store's order (use rdfio for sorted output)."""
        return iter(self.store.quads_for_pattern(None, None, None, None))

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def select(self, sparql: str, union: bool = True) -> list[dict[str, object]]:
        """Run a SELECT query; rows map variable names to pyoxigraph terms (unbound ones are absent).

        The standard prefixes (dsr, organisation, partnership, rdfs, skos, ...) are predeclared, and by
        default the default graph is the union of all named graphs.
        """
        results = self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union)
        names = [v.value for v in results.variables]
        rows = []
        for solution in results:
            row = {}
            for name in names:
                value = solution[name]
                if value is not None:
                    row[name] = value
            rows.append(row)
        return rows

    def query(self, query: str, params: dict | None = None, *, timeout: float | None = None,
              max_rows: int | None = None, union: bool = True):
        """Run a catalogue query (by name) or SPARQL text; return a :class:`graph.results.QueryResult`.

        Parameters
        ----------
        query : str
            A catalogue name (``dsr query --list``), or SPARQL text. The standard prefixes need not be
            declared; the default graph is the union of all named graphs unless ``union=False``.
        params : dict, optional
            Values for the query's parameters: RDF terms, or text read as the term kind the catalogue
            declares (``{"org": "organisation:huawei-technologies"}``). They are bound as RDF terms,
            never pasted into the text.
        timeout : float, optional
            Seconds after which the query is stopped (it runs in a child process) and QueryTimeout raised.
        max_rows : int, optional
            Raise ResultTooLarge when the result has more rows or triples.

        Examples
        --------
        >>> import graph
        >>> kg = graph.load()                                                    # doctest: +SKIP
        >>> kg.query("partnerships-of-organisation", {"org": "organisation:zte-corporation"}).to_dataframe()  # doctest: +SKIP
        """
        from .engine import evaluate, run_in_child
        from .queries import catalogue, term_from_text

        bindings: dict = {}
        queries = catalogue()
        if query in queries:
            entry = queries[query]
            text_params = {k: v for k, v in (params or {}).items() if isinstance(v, str)}
            bindings = entry.bindings(text_params)
            bindings.update({k: v for k, v in (params or {}).items() if not isinstance(v, str)})
            text = entry.text
        else:
            text = query
            for name, value in (params or {}).items():
                if isinstance(value, str):
                    kind = "iri" if (value.startswith("<") or (":" in value and " " not in value)) else "literal"
                    value = term_from_text(value, kind, what=f"parameter {name!r}")
                bindings[name] = value
        return run_in_child(lambda: evaluate(self.store, text, bindings, union=union, max_rows=max_rows), timeout)

    def union_triples(self) -> set[tuple]:
        """The triples of all graphs together, duplicates removed."""
        return {(q.subject, q.predicate, q.object) for q in self.quads()}

    def to_rdflib(self, union: bool = True) -> rdflib.Graph | rdflib.Dataset:
        """Convert to rdflib: the union as one Graph, or a Dataset keeping the named graphs."""
        if union:
            g = rdflib.Graph()
            for s, p, o in self.union_triples():
                g.add((to_rdflib_term(s), to_rdflib_term(p), to_rdflib_term(o)))
        else:
            g = rdflib.Dataset()
            for q in self.quads():
                name = to_rdflib_term(q.graph_name)
                target = g.default_graph if name is None else g.graph(name)
                target.add((to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object)))
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True)
        return g

    def trig(self) -> str:
        """The dataset as sorted TriG text."""
        return render_trig(self.quads())

    def turtle(self) -> str:
        """The union of all graphs as sorted Turtle text."""
        return render_turtle(self.union_triples())

    def summary(self):
        """Counts of what the graph holds; see :func:`graph.summary.summarise`."""
        from .summary import summarise

        return summarise(self)

    def validate(self):
        """Check the graph against the SHACL shapes; see :func:`graph.validate.validate`."""
        from .validate import validate

        return validate(self)
