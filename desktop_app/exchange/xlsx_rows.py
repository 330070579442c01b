"""The rows of a streamed openpyxl worksheet written as SpreadsheetML text in one piece.

openpyxl's write-only sheet writes each cell through lxml's incremental writer (an
element, its attributes and its text per call), most of an export's time for the 85,000
cells of 2,000 agreements' signing records. Here each row becomes a string (one format
per cell), spooled to a temporary file in blocks as openpyxl spools its own rows, and
the sheet's rows replace the empty ``<sheetData>`` openpyxl wrote in the sheet's part
once openpyxl has finished it, before it goes into the archive. Everything around the
rows (the workbook, styles, column widths, frozen panes, filters, comments, print setup)
is still openpyxl's, and the rows are the ones openpyxl would write,
cell for cell: the same references, style ids, types (inline strings, numbers,
booleans, dates as serial numbers in their number format) and row heights
(tests compare the two writers' sheets).

Text is escaped (``&``, ``<``, ``>``, ``"``, a carriage return) and characters
XML 1.0 cannot hold are dropped, so any name survives the trip literally. The
rows are UTF-8; openpyxl's parts around them are ASCII with character
references, which UTF-8 contains.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from openpyxl.cell import Cell as OpenpyxlCell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from .xml_chars import ILLEGAL_XML

#: A carriage return is kept as a reference: a parser reads a literal one as a newline.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})
_NEEDS_ESCAPING = re.compile(f'[&<>"\r{ILLEGAL_XML.pattern[1:-1]}]')
_ATTRIBUTE_ESCAPES = str.maketrans({"\n": "&#10;", "\t": "&#9;"})
#: Excel's day 0 is 1899-12-30 (day 60 is the 29 February 1900 that never was).
_EPOCH = dt.date(1899, 12, 30)
#: Rows held in memory before they go to the spool file.
SPOOL_EVERY = 500
#: The empty rows openpyxl writes (lxml and ElementTree spell them differently).
EMPTY_ROWS = re.compile(rb"<sheetData\s*/>|<sheetData></sheetData>")


def xml_text(value: str) -> str:
    """``value`` as XML character data or attribute value: escaped, with what XML
    cannot hold dropped. Most text needs neither: one search tells."""
    if _NEEDS_ESCAPING.search(value) is None:
        return value
    return ILLEGAL_XML.sub("", value).translate(_ESCAPES)


def xml_attribute(value: str) -> str:
    """``value`` for an attribute: as ``xml_text``, and tabs and newlines kept as
    references (a parser turns literal ones into spaces)."""
    return xml_text(value).translate(_ATTRIBUTE_ESCAPES)


def _string(ref: str, style: str, value: str) -> str:
    if not value:
        return f'<c r="{ref}"{style} t="inlineStr"/>'
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{xml_text(value)}</t></is></c>'


def _number(value: float) -> str:
    return str(value) if type(value) is int else f"{value:.16g}"


def cell_xml(ref: str, style_id: int, value: Any) -> str:
    """One ``<c>`` element as openpyxl's writer would give it (see the module's docstring).

    ``style_id`` 0 is the workbook's default style, left out as openpyxl leaves it.
    """
    style = f' s="{style_id}"' if style_id else ""
    if isinstance(value, str):
        return _string(ref, style, value)
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{style} t="n"><v>{_number(value)}</v></c>'
    if isinstance(value, dt.datetime):  # a serial number, shown in its number format
        if value.tzinfo is not None:
            raise TypeError("Excel has no time zones: give local times")
        return f'<c r="{ref}"{style} t="n"><v>{_number(to_excel(value))}</v></c>'
    if isinstance(value, dt.date):  # whole days: what to_excel gives, without its detours
        days = (value - _EPOCH).days
        return f'<c r="{ref}"{style} t="n"><v>{days - 1 if 0 < days <= 60 else days}</v></c>'
    if value is None:
        return f'<c r="{ref}"{style}/>'
    return _string(ref, style, str(value))


class RowsText:
    """The ``<row>`` elements of one sheet, built as text as rows are appended.

    A value is written as it is, or given as a ``(style key, value)`` tuple, for
    which ``style_of(key)`` gives the workbook's style id; ready-made openpyxl cells (headers
    with fonts, fills and comments) keep their own style, and their comments are
    handed to the sheet as openpyxl's writer hands them.
    """

    def __init__(self, sheet: Any, style_of: Callable[[Any], int]) -> None:
        self.sheet = sheet
        self.style_of = style_of
        self.parts: list[str] = []  # rows not yet in the spool
        #: The rows so far, as UTF-8, kept out of memory as openpyxl's stream keeps them
        #: (20,000 agreements give 50 MB of rows).
        # It lives as long as the sheet's rows: closed when they are written out.
        self.spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self.style_ids: dict[Any, int] = {}
        self.letters: list[str] = [""]
        self.row_index = 0

    def _letter(self, column: int) -> str:
        while len(self.letters) <= column:
            self.letters.append(get_column_letter(len(self.letters)))
        return self.letters[column]

    def append(self, values: Iterable[Any]) -> None:
        self.row_index += 1
        row = self.row_index
        cells: list[str] = []
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            ref = f"{self._letter(column)}{row}"
            if isinstance(value, tuple):  # (style key, value): plain values are never tuples
                style_id = self.style_ids.get(value[0])
                if style_id is None:
                    style_id = self.style_ids[value[0]] = self.style_of(value[0])
                cells.append(cell_xml(ref, style_id, value[1]))
            elif isinstance(value, OpenpyxlCell):
                if value.comment is not None:
                    value.column, value.row = column, row
                    self.sheet._comments.append(CommentRecord.from_cell(value))
                cells.append(cell_xml(ref, value.style_id if value.has_style else 0,
                                      value.value))
            else:
                cells.append(cell_xml(ref, 0, value))
        attributes = "".join(f' {name}="{xml_attribute(text)}"' for name, text in
                             self.sheet.row_dimensions[row]) \
            if row in self.sheet.row_dimensions else ""
        self.parts.append(f'<row r="{row}"{attributes}>{"".join(cells)}</row>')
        if len(self.parts) >= SPOOL_EVERY:
            self._spool()

    def _spool(self) -> None:
        self.spool.write("".join(self.parts).encode())
        self.parts.clear()

    def splice_into(self, part: Path) -> None:
        """Put the rows into ``part``, the sheet's XML as openpyxl wrote it with an empty
        ``<sheetData/>`` (which no text in the part before it can contain: text comes
        only in the rows and after them)."""
        xml = part.read_bytes()  # small: the rows are not in it
        empty = EMPTY_ROWS.search(xml)
        if empty is None:
            raise ValueError(f"no empty sheetData in {part}")
        self._spool()
        self.spool.seek(0)
        with part.open("wb") as out:
            out.write(xml[:empty.start()])
            out.write(b"<sheetData>")
            shutil.copyfileobj(self.spool, out)
            out.write(b"</sheetData>")
            out.write(xml[empty.end():])
        self.spool.close()
