"""Small, deterministic SVG charts for the analysis report: bars, columns and a heatmap, no plotting library."""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

__all__ = ["hbar_chart", "column_chart", "heatmap", "PALETTE", "short_number"]

PALETTE = ("#3b6ea5", "#d9822b", "#4f9a5b", "#b8463d", "#7a5ca8", "#8c6239", "#c65f9b", "#6b6b6b",
           "#a8a232", "#2f9fb0", "#1f4e79", "#e0a458")
FONT = 'font-family="sans-serif"'
CHAR = 6.6  # average width of a 12px sans-serif character, to size the label column


def _attr(text) -> str:
    return escape(str(text), {'"': "&quot;"})


def _n(x: float) -> str:
    # one decimal and no "-0.0": the same chart is the same bytes on every run and platform
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "chart"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short_number(value) -> str:
    """A value as a reader wants it on a chart: whole numbers whole, others to 3 significant digits.

    Examples
    --------
    >>> short_number(12), short_number(0.123456), short_number(1234.5), short_number(2.0)
    ('12', '0.123', '1234', '2')
    """
    if isinstance(value, int):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _nice(hi: float) -> tuple[float, float]:
    """A round top for a value axis and its tick step (1, 2 or 5 times a power of ten)."""
    if hi <= 0:
        return 1.0, 0.25
    raw = hi / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(hi / step), step


def _open(width: float, height: float, title: str, desc: str, key: str) -> list[str]:
    # role="img" with the title and description as its accessible name, ids unique per chart so
    # several charts can be inlined into one HTML page
    tid, did = f"{key}-title", f"{key}-desc"
    return [f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}" '
            f'viewBox="0 0 {_n(width)} {_n(height)}" role="img" aria-labelledby="{_attr(tid)} {_attr(did)}">',
            f'<title id="{_attr(tid)}">{escape(title)}</title>',
            f'<desc id="{_attr(did)}">{escape(desc)}</desc>',
            f'<rect width="{_n(width)}" height="{_n(height)}" fill="#ffffff"/>',
            f'<text x="10" y="20" {FONT} font-size="14" font-weight="bold">{escape(_clip(title, 110))}</text>']


