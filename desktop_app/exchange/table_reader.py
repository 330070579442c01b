"""Reading a spreadsheet (CSV or XLSX) into a header row and numbered data rows.

Offices send lists saved by Excel, LibreOffice or Google Sheets: CSV in
UTF-8 (with or without BOM) or in Windows-1251 (Russian Excel), separated
by commas, semicolons (European locales) or tabs; or XLSX workbooks. Row
numbers are the ones the spreadsheet shows (the header is row 1), so the
import report points at the cell a user will fix.

Reading (and the checks the services run on the rows) reports its progress and
stops when asked through a ``TableProgress``; the window runs it in a worker.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from desktop_app.domain.errors import RoundtableError

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | None

#: Spreadsheets larger than this are refused before they are parsed.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 100_000
#: An XLSX is a zip: its parts unpacked (``ZipInfo.file_size``, which ``zipfile`` holds
#: each part to) may be at most this large, each and together, else it is not parsed.
MAX_UNPACKED_PART_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Excel's last row: a sheet naming a row beyond it is refused.
MAX_SHEET_ROWS = 1_048_576
#: Cells read from each row (Excel's XFD is 16,384): a column beyond has no header.
MAX_COLUMNS = 1_024
#: The longest line of a CSV file, in characters.
MAX_LINE_CHARS = 1_000_000
TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


class TableFileError(RoundtableError):
    """The file cannot be read as a table; nothing was imported."""


class TableReadCancelled(TableFileError):
    """The user stopped reading or checking the table; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("reading the table was cancelled; nothing was imported")


