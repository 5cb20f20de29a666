"""The embedded store: a dsr-graph dataset held in pyoxigraph, with conversions for rdflib tools.

pyoxigraph is the engine because it loads and queries this kind of data several times faster
than rdflib's in-memory store (7-14x to load, 20-50x to query at a million statements); rdflib
is still what SHACL validation (pySHACL) and many notebooks expect, so ``to_rdflib`` converts on
demand.

The default graph, count once: each source's statements live in a named graph of their own, and
queries see the *merge* of all of them as their default graph, where a statement that several
sources make is one statement. Oxigraph 0.5's own union-default-graph mode yields such a
statement once per graph that holds it, so a plain ``COUNT`` over-counts; the store therefore
holds the merge itself, in its default graph: each distinct triple once, kept in step with the
named graphs by :meth:`KnowledgeGraph.add_quads` and :meth:`KnowledgeGraph.remove_graph`. It
costs about 3.6 s and 250 MB at a million quads. ``GRAPH ?g { … }`` still ranges over the
named graphs only, and a query with ``FROM`` uses the dataset it names.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
import rdflib

from .engine import dataset_options
from ..errors import UnreadableInput
from ..namespaces import PREFIXES
from ..terms import to_rdflib_term  # noqa: F401 - part of this module's interface
from .rdfio import FORMATS_BY_SUFFIX, read_quads, render_trig, render_trig_graphs, render_turtle, syntax_message

__all__ = ["KnowledgeGraph", "to_rdflib_term"]


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
        # The input's own default-graph triples, when it has named graphs too (the store's default
        # graph then also holds the merge, so they are kept apart to be written back as they came).
        self._own_default: ox.Store | None = None
        # True when the input has no named graphs: its default graph is then the merge itself.
        self._default_only = False
        self._quads = 0
        self._statements = 0
        self._memo: dict = {}  # results computed from this graph (projections): see memo()
        self._merge()

    def _merge(self) -> None:
        """Fill the default graph with the merge of every graph (see the module's docstring)."""
        store, default = self.store, ox.DefaultGraph()
        total = len(store)
        has_named = next(iter(store.named_graphs()), None) is not None
        has_default = next(iter(store.quads_for_pattern(None, None, None, default)), None) is not None
        if not has_named:
            self._default_only = True
            self._quads = self._statements = total
            return
        own = 0
        if has_default:
            self._own_default = ox.Store()
            self._own_default.bulk_extend(store.quads_for_pattern(None, None, None, default))
            own = len(self._own_default)
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        self._quads = total
        self._statements = len(store) - (total - own)

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
        from .rdfguard import bom_length, check_rdf_file, check_store_literals

        store = ox.Store()
        try:
            check_rdf_file(path, fmt)
            # straight from the file into the store: no Python list of a million quads in between
            with path.open("rb") as handle:
                handle.seek(bom_length(path))
                store.bulk_load(handle, format=fmt, base_iri=path.resolve().as_uri())
        except SyntaxError as exc:
            raise UnreadableInput(f"{path}: not valid {fmt.name}: {syntax_message(exc)}") from None
        except (OSError, ValueError) as exc:
            raise UnreadableInput(f"{path}: cannot read: {exc}") from None
        check_store_literals(store, path)
        return cls(store, str(path))

    @property
    def name(self) -> str:
        """The origin as outputs state it: a file's name without its folders, so that what a build
        or a map writes never depends on where its input files sit."""
        return Path(self.origin).name if Path(self.origin).suffix else self.origin

    def __len__(self) -> int:
        """Distinct statements: a statement several sources make counts once."""
        return self._statements

    @property
    def quad_count(self) -> int:
        """Statements as the named graphs hold them: one per source that makes each (plus the input's
        own default-graph statements)."""
        return self._quads

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {len(self):,} statements ({self.quad_count:,} quads in "
                f"{len(self.graph_names()):,} named graphs) from {self.origin}>")

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad as the input had it: the named graphs' quads, then its own default-graph
        triples (never the merge). In no particular order; rdfio sorts for output."""
        if self._default_only:
            yield from self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
            return
        for g in self.store.named_graphs():
            yield from self.store.quads_for_pattern(None, None, None, g)
        if self._own_default is not None:
            yield from self._own_default.quads_for_pattern(None, None, None, None)

    def graphs_of(self, subject, predicate, obj) -> list:
        """The quads stating a triple pattern in a named graph (or the input's own default graph)."""
        if self._default_only:
            return list(self.store.quads_for_pattern(subject, predicate, obj, ox.DefaultGraph()))
        found = [q for q in self.store.quads_for_pattern(subject, predicate, obj, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph)]
        if self._own_default is not None:
            found += self._own_default.quads_for_pattern(subject, predicate, obj, None)
        return found

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def memo(self, key, compute):
        """``compute()``, once per ``key`` while the graph stays as it is: a build computes each
        projection once for its analysis, maps and exports. Any change to the graph forgets them,
        except a change made inside :meth:`keeping_memo`."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def forget(self, match) -> None:
        """Forget what :meth:`memo` holds under the keys for which ``match(key)`` is true."""
        self._memo = {k: v for k, v in self._memo.items() if not match(k)}

    @contextmanager
    def keeping_memo(self):
        """Change the graph without forgetting what :meth:`memo` holds: only for statements derived
        from those results that cannot change them — the analysis's measures and communities, which
        no projection reads (a test projects every projection before and after them)."""
        kept = self._memo
        try:
            yield
        finally:
            self._memo = kept

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads, keeping the default graph the merge of every graph."""
        self._memo = {}
        default = ox.DefaultGraph()
        quads = list(quads)
        named = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
        own = [q for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
        if self._default_only and named:
            # the input's default graph stops being the whole merge: keep its triples apart
            self._own_default = ox.Store()
            self._own_default.bulk_extend(self.store.quads_for_pattern(None, None, None, default))
            self._default_only = False
        if self._default_only:
            self.store.extend(own)
            self._quads = self._statements = len(self.store)
            return
        n0 = len(self.store)
        self.store.extend(named)
        n1 = len(self.store)
        if own:
            self._own_default = self._own_default or ox.Store()
            k0 = len(self._own_default)
            self._own_default.extend(own)
            self._quads += len(self._own_default) - k0
        self.store.extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in quads)
        self._quads += n1 - n0
        self._statements += len(self.store) - n1

    def remove_graph(self, name: ox.NamedNode) -> None:
        """Remove a named graph, and from the merge each statement no other graph makes."""
        self.remove_quads(list(self.store.quads_for_pattern(None, None, None, name)))

    def remove_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Remove quads of named graphs, and from the merge each statement no other graph makes."""
        self._memo = {}
        default = ox.DefaultGraph()
        for q in list(quads):
            if isinstance(q.graph_name, ox.DefaultGraph) or q not in self.store:
                continue  # the input's own default graph is not edited here
            self.store.remove(q)
            self._quads -= 1
            if not self.graphs_of(q.subject, q.predicate, q.object):
                self.store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
                self._statements -= 1

    def select(self, sparql: str, union: bool = True) -> list[dict[str, object]]:
        """Run a SELECT query; rows map variable names to pyoxigraph terms (unbound ones are absent).

        The standard prefixes (dsr, organisation, partnership, rdfs, skos, ...) are predeclared, and by
        default the default graph is the union of all named graphs. An ASK query gives one empty row
        when true and none when false, so ``if kg.select("ASK {…}")`` reads as it should.
        """
        results = self.store.query(sparql, prefixes=PREFIXES, **dataset_options(union))
        if isinstance(results, ox.QueryBoolean):
            return [{}] if results else []
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
              max_rows: int | None = None, union: bool = True, max_memory: int | None = None):
        """Run a catalogue query (by name) or SPARQL text; return a :class:`graph.store.results.QueryResult`.

        Parameters
        ----------
        query : str
            A catalogue name (``dsr query --list``), or SPARQL text. The standard prefixes need not be
            declared; the default graph is the union of all named graphs unless ``union=False``.
        params : dict, optional
            Values for the query's parameters: RDF terms, or text read as the term kind the catalogue
            declares: an IRI or prefixed name (``{"org": "organisation:huawei-technologies"}``) or, for
            a parameter that names an entity, its id, label, alias or ISO code (``{"org": "ZTE"}``,
            ``{"country": "KEN"}``); a value that names nothing in the graph raises
            :class:`graph.store.names.UnknownName` with the closest names. They are bound as RDF terms,
            never pasted into the text.
        timeout : float, optional
            Seconds after which the query is stopped (it runs in a child process) and QueryTimeout raised.
        max_rows : int, optional
            Raise ResultTooLarge when the result has more rows or triples.
        max_memory : int, optional
            Bytes the query may allocate (it then runs in a child process, as with ``timeout``); past
            them it ends with a QueryError instead of exhausting the machine.

        Examples
        --------
        >>> import graph
        >>> kg = graph.load()                                                    # doctest: +SKIP
        >>> kg.query("partnerships-of-organisation", {"org": "organisation:zte-corporation"}).to_dataframe()  # doctest: +SKIP
        """
        from .engine import evaluate, run_in_child
        from .names import NameResolver
        from .queries import adhoc_bindings, catalogue

        queries = catalogue()
        if query in queries:
            entry = queries[query]
            text_params = {k: v for k, v in (params or {}).items() if isinstance(v, str)}
            bindings = entry.bindings(text_params, NameResolver(self.select))
            bindings.update({k: v for k, v in (params or {}).items() if not isinstance(v, str)})
            text = entry.text
        else:
            text = query
            bindings = adhoc_bindings(params or {})
        return run_in_child(lambda: evaluate(self.store, text, bindings, union=union, max_rows=max_rows), timeout,
                            max_memory)

    def union_triples(self) -> set[tuple]:
        """The distinct triples of all graphs together (the merge)."""
        return {(q.subject, q.predicate, q.object)
                for q in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}

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
        """The dataset as sorted TriG text (what :func:`graph.store.rdfio.render_trig` writes for
        :meth:`quads`, read from the store a graph at a time)."""
        if self._default_only:
            return render_trig(self.quads())
        store, default = self.store, ox.DefaultGraph()
        names = list(store.named_graphs()) + ([default] if self._own_default is not None else [])

        def triples_of(g):  # a store holds each quad once: nothing to make distinct
            source = self._own_default if isinstance(g, ox.DefaultGraph) else store
            return [(q.subject, q.predicate, q.object)
                    for q in source.quads_for_pattern(None, None, None, None if g is default else g)]

        return render_trig_graphs(names, triples_of)

    def turtle(self) -> str:
        """The union of all graphs as sorted Turtle text."""
        merge = self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        return render_turtle([(q.subject, q.predicate, q.object) for q in merge], distinct=True)

    def summary(self):
        """Counts of what the graph holds; see :func:`graph.store.summary.summarise`."""
        from .summary import summarise

        return summarise(self)

    def validate(self):
        """Check the graph against the SHACL shapes; see :func:`graph.validate.validate`."""
        from ..validate.report import validate

        return validate(self)
