"""Undo commands for people and organizations (create, edit, delete with references).

Every snapshot (``PersonData.from_row`` …) carries the record's translations, so undoing
an edit or a deletion puts the position in each language back too."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from desktop_app.services.agenda import AgendaItemData, list_agenda, update_agenda_item
from desktop_app.services.agreements import (
    AgreementData,
    list_agreements,
    update_agreement,
)
from desktop_app.services.event_editing import EventData, get_event, update_event
from desktop_app.services.people import (
    OrganizationData,
    PersonData,
    create_organization,
    create_person,
    delete_organization,
    delete_person,
    list_people,
    update_organization,
    update_person,
)
from desktop_app.services.snapshots import (
    AgendaItemRow,
    AgreementRow,
    OrganizationRow,
    PersonRow,
)
from desktop_app.services.translated_texts import copied
from desktop_app.ui.context import UiContext

from .record_commands import IdRemap, ServiceCommand


def person_data_now(ids: IdRemap, data: PersonData) -> PersonData:
    """``data`` with the organization id of today (it may have been re-created)."""
    return dataclasses.replace(data, organization_id=ids.resolve("organization",
                                                                 data.organization_id),
                               local_names=dict(data.local_names),
                               translations=copied(data.translations))


def agreement_data_now(ids: IdRemap, data: AgreementData) -> AgreementData:
    """``data`` with today's ids of its organizations, signatories and witnesses."""
    from desktop_app.services.agreements import PartyData

    return dataclasses.replace(
        data,
        parties=[PartyData(ids.organization(p.organization_id),
                           ids.resolve("person", p.signatory_id)) for p in data.parties],
        witness_ids=[ids.person(w) for w in data.witness_ids],
        languages=list(data.languages) if data.languages is not None else None,
        readiness=dict(data.readiness), translations=copied(data.translations))


class CreatePersonCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, event_key: str, data: PersonData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Add {name}", "undo command").format(
            name=" ".join(filter(None, [data.given_name, data.family_name]))))
        self.event_key = event_key
        self.data = data
        self.person_id: int | None = None
        self.view: PersonRow | None = None

    def apply(self) -> None:
        view = create_person(self.ctx.db, self.event_key, person_data_now(self.ids, self.data))
        if self.person_id is not None:
            self.ids.moved("person", self.person_id, view.id)
        self.person_id, self.view = view.id, view
        self.data = dataclasses.replace(self.data, key=view.key)  # re-created under its key

    def revert(self) -> None:
        assert self.person_id is not None
        delete_person(self.ctx.db, self.ids.person(self.person_id), force=True)


class EditPersonCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, before: PersonRow, after: PersonData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Edit {name}", "undo command").format(name=before.full_name))
        self.person_id = before.id
        self.before = PersonData.from_row(before)
        self.after = after
        self._expected: int | None = before.version

    def apply(self) -> None:
        update_person(self.ctx.db, self.ids.person(self.person_id),
                      person_data_now(self.ids, self.after), expected_version=self._expected)
        self._expected = None  # later redo/undo replay over our own saves

    def revert(self) -> None:
        update_person(self.ctx.db, self.ids.person(self.person_id),
                      person_data_now(self.ids, self.before))


def _mentions_person(item: AgendaItemRow, person_id: int) -> bool:
    return person_id in item.speaker_ids or item.chair_id == person_id


def _agreement_mentions_person(agreement: AgreementRow, person_id: int) -> bool:
    return (person_id in agreement.witness_ids
            or any(p.signatory_id == person_id for p in agreement.parties))


