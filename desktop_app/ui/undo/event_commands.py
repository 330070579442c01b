"""Undoable edits of the event's own facts (title, dates, venue, rooms, languages).

Undo and redo are refused when someone else changed the event since (``KeptRecord``:
this window's own later edits of it, undone first, do not count)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.event_editing import EventData, get_event, update_event
from desktop_app.services.snapshots import EventRow
from desktop_app.storage.database import Database

from .base import KeptRecord, ServiceCommand, Stored


class EditEventCommand(ServiceCommand):
    def __init__(self, db: Database, before: EventRow, data: EventData,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "EventCommands", "Edit event details", "undo command"), parent_widget)

        self._db, self.before, self.data = db, before, data
        self.after: EventRow | None = None

        def read(_event_id: int) -> Stored[EventData]:
            view = get_event(db, before.key)
            return Stored(view.key, EventData.from_row(view), view.version)

        self.record = KeptRecord("event", read, lambda kept: kept, before.version)

    def _stored(self, view: EventRow) -> EventRow:
        self.record.stored(EventData.from_row(view))
        return view

    def forward(self) -> None:
        self.after = self._stored(update_event(
            self._db, self.before.id, self.data,
            expected_version=self.record.expected_version(self.before.id)))
        # Rooms created by this edit now have ids: a redo must keep them, not add new ones.
        self.data = EventData.from_row(self.after)

    def backward(self) -> None:
        assert self.after is not None
        self.before = self._stored(update_event(
            self._db, self.before.id, EventData.from_row(self.before),
            expected_version=self.record.expected_version(self.before.id)))
