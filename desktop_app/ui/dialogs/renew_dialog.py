"""Asks how to renew an agreement: the successor's reference and the event it is to be
signed at (the original's, or a later one)."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.partnership import RegisterRow, successor_period, successor_reference


class RenewDialog(QDialog):
    def __init__(self, row: RegisterRow, events: list[tuple[str, str]],
                 taken_references: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renew {reference}").format(reference=row.reference))
        start, end = successor_period(row.valid_from, row.valid_until)
        intro = QLabel(self.tr("A draft successor with the same parties is added, linked to "
                               "<b>{reference}</b>; it is prepared and signed like any "
                               "agreement.").format(reference=escape(row.reference)))
        intro.setWordWrap(True)
        self.reference = QLineEdit(successor_reference(row.reference, taken_references))
        self.reference.setAccessibleName(self.tr("Reference of the successor"))
        self.event = QComboBox()
        self.event.setAccessibleName(self.tr("Event of the signing"))
        for key, title in events:
            self.event.addItem(f"{title} ({key})", key)
        self.event.setCurrentIndex(max(0, self.event.findData(row.event_key)))
        period = QLabel(self.tr("{start} to {end}").format(start=start.isoformat(),
                                                           end=end.isoformat())
                        if start and end else self.tr("to be set"))
        form = QFormLayout()
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("To be signed at:"), self.event)
        form.addRow(self.tr("Valid:"), period)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Renew"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def new_reference(self) -> str:
        return self.reference.text().strip()

    def event_key(self) -> str | None:
        return self.event.currentData()
