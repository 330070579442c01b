"""Signing records as CSV: one row per party, UTF-8 with BOM, RFC 4180.

The byte order mark makes Excel read the file as UTF-8 (without it, Cyrillic
and ə arrive as mojibake); rows end in CRLF and fields holding a comma,
quote or line break are quoted, as RFC 4180 says. Text that a spreadsheet
would run as a formula is neutralised (see ``cells``).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from .cells import neutralise
from .files import write_bytes_atomically
from .signing_records import Cell, SigningRecords


def csv_cell(value: Cell) -> str:
    """The text of one CSV cell: ISO dates and instants (with offset), neutralised text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def signing_csv_text(records: SigningRecords) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow([header for _, header in records.party_columns])
    for row in records.parties:
        writer.writerow([csv_cell(value) for value in row.cells()])
    return buffer.getvalue()


def write_signing_csv(records: SigningRecords, path: Path) -> None:
    write_bytes_atomically(path, signing_csv_text(records).encode("utf-8-sig"))
