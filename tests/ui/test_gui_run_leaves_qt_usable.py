"""A finished ``run_gui`` must leave Qt's event loops usable for whatever runs next in the
process (the next test, or a program embedding the window).

It once did not: after ``run_gui`` returned, the application kept its "quit now" state
and every later ``QEventLoop.exec()`` returned -1 at once, so timers and queued signals
never ran again (pytest-qt's waits timed out in unrelated tests). The two tests below run
in file order: the first runs the window, the second checks the loop afterwards.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from desktop_app.storage import open_database
from desktop_app.ui.app import EXIT_AFTER_ENV, run_gui


def test_run_the_window_once(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             default_settings_folder: Path) -> None:
    monkeypatch.setenv(EXIT_AFTER_ENV, "200")
    db = open_database(str(tmp_path / "x.sqlite"))
    try:
        assert run_gui(db) == 0
    finally:
        db.dispose()


def test_event_loops_and_timers_still_run_afterwards(qtbot) -> None:
    loop = QEventLoop()
    fired: list[int] = []
    QTimer.singleShot(0, lambda: fired.append(1))
    QTimer.singleShot(50, loop.quit)
    assert loop.exec() == 0
    assert fired == [1]
