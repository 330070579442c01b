"""A table model over a plain Python list of service views, sorted and filtered in Python.

Qt asks ``data()`` only for the rows on screen, so 100,000 rows paint at once;
sorting is one ``list.sort`` with cached keys (never a ``QSortFilterProxyModel``,
which calls Python for every comparison), and filtering compares the folded
query against a folded search text computed once per row, so ``ilqar`` finds
``İlqar`` and ``нур`` finds ``Нұрбек``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.collation import sort_key
from desktop_app.domain.text import query_key

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

#: The role under which each row's view object is returned.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, how to show a row, and how to sort by it.

    ``sort_value`` returns text (sorted by the event language's alphabet) or a
    number/tuple (sorted as is); ``None`` values sort last in either direction.
    """

    title: str
    text: Callable[[T], str]
    sort_value: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are views (frozen dataclasses); ``visible`` is the filtered, sorted slice."""

    def __init__(self, columns: Sequence[Column[T]], search_text: Callable[[T], str],
                 record_id: Callable[[T], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search_text = search_text
        self._record_id = record_id
        self._all: list[T] = []
        self._keys: list[str] = []
        self.visible: list[T] = []
        self._query = ""
        self._predicate: Callable[[T], bool] | None = None
        self.language = "en"
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- loading, filtering and sorting -------------------------------------------
    def set_records(self, records: Sequence[T], language: str | None = None) -> None:
        """Replace every row; keeps the current filter and sort order."""
        if language:
            self.language = language
        self.beginResetModel()
        self._all = list(records)
        self._keys = [query_key(self._search_text(r)) for r in self._all]
        self._apply_filter()
        self._sort_visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows whose folded search text contains the folded ``text``."""
        folded = query_key(text)
        if folded == self._query:
            return
        self.beginResetModel()
        self._query = folded
        self._apply_filter()
        self._sort_visible()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[T], bool] | None) -> None:
        """A second filter (the status, country and university combos), or None."""
        self.beginResetModel()
        self._predicate = predicate
        self._apply_filter()
        self._sort_visible()
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._query

    @property
    def records(self) -> list[T]:
        """Every row, whatever the filter."""
        return self._all

    @property
    def total_count(self) -> int:
        return len(self._all)

    def _apply_filter(self) -> None:
        query, predicate = self._query, self._predicate
        self.visible = [r for r, key in zip(self._all, self._keys, strict=True)
                        if (not query or query in key) and (predicate is None or predicate(r))]

    def _sort_visible(self) -> None:
        column = self.columns[self.sort_column] if self.columns else None
        if column is None:
            return
        getter = column.sort_value or column.text
        language = self.language

        def key(record: T) -> tuple[int, Any]:
            value = getter(record)
            if value is None or value == "":
                return (1, ())
            if isinstance(value, str):
                return (0, sort_key(value, language))
            return (0, value)

        keyed = [(key(r), r) for r in self.visible]
        present = [pair for pair in keyed if pair[0][0] == 0]
        missing = [pair[1] for pair in keyed if pair[0][0] == 1]
        present.sort(key=lambda pair: pair[0],
                     reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.visible = [pair[1] for pair in present] + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self.visible[i.row()], i.column()) for i in persistent]
        self.sort_column, self.sort_order = column, order
        self._sort_visible()
        if persistent:
            position = {id(r): row for row, r in enumerate(self.visible)}
            self.changePersistentIndexList(
                persistent, [self.index(position[id(r)], c) if id(r) in position
                             else QModelIndex() for r, c in before])
        self.layoutChanged.emit()

    # --- lookups ------------------------------------------------------------------
    def record(self, row: int) -> T:
        return self.visible[row]

    def row_of(self, record_id: Any) -> int:
        for row, record in enumerate(self.visible):
            if self._record_id(record) == record_id:
                return row
        return -1

    def find(self, predicate: Callable[[T], bool]) -> T | None:
        return next((r for r in self._all if predicate(r)), None)

    # --- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.visible[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == RECORD_ROLE:
            return record
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record: T, column: int, role: int) -> Any:
        """Hook for subclasses: decorations, colours, fonts."""
        return None
