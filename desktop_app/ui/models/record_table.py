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

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.domain.collation import sort_key
from desktop_app.domain.text import query_key

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

#: The role under which each row's view object is returned.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


#: Header titles longer than this many characters are shown on two lines.
HEADER_LINE_LIMIT = 16


def header_lines(title: str, limit: int = HEADER_LINE_LIMIT) -> str:
    """``title`` broken at the space nearest its middle when it is longer than ``limit``.

    Column widths follow their headers (``views.column_fit``); a long translated
    title of a short column ("Протокольное старшинство" over numbers 1–3) on one
    line took the room of the column that stretches, which then cut its own header."""
    if len(title) <= limit or " " not in title.strip():
        return title
    middle = len(title) / 2
    spaces = [i for i, char in enumerate(title) if char == " " and 0 < i < len(title) - 1]
    if not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1:]}"


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, how to show a row, and how to sort by it.

    ``sort_value`` returns text (sorted by the event language's alphabet) or a
    number/tuple (sorted as is); ``None`` values sort last in either direction.
    """

    #: English, marked ``QT_TRANSLATE_NOOP(context, ...)``; shown translated.
    title: str
    text: Callable[[T], str]
    sort_value: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str | None] | None = None
    #: The translation context of ``title``. Words shared by every table stay in
    #: "RecordTable"; a word whose translation depends on the table ("Name": «Имя» of
    #: a person, «Название» of an organization) is marked in that table's own context.
    context: str = "RecordTable"


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are views (frozen dataclasses); ``visible`` is the filtered, sorted slice.

    ``_all`` is kept in the current sort order, so filtering never sorts: it
    picks the matching rows of ``_all`` in order. Sort keys are computed once
    per column and search keys once per load, on first use (keyed by ``id()``
    of the row object, which ``_all`` keeps alive).
    """

    def __init__(self, columns: Sequence[Column[T]], search_key: Callable[[T], str],
                 record_id: Callable[[T], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search_key = search_key
        self._record_id = record_id
        self._all: list[T] = []
        self._keys: dict[int, str] | None = None
        self._sort_keys: dict[int, dict[int, Any]] = {}
        self.visible: list[T] = []
        self._query = ""
        self._predicate: Callable[[T], bool] | None = None
        self.language = "en"
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- loading, filtering and sorting -------------------------------------------
    def set_records(self, records: Sequence[T], language: str | None = None, *,
                    presorted: bool = False) -> None:
        """Replace every row; keeps the current filter and sort order.

        ``presorted``: the rows already come in the order of column 0 ascending
        (the services sort names by the event's alphabet), so that sort is skipped.
        """
        if language:
            self.language = language
        self.beginResetModel()
        self._all = list(records)
        self._keys = None
        self._sort_keys = {}
        if not (presorted and self.sort_column == 0
                and self.sort_order == Qt.SortOrder.AscendingOrder):
            self._sort_all()
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows whose folded search key contains the folded ``text``."""
        folded = query_key(text)
        if folded == self._query:
            return
        self.beginResetModel()
        self._query = folded
        self._apply_filter()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[T], bool] | None) -> None:
        """A second filter (the status, country and university combos), or None."""
        self.beginResetModel()
        self._predicate = predicate
        self._apply_filter()
        self.endResetModel()

    @property
    def records(self) -> list[T]:
        """Every row, whatever the filter."""
        return self._all

    @property
    def total_count(self) -> int:
        return len(self._all)

    def _apply_filter(self) -> None:
        query, predicate = self._query, self._predicate
        if not query and predicate is None:
            self.visible = list(self._all)
            return
        if query and self._keys is None:
            self._keys = {id(r): self._search_key(r) for r in self._all}
        keys = self._keys or {}
        self.visible = [r for r in self._all
                        if (not query or query in keys[id(r)])
                        and (predicate is None or predicate(r))]

    def _column_keys(self, column: int) -> dict[int, Any]:
        cached = self._sort_keys.get(column)
        if cached is None:
            getter = self.columns[column].sort_value or self.columns[column].text
            language = self.language
            cached = {}
            for record in self._all:
                value = getter(record)
                cached[id(record)] = (None if value is None or value == "" else
                                      sort_key(value, language) if isinstance(value, str)
                                      else value)
            self._sort_keys[column] = cached
        return cached

    def _sort_all(self) -> None:
        if not self.columns:
            return
        keys = self._column_keys(self.sort_column)
        present = [r for r in self._all if keys[id(r)] is not None]
        missing = [r for r in self._all if keys[id(r)] is None]  # empty values sort last
        present.sort(key=lambda r: keys[id(r)],
                     reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._all = present + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order) and self._all:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self.visible[i.row()], i.column()) for i in persistent]
        if column == self.sort_column:
            # Same column, other direction: reverse, keeping empty values last.
            getter = self.columns[column].sort_value or self.columns[column].text
            present = [r for r in self._all if getter(r) not in (None, "")]
            missing = [r for r in self._all if getter(r) in (None, "")]
            self._all = present[::-1] + missing
            self.sort_order = order
        else:
            self.sort_column, self.sort_order = column, order
            self._sort_all()
        self._apply_filter()
        if persistent:
            position = {id(r): row for row, r in enumerate(self.visible)}
            self.changePersistentIndexList(
                persistent, [self.index(position[id(r)], c) if id(r) in position
                             else QModelIndex() for r, c in before])
        self.layoutChanged.emit()

    def replace(self, record: T) -> bool:
        """Swap in a fresh copy of one row (after an edit), keeping its place."""
        record_id = self._record_id(record)
        for i, old in enumerate(self._all):
            if self._record_id(old) == record_id:
                self._all[i] = record
                break
        else:
            return False
        for column, keys in self._sort_keys.items():
            getter = self.columns[column].sort_value or self.columns[column].text
            value = getter(record)
            keys[id(record)] = (None if value is None or value == "" else
                                sort_key(value, self.language) if isinstance(value, str)
                                else value)
        if self._keys is not None:
            self._keys[id(record)] = self._search_key(record)
        for row, old in enumerate(self.visible):
            if self._record_id(old) == record_id:
                self.visible[row] = record
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))
        return True

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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Titles are marked with QT_TRANSLATE_NOOP(context, ...) where defined.
            column = self.columns[section]
            return header_lines(QCoreApplication.translate(column.context, column.title))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
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
