"""The spreadsheet preview reports its progress and stops when asked (the wizard runs it
in a worker with a progress bar and Stop): rows read, then the steps of the checks."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.exchange.table_reader import TableReadCancelled
from desktop_app.services.table_import import import_table, preview_table_import
from desktop_app.storage import Database

from .test_table_import_people import people

ROWS = 1_000


def _people_csv(path: Path, rows: int = ROWS) -> Path:
    path.write_text("Family name,Given name,Country\n" + "".join(
        f"Family{i},Given{i},KZ\n" for i in range(rows)), encoding="utf-8")
    return path


def _people_xlsx(path: Path, rows: int = ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Family name", "Given name", "Country"])
    for i in range(rows):
        sheet.append([f"Family{i}", f"Given{i}", "KZ"])
    book.save(path)
    return path


@pytest.mark.parametrize("make", [_people_csv, _people_xlsx], ids=["csv", "xlsx"])
def test_progress_follows_the_reading_then_the_checks(db: Database, bare_event: str,
                                                      tmp_path: Path, make) -> None:
    path = make(tmp_path / f"guests.{'csv' if make is _people_csv else 'xlsx'}")
    seen: list[tuple[int, int]] = []
    report = preview_table_import(db, bare_event, "people", path,
                                  progress=lambda done, total: seen.append((done, total)))
    assert report.ok and report.rows == ROWS
    reading = [done for done, total in seen if total == 0]
    checking = [(done, total) for done, total in seen if total]
    assert reading == sorted(reading) and reading[-1] >= ROWS - 200  # every 200 rows
    assert seen.index(checking[0]) > seen.index((reading[-1], 0))  # read first, then checked
    assert {total for _done, total in checking} == {3 * ROWS}
    assert checking[-1][0] >= 2 * ROWS  # the rows parsed and matched, the records planned


@pytest.mark.parametrize("stop_at", [(400, 0), (600, 3 * ROWS), (2_400, 3 * ROWS)],
                         ids=["reading", "parsing", "planning"])
def test_cancelled_stops_the_preview_and_the_import(db: Database, bare_event: str,
                                                    tmp_path: Path,
                                                    stop_at: tuple[int, int]) -> None:
    path = _people_xlsx(tmp_path / "guests.xlsx")
    last: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return bool(last) and last[-1] == stop_at

    with pytest.raises(TableReadCancelled):
        preview_table_import(db, bare_event, "people", path, progress=lambda *a: last.append(a),
                             cancelled=cancelled)
    assert last[-1] == stop_at  # stopped at the first question after it was asked
    last.clear()
    with pytest.raises(TableReadCancelled, match="nothing was imported"):
        import_table(db, bare_event, "people", path, progress=lambda *a: last.append(a),
                     cancelled=cancelled)
    assert people(db, bare_event) == {}
