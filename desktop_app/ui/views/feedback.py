"""Telling the user about refused edits, in one place for the views and undo commands.

``ui/errors.py`` (the main window's error reporting) owns the message box for
``RoundtableError``s; it is imported when needed so these modules load without it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.domain.errors import RoundtableError


def report_error(parent: QWidget | None, exc: RoundtableError) -> None:
    """Show a domain error (bad value, stale data, missing record) as a message box."""
    try:
        from desktop_app.ui.errors import show_error
    except ImportError:  # the main window's error module is not there (yet)
        QMessageBox.warning(parent, "Roundtable", str(exc))
    else:
        show_error(parent, exc)


def confirm(parent: QWidget | None, title: str, text: str, details: list[str] | None = None,
            action: str | None = None) -> bool:
    """Ask before a destructive step; ``details`` are listed (e.g. what refers to a record)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        shown = details[:12]
        more = len(details) - len(shown)
        lines = "\n".join(f"•  {line}" for line in shown)
        if more > 0:
            lines += "\n" + QCoreApplication.translate("Feedback", "… and %n more", "",
                                                         more)
        box.setInformativeText(lines)
    yes = box.addButton(action or QCoreApplication.translate("Feedback", "Delete"),
                        QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is yes


def run_modal(dialog: QDialog) -> int:
    """Run a modal form, then let it go (forms are parented to their view, which would
    otherwise keep every closed one until the window closes)."""
    result = dialog.exec()
    dialog.deleteLater()
    return result


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """A worker's error: a domain error as a message, anything else logged in full too."""
    if isinstance(exc, RoundtableError):
        report_error(parent, exc)
    else:
        from desktop_app.ui.errors import show_error

        show_error(parent, exc)


def default_folder() -> str:
    """The user's Documents folder, or their home folder where there is none."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
