"""The agenda item editor shows the conflicts the edited item would cause as the
organizer edits it, before saving (issue 16, point 7); saving stays allowed."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.views.agenda_view import AgendaView


def _dialog(qtbot, ui_ctx, key: str):
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    item = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == key)
    dialog = view.edit_item(item.id)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_moving_into_an_occupied_room_warns_before_saving(qtbot, ui_ctx) -> None:
    dialog = _dialog(qtbot, ui_ctx, "welcome")      # 10:00–10:10, Conference Hall
    assert not dialog.conflict_label.isVisible()
    dialog.start_edit.setFocus()
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.start_edit, "1015")      # into the Kazakh minister's address
    qtbot.waitUntil(lambda: dialog.conflict_label.isVisible(), timeout=3000)
    assert [w.code for w in dialog.conflict_warnings] == ["room-overlap"]
    assert "Address by the Minister" in dialog.conflict_label.text()
    # A speaker who is due in that address at the same time: a second warning.
    picker = dialog.speaker_picker
    picker.lineEdit().setFocus()
    qtbot.keyClicks(picker.lineEdit(), "nurbek")
    picker.search_completer.popup().hide()
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.conflict_warnings) == 2, timeout=3000)
    assert sorted(w.code for w in dialog.conflict_warnings) == ["person-overlap",
                                                                 "room-overlap"]
    assert dialog.save_button.isEnabled()            # saving stays allowed
    # Back to its own slot: the warnings go.
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.start_edit, "9")
    dialog.speakers_list.setCurrentRow(1)
    dialog.speakers_list.item(1).setSelected(True)
    dialog._remove_speaker()
    qtbot.waitUntil(lambda: not dialog.conflict_label.isVisible(), timeout=3000)


def test_a_new_item_over_another_warns_too(qtbot, ui_ctx) -> None:
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    coffee = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "coffee")
    dialog = view.new_item()
    qtbot.addWidget(dialog)
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(coffee.room_id))
    dialog.start_edit.setTime(dialog.start_edit.time().fromString("11:25", "HH:mm"))
    dialog.update_conflicts()
    assert [w.code for w in dialog.conflict_warnings] == ["room-overlap"]
    assert "Coffee break" in dialog.conflict_label.text()
