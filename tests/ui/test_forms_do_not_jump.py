"""Forms that hold still while the user types (issue 16, point 6): a field's message has
its line reserved, so nothing below it moves when a message comes or goes, and a field
the user has not been to yet says nothing ("is required") until they try to save."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.dialogs.organization_dialog import OrganizationDialog
from desktop_app.ui.dialogs.person_dialog import PersonDialog
from desktop_app.ui.views.agenda_view import AgendaView


def _y(widget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def test_a_new_person_form_says_nothing_until_touched_and_never_jumps(qtbot) -> None:
    dialog = PersonDialog(languages=["en", "az"], organizations=[], save=lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Untouched: no "is required" under the family name, though Save waits for it.
    assert dialog.messages.message("family_name") == ""
    assert not dialog.save_button.isEnabled()
    assert "Family name" in dialog.save_button.toolTip()
    below = _y(dialog.local_names["en"])
    # The user types a family name and deletes it: the message appears, nothing moves.
    dialog.family_name.setFocus()
    qtbot.keyClicks(dialog.family_name, "Q")
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Backspace)
    QApplication.processEvents()
    assert dialog.messages.message("family_name") != ""
    assert _y(dialog.local_names["en"]) == below
    qtbot.keyClicks(dialog.family_name, "Quliyev")
    QApplication.processEvents()
    assert dialog.messages.message("family_name") == ""
    assert _y(dialog.local_names["en"]) == below
    # A bad country code: its message appears, the fields below stay where they were.
    precedence = _y(dialog.precedence)
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "A")
    QApplication.processEvents()
    assert dialog.messages.message("country") != ""
    assert _y(dialog.precedence) == precedence


def test_trying_to_save_an_untouched_form_shows_every_message(qtbot) -> None:
    dialog = OrganizationDialog(languages=["en"], save=lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.messages.message("name") == ""
    assert dialog.messages.message("country") == ""
    dialog.try_save()
    assert dialog.messages.message("name") != ""
    assert dialog.messages.message("country") != ""


def test_the_agenda_item_editor_does_not_jump_or_steal_the_focus(qtbot, ui_ctx) -> None:
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    dialog = view.new_item()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.errors.messages() == {}          # nothing typed yet: no "is required"
    assert not dialog.save_button.isEnabled()
    room = _y(dialog.room_combo)
    dialog.end_edit.setFocus()
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.end_edit, "8")          # before the start
    QApplication.processEvents()
    assert "end" in dialog.errors.messages()
    assert dialog.end_edit.hasFocus()              # the focus stays where the user types
    assert _y(dialog.room_combo) == room
    assert "title" not in dialog.errors.messages()  # never visited
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Press briefing")
    assert dialog.title_edit.hasFocus()
    assert _y(dialog.room_combo) == room
    assert not [i for i in list_agenda(ui_ctx.db, ui_ctx.event_key)
                if i.title == "Press briefing"]
