"""Asks when an agreement was signed: now, or the planned slot of its ceremony.

The time is entered in the event's time zone (a ceremony in Baku is recorded
in Baku time whatever the laptop's zone) and returned timezone-aware.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.snapshots import AgreementRow

from .form_support import short_date


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


class SignedDialog(QDialog):
    def __init__(self, agreement: AgreementRow, timezone: str,
                 planned: dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark {reference} signed").format(
            reference=agreement.reference))
        self.zone = zoneinfo.ZoneInfo(timezone)
        self.timezone_name = timezone
        now = dt.datetime.now(self.zone).replace(second=0, microsecond=0)
        self.now = now
        self.planned = planned.astimezone(self.zone) if planned is not None else None

        intro = QLabel(f"<b>{_html(agreement.reference)}</b> — {_html(agreement.title)}<br>"
                       f"{_html(agreement.party_names)}")
        intro.setWordWrap(True)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd MMM yyyy  HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Time of signing"))
        self.when.setDateTime(_qdatetime(self.planned or now))
        zone_label = QLabel(self.tr("{timezone} (the event's time zone)").format(
            timezone=timezone))
        zone_label.setEnabled(False)
        self.now_button = QPushButton(self.tr("Now", "button: use the current time"))
        self.now_button.clicked.connect(lambda: self.when.setDateTime(_qdatetime(now)))
        self.planned_button = QPushButton(self.tr("Planned slot"))
        self.planned_button.setEnabled(self.planned is not None)
        if self.planned is not None:
            self.planned_button.setToolTip(self.tr("{time} in the ceremony plan").format(
                time=f"{short_date(self.planned.date())} {self.planned:%H:%M}"))
            self.planned_button.clicked.connect(
                lambda: self.when.setDateTime(_qdatetime(self.planned)))  # type: ignore[arg-type]
        else:
            self.planned_button.setToolTip(self.tr("The agreement is not in a signing ceremony"))
        quick = QHBoxLayout()
        quick.addWidget(self.now_button)
        quick.addWidget(self.planned_button)
        quick.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Signed at:"), self.when)
        form.addRow("", zone_label)
        form.addRow("", quick)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark signed"))

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def signed_at(self) -> dt.datetime:
        """The chosen time, aware, in the event's zone."""
        chosen = self.when.dateTime()
        date, time = chosen.date(), chosen.time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(),
                           tzinfo=self.zone)


def _html(text: str) -> str:
    from html import escape

    return escape(text)
