""""Preview / Print" of the Seating view: the seating chart of the table shown.

The Documents view generates, previews, saves and prints every document, so the
Seating view brings it forward on the seating chart of its table: ``show_record(
"document", "seating:main")`` for the main table, ``("document", "seating:ITEM")`` for an
agenda item's, as ``print seating --item`` chooses them. Only a window without a
Documents view (the Seating view on its own) leaves the work to ``SeatingPrinter``: the
chart of that table is generated in the background through the same documents service
and opened in the system's PDF viewer.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop_app.services.documents import (
    DOCUMENT_KINDS,
    DocumentOptions,
    DocumentResult,
    generate_document,
)
from desktop_app.ui.context import UiContext
from desktop_app.ui.workers import Task, run_task

from .feedback import report_failure

#: The ``show_record`` kind that asks the Documents view for a document.
DOCUMENT_KIND = "document"
#: The document kind of the seating chart (``print seating``), and its ``item`` for the
#: main table.
SEATING_DOCUMENT = "seating"
MAIN_ITEM = "main"
DOCUMENTS_MODULE = "documents_view"


def seating_document_available() -> bool:
    return SEATING_DOCUMENT in DOCUMENT_KINDS


def seating_request(item_key: str | None) -> str:
    return f"{SEATING_DOCUMENT}:{item_key or MAIN_ITEM}"


def show_in_documents(source: QWidget, item_key: str | None) -> bool:
    """Bring the Documents view of ``source``'s window forward on the seating chart;
    False when there is none, or it offers no seating chart (nothing is changed)."""
    window: Any = source.window()
    specs = getattr(window, "view_specs", ())
    index = next((i for i, (module, _c, _t) in enumerate(specs) if module == DOCUMENTS_MODULE),
                 None)
    if index is None:
        return False
    view = window.view_at(index)
    if view.show_record(DOCUMENT_KIND, seating_request(item_key)):
        window.show_view(index)
        return True
    return False


class SeatingPrinter(QObject):
    """Generates a table's seating chart in a worker and opens it for preview and print."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._folder = QTemporaryDir()
        self._count = 0
        self.task: Task | None = None
        #: The last chart made (for tests), and how a chart is opened (the PDF viewer).
        self.result: DocumentResult | None = None
        self.opener = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open(self, item_key: str | None) -> bool:
        """The seating chart of the main table (``item_key`` None) or of an item: in the
        Documents view, else generated and opened; False when it cannot be printed."""
        if not seating_document_available():
            self.ctx.status_message.emit(QCoreApplication.translate(
                "SeatingView", "This version of Roundtable cannot print a seating chart yet."))
            return False
        if show_in_documents(self._parent, item_key):
            return True
        return self.generate(item_key)

    def generate(self, item_key: str | None) -> bool:
        if self.task is not None or not self.ctx.event_key:
            return False
        self._count += 1
        path = Path(self._folder.path()) / f"{self.ctx.event_key}-seating-{self._count}.pdf"
        db, key = self.ctx.db, self.ctx.event_key
        options = DocumentOptions(item=item_key or MAIN_ITEM)
        self.ctx.status_message.emit(QCoreApplication.translate(
            "SeatingView", "Preparing the seating chart…"))
        self.task = run_task(
            lambda progress, cancelled: generate_document(
                db, key, SEATING_DOCUMENT, path, options, progress=progress,
                cancelled=cancelled),
            succeeded=self._generated, failed=self._failed, finished=self._finished)
        return True

    def _generated(self, result: DocumentResult) -> None:
        self.result = result
        self.opener(result.path)
        self.ctx.status_message.emit(QCoreApplication.translate(
            "SeatingView", "The seating chart is open in your PDF viewer, to preview and "
            "print."))

    def _failed(self, exc: Exception) -> None:
        report_failure(self._parent, exc)

    def _finished(self) -> None:
        self.task = None
