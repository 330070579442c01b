"""The import wizard's preview runs in a worker (issue 20, point 5): the window keeps
painting and answering while a large spreadsheet is read, the progress shows, Stop ends
the reading with nothing imported, and the wizard goes on working afterwards."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTimer

from desktop_app.services.people import list_people
from desktop_app.ui.dialogs.table_import_wizard import TableImportWizard
from tests.ui.wizard_support import open_wizard, wait_for_preview

#: Rows of the large sheet: reading them takes seconds, many times the waits below.
LARGE = 40_000


def _sheet(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Family name", "Given name", "Country"])
    for i in range(rows):
        sheet.append([f"Family{i}", f"Given{i}", "KZ"])
    book.save(path)
    return path


def _rows_read(wizard: TableImportWizard) -> int:
    """The count "Reading the file: 1,400 rows" shows (0 before it shows one)."""
    found = re.search(r"[\d,]+", wizard.progress_label.text())
    return int(found.group().replace(",", "")) if found else 0


@pytest.fixture
def ticks() -> Iterator[list[int]]:
    """A 10 ms timer of the GUI thread; the list grows with each tick it delivers."""
    delivered: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: delivered.append(len(delivered)))
    timer.start()
    yield delivered
    timer.stop()


def test_stop_ends_a_large_preview_with_nothing_imported(qtbot, ui_ctx, tmp_path, ticks) -> None:
    before = {p.key for p in list_people(ui_ctx.db, ui_ctx.event_key)}
    wizard = open_wizard(qtbot, ui_ctx, _sheet(tmp_path / "large.xlsx", LARGE))
    wizard.preview_button.click()
    assert wizard.preview_task is not None  # returned at once: the work is in a worker
    assert wizard.progress_row.isVisible() and wizard.stop_button.isEnabled()
    qtbot.waitUntil(lambda: _rows_read(wizard) >= 1_000, timeout=20000)
    assert wizard.progress.maximum() == 0  # rows being read: a busy bar, the count beside
    ticked = len(ticks)
    # The event loop runs its timers while the file is read (however busy the machine).
    qtbot.waitUntil(lambda: len(ticks) >= ticked + 5, timeout=10000)
    assert wizard.preview_task is not None and _rows_read(wizard) < LARGE
    wizard.stop_button.click()
    wait_for_preview(qtbot, wizard)
    assert not wizard.progress_row.isVisible()
    assert "stopped" in wizard.summary.text() and "nothing was imported" in wizard.summary.text()
    assert wizard.report is None and not wizard.import_button.isEnabled()
    assert wizard.isVisible()
    assert {p.key for p in list_people(ui_ctx.db, ui_ctx.event_key)} == before
    # The wizard stays usable: a small file previews and imports.
    small = tmp_path / "small.csv"
    small.write_text("Family name,Given name,Country\nQuliyev,Rəşad,AZ\n", encoding="utf-8")
    wizard.path.setText(str(small))
    wizard.preview_button.click()
    wait_for_preview(qtbot, wizard)
    assert wizard.report is not None and wizard.report.ok and wizard.import_button.isEnabled()
    wizard.import_button.click()
    assert wizard.progress_row.isVisible() and wizard.stop_button.isHidden()  # no Stop
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    assert len(list_people(ui_ctx.db, ui_ctx.event_key)) == len(before) + 1


def test_the_preview_completes_in_the_worker(qtbot, ui_ctx, tmp_path, ticks) -> None:
    wizard = open_wizard(qtbot, ui_ctx, _sheet(tmp_path / "guests.xlsx", 3_000))
    maxima: list[int] = []
    wizard.progress.valueChanged.connect(lambda _v: maxima.append(wizard.progress.maximum()))
    wizard.preview_button.click()
    assert wizard.preview_task is not None and wizard.report is None
    ticked = len(ticks)
    wait_for_preview(qtbot, wizard)
    assert len(ticks) > ticked  # timers ran while the preview did
    assert 3 * 3_000 in maxima  # the checks' steps were shown as they went
    assert not wizard.progress_row.isVisible()
    report = wizard.report
    assert report is not None and report.ok and report.rows == 3_000
    assert report.count("create") > 0 and wizard.import_button.isEnabled()


def test_closing_the_wizard_stops_its_preview(qtbot, ui_ctx, tmp_path) -> None:
    wizard = open_wizard(qtbot, ui_ctx, _sheet(tmp_path / "large.xlsx", LARGE))
    wizard.preview_button.click()
    task = wizard.preview_task
    assert task is not None
    stopped: list[bool] = []
    task.cancelled_signal.connect(lambda: stopped.append(True))
    wizard.reject()
    assert task.is_cancelled
    qtbot.waitUntil(lambda: bool(stopped), timeout=20000)
