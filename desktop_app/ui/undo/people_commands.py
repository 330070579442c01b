"""Undo commands for people and organizations (create, edit, delete with references).

Every snapshot (``PersonData.from_row`` …) carries the record's translations, so undoing
an edit or a deletion puts the position in each language back too. Every undo and redo
is refused, as a form's save is, when someone else changed the record since the
command's last step (``KeptRecord``), and so is undoing a deletion when a record it
puts references back into changed since."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import StaleDataError
from desktop_app.services.agenda import (
    AgendaItemData,
    get_agenda_item,
    list_agenda,
    update_agenda_item,
)
from desktop_app.services.agreements import (
    AgreementData,
    get_agreement,
    list_agreements,
    update_agreement,
)
from desktop_app.services.event_editing import EventData, get_event, update_event
from desktop_app.services.organizations import (
    OrganizationData,
    create_organization,
    delete_organization,
    get_organization,
    update_organization,
)
from desktop_app.services.people import (
    PersonData,
    create_person,
    delete_person,
    get_person,
    list_people,
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

from .base import KeptRecord, Stored
from .record_commands import IdRemap, ServiceCommand


def person_data_now(ids: IdRemap, data: PersonData) -> PersonData:
    """``data`` with the organization id of today (it may have been re-created)."""
    return dataclasses.replace(data, organization_id=ids.resolve("organization",
                                                                 data.organization_id),
                               local_names=dict(data.local_names),
                               translations=copied(data.translations))


def agenda_data_now(ids: IdRemap, data: AgendaItemData) -> AgendaItemData:
    """``data`` with today's ids of its speakers and chair."""
    return dataclasses.replace(data, speaker_ids=[ids.person(s) for s in data.speaker_ids],
                               chair_id=ids.resolve("person", data.chair_id))


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


def kept_person(ctx: UiContext, ids: IdRemap, version: int | None) -> KeptRecord[PersonData]:
    def read(person_id: int) -> Stored[PersonData]:
        view = get_person(ctx.db, person_id)
        return Stored(view.key, PersonData.from_row(view), view.version)

    return KeptRecord("person", read, lambda data: person_data_now(ids, data), version)


def kept_organization(ctx: UiContext, version: int | None) -> KeptRecord[OrganizationData]:
    def read(organization_id: int) -> Stored[OrganizationData]:
        view = get_organization(ctx.db, organization_id)
        return Stored(view.key, OrganizationData.from_row(view), view.version)

    return KeptRecord("organization", read, copied_organization, version)


def copied_organization(data: OrganizationData) -> OrganizationData:
    return dataclasses.replace(data, local_names=dict(data.local_names))


class CreatePersonCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, event_key: str, data: PersonData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Add {name}", "undo command").format(
            name=" ".join(filter(None, [data.given_name, data.family_name]))))
        self.event_key = event_key
        self.data = data
        self.person_id: int | None = None
        self.view: PersonRow | None = None
        self.record = kept_person(ctx, self.ids, None)

    def apply(self) -> None:
        view = create_person(self.ctx.db, self.event_key, person_data_now(self.ids, self.data))
        if self.person_id is not None:
            self.ids.moved("person", self.person_id, view.id)
        self.person_id, self.view = view.id, view
        self.data = dataclasses.replace(self.data, key=view.key)  # re-created under its key
        self.record.stored(PersonData.from_row(view))

    def revert(self) -> None:
        assert self.person_id is not None
        person_id = self.ids.person(self.person_id)
        delete_person(self.ctx.db, person_id, force=True,
                      expected_version=self.record.expected_version(person_id))


class EditPersonCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, before: PersonRow, after: PersonData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Edit {name}", "undo command").format(name=before.full_name))
        self.person_id = before.id
        self.before = PersonData.from_row(before)
        self.after = after
        self.record = kept_person(ctx, self.ids, before.version)

    def _store(self, data: PersonData) -> None:
        person_id = self.ids.person(self.person_id)
        view = update_person(self.ctx.db, person_id, person_data_now(self.ids, data),
                             expected_version=self.record.expected_version(person_id))
        self.record.stored(PersonData.from_row(view))

    def apply(self) -> None:
        self._store(self.after)

    def revert(self) -> None:
        self._store(self.before)


