"""Typing a time in the agenda item editor as in a calendar application (issue 16,
point 5): click into 09:00 and type 1030; 10:30, 10.30 and 9 work too; the arrow keys
step by 5 minutes; the end keeps the item's length."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.views.agenda_view import AgendaView


@pytest.fixture
def dialog(qtbot, ui_ctx):
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    item = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "welcome")
    opened = view.edit_item(item.id)
    qtbot.addWidget(opened)
    qtbot.waitExposed(opened)
    return opened


def _click_and_type(qtbot, edit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(8, edit.height() // 2))
    qtbot.wait(10)   # the click selects the whole time
    QApplication.processEvents()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(("typed", "expected"), [
    ("1030", QTime(10, 30)), ("10:30", QTime(10, 30)), ("10.30", QTime(10, 30)),
    ("9", QTime(9, 0)), ("930", QTime(9, 30)), ("14h05", QTime(14, 5)),
])
def test_typing_a_time_after_clicking_into_the_field(qtbot, dialog, typed, expected) -> None:
    _click_and_type(qtbot, dialog.start_edit, typed)
    assert dialog.start_edit.time() == expected
    dialog.title_edit.setFocus()
    QApplication.processEvents()
    assert dialog.start_edit.text() == expected.toString("HH:mm")


def test_select_all_then_type_replaces_the_time(qtbot, dialog) -> None:
    edit = dialog.end_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "10:45")
    assert edit.time() == QTime(10, 45)


def test_arrow_keys_step_by_five_minutes(qtbot, dialog) -> None:
    edit = dialog.start_edit
    edit.setTime(QTime(10, 3))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.time() == QTime(10, 5)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.time() == QTime(10, 10)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.time() == QTime(9, 55)


def test_the_end_follows_the_start_and_a_bad_time_is_pointed_out(qtbot, dialog, ui_ctx) -> None:
    assert dialog.end_edit.time() == QTime(10, 10)   # welcome: 10:00–10:10
    _click_and_type(qtbot, dialog.start_edit, "1030")
    assert dialog.end_edit.time() == QTime(10, 40)
    _click_and_type(qtbot, dialog.end_edit, "25")
    assert not dialog.save_button.isEnabled()
    assert "1030" in dialog.errors.messages().get("end", "")
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.end_edit, "1045")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "welcome")
    assert (saved.start_time.hour, saved.start_time.minute) == (10, 30)
    assert (saved.end_time.hour, saved.end_time.minute) == (10, 45)
