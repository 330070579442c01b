"""The Agreements register table: every agreement of every event with its lifecycle badge.

Rows are ``domain.partnership.RegisterRow``s evaluated by ``services.register``; the
lifecycle words come from the documents' catalogue (``term``), as the statuses do, so the
window and the yearly report call a state by the same name.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from desktop_app.domain.partnership import Lifecycle, RegisterRow
from desktop_app.domain.text import fold
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, TermLabels, format_date

from .agreements_model import STATUS_LABELS, dot_icon
from .record_table import Column, RecordTableModel

LIFECYCLE_LABELS = TermLabels("lifecycle", tuple(item.value for item in Lifecycle))
ACTIVITY_LABELS = TermLabels("activity", ("student-mobility", "staff-mobility",
                                          "joint-programme", "joint-research", "visit",
                                          "event", "other"))
ATTACHMENT_LABELS = TermLabels("attachment", ("signed-copy", "translation", "annex", "other"))

#: The order a lifecycle sorts in: what needs attention first.
_LIFECYCLE_ORDER = {Lifecycle.EXPIRED: 0, Lifecycle.EXPIRING: 1, Lifecycle.NO_EXPIRY: 2,
                    Lifecycle.ACTIVE: 3, Lifecycle.RENEWED: 4, Lifecycle.TERMINATED: 5}
_LIGHT = {"active": "#2e7d32", "expiring": "#b26a00", "expired": "#c62828",
          "renewed": "#1f6fc5", "terminated": "#6b7280", "no-expiry": "#8e44ad"}
_DARK = {"active": "#66bb6a", "expiring": "#ffb74d", "expired": "#ef6f6c",
         "renewed": "#64a8f0", "terminated": "#aab3bf", "no-expiry": "#c39bd3"}
CONTEXT = "RegisterTable"


def lifecycle_colour(lifecycle: str, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((_DARK if dark else _LIGHT).get(lifecycle, "#888888"))


def lifecycle_text(row: RegisterRow) -> str:
    """The badge's words: the lifecycle, or the ceremony status before signing."""
    if row.lifecycle is None:
        return STATUS_LABELS.get(row.status, row.status)
    return LIFECYCLE_LABELS.get(row.lifecycle.value, row.lifecycle.value)


def days_text(row: RegisterRow) -> str:
    return "" if row.days_left is None or row.lifecycle in (
        Lifecycle.TERMINATED, Lifecycle.RENEWED) else str(row.days_left)


def notes_text(row: RegisterRow) -> str:
    """Dormant, a renewal under way, renewed by, renews: what the row needs said."""
    translate = QCoreApplication.translate
    notes = []
    if row.dormant:
        notes.append(translate("RegisterTable", "dormant", "no activity in its first year"))
    under_way = row.renewal_under_way
    if under_way is not None:
        notes.append(translate("RegisterTable", "renewal {reference} in preparation")
                     .format(reference=under_way.reference))
    signed = [link.reference for link in row.renewed_by if link.status == "signed"]
    if signed:
        notes.append(translate("RegisterTable", "renewed by {reference}")
                     .format(reference=", ".join(signed)))
    if row.renews is not None:
        notes.append(translate("RegisterTable", "renews {reference}")
                     .format(reference=row.renews.reference))
    return "; ".join(notes)


def lifecycle_tooltip(row: RegisterRow) -> str:
    translate = QCoreApplication.translate
    lines = [lifecycle_text(row)]
    if row.lifecycle == Lifecycle.NO_EXPIRY:
        lines.append(translate("RegisterTable",
                               "No expiry date is recorded: check the signed text."))
    elif row.state.ends_on is not None and row.lifecycle is not None:
        lines.append(translate("RegisterTable", "Ends on {date}").format(
            date=format_date(row.state.ends_on, "dd MMMM yyyy")))
    if row.terminated_on is not None:
        lines.append(translate("RegisterTable", "Terminated on {date}: {reason}").format(
            date=format_date(row.terminated_on, "dd MMMM yyyy"),
            reason=row.termination_reason or ""))
    return "\n".join(lines)


