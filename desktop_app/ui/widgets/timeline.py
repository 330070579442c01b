"""The agenda timeline of one day: time runs down, rooms run across.

Blocks are dragged to move an item (to another time and room) or dragged by
their bottom edge to change its end; the preview snaps to 5 minutes, as the
services do. The widget only *asks* for changes (``move_requested``,
``resize_requested``, ``edit_requested``); the agenda view turns them into
undo commands, and the timeline is rebuilt from the services' results.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QWidget

from desktop_app.services.snapshots import AgendaItemRow, RoomRow

from .timeline_block import AgendaBlock
from .timeline_layout import lanes as _lanes

SNAP = 5
# The dotted lines of the timeline: a double-click there starts a new item at its slot.
SLOT = 15
GUTTER = 64
MIN_COLUMN = 190


@dataclass
class _Drag:
    block: AgendaBlock
    mode: str  # "move" | "resize"
    press: QPointF
    origin: QRectF
    started: bool = False


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _snap(minutes: float) -> int:
    return int(round(minutes / SNAP) * SNAP)


class TimelineView(QGraphicsView):
    move_requested = Signal(int, int, int)  # item id, new start (minutes), room id
    resize_requested = Signal(int, int)  # item id, new end (minutes)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    create_requested = Signal(int, int)  # start minutes, room id (double-click on empty space)
    selection_changed = Signal(int)  # item id, 0 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(self.tr("Agenda timeline"))
        self.setAccessibleDescription(self.tr(
            "Drag a block to move it; drag its bottom edge to change its end; double-click or "
            "Enter to edit; Alt+Up/Down moves the selected item, Alt+Shift+Up/Down its end"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.px_per_minute = 2.4
        self._rooms: list[RoomRow] = []
        self._items: list[AgendaItemRow] = []
        self._warnings: dict[str, list[str]] = {}
        self._blocks: dict[int, AgendaBlock] = {}
        self._first_minute = 8 * 60
        self._last_minute = 18 * 60
        self._drag: _Drag | None = None
        self._selected_id = 0
        self._highlight: set[int] | None = None
        self._rebuild_after_drag = False
        #: The scene is out of date and is rebuilt when next shown (or read): a hidden
        #: timeline (the Agenda shown as a list, or not shown at all) builds nothing.
        self._stale = False
        #: The viewport width the scene was built for: only the width places the blocks.
        self._built_width = -1

    # --- data -------------------------------------------------------------------------------
    def set_day(self, rooms: list[RoomRow], items: list[AgendaItemRow],
                warnings: dict[str, list[str]]) -> None:
        """Show ``items`` (one day) in ``rooms``; ``warnings`` maps item keys to messages."""
        self._rooms, self._items, self._warnings = list(rooms), list(items), dict(warnings)
        starts = [_minutes(i.start_time) for i in items] or [9 * 60]
        ends = [_minutes(i.end_time) for i in items] or [17 * 60]
        self._first_minute = max(0, ((min(starts) - 30) // 60) * 60)
        self._last_minute = min(24 * 60, -(-max(ends) // 60) * 60 + 60)
        if self._drag is not None:
            self._rebuild_after_drag = True  # never pull the block from under the mouse
        else:
            self._rebuild_when_shown()

    def _rebuild_when_shown(self) -> None:
        if self.isVisible():
            self._rebuild()
        else:
            self._stale = True

    def _ensure_built(self) -> None:
        if self._stale:
            self._rebuild()

    def set_highlight(self, item_ids: set[int] | None) -> None:
        """Dim every block but these (None: no search, nothing dimmed)."""
        self._highlight = item_ids  # a stale scene applies it when rebuilt
        for item_id, block in self._blocks.items():
            block.setOpacity(1.0 if item_ids is None or item_id in item_ids else 0.25)

    def block(self, item_id: int) -> AgendaBlock | None:
        self._ensure_built()
        return self._blocks.get(item_id)

    def blocks(self) -> list[AgendaBlock]:
        self._ensure_built()
        return list(self._blocks.values())

    def selected_item_id(self) -> int:
        if self._stale and not any(i.id == self._selected_id for i in self._items):
            return 0  # as the rebuild will find it: no longer on this day
        return self._selected_id

    def select_item(self, item_id: int) -> None:
        self._selected_id = item_id
        self._ensure_built()
        for block_id, each in self._blocks.items():
            each.setSelected(block_id == item_id)
        chosen = self._blocks.get(item_id)
        if chosen is not None:
            self.ensureVisible(chosen, 40, 40)
        self.selection_changed.emit(item_id)

    # --- geometry -----------------------------------------------------------------------------
    def header_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def column_width(self) -> float:
        count = max(1, len(self._rooms))
        return max(MIN_COLUMN, (self.viewport().width() - GUTTER - 8) / count)

    def top_margin(self) -> int:
        """Room above the first hour line for the upper half of its label (the room
        names' band covered it)."""
        return self.fontMetrics().height() // 2 + 4

    def y_of(self, minutes: float) -> float:
        return (self.header_height() + self.top_margin()
                + (minutes - self._first_minute) * self.px_per_minute)

    def minutes_at(self, y: float) -> float:
        return (self._first_minute
                + (y - self.header_height() - self.top_margin()) / self.px_per_minute)

    def hour_label_rect(self, minute: int) -> QRectF:
        """Where the label of the hour line at ``minute`` is drawn (centred on the line)."""
        half = self.fontMetrics().height() / 2 + 1
        y = self.y_of(minute)
        return QRectF(0, y - half, GUTTER - 10, 2 * half)

    def column_rect(self, index: int) -> QRectF:
        width = self.column_width()
        return QRectF(GUTTER + index * width, self.y_of(self._first_minute), width,
                      self.y_of(self._last_minute) - self.y_of(self._first_minute))

    def room_index_at(self, x: float) -> int:
        index = int((x - GUTTER) // self.column_width())
        return min(max(index, 0), max(0, len(self._rooms) - 1))

    def block_rect(self, start: int, end: int, room_index: int) -> QRectF:
        column = self.column_rect(room_index)
        return QRectF(column.left() + 3, self.y_of(start), column.width() - 6,
                      max(6.0, self.y_of(end) - self.y_of(start)))

    def _rebuild(self) -> None:
        self._stale = False
        self._built_width = self.viewport().width()
        scene = self.scene()
        scene.clear()
        self._blocks.clear()
        palette = self.palette()
        room_index = {room.id: i for i, room in enumerate(self._rooms)}
        width = GUTTER + max(1, len(self._rooms)) * self.column_width() + 4
        height = self.y_of(self._last_minute) + 12
        scene.setSceneRect(0, 0, width, height)
        lanes = _lanes(self._items)
        for item in self._items:
            index = room_index.get(item.room_id)
            if index is None:
                continue
            rect = self.block_rect(_minutes(item.start_time), _minutes(item.end_time), index)
            lane, count = lanes[item.id]
            if count > 1:  # overlapping items share the column side by side
                width = rect.width() / count
                rect = QRectF(rect.left() + lane * width, rect.top(), width - 2, rect.height())
            block = AgendaBlock(item, rect, palette, self._warnings.get(item.key, []))
            scene.addItem(block)
            self._blocks[item.id] = block
            block.setSelected(item.id == self._selected_id)
        if self._selected_id not in self._blocks:
            self._selected_id = 0
        self.set_highlight(self._highlight)

    # --- painting -----------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        faint = QColor(line)
        faint.setAlphaF(0.35)
        right = GUTTER + max(1, len(self._rooms)) * self.column_width()
        for index in range(len(self._rooms)):
            column = self.column_rect(index)
            if index % 2 == 1:
                painter.fillRect(column, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(QPen(line, 1))
            painter.drawLine(column.topLeft(), column.bottomLeft())
        painter.drawLine(QPointF(right, self.y_of(self._first_minute)),
                         QPointF(right, self.y_of(self._last_minute)))
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        for minute in range(self._first_minute, self._last_minute + 1, 15):
            y = self.y_of(minute)
            if minute % 60 == 0:
                painter.setPen(QPen(line, 1))
                painter.drawLine(QPointF(GUTTER - 6, y), QPointF(right, y))
                painter.setPen(text)
                painter.drawText(self.hour_label_rect(minute),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 f"{minute // 60:02d}:00")
            else:
                painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(GUTTER, y), QPointF(right, y))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: ARG002
        """The room names, pinned to the top of the visible area while scrolling."""
        palette = self.palette()
        top = self.mapToScene(0, 0).y()
        height = self.header_height()
        band = QRectF(self.mapToScene(0, 0).x(), top, self.viewport().width() + 2, height)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(band.left(), top + height), QPointF(band.right(), top + height))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for index, room in enumerate(self._rooms):
            column = self.column_rect(index)
            label = room.name + (f"  ({room.capacity})" if room.capacity else "")
            painter.drawText(QRectF(column.left() + 8, top, column.width() - 16, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                           int(column.width() - 16)))

    # --- interaction --------------------------------------------------------------------------
    def _block_at(self, pos: QPointF) -> AgendaBlock | None:
        for graphics_item in self.scene().items(self.mapToScene(pos.toPoint())):
            if isinstance(graphics_item, AgendaBlock):
                return graphics_item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        block = self._block_at(event.position())
        if block is None:
            self.select_item(0)
            return
        self.select_item(block.item.id)
        scene_pos = self.mapToScene(event.position().toPoint())
        mode = "resize" if block.on_resize_edge(scene_pos.y()) else "move"
        self._drag = _Drag(block, mode, event.position(), QRectF(block.rect()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            block = self._block_at(event.position())
            scene_y = self.mapToScene(event.position().toPoint()).y()
            if block is not None and block.on_resize_edge(scene_y):
                self.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
            elif block is not None:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            super().mouseMoveEvent(event)
            return
        delta = event.position() - drag.press
        if not drag.started:
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
            drag.block.setZValue(5)
            drag.block.setOpacity(0.85)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor if drag.mode == "move"
                                      else Qt.CursorShape.SizeVerCursor)
        item = drag.block.item
        if drag.mode == "move":
            start = self._moved_start(drag, delta)
            room_index = self.room_index_at(drag.origin.center().x() + delta.x())
            rect = self.block_rect(start, start + item.duration_minutes, room_index)
            drag.block.preview_times = (start, start + item.duration_minutes)
        else:
            end = self._resized_end(drag, delta)
            rect = self.block_rect(_minutes(item.start_time), end,
                                   self.room_index_at(drag.origin.center().x()))
            drag.block.preview_times = (_minutes(item.start_time), end)
        drag.block.setRect(rect)
        drag.block.preview_conflict = any(
            other is not drag.block and other.rect().intersects(rect.adjusted(0, 1, 0, -1))
            for other in self._blocks.values())
        self.ensureVisible(rect, 10, 30)
        self.scene().update()
        event.accept()

    def _moved_start(self, drag: _Drag, delta: QPointF) -> int:
        item = drag.block.item
        start = _snap(_minutes(item.start_time) + delta.y() / self.px_per_minute)
        return int(min(max(start, 0), 24 * 60 - SNAP - item.duration_minutes))

    def _resized_end(self, drag: _Drag, delta: QPointF) -> int:
        item = drag.block.item
        end = _snap(_minutes(item.end_time) + delta.y() / self.px_per_minute)
        return int(min(max(end, _minutes(item.start_time) + SNAP), 24 * 60 - SNAP))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.viewport().unsetCursor()
        if self._rebuild_after_drag:  # data that arrived during the drag, shown now
            self._rebuild_after_drag = False
            QTimer.singleShot(0, self, self._rebuild)
        if not drag.started:
            return
        delta = event.position() - drag.press
        item = drag.block.item
        drag.block.setRect(drag.origin)  # the rebuilt scene will show the stored result
        self.set_highlight(self._highlight)
        drag.block.setZValue(1)
        drag.block.preview_conflict = False
        drag.block.preview_times = None
        if drag.mode == "move":
            start = self._moved_start(drag, delta)
            room = self._rooms[self.room_index_at(drag.origin.center().x() + delta.x())]
            if start != _minutes(item.start_time) or room.id != item.room_id:
                self.move_requested.emit(item.id, start, room.id)
        else:
            end = self._resized_end(drag, delta)
            if end != _minutes(item.end_time):
                self.resize_requested.emit(item.id, end)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        block = self._block_at(event.position())
        if block is not None:
            self.edit_requested.emit(block.item.id)
        elif self._rooms:
            scene_pos = self.mapToScene(event.position().toPoint())
            if scene_pos.x() >= GUTTER and scene_pos.y() > self.header_height():
                # The quarter-hour slot that was double-clicked.
                start = int(self.minutes_at(scene_pos.y()) // SLOT) * SLOT
                room = self._rooms[self.room_index_at(scene_pos.x())]
                self.create_requested.emit(max(0, start), room.id)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        block = self._blocks.get(self._selected_id)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if block is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            # The keyboard way to do what a drag does: Alt+arrows move the selected item
            # by 5 minutes, Alt+Shift+arrows move its end.
            step = SNAP if event.key() == Qt.Key.Key_Down else -SNAP
            item = block.item
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                end = _minutes(item.end_time) + step
                if end > _minutes(item.start_time):
                    self.resize_requested.emit(item.id, end)
            else:
                start = _minutes(item.start_time) + step
                if start >= 0 and start + item.duration_minutes < 24 * 60:
                    self.move_requested.emit(item.id, start, item.room_id)
            event.accept()
        elif self._selected_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(self._selected_id)
        elif self._selected_id and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self._selected_id)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.set_zoom(self.px_per_minute * factor)
            event.accept()
        else:
            super().wheelEvent(event)

    def set_zoom(self, px_per_minute: float) -> None:
        self.px_per_minute = min(8.0, max(1.0, px_per_minute))
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._drag is None:
            self._rebuild_when_shown()  # blocks keep the palette they were drawn with

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._drag is None and self.viewport().width() != self._built_width:
            self._rebuild_when_shown()

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_built()  # before the first paint, at the width it is shown in
        super().showEvent(event)
