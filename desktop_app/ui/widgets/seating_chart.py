"""The seating chart: a plan's tables and seats drawn from its layout, to rearrange.

People are dragged from seat to seat (dropped on an occupied seat, the two swap), in
from the list of unseated participants, and out to it to unseat them; the same with
the keyboard: arrows, Tab and Shift+Tab walk the seats, Enter picks a person up and
puts them down, Escape puts them back, Delete unseats, Ctrl+L locks or unlocks. A
locked seat is neither picked up from nor dropped on. The chart only *asks* for
changes (its signals); the view turns them into undoable commands and hands the
stored plan back (``set_plan``).
"""
from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from desktop_app.domain.seating import FlagStand
from desktop_app.services.seating import SeatingPlanSnapshot, SeatSnapshot

from ..models.unseated_model import PersonDrag, person_drag, read_person_drag
from .seating_items import (
    LABEL_LENGTH,
    MAX_LABEL_LENGTH,
    SCALE,
    FlagItem,
    SeatItem,
    SeatLabel,
    TableItem,
    muted,
)

#: The chart is never drawn larger than this many times its natural size when fitted.
MAX_FIT = 1.3

SeatTip = Callable[[SeatSnapshot, list[str]], str]
FlagTip = Callable[[FlagStand], str]


def _arrow_direction(key: int) -> tuple[float, float] | None:
    return {Qt.Key.Key_Left: (-1.0, 0.0), Qt.Key.Key_Right: (1.0, 0.0),
            Qt.Key.Key_Up: (0.0, -1.0), Qt.Key.Key_Down: (0.0, 1.0)}.get(Qt.Key(key))


