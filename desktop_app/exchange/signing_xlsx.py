"""Signing records as an Excel workbook: sheets Parties, Agreements and Summary.

Dates and instants are real date cells (formatted ``yyyy-mm-dd`` and
``yyyy-mm-dd hh:mm``), numbers are numbers, so international offices can
sort and filter them. Excel has no time zones: signing times are written in
the event's local time, which the header comment and the Summary sheet name.
Text that looks like a formula stays a string cell (see ``cells``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .cells import is_formula_like
from .files import write_atomically
from .signing_records import AGREEMENT_COLUMNS, PARTY_COLUMNS, Cell, SigningRecords

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MIN_WIDTH = 6
MAX_WIDTH = 60
#: Characters XML 1.0 cannot hold (openpyxl refuses them); dropped from text.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8C9D"))
# Shared style objects: openpyxl hashes each new one, which dominates large exports.
_CENTRE = Alignment(horizontal="center")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_TOP = {None: Alignment(vertical="top"), "center": Alignment(horizontal="center", vertical="top")}


def _display_width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _wrapped_lines(value: Cell, width: int) -> int:
    """Lines ``value`` takes in a wrapping column ``width`` characters wide (by words).

    Column widths count the digit "0"; an average letter of the default
    proportional font is narrower, hence callers pass a slightly larger width.
    """
    if value is None or width <= 0:
        return 1
    total = 0
    for paragraph in str(value).splitlines() or [""]:
        lines, used = 1, 0
        for word in paragraph.split(" "):
            needed = len(word) + (1 if used else 0)
            if used and used + needed > width:
                lines, used = lines + 1, len(word)
            else:
                used += needed
        total += lines
    return total


def set_cell(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    """Write one typed value; text stays text even when it starts with ``=``."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, dt.datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, str):
        text = _ILLEGAL_XML.sub("", value)
        cell.value = text
        if is_formula_like(text):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
        if isinstance(value, int):
            cell.alignment = _CENTRE


def write_table(sheet: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
                *, first_row: int = 1, wrap_columns: Sequence[int] = ()) -> None:
    """A header row, data rows, fitted widths, a frozen header and filters."""
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=first_row, column=column, value=header)
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
        cell.alignment = Alignment(vertical="center")
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            set_cell(sheet, first_row + offset, column, value)
    lines_needed = [1] * len(rows)
    for column, header in enumerate(headers, start=1):
        # +3 leaves room for the filter button beside the header text.
        widest = max([len(header) + 3, *(_display_width(r[column - 1]) for r in rows)])
        width = min(max(widest + 1, MIN_WIDTH), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(column)].width = width
        if widest > MAX_WIDTH or column in wrap_columns:
            for index, row in enumerate(rows):
                cell = sheet.cell(row=first_row + 1 + index, column=column)
                cell.alignment = _WRAP_TOP
                lines_needed[index] = max(lines_needed[index],
                                          _wrapped_lines(row[column - 1], int(width * 1.15)))
    # Neither Excel nor LibreOffice grows a row for wrapped text written by a
    # program, so the heights are set here (15 points per line of 11-point text).
    for index, lines in enumerate(lines_needed):
        if lines > 1:
            sheet.row_dimensions[first_row + 1 + index].height = 15 * lines
            for column in range(1, len(headers) + 1):
                cell = sheet.cell(row=first_row + 1 + index, column=column)
                if not cell.alignment.wrap_text:
                    cell.alignment = _TOP[cell.alignment.horizontal]
    last = f"{get_column_letter(len(headers))}{first_row + max(len(rows), 1)}"
    sheet.auto_filter.ref = f"A{first_row}:{last}"
    sheet.freeze_panes = sheet.cell(row=first_row + 1, column=1)
    sheet.print_title_rows = f"{first_row}:{first_row}"
    sheet.page_setup.orientation = "landscape"
    _fit_page_width(sheet)


def _fit_page_width(sheet: Worksheet) -> None:
    """Printed, the sheet is as wide as the page and as long as it needs."""
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _time_note(records: SigningRecords) -> str:
    return f"Signing times are local times in {records.timezone}."


def _write_summary(sheet: Worksheet, records: SigningRecords) -> None:
    summary = records.summary
    set_cell(sheet, 1, 1, records.event_title)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (f"Signing records, {summary.total} agreements. {_time_note(records)} "
                   f"Exported {records.generated_at.strftime('%Y-%m-%d %H:%M')} UTC.")
    row = 4

    def section(title: str, headers: list[str], rows: list[list[Cell]]) -> None:
        nonlocal row
        sheet.cell(row=row, column=1, value=title).font = Font(bold=True, size=12)
        row += 1
        for column, header in enumerate(headers, start=1):
            cell = sheet.cell(row=row, column=column, value=header)
            cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
        for values in rows:
            row += 1
            for column, value in enumerate(values, start=1):
                set_cell(sheet, row, column, value)
        row += 2

    section("By status", ["Status", "Agreements"],
            [[status, count] for status, count in summary.by_status.items()]
            + [["total", summary.total]])
    section("By country", ["Country", "Agreements", "Signed"],
            [[country, total, signed] for country, (total, signed) in summary.by_country.items()])
    section("By university", ["Organization", "Short name", "Country", "Agreements", "Signed"],
            [[c.organization, c.short_name, c.country, c.agreements, c.signed]
             for c in summary.by_organization])
    widths = [max([12, *(len(c.organization) + 2 for c in summary.by_organization)]),
              12, 10, 12, 10]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width, MAX_WIDTH)
    _fit_page_width(sheet)


def signing_workbook(records: SigningRecords) -> Workbook:
    workbook = Workbook()
    parties = workbook.active
    assert parties is not None
    parties.title = "Parties"
    write_table(parties, [h for _, h in PARTY_COLUMNS], [r.cells() for r in records.parties])
    agreements = workbook.create_sheet("Agreements")
    wrap = [i for i, (name, _) in enumerate(AGREEMENT_COLUMNS, start=1)
            if name in ("parties", "signatories")]
    write_table(agreements, [h for _, h in AGREEMENT_COLUMNS],
                [r.cells() for r in records.agreement_rows], wrap_columns=wrap)
    for sheet, columns in ((parties, PARTY_COLUMNS), (agreements, AGREEMENT_COLUMNS)):
        column = 1 + [name for name, _ in columns].index("signed_at")
        sheet.cell(row=1, column=column).comment = Comment(_time_note(records), "Roundtable")
    _write_summary(workbook.create_sheet("Summary"), records)
    workbook.properties.title = f"{records.event_title}: signing records"
    workbook.properties.creator = "Roundtable"
    return workbook


def write_signing_xlsx(records: SigningRecords, path: Path) -> None:
    workbook = signing_workbook(records)
    write_atomically(path, lambda temporary: workbook.save(temporary))
