"""Undo and redo never overwrite someone else's change (issue 20, point 2).

Two instances on one database: this window (its real views, undo stack and message
boxes) and ``other``, a second ``Database`` as another organizer's window would hold.
On SQLite by default, on PostgreSQL with ``ROUNDTABLE_TEST_DB``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.errors import StaleDataError
from desktop_app.resources import sample_event_path
from desktop_app.services.activities import ActivityData, get_activity, update_activity
from desktop_app.services.agenda import (
    AgendaItemData,
    create_agenda_item,
    get_agenda_item,
    list_agenda,
    update_agenda_item,
)
from desktop_app.services.agreements import (
    AgreementData,
    get_agreement,
    list_agreements,
    set_readiness,
    update_agreement,
)
from desktop_app.services.event_editing import EventData, get_event, update_event
from desktop_app.services.events import import_event_file
from desktop_app.services.organizations import (
    OrganizationData,
    list_organizations,
    update_organization,
)
from desktop_app.services.people import PersonData, create_person, list_people, update_person
from desktop_app.services.renewals import get_termination, set_termination
from desktop_app.services.snapshots import AgendaItemRow, PersonRow
from desktop_app.storage.database import Database, open_database
from desktop_app.ui.context import UiContext
from desktop_app.ui.undo.agenda_commands import (
    CreateAgendaItemCommand,
    DeleteAgendaItemCommand,
    ShiftAgendaItemsCommand,
    edit_item_command,
)
from desktop_app.ui.undo.agreement_commands import (
    DeleteAgreementCommand,
    SetReadinessCommand,
    reorder_command,
)
from desktop_app.ui.undo.event_commands import EditEventCommand
from desktop_app.ui.undo.import_commands import ImportTableCommand, snapshot
from desktop_app.ui.undo.people_commands import (
    CreatePersonCommand,
    DeletePersonCommand,
    EditOrganizationCommand,
    EditPersonCommand,
)
from desktop_app.ui.undo.record_commands import push
from desktop_app.ui.undo.register_commands import (
    AddActivityCommand,
    EditActivityCommand,
    RenewCommand,
    TerminateCommand,
)
from desktop_app.ui.views.people_view import PeopleView
from tests import postgres_support
from tests.ui.message_boxes import close_message_boxes


@pytest.fixture
def ctx(qtbot, tmp_path: Path, ui_settings: QSettings,  # type: ignore[no-untyped-def]
        _postgres_template: bool) -> Iterator[UiContext]:
    """A window's context over the sample event, in a SQLite file or a PostgreSQL database."""
    url = (postgres_support.create_test_database() if _postgres_template
           else str(tmp_path / "shared.sqlite"))
    db = open_database(url)
    context = UiContext(db, ui_settings)
    context.set_event(import_event_file(db, sample_event_path()).event_key)
    yield context
    # Views load in the background: let them finish before the database goes.
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    close_message_boxes()
    context.close()
    db.dispose()
    if _postgres_template:
        postgres_support.drop_test_database(url)


@pytest.fixture
def other(ctx: UiContext) -> Iterator[Database]:
    """Another organizer's instance on the same database."""
    second = open_database(ctx.db.url, backup=False)
    yield second
    second.dispose()


def refused(what: str) -> bool:
    """The message box of a refused step said what a form's save over a stale record says."""
    messages = close_message_boxes()
    return len(messages) == 1 and re.fullmatch(
        what + r' "[^"]+" was changed by someone else; reload it and try again',
        messages[0]) is not None


def person(db: Database, ctx: UiContext, key: str) -> PersonRow:
    return next(p for p in list_people(db, ctx.event_key) if p.key == key)


def their_phone(other: Database, ctx: UiContext, key: str, phone: str) -> None:
    theirs = person(other, ctx, key)
    data = PersonData.from_row(theirs)
    data.phone = phone
    update_person(other, theirs.id, data, expected_version=theirs.version)


def confirmed_deletion(ctx: UiContext, shown: PersonRow) -> DeletePersonCommand:
    """Deleting ``shown`` as after "Delete anyway?" was answered yes."""
    command = DeletePersonCommand(ctx, ctx.event_key, shown)
    command.force = True
    return command


