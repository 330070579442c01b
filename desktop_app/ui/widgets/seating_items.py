"""What the seating chart draws: table tops, seats with their sitters' names, flags.

Everything is placed from the layout's geometry (``domain.seating_layouts``: one unit is
one place at the table, ``y`` up, away from the audience); ``SCALE`` pixels per unit.
A seat is a circle with its number; the name and a short position run outward from the
table, away from the sitter's back, turned so that they read left to right (rows of an
audience get their name under the seat instead). The seat of honour has a gold ring
and a star, a locked seat a padlock, a seat named by a warning a red ring and a
warning sign, as conflicts are outlined on the timeline.
"""
from __future__ import annotations

import math
import re
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop_app.domain.seating import TablePart
from desktop_app.resources import resource_path
from desktop_app.services.seating import SeatSnapshot

from ..theme import accent, conflict_color, is_dark

#: Pixels per layout unit (one place at the table).
SCALE = 46.0
#: A seat's radius, in pixels.
SEAT_RADIUS = 15.0
#: The room for a name and a position beside a seat, in pixels: enough for the longest
#: name of the plan, within these bounds (longer ones are elided).
LABEL_LENGTH = 150.0
MAX_LABEL_LENGTH = 196.0
#: Between a seat's circle and its label.
LABEL_GAP = 5.0


def honour_color(palette: QPalette) -> QColor:
    return QColor("#e0b94a") if is_dark(palette) else QColor("#a77b06")


def table_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, edge) of a table top: light wood, or dark wood in the dark scheme."""
    if is_dark(palette):
        return QColor("#3b3429"), QColor("#7a6a52")
    return QColor("#f1e8da"), QColor("#c6b291")


def seat_fill(palette: QPalette, occupied: bool, honour: bool = False) -> QColor:
    if not occupied:
        return palette.color(QPalette.ColorRole.Base)
    if honour:
        return QColor("#4a3c12") if is_dark(palette) else QColor("#fbeec4")
    return QColor("#20354d") if is_dark(palette) else QColor("#dfe9f5")


def muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def star_path(centre: QPointF, outer: float) -> QPainterPath:
    inner = outer * 0.45
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = math.radians(-90 + k * 36)
        points.append(QPointF(centre.x() + radius * math.cos(angle),
                              centre.y() + radius * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def paint_padlock(painter: QPainter, centre: QPointF, size: float, colour: QColor,
                  background: QColor) -> None:
    """A small padlock in a round badge (drawn, so that no font needs the glyph)."""
    painter.save()
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(background)
    painter.drawEllipse(centre, size, size)
    body = QRectF(centre.x() - size * 0.45, centre.y() - size * 0.1, size * 0.9, size * 0.62)
    shackle = QRectF(centre.x() - size * 0.3, centre.y() - size * 0.6, size * 0.6, size * 0.9)
    painter.setPen(QPen(colour, max(1.2, size * 0.16)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(body, 1.2, 1.2)
    painter.restore()


class TableItem(QGraphicsItem):
    """A table top: a circle or a rectangle, with the table's name on the largest."""

    def __init__(self, part: TablePart, palette: QPalette, caption: str = "") -> None:
        super().__init__()
        self.part = part
        self._palette = palette
        self.caption = caption
        self.setZValue(0)
        self._rect = QRectF(part.x * SCALE - part.width * SCALE / 2,
                            -part.y * SCALE - part.height * SCALE / 2,
                            part.width * SCALE, part.height * SCALE)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:
        fill, edge = table_colors(self._palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(fill)
        if self.part.shape == "circle":
            painter.drawEllipse(self._rect)
        else:
            painter.drawRoundedRect(self._rect, 6, 6)
        if not self.caption:
            return
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(muted(self._palette))
        inset = 0.22 if self.part.shape == "circle" else 0.04
        area = self._rect.adjusted(self._rect.width() * inset, self._rect.height() * inset,
                                   -self._rect.width() * inset, -self._rect.height() * inset)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.caption)


