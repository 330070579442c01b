"""One wording for an empty required field in every form (issue 16, point 17): the
agenda item editor said "must not be empty" where the person form said "Is required"."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.dialogs.organization_dialog import OrganizationDialog
from desktop_app.ui.dialogs.person_dialog import PersonDialog
from desktop_app.ui.views.agenda_view import AgendaView


def test_every_form_says_is_required(qtbot, ui_ctx) -> None:
    person = PersonDialog(languages=["en"], organizations=[], save=lambda _d: None)
    qtbot.addWidget(person)
    person.try_save()
    organization = OrganizationDialog(languages=["en"], save=lambda _d: None)
    qtbot.addWidget(organization)
    organization.try_save()
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    panel = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "panel")
    agenda = view.edit_item(panel.id)
    qtbot.addWidget(agenda)
    agenda.title_edit.setFocus()
    agenda.title_edit.selectAll()
    qtbot.keyClick(agenda.title_edit, Qt.Key.Key_Delete)
    agenda.topics_list.item(0).setText("   ")
    agenda.save()
    shown = {
        "person": person.messages.message("family_name"),
        "organization": organization.messages.message("name"),
        "agenda title": agenda.errors.messages()["title"],
    }
    assert set(shown.values()) == {"Is required"}, shown
    agenda.title_edit.setText("Panel")
    agenda.save()
    assert "is required" in agenda.errors.messages()["topics"]
    assert "must not be empty" not in agenda.errors.messages()["topics"]
