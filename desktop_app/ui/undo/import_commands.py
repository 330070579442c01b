"""Undoing a spreadsheet import as one step.

The import itself runs in the wizard's worker, in one transaction. Around it the worker
takes a snapshot of the event's organizations, people and agreements (``snapshot``, the
services' plain data objects keyed by record id); the command compares the two.
Undo deletes the records the import created and puts back the values of those it
changed; redo creates them again (under the same ids, as the other undo commands do)
and sets the imported values again.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.agreements import (
    AgreementData,
    create_agreement,
    delete_agreement,
    list_agreements,
    update_agreement,
)
from desktop_app.services.organizations import (
    OrganizationData,
    create_organization,
    delete_organization,
    list_organizations,
    update_organization,
)
from desktop_app.services.people import (
    PersonData,
    create_person,
    delete_person,
    list_people,
    update_person,
)
from desktop_app.storage.database import Database
from desktop_app.ui.context import UiContext

from .people_commands import agreement_data_now, person_data_now
from .record_commands import IdRemap, ServiceCommand

# The kinds of records an import can touch, in the order they are created (an
# organization before its people, people before the agreements they sign).
KINDS = ("organization", "person", "agreement")


@dataclass
class Snapshot:
    """Each kind's records as ``{record id: data}``."""

    records: dict[str, dict[int, Any]] = field(default_factory=dict)


def snapshot(db: Database, event_key: str) -> Snapshot:
    """The event's organizations, people and agreements now (services only: a worker may
    call it)."""
    return Snapshot({
        "organization": {o.id: OrganizationData.from_row(o)
                         for o in list_organizations(db, event_key)},
        "person": {p.id: PersonData.from_row(p) for p in list_people(db, event_key)},
        "agreement": {a.id: AgreementData.from_row(a) for a in list_agreements(db, event_key)},
    })


class ImportTableCommand(ServiceCommand):
    """A whole spreadsheet import: pushed after it was stored, undone as one step."""

    def __init__(self, ctx: UiContext, event_key: str, file_name: str, before: Snapshot,
                 after: Snapshot) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "ImportCommands", "Import {file}", "undo command").format(file=file_name))
        self.event_key = event_key
        self.created: dict[str, dict[int, Any]] = {}
        self.changed: dict[str, dict[int, tuple[Any, Any]]] = {}
        for kind in KINDS:
            old, new = before.records.get(kind, {}), after.records.get(kind, {})
            self.created[kind] = {i: data for i, data in new.items() if i not in old}
            self.changed[kind] = {i: (old[i], data) for i, data in new.items()
                                  if i in old and old[i] != data}
        self._applied_by_execute = True  # stored by the wizard before it was pushed

    @property
    def empty(self) -> bool:
        return not any(self.created[k] or self.changed[k] for k in KINDS)

    def _now(self, kind: str, data: Any) -> Any:
        if kind == "person":
            return person_data_now(self.ids, data)
        if kind == "agreement":
            return agreement_data_now(self.ids, data)
        return dataclasses.replace(data, local_names=dict(data.local_names))

    def _resolve(self, kind: str, record_id: int) -> int:
        return IdRemap.resolve(self.ids, kind, record_id) or record_id

    def apply(self) -> None:
        db = self.ctx.db
        creators: dict[str, Callable[..., Any]] = {
            "organization": create_organization, "person": create_person,
            "agreement": create_agreement}
        updaters: dict[str, Callable[..., Any]] = {
            "organization": update_organization, "person": update_person,
            "agreement": update_agreement}
        for kind in KINDS:
            for old_id, data in self.created[kind].items():
                view = creators[kind](db, self.event_key, self._now(kind, data))
                self.ids.moved(kind, self._resolve(kind, old_id), view.id)
            for record_id, (_before, after) in self.changed[kind].items():
                updaters[kind](db, self._resolve(kind, record_id), self._now(kind, after))

    def revert(self) -> None:
        db = self.ctx.db
        updaters: dict[str, Callable[..., Any]] = {
            "organization": update_organization, "person": update_person,
            "agreement": update_agreement}
        for kind in reversed(KINDS):
            for record_id, (before, _after) in self.changed[kind].items():
                updaters[kind](db, self._resolve(kind, record_id), self._now(kind, before))
        for kind in reversed(KINDS):
            for old_id in self.created[kind]:
                record_id = self._resolve(kind, old_id)
                if kind == "agreement":
                    delete_agreement(db, record_id)
                elif kind == "person":
                    delete_person(db, record_id, force=True)
                else:
                    delete_organization(db, record_id, force=True)
