"""Cells of the CSV and TSV files dsr-graph writes, made safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is taken for a
formula by Excel, LibreOffice and Google Sheets: a label such as ``=HYPERLINK("http://…")`` from a
dataset would run when a researcher opens the merge log or a node table. Such a cell is written
with a leading apostrophe, which spreadsheets show as text (the OWASP advice); numbers such as
``-1.5`` are left alone.
"""

from __future__ import annotations

import re

__all__ = ["safe_cell", "FORMULA_STARTS"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")


def safe_cell(value: str) -> str:
    """``value``, with an apostrophe in front when a spreadsheet would read it as a formula.

    Examples
    --------
    >>> safe_cell('=HYPERLINK("http://x")'), safe_cell("-1.5"), safe_cell("@SUM(A1)"), safe_cell("Huawei")
    ('\\'=HYPERLINK("http://x")', '-1.5', "'@SUM(A1)", 'Huawei')
    """
    if value and value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value
