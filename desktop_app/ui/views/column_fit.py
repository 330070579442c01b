"""Column widths that follow the translated headers and the few words a column can show.

Tables of 10,000 rows cannot use ``ResizeToContents`` (it reads every row; see
docs/performance.md), so their columns get designed widths. A fixed width would cut the
translated headers ("Протокольное старшинство", "Protokol ardıcıllığı") and the longer
translations of statuses and kinds ("Қол қойылды", "İmzalanma mərasimi"). Here each
column is widened, never narrowed, to the larger of

* its header as the header view itself would size it (text, margins, sort arrow), and
* the widest of a small, fixed vocabulary the column shows (statuses, kinds), measured
  with the table's font metrics: a handful of labels, never the rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QStyle, QTableView

#: Room beside a cell's text that the item delegate takes (its margins, focus frame).
_CELL_EXTRA = 6


def header_width(table: QTableView, column: int) -> int:
    """The width the header section needs to show its (translated) title whole."""
    return max(0, table.horizontalHeader().sectionSizeHint(column))


def cell_width(table: QTableView, text: str, *, icon: bool = False) -> int:
    """The width a cell needs to show ``text`` whole (after an icon when ``icon``)."""
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.fontMetrics().horizontalAdvance(text) + 2 * margin + _CELL_EXTRA
    if icon:
        size = table.iconSize().width()
        if size <= 0:
            size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        width += size + 2 * margin
    return width


def fit_columns(table: QTableView, widths: Sequence[int],
                vocabularies: Mapping[int, Iterable[str]] | None = None,
                icon_columns: Iterable[int] = ()) -> list[int]:
    """Set every column to its designed width (``widths``; 0 or missing: none) or wider
    when the header or a vocabulary label needs it; returns the widths set.

    Call after the model is set (the header titles come from it) and the translator
    is installed; ``vocabularies`` maps a column to every label it can show."""
    vocabularies = vocabularies or {}
    icons = set(icon_columns)
    model = table.model()
    columns = model.columnCount() if model is not None else len(widths)
    chosen = []
    for column in range(columns):
        width = max(widths[column] if column < len(widths) else 0,
                    header_width(table, column))
        for text in vocabularies.get(column, ()):
            width = max(width, cell_width(table, text, icon=column in icons))
        table.setColumnWidth(column, width)
        chosen.append(width)
    return chosen


class ColumnChooser(QObject):
    """A header context menu to show or hide a table's columns, remembered per view
    (QSettings ``columns/<view>/hidden``); a column hidden by default is named in
    ``default_hidden``. At least one column stays shown."""

    def __init__(self, table: QTableView, settings: QSettings, view: str,
                 default_hidden: Iterable[int] = ()) -> None:
        super().__init__(table)
        self.table = table
        self.settings = settings
        self.key = f"columns/{view}/hidden"
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        saved = settings.value(self.key)
        if saved is None:
            hidden = set(default_hidden)
        else:
            values = saved if isinstance(saved, list) else [saved] if saved != "" else []
            hidden = {int(v) for v in values if str(v).lstrip("-").isdigit()}
        for column in range(self._count()):
            table.setColumnHidden(column, column in hidden)

    def _count(self) -> int:
        model = self.table.model()
        return model.columnCount() if model is not None else 0

    def title(self, column: int) -> str:
        model = self.table.model()
        text = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
        return " ".join(str(text or "").split())

    def menu(self) -> QMenu:
        """The menu of the columns, each checked when shown."""
        menu = QMenu(self.table)
        shown = [c for c in range(self._count()) if not self.table.isColumnHidden(c)]
        for column in range(self._count()):
            action = menu.addAction(self.title(column))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
        return menu

    def _menu(self, position: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    def set_shown(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        hidden = [c for c in range(self._count()) if self.table.isColumnHidden(c)]
        self.settings.setValue(self.key, [str(c) for c in hidden] or "")
