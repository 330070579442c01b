"""Where new things go (issue 16, point 8): a new agenda item starts after the last item
of the day in the room, or at the timeline slot that was double-clicked; a new agreement
goes into the event's signing item when it has exactly one."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.main_window import VIEWS, MainWindow
from desktop_app.ui.views.agreements_view import AgreementsView


@pytest.fixture
def agenda(qtbot, ui_ctx):
    win = MainWindow(ui_ctx, views=VIEWS[:2])
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.show_view(1)
    return win.current_view()


def _time(edit) -> dt.time:
    return dt.time(edit.time().hour(), edit.time().minute())


def _opened(qtbot, view):
    dialogs = [w for w in QApplication.topLevelWidgets()
               if type(w).__name__ == "AgendaItemDialog" and w.isVisible()]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    return dialogs[0]


def test_new_item_starts_after_the_last_item_of_the_room(qtbot, agenda, ui_ctx) -> None:
    qtbot.mouseClick(agenda.new_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, agenda)
    hall = agenda.event_view.rooms[0]
    assert dialog.room_combo.currentData() == hall.id
    assert _time(dialog.start_edit) == dt.time(13, 35)   # the signing ends at 13:35
    assert _time(dialog.end_edit) == dt.time(14, 5)
    dialog.reject()
    # With the coffee break selected, its room: after the reception (14:30).
    coffee = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "coffee")
    agenda.select_item(coffee.id)
    qtbot.mouseClick(agenda.new_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, agenda)
    assert dialog.room_combo.currentData() == coffee.room_id
    assert _time(dialog.start_edit) == dt.time(14, 30)
    dialog.reject()


def test_double_clicking_a_slot_starts_the_item_there(qtbot, agenda) -> None:
    timeline = agenda.timeline
    atrium_column = timeline.column_rect(1)
    y = timeline.y_of(15 * 60 + 20)                       # inside the 15:15 slot
    scene_point = QPointF(atrium_column.center().x(), y)
    timeline.ensureVisible(atrium_column.center().x(), y, 1, 1)
    QApplication.processEvents()
    point: QPoint = timeline.mapFromScene(scene_point)
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=point)
    dialog = _opened(qtbot, agenda)
    assert dialog.room_combo.currentData() == agenda.event_view.rooms[1].id
    assert _time(dialog.start_edit) == dt.time(15, 15)
    dialog.reject()


def test_a_new_agreement_goes_into_the_only_signing_item(qtbot, ui_ctx) -> None:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    dialog = view.agreement_dialog()
    qtbot.addWidget(dialog)
    signing = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "signing")
    assert dialog.signing_item.currentData() == signing.id
