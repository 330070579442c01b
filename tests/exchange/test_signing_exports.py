"""Signing records exported as CSV, XLSX and JSON, read back and checked cell by cell."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zoneinfo
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop_app.domain.models import Agreement, Event
from desktop_app.domain.ordering import agreements_in_signing_order
from desktop_app.exchange.files import ExportError
from desktop_app.services.exports import export_signings
from desktop_app.storage import Database

from .conftest import loaded

HEADERS = ["Reference", "Kind", "Title", "Status", "Signed at", "Signing order", "Party",
           "Organization", "Short name", "Country", "Signatory honorific", "Signatory",
           "Signatory position", "Valid from", "Valid until"]


def party_headers(event: Event) -> list[str]:
    """The headers with a title column per language of the event after its first."""
    return HEADERS[:3] + [f"Title ({tag})" for tag in event.languages[1:]] + HEADERS[3:]


def titles(agreement: Agreement, event: Event) -> list[str | None]:
    return [(agreement.translations or {}).get("title", {}).get(tag)
            for tag in event.languages[1:]]


def expected_rows(event: Event) -> list[list[Any]]:
    """One typed row per party, straight from the stored records, in signing order."""
    zone = zoneinfo.ZoneInfo(event.timezone)
    rows = []
    for agreement in agreements_in_signing_order(event):
        for number, party in enumerate(agreement.parties, start=1):
            person = party.signatory
            rows.append([
                agreement.reference, agreement.kind, agreement.title,
                *titles(agreement, event), agreement.status,
                agreement.signed_at.astimezone(zone) if agreement.signed_at else None,
                agreement.signing_order, number, party.organization.name,
                party.organization.short_name, party.organization.country,
                person.honorific if person else None,
                f"{person.given_name} {person.family_name}" if person else None,
                person.position if person else None, agreement.valid_from, agreement.valid_until,
            ])
    return rows


def as_csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def test_csv_has_bom_crlf_and_every_cell_of_the_database(db: Database, sample_event: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "signings.csv"
    result = export_signings(db, sample_event, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    event = loaded(db, sample_event)
    expected = expected_rows(event)
    assert rows[0] == party_headers(event)
    assert len(rows) - 1 == len(expected) == 80
    for line, (row, wanted) in enumerate(zip(rows[1:], expected, strict=True), start=2):
        assert row == [as_csv_text(v) for v in wanted], f"CSV row {line}"
    assert rows[1][rows[0].index("Signed at")] == "2025-03-04T12:35:00+04:00"  # not UTC
    assert result.records == 40


def test_csv_quotes_commas_quotes_and_line_breaks(db: Database, sample_event: str,
                                                  tmp_path: Path) -> None:
    title = 'Memorandum, "joint" research\nand <teaching> & Ə/Қ'
    with db.session() as session:
        agreement = session.query(Agreement).filter_by(key="mou-001").one()
        agreement.title = title
    path = tmp_path / "signings.csv"
    export_signings(db, sample_event, path)
    text = path.read_text(encoding="utf-8-sig")
    assert '"Memorandum, ""joint"" research\nand <teaching> & Ə/Қ"' in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [r[2] for r in rows if r[0] == "AZ-KZ/2025/001"] == [title, title]


def test_xlsx_sheets_cells_types_and_layout(db: Database, sample_event: str,
                                            tmp_path: Path) -> None:
    path = tmp_path / "signings.xlsx"
    export_signings(db, sample_event, path)
    event = loaded(db, sample_event)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Parties", "Agreements", "Summary"]

    parties = workbook["Parties"]
    columns = party_headers(event)
    assert [c.value for c in parties[1]] == columns
    expected = expected_rows(event)
    assert parties.max_row == len(expected) + 1
    for number, wanted in enumerate(expected, start=2):
        cells = parties[number]
        for column, (cell, value) in enumerate(zip(cells, wanted, strict=True)):
            if isinstance(value, dt.datetime):  # Excel has no zones: local event time
                assert cell.is_date and cell.value == value.replace(tzinfo=None)
                assert cell.number_format == "yyyy-mm-dd hh:mm"
            elif isinstance(value, dt.date):
                assert cell.is_date and cell.value.date() == value, (number, column)
                assert cell.number_format == "yyyy-mm-dd"
            else:
                assert cell.value == value, (number, column)
    assert parties.freeze_panes == "A2"
    letters = [get_column_letter(n) for n in range(1, len(columns) + 1)]
    assert parties.auto_filter.ref == f"A1:{letters[-1]}{len(expected) + 1}"
    widths = {letter: parties.column_dimensions[letter].width for letter in letters}
    assert widths["C"] > widths["B"] > 6  # titles are wider than kinds
    assert all(width >= len(header) for width, header in zip(widths.values(), columns,
                                                             strict=True))
    assert widths["C"] >= max(len(a.title) for a in event.agreements) * 0.9

    sheet = workbook["Agreements"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    by_reference = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert len(by_reference) == len(event.agreements)
    headers = [c.value for c in sheet[1]]
    for agreement in event.agreements:
        row = {h: c.value for h, c in zip(headers, by_reference[agreement.reference], strict=True)}
        assert row["Title"] == agreement.title and row["Status"] == agreement.status
        assert row["Parties"] == "; ".join(p.organization.name for p in agreement.parties)
        assert row["Countries"] == "; ".join(p.organization.country for p in agreement.parties)
        assert row["Originals"] == agreement.originals_needed

    summary = [[c.value for c in row] for row in workbook["Summary"].iter_rows()]
    statuses = Counter(a.status for a in event.agreements)
    start = next(i for i, r in enumerate(summary) if r[0] == "By status") + 2
    shown = {}
    for row in summary[start:]:
        if row[0] is None:
            break
        shown[row[0]] = row[1]
    assert shown == {**statuses, "total": len(event.agreements)}
    start = next(i for i, r in enumerate(summary) if r[0] == "By country") + 2
    kz = next(r for r in summary[start:] if r[0] == "KZ")
    assert kz[1] == sum(1 for a in event.agreements
                        if any(p.organization.country == "KZ" for p in a.parties))
    start = next(i for i, r in enumerate(summary) if r[0] == "By university") + 2
    ada = next(r for r in summary[start:] if r[0] == "ADA University")
    assert ada[3] == sum(1 for a in event.agreements
                         if any(p.organization.key == "ada" for p in a.parties))


def test_json_follows_the_documented_structure(db: Database, sample_event: str,
                                               tmp_path: Path) -> None:
    path = tmp_path / "signings.json"
    export_signings(db, sample_event, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    event = loaded(db, sample_event)
    assert doc["format"] == "roundtable-signing-records" and doc["version"] == 1
    assert doc["event"]["timezone"] == "Asia/Baku"
    stored = {a.reference: a for a in event.agreements}
    assert [a["reference"] for a in doc["agreements"]] == [
        a.reference for a in agreements_in_signing_order(event)]
    for item in doc["agreements"]:
        agreement = stored[item["reference"]]
        assert item["id"] == agreement.key and item["status"] == agreement.status
        if agreement.signed_at:
            assert dt.datetime.fromisoformat(item["signed_at"]) == agreement.signed_at
        assert [p["organization"]["id"] for p in item["parties"]] == [
            p.organization.key for p in agreement.parties]
        assert [p["number"] for p in item["parties"]] == list(range(1, len(agreement.parties) + 1))
    assert doc["summary"]["total"] == len(event.agreements)
    assert sum(doc["summary"]["by_status"].values()) == len(event.agreements)


def test_names_in_a_chosen_language(db: Database, sample_event: str, tmp_path: Path) -> None:
    path = tmp_path / "signings.csv"
    export_signings(db, sample_event, path, language="kk")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert "Әл-Фараби атындағы Қазақ ұлттық университеті" in {r["Organization"] for r in rows}
    event = loaded(db, sample_event)
    organizations = {p.organization for a in event.agreements for p in a.parties}
    # The Kazakh name where one is recorded, else the default.
    assert {r["Organization"] for r in rows} == {o.local_name("kk") for o in organizations}


@pytest.mark.parametrize("name", ["signings.pdf", "signings", "signings.ics"])
def test_unknown_format_is_refused_before_writing(db: Database, sample_event: str,
                                                  tmp_path: Path, name: str) -> None:
    with pytest.raises(ExportError, match=r"writes \.xlsx, \.csv, \.json files"):
        export_signings(db, sample_event, tmp_path / name)
    assert list(tmp_path.glob("signings*")) == []


def test_failed_write_leaves_no_partial_file(db: Database, sample_event: str,
                                             tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_signings(db, sample_event, tmp_path / "missing" / "s.csv")


def test_long_party_lists_wrap_in_taller_rows(db: Database, sample_event: str,
                                              tmp_path: Path) -> None:
    path = tmp_path / "signings.xlsx"
    export_signings(db, sample_event, path, language="kk")
    sheet = load_workbook(path)["Agreements"]
    headers = [c.value for c in sheet[1]]
    parties = headers.index("Parties") + 1
    width = sheet.column_dimensions["ABCDEFGHIJKLMN"[parties - 1]].width
    assert width <= 60
    long_rows = [r for r in range(2, sheet.max_row + 1)
                 if len(sheet.cell(row=r, column=parties).value) > width * 1.3]
    assert long_rows  # Kazakh names make some lists longer than the column
    for row in long_rows:
        assert sheet.cell(row=row, column=parties).alignment.wrap_text
        assert sheet.row_dimensions[row].height >= 30