class DeletePersonCommand(ServiceCommand):
    """Delete a person; undo re-creates them and puts them back where they were
    referred to (speaker lists, chairs, signatories, witnesses)."""

    def __init__(self, ctx: UiContext, event_key: str, person: PersonRow) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Delete {name}", "undo command").format(name=person.full_name))
        self.event_key = event_key
        self.person_id = person.id
        self.data = PersonData.from_row(person)
        self.items: list[AgendaItemRow] = []
        self.agreements: list[AgreementRow] = []
        # False for the first try: the service then refuses if anything refers to them.
        self.force = False

    def apply(self) -> None:
        person_id = self.ids.person(self.person_id)
        self.items = [i for i in list_agenda(self.ctx.db, self.event_key)
                      if _mentions_person(i, person_id)]
        self.agreements = [a for a in list_agreements(self.ctx.db, self.event_key)
                           if _agreement_mentions_person(a, person_id)]
        delete_person(self.ctx.db, person_id, force=self.force)

    def revert(self) -> None:
        old_id = self.ids.person(self.person_id)
        view = create_person(self.ctx.db, self.event_key, person_data_now(self.ids, self.data))
        self.ids.moved("person", old_id, view.id)
        for item in self.items:
            data = AgendaItemData.from_row(item)
            data.speaker_ids = [self.ids.person(s) for s in data.speaker_ids]
            data.chair_id = self.ids.resolve("person", data.chair_id)
            update_agenda_item(self.ctx.db, item.id, data)
        for agreement in self.agreements:
            update_agreement(self.ctx.db, self.ids.agreement(agreement.id),
                             agreement_data_now(self.ids, AgreementData.from_row(agreement)))


class CreateOrganizationCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, event_key: str, data: OrganizationData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Add {name}", "undo command").format(name=data.name))
        self.event_key = event_key
        self.data = data
        self.organization_id: int | None = None

    def apply(self) -> None:
        view = create_organization(self.ctx.db, self.event_key, self.data)
        if self.organization_id is not None:
            self.ids.moved("organization", self.organization_id, view.id)
        self.organization_id = view.id
        self.data = dataclasses.replace(self.data, key=view.key)

    def revert(self) -> None:
        assert self.organization_id is not None
        delete_organization(self.ctx.db, self.ids.organization(self.organization_id), force=True)


class EditOrganizationCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, before: OrganizationRow, after: OrganizationData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Edit {name}", "undo command").format(name=before.name))
        self.organization_id = before.id
        self.before = OrganizationData.from_row(before)
        self.after = after
        self._expected: int | None = before.version

    def apply(self) -> None:
        update_organization(self.ctx.db, self.ids.organization(self.organization_id),
                            self.after, expected_version=self._expected)
        self._expected = None

    def revert(self) -> None:
        update_organization(self.ctx.db, self.ids.organization(self.organization_id),
                            self.before)


class DeleteOrganizationCommand(ServiceCommand):
    """Delete an organization; undo re-creates it, gives its members back their
    organization and restores it as a host of the event."""

    def __init__(self, ctx: UiContext, event_key: str, organization: OrganizationRow) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Delete {name}", "undo command").format(name=organization.name))

        self.event_key = event_key
        self.organization_id = organization.id
        self.data = OrganizationData.from_row(organization)
        self.members: list[PersonRow] = []
        self.host_ids: list[int] = []
        # False for the first try: the service then refuses if anything refers to it.
        self.force = False

    def apply(self) -> None:
        org_id = self.ids.organization(self.organization_id)
        self.host_ids = list(get_event(self.ctx.db, self.event_key).host_ids)
        self.members = [p for p in list_people(self.ctx.db, self.event_key)
                        if p.organization_id == org_id]
        delete_organization(self.ctx.db, org_id, force=self.force)

    def revert(self) -> None:
        old_id = self.ids.organization(self.organization_id)
        view = create_organization(self.ctx.db, self.event_key, self.data)
        self.ids.moved("organization", old_id, view.id)
        for member in self.members:
            data = person_data_now(self.ids, PersonData.from_row(member))
            update_person(self.ctx.db, self.ids.person(member.id), data)
        if view.id in [self.ids.organization(h) for h in self.host_ids]:
            event = get_event(self.ctx.db, self.event_key)
            event_data = EventData.from_row(event)
            event_data.host_ids = [self.ids.organization(h) for h in self.host_ids]
            update_event(self.ctx.db, event.id, event_data)
