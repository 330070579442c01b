"""What every view and dialog receives: the database, the undo stack and the app's signals.

The composition root (``app.py``) builds one ``UiContext`` and passes it to
the main window, which passes it to each view. Views call services with
``ctx.db``, push their edits as undo commands onto ``ctx.undo_stack``, and
listen to ``data_changed`` to refresh; they never talk to each other directly.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.domain.errors import RoundtableError
from desktop_app.storage.database import Database

# How often to look for changes committed by other instances (another window, a
# colleague on the shared server). One indexed query; cheap enough for the GUI thread.
EXTERNAL_POLL_MS = 2000


class UiContext(QObject):
    # The current event changed (its key; "" when there is none).
    event_changed = Signal(str)
    # A service committed a change: (topic, event_key). Topics: "events", "people",
    # "organizations", "agenda", "agreements". Always delivered on the GUI thread.
    data_changed = Signal(str, str)
    # Ask the main window to show a record: (kind, key), kind in "agenda" |
    # "agreement" | "person" | "organization".
    navigate = Signal(str, str)
    # A short message for the status bar.
    status_message = Signal(str)

    def __init__(self, db: Database, settings: QSettings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.undo_stack = QUndoStack(self)
        self._event_key = ""
        # Services may notify from worker threads; a queued signal hops to the GUI thread.
        self._relay.connect(self.data_changed, Qt.ConnectionType.QueuedConnection)
        db.subscribe(self._on_db_change)
        self.external_timer = QTimer(self)
        self.external_timer.setInterval(EXTERNAL_POLL_MS)
        self.external_timer.timeout.connect(self.poll_external_changes)
        self.external_timer.start()

    _relay = Signal(str, str)

    @property
    def event_key(self) -> str:
        return self._event_key

    def set_event(self, event_key: str) -> None:
        if event_key != self._event_key:
            self._event_key = event_key
            self.undo_stack.clear()
            self.event_changed.emit(event_key)

    def _on_db_change(self, topic: str, event_key: str) -> None:
        self._relay.emit(topic, event_key)

    def poll_external_changes(self) -> int:
        """Emit ``data_changed`` for what other instances committed; returns how many."""
        try:
            changes = self.db.external_changes()
        except RoundtableError:
            logging.getLogger(__name__).warning("could not poll for changes", exc_info=True)
            return 0
        for topic, event_key in changes:
            self.data_changed.emit(topic, event_key)
        if changes:
            self.status_message.emit(self.tr("Updated with changes made elsewhere"))
        return len(changes)

    def refresh_all(self) -> None:
        """Ask every view to reload (e.g. after a save was refused as outdated)."""
        for topic in ("events", "people", "organizations", "agenda", "agreements"):
            self.data_changed.emit(topic, self._event_key)

    def close(self) -> None:
        self.external_timer.stop()
        self.db.unsubscribe(self._on_db_change)
