"""The agenda as a table: one row per item, sorted in the model (not a proxy)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop_app.services.snapshots import AgendaItemRow

from ..i18n import QT_TRANSLATE_NOOP, format_date, term
from ..theme import conflict_color, kind_edge

_Index = QModelIndex | QPersistentModelIndex

# How the Day column shows a day.
DAY_FORMAT = "ddd dd MMM"


def day_labels() -> list[str]:
    """The Day column's text for a week of each month: every weekday and month name the
    column can show in the interface language (to size the column, not the rows)."""
    return [format_date(dt.date(2026, month, day), DAY_FORMAT)
            for month in range(1, 13) for day in range(1, 8)]


COLUMNS = (QT_TRANSLATE_NOOP("RecordTable", "Day"), QT_TRANSLATE_NOOP("RecordTable", "Start"),
           QT_TRANSLATE_NOOP("RecordTable", "End"), QT_TRANSLATE_NOOP("RecordTable", "Room"),
           QT_TRANSLATE_NOOP("RecordTable", "Kind"), QT_TRANSLATE_NOOP("RecordTable", "Title"),
           QT_TRANSLATE_NOOP("RecordTable", "Speakers"))


def _sort_value(item: AgendaItemRow, column: int) -> Any:
    return (
        (item.day, item.start_time),
        (item.day, item.start_time),
        (item.day, item.end_time),
        item.room_name.casefold(),
        item.kind,
        item.title.casefold(),
        ", ".join(item.speaker_names).casefold(),
    )[column]


class AgendaTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AgendaItemRow] = []
        self._warnings: dict[str, list[str]] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_items(self, items: list[AgendaItemRow], warnings: dict[str, list[str]]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._warnings = warnings
        self._apply_sort()
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItemRow:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTable", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        warnings = self._warnings.get(item.key, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 5 and warnings:
                return f"⚠ {item.title}"
            return (format_date(item.day, DAY_FORMAT), f"{item.start_time:%H:%M}",
                    f"{item.end_time:%H:%M}", item.room_name, term(f"kind.{item.kind}"), item.title,
                    ", ".join(item.speaker_names))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.title, *(f"⚠ {w}" for w in warnings)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and warnings and column == 5:
            return QBrush(conflict_color())
        if role == Qt.ItemDataRole.DecorationRole and column == 4:
            return kind_edge(item.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return f"{text}, conflict" if warnings and column == 5 else text
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self._rows.sort(key=lambda item: (_sort_value(item, column), item.start_time,
                                          item.room_name),
                        reverse=order == Qt.SortOrder.DescendingOrder)