class SeatLabel(QGraphicsItem):
    """The sitter's name and position beside a seat (a child of its ``SeatItem``)."""

    def __init__(self, parent: SeatItem, direction: float | None, length: float) -> None:
        super().__init__(parent)
        self.seat_item = parent
        self.lines = parent.label_lines(short=direction is None)
        name_font, position_font = parent.fonts
        self._heights = (QFontMetricsF(name_font).height(),
                         QFontMetricsF(position_font).height())
        height = self._heights[0] + (self._heights[1] if len(self.lines) > 1 else 0)
        if direction is None:  # under the seat (rows of an audience): the family name
            self._align = Qt.AlignmentFlag.AlignHCenter
            self._box = QRectF(-length / 2, SEAT_RADIUS + 1, length, self._heights[1])
            return
        # Outward from the table along ``direction`` (degrees counterclockwise, y up),
        # turned so the text never reads upside down.
        rotation = -direction % 360
        flipped = 90 < rotation < 270 or math.isclose(rotation, 90)
        start = SEAT_RADIUS + LABEL_GAP
        if flipped:
            rotation = (rotation + 180) % 360
            self._box = QRectF(-start - length, -height / 2, length, height)
            self._align = Qt.AlignmentFlag.AlignRight
        else:
            self._box = QRectF(start, -height / 2, length, height)
            self._align = Qt.AlignmentFlag.AlignLeft
        self.setRotation(rotation)

    def boundingRect(self) -> QRectF:
        return self._box

    def text_width(self) -> float:
        """How much of the box the text takes (for tests and hit testing)."""
        name_font, position_font = self.seat_item.fonts
        fonts = (name_font, position_font)
        return max((QFontMetricsF(font).horizontalAdvance(line)
                    for font, line in zip(fonts, self.lines, strict=False)), default=0.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:
        item = self.seat_item
        palette = item.palette
        name_font, position_font = item.fonts
        y = self._box.top()
        colours = (conflict_color(palette) if item.warnings
                   else palette.color(QPalette.ColorRole.WindowText), muted(palette))
        short = len(self.lines) == 1 and self._align == Qt.AlignmentFlag.AlignHCenter
        for index, line in enumerate(self.lines[:2]):
            font = name_font if index == 0 and not short else position_font
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(colours[index])
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, self._box.width())
            painter.drawText(QRectF(self._box.left(), y, self._box.width(), metrics.height()),
                             self._align | Qt.AlignmentFlag.AlignVCenter, shown)
            y += metrics.height()


