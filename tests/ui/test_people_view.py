"""The People and Organizations views driven through their real widgets."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services.agenda import list_agenda
from desktop_app.services.agreements import list_agreements
from desktop_app.services.people import PersonData, create_person, list_people
from desktop_app.ui.views.organizations_view import OrganizationsView
from desktop_app.ui.views.people_view import PeopleView


def _view(qtbot, ui_ctx) -> PeopleView:
    view = PeopleView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading)  # rows load in the background
    return view


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, any script (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def _names(view: PeopleView) -> list[str]:
    return [view.model.record(row).family_name for row in range(view.model.rowCount())]


def _answer_next_box(qtbot, seen: list[str], button_text: str) -> None:
    """Click ``button_text`` in the next message box, remembering what it said."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, answer)


def test_filter_matches_any_case_accent_and_script(qtbot, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    create_person(db, key, PersonData(family_name="Hüseynli", given_name="İlqar",
                                      local_names={"az": "İlqar Hüseynli"}))
    view = _view(qtbot, ui_ctx)
    qtbot.keyClicks(view.filter_edit, "ilqar")
    assert _names(view) == ["Hüseynli"]
    view.filter_edit.clear()
    type_text(view.filter_edit, "нур")
    # Нұрбек, Нұрлан, and Эльнур (the Russian form of Elnur Məmmədov)
    assert sorted(_names(view)) == ["Mammadov", "Nurbek", "Sarsenbayev"]
    view.filter_edit.clear()
    type_text(view.filter_edit, "əmrul")
    assert _names(view) == ["Amrullayev"]
    view.filter_edit.setText("ismayilov")  # local name Tural İsmayılov
    assert _names(view) == ["Ismayilov"]
    assert "1 of 22" in view.count_label.text()
    view.filter_edit.setText("nobody-has-this-name")
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty_label
    view.filter_edit.clear()
    assert view.model.rowCount() == 22


def test_sorting_in_the_model_by_the_alphabet(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    names = _names(view)
    assert names == sorted(names, key=str.casefold)  # English alphabet for this event
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(view) == names[::-1]
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # precedence; unranked last
    ranks = [view.model.record(r).precedence for r in range(view.model.rowCount())]
    assert ranks[:4] == [1, 1, 2, 3] and all(r is None for r in ranks[4:])


def test_form_shows_problems_beside_the_field_and_disables_save(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    person = next(p for p in view.model.records if p.key == "pashayev")
    dialog = view.person_dialog(person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.isEnabled()
    dialog.family_name.clear()
    assert dialog.messages.message("family_name") == "Is required"
    assert not dialog.save_button.isEnabled()
    label = dialog.findChild(type(dialog.messages.general), "error_family_name")
    assert label is not None and label.isVisible()
    type_text(dialog.family_name, "Paşayev")
    assert dialog.messages.message("family_name") == ""
    dialog.country.clear()
    qtbot.keyClicks(dialog.country, "a")
    assert "two-letter country code" in dialog.messages.message("country")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.country, "z")
    assert dialog.country.text() == "AZ" and dialog.save_button.isEnabled()
    assert dialog.local_names["kk"].text() == "Хафиз Пашаев"
    dialog.local_names["kk"].clear()  # a local name taken out
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = next(p for p in list_people(ui_ctx.db, ui_ctx.event_key) if p.key == "pashayev")
    assert saved.family_name == "Paşayev"
    assert saved.local_names == {"az": "Hafiz Paşayev", "ru": "Хафиз Пашаев"}
    ui_ctx.undo_stack.undo()
    restored = next(p for p in list_people(ui_ctx.db, ui_ctx.event_key) if p.key == "pashayev")
    assert restored.family_name == "Pashayev" and restored.local_names["kk"] == "Хафиз Пашаев"
    ui_ctx.undo_stack.redo()
    again = next(p for p in list_people(ui_ctx.db, ui_ctx.event_key) if p.key == "pashayev")
    assert again.family_name == "Paşayev"


def test_service_refusal_on_save_is_shown_beside_the_field(qtbot, ui_ctx) -> None:
    from desktop_app.services.organizations import (
        OrganizationData,
        create_organization,
        delete_organization,
    )

    db, key = ui_ctx.db, ui_ctx.event_key
    org = create_organization(db, key, OrganizationData("Short-lived Institute", "other", "AZ"))
    view = _view(qtbot, ui_ctx)
    dialog = view.person_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family_name, "Aliyev")
    dialog.organization.setCurrentIndex(dialog.organization.findData(org.id))
    assert dialog.save_button.isEnabled()
    # Someone else deletes the organization before Save: the service refuses.
    delete_organization(db, org.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.messages.message("organization") == "Is not an organization of this event"
    assert not dialog.save_button.isEnabled()
    assert ui_ctx.undo_stack.count() == 0
    assert not any(p.family_name == "Aliyev" for p in list_people(db, key))


def test_new_person_through_the_form_then_undo(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    dialog = view.person_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # family name is required
    qtbot.keyClicks(dialog.given_name, "Aynur")
    type_text(dialog.family_name, "Qasımova")
    dialog.organization.setCurrentIndex(dialog.organization.findText("ADA University (ADA)"))
    dialog.precedence.setValue(7)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    person = next(p for p in list_people(ui_ctx.db, ui_ctx.event_key)
                  if p.family_name == "Qasımova")
    assert (person.organization_name, person.precedence) == ("ADA University", 7)
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().id == person.id)
    ui_ctx.undo_stack.undo()
    assert not any(p.family_name == "Qasımova" for p in list_people(ui_ctx.db, ui_ctx.event_key))
    ui_ctx.undo_stack.redo()
    assert any(p.family_name == "Qasımova" for p in list_people(ui_ctx.db, ui_ctx.event_key))


def test_deleting_a_referenced_person_asks_and_undo_restores_references(qtbot, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    view = _view(qtbot, ui_ctx)
    assert view.show_record("person", "pashayev")
    person = view.selected()
    signed_before = [a.reference for a in list_agreements(db, key)
                     if any(p.signatory_id == person.id for p in a.parties)]
    assert signed_before

    seen: list[str] = []
    _answer_next_box(qtbot, seen, "Cancel")
    view.delete_selected()
    assert seen and "Welcome speech" in seen[0] and f"signatory of {signed_before[0]}" in seen[0]
    assert any(p.key == "pashayev" for p in list_people(db, key))  # cancelled: still there

    seen.clear()
    _answer_next_box(qtbot, seen, "Delete")
    view.delete_selected()
    assert seen
    assert not any(p.key == "pashayev" for p in list_people(db, key))
    assert not any(person.id in i.speaker_ids for i in list_agenda(db, key))

    ui_ctx.undo_stack.undo()
    back = next(p for p in list_people(db, key) if p.key == "pashayev")
    welcome = next(i for i in list_agenda(db, key) if i.key == "welcome")
    assert back.id in welcome.speaker_ids
    assert sorted(a.reference for a in list_agreements(db, key)
                  if any(p.signatory_id == back.id for p in a.parties)) == sorted(signed_before)
    ui_ctx.undo_stack.redo()
    assert not any(p.key == "pashayev" for p in list_people(db, key))


def test_unreferenced_person_is_deleted_without_a_question(qtbot, ui_ctx) -> None:
    created = create_person(ui_ctx.db, ui_ctx.event_key, PersonData(family_name="Temp"))
    view = _view(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: view.model.row_of(created.id) >= 0)
    view.select_id(created.id)
    view.delete_selected()
    assert not any(p.id == created.id for p in list_people(ui_ctx.db, ui_ctx.event_key))


def test_organizations_view_filters_edits_and_refuses_deleting_a_party(qtbot, ui_ctx) -> None:
    from desktop_app.services.organizations import list_organizations

    view = OrganizationsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading)
    view.filter_edit.setText("BAKI DÖVL")  # Bakı Dövlət Universiteti
    assert [view.model.record(r).key for r in range(view.model.rowCount())] == ["bsu"]
    view.table.selectRow(0)
    dialog = view.organization_dialog(view.selected())
    qtbot.addWidget(dialog)
    dialog.country.clear()
    assert "Is required" in dialog.messages.message("country")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.country, "az")
    dialog.city.setText("Bakı")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    bsu = next(o for o in list_organizations(ui_ctx.db, ui_ctx.event_key) if o.key == "bsu")
    assert bsu.city == "Bakı"

    seen: list[str] = []
    _answer_next_box(qtbot, seen, "OK")
    view.delete_selected()
    assert seen and "party to" in seen[0] and "AZ-KZ/2025/002" in seen[0]
    assert any(o.key == "bsu" for o in list_organizations(ui_ctx.db, ui_ctx.event_key))


def test_deleting_a_host_organization_asks_and_undo_restores_members_and_host(
        qtbot, ui_ctx) -> None:
    from desktop_app.services.event_editing import get_event
    from desktop_app.services.organizations import list_organizations

    db, key = ui_ctx.db, ui_ctx.event_key
    view = OrganizationsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    assert view.show_record("organization", "moe-az")
    ministry = view.selected()
    assert ministry.id in get_event(db, key).host_ids
    members = [p.key for p in list_people(db, key) if p.organization_id == ministry.id]
    assert members

    seen: list[str] = []
    _answer_next_box(qtbot, seen, "Delete")
    view.delete_selected()
    assert seen and "host of the event" in seen[0] and "organization of" in seen[0]
    assert not any(o.key == "moe-az" for o in list_organizations(db, key))
    assert all(p.organization_id is None for p in list_people(db, key) if p.key in members)

    ui_ctx.undo_stack.undo()
    restored = next(o for o in list_organizations(db, key) if o.key == "moe-az")
    assert restored.id in get_event(db, key).host_ids
    assert {p.key for p in list_people(db, key) if p.organization_id == restored.id} == \
        set(members)
    ui_ctx.undo_stack.redo()
    assert not any(o.key == "moe-az" for o in list_organizations(db, key))


def test_undo_history_follows_a_person_recreated_by_undo(qtbot, ui_ctx) -> None:
    """Edit, delete, then undo both: the edit's undo finds the re-created person."""
    from desktop_app.ui.undo.people_commands import (
        DeletePersonCommand,
        EditPersonCommand,
    )
    from desktop_app.ui.undo.record_commands import push

    db, key = ui_ctx.db, ui_ctx.event_key
    person = next(p for p in list_people(db, key) if p.key == "asadov")
    data = PersonData.from_row(person)
    data.position = "Rector"
    push(ui_ctx, EditPersonCommand(ui_ctx, person, data))
    command = DeletePersonCommand(ui_ctx, key, next(p for p in list_people(db, key)
                                                    if p.key == "asadov"))
    command.force = True
    push(ui_ctx, command)
    ui_ctx.undo_stack.undo()  # re-created, with a new id
    recreated = next(p for p in list_people(db, key) if p.key == "asadov")
    assert recreated.id != person.id and recreated.position == "Rector"
    ui_ctx.undo_stack.undo()  # the edit's undo applies to the re-created person
    assert next(p for p in list_people(db, key) if p.key == "asadov").position == person.position
    ui_ctx.undo_stack.redo()
    ui_ctx.undo_stack.redo()
    assert not any(p.key == "asadov" for p in list_people(db, key))


def test_a_big_list_shows_its_first_page_then_the_rest(qtbot, ui_ctx, monkeypatch) -> None:
    from desktop_app.ui.views.people_view import PeopleView

    monkeypatch.setattr(PeopleView, "first_page", 5)
    view = PeopleView(ui_ctx)
    qtbot.addWidget(view)
    seen: list[tuple[int, str]] = []
    original = view._apply_loaded

    def spy(loaded):
        original(loaded)
        seen.append((view.model.total_count, view.count_label.text()))
    view.loader._apply = spy  # the loader calls the method it was given at construction
    view.show()
    qtbot.waitUntil(lambda: not view.loading and len(seen) >= 2, timeout=10_000)
    assert seen[0] == (5, "first 5 people · loading…")
    assert seen[1][0] == 21 and seen[1][1] == "21 people"
    assert not view.loader.partial