class SeatingChart(QGraphicsView):
    swap_requested = Signal(int, int)  # the two seats
    move_requested = Signal(str, int)  # a person from the list, the seat
    unseat_requested = Signal(str)  # person key
    lock_requested = Signal(int)  # seat: lock it, or unlock it
    current_changed = Signal(int)  # the keyboard's seat (0: none)
    carrying_changed = Signal()
    context_requested = Signal(int, QPoint)  # seat, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(self.tr("Seating chart"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.plan: SeatingPlanSnapshot | None = None
        #: Identifies the plan in drags (a drag never crosses to another plan).
        self.plan_id = ""
        self.editable = False
        self.preview = False
        self.warnings: dict[int, list[str]] = {}
        self.caption = ""
        self.audience = ""
        self.seat_tip: SeatTip = lambda seat, _warnings: f"{seat.seat}"
        self.flag_tip: FlagTip = lambda stand: stand.country
        self._items: dict[int, SeatItem] = {}
        self._current = 0
        self._carry: PersonDrag | None = None
        self._press: tuple[QPointF, int] | None = None
        self._dragging = False
        self._rebuild_after_drag = False
        self._target = 0
        self._zoom = 1.0

    # --- data ----------------------------------------------------------------------
    def set_plan(self, plan: SeatingPlanSnapshot | None, plan_id: str, *, editable: bool,
                 preview: bool = False, warnings: dict[int, list[str]] | None = None,
                 caption: str = "", audience: str = "") -> None:
        """Show ``plan`` (None: nothing); ``warnings`` by seat outline those seats."""
        self.plan, self.plan_id = plan, plan_id
        self.editable, self.preview = editable and plan is not None, preview
        self.warnings = dict(warnings or {})
        self.caption, self.audience = caption, audience
        if self._carry is not None and not self._still_carried(self._carry):
            self._carry = None
            self.carrying_changed.emit()
        if self._dragging:
            self._rebuild_after_drag = True  # never pull a seat from under the mouse
        else:
            self._rebuild()

    def _still_carried(self, drag: PersonDrag) -> bool:
        """Whether a person picked up can still be put down in the plan now shown: the
        same plan, and they are still where they were picked up (or still unseated)."""
        if not self.editable or drag.plan != self.plan_id or self.plan is None:
            return False
        if drag.seat is None:
            return any(person.key == drag.person_key for person in self.plan.unseated)
        seat = self._seat_view(drag.seat)
        return seat is not None and seat.person_key == drag.person_key

    def _seat_view(self, number: int) -> SeatSnapshot | None:
        if self.plan is None or not 1 <= number <= len(self.plan.seats):
            return None
        return self.plan.seat(number)

    def seat_item(self, number: int) -> SeatItem | None:
        return self._items.get(number)

    @property
    def current_seat(self) -> int:
        return self._current

    @property
    def carrying(self) -> PersonDrag | None:
        return self._carry

    def _rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self._items.clear()
        plan = self.plan
        if plan is None:
            self._current = 0
            scene.setSceneRect(QRectF())
            return
        palette = self.palette()
        base = QFont(self.font())
        name_font = QFont(base)
        name_font.setPointSizeF(base.pointSizeF() * 0.95)
        name_font.setWeight(QFont.Weight.DemiBold)
        position_font = QFont(base)
        position_font.setPointSizeF(base.pointSizeF() * 0.82)
        names = QFontMetricsF(name_font)
        label_length = min(MAX_LABEL_LENGTH, max(
            [LABEL_LENGTH] + [names.horizontalAdvance("⚠ " + (seat.person_name or "")) + 4
                              for seat in plan.seats if seat.person_name]))
        largest = max(plan.tables, key=lambda part: part.width * part.height, default=None)
        for part in plan.tables:
            scene.addItem(TableItem(part, palette, self.caption if part is largest else ""))
        for seat in plan.seats:
            geometry = seat.geometry
            row = geometry.side == "row"
            warnings = self.warnings.get(seat.seat, [])
            item = SeatItem(seat, palette, (name_font, position_font), warnings,
                            self.seat_tip(seat, warnings),
                            None if row else (geometry.facing + 180) % 360,
                            SCALE - 4 if row else label_length, preview=self.preview)
            scene.addItem(item)
            self._items[seat.seat] = item
        self._add_flags(plan, palette)
        bounds = scene.itemsBoundingRect()
        if self.audience and plan.tables and any(
                s.geometry.side in ("head", "signing", "left-arm") for s in plan.seats):
            text = QGraphicsSimpleTextItem("▼  " + self.audience + "  ▼")
            text.setBrush(muted(palette))
            width = text.boundingRect().width()
            text.setPos(bounds.center().x() - width / 2, bounds.bottom() + 14)
            scene.addItem(text)
            bounds = scene.itemsBoundingRect()
        scene.setSceneRect(bounds.adjusted(-18, -18, 18, 18))
        if self._current not in self._items:
            self._current = 0
        self._show_states()
        self._fit()

    def _add_flags(self, plan: SeatingPlanSnapshot, palette: QPalette) -> None:
        stands = plan.flags.stands
        if not stands:
            return
        # Flags stand behind the sitters: above every label, as the audience sees them.
        top = min((item.sceneBoundingRect().top() for item in self.scene().items()
                   if isinstance(item, (SeatItem, SeatLabel, TableItem))), default=0.0)
        for stand in stands:
            self.scene().addItem(FlagItem(stand.country, stand.x * SCALE - FlagItem.WIDTH / 2,
                                          top - 10, palette, self.flag_tip(stand)))

    def _show_states(self) -> None:
        carried = self._carry.seat if self._carry is not None else None
        for number, item in self._items.items():
            item.set_states(current=number == self._current and self.hasFocus(),
                            target=number == self._target, carried=number == carried)

    # --- size ------------------------------------------------------------------------
    def _fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(),
                    MAX_FIT) * self._zoom
        self.setTransform(QTransform.fromScale(scale, scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self._zoom = min(6.0, max(1.0, self._zoom * factor))
            self._fit()
            event.accept()
        else:
            super().wheelEvent(event)

    # --- the keyboard's seat -----------------------------------------------------------
    def set_current_seat(self, number: int) -> None:
        if number not in self._items:
            number = 0
        if number != self._current:
            self._current = number
            self.current_changed.emit(number)
        self._show_states()
        if number:
            self.ensureVisible(self._items[number], 30, 30)

    def _default_seat(self) -> int:
        if self._current:
            return self._current
        return self.plan.honour_seat if self.plan is not None and self._items else 0

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._items:
            reason = event.reason()
            if reason == Qt.FocusReason.TabFocusReason:
                self.set_current_seat(min(self._items))
            elif reason == Qt.FocusReason.BacktabFocusReason:
                self.set_current_seat(max(self._items))
            else:
                self.set_current_seat(self._default_seat())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_states()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab and Shift+Tab walk the seats in number order, then leave the chart."""
        if self.hasFocus() and self._current:
            following = self._current + (1 if next else -1)
            if following in self._items:
                self.set_current_seat(following)
                return True
        return super().focusNextPrevChild(next)

    def _nearest_in(self, direction: tuple[float, float]) -> int:
        """The seat nearest the current one in ``direction`` (on screen), else 0."""
        if not self._current:
            return self._default_seat()
        here = self._items[self._current].scenePos()
        best, best_score = 0, math.inf
        for number, item in self._items.items():
            delta = item.scenePos() - here
            along = delta.x() * direction[0] + delta.y() * direction[1]
            if number == self._current or along <= 1e-6:
                continue
            across = abs(delta.x() * direction[1] - delta.y() * direction[0])
            score = along + 2.5 * across
            if score < best_score:
                best, best_score = number, score
        return best

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        direction = _arrow_direction(key)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if direction is not None and self._items:
            found = self._nearest_in(direction)
            if found:
                self.set_current_seat(found)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._items:
            self.set_current_seat(min(self._items) if key == Qt.Key.Key_Home
                                  else max(self._items))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current:
            self.pick_up_or_put_down()
        elif key == Qt.Key.Key_Escape and self._carry is not None:
            self.cancel_carry()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._current:
            self.unseat_at(self._current)
        elif key == Qt.Key.Key_L and ctrl and self._current:
            if self.editable:
                self.lock_requested.emit(self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- picking up and putting down (the keyboard's drag) -----------------------------
    def can_take(self, number: int) -> bool:
        seat = self._seat_view(number)
        return (self.editable and seat is not None and seat.person_key is not None
                and not seat.locked)

    def can_drop(self, drag: PersonDrag, number: int) -> bool:
        seat = self._seat_view(number)
        return (self.editable and drag.plan == self.plan_id and seat is not None
                and not seat.locked and number != drag.seat)

    def carry(self, drag: PersonDrag) -> None:
        """Hold ``drag``'s person until Enter puts them down (or Escape)."""
        self._carry = drag
        if not self._current and self._items:
            empty = [n for n, item in self._items.items()
                     if item.seat.person_key is None and not item.seat.locked]
            self.set_current_seat(min(empty) if empty else self._default_seat())
        self._show_states()
        self.carrying_changed.emit()

    def cancel_carry(self) -> None:
        if self._carry is not None:
            self._carry = None
            self._show_states()
            self.carrying_changed.emit()

    def pick_up_or_put_down(self) -> None:
        number = self._current
        if self._carry is None:
            taken = self.seat_drag(number)
            if taken is not None:
                self.carry(taken)
            return
        drag = self._carry
        if drag.seat == number:
            self.cancel_carry()
            return
        if not self.can_drop(drag, number):
            return
        self._carry = None
        self._show_states()
        self.carrying_changed.emit()
        self._drop(drag, number)

    def _drop(self, drag: PersonDrag, number: int) -> None:
        if drag.seat is None:
            self.move_requested.emit(drag.person_key, number)
        else:
            self.swap_requested.emit(drag.seat, number)

    def unseat_at(self, number: int) -> None:
        seat = self._seat_view(number)
        if seat is not None and seat.person_key and self.can_take(number):
            self.unseat_requested.emit(seat.person_key)

    # --- the mouse ---------------------------------------------------------------------
    def seat_at(self, pos: QPoint | QPointF) -> int:
        """The seat (its circle or its label) under a viewport position, else 0."""
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        for item in self.items(point):
            found: QGraphicsItem | None = item
            while found is not None and not isinstance(found, SeatItem):
                found = found.parentItem()
            if isinstance(found, SeatItem):
                return found.number
        return 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.seat_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if number:
            self.set_current_seat(number)
            if self.can_take(number):
                self._press = (event.position(), number)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            number = self.seat_at(event.position())
            if number and self.can_take(number):
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            super().mouseMoveEvent(event)
            return
        if (event.position() - press[0]).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self.start_drag(press[1])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def seat_drag(self, number: int) -> PersonDrag | None:
        """What dragging the person of seat ``number`` carries (None: nothing to take)."""
        seat = self._seat_view(number)
        if seat is None or not self.can_take(number):
            return None
        return PersonDrag(self.plan_id, seat.person_key or "", seat.person_name or "", number)

    def start_drag(self, number: int) -> Qt.DropAction:
        """Drag the person of seat ``number`` (to a seat, or to the unseated list)."""
        payload = self.seat_drag(number)
        if payload is None:
            return Qt.DropAction.IgnoreAction
        drag = QDrag(self)
        drag.setMimeData(person_drag(payload))
        drag.setPixmap(self._drag_pixmap(payload.name))
        self._dragging = True
        self._items[number].set_states(carried=True)
        try:
            result = drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._dragging = False
            self._target = 0
            item = self._items.get(number)
            if item is not None:
                item.set_states(carried=False)
            self.viewport().unsetCursor()
            if self._rebuild_after_drag:
                self._rebuild_after_drag = False
                QTimer.singleShot(0, self, self._rebuild)
        return result

    def _drag_pixmap(self, name: str) -> QPixmap:
        metrics = QFontMetrics(self.font())
        width, height = metrics.horizontalAdvance(name) + 24, metrics.height() + 10
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, width, height), height / 2, height / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, name)
        painter.end()
        return pixmap

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        number = self.seat_at(QPointF(event.pos()))
        if number:
            self.set_current_seat(number)
            self.context_requested.emit(number, event.globalPos())
            event.accept()

    # --- dropping ------------------------------------------------------------------------
    def _set_target(self, number: int) -> None:
        if number != self._target:
            self._target = number
            self._show_states()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        drag = read_person_drag(event.mimeData())
        if drag is not None and self.editable and drag.plan == self.plan_id:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        drag = read_person_drag(event.mimeData())
        number = self.seat_at(event.position())
        if drag is not None and number and self.can_drop(drag, number):
            self._set_target(number)
            event.acceptProposedAction()
        else:
            self._set_target(0)
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_target(0)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        drag = read_person_drag(event.mimeData())
        number = self.seat_at(event.position())
        self._set_target(0)
        if drag is None or not number or not self.can_drop(drag, number):
            event.ignore()
            return
        event.acceptProposedAction()
        self._drop(drag, number)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        dots = QColor(self.palette().color(QPalette.ColorRole.Mid))
        dots.setAlphaF(0.25)
        painter.setPen(dots)
        step = SCALE
        left = math.floor(rect.left() / step) * step
        top = math.floor(rect.top() / step) * step
        y = top
        while y < rect.bottom():
            x = left
            while x < rect.right():
                painter.drawPoint(QPointF(x, y))
                x += step
            y += step
