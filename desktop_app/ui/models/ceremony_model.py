"""The ceremony planner's table: signings in order with planned times and clashes.

Rows move by drag-and-drop; the model does not reorder itself but emits
``reorder_requested`` with the new order of agreement ids, which the planner
turns into an undo command (the service stores it, the plan reloads).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.services.ceremony import PlannedSigningRow
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

from .agreements_model import STATUS_LABELS, dot_icon, status_colour

MIME_TYPE = "application/x-roundtable-signing-ids"
_Index = QModelIndex | QPersistentModelIndex


def encode_ids(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode()))
    return data


def decode_ids(data: QMimeData) -> list[int]:
    raw = bytes(data.data(MIME_TYPE).data()).decode()
    return [int(part) for part in raw.split(",") if part.strip()]


def _minute(moment: dt.datetime | dt.time) -> str:
    """``12:36`` for 12:35:30: a plan is read in minutes, never seconds."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + 30
    return f"{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}"


def signing_time(signing: PlannedSigningRow) -> str:
    """``12:35–12:36``: each planned time to the nearest minute."""
    return f"{_minute(signing.start)}–{_minute(signing.end)}"


class CeremonyModel(QAbstractTableModel):
    HEADERS = ("#", QT_TRANSLATE_NOOP("RecordTable", "Time"),
               QT_TRANSLATE_NOOP("RecordTable", "Reference"),
               QT_TRANSLATE_NOOP("RecordTable", "Parties"),
               QT_TRANSLATE_NOOP("RecordTable", "Signatories"),
               QT_TRANSLATE_NOOP("RecordTable", "Status"), "")
    CLASH_COLUMN = 6

    reorder_requested = Signal(list)  # agreement ids in the new order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.signings: list[PlannedSigningRow] = []

    def set_signings(self, signings: list[PlannedSigningRow]) -> None:
        self.beginResetModel()
        self.signings = list(signings)
        self.endResetModel()

    def ids(self) -> list[int]:
        return [s.agreement.id for s in self.signings]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.signings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTable", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        signing = self.signings[index.row()]
        agreement = signing.agreement
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(signing.order), signing_time(signing),
                    agreement.reference, agreement.party_names, agreement.signatory_names,
                    STATUS_LABELS.get(agreement.status, agreement.status),
                    "")[column]
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.CLASH_COLUMN and signing.clashes:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if column == 5:
                return dot_icon(status_colour(agreement.status))
        if role == Qt.ItemDataRole.ToolTipRole:
            if signing.clashes:
                return "\n".join(signing.clashes)
            return agreement.title
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.CLASH_COLUMN:
            if signing.clashes:
                return self.tr("Clash: {clashes}").format(clashes="; ".join(signing.clashes))
            return self.tr("No clash")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # --- drag and drop -------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids([self.signings[row].agreement.id for row in rows])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moving = [i for i in decode_ids(data) if i in self.ids()]
        if not moving:
            return False
        if parent.isValid():
            row = parent.row()  # dropped onto a row: insert before it
        if row < 0 or row > len(self.signings):
            row = len(self.signings)
        order = self.ids()
        before = [i for i in order[:row] if i not in moving]
        after = [i for i in order[row:] if i not in moving]
        new_order = before + moving + after
        if new_order == order:
            return False
        # The planner stores the new order and reloads the plan from the database; the
        # dragged rows are not removed here (removeRows is not implemented on purpose).
        self.reorder_requested.emit(new_order)
        return True
