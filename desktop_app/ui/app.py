"""Composition root of the GUI: the QApplication, the theme, the context and the window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID
from desktop_app.storage.database import Database

from .app_icon import application_icon
from .context import UiContext
from .errors import install_excepthook
from .main_window import MainWindow
from .theme import apply_theme

#: Test hook: quit the event loop this many milliseconds after the window shows.
EXIT_AFTER_ENV = "ROUNDTABLE_EXIT_AFTER_MS"
#: How long quitting waits for background work to finish.
QUIT_WAIT_MS = 15_000


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setApplicationDisplayName("Roundtable")
    # The task bar and window icon, and the desktop entry Wayland/X11 match the window to.
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(APP_ID)
    apply_theme(app)
    # Follow the system when it switches between light and dark while we run.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app


def run_gui(db: Database, event_key: str | None = None,
            settings: QSettings | None = None) -> int:
    app = create_application()
    install_excepthook()
    ctx = UiContext(db, settings)
    window = MainWindow(ctx, event_key)
    app.aboutToQuit.connect(window.save_settings)
    window.show()
    exit_after = os.environ.get(EXIT_AFTER_ENV)
    if exit_after:
        QTimer.singleShot(int(exit_after), app.quit)
    try:
        return int(app.exec())
    finally:
        ctx.close()
        # Let running work (a conflict check, an export) end while its objects still exist.
        QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
