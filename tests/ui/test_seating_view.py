"""The Seating view on the sample event: place by rule, drag people between seats, in
from the unseated list and out to it, lock a seat, the keyboard, undo and redo of each
(checked in the database), a stale plan refused, and the Overview's seating warnings
opening the view."""
from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.seating import (
    SeatingPlanSnapshot,
    apply_seating,
    get_seating,
    lock_seat,
    swap_seats,
    unseat_person,
)
from desktop_app.ui.context import UiContext
from desktop_app.ui.models.unseated_model import PersonDrag, person_drag
from desktop_app.ui.views.seating_print import seating_document_available
from desktop_app.ui.views.seating_view import SeatingView
from tests.ui.message_boxes import close_message_boxes

KEY = "ada-az-kz-2025"


@pytest.fixture
def view(qtbot, ui_ctx: UiContext) -> Iterator[SeatingView]:
    shown = SeatingView(ui_ctx)
    qtbot.addWidget(shown)
    shown.resize(1400, 820)
    shown.show()
    qtbot.waitUntil(lambda: not shown.loading)
    yield shown
    close_message_boxes()


def stale_refusal(messages: list[str]) -> bool:
    """The one message of a refused stale change (the services name the plan)."""
    return len(messages) == 1 and re.fullmatch(
        r'seating plan "\w+" was changed by someone else; reload it and try again',
        messages[0]) is not None


def stored(ctx: UiContext, item: str | None = None) -> SeatingPlanSnapshot | None:
    return get_seating(ctx.db, KEY, item, inherit=False)


def people(plan: SeatingPlanSnapshot | None) -> dict[int, str | None]:
    assert plan is not None
    return {seat.seat: seat.person_key for seat in plan.seats}


