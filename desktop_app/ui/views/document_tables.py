"""The Documents view's choice of table for the seating documents (the seating chart,
the flag sheet, the place cards): every table, the main table, or one agenda item's, as
``roundtable print seating|flags|placecards --item`` chooses them.

The tables offered are the stored seating plans (``services.seating.list_seating``): an
item without a plan of its own is seated at the main table and prints its chart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.seating import list_seating
from desktop_app.services.seating_documents import ITEM_DOCUMENTS, MAIN

if TYPE_CHECKING:
    from desktop_app.storage.database import Database

__all__ = ["ITEM_DOCUMENTS", "MAIN", "TableChoice"]


class TableChoice(QComboBox):
    """Every table (None), the main table (``MAIN``) or an agenda item's key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Table"))
        self.setToolTip(self.tr("The seating chart, flag sheet and place cards of one "
                                "table, or of every table"))
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addItem(self.tr("Every table"), None)

    def reload(self, db: Database, event_key: str | None) -> None:
        """The event's seated tables, keeping the one chosen when it is still there."""
        current = self.currentData()
        try:
            plans = list_seating(db, event_key) if event_key else []
        except RoundtableError:  # the event is gone: the window says so elsewhere
            plans = []
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Every table"), None)
        for plan in plans:
            if plan.item_key is None:
                self.addItem(self.tr("Main table"), MAIN)
            else:
                self.addItem(plan.item_title or plan.item_key, plan.item_key)
        self.blockSignals(False)
        self.select(current)

    @property
    def item(self) -> str | None:
        """What ``DocumentOptions.item`` takes: None for every table."""
        return self.currentData()

    def select(self, item: str | None) -> bool:
        """Choose ``item``; an item without a plan of its own prints the main table's chart,
        so it chooses the main table. False (every table chosen) when neither is there."""
        for wanted in ((item, MAIN) if item is not None else ()):
            found = self.findData(wanted)
            if found >= 0:
                self.setCurrentIndex(found)
                return True
        self.setCurrentIndex(0)
        return item is None
