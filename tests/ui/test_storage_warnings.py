"""The window shows what went wrong on opening the database without stopping it
(``Database.warnings``: a backups folder that cannot be written) once, in its status
bar, in the interface language (issue 20, point 9: "warn once and go on")."""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_file
from desktop_app.storage import open_database
from desktop_app.storage.backup import BACKUP_FAILED, backups_dir
from desktop_app.storage.database import NO_NEW_BACKUP, Database
from desktop_app.ui.context import UiContext
from desktop_app.ui.domain_messages import STORAGE_TEMPLATES
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import VIEWS, MainWindow

from .test_dialogs_translated import write_catalogue

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def unbacked_db(tmp_path: Path) -> Iterator[Database]:
    """The sample event, reopened with a file where its backups folder should be."""
    path = tmp_path / "events.sqlite"
    first = open_database(str(path), backup=False)
    import_event_file(first, sample_event_path())
    first.dispose()
    later = time.time() + 5  # changed since its last backup: opening backs it up
    os.utime(path, (later, later))
    backups_dir(path).write_text("not a folder", encoding="utf-8")
    db = open_database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator[Callable[[Database], MainWindow]]:
    """Opens a window on a database (its context closed after the test)."""
    contexts: list[UiContext] = []

    def opened(db: Database) -> MainWindow:
        ctx = UiContext(db, QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat))
        contexts.append(ctx)
        window = MainWindow(ctx, views=VIEWS[:1])
        qtbot.addWidget(window)
        window.show()
        return window

    yield opened
    for ctx in contexts:
        ctx.close()


def test_the_status_bar_says_no_backup_was_made(unbacked_db: Database, open_window) -> None:
    folder = backups_dir(Path(unbacked_db.engine.url.database or ""))
    assert len(unbacked_db.warnings) == 1
    window = open_window(unbacked_db)
    notice = window.storage_notice
    assert notice is not None and notice.isVisible()
    text = notice.text()
    assert text.startswith("Warning: cannot back up ") and f'into "{folder}"' in text
    assert text.endswith("; carrying on without a new backup")
    assert QApplication.activeModalWidget() is None  # a notice, no dialog in the way


def test_a_window_without_warnings_shows_none(qtbot, ui_ctx) -> None:
    window = MainWindow(ui_ctx, views=VIEWS[:1])
    qtbot.addWidget(window)
    assert ui_ctx.db.warnings == [] and window.storage_notice is None


def test_the_warning_is_translated(unbacked_db: Database, open_window, tmp_path: Path) -> None:
    assert {NO_NEW_BACKUP, BACKUP_FAILED} == set(STORAGE_TEMPLATES)  # in the catalogues
    russian = (("MainWindow", "Warning: {warning}", "", "Предупреждение: {warning}"),
               ("DomainMessages", NO_NEW_BACKUP, "", "{problem}; работа продолжается без "
                                                      "новой резервной копии"),
               ("DomainMessages", BACKUP_FAILED, "", "не удалось создать резервную копию "
                                                     "«{source}» в «{folder}»: {reason}"))
    install_language("ru", write_catalogue(tmp_path, russian))
    try:
        window = open_window(unbacked_db)
        assert window.storage_notice is not None
        text = window.storage_notice.text()
        assert text.startswith("Предупреждение: не удалось создать резервную копию «")
        assert text.endswith("работа продолжается без новой резервной копии")
    finally:
        install_language("en")
