"""Run SPARQL queries on the embedded store: read-only, capped, and stoppable by a timeout.

pyoxigraph's ``query`` takes no timeout, and a thread cannot be stopped, so a query with a time
limit runs in a forked child process: the child shares the loaded store (copy-on-write, nothing
is reloaded), evaluates, and sends the pickled result back through a pipe; when the time is up
the parent kills the child. The work really stops, and the caller gets an error, never a
partial result. Fork is POSIX-only; without it queries run in-process and ignore the limit.
"""

from __future__ import annotations

import os
import pickle
import re
import select
import signal
import struct
import threading
import time
from functools import lru_cache
from typing import Callable

import pyoxigraph as ox

from ..errors import (DSRError, Forbidden, error_names, rebuild_error, QueryError, QuerySyntaxError, QueryTimeout, QueryTooComplex,  # noqa: F401
                     ResultTooLarge)
from ..namespaces import PREFIXES
from .queries import bind_with_values
from .sandbox import close_fds_except, isolate_network, limit_memory
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sparqlsyntax import ParsedQuery
from .results import QueryResult

__all__ = [
    "QueryError",
    "QuerySyntaxError",
    "Forbidden",
    "QueryTimeout",
    "ResultTooLarge",
    "check_read_only",
    "check_for_remote",
    "dataset_options",
    "NO_DEFAULT_GRAPH",
    "evaluate",
    "run_in_child",
    "CAN_FORK",
]

CAN_FORK = hasattr(os, "fork")
# Held from pipe() to the parent's close of the write end: a fork by another thread in between
# would hand that child a copy of the write end, and this reader would never see end-of-file.
_FORK_LOCK = threading.Lock()




# A graph name no dataset uses: querying with it as the default graph leaves only named graphs.
NO_DEFAULT_GRAPH = ox.NamedNode("urn:x-dsr-graph:no-default-graph")


def dataset_options(union: bool = True) -> dict:
    """Keyword arguments for ``pyoxigraph.Store.query``: with ``union`` the default graph is the merge
    of every graph the store holds (:mod:`graph.store` keeps it; a query's own FROM still wins);
    without, it is empty."""
    return {} if union else {"default_graph": NO_DEFAULT_GRAPH}


@lru_cache(maxsize=1024)
def check_read_only(text: str, predeclared: tuple[str, ...] = tuple(PREFIXES)) -> ParsedQuery:
    """Parse a query and refuse what the engine must not run: SPARQL Update and LOAD (the graph is
    read-only), SERVICE anywhere in it (the engine never fetches from other servers), prefixes that
    are neither declared nor among ``predeclared``, and nesting the engine cannot take.

    The decision rests on the parse (:func:`graph.store.sparqlsyntax.parse_query`), not on keywords, so
    comments, strings and IRIs cannot hide a SERVICE, and text the parser does not accept is
    refused as a syntax error.

    Raises
    ------
    QuerySyntaxError, Forbidden, QueryTooComplex

    Answers are cached by text (a query asked again is not parsed again); treat them as read-only.
    """
    from .sparqlsyntax import parse_query  # its grammar takes 50 ms to compile: only when a query is checked

    parsed = parse_query(text)
    if parsed.services:
        line, col = parsed.services[0]
        raise Forbidden(f"SERVICE is not allowed (line {line}, column {col}): this engine never fetches from "
                        "other servers")
    unknown = [p for p in parsed.undeclared if p not in predeclared]
    if unknown:
        raise QuerySyntaxError(f"unknown prefix {', '.join(repr(u) for u in unknown)}: declare it "
                               f"(PREFIX {unknown[0]}: <…>) or use one of the predeclared prefixes: "
                               f"{', '.join(predeclared)}")
    return parsed


def check_for_remote(text: str) -> None:
    """The check for a query sent to another store: updates, LOAD and SERVICE are refused, as here;
    a text this parser does not accept (the store's own dialect, or a mistake) goes to the store to
    judge, unless its keywords show an update or SERVICE.

    Raises
    ------
    Forbidden
    """
    try:
        check_read_only(text)
    except (Forbidden, QueryTooComplex):
        raise
    except QuerySyntaxError:
        from .sparqlsyntax import UPDATE_KEYWORDS, keywords

        found = keywords(text)
        if "SERVICE" in found:
            raise Forbidden("SERVICE is not allowed: dsr-graph never makes a store fetch from other servers") from None
        updates = sorted(found & UPDATE_KEYWORDS)
        if updates:
            raise Forbidden(f"{updates[0]} is not allowed: dsr-graph only reads (SPARQL Update is refused)") from None


def _syntax_error(exc: SyntaxError, line_offset: int = 0) -> QuerySyntaxError:
    msg = str(exc.msg if getattr(exc, "msg", None) else exc)
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, flags=re.S)
    if m:
        line, col, rest = int(m[1]) - line_offset, int(m[2]), m[3]
        rest = re.sub(r"\s+", " ", rest)
        if len(rest) > 300:
            rest = rest[:300] + "…"
        return QuerySyntaxError(f"SPARQL syntax error at line {line}, column {col}: {rest}")
    return QuerySyntaxError(f"SPARQL syntax error: {msg}")


