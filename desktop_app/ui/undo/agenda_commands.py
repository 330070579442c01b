"""Undoable agenda edits: edit, move, resize, shift, create, delete."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import NotFoundError, StaleDataError
from desktop_app.services.agenda import (
    AgendaItemData,
    create_agenda_item,
    delete_agenda_item,
    get_agenda_item,
    list_agenda,
    shift_agenda_items,
    update_agenda_item,
)
from desktop_app.services.agreements import (
    AgreementData,
    list_agreements,
    update_agreement,
)
from desktop_app.services.snapshots import AgendaItemRow, AgreementRow
from desktop_app.storage.database import Database

from .base import KeptRecord, ServiceCommand, Stored

# The first application of a change: called with the expected version, returns the result.
FirstApply = Callable[[int], AgendaItemRow]


def locate(db: Database, event_key: str, item_id: int, key: str) -> int:
    """The item's current id, found by key when a deletion and re-creation (by undo or
    redo) gave it a new row; SQLite may even hand the old id to the new row."""
    try:
        if get_agenda_item(db, item_id).key == key:
            return item_id
    except NotFoundError:
        pass
    found = next((i for i in list_agenda(db, event_key) if i.key == key), None)
    if found is None:
        raise NotFoundError("agenda item", key)
    return found.id


def kept_item(db: Database, version: int | None) -> KeptRecord[AgendaItemData]:
    def read(item_id: int) -> Stored[AgendaItemData]:
        view = get_agenda_item(db, item_id)
        return Stored(view.key, AgendaItemData.from_row(view), view.version)

    return KeptRecord("agenda item", read, lambda data: data, version)


class ChangeAgendaItemCommand(ServiceCommand):
    """Any change to one item (edit, move, resize). The first ``redo`` runs ``first``
    (e.g. ``move_agenda_item``, which snaps); later ones restore the result it gave.
    Undo and redo are refused when someone else changed the item since (``KeptRecord``:
    this window's own later steps on it, undone first, do not count)."""

    def __init__(self, db: Database, event_key: str, before: AgendaItemRow, first: FirstApply,
                 text: str, parent_widget: QWidget | None = None) -> None:
        super().__init__(text, parent_widget)
        self._db, self._event_key = db, event_key
        self.before = before
        self._first: FirstApply | None = first
        self.after: AgendaItemRow | None = None
        self.record = kept_item(db, before.version)

    def _stored(self, view: AgendaItemRow) -> AgendaItemRow:
        self.record.stored(AgendaItemData.from_row(view))
        return view

    def forward(self) -> None:
        if self._first is not None:
            self.after = self._stored(self._first(self.before.version))
            self._first = None
            return
        assert self.after is not None
        item_id = locate(self._db, self._event_key, self.before.id, self.before.key)
        self.after = self._stored(update_agenda_item(
            self._db, item_id, AgendaItemData.from_row(self.after),
            expected_version=self.record.expected_version(item_id)))

    def backward(self) -> None:
        assert self.after is not None
        item_id = locate(self._db, self._event_key, self.after.id, self.after.key)
        self.before = self._stored(update_agenda_item(
            self._db, item_id, AgendaItemData.from_row(self.before),
            expected_version=self.record.expected_version(item_id)))


def edit_item_command(db: Database, event_key: str, before: AgendaItemRow,
                      data: AgendaItemData, parent_widget: QWidget | None = None
                      ) -> ChangeAgendaItemCommand:
    return ChangeAgendaItemCommand(
        db, event_key, before, lambda version: update_agenda_item(db, before.id, data, version),
        QCoreApplication.translate("AgendaCommands", "Edit “{title}”",
                                   "undo command: edit an agenda item").format(title=data.title),
        parent_widget)


class ShiftAgendaItemsCommand(ServiceCommand):
    """Move several items by the same number of minutes (all or none). Undo and redo
    are refused when someone else changed one of them since the last step."""

    def __init__(self, db: Database, event_key: str, items: list[AgendaItemRow], minutes: int,
                 text: str, parent_widget: QWidget | None = None) -> None:
        super().__init__(text, parent_widget)
        self._db, self._event_key, self.minutes = db, event_key, minutes
        self.keys = [item.key for item in items]
        # The items as the last step left them, by key (None before the first step).
        self.left: dict[str, AgendaItemData] | None = None

    def _ids(self) -> list[int]:
        by_key = {item.key: item for item in list_agenda(self._db, self._event_key)}
        missing = [key for key in self.keys if key not in by_key]
        if missing:
            raise NotFoundError("agenda item", missing[0])
        for key in self.keys:
            if self.left is not None and AgendaItemData.from_row(by_key[key]) != self.left[key]:
                raise StaleDataError("agenda item", key)
        return [by_key[key].id for key in self.keys]

    def _shift(self, minutes: int) -> None:
        shifted = shift_agenda_items(self._db, self._ids(), minutes)
        self.left = {item.key: AgendaItemData.from_row(item) for item in shifted}

    def forward(self) -> None:
        self._shift(self.minutes)

    def backward(self) -> None:
        self._shift(-self.minutes)


class CreateAgendaItemCommand(ServiceCommand):
    """Create an item; undo deletes it, redo creates it again under the same key."""

    def __init__(self, db: Database, event_key: str, data: AgendaItemData,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "AgendaCommands", "Add “{title}”", "undo command: add an agenda item")
            .format(title=data.title), parent_widget)
        self._db, self._event_key, self.data = db, event_key, data
        self.created: AgendaItemRow | None = None
        self.record = kept_item(db, None)

    def forward(self) -> None:
        self.created = create_agenda_item(self._db, self._event_key, self.data)
        self.data.key = self.created.key
        self.data.schedule_id = self.created.schedule_id  # a redo gives it back
        self.record.stored(AgendaItemData.from_row(self.created))

    def backward(self) -> None:
        assert self.created is not None
        item_id = locate(self._db, self._event_key, self.created.id, self.created.key)
        delete_agenda_item(self._db, item_id,
                           expected_version=self.record.expected_version(item_id))


