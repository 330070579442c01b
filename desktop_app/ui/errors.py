"""How errors reach the user: a short, plain message, never a traceback.

``show_error`` presents a ``RoundtableError`` (bad input, a record changed by
someone else, a file that cannot be read) as a window-modal message box. Any
other exception is unexpected: it is written in full to the log file
(``desktop_app.errorlog``) and the user sees one sentence and where the log is.
``install_excepthook`` routes exceptions that escape a Qt slot the same way.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.errors import RoundtableError, StaleDataError, ValidationError
from desktop_app.errorlog import log_unexpected
from desktop_app.exchange.event_validation import EventFileError
from desktop_app.ui.domain_messages import field_label, translated_error, translated_reason

if TYPE_CHECKING:
    from .context import UiContext

#: Details longer than this many lines are cut in the message box (the log has them all).
_MAX_DETAIL_LINES = 200


_open_boxes: set[QMessageBox] = set()


def error_details(exc: BaseException) -> list[str]:
    """Every separate problem an error carries, one line each."""
    if isinstance(exc, EventFileError):
        lines = list(exc.errors)
        if exc.truncated:
            lines.append(QCoreApplication.translate(
                "Errors", "… (more problems were found; fix these first)"))
        return lines
    if isinstance(exc, ValidationError):
        line = QCoreApplication.translate(
            "Errors", "{field}: {reason} (value: {value})",
            "a refused field: its name, why, and the value that was refused")
        return [line.format(field=field_label(p.field), reason=translated_reason(p),
                            value=repr(p.value))
                for p in exc.problems]
    return []


def _message_box(parent: QWidget | None, title: str, text: str, details: list[str],
                 icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessageBox")
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText("\n".join(details[:_MAX_DETAIL_LINES]))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                          else Qt.WindowModality.ApplicationModal)
    # A box without a parent belongs to Python: keep a reference until it is closed, or it
    # would vanish as soon as the caller drops it.
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()  # not exec(): the event loop keeps running (and tests are not blocked)
    return box


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = "Roundtable"
               ) -> QMessageBox:
    """Tell the user what went wrong; unexpected errors are logged in full first.

    The default title is the product's name, which is not translated."""
    if isinstance(exc, StaleDataError):
        # The record changed elsewhere: show what is stored now, then say so.
        context = find_context(parent)
        if context is not None:
            context.refresh_all()
    if isinstance(exc, RoundtableError):
        details = error_details(exc)
        text = translated_error(exc)
        if isinstance(exc, EventFileError) and len(details) > 1:
            text = QCoreApplication.translate(
                "Errors", "The file was not imported: %n problems were found.",
                "always more than one problem", len(details))
        return _message_box(parent, title, text, details, QMessageBox.Icon.Warning)
    log_path = log_unexpected(exc, "the user interface")
    text = QCoreApplication.translate(
        "Errors", "Something unexpected went wrong ({error}). Your data is safe: every "
        "change was already saved.\n\nThe details were written to {log_file}.").format(
        error=exc.__class__.__name__, log_file=log_path)

    return _message_box(parent, title, text, [], QMessageBox.Icon.Critical)


def find_context(widget: QWidget | None) -> UiContext | None:
    """The ``UiContext`` of the view or window ``widget`` belongs to (via its parents)."""
    from .context import UiContext

    while widget is not None:
        candidate = getattr(widget, "ctx", None)
        if isinstance(candidate, UiContext):
            return candidate
        widget = widget.parentWidget()
    return None


@contextmanager
def reporting(parent: QWidget | None) -> Iterator[list[BaseException]]:
    """Run a block; a failure is shown with ``show_error`` instead of propagating.

    The yielded list receives the exception, so the caller can tell it failed::

        with reporting(self) as failed:
            service_call()
        if failed: return
    """
    failures: list[BaseException] = []
    try:
        yield failures
    except Exception as exc:  # noqa: BLE001 - shown (and logged when unexpected)
        failures.append(exc)
        show_error(parent, exc)


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    try:
        show_error(_active_window(), exc)
    except Exception as hook_error:  # noqa: BLE001 - never let the hook itself raise
        log_unexpected(exc, "the user interface")
        log_unexpected(hook_error, "the error dialog")


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. from slots) to a dialog and the log file."""
    sys.excepthook = _excepthook