def register_search_key(row: RegisterRow) -> str:
    parts = [row.reference, row.title, row.event_key, *row.title_translations.values()]
    for party in row.parties:
        parts += [party.name, party.short_name or "", *party.local_names.values()]
    folded = " | ".join(fold(part) for part in parts if part)
    return " | ".join([folded, *(party.search_key for party in row.parties)])


class RegisterTableModel(RecordTableModel[RegisterRow]):
    REFERENCE_COLUMN = 0
    STATUS_COLUMN = 4
    LIFECYCLE_COLUMN = 5
    UNTIL_COLUMN = 6
    DAYS_COLUMN = 7

    def __init__(self, parent: Any = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        center = Qt.AlignmentFlag.AlignCenter
        columns: list[Column[RegisterRow]] = [
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Agreement"), self.shown_reference,
                   lambda r: (r.reference.casefold(), r.event_key),
                   tooltip=lambda r: r.address, context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Event"), lambda r: r.event_key,
                   tooltip=lambda r: r.event_title, context=CONTEXT),
            # In the interface language where the agreement's title is translated.
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Title"),
                   lambda r: r.title_in(self.language),
                   tooltip=lambda r: r.title_in(self.language), context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Parties"),
                   lambda r: " – ".join(p.shown_name for p in r.parties),
                   tooltip=lambda r: "\n".join(f"{p.name} ({p.country})" for p in r.parties),
                   context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Status"),
                   lambda r: STATUS_LABELS.get(r.status, r.status), context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Lifecycle"), lifecycle_text,
                   lambda r: (_LIFECYCLE_ORDER.get(r.lifecycle, 9) if r.lifecycle else 10,
                              r.status),
                   tooltip=lifecycle_tooltip, context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Valid until"),
                   lambda r: format_date(r.valid_until, "dd.MM.yyyy") if r.valid_until else "",
                   lambda r: (r.state.ends_on or r.valid_until or dt.date.max).toordinal(),
                   context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Days left"), days_text,
                   lambda r: r.days_left if days_text(r) else None, align=right,
                   context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Files"), lambda r: str(r.attachments),
                   lambda r: r.attachments, align=center, context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Activities"),
                   lambda r: str(r.activities), lambda r: r.activities, align=center,
                   context=CONTEXT),
            Column(QT_TRANSLATE_NOOP("RegisterTable", "Notes"), notes_text,
                   tooltip=notes_text, context=CONTEXT),
        ]
        super().__init__(columns, register_search_key, lambda r: r.id, parent)
        self._references: Counter[str] = Counter()
        self._icons: dict[str, QIcon] = {}

    def set_records(self, records: Any, language: str | None = None, *,
                    presorted: bool = False) -> None:
        self._references = Counter(row.reference for row in records)
        super().set_records(records, language, presorted=presorted)

    def shown_reference(self, row: RegisterRow) -> str:
        """The reference, as ``EVENT/REF`` when another event has the same one."""
        return row.reference if self._references[row.reference] <= 1 else row.address

    def extra_data(self, record: RegisterRow, column: int, role: int) -> Any:
        if column == self.LIFECYCLE_COLUMN and role == Qt.ItemDataRole.DecorationRole:
            key = record.lifecycle.value if record.lifecycle is not None else record.status
            icon = self._icons.get(key)
            if icon is None:
                colour = (lifecycle_colour(key) if record.lifecycle is not None
                          else QColor("#8a94a3"))
                icon = self._icons[key] = dot_icon(colour)
            return icon
        if column == self.LIFECYCLE_COLUMN and role == Qt.ItemDataRole.ForegroundRole \
                and record.lifecycle in (Lifecycle.EXPIRING, Lifecycle.EXPIRED,
                                         Lifecycle.NO_EXPIRY):
            return lifecycle_colour(record.lifecycle.value)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.LIFECYCLE_COLUMN:
            return lifecycle_tooltip(record)
        return None