def test_undo_of_a_person_edit_keeps_the_phone_someone_else_saved(
        qtbot: QtBot, ctx: UiContext, other: Database) -> None:
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    before = person(ctx.db, ctx, "asadov")
    dialog = view.person_dialog(before)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.position.setText("Rector")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ctx.undo_stack.count() == 1

    their_phone(other, ctx, "asadov", "+994 12 555 55 55")
    ctx.undo_stack.undo()  # Ctrl+Z
    assert refused("person")
    now = person(ctx.db, ctx, "asadov")
    assert now.phone == "+994 12 555 55 55" and now.position == "Rector"
    # The refused step is dropped: nothing is left to undo or redo over their change.
    assert ctx.undo_stack.count() == 0 and not ctx.undo_stack.canRedo()


def test_two_own_edits_of_one_person_undo_and_redo_in_turn(ctx: UiContext) -> None:
    original = person(ctx.db, ctx, "asadov")
    for position in ("Rector", "President"):
        data = PersonData.from_row(person(ctx.db, ctx, "asadov"))
        data.position = position
        push(ctx, EditPersonCommand(ctx, person(ctx.db, ctx, "asadov"), data))
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert close_message_boxes() == []
    assert person(ctx.db, ctx, "asadov").position == original.position
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert close_message_boxes() == []
    assert person(ctx.db, ctx, "asadov").position == "President"


def test_undo_of_an_edit_after_someone_else_changed_the_person_in_between(
        ctx: UiContext, other: Database) -> None:
    """Edit, their change, my second edit (made on their change): undoing the second is
    fine, undoing the first would put back a phone from before their change: refused."""
    data = PersonData.from_row(person(ctx.db, ctx, "asadov"))
    data.position = "Rector"
    push(ctx, EditPersonCommand(ctx, person(ctx.db, ctx, "asadov"), data))
    their_phone(other, ctx, "asadov", "+994 12 555 55 55")
    data = PersonData.from_row(person(ctx.db, ctx, "asadov"))
    data.position = "President"
    push(ctx, EditPersonCommand(ctx, person(ctx.db, ctx, "asadov"), data))
    ctx.undo_stack.undo()
    assert close_message_boxes() == []
    ctx.undo_stack.undo()
    assert refused("person")
    now = person(ctx.db, ctx, "asadov")
    assert now.phone == "+994 12 555 55 55" and now.position == "Rector"


def test_redo_after_undo_is_refused_over_someone_elses_change(
        ctx: UiContext, other: Database) -> None:
    data = PersonData.from_row(person(ctx.db, ctx, "asadov"))
    data.position = "Rector"
    push(ctx, EditPersonCommand(ctx, person(ctx.db, ctx, "asadov"), data))
    ctx.undo_stack.undo()
    their_phone(other, ctx, "asadov", "+994 12 555 55 55")
    ctx.undo_stack.redo()
    assert refused("person")
    now = person(ctx.db, ctx, "asadov")
    assert now.phone == "+994 12 555 55 55" and now.position != "Rector"


def test_undo_of_adding_a_person_keeps_them_once_someone_else_changed_them(
        ctx: UiContext, other: Database) -> None:
    command = CreatePersonCommand(ctx, ctx.event_key, PersonData("Quliyev", "Rauf"))
    push(ctx, command)
    their_phone(other, ctx, "rauf-quliyev", "+994 50 111 11 11")
    ctx.undo_stack.undo()
    assert refused("person")
    assert person(ctx.db, ctx, "rauf-quliyev").phone == "+994 50 111 11 11"


def test_deleting_a_person_again_by_redo_is_refused_once_someone_else_changed_them(
        ctx: UiContext, other: Database) -> None:
    push(ctx, confirmed_deletion(ctx, person(ctx.db, ctx, "asadov")))
    ctx.undo_stack.undo()  # re-created
    assert close_message_boxes() == []
    their_phone(other, ctx, "asadov", "+994 12 555 55 55")
    ctx.undo_stack.redo()
    assert refused("person")
    assert person(ctx.db, ctx, "asadov").phone == "+994 12 555 55 55"


def test_deleting_a_person_is_refused_when_someone_else_changed_them_since_it_was_shown(
        ctx: UiContext, other: Database) -> None:
    shown = person(ctx.db, ctx, "asadov")
    their_phone(other, ctx, "asadov", "+994 12 555 55 55")
    with pytest.raises(StaleDataError, match="changed by someone else"):
        push(ctx, confirmed_deletion(ctx, shown))
    assert ctx.undo_stack.count() == 0
    assert person(ctx.db, ctx, "asadov").phone == "+994 12 555 55 55"