@lru_cache(maxsize=256)
def _prepare(text: str, bindings: tuple, union: bool) -> tuple[str, bool]:
    """Bind and check a query once; a catalogue query asked again costs nothing more. The text
    checked is the text the engine runs, parameters bound."""
    text = bind_with_values(text, dict(bindings))
    parsed = check_read_only(text)
    union = union or bool(parsed.datasets)  # a dataset clause names the query's own graphs
    return text, union


def evaluate(store: ox.Store, text: str, bindings: dict | None = None, *, union: bool = True,
             max_rows: int | None = None, checked: bool = False) -> QueryResult:
    """Evaluate a query in this process.

    Parameters
    ----------
    store : pyoxigraph.Store
    text : str
        The SPARQL query; the standard prefixes (dsr, organisation, rdfs…) need not be declared.
    bindings : dict, optional
        Variable name → RDF term, bound by a VALUES block at the start of the outermost WHERE
        group (:func:`graph.store.queries.bind_with_values`) - the same way remote stores get them, so a
        catalogue query means the same thing everywhere.
    union : bool
        Whether the default graph is the merge of all graphs (the default: each distinct statement
        once, see :mod:`graph.store`) or empty, leaving only named graphs (``GRAPH``) to match.
    max_rows : int, optional
        Refuse results with more rows (or triples) than this.
    checked : bool
        The caller has already passed this very text, without bindings, through
        :func:`check_read_only` (the endpoint does, before handing it to a worker); it is not
        parsed again.
    """
    # the parameters keep the order the query declares them in: oxigraph starts its joins from
    # the first VALUES block, and the first parameter is the selective one (sorted by name,
    # ?property came before ?subject and sources-of-a-statement took 6x as long at 1M quads)
    if not (checked and not bindings and union):
        text, union = _prepare(text, tuple((bindings or {}).items()), union)
    try:
        raw = store.query(text, prefixes=PREFIXES, **dataset_options(union))
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(raw))
        if isinstance(raw, ox.QueryTriples):
            form = "DESCRIBE" if re.search(r"\bDESCRIBE\b", text, flags=re.I) else "CONSTRUCT"
            triples = []
            for t in raw:
                triples.append(t)
                if max_rows is not None and len(triples) > max_rows:
                    raise ResultTooLarge(f"the result has more than {max_rows} triples; narrow the query or add LIMIT")
            return QueryResult(form, triples=triples)
        variables = [v.value for v in raw.variables]
        if max_rows is None:
            rows = [tuple(solution) for solution in raw]  # a solution iterates its values in variable order
        else:
            rows = []
            for solution in raw:
                rows.append(tuple(solution))
                if len(rows) > max_rows:
                    raise ResultTooLarge(f"the result has more than {max_rows} rows; narrow the query or add LIMIT")
        return QueryResult("SELECT", variables=variables, rows=rows)
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def run_in_child(work: Callable[[], object], timeout: float | None, max_memory: int | None = None):
    """Run ``work()`` in a forked child and return its (picklable) result; kill it after ``timeout`` seconds.

    The child keeps none of the parent's descriptors, may allocate ``max_memory`` bytes beyond what
    it maps when forked (a query past it ends in an error, not in the machine swapping), and runs
    without network where the kernel allows (:mod:`graph.store.sandbox`). With neither a timeout nor a
    memory cap, ``work()`` runs here. A DSRError raised by the child is raised again here; any other
    failure becomes a QueryError.
    """
    if (timeout is None and max_memory is None) or not CAN_FORK:
        return work()
    with _FORK_LOCK:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid:
            os.close(write_fd)
    if pid == 0:  # the child: evaluate, write one length-prefixed pickle, leave without cleanup
        try:
            close_fds_except(write_fd)
            devnull = os.open(os.devnull, os.O_WRONLY)  # the engine's own abort message: the parent says it better
            os.dup2(devnull, 2)
            isolate_network()
            limit_memory(max_memory)
            try:
                payload = pickle.dumps(("ok", work()), protocol=pickle.HIGHEST_PROTOCOL)
            except DSRError as exc:
                payload = pickle.dumps(("error", error_names(exc), str(exc)))
            except MemoryError:
                payload = pickle.dumps(("error", "QueryError", "the query needed more memory than it may use "
                                        f"({(max_memory or 0) >> 20} MB beyond the graph); narrow it or add LIMIT"))
            except BaseException as exc:  # noqa: BLE001 - report any failure to the parent
                payload = pickle.dumps(("error", "QueryError", f"the query failed: {exc}"))
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(struct.pack("!Q", len(payload)))
                pipe.write(payload)
        finally:
            os._exit(0)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout if timeout is not None else float("inf")
    try:
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
                ready, _, _ = select.select([pipe], [], [], None if left == float("inf") else left)
                if not ready:
                    continue
                chunk = pipe.read(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
    except QueryTimeout:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        status = os.waitpid(pid, 0)[1]
    data = b"".join(chunks)
    if len(data) < 8:
        if max_memory and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGABRT:
            # the engine aborts when an allocation fails, past the cap set in the child
            raise QueryError(f"the query ran out of memory (it may use {max_memory >> 20} MB beyond the graph) "
                             "and was stopped; narrow it or add LIMIT")
        raise QueryError("the query process ended without an answer")
    (size,) = struct.unpack("!Q", data[:8])
    message = pickle.loads(data[8:8 + size])
    if message[0] == "ok":
        return message[1]
    _, name, text = message
    raise rebuild_error(name, text)
