"""One error family for dsr-graph; each error carries the exit code the CLI returns."""

__all__ = [
    "DSRError",
    "RecordError",
    "UnreadableInput",
    "NotConforming",
    "OutputError",
    "MissingColumns",
    "SkippedRows",
    "QueryError",
    "QuerySyntaxError",
    "Forbidden",
    "QueryTimeout",
    "ResultTooLarge",
    "QueryTooComplex",
]


class DSRError(Exception):
    """Base of every error dsr-graph raises on purpose."""

    exit_code = 2


class RecordError(DSRError):
    """A curated record is malformed: the message names file, record or line, and field."""

    exit_code = 2


class UnreadableInput(DSRError):
    """An input file is missing or cannot be parsed."""

    exit_code = 2


class NotConforming(DSRError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1


class OutputError(DSRError):
    """An output file or directory cannot be written."""

    exit_code = 2


class MissingColumns(DSRError):
    """An imported table lacks a column the importer needs (the message names the file and column)."""

    exit_code = 2


class SkippedRows(DSRError):
    """Rows of an import were skipped and --strict was given."""

    exit_code = 1


class QueryError(DSRError):
    """The query cannot be evaluated."""

    exit_code = 2


class QuerySyntaxError(QueryError):
    """The query is not valid SPARQL; the message gives line and column."""


class Forbidden(QueryError):
    """The query would change the data or reach another server (SPARQL Update, LOAD, SERVICE)."""


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


class ResultTooLarge(QueryError):
    """The result has more rows or triples than the configured cap."""


class QueryTooComplex(QueryError):
    """The query nests deeper, or chains longer, than the engine can evaluate safely."""


def error_names(exc: DSRError) -> list[str]:
    """The names of an error's classes, most specific first: what a query process sends back."""
    return [cls.__name__ for cls in type(exc).__mro__ if issubclass(cls, DSRError)]


def rebuild_error(names: list[str] | str, text: str) -> DSRError:
    """The error a query process reported, as the most specific class of it this process knows."""
    known: dict[str, type] = {}
    pending = [DSRError]
    while pending:
        cls = pending.pop()
        known.setdefault(cls.__name__, cls)
        pending.extend(cls.__subclasses__())
    for name in [names] if isinstance(names, str) else names:
        if name in known:
            return known[name](text)
    return QueryError(text)
