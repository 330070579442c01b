"""The table, the layout and the rule of a seating plan, as the Seating view chooses them.

``TableCombo``: the main table, then every agenda item in programme order, those with a
plan of their own in bold.

A layout kind (round, rectangular, U-shape, head table and rows, signing table) with
its number of seats, and for a head table its rows and seats per row; a rule
(precedence, facing, alphabetical, each explained in its tooltip); and "Place by rule".
``layout()`` gives the spec the services take (``round:24``, ``head:5+rows:4x10``).
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop_app.domain.seating import MAX_SEATS
from desktop_app.services.snapshots import AgendaItemRow

from .seating_texts import (
    CONTEXT,
    LAYOUT_KINDS,
    MINIMUM_SEATS,
    RULES,
    layout_spec,
    split_spec,
)


class LayoutControls(QWidget):
    #: The user changed the layout or the rule.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The combos keep a width of their own: a long translated name is elided in the
        # closed combo (whole in its list), so the row fits beside a 1,280 px side bar.
        self.layout_combo = self._combo(self.tr("Layout"), 14)
        for kind, name in LAYOUT_KINDS:
            self.layout_combo.addItem(QCoreApplication.translate(CONTEXT, name), kind)
        self.seats_spin = self._spin(self.tr("Seats at the table"), 1)
        self.rows_spin = self._spin(self.tr("Rows"), 0)
        self.columns_spin = self._spin(self.tr("Seats per row"), 1)
        self.rows_label = QLabel(self.tr("Rows:"))
        self.rows_label.setBuddy(self.rows_spin)
        self.times_label = QLabel("×")
        self.rule_combo = self._combo(self.tr("Rule"), 16)
        for rule, name, description in RULES:
            self.rule_combo.addItem(QCoreApplication.translate(CONTEXT, name), rule)
            self.rule_combo.setItemData(self.rule_combo.count() - 1,
                                        QCoreApplication.translate(CONTEXT, description),
                                        Qt.ItemDataRole.ToolTipRole)
        self.place_button = QPushButton(self.tr("Place by rule"))
        self.place_button.setObjectName("primaryButton")
        self.place_button.setToolTip(self.tr("Seat everyone by the rule at this layout and "
                                             "store the plan; locked seats stay as they are"))
        for signal in (self.layout_combo.currentIndexChanged, self.seats_spin.valueChanged,
                       self.rows_spin.valueChanged, self.columns_spin.valueChanged,
                       self.rule_combo.currentIndexChanged):
            signal.connect(lambda *_args: self._changed())

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        layout_caption = QLabel(self.tr("Layout:"))
        layout_caption.setBuddy(self.layout_combo)
        row.addWidget(layout_caption)
        row.addWidget(self.layout_combo)
        row.addWidget(self.seats_spin)
        row.addSpacing(6)
        row.addWidget(self.rows_label)
        row.addWidget(self.rows_spin)
        row.addWidget(self.times_label)
        row.addWidget(self.columns_spin)
        row.addSpacing(12)
        rule_caption = QLabel(self.tr("Rule:"))
        rule_caption.setBuddy(self.rule_combo)
        row.addWidget(rule_caption)
        row.addWidget(self.rule_combo)
        row.addSpacing(12)
        row.addWidget(self.place_button)
        row.addStretch(1)
        self._show_head_controls()

    def _combo(self, name: str, characters: int) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(characters)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _spin(self, name: str, minimum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, MAX_SEATS)
        spin.setAccessibleName(name)
        spin.setToolTip(name)
        spin.setKeyboardTracking(False)
        return spin

    def kind(self) -> str:
        return str(self.layout_combo.currentData())

    def layout(self) -> str:
        """The layout chosen, as a spec: ``round:24``, ``head:5+rows:4x10`` …"""
        return layout_spec(self.kind(), self.seats_spin.value(), self.rows_spin.value(),
                           self.columns_spin.value())

    def rule(self) -> str:
        return str(self.rule_combo.currentData())

    def choose(self, layout: str, rule: str) -> None:
        """Show ``layout`` and ``rule`` (a plan's) without telling ``changed``."""
        kind, seats, rows, columns = split_spec(layout)
        widgets = (self.layout_combo, self.seats_spin, self.rows_spin, self.columns_spin,
                   self.rule_combo)
        for widget in widgets:
            widget.blockSignals(True)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(kind)))
        self.seats_spin.setMinimum(MINIMUM_SEATS.get(kind, 1))
        self.seats_spin.setValue(seats)
        self.rows_spin.setValue(rows)
        self.columns_spin.setValue(columns or 10)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(rule)))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_head_controls()

    def _show_head_controls(self) -> None:
        self._show_current()
        head = self.kind() == "head"
        for widget in (self.rows_label, self.rows_spin, self.times_label, self.columns_spin):
            widget.setVisible(head)
        self.columns_spin.setEnabled(self.rows_spin.value() > 0)

    def _show_current(self) -> None:
        """A closed combo may elide a long name: its tooltip has it whole (and the rule's
        description)."""
        self.layout_combo.setToolTip(self.layout_combo.currentText())
        description = self.rule_combo.currentData(Qt.ItemDataRole.ToolTipRole)
        self.rule_combo.setToolTip(f"{self.rule_combo.currentText()}: {description}"
                                   if description else self.rule_combo.currentText())

    def _changed(self) -> None:
        self.seats_spin.setMinimum(MINIMUM_SEATS.get(self.kind(), 1))
        self._show_head_controls()
        self.changed.emit()


class TableCombo(QComboBox):
    """The tables to seat: ``""`` is the main table, else an agenda item's key. Choosing
    one sends ``chosen``; ``select`` shows one without sending it."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Table"))
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activated.connect(lambda _index: self.chosen.emit(str(self.currentData() or "")))

    def fill(self, items: Sequence[AgendaItemRow], own: frozenset[str], current: str) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Main table"), "")
        for item in items:
            self.addItem(f"{item.start_time:%H:%M}  {item.title}", item.key)
        for index in range(self.count()):
            if self.itemData(index) in own:
                font = self.font()
                font.setBold(True)
                self.setItemData(index, font, Qt.ItemDataRole.FontRole)
                self.setItemData(index, self.tr("Has a seating plan of its own"),
                                 Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.select(current)

    def select(self, target: str) -> None:
        found = self.findData(target)
        if found >= 0:
            self.blockSignals(True)
            self.setCurrentIndex(found)
            self.blockSignals(False)
