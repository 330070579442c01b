"""Reading a spreadsheet (CSV or XLSX) into a header row and numbered data rows.

Offices send lists saved by Excel, LibreOffice or Google Sheets: CSV in
UTF-8 (with or without BOM) or in Windows-1251 (Russian Excel), separated
by commas, semicolons (European locales) or tabs; or XLSX workbooks. Row
numbers are the ones the spreadsheet shows (the header is row 1), so the
import report points at the cell a user will fix.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from desktop_app.domain.errors import RoundtableError

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | None

#: Spreadsheets larger than this are refused before they are parsed.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 100_000
TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


class TableFileError(RoundtableError):
    """The file cannot be read as a table; nothing was imported."""


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


def _build(raw_rows: list[tuple[CellValue, ...]], path: Path, notes: list[str],
           score: HeaderScore | None = None) -> Table:
    candidates = [i for i, r in enumerate(raw_rows) if not all(_is_empty(v) for v in r)]
    if not candidates:
        raise TableFileError(f'"{path.name}" is empty: the first row must name the columns')
    header_index = candidates[0]
    if score is not None:
        # The row naming the most known fields; the first such row on a tie.
        best = max(candidates[:HEADER_SEARCH_ROWS],
                   key=lambda i: (score(_header_texts(raw_rows[i])), -i))
        if score(_header_texts(raw_rows[best])) > 0:
            header_index = best
        if header_index != candidates[0]:
            notes.append(f"the column names were found in row {header_index + 1}; "
                         "the rows above it are not imported")
    header_cells = raw_rows[header_index]
    headers = _header_texts(header_cells)
    while headers and not headers[-1]:
        headers.pop()
    rows = [TableRow(i + 1, tuple(r)) for i, r in enumerate(raw_rows)
            if i > header_index and not all(_is_empty(v) for v in r)]
    if len(rows) > MAX_ROWS:
        raise TableFileError(f'"{path.name}" has {len(rows)} rows; at most {MAX_ROWS} '
                             "are imported at once")
    return Table(headers, rows, notes)


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


def read_csv_table(path: Path, data: bytes, score: HeaderScore | None = None) -> Table:
    notes: list[str] = []
    text = _decode(data, notes, path.name)
    sample = "\n".join(text.split("\n", 5)[:5])
    delimiter = max((",", ";", "\t"), key=sample.count)
    if delimiter != ",":
        notes.append(f"columns are separated by {'semicolons' if delimiter == ';' else 'tabs'}")
    try:
        raw = [tuple(row) for row in csv.reader(io.StringIO(text, newline=""),
                                                delimiter=delimiter, strict=True)]
    except csv.Error as exc:
        raise TableFileError(f'"{path.name}" is not valid CSV: {exc}') from exc
    return _build(raw, path, notes, score)  # type: ignore[arg-type]


def read_xlsx_table(path: Path, score: HeaderScore | None = None) -> Table:
    """The first sheet of a workbook (cached values of formulas, never the formulas)."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TableFileError(f'"{path.name}" is not a readable Excel workbook (.xlsx)') from exc
    try:
        sheet = workbook.worksheets[0]
        notes = [f'read the sheet "{sheet.title}"'] if len(workbook.worksheets) > 1 else []
        raw = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _build(raw, path, notes, score)


def read_table(path: Path, score: HeaderScore | None = None) -> Table:
    """The table in ``path`` (by suffix: .csv/.txt or .xlsx/.xlsm).

    ``score`` rates a candidate header row (how many columns it names); the
    best of the first rows is taken as the header, else the first non-empty row.
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
        return read_xlsx_table(path, score)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f'cannot read "{path}": {exc.strerror}') from exc
    return read_csv_table(path, data, score)
