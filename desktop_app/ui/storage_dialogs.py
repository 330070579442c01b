"""Backups and damaged databases in the GUI: back up now, restore, and what to do when
the database cannot be opened (offer the latest backup).

The work itself is the storage layer's (``storage.backup``, ``storage.restore``); this
module only asks, runs it off the GUI thread where it can take a while, and reports.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop_app.storage.backup import backups_dir, latest_backup, make_backup
from desktop_app.storage.database import StorageError, open_database
from desktop_app.storage.restore import restore_database

from .context import UiContext
from .errors import show_error
from .workers import run_task


class StorageActions(QObject):
    """File › Back up now / Restore from a backup… for the open SQLite database."""

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window

    @property
    def database_path(self) -> Path | None:
        return self.ctx.db.sqlite_path

    def available_tip(self) -> str:
        if self.database_path is None:
            return self.tr("Backups of a shared server database are made on the server "
                           "(pg_dump)")
        return ""

    def back_up_now(self) -> None:
        path = self.database_path
        if path is None:
            QMessageBox.information(self.window, self.tr("Back up", "window title"),
                                    self.available_tip())
            return
        self.ctx.status_message.emit(self.tr("Backing up…"))
        done = self.tr("Backed up to {file}")
        run_task(lambda _progress, _cancelled: make_backup(path, "manual"),
                 succeeded=lambda made: self.ctx.status_message.emit(done.format(file=made)),
                 failed=self._backup_failed)

    def _backup_failed(self, exc: Exception) -> None:
        show_error(self.window, exc)

    def restore_from_backup(self) -> None:
        path = self.database_path
        if path is None:
            QMessageBox.information(self.window, self.tr("Restore", "window title"),
                                    self.available_tip())
            return
        start = backups_dir(path) if backups_dir(path).is_dir() else path.parent
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), str(start),
            self.tr("Roundtable databases (*.sqlite *.db *.bak)") + ";;"
            + self.tr("All files (*)"))
        if not chosen:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"),
            self.tr("Replace the current database with\n{file}?\n\nThe current database is "
                    "backed up first, so this can be undone by restoring that backup.")
            .format(file=chosen))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(Path(chosen))

    def restore(self, backup: Path) -> bool:
        """Restore ``backup`` over the open database and reload every view."""
        path = self.database_path
        assert path is not None
        self.ctx.db.engine.dispose()  # no open connection may hold the old file
        try:
            kept = restore_database(path, backup)
            open_database(str(path), backup=False).dispose()  # upgrades an older backup
        except Exception as exc:  # noqa: BLE001 - shown; a RoundtableError says what to do
            show_error(self.window, exc)
            return False
        self.ctx.db.engine.dispose()
        self.ctx.refresh_all()
        if kept:
            self.ctx.status_message.emit(
                self.tr("Restored {backup}. The previous database was kept as {kept}.")
                .format(backup=backup.name, kept=kept))
        else:
            self.ctx.status_message.emit(
                self.tr("Restored {backup}.").format(backup=backup.name))
        return True


def offer_backup_for(error: StorageError, path: Path | None,
                     parent: QWidget | None = None) -> bool:
    """Tell the user why the database cannot be opened; offer to restore its latest backup.

    Returns True when a backup was restored (the caller then opens the database again).
    Must run with a QApplication; nothing is changed unless the user chooses to restore.
    """
    assert QApplication.instance() is not None
    backup = error.latest_backup or (latest_backup(path) if path is not None else None)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("StorageDialogs",
                                                 "Roundtable cannot open the database"),
                      f"{error}", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("storageProblemBox")
    restore_button = None
    if backup is not None and path is not None:
        box.setInformativeText(QCoreApplication.translate(
            "StorageDialogs", "The latest backup is {backup} ({folder}). Restore it? "
            "The current file is kept.").format(backup=backup.name, folder=backup.parent))
        restore_button = box.addButton(
            QCoreApplication.translate("StorageDialogs", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StorageDialogs", "Quit", "button: close the app"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    assert backup is not None and path is not None
    try:
        restore_database(path, backup)
    except Exception as exc:  # noqa: BLE001 - shown, and the caller then stops
        failure = QMessageBox(QMessageBox.Icon.Critical,
                              QCoreApplication.translate("StorageDialogs", "Restore failed"),
                              str(exc),
                              QMessageBox.StandardButton.Ok, parent)
        failure.exec()
        return False
    return True
