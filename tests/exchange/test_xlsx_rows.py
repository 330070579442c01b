"""The signing workbook's rows written as text (``exchange.xlsx_rows``): the same
sheets openpyxl's own row writer gives, cell for cell, and text kept literally."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import Cell as OpenpyxlCell
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import select

from desktop_app.domain.models import Agreement, Event
from desktop_app.exchange import signing_xlsx, xlsx_rows
from desktop_app.exchange.signing_records import SigningRecords, signing_records
from desktop_app.exchange.xlsx_rows import cell_xml, xml_text
from desktop_app.exchange.xml_chars import xml_safe
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event_agreements
from desktop_app.storage import Database
from tests.support import synthetic_event_document

TRICKY = {
    "markup": 'AT&T <b>bold</b> "quoted" & \'single\'',
    "carriage return": "\r=3+3",
    "spaces": "  padded  ",
    "controls": "bell\x07 and \x1f unit separator",
    "scripts": "Əmrullayev Нұрбек İlqar 🎓",
    "formula": "=HYPERLINK(\"http://x\")",
    "long": "a very long title " * 12,
    # XlsxWriter 3.3 writes a text framed so as raw rich-text XML (docs/performance.md).
    "rich text markup": '<r><t>x</t></r></is></c><c r="Z9"><f>1+1</f></c><c><is><r></r>',
}


class _OpenpyxlRowsSheet(signing_xlsx._StreamedSheet):
    """The sheet with openpyxl's own row writer (each cell through lxml), as before
    the rows were written as text: the reference the text writer must match."""

    _write_rows = WriteOnlyWorksheet._write_rows
    close = WriteOnlyWorksheet.close

    def _values_to_row(self, values: Sequence[Any], row_idx: int) -> Iterator[Any]:
        shared = WriteOnlyCell(self)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, signing_xlsx._Styled):
                cell = self.style_cell(value.style)
                cell.value = value.value
                if value.style[2]:
                    cell.data_type = "s"
            elif isinstance(value, OpenpyxlCell):
                cell = value
            else:
                cell = shared
                cell.value = value
            cell.column, cell.row = col_idx, row_idx
            yield cell


def _records(db: Database) -> SigningRecords:
    doc = synthetic_event_document(people=40, agreements=14, items=8, event_id="xlsx-rows")
    doc["event"]["title"] = TRICKY["markup"]
    for agreement, text in zip(doc["agreements"], TRICKY.values(), strict=False):
        agreement["title"] = text
        agreement["reference"] = text + agreement["reference"] if text.strip() else text
    for organization, text in zip(doc["organizations"], TRICKY.values(), strict=False):
        organization["short_name"] = text
    doc["agreements"][-1]["valid_from"] = "1900-01-01"  # before Excel's missing leap day
    doc["agreements"][-1]["valid_until"] = "1900-03-01"
    import_event_document(db, doc)
    # The import trims texts (and the forms refuse control characters), so the tricky
    # texts are written into the rows directly: the writer must still hold its own with
    # whatever an older database or another program left there.
    with db.session() as session:
        agreements = session.scalars(select(Agreement).join(Event)
                                     .where(Event.key == "xlsx-rows")
                                     .order_by(Agreement.key)).all()
        by_key = {a.key: a for a in agreements}
        for source, text in zip(doc["agreements"], TRICKY.values(), strict=False):
            by_key[source["id"]].title = text
    with db.reader() as session:
        return signing_records(load_event_agreements(session, "xlsx-rows"), None)


def _sheet_parts(path: Path) -> dict[str, bytes]:
    """Each worksheet's XML in canonical form. openpyxl writes an empty styled cell
    with ``t="n"``, the text writer without it: both mean an empty cell."""
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                canonical = ET.canonicalize(archive.read(name).decode()).encode()
                parts[name] = re.sub(rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="n"></c>', rb"\1></c>",
                                     canonical)
    return parts


def _openpyxl_reference_keeps_carriage_returns() -> None:
    """Skip unless openpyxl writes with lxml: without it, its ElementTree writer leaves a
    carriage return literal, which XML parsers read as a line feed, so it is no reference
    for text with one (the text writer keeps it as ``&#13;``)."""
    from openpyxl.xml import LXML

    if not LXML:
        pytest.skip("openpyxl's reference writer needs lxml to keep a carriage return")


def test_sheets_are_the_ones_openpyxls_row_writer_gives(db: Database, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _openpyxl_reference_keeps_carriage_returns()
    records = _records(db)
    monkeypatch.setattr(xlsx_rows, "SPOOL_EVERY", 5)  # rows reach the spool file in parts
    fast, reference = tmp_path / "fast.xlsx", tmp_path / "reference.xlsx"
    signing_xlsx.write_signing_xlsx(records, fast)

    def reference_sheet(workbook: Workbook, title: str) -> signing_xlsx._StreamedSheet:
        sheet = _OpenpyxlRowsSheet(parent=workbook, title=title)
        workbook._add_sheet(sheet)
        return sheet

    monkeypatch.setattr(signing_xlsx, "_add_sheet", reference_sheet)
    signing_xlsx.write_signing_xlsx(records, reference)
    fast_parts, reference_parts = _sheet_parts(fast), _sheet_parts(reference)
    assert sorted(fast_parts) == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                  "xl/worksheets/sheet3.xml"]
    for name, xml in reference_parts.items():
        assert fast_parts[name] == xml, name
    with zipfile.ZipFile(fast) as a, zipfile.ZipFile(reference) as b:
        for name in a.namelist():  # styles, comments, workbook: untouched
            if not name.startswith(("xl/worksheets/sheet", "docProps/core")):
                assert a.read(name) == b.read(name), name


def test_text_is_read_back_literally(db: Database, tmp_path: Path) -> None:
    records = _records(db)
    path = tmp_path / "s.xlsx"
    signing_xlsx.write_signing_xlsx(records, path)
    agreements = load_workbook(path)["Agreements"]
    titles = {row[2] for row in agreements.iter_rows(min_row=2, values_only=True)}
    assert TRICKY["markup"] in titles and TRICKY["carriage return"] in titles
    assert TRICKY["spaces"] in titles and TRICKY["scripts"] in titles
    assert TRICKY["formula"] in titles and TRICKY["long"] in titles
    assert TRICKY["rich text markup"] in titles
    assert "bell and  unit separator" in titles  # what XML cannot hold is dropped
    assert load_workbook(path)["Summary"]["A1"].value == TRICKY["markup"]


@pytest.mark.parametrize("value", [
    "", " ", "x", "a\nb", "tab\there", 'q"<>&', "\r\n", "\x00\x0b\ufffe\uffff", 0, -7, 10**15,
    1.5, True, False, dt.date(1900, 1, 1), dt.date(1900, 2, 28), dt.date(1900, 3, 1),
    dt.date(2026, 5, 12), dt.datetime(2026, 5, 12, 10, 30, 15), None,
])
def test_a_cell_reads_back_as_openpyxl_writes_it(value: Any, tmp_path: Path) -> None:
    if isinstance(value, str) and "\r" in value:
        _openpyxl_reference_keeps_carriage_returns()
    ours = ET.fromstring(cell_xml("B3", 4, value))  # well-formed on its own
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("T")
    sheet.append([None, value if not isinstance(value, str) else xml_safe(value)])
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        theirs = ET.fromstring(archive.read("xl/worksheets/sheet1.xml")).find(
            ".//{*}c")
    if theirs is None:  # openpyxl leaves out a cell with nothing in it
        assert value is None or value == ""
        return
    assert ours.get("t") == theirs.get("t")
    assert ours.get("s") == "4" and ours.get("r") == "B3"
    assert ("".join(ours.itertext()) == "".join(theirs.itertext())
            or float("".join(ours.itertext())) == float("".join(theirs.itertext())))


def test_xml_text_escapes_and_drops() -> None:
    assert xml_text("plain Əli") == "plain Əli"
    assert xml_text('a<b&c>"d"\re') == "a&lt;b&amp;c&gt;&quot;d&quot;&#13;e"
    assert xml_text("x\x00\x1f\ud800\uffffy") == "xy"
