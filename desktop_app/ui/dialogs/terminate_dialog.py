"""Asks when an agreement ends and why: a termination is a decision, stored as such."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.partnership import RegisterRow


class TerminateDialog(QDialog):
    def __init__(self, row: RegisterRow, today: dt.date, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terminate {reference}").format(reference=row.reference))
        intro = QLabel(self.tr("<b>{reference}</b> ends on the day chosen; the register then "
                               "shows it as terminated. Undo takes the decision back.")
                       .format(reference=escape(row.reference)))
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd MMM yyyy")
        self.date.setAccessibleName(self.tr("Day it ends"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. the programme was closed by both parties"))
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        form = QFormLayout()
        form.addRow(self.tr("Ends on:"), self.date)
        form.addRow(self.tr("Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Terminate"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen_date(self) -> dt.date:
        day = self.date.date()
        return dt.date(day.year(), day.month(), day.day())

    def chosen_reason(self) -> str:
        return self.reason.toPlainText().strip()
