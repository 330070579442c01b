"""The People view: every participant of the event, filterable in any script."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.event_editing import get_event
from desktop_app.services.organizations import list_organizations
from desktop_app.services.people import PersonData, list_people
from desktop_app.services.snapshots import PersonRow
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.person_dialog import PersonDialog
from desktop_app.ui.models.people_model import PeopleTableModel
from desktop_app.ui.undo.people_commands import (
    CreatePersonCommand,
    DeletePersonCommand,
    EditPersonCommand,
)
from desktop_app.ui.undo.record_commands import push

from .feedback import report_error
from .record_list import ListTexts, RecordListView, delete_with_confirmation


class PeopleView(RecordListView):
    title = "People"
    record_kind = "person"
    topics = ("people", "organizations")
    first_page = 120
    column_widths = (250, 220, 270, 250, 84, 104)
    stretch_column = 3

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, PeopleTableModel(), parent)

    def list_texts(self) -> ListTexts:
        return ListTexts(
            title=self.tr("People"),
            filter_placeholder=self.tr("Filter people — any spelling, any script"),
            filter_name=self.tr("Filter people"),
            new_button=self.tr("New person…"),
            new_name=self.tr("New person"),
            edit_name=self.tr("Edit person"),
            delete_name=self.tr("Delete person"),
            empty=self.tr("No people yet.\nUse “New person…” to add one."),
            no_match=self.tr("No people match “{filter}”."),
            count=lambda total: self.tr("%n person(s)", "", total),
            filtered_count=lambda shown, total: self.tr(
                "{shown} of %n person(s)", "", total).format(shown=shown),
            first_loading=lambda loaded: self.tr("first %n person(s) · loading…", "", loaded),
        )

    def load_records(self, event_key: str, limit: int | None = None
                     ) -> tuple[list[PersonRow], str]:
        event = get_event(self.ctx.db, event_key)
        return list_people(self.ctx.db, event_key, limit=limit), event.primary_language

    def person_dialog(self, person: PersonRow | None = None) -> PersonDialog:
        """The form for ``person`` (or a new one); saving pushes an undo command."""
        key = self.ctx.event_key
        event = get_event(self.ctx.db, key)
        organizations = list_organizations(self.ctx.db, key)

        def save(data: PersonData) -> None:
            if person is None:
                command = CreatePersonCommand(self.ctx, key, data)
                push(self.ctx, command)
                self.ctx.status_message.emit(
                    self.tr("Added {name}").format(name=data.family_name))
                if command.person_id is not None:
                    self.select_after_load(command.person_id)
            else:
                push(self.ctx, EditPersonCommand(self.ctx, person, data))
                self.ctx.status_message.emit(
                    self.tr("Saved {name}").format(name=data.family_name))

        return PersonDialog(languages=event.languages, organizations=organizations, save=save,
                            person=person, parent=self)

    def _run(self, dialog: QDialog) -> None:
        dialog.exec()
        dialog.deleteLater()  # parented to the view: do not keep every closed form

    def new_record(self) -> None:
        if not self.ctx.event_key:
            return
        try:
            self._run(self.person_dialog())
        except RoundtableError as exc:
            report_error(self, exc)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is not None:
            try:
                self._run(self.person_dialog(person))
            except RoundtableError as exc:
                report_error(self, exc)

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        delete_with_confirmation(
            self, DeletePersonCommand(self.ctx, self.ctx.event_key, person),
            self.tr("Delete person"),
            self.tr("{name} is referred to in the programme or the agreements. Delete anyway? "
                    "These references will be removed (Undo puts them back).")
            .format(name=person.display_name),
            self.tr("Deleted {name} — Undo restores them").format(name=person.display_name))
