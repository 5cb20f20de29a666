"""The offline query page: the vendored YASGUI, and the catalogue preloaded into it."""

from __future__ import annotations

import html
import json
import mimetypes
import os
from importlib.resources import files
from string import Template

from ..version import __version__
from ..errors import DSRError
from ..namespaces import PREFIXES
from ..store.queries import CatalogueQuery, bind_with_values, term_from_text, with_prefixes

UI_PACKAGE_DIR = "ui"
UI_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")


# --------------------------------------------------------------------------------- the query page

def editor_text(entry: CatalogueQuery) -> str:
    """A catalogue query as it goes into the page's editor.

    Parameters with a default are bound to it by VALUES blocks, placed as the catalogue places
    them (:func:`graph.store.queries.bind_with_values`), so the query runs as ``dsr query`` runs it and
    the values are there to edit; parameters without a default are named in a comment. The
    standard prefixes the query uses are declared after its header comment.
    """
    lines = entry.text.splitlines()
    head = 0
    while head < len(lines) and lines[head].startswith("#"):
        head += 1
    body = "\n".join(lines[head:])
    notes = []
    bindings = {}
    for p in entry.params:
        if p.default is None:
            notes.append(f"# parameter ?{p.name} ({p.kind}) has no default: bind it with VALUES ?{p.name} {{ … }}")
        else:
            bindings[p.name] = term_from_text(p.default, p.kind, what=f"default of {p.name!r}")
    if bindings:
        notes.append("# the parameters are bound to their defaults by the VALUES blocks below: edit them to ask "
                     "about something else")
        body = bind_with_values(body, bindings)
    prefixed, added = with_prefixes(body)
    parts = lines[:head] + notes + prefixed.splitlines()[:added]
    return ("\n".join(parts) + "\n" if parts else "") + body.rstrip("\n") + "\n"


def _json_for_html(value) -> str:
    """JSON safe inside a <script type="application/json"> element (no '</script>', no '<!--')."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_index(queries: dict[str, CatalogueQuery], *, statements: int | None = None, graph_name: str = "",
                 maps: bool = False) -> str:
    """The query page: the UI template with the catalogue (every text from data HTML-escaped)."""
    template = Template(files("graph").joinpath(UI_PACKAGE_DIR, "index.html").read_text(encoding="utf-8"))
    esc = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    items, data = [], []
    for entry in queries.values():
        params = "".join(
            f'<li><code>?{esc(p.name)}</code> ({esc(p.kind)}'
            + (f", default <code>{esc(p.default)}</code>" if p.default is not None else "")
            + f"): {esc(p.description)}</li>" for p in entry.params)
        items.append(
            f'<li class="entry"><button type="button" class="load" data-query="{esc(entry.name)}" '
            f'title="Put this query in the editor">{esc(entry.title)}</button>'
            f' <span class="form">{esc(entry.form)}</span>'
            f'<div class="name"><code>{esc(entry.name)}</code></div>'
            f'<p class="description">{esc(entry.description)}</p>'
            + (f'<ul class="params">{params}</ul>' if params else "") + "</li>")
        try:
            text = editor_text(entry)
        except DSRError:
            text = entry.text
        data.append({"name": entry.name, "title": entry.title, "description": entry.description,
                     "form": entry.form, "text": text})
    about = f"{statements:,} statements" if statements is not None else ""
    if graph_name:
        about = f"{graph_name}, {about}" if about else graph_name
    return template.substitute(
        version=esc(__version__),
        about=esc(about),
        catalogue_items="\n".join(items) or '<li class="empty">The catalogue is empty.</li>',
        catalogue_json=_json_for_html(data),
        prefixes_json=_json_for_html(PREFIXES),
        maps_link='<a href="maps/">Maps</a>' if maps else "",
    )


def _ui_assets() -> dict[str, tuple[bytes, str]]:
    """Every file under graph/ui (except the page template), by URL path, with its Content-Type."""
    out = {}
    root = files("graph").joinpath(UI_PACKAGE_DIR)

    def walk(folder, prefix):
        for item in folder.iterdir():
            if item.name.startswith(".") or item.name == "__pycache__":
                continue
            if item.is_dir():
                walk(item, f"{prefix}{item.name}/")
            elif item.is_file() and not (prefix == "" and item.name == "index.html"):
                out[f"/ui/{prefix}{item.name}"] = (item.read_bytes(), _content_type(item.name))

    if root.is_dir():
        walk(root, "")
    return out


def _content_type(name: str) -> str:
    special = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
               ".html": "text/html; charset=utf-8", ".md": "text/markdown; charset=utf-8",
               ".txt": "text/plain; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml",
               ".geojson": "application/geo+json"}
    suffix = os.path.splitext(name)[1].lower()
    if suffix in special:
        return special[suffix]
    if name in ("LICENSE", "NOTICE"):
        return "text/plain; charset=utf-8"
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


