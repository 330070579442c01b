"""Composition root of the GUI: the QApplication, the language, the theme, the context
and the window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEventLoop, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID
from desktop_app.storage.database import Database

from .app_icon import application_icon
from .context import UiContext
from .errors import install_excepthook
from .i18n import start_language
from .main_window import MainWindow
from .theme import apply_theme
from .window_report import REPORT_AFTER_MS, REPORT_ENV, write_report

#: Test hook: quit the event loop this many milliseconds after the window shows.
EXIT_AFTER_ENV = "ROUNDTABLE_EXIT_AFTER_MS"
#: How long quitting waits for background work to finish.
QUIT_WAIT_MS = 15_000


def create_application(settings: QSettings | None = None,
                       language: str | None = None) -> QApplication:
    """The one QApplication, its theme and its language (``language`` is ``--lang``)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setApplicationDisplayName("Roundtable")
    # The task bar and window icon, and the desktop entry Wayland/X11 match the window to.
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(APP_ID)
    start_language(settings if settings is not None else QSettings(), language)
    apply_theme(app, settings)
    # Follow the system when it switches between light and dark while we run.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app, settings))
    return app


class WindowHost(QObject):
    """Owns the main window and its context, and rebuilds both when the language changes.

    Every text of a window is set when it is built, so showing another language means
    building the window again: the new one opens the same event and view at the same
    place (they are saved in the settings first). Undo history belongs to the old
    context and goes with it; the preferences dialog says so before switching.
    """

    def __init__(self, db: Database, settings: QSettings | None = None,
                 event_key: str | None = None) -> None:
        super().__init__()
        self._db = db
        self._settings = settings
        self.ctx = UiContext(db, settings)
        #: Contexts of windows replaced by a language switch: closed (no polling, no
        #: database notices) but kept until quitting, because a conflict check running
        #: in a worker may still report to their monitor.
        self._retired: list[UiContext] = []
        self.window = self._new_window(event_key)

    def _new_window(self, event_key: str | None) -> MainWindow:
        window = MainWindow(self.ctx, event_key)
        window.language_changed.connect(self.rebuild)
        window.theme_changed.connect(self._reapply_theme)
        return window

    def _reapply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self._settings)

    def rebuild(self) -> MainWindow:
        """A new window (and context) in the language now installed, in place of the old."""
        old_window, old_ctx = self.window, self.ctx
        old_window.save_settings()
        was_visible = old_window.isVisible()
        event_key = old_ctx.event_key
        old_ctx.close()
        self.ctx = UiContext(self._db, self._settings)
        self.window = self._new_window(event_key or None)
        if was_visible:
            self.window.show()
        # Again once shown: a window manager may place a new window by its own rules.
        self.window.restoreGeometry(old_window.saveGeometry())
        old_window.hide()
        old_window.deleteLater()
        self._retired.append(old_ctx)
        return self.window

    def save_settings(self) -> None:
        self.window.save_settings()

    def close(self) -> None:
        """Stop polling and delete the window: nothing of this run outlives it (a test or
        an embedding program may start another window in the same process)."""
        self.ctx.close()
        self.window.hide()
        self.window.deleteLater()


def run_gui(db: Database, event_key: str | None = None,
            settings: QSettings | None = None, language: str | None = None) -> int:
    app = create_application(settings, language)
    install_excepthook()
    host = WindowHost(db, settings, event_key)
    app.aboutToQuit.connect(host.save_settings)
    host.window.show()
    exit_after = os.environ.get(EXIT_AFTER_ENV)
    if exit_after:
        QTimer.singleShot(int(exit_after), host.window, app.quit)
    report = os.environ.get(REPORT_ENV)
    if report:
        def report_and_quit() -> None:
            write_report(host.window, report)
            app.quit()

        QTimer.singleShot(REPORT_AFTER_MS, host.window, report_and_quit)
    try:
        return int(app.exec())
    finally:
        host.close()
        # Let running work (a conflict check, an export) end while its objects still exist.
        QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
        # Deliver what the workers posted and delete the window now, in a short loop of
        # this run's own, rather than in whatever event loop runs next in this process.
        settle = QEventLoop()
        QTimer.singleShot(50, settle.quit)
        settle.exec()
