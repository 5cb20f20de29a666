"""The registry of public datasets dsr-graph reads: ``graph/data/datasets.yaml``, one record per dataset.

Each record names the dataset and says who publishes it, under which licence (with the attribution
and what the licence allows for a build that merges it), where it lives, which importer reads it
with which options, and which of its rows are the Digital Silk Road. Fields:

``name`` (used by ``dsr fetch NAME`` and ``dsr build --with NAME``), ``title``, ``publisher``,
``version``, ``date``, ``licence``, ``licence_url``, ``attribution``, ``redistribution``,
``landing_page``, ``description``, ``format``, ``subset`` — and how to get it, one of:

``files``
    downloads as published: each ``{url, name, sha256}`` (``sha256`` where the file is stable);
``tree``
    a JSON API: ``base`` URL, an ``index`` listing items (a JSON list of objects with ``id``), one
    ``item`` file per id (``{id}`` in the path), and ``linked`` files named from a list field of each
    item (``linked_from``, e.g. a cable's landing points);
``manual: true``
    the publisher offers it only through its web page: download it there and register the file
    with ``dsr fetch NAME --from FILE``.

``importer`` (``aiddata`` or ``cables``) and its ``options`` (``sector``, ``recipient``) say how
``dsr build --with`` imports it.
"""

from __future__ import annotations

__all__ = ["Dataset", "load_registry", "import_dataset", "REGISTRY_FILE", "IMPORTERS"]

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnreadableInput
from ..records.yamlio import read_yaml_records

REGISTRY_FILE = "datasets.yaml"
IMPORTERS = ("aiddata", "cables")
_TEXT = ("title", "publisher", "version", "date", "licence", "licence_url", "attribution", "redistribution",
         "landing_page", "description", "format", "subset")


@dataclass(frozen=True)
class Dataset:
    """One registry record (see the module docstring)."""

    name: str
    title: str
    publisher: str
    licence: str
    importer: str
    version: str = ""
    date: str = ""
    licence_url: str = ""
    attribution: str = ""
    redistribution: str = ""
    landing_page: str = ""
    description: str = ""
    format: str = ""
    subset: str = ""
    files: tuple = ()
    tree: dict = field(default_factory=dict)
    manual: bool = False
    options: dict = field(default_factory=dict)
    where: str = ""  # file:line of the record, for messages

    @property
    def how(self) -> str:
        return "files" if self.files else "tree" if self.tree else "manual"


def _plain(value):
    """A located YAML value as plain Python (strings, lists, dicts)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value)


def load_registry(path: Path | str | None = None) -> dict[str, Dataset]:
    """Read the registry (the bundled one by default); raise UnreadableInput naming the file, line and field."""
    if path is None:
        from ..resources import data_dir

        path = Path(str(data_dir())) / REGISTRY_FILE
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot read the dataset registry: {exc.strerror or exc}") from None
    out: dict[str, Dataset] = {}
    for row in read_yaml_records(text, str(path)):
        loc = getattr(row, "loc", path)

        def fail(fld: str, why: str):
            raise UnreadableInput(f"{loc}: dataset {row.get('name', '?')!s}, field {fld!r}: {why}")

        values = _plain(dict(row))
        name = values.get("name", "")
        if not name or not name.replace("-", "").isalnum() or name != name.lower():
            fail("name", "needs a name of lower-case letters, digits and '-'")
        if name in out:
            fail("name", f"the name is taken by the record at {out[name].where}")
        for required in ("title", "publisher", "licence", "importer"):
            if not values.get(required):
                fail(required, "is required")
        if values["importer"] not in IMPORTERS:
            fail("importer", f"unknown importer {values['importer']!r}; use one of {', '.join(IMPORTERS)}")
        files = values.get("files") or []
        if not isinstance(files, list) or any(not isinstance(f, dict) or not f.get("url") for f in files):
            fail("files", "a list of {url, name, sha256}")
        tree = values.get("tree") or {}
        if tree and not all(tree.get(k) for k in ("base", "index", "item")):
            fail("tree", "needs base, index and item")
        manual = values.get("manual", "false").lower() in ("true", "yes")
        if sum(map(bool, (files, tree, manual))) != 1:
            fail("files", "give exactly one of files, tree or manual: true")
        options = values.get("options") or {}
        unknown = set(options) - {"sector", "recipient"}
        if unknown:
            fail("options", f"unknown option(s) {', '.join(sorted(unknown))}; use sector, recipient")
        out[name] = Dataset(
            name=name, files=tuple(files), tree=tree, manual=manual, options=options, where=str(loc),
            importer=values["importer"], **{k: values.get(k, "") for k in _TEXT})
    return dict(sorted(out.items()))


def import_dataset(ds: Dataset, path: Path | str, out: Path | str):
    """Import a fetched dataset with its registry importer and options into ``out`` (a TriG file);
    returns the importer's report. The dataset's named graph is ``source:<registry name>``."""
    if ds.importer == "aiddata":
        from .aiddata import import_aiddata

        return import_aiddata(path, out=out, name=ds.name, sectors=tuple(_list(ds.options.get("sector"))),
                              recipients=tuple(_list(ds.options.get("recipient"))))
    from .cables import import_cables

    return import_cables(path, out=out, name=ds.name)


def _list(value) -> list[str]:
    if not value:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
