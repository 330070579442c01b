"""A horizontal bar chart painted with QPainter (QtCharts is not in pyside6-essentials).

One row per label, bars scaled to the largest value, the value printed at
the end of each bar. Colours come from the palette, so it reads in light and
dark schemes; row height follows the font, so it scales with the display.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import accent


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, max_rows: int = 20) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self._max_rows = max_rows
        self._empty_text = self.tr("Nothing to show yet")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Bar chart"))

    def set_rows(self, rows: list[tuple[str, int]], empty_text: str | None = None) -> None:
        self._rows = list(rows)
        if empty_text is not None:
            self._empty_text = empty_text
        shown = self._shown()
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in shown))
        self.setToolTip("\n".join(f"{label}: {value}" for label, value in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def _shown(self) -> list[tuple[str, int]]:
        if len(self._rows) <= self._max_rows:
            return self._rows
        head = self._rows[: self._max_rows - 1]
        rest = sum(value for _, value in self._rows[self._max_rows - 1:])
        others = len(self._rows) - len(head)
        return [*head, (self.tr("%n others", "the bars not shown, summed up", others), rest)]

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.7)

    def sizeHint(self) -> QSize:
        return QSize(360, max(3, len(self._shown())) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        shown = self._shown()
        if not shown:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        metrics = self.fontMetrics()
        row_h = self._row_height()
        label_w = min(max(metrics.horizontalAdvance(label) for label, _ in shown) + 12,
                      int(self.width() * 0.4))
        value_w = metrics.horizontalAdvance(str(max(v for _, v in shown))) + 12
        bar_space = max(10, self.width() - label_w - value_w - 4)
        top_value = max(1, max(value for _, value in shown))
        bar_color = accent(palette)
        track = palette.color(QPalette.ColorRole.AlternateBase)
        for i, (label, value) in enumerate(shown):
            y = 4 + i * row_h
            painter.setPen(text_color)
            label_rect = QRectF(0, y, label_w - 8, row_h)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(label_rect, right, elided)
            bar_h = row_h * 0.58
            bar_y = y + (row_h - bar_h) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(label_w, bar_y, bar_space, bar_h), 3, 3)
            painter.setBrush(bar_color)
            width = max(2.0, bar_space * value / top_value)
            painter.drawRoundedRect(QRectF(label_w, bar_y, width, bar_h), 3, 3)
            painter.setPen(text_color)
            painter.drawText(QRectF(label_w + width + 6, y, value_w + bar_space - width, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(value))
        painter.end()
