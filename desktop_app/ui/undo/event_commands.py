"""Undoable edits of the event's own facts (title, dates, venue, rooms, languages)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.event_editing import EventData, update_event
from desktop_app.services.snapshots import EventRow
from desktop_app.storage.database import Database

from .base import ServiceCommand


class EditEventCommand(ServiceCommand):
    def __init__(self, db: Database, before: EventRow, data: EventData,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "EventCommands", "Edit event details", "undo command"), parent_widget)

        self._db, self.before, self.data = db, before, data
        self.after: EventRow | None = None

    def forward(self) -> None:
        self.after = update_event(self._db, self.before.id, self.data,
                                  expected_version=self.before.version)
        # Rooms created by this edit now have ids: a redo must keep them, not add new ones.
        self.data = EventData.from_row(self.after)

    def backward(self) -> None:
        assert self.after is not None
        self.before = update_event(self._db, self.before.id, EventData.from_row(self.before),
                                   expected_version=self.after.version)
