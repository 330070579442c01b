"""Beside the seating chart: the unseated participants (drag them onto a seat, or drop a
seat's person here to unseat them; Enter picks one up for the keyboard), and the plan's
conflicts (clicking one shows the first seat it names)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.unseated_model import KEY_ROLE, UnseatedModel
from .record_list import muted_label

SEATS_ROLE = Qt.ItemDataRole.UserRole + 2


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class UnseatedList(QListView):
    """The unseated participants; says what to do when there are none."""

    #: Enter on a person: pick them up to seat with the keyboard (person key, name).
    pick_requested = Signal(str, str)

    def __init__(self, model: UnseatedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.unseated = model
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid() \
                and self.unseated.editable:
            self.pick_requested.emit(str(index.data(KEY_ROLE)),
                                     str(index.data(Qt.ItemDataRole.AccessibleTextRole)))
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(QRect(area), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()


class SeatingSidePanel(QWidget):
    #: A conflict was chosen: the first seat it names (0: none).
    conflict_chosen = Signal(int)

    def __init__(self, model: UnseatedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unseated_title = section_label(self.tr("Unseated participants"))
        self.unseated = UnseatedList(model)
        self.unseated.setAccessibleName(self.tr("Unseated participants"))
        self.unseated.setToolTip(self.tr("Drag a person onto a seat, or press Enter and choose "
                                         "the seat with the arrow keys. Drop a seat's person "
                                         "here to unseat them."))
        self.conflicts_title = section_label(self.tr("Conflicts"))
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Seating conflicts"))
        self.conflicts.setWordWrap(True)
        self.conflicts.itemActivated.connect(self._chosen)
        self.conflicts.itemClicked.connect(self._chosen)
        self.legend = muted_label()
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.unseated_title)
        layout.addWidget(self.unseated, 3)
        layout.addSpacing(6)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(self.legend)

    def set_counts(self, unseated: int) -> None:
        self.unseated_title.setText(self.tr("Unseated participants ({count})").format(
            count=unseated) if unseated else self.tr("Unseated participants"))

    def set_conflicts(self, conflicts: list[tuple[str, int]], note: str = "") -> None:
        """(message, first seat it names) each; ``note`` stands alone when there are none."""
        self.conflicts.clear()
        count = len(conflicts)
        self.conflicts_title.setText(self.tr("Conflicts ({count})").format(count=count)
                                     if count else self.tr("Conflicts"))
        for message, seat in conflicts:
            entry = QListWidgetItem(f"⚠  {message}")
            entry.setData(SEATS_ROLE, seat)
            entry.setToolTip(message)
            self.conflicts.addItem(entry)
        if not conflicts and note:
            entry = QListWidgetItem(note)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.conflicts.addItem(entry)

    def _chosen(self, entry: QListWidgetItem) -> None:
        seat = entry.data(SEATS_ROLE)
        if seat:
            self.conflict_chosen.emit(int(seat))