def _mentions_person(item: AgendaItemRow, person_id: int) -> bool:
    return person_id in item.speaker_ids or item.chair_id == person_id


def _agreement_mentions_person(agreement: AgreementRow, person_id: int) -> bool:
    return (person_id in agreement.witness_ids
            or any(p.signatory_id == person_id for p in agreement.parties))


def _refuse_if_changed(what: str, key: str, now: object, left: object) -> None:
    if now != left:
        raise StaleDataError(what, key)


class DeletePersonCommand(ServiceCommand):
    """Delete a person; undo re-creates them and puts them back where they were
    referred to (speaker lists, chairs, signatories, witnesses)."""

    def __init__(self, ctx: UiContext, event_key: str, person: PersonRow) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Delete {name}", "undo command").format(name=person.full_name))
        self.event_key = event_key
        self.person_id = person.id
        self.data = PersonData.from_row(person)
        self.record = kept_person(ctx, self.ids, person.version)
        self.items: list[AgendaItemRow] = []
        self.agreements: list[AgreementRow] = []
        # The referring records as the deletion left them: undo checks they still are.
        self.items_left: dict[int, AgendaItemData] = {}
        self.agreements_left: dict[int, AgreementData] = {}
        # False for the first try: the service then refuses if anything refers to them.
        self.force = False

    def apply(self) -> None:
        person_id = self.ids.person(self.person_id)
        expected = self.record.expected_version(person_id)
        items = [i for i in list_agenda(self.ctx.db, self.event_key)
                 if _mentions_person(i, person_id)]
        agreements = [a for a in list_agreements(self.ctx.db, self.event_key)
                      if _agreement_mentions_person(a, person_id)]
        delete_person(self.ctx.db, person_id, force=self.force, expected_version=expected)
        self.items, self.agreements = items, agreements
        self.items_left = {i.id: AgendaItemData.from_row(get_agenda_item(self.ctx.db, i.id))
                           for i in items}
        self.agreements_left = {a.id: AgreementData.from_row(get_agreement(self.ctx.db, a.id))
                                for a in agreements}

    def _versions_as_left(self) -> tuple[dict[int, int], dict[int, int]]:
        """The versions of the referring records, each checked to hold what the deletion
        left (before anything is written, so a refusal changes nothing)."""
        item_versions: dict[int, int] = {}
        for item_id, left in self.items_left.items():
            item = get_agenda_item(self.ctx.db, item_id)
            _refuse_if_changed("agenda item", item.key, AgendaItemData.from_row(item),
                               agenda_data_now(self.ids, left))
            item_versions[item_id] = item.version
        agreement_versions: dict[int, int] = {}
        for agreement_id, left_data in self.agreements_left.items():
            agreement = get_agreement(self.ctx.db, self.ids.agreement(agreement_id))
            _refuse_if_changed("agreement", agreement.key, AgreementData.from_row(agreement),
                               agreement_data_now(self.ids, left_data))
            agreement_versions[agreement_id] = agreement.version
        return item_versions, agreement_versions

    def revert(self) -> None:
        item_versions, agreement_versions = self._versions_as_left()
        old_id = self.ids.person(self.person_id)
        view = create_person(self.ctx.db, self.event_key, person_data_now(self.ids, self.data))
        self.ids.moved("person", old_id, view.id)
        self.record.stored(PersonData.from_row(view))
        for item in self.items:
            update_agenda_item(self.ctx.db, item.id,
                               agenda_data_now(self.ids, AgendaItemData.from_row(item)),
                               expected_version=item_versions[item.id])
        for agreement in self.agreements:
            update_agreement(self.ctx.db, self.ids.agreement(agreement.id),
                             agreement_data_now(self.ids, AgreementData.from_row(agreement)),
                             expected_version=agreement_versions[agreement.id])


class CreateOrganizationCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, event_key: str, data: OrganizationData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Add {name}", "undo command").format(name=data.name))
        self.event_key = event_key
        self.data = data
        self.organization_id: int | None = None
        self.record = kept_organization(ctx, None)

    def apply(self) -> None:
        view = create_organization(self.ctx.db, self.event_key, self.data)
        if self.organization_id is not None:
            self.ids.moved("organization", self.organization_id, view.id)
        self.organization_id = view.id
        self.data = dataclasses.replace(self.data, key=view.key)
        self.record.stored(OrganizationData.from_row(view))

    def revert(self) -> None:
        assert self.organization_id is not None
        organization_id = self.ids.organization(self.organization_id)
        delete_organization(self.ctx.db, organization_id, force=True,
                            expected_version=self.record.expected_version(organization_id))


class EditOrganizationCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, before: OrganizationRow, after: OrganizationData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Edit {name}", "undo command").format(name=before.name))
        self.organization_id = before.id
        self.before = OrganizationData.from_row(before)
        self.after = after
        self.record = kept_organization(ctx, before.version)

    def _store(self, data: OrganizationData) -> None:
        organization_id = self.ids.organization(self.organization_id)
        view = update_organization(self.ctx.db, organization_id, data,
                                   expected_version=self.record.expected_version(
                                       organization_id))
        self.record.stored(OrganizationData.from_row(view))

    def apply(self) -> None:
        self._store(self.after)

    def revert(self) -> None:
        self._store(self.before)


class DeleteOrganizationCommand(ServiceCommand):
    """Delete an organization; undo re-creates it, gives its members back their
    organization and restores it as a host of the event."""

    def __init__(self, ctx: UiContext, event_key: str, organization: OrganizationRow) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "PeopleCommands", "Delete {name}", "undo command").format(name=organization.name))

        self.event_key = event_key
        self.organization_id = organization.id
        self.data = OrganizationData.from_row(organization)
        self.record = kept_organization(ctx, organization.version)
        self.members: list[PersonRow] = []
        self.host_ids: list[int] = []
        # False for the first try: the service then refuses if anything refers to it.
        self.force = False

    def apply(self) -> None:
        org_id = self.ids.organization(self.organization_id)
        expected = self.record.expected_version(org_id)
        host_ids = list(get_event(self.ctx.db, self.event_key).host_ids)
        members = [p for p in list_people(self.ctx.db, self.event_key)
                   if p.organization_id == org_id]
        delete_organization(self.ctx.db, org_id, force=self.force, expected_version=expected)
        self.host_ids, self.members = host_ids, members

    def _member_versions(self) -> dict[int, int]:
        """Each member's version, checked to be as the deletion left them (no
        organization) before anything is written."""
        versions: dict[int, int] = {}
        for member in self.members:
            now = get_person(self.ctx.db, self.ids.person(member.id))
            left = dataclasses.replace(PersonData.from_row(member), organization_id=None)
            _refuse_if_changed("person", now.key, PersonData.from_row(now),
                               person_data_now(self.ids, left))
            versions[member.id] = now.version
        return versions

    def revert(self) -> None:
        versions = self._member_versions()
        old_id = self.ids.organization(self.organization_id)
        view = create_organization(self.ctx.db, self.event_key, self.data)
        self.ids.moved("organization", old_id, view.id)
        self.record.stored(OrganizationData.from_row(view))
        for member in self.members:
            data = person_data_now(self.ids, PersonData.from_row(member))
            update_person(self.ctx.db, self.ids.person(member.id), data,
                          expected_version=versions[member.id])
        if view.id in [self.ids.organization(h) for h in self.host_ids]:
            event = get_event(self.ctx.db, self.event_key)
            event_data = EventData.from_row(event)
            event_data.host_ids = [self.ids.organization(h) for h in self.host_ids]
            update_event(self.ctx.db, event.id, event_data, expected_version=event.version)
