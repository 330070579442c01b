"""Qt table model over the events list (service results, no SQL here)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.events import EventSummary

_Index = QModelIndex | QPersistentModelIndex


class EventsTableModel(QAbstractTableModel):
    HEADERS = ("Id", "Dates", "Title", "Agenda items", "People", "Agreements")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[EventSummary] = []

    def set_rows(self, rows: list[EventSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> EventSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        dates = row.start_date.isoformat()
        if row.end_date != row.start_date:
            dates += f" – {row.end_date.isoformat()}"
        return (row.key, dates, row.title, row.agenda_items, row.people,
                row.agreements)[index.column()]