class DeleteAgendaItemCommand(ServiceCommand):
    """Delete an item; undo recreates it and puts its signings back in their slots."""

    def __init__(self, db: Database, event_key: str, item: AgendaItemRow,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "AgendaCommands", "Delete “{title}”", "undo command: delete an agenda item")
            .format(title=item.title), parent_widget)

        self._db, self._event_key = db, event_key
        self.item_id = item.id
        self.data = AgendaItemData.from_row(item)
        self.record = kept_item(db, item.version)
        self._signings: list[AgreementRow] = []

    def forward(self) -> None:
        self.item_id = locate(self._db, self._event_key, self.item_id, str(self.data.key))
        expected = self.record.expected_version(self.item_id)
        self._signings = [a for a in list_agreements(self._db, self._event_key)
                          if a.signing_item_id == self.item_id]
        delete_agenda_item(self._db, self.item_id, expected_version=expected)

    def backward(self) -> None:
        current_by_id = {a.id: a for a in list_agreements(self._db, self._event_key)}
        for agreement in self._signings:
            # The deletion left it without a slot; someone else may have given it one since.
            current = current_by_id[agreement.id]
            if (current.signing_item_id, current.signing_order) != (None, None):
                raise StaleDataError("agreement", current.key)
        restored = create_agenda_item(self._db, self._event_key, self.data)
        self.item_id = restored.id
        self.record.stored(AgendaItemData.from_row(restored))
        for agreement in self._signings:
            current = current_by_id[agreement.id]
            data = AgreementData.from_row(current)
            data.signing_item_id, data.signing_order = restored.id, agreement.signing_order
            update_agreement(self._db, agreement.id, data, expected_version=current.version)
