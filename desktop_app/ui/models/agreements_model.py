"""The Agreements table: reference, kind, title, parties, signatories, status, readiness."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from desktop_app.domain.text import fold
from desktop_app.domain.vocabulary import READINESS_ITEMS
from desktop_app.services.snapshots import AgreementRow
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, TermLabels, format_datetime

from .record_table import Column, RecordTableModel

# Statuses, kinds and readiness items as the printed documents name them, in the
# current interface language (see ``desktop_app.ui.i18n.term``).
STATUS_LABELS = TermLabels("status", ("draft", "ready", "signed", "cancelled"))
KIND_LABELS = TermLabels("agreement", ("mou", "dual-degree", "exchange", "research", "other"))
READINESS_LABELS = TermLabels("readiness", READINESS_ITEMS)
_STATUS_ORDER = {"draft": 0, "ready": 1, "signed": 2, "cancelled": 3}
_LIGHT = {"draft": "#8a94a3", "ready": "#1f6fc5", "signed": "#2e7d32", "cancelled": "#c62828"}
_DARK = {"draft": "#aab3bf", "ready": "#64a8f0", "signed": "#66bb6a", "cancelled": "#ef6f6c"}


def status_colour(status: str, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((_DARK if dark else _LIGHT).get(status, "#888888"))


def dot_icon(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def readiness_count(agreement: AgreementRow) -> int:
    return sum(1 for name in READINESS_ITEMS if agreement.readiness.get(name))


def readiness_text(agreement: AgreementRow) -> str:
    return readiness_label(readiness_count(agreement))


def readiness_labels() -> list[str]:
    """Every text the Readiness column can show (to size the column, not the rows)."""
    return [readiness_label(done) for done in range(len(READINESS_ITEMS) + 1)]


def readiness_label(done: int) -> str:
    if done == len(READINESS_ITEMS):
        return "✓ " + QCoreApplication.translate("AgreementsTable", "complete",
                                                 "all readiness steps are done")
    return QCoreApplication.translate("AgreementsTable", "{done} of {total}",
                                      "readiness steps done").format(
        done=done, total=len(READINESS_ITEMS))


def readiness_tooltip(agreement: AgreementRow) -> str:
    return "\n".join(f"{'☑' if agreement.readiness.get(name) else '☐'}  {label}"
                     for name, label in READINESS_LABELS.items())


def signed_text(agreement: AgreementRow, zone: dt.tzinfo | None) -> str:
    if agreement.signed_at is None:
        return ""
    moment = agreement.signed_at.astimezone(zone) if zone else agreement.signed_at
    return format_datetime(moment, "dd MMM HH:mm")


def signatories_tooltip(agreement: AgreementRow) -> str:
    unnamed = QCoreApplication.translate("AgreementsTable", "— not named —",
                                         "a party whose signatory is not chosen yet")
    return "\n".join(f"{p.signatory_name or unnamed} ({p.short_name or p.organization_name})"
                     for p in agreement.parties)


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    return fold(text)


def agreement_search_key(agreement: AgreementRow) -> str:
    """Reference, title, parties and signatories, folded (parts repeat, so each is
    folded once)."""
    parts = [agreement.reference, agreement.title]
    for party in agreement.parties:
        parts += [party.organization_name, party.short_name or "", party.signatory_name or ""]
    return " | ".join(_folded(part) for part in parts)


class AgreementsTableModel(RecordTableModel[AgreementRow]):
    def __init__(self, parent: Any = None) -> None:
        center = Qt.AlignmentFlag.AlignCenter
        columns: list[Column[AgreementRow]] = [
            Column(QT_TRANSLATE_NOOP("RecordTable", "Reference"), lambda a: a.reference,
                   lambda a: a.reference.casefold()),
            # The printed documents' full names ("Memorandum of Understanding"): a narrow
            # column elides them, the tooltip shows them whole.
            Column(QT_TRANSLATE_NOOP("RecordTable", "Kind"),
                   lambda a: KIND_LABELS.get(a.kind, a.kind),
                   tooltip=lambda a: KIND_LABELS.get(a.kind, a.kind)),
            Column(QT_TRANSLATE_NOOP("RecordTable", "Title"), lambda a: a.title,
                   tooltip=lambda a: a.title),
            Column(QT_TRANSLATE_NOOP("RecordTable", "Parties"), lambda a: a.party_names,
                   tooltip=lambda a: "\n".join(p.organization_name for p in a.parties)),
            Column(QT_TRANSLATE_NOOP("RecordTable", "Signatories"), lambda a: a.signatory_names,
                   tooltip=signatories_tooltip),
            Column(QT_TRANSLATE_NOOP("RecordTable", "Status"),
                   lambda a: STATUS_LABELS.get(a.status, a.status),
                   lambda a: _STATUS_ORDER.get(a.status, 9)),
            Column(QT_TRANSLATE_NOOP("RecordTable", "Readiness"), readiness_text,
                   readiness_count, align=center, tooltip=readiness_tooltip),
            Column(QT_TRANSLATE_NOOP("RecordTable", "Signed"),
                   lambda a: signed_text(a, self.zone),
                   lambda a: a.signed_at.timestamp() if a.signed_at else None),
        ]
        super().__init__(columns, agreement_search_key, lambda a: a.id, parent)
        self.zone: dt.tzinfo | None = None
        self._icons: dict[str, QIcon] = {}

    STATUS_COLUMN = 5
    READINESS_COLUMN = 6

    def extra_data(self, record: AgreementRow, column: int, role: int) -> Any:
        if column == self.STATUS_COLUMN and role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(record.status)
            if icon is None:
                icon = self._icons[record.status] = dot_icon(status_colour(record.status))
            return icon
        if (column == self.READINESS_COLUMN and role == Qt.ItemDataRole.ForegroundRole
                and readiness_count(record) == len(READINESS_ITEMS)):
            return status_colour("signed")
        if role == Qt.ItemDataRole.ForegroundRole and record.status == "cancelled":
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and record.status == "cancelled" and column == 2:
            font = QGuiApplication.font()
            font.setStrikeOut(True)
            return font
        return None
