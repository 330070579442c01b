"""What every view and dialog receives: the database, the undo stack and the app's signals.

The composition root (``app.py``) builds one ``UiContext`` and passes it to
the main window, which passes it to each view. Views call services with
``ctx.db``, push their edits as undo commands onto ``ctx.undo_stack``, and
listen to ``data_changed`` to refresh; they never talk to each other directly.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.storage.database import Database


class UiContext(QObject):
    #: The current event changed (its key; "" when there is none).
    event_changed = Signal(str)
    #: A service committed a change: (topic, event_key). Topics: "events", "people",
    #: "organizations", "agenda", "agreements". Always delivered on the GUI thread.
    data_changed = Signal(str, str)
    #: Ask the main window to show a record: (kind, key), kind in "agenda" |
    #: "agreement" | "person" | "organization".
    navigate = Signal(str, str)
    #: A short message for the status bar.
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

    def close(self) -> None:
        self.db.unsubscribe(self._on_db_change)
