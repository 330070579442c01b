"""Records what an agreement produced: when, what kind, how many, from which party to
which, and a line of text."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.partnership import ActivityKind, RegisterParty
from desktop_app.services.activities import ActivityData
from desktop_app.ui.models.register_model import ACTIVITY_LABELS


class ActivityDialog(QDialog):
    def __init__(self, reference: str, parties: tuple[RegisterParty, ...], today: dt.date,
                 activity: ActivityData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity of {reference}").format(reference=reference)
                            if activity is None else
                            self.tr("Edit an activity of {reference}").format(
                                reference=reference))
        day = activity.day if activity is not None else today
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd MMM yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in ActivityKind:
            self.kind.addItem(ACTIVITY_LABELS[kind.value], kind.value)
        self.count = QSpinBox()
        self.count.setRange(0, 100000)
        self.count.setSpecialValueText(self.tr("not counted"))
        self.count.setAccessibleName(self.tr("How many"))
        self.origin = QComboBox()
        self.target = QComboBox()
        for combo, name in ((self.origin, self.tr("From party")),
                            (self.target, self.tr("To party"))):
            combo.setAccessibleName(name)
            combo.addItem(self.tr("—", "no party chosen"), None)
            for party in parties:
                combo.addItem(party.shown_name, party.organization_id)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Description"))
        self.text.setPlaceholderText(self.tr("e.g. autumn semester exchange"))
        if activity is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(activity.kind)))
            self.count.setValue(activity.count or 0)
            self.origin.setCurrentIndex(max(0, self.origin.findData(
                activity.from_organization_id)))
            self.target.setCurrentIndex(max(0, self.target.findData(
                activity.to_organization_id)))
            self.text.setText(activity.text or "")
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("How many:"), self.count)
        form.addRow(self.tr("From:"), self.origin)
        form.addRow(self.tr("To:"), self.target)
        form.addRow(self.tr("Description:"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> ActivityData:
        day = self.date.date()
        return ActivityData(
            dt.date(day.year(), day.month(), day.day()), self.kind.currentData(),
            self.count.value() or None, self.text.text().strip() or None,
            self.origin.currentData(), self.target.currentData())
