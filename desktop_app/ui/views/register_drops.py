"""Files dropped on the register: which files a drag holds, attaching them as undo
steps, and an event filter that takes drops on any widget."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTableView, QWidget

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.partnership import AttachmentKind, RegisterRow
from desktop_app.services.attachments import list_attachments, read_attachment_file
from desktop_app.ui.context import UiContext
from desktop_app.ui.undo.record_commands import push
from desktop_app.ui.undo.register_commands import AttachCommand

from .feedback import report_error


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files of a drag (folders and remote URLs left out)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


def attach_files(ctx: UiContext, row: RegisterRow, paths: Iterable[Path],
                 parent: QWidget | None, kind: str | None = None) -> int:
    """Attach each file to ``row``'s agreement, one undo step each; the first file of an
    agreement without a signed copy is its signed copy, the others "other". Returns how
    many were attached; refusals (too large, already attached) are shown."""
    done = 0
    has_signed_copy = any(view.kind == AttachmentKind.SIGNED_COPY.value
                          for view in list_attachments(ctx.db, row.id))
    for path in paths:
        chosen = kind or (AttachmentKind.OTHER.value if has_signed_copy
                          else AttachmentKind.SIGNED_COPY.value)
        try:
            data = read_attachment_file(path)
            push(ctx, AttachCommand(ctx, row.id, row.reference, path.name, data, chosen))
        except RoundtableError as exc:
            report_error(parent, exc)
            continue
        has_signed_copy = has_signed_copy or chosen == AttachmentKind.SIGNED_COPY.value
        done += 1
    return done


def file_size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("RegisterDrops", "{size} B").format(size=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("RegisterDrops", "{size} KB").format(
            size=round(size / 1024))
    return QCoreApplication.translate("RegisterDrops", "{size} MB").format(
        size=f"{size / (1024 * 1024):.1f}")


class FileDrops(QObject):
    """Accepts files dropped on a widget and hands them to ``on_drop``."""

    def __init__(self, widget: QWidget, on_drop: Callable[[list[Path]], None]) -> None:
        super().__init__(widget)
        self._on_drop = on_drop
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_files(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            files = dropped_files(event)  # type: ignore[arg-type]
            if files:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self._on_drop(files)
                return True
        return False


class RowDrops(QObject):
    """Files dropped on a row of ``table`` go to ``attach(row, files)``; a drag over no
    row is refused."""

    def __init__(self, table: QTableView, record: Callable[[int], RegisterRow],
                 attach: Callable[[RegisterRow, list[Path]], object]) -> None:
        super().__init__(table)
        self.table = table
        self.record = record
        self.attach = attach
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self)

    def _row_at(self, event: QDropEvent) -> RegisterRow | None:
        index = self.table.indexAt(event.position().toPoint())
        return self.record(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        files = dropped_files(event)  # type: ignore[arg-type]
        if not files:
            return False
        row = self._row_at(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.DragEnter or row is not None:
            event.acceptProposedAction()  # type: ignore[attr-defined]
        else:
            event.ignore()
        if kind == QEvent.Type.Drop and row is not None:
            self.attach(row, files)
        return True