@dataclass
class TableProgress:
    """Counts rows read or checked, reports them and stops on request.

    ``report(done, total)`` is told every ``every`` rows (and at each ``start``): while
    the file is read ``total`` is 0, since a sheet does not say truly how many rows it
    holds; the checks then ``start`` with the number of steps they take. ``cancelled()``
    is polled at the same moments; a true answer raises ``TableReadCancelled``.
    """

    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    every: int = 200
    total: int = 0
    done: int = 0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        self._tell()

    def step(self) -> None:
        self.done = min(self.done + 1, self.total) if self.total else self.done + 1
        if self.done % self.every == 0:
            self._tell()

    def _tell(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise TableReadCancelled()
        if self.report is not None:
            self.report(self.done, self.total)


@dataclass(frozen=True)
class TableRow:
    number: int
    cells: tuple[CellValue, ...]

    def get(self, column: int) -> CellValue:
        return self.cells[column] if column < len(self.cells) else None


@dataclass
class Table:
    """The header texts and the non-empty data rows of one sheet."""

    headers: list[str]
    rows: list[TableRow]
    notes: list[str] = field(default_factory=list)

    @staticmethod
    def column_letter(column: int) -> str:
        return get_column_letter(column + 1)


def _is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: Rows searched for the header row: offices often put a title above the table.
HEADER_SEARCH_ROWS = 10
HeaderScore = Callable[[list[str]], int]


def _header_texts(cells: tuple[CellValue, ...]) -> list[str]:
    return ["" if v is None else str(v).strip() for v in cells]


def _too_many_rows(path: Path) -> TableFileError:
    return TableFileError(f'"{path.name}" has more than {MAX_ROWS:,} rows; at most '
                          f"{MAX_ROWS:,} are imported at once")


def _collect(raw_rows: Iterable[Sequence[CellValue]], path: Path,
             progress: TableProgress | None = None) -> list[TableRow]:
    """The non-empty rows of ``raw_rows`` (numbered from 1), each without its empty
    cells at the end and at most ``MAX_COLUMNS`` wide. Reading stops as soon as there
    are more rows than an import takes (the header may be any of the first
    ``HEADER_SEARCH_ROWS``), so a file of millions of rows costs what 100,000 cost."""
    rows: list[TableRow] = []
    most = MAX_ROWS + HEADER_SEARCH_ROWS
    progress = progress or TableProgress()
    progress.start(0)
    number = 0
    for number, raw in enumerate(raw_rows, start=1):
        progress.step()
        if number > MAX_SHEET_ROWS:
            raise TableFileError(f'"{path.name}" has rows beyond row {MAX_SHEET_ROWS:,}, '
                                 "the last row of a sheet")
        cells = list(raw[:MAX_COLUMNS])
        while cells and _is_empty(cells[-1]):
            cells.pop()
        if not cells:
            continue
        if len(rows) >= most:
            raise _too_many_rows(path)
        rows.append(TableRow(number, tuple(cells)))
    return rows


def _build(rows: list[TableRow], path: Path, notes: list[str],
           score: HeaderScore | None = None) -> Table:
    """The table of the non-empty ``rows`` (as ``_collect`` gives them)."""
    if not rows:
        raise TableFileError(f'"{path.name}" is empty: the first row must name the columns')
    header_index = 0
    if score is not None:
        # The row naming the most known fields; the first such row on a tie.
        best = max(range(min(len(rows), HEADER_SEARCH_ROWS)),
                   key=lambda i: (score(_header_texts(rows[i].cells)), -i))
        if score(_header_texts(rows[best].cells)) > 0:
            header_index = best
        if header_index != 0:
            notes.append(f"the column names were found in row {rows[header_index].number}; "
                         "the rows above it are not imported")
    headers = _header_texts(rows[header_index].cells)
    while headers and not headers[-1]:
        headers.pop()
    data = rows[header_index + 1:]
    if len(data) > MAX_ROWS:
        raise _too_many_rows(path)
    return Table(headers, data, notes)


#: Byte-order marks and the encoding each announces. Excel's "Unicode Text" is UTF-16
#: (little-endian) with a BOM and tabs; "CSV UTF-8" starts with the UTF-8 BOM.
_BOMS = ((b"\xef\xbb\xbf", "utf-8", "UTF-8"),
         (b"\xff\xfe", "utf-16-le", "UTF-16 (little-endian)"),
         (b"\xfe\xff", "utf-16-be", "UTF-16 (big-endian)"))


def _decode(data: bytes, notes: list[str], name: str) -> str:
    """The text of a CSV file: by its byte-order mark, else UTF-8, else Windows-1251."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise TableFileError(
                    f'"{name}" starts with the byte-order mark of {label} but is not '
                    f"{label} text (byte {exc.start + len(bom) + 1:,}: {exc.reason})") from exc
            if encoding != "utf-8":
                notes.append(f"the file is {label} text")
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8:
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError as exc:
            raise TableFileError(
                f'"{name}" cannot be read as text: it is not UTF-8 (byte {utf8.start + 1:,}) '
                f"nor Windows-1251 (byte {exc.start + 1:,}); save it as CSV UTF-8") from exc
    notes.append("the file is not UTF-8; it was read as Windows-1251 (Cyrillic)")
    return text


#: One line of a CSV file with its end (\r\n, \n or \r), as ``open(newline="")`` gives it.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def read_csv_table(path: Path, data: bytes, score: HeaderScore | None = None,
                   progress: TableProgress | None = None) -> Table:
    notes: list[str] = []
    text = _decode(data, notes, path.name)
    sample = "\n".join(text.split("\n", 5)[:5])
    delimiter = max((",", ";", "\t"), key=sample.count)
    if delimiter != ",":
        notes.append(f"columns are separated by {'semicolons' if delimiter == ';' else 'tabs'}")

    def lines() -> Iterator[str]:
        # Line by line out of ``text`` itself: io.StringIO would copy it, four bytes a
        # character (110 MB more for a 28 MB file).
        for number, found in enumerate(_LINE.finditer(text), start=1):
            line = found.group()
            if len(line) > MAX_LINE_CHARS:
                raise TableFileError(f'"{path.name}", line {number:,}: the line is '
                                     f"{len(line):,} characters long; the limit is "
                                     f"{MAX_LINE_CHARS:,}")
            yield line

    try:
        rows = _collect(csv.reader(lines(), delimiter=delimiter, strict=True), path, progress)
    except csv.Error as exc:
        raise TableFileError(f'"{path.name}" is not valid CSV: {exc}') from exc
    return _build(rows, path, notes, score)


#: What openpyxl raises for a file that is no workbook, or one whose XML is refused:
#: defusedxml's refusals are ``ValueError``, malformed XML a ``ParseError`` (``SyntaxError``).
#: ``zipfile`` opening the archive or unpacking a part: damaged compressed bytes are
#: ``zlib.error``; a compression method or a zip version it lacks ``NotImplementedError``;
#: an encrypted part ``RuntimeError``.
_UNREADABLE = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError,
               SyntaxError, EOFError, IndexError, TypeError, AttributeError, zlib.error,
               NotImplementedError, RuntimeError)


def _check_unpacked_sizes(path: Path) -> None:
    """Refuse a workbook whose parts unpack beyond the limits, before parsing any."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except _UNREADABLE as exc:
        raise _unreadable_workbook(path, exc) from exc
    for part in parts:
        if part.file_size > MAX_UNPACKED_PART_BYTES:
            raise TableFileError(
                f'"{path.name}": its part "{part.filename}" unpacks to {part.file_size:,} '
                f"bytes; the limit is {MAX_UNPACKED_PART_BYTES // 2**20} MB")
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise TableFileError(f'"{path.name}" unpacks to {total:,} bytes; the limit is '
                             f"{MAX_UNPACKED_BYTES // 2**20} MB")


def read_xlsx_table(path: Path, score: HeaderScore | None = None,
                    progress: TableProgress | None = None) -> Table:
    """The first sheet of a workbook (cached values of formulas, never the formulas).

    The sheet's declared dimension (``A1:XFD1048576`` costs minutes) is ignored:
    the rows it holds are read, one at a time, up to the row limit."""
    _check_unpacked_sizes(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            notes = [f'read the sheet "{sheet.title}"'] if len(workbook.worksheets) > 1 else []
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()
            # Values only, so no formulas; a rarer value (a duration) is read as its text.
            rows = _collect(cast("Iterable[Sequence[CellValue]]",
                                 sheet.iter_rows(values_only=True)), path, progress)
        finally:
            workbook.close()
    except _UNREADABLE as exc:
        raise _unreadable_workbook(path, exc) from exc
    return _build(rows, path, notes, score)


def _unreadable_workbook(path: Path, exc: BaseException) -> TableFileError:
    """The one-line refusal of a workbook openpyxl cannot read, with the reason when
    the XML is at fault (entity tricks: billion laughs, external entities; bad XML)."""
    if isinstance(exc, DefusedXmlException):
        reason = ("its XML declares entities (a DOCTYPE), which no workbook needs; "
                  "it is refused")
    elif isinstance(exc, SyntaxError):
        reason = f"its XML is malformed ({' '.join(str(exc).split())[:200]})"
    elif isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        reason = "it is encrypted; save it without a password first"
    else:
        reason = "it is damaged or is not a workbook"
    return TableFileError(f'"{path.name}" is not a readable Excel workbook (.xlsx): {reason}')


def read_table(path: Path, score: HeaderScore | None = None,
               progress: TableProgress | None = None) -> Table:
    """The table in ``path`` (by suffix: .csv/.txt or .xlsx/.xlsm).

    ``score`` rates a candidate header row (how many columns it names); the
    best of the first rows is taken as the header, else the first non-empty row.
    ``progress`` follows the rows read and may stop the reading.
    """
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise TableFileError(f'"{path.name}": import reads .csv and .xlsx files'
                             + (" (save .xls files as .xlsx first)" if suffix == ".xls" else ""))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableFileError(f'cannot read "{path}": {exc.strerror}') from exc
    if size > MAX_FILE_BYTES:
        raise TableFileError(f'"{path.name}" is larger than {MAX_FILE_BYTES // 2**20} MB')
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx_table(path, score, progress)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f'cannot read "{path}": {exc.strerror}') from exc
    return read_csv_table(path, data, score, progress)