def test_undoing_a_deletion_is_refused_when_a_record_it_restores_changed(
        ctx: UiContext, other: Database) -> None:
    """The person was a speaker; someone else then renamed that agenda item: putting
    the person back into it would undo the renaming, so nothing is written."""
    speaker = next(p for p in list_people(ctx.db, ctx.event_key)
                   if any(p.id in i.speaker_ids for i in list_agenda(ctx.db, ctx.event_key)))
    command = confirmed_deletion(ctx, speaker)
    push(ctx, command)
    item = next(i for i in list_agenda(other, ctx.event_key) if i.id == command.items[0].id)
    renamed = AgendaItemData.from_row(item)
    renamed.title = "Renamed elsewhere"
    update_agenda_item(other, item.id, renamed, expected_version=item.version)
    ctx.undo_stack.undo()
    assert refused("agenda item")
    assert not any(p.key == speaker.key for p in list_people(ctx.db, ctx.event_key))
    assert any(i.title == "Renamed elsewhere" for i in list_agenda(ctx.db, ctx.event_key))


def test_undo_of_an_organization_edit_over_someone_elses_change_is_refused(
        ctx: UiContext, other: Database) -> None:
    mine = list_organizations(ctx.db, ctx.event_key)[0]
    data = OrganizationData.from_row(mine)
    data.city = "Ganja"
    push(ctx, EditOrganizationCommand(ctx, mine, data))
    theirs = next(o for o in list_organizations(other, ctx.event_key) if o.id == mine.id)
    their_data = OrganizationData.from_row(theirs)
    their_data.website = "https://example.org"
    update_organization(other, theirs.id, their_data, expected_version=theirs.version)
    ctx.undo_stack.undo()
    assert refused("organization")
    now = next(o for o in list_organizations(ctx.db, ctx.event_key) if o.id == mine.id)
    assert now.city == "Ganja" and now.website == "https://example.org"


def test_undo_of_an_agreement_change_over_someone_elses_change_is_refused(
        ctx: UiContext, other: Database) -> None:
    mine = list_agreements(ctx.db, ctx.event_key)[0]
    push(ctx, SetReadinessCommand(ctx, mine, "printed", not mine.readiness["printed"]))
    set_readiness(other, mine.id, "legal_review", not mine.readiness["legal_review"])
    ctx.undo_stack.undo()
    assert refused("agreement")
    now = get_agreement(ctx.db, mine.id)
    assert now.readiness["printed"] != mine.readiness["printed"]
    assert now.readiness["legal_review"] != mine.readiness["legal_review"]


def test_deleting_an_agreement_again_by_redo_is_refused_once_someone_else_changed_it(
        ctx: UiContext, other: Database) -> None:
    mine = list_agreements(ctx.db, ctx.event_key)[0]
    push(ctx, DeleteAgreementCommand(ctx, ctx.event_key, mine))
    ctx.undo_stack.undo()  # re-created
    assert close_message_boxes() == []
    restored = next(a for a in list_agreements(other, ctx.event_key) if a.key == mine.key)
    set_readiness(other, restored.id, "printed", not restored.readiness["printed"])
    ctx.undo_stack.redo()
    assert refused("agreement")
    assert get_agreement(ctx.db, restored.id).readiness["printed"] != mine.readiness["printed"]



def coffee(db: Database, ctx: UiContext) -> AgendaItemRow:
    return next(i for i in list_agenda(db, ctx.event_key) if i.key == "coffee")


def retitle(db: Database, item: AgendaItemRow, title: str) -> None:
    data = AgendaItemData.from_row(item)
    data.title = title
    update_agenda_item(db, item.id, data, expected_version=item.version)


def test_two_own_edits_of_one_agenda_item_undo_and_redo_in_turn(ctx: UiContext) -> None:
    """Each undo insisted on the version its own edit left, so undoing the first of two
    edits of one item was refused as "changed by someone else"."""
    original = coffee(ctx.db, ctx).title
    for title in ("One", "Two"):
        data = AgendaItemData.from_row(coffee(ctx.db, ctx))
        data.title = title
        ctx.undo_stack.push(edit_item_command(ctx.db, ctx.event_key, coffee(ctx.db, ctx), data))
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert close_message_boxes() == [] and coffee(ctx.db, ctx).title == original
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert close_message_boxes() == [] and coffee(ctx.db, ctx).title == "Two"


