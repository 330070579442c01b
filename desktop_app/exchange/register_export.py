"""The partnership register as a spreadsheet (XLSX, CSV) or JSON: one row per agreement.

The columns are the register's: event, reference, title, kind, ceremony status and
lifecycle, parties and their countries, the dates, days left, the renewal links and
the whole chain, the termination, the attachments and activities, the dormant flag.
Text a spreadsheet could run as a formula is neutralised as in the signing records
(``cells``): CSV cells get the apostrophe prefix, XLSX cells stay exact text in string
cells with the quote-prefix style. CSV is UTF-8 with BOM and CRLF, as the signing
records are.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop_app.domain.partnership import RegisterRow, renewal_chain

from .cells import is_formula_like, neutralise
from .files import write_atomically, write_bytes_atomically
from .xml_chars import xml_safe

Cell = str | int | bool | dt.date | None

#: (key, header) of every column, in order. Keys are the JSON field names.
REGISTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event", "Event"),
    ("reference", "Reference"),
    ("title", "Title"),
    ("kind", "Kind"),
    ("status", "Status"),
    ("lifecycle", "Lifecycle"),
    ("parties", "Parties"),
    ("countries", "Countries"),
    ("signed_on", "Signed on"),
    ("valid_from", "Valid from"),
    ("valid_until", "Valid until"),
    ("days_left", "Days left"),
    ("renews", "Renews"),
    ("renewed_by", "Renewed by"),
    ("renewal_chain", "Renewal chain"),
    ("terminated_on", "Terminated on"),
    ("termination_reason", "Termination reason"),
    ("attachments", "Attachments"),
    ("activities", "Activities"),
    ("activity_total", "Activity total"),
    ("dormant", "Dormant"),
)


@dataclass(frozen=True)
class RegisterExport:
    """The rows to write, as of a day, with the whole register for the renewal chains."""

    rows: Sequence[RegisterRow]
    all_rows: Mapping[int, RegisterRow]
    as_of: dt.date
    notice_days: int


def register_record(row: RegisterRow, all_rows: Mapping[int, RegisterRow]) -> dict[str, Cell]:
    """The typed cells of one agreement, by column key."""
    chain = renewal_chain(row.id, all_rows)
    return {
        "event": row.event_key,
        "reference": row.reference,
        "title": row.title,
        "kind": row.kind,
        "status": row.status,
        "lifecycle": row.lifecycle.value if row.lifecycle is not None else None,
        "parties": "; ".join(party.name for party in row.parties),
        "countries": ", ".join(row.countries),
        "signed_on": row.signed_at.date() if row.signed_at is not None else None,
        "valid_from": row.valid_from,
        "valid_until": row.valid_until,
        "days_left": row.days_left,
        "renews": row.renews.address if row.renews is not None else None,
        "renewed_by": "; ".join(link.address for link in row.renewed_by) or None,
        "renewal_chain": " → ".join(item.address for item in chain) if len(chain) > 1
        else None,
        "terminated_on": row.terminated_on,
        "termination_reason": row.termination_reason,
        "attachments": row.attachments,
        "activities": row.activities,
        "activity_total": row.activity_total,
        "dormant": row.dormant,
    }


def records(export: RegisterExport) -> list[dict[str, Cell]]:
    return [register_record(row, export.all_rows) for row in export.rows]


# -- CSV --------------------------------------------------------------------------------

def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date | int):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return neutralise(value)


def register_csv_text(export: RegisterExport) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow([header for _key, header in REGISTER_COLUMNS])
    for record in records(export):
        writer.writerow([_csv_cell(record[key]) for key, _header in REGISTER_COLUMNS])
    return buffer.getvalue()


def write_register_csv(export: RegisterExport, path: Path) -> None:
    write_bytes_atomically(path, register_csv_text(export).encode("utf-8-sig"))


# -- XLSX -------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_TOP = Alignment(vertical="top")
_WIDTHS = {"title": 48, "parties": 48, "termination_reason": 36, "renewal_chain": 48}


def register_workbook(export: RegisterExport) -> Workbook:
    """Sheet "Register" (one row per agreement; dates are date cells, counts numbers) and
    sheet "About" (as of which day, with which notice period)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register"
    for column, (key, header) in enumerate(REGISTER_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(
            key, max(10, len(header) + 2))
    for row_number, record in enumerate(records(export), start=2):
        for column, (key, _header) in enumerate(REGISTER_COLUMNS, start=1):
            _put(sheet.cell(row=row_number, column=column), record[key])
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    about = book.create_sheet("About")
    about.append(["Partnership register"])
    about.append(["As of", export.as_of])
    about["B2"].number_format = "yyyy-mm-dd"
    about.append(["Notice period (days)", export.notice_days])
    about.append(["Agreements", len(export.rows)])
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 14
    return book


def _put(cell: object, value: Cell) -> None:
    """Write one value: dates as dates, numbers as numbers, text always as text (a text
    that looks like a formula gets the quote prefix and is never evaluated)."""
    target = cell  # an openpyxl cell
    if value is None:
        return
    if isinstance(value, bool):
        target.value = "yes" if value else "no"  # type: ignore[attr-defined]
    elif isinstance(value, dt.date):
        target.value = value  # type: ignore[attr-defined]
        target.number_format = "yyyy-mm-dd"  # type: ignore[attr-defined]
    elif isinstance(value, int):
        target.value = value  # type: ignore[attr-defined]
    else:
        text = xml_safe(value)
        target.value = text  # type: ignore[attr-defined]
        target.data_type = "s"  # type: ignore[attr-defined]  # never a formula
        if is_formula_like(text):
            target.quotePrefix = True  # type: ignore[attr-defined]
    target.alignment = _TOP  # type: ignore[attr-defined]


def write_register_xlsx(export: RegisterExport, path: Path) -> None:
    book = register_workbook(export)
    write_atomically(path, lambda temporary: book.save(temporary))


# -- JSON -------------------------------------------------------------------------------

def register_json_document(export: RegisterExport) -> dict[str, object]:
    """``{"format": "roundtable-register", "as_of", "notice_days", "agreements": [...]}``:
    the same fields as the columns, typed (dates as ISO text, lists as lists)."""
    agreements = []
    for row in export.rows:
        record = register_record(row, export.all_rows)
        entry: dict[str, object] = {}
        for key, _header in REGISTER_COLUMNS:
            value = record[key]
            entry[key] = value.isoformat() if isinstance(value, dt.date) else value
        entry["parties"] = [{"organization": party.key, "name": party.name,
                             "country": party.country} for party in row.parties]
        entry["countries"] = list(row.countries)
        entry["renewed_by"] = [link.address for link in row.renewed_by]
        entry["renewal_chain"] = [item.address for item in renewal_chain(row.id,
                                                                         export.all_rows)]
        agreements.append(entry)
    return {"format": "roundtable-register", "as_of": export.as_of.isoformat(),
            "notice_days": export.notice_days, "agreements": agreements}


def write_register_json(export: RegisterExport, path: Path) -> None:
    text = json.dumps(register_json_document(export), ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomically(path, text.encode("utf-8"))