def hbar_chart(items: list[tuple[str, float]], *, title: str, desc: str = "", key: str | None = None,
               width: int = 760, color: str = PALETTE[0]) -> str:
    """Horizontal bars, one per (label, value), in the order given.

    Parameters
    ----------
    items : list of (str, number)
        Labels and values; long labels are shortened on the axis and kept whole in each bar's title.
    title, desc : str
        The chart's title (drawn and in ``<title>``) and a longer description (``<desc>``).
    key : str, optional
        Prefix of the element ids; defaults to a slug of the title.

    Examples
    --------
    >>> svg = hbar_chart([("Huawei", 12), ("ZTE", 7)], title="Degree")
    >>> svg.startswith("<svg") and "<title" in svg and svg.count("<rect") == 3
    True
    """
    key = key or _slug(title)
    label_w = min(260.0, max([60.0] + [CHAR * len(_clip(label, 38)) for label, _ in items]) + 10)
    row, top = 22, 36
    height = top + row * max(1, len(items)) + 14
    plot_w = width - label_w - 70
    hi = max([abs(v) for _, v in items] + [0]) or 1
    out = _open(width, height, title, desc or title, key)
    for i, (label, value) in enumerate(items):
        y = top + i * row
        w = plot_w * abs(value) / hi
        out.append(f'<g><title>{escape(f"{label}: {short_number(value)}")}</title>'
                   f'<text x="{_n(label_w - 6)}" y="{_n(y + 15)}" {FONT} font-size="12" text-anchor="end">'
                   f'{escape(_clip(label, 38))}</text>'
                   f'<rect x="{_n(label_w)}" y="{_n(y + 3)}" width="{_n(w)}" height="{_n(row - 6)}" fill="{color}"/>'
                   f'<text x="{_n(label_w + w + 4)}" y="{_n(y + 15)}" {FONT} font-size="11">'
                   f'{escape(short_number(value))}</text></g>')
    if not items:
        out.append(f'<text x="10" y="{_n(top + 15)}" {FONT} font-size="12">No values.</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def column_chart(items: list[tuple[str, float]], *, title: str, x_label: str, y_label: str, desc: str = "",
                 key: str | None = None, width: int = 760, height: int = 300, color: str = PALETTE[0]) -> str:
    """Vertical columns, one per (label, value), in the order given, with a value axis from zero.

    Examples
    --------
    >>> svg = column_chart([("0", 30), ("1", 12)], title="Sizes", x_label="community", y_label="nodes")
    >>> svg.count("<rect") == 3
    True
    """
    key = key or _slug(title)
    left, right, top, bottom = 50.0, 10.0, 36.0, 46.0
    plot_w, plot_h = width - left - right, height - top - bottom
    hi, step = _nice(max([v for _, v in items] + [0]))
    slot = plot_w / max(1, len(items))
    out = _open(width, height, title, desc or title, key)
    base = top + plot_h
    for tick in range(round(hi / step) + 1):
        value = step * tick
        y = base - plot_h * value / hi
        out.append(f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(width - right)}" y2="{_n(y)}" stroke="#dddddd"/>'
                   f'<text x="{_n(left - 4)}" y="{_n(y + 4)}" {FONT} font-size="10" text-anchor="end">'
                   f'{escape(short_number(round(value, 2)))}</text>')
    every = max(1, int(len(items) * 22 / plot_w) + 1)  # thin the axis labels so they never overlap
    for i, (label, value) in enumerate(items):
        h = plot_h * value / hi
        x = left + i * slot
        tick = (f'<text x="{_n(x + slot / 2)}" y="{_n(base + 14)}" {FONT} font-size="10" text-anchor="middle">'
                f'{escape(_clip(label, 6))}</text>') if i % every == 0 else ""
        out.append(f'<g><title>{escape(f"{label}: {short_number(value)}")}</title>'
                   f'<rect x="{_n(x + slot * 0.1)}" y="{_n(base - h)}" width="{_n(slot * 0.8)}" height="{_n(h)}" '
                   f'fill="{color}"/>{tick}</g>')
    out.append(f'<text x="{_n(left + plot_w / 2)}" y="{_n(height - 8)}" {FONT} font-size="11" '
               f'text-anchor="middle">{escape(x_label)}</text>')
    out.append(f'<text x="12" y="{_n(top + plot_h / 2)}" {FONT} font-size="11" text-anchor="middle" '
               f'transform="rotate(-90 12 {_n(top + plot_h / 2)})">{escape(y_label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _shade(value: float, hi: float) -> tuple[str, str]:
    """Fill and text colour of a heatmap cell: white to dark blue, text white on dark cells."""
    t = value / hi if hi else 0.0
    low, high = (239, 243, 255), (8, 48, 107)
    rgb = [round(a + (b - a) * (0.15 + 0.85 * t)) for a, b in zip(low, high)]
    return "#%02x%02x%02x" % tuple(rgb), ("#ffffff" if t > 0.45 else "#000000")


def heatmap(rows: list[tuple[str, str]], columns: list[str], values: dict[tuple[str, str], float], *,
            title: str, desc: str = "", key: str | None = None) -> str:
    """A grid of counts: ``rows`` are (group, label) pairs drawn in order with the group named at its
    first row, ``columns`` the column labels, ``values[(label, column)]`` the cell (empty when absent).

    Examples
    --------
    >>> svg = heatmap([("Space", "Satellites")], ["2004", "2005"], {("Satellites", "2004"): 1}, title="T")
    >>> svg.count("<rect") == 2 and ">1<" in svg
    True
    """
    key = key or _slug(title)
    group_w = min(200.0, max([40.0] + [CHAR * len(_clip(g, 28)) for g, _ in rows]) + 10)
    label_w = min(260.0, max([40.0] + [CHAR * len(_clip(label, 36)) for _, label in rows]) + 10)
    cell, top = 24.0, 58.0
    left = group_w + label_w
    width = left + cell * max(1, len(columns)) + 12
    height = top + cell * max(1, len(rows)) + 12
    hi = max(list(values.values()) + [0])
    out = _open(width, height, title, desc or title, key)
    for j, column in enumerate(columns):
        x = left + j * cell + cell / 2
        out.append(f'<text x="{_n(x)}" y="{_n(top - 6)}" {FONT} font-size="10" text-anchor="start" '
                   f'transform="rotate(-60 {_n(x)} {_n(top - 6)})">{escape(column)}</text>')
    previous = None
    for i, (group, label) in enumerate(rows):
        y = top + i * cell
        if group != previous:
            out.append(f'<line x1="4" y1="{_n(y)}" x2="{_n(width - 8)}" y2="{_n(y)}" stroke="#999999"/>'
                       f'<text x="6" y="{_n(y + 16)}" {FONT} font-size="11" font-weight="bold">'
                       f'{escape(_clip(group, 28))}</text>')
            previous = group
        out.append(f'<text x="{_n(left - 6)}" y="{_n(y + 16)}" {FONT} font-size="11" text-anchor="end">'
                   f'{escape(_clip(label, 36))}</text>')
        for j, column in enumerate(columns):
            value = values.get((label, column))
            if not value:
                continue
            fill, ink = _shade(value, hi)
            x = left + j * cell
            out.append(f'<g><title>{escape(f"{label}, {column}: {short_number(value)}")}</title>'
                       f'<rect x="{_n(x + 1)}" y="{_n(y + 1)}" width="{_n(cell - 2)}" height="{_n(cell - 2)}" '
                       f'fill="{fill}"/><text x="{_n(x + cell / 2)}" y="{_n(y + 16)}" {FONT} font-size="10" '
                       f'text-anchor="middle" fill="{ink}">{escape(short_number(value))}</text></g>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
