"""A thin stacked bar of agreements by status (draft, ready, signed, cancelled)."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n import term
from ..theme import accent, is_dark

# Colour of each status: light-scheme and dark-scheme variants.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "draft": ("#9aa1ab", "#6b717a"),
    "ready": ("#1f5c99", "#5b9bd5"),
    "signed": ("#2e7d32", "#66bb6a"),
    "cancelled": ("#c62828", "#ef5350"),
}


def status_color(status: str, palette: QPalette | None = None) -> QColor:
    light, dark = STATUS_COLORS.get(status, ("#9aa1ab", "#6b717a"))
    if status == "ready":
        return accent(palette)
    return QColor(dark if is_dark(palette) else light)


class StatusStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Agreements by status"))

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        locale = QLocale()
        text = ", ".join(
            self.tr("{count} {status}", "a number of agreements and their status, e.g. 3 signed")
            .format(count=n, status=locale.toLower(term(f"status.{status}")))
            for status, n in counts.items() if n) or self.tr("none", "no agreements")
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, max(6, self.fontMetrics().height() // 2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setClipPath(path)
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.AlternateBase))
        total = sum(self._counts.values())
        x = rect.left()
        for status, count in self._counts.items():
            if not count or not total:
                continue
            width = rect.width() * count / total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()),
                             status_color(status, self.palette()))
            x += width
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
