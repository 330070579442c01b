"""Spreadsheet cells that stay text: neutralising formula injection.

A spreadsheet program treats a cell that begins with ``=``, ``+``, ``-`` or
``@`` as a formula (and tab or carriage return can smuggle one past a
check), so a university name such as ``=HYPERLINK("http://…","Click")`` in
an exported file would run when a ministry clerk opens it. CSV has no cell
types, so such text gets the apostrophe prefix that spreadsheet programs
themselves use for "this is text" (the OWASP recommendation). XLSX does have
types: there the text is kept exactly and stored as a string cell with the
quote-prefix style, which Excel and LibreOffice show as text and never
evaluate. ``unneutralise`` undoes the CSV prefix when such a file is
imported again.
"""
from __future__ import annotations

#: First characters that make a spreadsheet program read a cell as a formula.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """``text`` as it must appear in a CSV cell so that it stays text."""
    return "'" + text if is_formula_like(text) else text


def unneutralise(text: str) -> str:
    """Undo ``neutralise``: ``'=SUM(A1)`` read from a CSV file is ``=SUM(A1)``."""
    if text.startswith("'") and is_formula_like(text[1:]):
        return text[1:]
    return text