class SeatItem(QGraphicsItem):
    """One seat: its circle and number, the marks of honour, lock and conflict, and its
    sitter's label. ``current`` (the keyboard's seat), ``target`` (under a drag) and
    ``carried`` (picked up) change only how it is drawn."""

    def __init__(self, seat: SeatSnapshot, palette: QPalette, fonts: tuple[QFont, QFont],
                 warnings: list[str], tooltip: str, label_direction: float | None,
                 label_length: float, preview: bool = False) -> None:
        super().__init__()
        self.seat = seat
        self.palette = palette
        self.fonts = fonts
        self.warnings = list(warnings)
        self.preview = preview
        self.current = False
        self.target = False
        self.carried = False
        self.setZValue(2)
        self.setPos(seat.geometry.x * SCALE, -seat.geometry.y * SCALE)
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.label = SeatLabel(self, label_direction, label_length) if seat.person_key else None
        if self.label is not None:
            self.label.setToolTip(tooltip)

    @property
    def number(self) -> int:
        return self.seat.seat

    def label_lines(self, short: bool = False) -> list[str]:
        """The name and position; ``short``: the last word of the name alone (a row of
        an audience has room for no more; the tooltip has the rest)."""
        warn = "⚠ " if self.warnings else ""
        name = self.seat.person_name or ""
        if short:
            return [warn + (name.split()[-1] if name.split() else "")]
        lines = [warn + name]
        if self.seat.position:
            lines.append(self.seat.position)
        return lines

    def set_states(self, *, current: bool | None = None, target: bool | None = None,
                   carried: bool | None = None) -> None:
        if current is not None:
            self.current = current
        if target is not None:
            self.target = target
        if carried is not None:
            self.carried = carried
            self.setOpacity(0.45 if carried else 1.0)
        self.update()

    def boundingRect(self) -> QRectF:
        reach = SEAT_RADIUS + 8
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def _badge(self, turn: float) -> QPointF:
        """Where a mark goes on the seat's rim: ``turn`` degrees from the direction the
        sitter faces (the table)."""
        angle = math.radians(self.seat.geometry.facing + turn)
        reach = SEAT_RADIUS * 1.05
        return QPointF(reach * math.cos(angle), -reach * math.sin(angle))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:
        palette, seat = self.palette, self.seat
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(0, 0)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self.target:
            halo = QColor(highlight)
            halo.setAlphaF(0.3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(centre, SEAT_RADIUS + 7, SEAT_RADIUS + 7)
        occupied = seat.person_key is not None
        if self.warnings:
            pen = QPen(conflict_color(palette), 2.6)
        elif seat.honour:
            pen = QPen(honour_color(palette), 2.6)
        elif occupied:
            pen = QPen(accent(palette), 1.5)
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.3, Qt.PenStyle.DashLine)
        if self.preview and occupied and not self.warnings and not seat.honour:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(seat_fill(palette, occupied, seat.honour))
        painter.drawEllipse(centre, SEAT_RADIUS, SEAT_RADIUS)
        number_font = QFont(self.fonts[1])
        number_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(number_font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText) if occupied
                       else muted(palette))
        painter.drawText(QRectF(-SEAT_RADIUS, -SEAT_RADIUS, 2 * SEAT_RADIUS, 2 * SEAT_RADIUS),
                         Qt.AlignmentFlag.AlignCenter, str(seat.seat))
        # The marks sit on the table's side of the seat, clear of the label outside.
        if seat.honour:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.2))
            painter.setBrush(honour_color(palette))
            painter.drawPath(star_path(self._badge(40), 7.5))
        if seat.locked:
            paint_padlock(painter, self._badge(-40), 6.5,
                          palette.color(QPalette.ColorRole.WindowText),
                          palette.color(QPalette.ColorRole.Base))
        if self.current:
            ring = QPen(highlight, 2.0, Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, SEAT_RADIUS + 4.5, SEAT_RADIUS + 4.5)


@cache
def flag_renderer(code: str) -> QSvgRenderer | None:
    """The national flag of ``code`` (``resources/flags``, the flag-icons set), or None."""
    if not re.fullmatch(r"[A-Za-z]{2}", code or ""):
        return None
    path = resource_path("flags", f"{code.lower()}.svg")
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


class FlagItem(QGraphicsItem):
    """A national flag on its stand: a pole and the flag (or a cloth with the country's
    code where there is no flag for it)."""

    WIDTH, HEIGHT, POLE = 32.0, 24.0, 40.0

    def __init__(self, code: str, x: float, y: float, palette: QPalette, tooltip: str) -> None:
        super().__init__()
        self.code = code
        self._palette = palette
        self.renderer = flag_renderer(code)
        self.setPos(x, y)
        self.setZValue(1)
        self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -self.POLE - 2, self.WIDTH + 4, self.POLE + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:
        palette = self._palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(muted(palette), 1.6))
        painter.drawLine(QPointF(0, 2), QPointF(0, -self.POLE))
        cloth = QRectF(0, -self.POLE, self.WIDTH, self.HEIGHT)
        if self.renderer is not None:
            self.renderer.render(painter, cloth)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cloth)
            return
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        painter.drawRect(cloth)
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(cloth, Qt.AlignmentFlag.AlignCenter, self.code)
