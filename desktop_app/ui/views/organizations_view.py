"""The Organizations view: universities, ministries and the other bodies of the event."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.agreements import list_agreements
from desktop_app.services.event_editing import get_event
from desktop_app.services.organizations import OrganizationData, list_organizations
from desktop_app.services.snapshots import OrganizationRow
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.organization_dialog import OrganizationDialog
from desktop_app.ui.models.organizations_model import KIND_LABELS, OrganizationsTableModel
from desktop_app.ui.undo.people_commands import (
    CreateOrganizationCommand,
    DeleteOrganizationCommand,
    EditOrganizationCommand,
)
from desktop_app.ui.undo.record_commands import push

from .feedback import report_error, run_modal
from .record_list import ListTexts, RecordListView, delete_with_confirmation


class OrganizationsView(RecordListView):
    title = "Organizations"
    record_kind = "organization"
    topics = ("organizations",)
    column_widths = (330, 110, 330, 110, 84, 150)
    stretch_column = 0

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OrganizationsTableModel(), parent)

    def column_vocabularies(self) -> dict[int, list[str]]:
        return {3: list(KIND_LABELS.values())}  # the Kind column

    def list_texts(self) -> ListTexts:
        return ListTexts(
            title=self.tr("Organizations"),
            filter_placeholder=self.tr("Filter organizations — any spelling, any script"),
            filter_name=self.tr("Filter organizations"),
            new_button=self.tr("New organization…"),
            new_name=self.tr("New organization"),
            edit_name=self.tr("Edit organization"),
            delete_name=self.tr("Delete organization"),
            empty=self.tr("No organizations yet.\nUse “New organization…” to add one."),
            no_match=self.tr("No organizations match “{filter}”."),
            count=lambda total: self.tr("%n organization(s)", "", total),
            filtered_count=lambda shown, total: self.tr(
                "{shown} of %n organization(s)", "", total).format(shown=shown),
            first_loading=lambda loaded: self.tr(
                "first %n organization(s) · loading…", "", loaded),
        )

    def load_records(self, event_key: str, limit: int | None = None  # noqa: ARG002
                     ) -> tuple[list[OrganizationRow], str]:
        """Every organization (an event has a few hundred at most: no first page)."""
        event = get_event(self.ctx.db, event_key)
        return list_organizations(self.ctx.db, event_key), event.primary_language

    def organization_dialog(self, organization: OrganizationRow | None = None
                            ) -> OrganizationDialog:
        key = self.ctx.event_key
        event = get_event(self.ctx.db, key)

        def save(data: OrganizationData) -> None:
            if organization is None:
                command = CreateOrganizationCommand(self.ctx, key, data)
                push(self.ctx, command)
                self.ctx.status_message.emit(self.tr("Added {name}").format(name=data.name))
                if command.organization_id is not None:
                    self.select_after_load(command.organization_id)
            else:
                push(self.ctx, EditOrganizationCommand(self.ctx, organization, data))
                self.ctx.status_message.emit(self.tr("Saved {name}").format(name=data.name))

        return OrganizationDialog(languages=event.languages, save=save,
                                  organization=organization, parent=self)

    def new_record(self) -> None:
        if self.ctx.event_key:
            try:
                run_modal(self.organization_dialog())
            except RoundtableError as exc:
                report_error(self, exc)

    def edit_selected(self) -> None:
        organization = self.selected()
        if organization is not None:
            try:
                run_modal(self.organization_dialog(organization))
            except RoundtableError as exc:
                report_error(self, exc)

    def delete_selected(self) -> None:
        organization = self.selected()
        if organization is None:
            return
        parties = [a.reference for a in list_agreements(self.ctx.db, self.ctx.event_key)
                   if any(p.organization_id == organization.id for p in a.parties)]
        if parties:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Cannot delete"),
                self.tr("{name} is a party to %n agreement(s). Remove it from it/them "
                        "(or delete it/them) first.", "", len(parties))
                .format(name=organization.name),
                QMessageBox.StandardButton.Ok, self)
            box.setInformativeText("\n".join(f"•  {ref}" for ref in parties[:12])
                                   + (" …" if len(parties) > 12 else ""))
            box.exec()
            return
        delete_with_confirmation(
            self, DeleteOrganizationCommand(self.ctx, self.ctx.event_key, organization),
            self.tr("Delete organization"),
            self.tr("{name} is referred to. Delete anyway? Its people will have no "
                    "organization (Undo puts everything back).").format(name=organization.name),
            self.tr("Deleted {name} — Undo restores it").format(name=organization.name))