def test_undo_of_an_agenda_edit_over_someone_elses_change_is_refused(
        ctx: UiContext, other: Database) -> None:
    data = AgendaItemData.from_row(coffee(ctx.db, ctx))
    data.title = "Tea"
    ctx.undo_stack.push(edit_item_command(ctx.db, ctx.event_key, coffee(ctx.db, ctx), data))
    theirs = coffee(other, ctx)
    their_data = AgendaItemData.from_row(theirs)
    their_data.description = "Their note"
    update_agenda_item(other, theirs.id, their_data, expected_version=theirs.version)
    ctx.undo_stack.undo()
    assert refused("agenda item")
    now = coffee(ctx.db, ctx)
    assert now.title == "Tea" and now.description == "Their note"


def test_undo_of_adding_an_agenda_item_keeps_it_once_someone_else_changed_it(
        ctx: UiContext, other: Database) -> None:
    data = AgendaItemData.from_row(coffee(ctx.db, ctx))
    data.key, data.title = None, "Second coffee"
    command = CreateAgendaItemCommand(ctx.db, ctx.event_key, data)
    ctx.undo_stack.push(command)
    assert command.created is not None
    retitle(other, get_agenda_item(other, command.created.id), "Their coffee")
    ctx.undo_stack.undo()
    assert refused("agenda item")
    assert get_agenda_item(ctx.db, command.created.id).title == "Their coffee"


def test_deleting_an_agenda_item_again_by_redo_is_refused_once_someone_else_changed_it(
        ctx: UiContext, other: Database) -> None:
    ctx.undo_stack.push(DeleteAgendaItemCommand(ctx.db, ctx.event_key, coffee(ctx.db, ctx)))
    ctx.undo_stack.undo()  # re-created
    assert close_message_boxes() == []
    retitle(other, coffee(other, ctx), "Their coffee")
    ctx.undo_stack.redo()
    assert refused("agenda item")
    assert coffee(ctx.db, ctx).title == "Their coffee"


def test_event_edits_undo_in_turn_and_not_over_someone_elses_change(
        ctx: UiContext, other: Database) -> None:
    original = get_event(ctx.db, ctx.event_key).title
    for title in ("One", "Two"):
        before = get_event(ctx.db, ctx.event_key)
        data = EventData.from_row(before)
        data.title = title
        ctx.undo_stack.push(EditEventCommand(ctx.db, before, data))
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert close_message_boxes() == [] and get_event(ctx.db, ctx.event_key).title == original
    ctx.undo_stack.redo()
    theirs = get_event(other, ctx.event_key)
    their_data = EventData.from_row(theirs)
    their_data.description = "Their description"
    update_event(other, theirs.id, their_data, expected_version=theirs.version)
    ctx.undo_stack.undo()
    assert refused("event")
    now = get_event(ctx.db, ctx.event_key)
    assert now.title == "One" and now.description == "Their description"


def test_undo_of_a_termination_keeps_the_date_someone_else_corrected(
        ctx: UiContext, other: Database) -> None:
    mine = list_agreements(ctx.db, ctx.event_key)[0]
    push(ctx, TerminateCommand(ctx, mine.id, mine.reference, dt.date(2027, 6, 30), "Closed",
                               mine.version))
    theirs = get_termination(other, mine.id)
    set_termination(other, mine.id, dt.date(2027, 7, 31), "Closed",
                    expected_version=theirs.version)
    ctx.undo_stack.undo()
    assert refused("agreement")
    assert get_termination(ctx.db, mine.id).on == dt.date(2027, 7, 31)


def test_undo_of_an_activity_edit_or_addition_over_someone_elses_change_is_refused(
        ctx: UiContext, other: Database) -> None:
    mine = list_agreements(ctx.db, ctx.event_key)[0]
    add = AddActivityCommand(ctx, mine.id, mine.reference,
                             ActivityData(dt.date(2025, 9, 1), "visit"))
    push(ctx, add)
    assert add.view is not None
    push(ctx, EditActivityCommand(ctx, add.view, ActivityData(dt.date(2025, 9, 1), "visit", 3),
                                  mine.reference))
    theirs = get_activity(other, add.view.id)
    update_activity(other, theirs.id, ActivityData(dt.date(2025, 9, 1), "visit", 3, "Theirs"),
                    expected_version=theirs.version)
    ctx.undo_stack.undo()  # the edit
    assert refused("activity")
    ctx.undo_stack.undo()  # the addition
    assert refused("activity")
    assert get_activity(ctx.db, add.view.id).data.text == "Theirs"


