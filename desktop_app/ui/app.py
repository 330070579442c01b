"""Composition root of the GUI: the QApplication, the database and the main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.storage.database import Database

from .main_window import MainWindow

#: Test hook: quit the event loop this many milliseconds after the window shows.
EXIT_AFTER_ENV = "ROUNDTABLE_EXIT_AFTER_MS"


def run_gui(db: Database, event_key: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    window = MainWindow(db, event_key)
    window.show()
    exit_after = os.environ.get(EXIT_AFTER_ENV)
    if exit_after:
        QTimer.singleShot(int(exit_after), app.quit)
    return int(app.exec())