def reload(qtbot, view: SeatingView) -> None:
    """Let the change notices arrive and the view load what is stored."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not view.loading)


def choose(view: SeatingView, kind: str, seats: int, rule: str) -> None:
    view.controls.layout_combo.setCurrentIndex(view.controls.layout_combo.findData(kind))
    view.controls.seats_spin.setValue(seats)
    view.controls.rule_combo.setCurrentIndex(view.controls.rule_combo.findData(rule))


def seat_point(view: SeatingView, seat: int) -> QPoint:
    item = view.chart.seat_item(seat)
    assert item is not None
    return view.chart.mapFromScene(item.scenePos())


def drop(target: QWidget, mime: QMimeData, point: QPoint) -> bool:
    """A drag entering ``target`` (a viewport), moving to ``point`` and dropped there, as
    Qt delivers them; True when the drop was taken."""
    position = QPointF(point)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(position, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, move)
    dropped = QDropEvent(position, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def drag_seat_to_seat(view: SeatingView, first: int, second: int) -> bool:
    payload = view.chart.seat_drag(first)
    assert payload is not None, f"seat {first} cannot be dragged"
    return drop(view.chart.viewport(), person_drag(payload), seat_point(view, second))


def placed(qtbot, view: SeatingView, layout: str = "round:24") -> SeatingPlanSnapshot:
    """The main table placed by precedence (through the services), shown by the view."""
    plan = apply_seating(view.ctx.db, KEY, None, layout, "precedence")
    reload(qtbot, view)
    assert view.loaded.own_plan is not None and view.loaded.own_plan.version == plan.version
    return plan


# --- place by rule ----------------------------------------------------------------------

def test_place_by_rule_seats_the_sample_main_table_by_precedence(qtbot, view) -> None:
    ctx = view.ctx
    # No plan yet: a preview of the rule, not stored, and nothing can be dragged.
    assert view.loaded.own_plan is None and view.plan is not None and view.chart.preview
    assert not view.chart.editable and "Not stored yet" in view.banner_label.text()
    choose(view, "round", 24, "precedence")
    reload(qtbot, view)
    assert view.plan is not None and view.plan.layout == "round:24"
    assert view.banner.isVisibleTo(view)

    qtbot.mouseClick(view.controls.place_button, Qt.MouseButton.LeftButton)
    plan = stored(ctx)
    assert plan is not None and (plan.layout, plan.rule) == ("round:24", "precedence")
    host = plan.seat(plan.honour_seat)
    assert host.person_key == "amrullayev"
    assert plan.seat(host.right or 0).person_key == "nurbek"  # at the host's right
    assert plan.seat(host.left or 0).person_key == "bayel"  # at the host's left
    # The chart shows the stored plan at once: the host at the marked seat of honour.
    assert view.chart.editable and not view.chart.preview and not view.banner.isVisibleTo(view)
    honour = view.chart.seat_item(plan.honour_seat)
    assert honour is not None and honour.seat.honour and honour.label is not None
    assert honour.label.lines[0] == "H.E. Emin Amrullayev"
    assert honour.label.lines[1] == "Minister of Science and Education"
    assert "guest of honour: highest-ranking guest" in view.chart.seat_item(host.right or 0
                                                                         ).toolTip()
    assert view.count_label.text() == "Seats taken: 21 of 24"

    ctx.undo_stack.undo()
    assert stored(ctx) is None  # there was no plan: undo deletes it
    reload(qtbot, view)
    assert view.loaded.own_plan is None and view.chart.preview
    ctx.undo_stack.redo()
    assert people(stored(ctx)) == people(plan)
    reload(qtbot, view)
    assert view.chart.editable


def test_a_layout_with_too_few_seats_is_explained_and_stores_nothing(qtbot, view) -> None:
    choose(view, "round", 10, "precedence")
    reload(qtbot, view)
    assert view.plan is None and "11 seats missing" in view.banner_label.text()
    assert not view.place_by_rule()
    assert close_message_boxes() == [
        "11 seats missing: round:10 has 10 free seats for 21 people"]
    assert stored(view.ctx) is None and view.ctx.undo_stack.count() == 0


def test_the_head_table_needs_its_rows_and_seats_per_row(qtbot, view) -> None:
    controls = view.controls
    controls.layout_combo.setCurrentIndex(controls.layout_combo.findData("head"))
    assert controls.rows_spin.isVisibleTo(view) and controls.columns_spin.isVisibleTo(view)
    controls.seats_spin.setValue(5)
    controls.rows_spin.setValue(2)
    controls.columns_spin.setValue(8)
    assert controls.layout() == "head:5+rows:2x8"
    assert view.place_by_rule()
    plan = stored(view.ctx)
    assert plan is not None and plan.layout == "head:5+rows:2x8"
    assert plan.seat(plan.honour_seat).person_key == "amrullayev"
    controls.layout_combo.setCurrentIndex(controls.layout_combo.findData("round"))
    assert not controls.rows_spin.isVisibleTo(view)


# --- dragging ----------------------------------------------------------------------------

def test_dropping_a_person_on_an_occupied_seat_swaps_them(qtbot, view) -> None:
    ctx = view.ctx
    first = placed(qtbot, view)
    assert (first.seat_of("nurbek"), first.seat(5).person_key) == (24, "rector-bhos")
    assert drag_seat_to_seat(view, 24, 5)
    swapped = stored(ctx)
    assert swapped is not None
    assert (swapped.seat_of("nurbek"), swapped.seat(24).person_key) == (5, "rector-bhos")
    assert swapped.version == first.version + 1  # type: ignore[operator]
    assert ctx.undo_stack.undoText() == "Swap seats 24 and 5"
    # Shown at once; the rule's warning (the guest of honour seated too far) outlines him.
    moved = view.chart.seat_item(5)
    assert moved is not None and moved.seat.person_key == "nurbek" and moved.warnings
    assert not view.chart.seat_item(24).warnings  # type: ignore[union-attr]
    assert view.side.conflicts.item(0).text() == (
        "⚠  H.E. Sayasat Nurbek (precedence 1) sits further from the host than H.E. Alim "
        "Bayel (precedence 2)")

    ctx.undo_stack.undo()
    assert people(stored(ctx)) == people(first)
    assert view.chart.seat_item(24).seat.person_key == "nurbek"  # type: ignore[union-attr]
    assert not view.chart.seat_item(5).warnings  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    assert people(stored(ctx)) == people(swapped)
    assert view.chart.seat_item(5).seat.person_key == "nurbek"  # type: ignore[union-attr]


def test_a_person_from_the_unseated_list_is_dropped_on_a_seat_and_back(qtbot, view) -> None:
    ctx = view.ctx
    first = placed(qtbot, view)
    unseat_person(ctx.db, KEY, None, "asadov", expected_version=first.version)
    reload(qtbot, view)
    model = view.unseated_model
    assert [p.key for p in model.people] == ["asadov"]
    assert model.index(0).data().startswith("⚠ ")  # a participant without a seat: a warning
    mime = model.mimeData([model.index(0)])
    assert drop(view.chart.viewport(), mime, seat_point(view, 13))  # an empty seat
    plan = stored(ctx)
    assert plan is not None and plan.seat_of("asadov") == 13 and plan.unseated == ()
    assert model.rowCount() == 0 and view.chart.seat_item(13).seat.person_key == "asadov"  # type: ignore[union-attr]

    # A seat's person dropped on the list is unseated.
    payload = view.chart.seat_drag(13)
    assert payload is not None
    list_view = view.side.unseated
    assert drop(list_view.viewport(), person_drag(payload), list_view.viewport().rect().center())
    QApplication.processEvents()  # the list reports the drop once its drop handling is over
    assert [p.key for p in stored(ctx).unseated] == ["asadov"]  # type: ignore[union-attr]
    assert [p.key for p in model.people] == ["asadov"]

    ctx.undo_stack.undo()  # back on seat 13
    assert stored(ctx).seat_of("asadov") == 13  # type: ignore[union-attr]
    ctx.undo_stack.undo()  # off the plan again
    assert stored(ctx).seat_of("asadov") is None  # type: ignore[union-attr]
    assert [p.key for p in model.people] == ["asadov"]
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert stored(ctx).seat_of("asadov") is None and model.rowCount() == 1  # type: ignore[union-attr]


def test_a_preview_and_a_drop_from_another_plan_are_refused(qtbot, view) -> None:
    ctx = view.ctx
    assert view.loaded.own_plan is None
    assert view.chart.seat_drag(1) is None  # a preview cannot be rearranged
    placed(qtbot, view)
    stranger = person_drag(PersonDrag("other-event/", "asadov", "Dr. Samir Asadov"))
    assert not drop(view.chart.viewport(), stranger, seat_point(view, 13))
    same_seat = view.chart.seat_drag(5)
    assert same_seat is not None
    assert not drop(view.chart.viewport(), person_drag(same_seat), seat_point(view, 5))
    assert ctx.undo_stack.count() == 0


# --- locking ---------------------------------------------------------------------------

def test_a_locked_seat_stays_when_placing_by_rule_again(qtbot, view) -> None:
    ctx = view.ctx
    first = placed(qtbot, view)
    assert drag_seat_to_seat(view, 24, 5)  # Nurbek to seat 5
    assert stored(ctx).seat_of("nurbek") == 5  # type: ignore[union-attr]
    # Lock it from the seat's context menu.
    menu = view.seat_menu(5)
    lock = next(action for action in menu.actions() if action.text() == "Lock seat 5")
    assert lock.shortcut().toString() == "Ctrl+L"
    lock.trigger()
    assert stored(ctx).seat(5).locked  # type: ignore[union-attr]
    item = view.chart.seat_item(5)
    assert item is not None and item.seat.locked and "Locked" in item.toolTip()
    # A locked seat is neither dragged from nor dropped on.
    assert view.chart.seat_drag(5) is None
    assert not drag_seat_to_seat(view, 2, 5)

    qtbot.mouseClick(view.controls.place_button, Qt.MouseButton.LeftButton)
    again = stored(ctx)
    assert again is not None and again.seat(5).person_key == "nurbek" and again.seat(5).locked
    assert again.seat(1).person_key == "amrullayev"  # the rest placed by the rule again
    assert again.seat(24).person_key != "nurbek"

    ctx.undo_stack.undo()  # place by rule
    assert stored(ctx).seat(5).locked and stored(ctx).seat(24).person_key == "rector-bhos"  # type: ignore[union-attr]
    ctx.undo_stack.undo()  # the lock
    assert not stored(ctx).seat(5).locked  # type: ignore[union-attr]
    assert not view.chart.seat_item(5).seat.locked  # type: ignore[union-attr]
    ctx.undo_stack.undo()  # the drag
    assert people(stored(ctx)) == people(first)
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert stored(ctx).seat(5).locked  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    assert people(stored(ctx)) == people(again)


# --- the keyboard ----------------------------------------------------------------------

def test_seats_are_reached_and_rearranged_with_the_keyboard(qtbot, view) -> None:
    ctx = view.ctx
    placed(qtbot, view)
    chart = view.chart
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    assert chart.current_seat == 1  # Tab into the chart: the first seat
    qtbot.keyClick(chart, Qt.Key.Key_Tab)
    assert chart.current_seat == 2
    assert view.details.text().startswith("Seat 2 · host's left — H.E. Alim Bayel")
    qtbot.keyClick(chart, Qt.Key.Key_Backtab)
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # seat 24 is left of seat 1 on screen
    assert chart.current_seat == 24
    qtbot.keyClick(chart, Qt.Key.Key_Return)  # pick Nurbek up …
    assert chart.carrying is not None and chart.carrying.person_key == "nurbek"
    assert "Carrying H.E. Sayasat Nurbek" in view.details.text()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current_seat == 2
    qtbot.keyClick(chart, Qt.Key.Key_Return)  # … and put him down: a swap
    assert (stored(ctx).seat_of("nurbek"), stored(ctx).seat_of("bayel")) == (2, 24)  # type: ignore[union-attr]
    assert chart.carrying is None
    qtbot.keyClick(chart, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert stored(ctx).seat(2).locked  # type: ignore[union-attr]
    qtbot.keyClick(chart, Qt.Key.Key_Delete)  # a locked seat keeps its person
    assert stored(ctx).seat_of("nurbek") == 2  # type: ignore[union-attr]
    qtbot.keyClick(chart, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chart, Qt.Key.Key_Delete)
    assert stored(ctx).seat_of("nurbek") is None  # type: ignore[union-attr]
    # From the unseated list: Enter picks him up, the chart takes the focus.
    view.side.unseated.setFocus()
    view.side.unseated.setCurrentIndex(view.unseated_model.index(0))
    qtbot.keyClick(view.side.unseated, Qt.Key.Key_Return)
    assert chart.hasFocus() and chart.carrying is not None and chart.carrying.seat is None
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.carrying is None
    assert ctx.undo_stack.count() == 4


# --- versions -----------------------------------------------------------------------------

def test_a_change_to_a_plan_changed_elsewhere_is_refused_and_reloaded(qtbot, view) -> None:
    ctx = view.ctx
    first = placed(qtbot, view)
    # Someone else swaps seats 3 and 4; the view still shows the plan it read.
    elsewhere = swap_seats(ctx.db, KEY, None, 3, 4, expected_version=first.version)
    assert view.loaded.own_plan.version == first.version  # type: ignore[union-attr]
    assert not view.swap(24, 2)
    assert stale_refusal(close_message_boxes())
    assert people(stored(ctx)) == people(elsewhere) and ctx.undo_stack.count() == 0
    reload(qtbot, view)
    assert view.loaded.own_plan.version == elsewhere.version  # type: ignore[union-attr]
    assert view.chart.seat_item(3).seat.person_key == elsewhere.seat(3).person_key  # type: ignore[union-attr]

    # An undo over someone else's change is refused too, and dropped.
    assert view.swap(24, 2)
    lock_seat(ctx.db, KEY, None, 10, expected_version=stored(ctx).version)  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    assert stale_refusal(close_message_boxes())
    now = stored(ctx)
    assert now is not None and now.seat_of("nurbek") == 2 and now.seat(10).locked
    assert ctx.undo_stack.count() == 0
    reload(qtbot, view)
    assert view.chart.seat_item(10).seat.locked  # type: ignore[union-attr]


# --- opened from the Overview ----------------------------------------------------------

def test_a_seating_warning_of_the_overview_opens_the_plan_in_this_view(qtbot, ui_ctx) -> None:
    from desktop_app.ui.main_window import MainWindow

    first = apply_seating(ui_ctx.db, KEY, None, "round:24", "precedence")
    swap_seats(ui_ctx.db, KEY, None, 1, 2, expected_version=first.version)  # host off honour
    apply_seating(ui_ctx.db, KEY, "panel", "u:9", "alphabetical")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    overview = window.view_at(0)
    deadline = time.monotonic() + 20
    while not (window.conflicts.current and window.warning_count > 0) \
            and time.monotonic() < deadline:
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(100)
    entries = [overview.warnings_list.item(row) for row in range(overview.warnings_list.count())]
    seating = [entry for entry in entries if entry.text().startswith("⚠  seating of the main")]
    assert seating and "sits at seat 2, not at the seat of honour" in " ".join(
        entry.text() for entry in seating)
    seating_index = next(index for index, (module, _c, _t) in enumerate(window.view_specs)
                         if module == "seating_view")
    panel_view = window.view_at(seating_index)
    assert isinstance(panel_view, SeatingView)
    panel_view.show_table("panel")  # the view was elsewhere: the warning must bring it back
    overview._open_warning(seating[0])
    assert window.navigation.currentRow() == seating_index
    view = window.views[seating_index]
    assert isinstance(view, SeatingView) and window.current_view() is view
    qtbot.waitUntil(lambda: not view.loading)
    assert view.target == "" and view.table_combo.currentText() == "Main table"
    assert view.chart.seat_item(2).warnings  # type: ignore[union-attr]  # the host, outlined
    conflicts = [view.side.conflicts.item(row).text()
                 for row in range(view.side.conflicts.count())]
    assert any("not at the seat of honour" in text for text in conflicts)
    assert view.show_record("seating", "panel")
    qtbot.waitUntil(lambda: not view.loading)
    assert view.table_combo.currentData() == "panel" and view.loaded.own_plan.layout == "u:9"  # type: ignore[union-attr]
    assert not view.show_record("agenda", "panel")

    # Preview / Print: the Documents view on the seating chart, or (a Documents view
    # without one) the chart generated through the documents service and opened.
    view.show_record("seating", "main")
    qtbot.waitUntil(lambda: not view.loading)
    opened: list[object] = []
    messages: list[str] = []
    view.printer.opener = opened.append
    ui_ctx.status_message.connect(messages.append)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    if not seating_document_available():  # the documents of this build print no seating
        assert messages == ["This version of Roundtable cannot print a seating chart yet."]
    elif window.current_view() is not view:
        documents = window.current_view()
        assert type(documents).__name__ == "DocumentsView" and documents.kind == "seating"
    else:
        qtbot.waitUntil(lambda: view.printer.task is None and bool(opened), timeout=30_000)
        result = view.printer.result
        assert result is not None and opened == [result.path] and result.kind == "seating"
        assert result.path.read_bytes().startswith(b"%PDF") and result.pages >= 1
    window.close()


# --- words ---------------------------------------------------------------------------------

def test_where_a_seat_is_and_why_a_flag_stands_there_are_said_in_the_interface_language(
        qapp) -> None:
    """The layout and the flag rules word them in English; the view shows them through the
    catalogues (a helper-built tr() once left them out of every catalogue)."""
    from desktop_app.domain.seating import FlagStand
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.views.seating_texts import flag_tooltip, seat_place

    stand = FlagStand(1, "KZ", 0.0, 0.0, (),
                      "guest country: the place of honour, at the host's right")
    assert seat_place("2nd to the host's left") == "2 seats to the host's left"
    assert seat_place("row 2, 1st on the host's right") == (
        "row 2, next to the centre on the host's right")
    assert seat_place("3rd to the right of the seat facing the host") == (
        "3 seats right of the seat facing the host")
    assert seat_place("somewhere new") == "somewhere new"
    assert flag_tooltip(stand) == ("Flag of Kazakhstan, 1 from the audience's left\n"
                                   "guest country: the place of honour, at the host's right")
    assert install_language("ru") == "ru"
    try:
        assert seat_place("seat of honour") == "почётное место"
        assert seat_place("2nd to the host's left") == (
            "2-е место слева от главы принимающей стороны")
        assert seat_place("row 1, centre") == "1-й ряд, центр"
        assert flag_tooltip(stand).startswith("Флаг: Казахстан, 1-й слева")
        assert "почётное место" in flag_tooltip(stand).splitlines()[1]
    finally:
        install_language("en")
