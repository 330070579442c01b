"""The first screen of an empty database: start a new event, open the sample, or import."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        panel = QFrame()
        panel.setObjectName("card")
        panel.setFixedWidth(max(560, self.fontMetrics().horizontalAdvance('x') * 80))
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(10)
        title = QLabel(self.tr("Welcome to Roundtable"))
        title.setObjectName("pageTitle")
        text = QLabel(self.tr("Plan a round table from one place: the programme, the speakers "
                              "and panels, the agreements and their signing ceremony, and every "
                              "printed document. Start with one of these:"))
        text.setWordWrap(True)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(8)
        self.new_button = self._choice(inner, self.tr("Create a new event…"),
                                       self.tr("Title, dates, venue, rooms and languages."),
                                       self.new_requested.emit, primary=True)
        self.sample_button = self._choice(inner, self.tr("Open the sample event"),
                                          self.tr("The Azerbaijan–Kazakhstan round table at ADA "
                                                  "University: 9 agenda items, 40 memoranda."),
                                          self.sample_requested.emit)
        self.import_button = self._choice(inner, self.tr("Import an event file…"),
                                          self.tr("A Roundtable event file (.json) from a "
                                                  "colleague."),
                                          self.import_requested.emit)
        where = QLabel(self.tr("Database: {name}").format(name=database_name))
        where.setObjectName("pageSubtitle")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addSpacing(12)
        inner.addWidget(where)
        # Stretches, not an alignment flag: aligned widgets lose height-for-width, and the
        # wrapped texts would be cut.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _choice(self, layout: QVBoxLayout, text: str, hint: str, chosen: Callable[[], None],
                primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(hint)
        button.setMinimumHeight(int(self.fontMetrics().height() * 2.4))
        if primary:
            button.setObjectName("primaryButton")
        button.clicked.connect(lambda _checked=False: chosen())
        label = QLabel(hint)
        label.setObjectName("pageSubtitle")
        label.setWordWrap(True)
        layout.addWidget(button)
        layout.addWidget(label)
        layout.addSpacing(4)
        return button
