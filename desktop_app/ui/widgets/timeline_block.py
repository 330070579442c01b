"""One agenda item drawn as a block on the timeline: kind colour, title, time, speakers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from desktop_app.services.snapshots import AgendaItemRow

from ..i18n import term
from ..theme import conflict_color, kind_edge, kind_fill

# How close (in pixels) to the bottom edge a press resizes instead of moving.
RESIZE_MARGIN = 6


class AgendaBlock(QGraphicsRectItem):
    """A block for one item; ``warnings`` (messages) draw a red outline and a tooltip."""

    def __init__(self, item: AgendaItemRow, rect: QRectF, palette: QPalette,
                 warnings: list[str]) -> None:
        super().__init__(rect)
        self.item = item
        self.warnings = list(warnings)
        self.preview_conflict = False
        # While the block is dragged: the (start, end) it would get, in minutes.
        self.preview_times: tuple[int, int] | None = None
        self._palette = palette
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        tip = [f"<b>{_html(item.title)}</b>",
               (f"{item.start_time:%H:%M}–{item.end_time:%H:%M} · {_html(item.room_name)} · "
                f"{_html(term(f'kind.{item.kind}'))}")]
        if item.chair_name:
            tip.append(_html(QCoreApplication.translate("AgendaBlock", "Chair: {name}")
                             .format(name=item.chair_name)))
        if item.speaker_names:
            tip.append(_html(QCoreApplication.translate("AgendaBlock", "Speakers: {names}")
                             .format(names=", ".join(item.speaker_names))))
        for warning in self.warnings:
            tip.append(f"<span style='color:{conflict_color(palette).name()}'>⚠ "
                       f"{_html(warning)}</span>")
        self.setToolTip("<br>".join(tip))

    @property
    def has_conflict(self) -> bool:
        return bool(self.warnings) or self.preview_conflict

    def times_text(self) -> str:
        """The item's times, or while it is dragged the times it would get."""
        if self.preview_times is not None:
            start, end = self.preview_times
            return f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"
        return f"{self.item.start_time:%H:%M}–{self.item.end_time:%H:%M}"

    def on_resize_edge(self, scene_y: float) -> bool:
        return self.rect().bottom() - RESIZE_MARGIN <= scene_y <= self.rect().bottom() + 2

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:
        palette = self._palette
        rect = self.rect().adjusted(2, 1, -2, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        fill = kind_fill(self.item.kind, palette)
        painter.fillPath(path, fill)
        edge = kind_edge(self.item.kind, palette)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), edge)
        painter.restore()
        if self.has_conflict:
            pen = QPen(conflict_color(palette), 2.5)
        elif self.isSelected():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
        else:
            pen = QPen(QColor(edge), 1)
        painter.setPen(pen)
        painter.drawPath(path)
        self._paint_text(painter, rect.adjusted(10, 3, -6, -2))

    def _paint_text(self, painter: QPainter, area: QRectF) -> None:
        text_color = self._palette.color(QPalette.ColorRole.WindowText)
        base_font = QFont(painter.font())
        bold = QFont(base_font)
        bold.setBold(True)
        bold_metrics, metrics = QFontMetrics(bold), QFontMetrics(base_font)
        width = int(area.width())
        times = self.times_text()
        prefix = "⚠ " if self.has_conflict else ""
        y = area.top()
        if area.height() < bold_metrics.height() * 2:
            # A short item: one line with the time and the title.
            painter.setFont(bold)
            painter.setPen(text_color)
            line = bold_metrics.elidedText(f"{prefix}{times}  {self.item.title}",
                                           Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(area.left(), y, area.width(), area.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line)
            painter.setFont(base_font)
            return
        painter.setFont(bold)
        painter.setPen(text_color)
        title_lines = _wrap(self.item.title, bold_metrics, width,
                            max(1, int((area.height() - metrics.height())
                                       // bold_metrics.height())),
                            prefix)
        for line in title_lines:
            painter.drawText(QRectF(area.left(), y, area.width(), bold_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, line)
            y += bold_metrics.height()
        painter.setFont(base_font)
        muted = QColor(text_color)
        muted.setAlphaF(0.75)
        painter.setPen(muted)
        lines = [times]
        if self.item.chair_name:
            chair = QCoreApplication.translate("AgendaBlock", "Chair: {name}")
            lines.append(chair.format(name=self.item.chair_name))
        room_for = int((area.bottom() + 1 - y) // metrics.height()) - len(lines)
        if self.item.speaker_names and room_for > 0:
            lines.extend(_wrap(", ".join(self.item.speaker_names), metrics, width, room_for, ""))
        for line in lines:
            if y + metrics.height() > area.bottom() + 1:
                break
            painter.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
            y += metrics.height()

def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int, prefix: str) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines, eliding the last one."""
    words = (prefix + text).split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], rest]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