def test_undo_of_a_renewal_keeps_a_successor_someone_else_edited(
        ctx: UiContext, other: Database) -> None:
    mine = list_agreements(ctx.db, ctx.event_key)[0]
    renew = RenewCommand(ctx, mine.id, mine.reference)
    push(ctx, renew)
    assert renew.renewal is not None
    successor = get_agreement(other, renew.renewal.successor_id)
    data = AgreementData.from_row(successor)
    data.notes = "Their notes"
    update_agreement(other, successor.id, data, expected_version=successor.version)
    ctx.undo_stack.undo()
    assert refused("agreement")
    assert get_agreement(ctx.db, successor.id).notes == "Their notes"


def test_undo_of_an_import_is_refused_when_someone_else_changed_a_record_it_wrote(
        ctx: UiContext, other: Database) -> None:
    """The import (here: its services, as the wizard's worker calls them) added a person
    and changed another; someone else then changes the phone of the changed one."""
    before = snapshot(ctx.db, ctx.event_key)
    create_person(ctx.db, ctx.event_key, PersonData("Quliyev", "Rauf"))
    changed = PersonData.from_row(person(ctx.db, ctx, "asadov"))
    changed.position = "Rector"
    update_person(ctx.db, person(ctx.db, ctx, "asadov").id, changed)
    ctx.undo_stack.push(ImportTableCommand(ctx, ctx.event_key, "people.xlsx", before,
                                           snapshot(ctx.db, ctx.event_key)))
    their_phone(other, ctx, "asadov", "+994 12 555 55 55")
    ctx.undo_stack.undo()
    assert refused("person")
    assert person(ctx.db, ctx, "asadov").phone == "+994 12 555 55 55"
    assert person(ctx.db, ctx, "asadov").position == "Rector"
    assert person(ctx.db, ctx, "rauf-quliyev")  # nothing written: still there


def test_undo_of_a_signing_order_change_keeps_an_order_someone_else_changed(
        ctx: UiContext, other: Database) -> None:
    planned = [a for a in list_agreements(ctx.db, ctx.event_key) if a.signing_item_id]
    item_id = planned[0].signing_item_id
    assert item_id is not None
    signings = sorted((a for a in planned if a.signing_item_id == item_id),
                      key=lambda a: a.signing_order or 0)
    push(ctx, reorder_command(ctx, item_id, signings, [a.id for a in reversed(signings)]))
    theirs = get_agreement(other, signings[0].id)
    data = AgreementData.from_row(theirs)
    data.signing_order = 99
    update_agreement(other, theirs.id, data, expected_version=theirs.version)
    ctx.undo_stack.undo()
    assert refused("agreement")
    assert get_agreement(ctx.db, signings[0].id).signing_order == 99
    assert get_agreement(ctx.db, signings[-1].id).signing_order \
        != signings[-1].signing_order  # nothing put back


def test_a_shift_undoes_and_redoes_but_not_over_someone_elses_move(
        ctx: UiContext, other: Database) -> None:
    items = [coffee(ctx.db, ctx)]
    ctx.undo_stack.push(ShiftAgendaItemsCommand(ctx.db, ctx.event_key, items, 15, "Shift"))
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert close_message_boxes() == []
    retitle(other, coffee(other, ctx), "Their coffee")
    ctx.undo_stack.undo()
    assert refused("agenda item")
    now = coffee(ctx.db, ctx)
    assert now.title == "Their coffee" and now.start_time != items[0].start_time


def test_undoing_an_agenda_deletion_keeps_a_signing_slot_someone_else_gave(
        ctx: UiContext, other: Database) -> None:
    item = next(i for i in list_agenda(ctx.db, ctx.event_key)
                if any(a.signing_item_id == i.id for a in list_agreements(ctx.db, ctx.event_key)))
    signing = next(a for a in list_agreements(ctx.db, ctx.event_key)
                   if a.signing_item_id == item.id)
    second = AgendaItemData.from_row(item)
    second.key, second.title = None, "Second signing"
    elsewhere = create_agenda_item(ctx.db, ctx.event_key, second)
    ctx.undo_stack.push(DeleteAgendaItemCommand(ctx.db, ctx.event_key, item))
    theirs = get_agreement(other, signing.id)
    data = AgreementData.from_row(theirs)
    data.signing_item_id, data.signing_order = elsewhere.id, 1
    update_agreement(other, theirs.id, data, expected_version=theirs.version)
    ctx.undo_stack.undo()
    assert refused("agreement")
    assert get_agreement(ctx.db, signing.id).signing_item_id == elsewhere.id
    assert not any(i.key == item.key for i in list_agenda(ctx.db, ctx.event_key))
