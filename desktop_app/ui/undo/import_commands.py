"""Undoing a spreadsheet import as one step.

The import itself runs in the wizard's worker, in one transaction. Around it the worker
takes a snapshot of the event's organizations, people and agreements (``snapshot``, the
services' plain data objects keyed by record id); the command compares the two.
Undo deletes the records the import created and puts back the values of those it
changed; redo creates them again (under the same ids, as the other undo commands do)
and sets the imported values again. Either is refused, before anything is written,
when someone else changed one of those records since (as ``KeptRecord`` refuses for
one record), and each write insists on the version that check read.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import NotFoundError, StaleDataError
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

from .base import Stored
from .people_commands import agreement_data_now, person_data_now
from .record_commands import IdRemap, ServiceCommand

# The kinds of records an import can touch, in the order they are created (an
# organization before its people, people before the agreements they sign).
KINDS = ("organization", "person", "agreement")


@dataclass
class Snapshot:
    """Each kind's records as ``{record id: data}``."""

    records: dict[str, dict[int, Any]] = field(default_factory=dict)


def stored_now(db: Database, event_key: str) -> dict[str, dict[int, Stored[Any]]]:
    """The event's organizations, people and agreements now, each with its key and
    version (services only: a worker may call it)."""
    return {
        "organization": {o.id: Stored(o.key, OrganizationData.from_row(o), o.version)
                         for o in list_organizations(db, event_key)},
        "person": {p.id: Stored(p.key, PersonData.from_row(p), p.version)
                   for p in list_people(db, event_key)},
        "agreement": {a.id: Stored(a.key, AgreementData.from_row(a), a.version)
                      for a in list_agreements(db, event_key)},
    }


def snapshot(db: Database, event_key: str) -> Snapshot:
    """The event's organizations, people and agreements now, as plain data."""
    return Snapshot({kind: {record_id: stored.data for record_id, stored in records.items()}
                     for kind, records in stored_now(db, event_key).items()})


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

    def _versions(self, expected: dict[str, dict[int, Any]]) -> dict[str, dict[int, int]]:
        """The current version of each record in ``expected`` (kind -> record id -> the
        data it should hold), refused if one no longer holds that."""
        now = stored_now(self.ctx.db, self.event_key)
        versions: dict[str, dict[int, int]] = {}
        for kind in KINDS:
            versions[kind] = {}
            for old_id, data in expected.get(kind, {}).items():
                record_id = self._resolve(kind, old_id)
                stored = now[kind].get(record_id)
                if stored is None:
                    raise NotFoundError(kind, record_id)
                if stored.data != self._now(kind, data):
                    raise StaleDataError(kind, stored.key)
                versions[kind][record_id] = stored.version
        return versions

    def apply(self) -> None:
        db = self.ctx.db
        versions = self._versions({kind: {i: before for i, (before, _after)
                                          in self.changed[kind].items()} for kind in KINDS})
        creators: dict[str, Callable[..., Any]] = {
            "organization": create_organization, "person": create_person,
            "agreement": create_agreement}
        for kind in KINDS:
            for old_id, data in self.created[kind].items():
                view = creators[kind](db, self.event_key, self._now(kind, data))
                self.ids.moved(kind, self._resolve(kind, old_id), view.id)
            for record_id, (_before, after) in self.changed[kind].items():
                current = self._resolve(kind, record_id)
                UPDATERS[kind](db, current, self._now(kind, after),
                               expected_version=versions[kind][current])

    def revert(self) -> None:
        db = self.ctx.db
        versions = self._versions({kind: {**self.created[kind],
                                          **{i: after for i, (_before, after)
                                             in self.changed[kind].items()}}
                                   for kind in KINDS})
        for kind in reversed(KINDS):
            for record_id, (before, _after) in self.changed[kind].items():
                current = self._resolve(kind, record_id)
                UPDATERS[kind](db, current, self._now(kind, before),
                               expected_version=versions[kind][current])
        for kind in reversed(KINDS):
            for old_id in self.created[kind]:
                record_id = self._resolve(kind, old_id)
                expected = versions[kind][record_id]
                if kind == "agreement":
                    delete_agreement(db, record_id, expected_version=expected)
                elif kind == "person":
                    delete_person(db, record_id, force=True, expected_version=expected)
                else:
                    delete_organization(db, record_id, force=True, expected_version=expected)


UPDATERS: dict[str, Callable[..., Any]] = {
    "organization": update_organization, "person": update_person,
    "agreement": update_agreement}
