"""Undoable agenda edits: edit, move, resize, shift, create, delete."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.services.agenda import (
    AgendaItemData,
    create_agenda_item,
    delete_agenda_item,
    shift_agenda_items,
    update_agenda_item,
)
from desktop_app.services.agreements import (
    AgreementData,
    list_agreements,
    update_agreement,
)
from desktop_app.services.views import AgendaItemView, AgreementView
from desktop_app.storage.database import Database

from .base import ServiceCommand

#: The first application of a change: called with the expected version, returns the result.
FirstApply = Callable[[int], AgendaItemView]


class ChangeAgendaItemCommand(ServiceCommand):
    """Any change to one item (edit, move, resize). The first ``redo`` runs ``first``
    (e.g. ``move_agenda_item``, which snaps); later ones restore the result it gave."""

    def __init__(self, db: Database, before: AgendaItemView, first: FirstApply, text: str,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(text, parent_widget)
        self._db = db
        self.before = before
        self._first: FirstApply | None = first
        self.after: AgendaItemView | None = None

    def forward(self) -> None:
        if self._first is not None:
            self.after = self._first(self.before.version)
            self._first = None
            return
        assert self.after is not None
        self.after = update_agenda_item(self._db, self.before.id,
                                        AgendaItemData.from_view(self.after),
                                        expected_version=self.before.version)

    def backward(self) -> None:
        assert self.after is not None
        self.before = update_agenda_item(self._db, self.before.id,
                                         AgendaItemData.from_view(self.before),
                                         expected_version=self.after.version)


def edit_item_command(db: Database, before: AgendaItemView, data: AgendaItemData,
                      parent_widget: QWidget | None = None) -> ChangeAgendaItemCommand:
    return ChangeAgendaItemCommand(
        db, before, lambda version: update_agenda_item(db, before.id, data, version),
        f'Edit "{data.title}"', parent_widget)


class ShiftAgendaItemsCommand(ServiceCommand):
    """Move several items by the same number of minutes (all or none)."""

    def __init__(self, db: Database, item_ids: list[int], minutes: int, text: str,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(text, parent_widget)
        self._db, self.item_ids, self.minutes = db, list(item_ids), minutes

    def forward(self) -> None:
        shift_agenda_items(self._db, self.item_ids, self.minutes)

    def backward(self) -> None:
        shift_agenda_items(self._db, self.item_ids, -self.minutes)


class CreateAgendaItemCommand(ServiceCommand):
    """Create an item; undo deletes it, redo creates it again under the same key."""

    def __init__(self, db: Database, event_key: str, data: AgendaItemData,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(f'Add "{data.title}"', parent_widget)
        self._db, self._event_key, self.data = db, event_key, data
        self.created: AgendaItemView | None = None

    def forward(self) -> None:
        self.created = create_agenda_item(self._db, self._event_key, self.data)
        self.data.key = self.created.key

    def backward(self) -> None:
        assert self.created is not None
        delete_agenda_item(self._db, self.created.id)


class DeleteAgendaItemCommand(ServiceCommand):
    """Delete an item; undo recreates it and puts its signings back in their slots."""

    def __init__(self, db: Database, event_key: str, item: AgendaItemView,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(f'Delete "{item.title}"', parent_widget)
        self._db, self._event_key = db, event_key
        self.item_id = item.id
        self.data = AgendaItemData.from_view(item)
        self._signings: list[AgreementView] = []

    def forward(self) -> None:
        self._signings = [a for a in list_agreements(self._db, self._event_key)
                          if a.signing_item_id == self.item_id]
        delete_agenda_item(self._db, self.item_id)

    def backward(self) -> None:
        restored = create_agenda_item(self._db, self._event_key, self.data)
        self.item_id = restored.id
        current_by_id = {a.id: a for a in list_agreements(self._db, self._event_key)}
        for agreement in self._signings:
            current = current_by_id[agreement.id]
            data = AgreementData.from_view(current)
            data.signing_item_id, data.signing_order = restored.id, agreement.signing_order
            update_agreement(self._db, agreement.id, data, expected_version=current.version)
