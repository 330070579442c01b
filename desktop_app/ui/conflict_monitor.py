"""The conflict warnings of the open event, kept current off the GUI thread.

Checking a large event (10,000 people, 2,000 agreements) reads the whole
event and takes a second or more, so it must not run in a slot. The monitor
recomputes in a worker after every committed change (``workers.LatestResult``:
changes arriving while a check runs are folded into one more check) and announces the result with
``changed``; the overview, the agenda and the status bar all listen to this
one source instead of each checking on its own.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.services.events import check_event

from .context import UiContext
from .workers import LatestResult

#: Milliseconds between a change and the check it triggers.
CHECK_DELAY_MS = 150


def conflicts_of(ctx: UiContext) -> ConflictMonitor:
    """The one monitor of ``ctx`` (created on first use, owned by the context)."""
    monitor = ctx.findChild(ConflictMonitor)
    return monitor if isinstance(monitor, ConflictMonitor) else ConflictMonitor(ctx)


class ConflictMonitor(QObject):
    #: The warnings of the current event changed: (event_key, list[ConflictWarning]).
    changed = Signal(str, object)
    #: A check failed (the exception); the previous warnings stay.
    failed = Signal(object)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        db = ctx.db
        self.event_key = ""
        self.warnings: list[ConflictWarning] = []
        #: True once the warnings belong to ``event_key`` and no change is pending.
        self.current = False
        self._checks = LatestResult(self, lambda key: check_event(db, key), CHECK_DELAY_MS)
        self._checks.done.connect(self._done)
        self._checks.failed.connect(self.failed)
        ctx.event_changed.connect(self.set_event)
        ctx.data_changed.connect(
            lambda _topic, key: self.recheck() if key == self.event_key else None)
        self.set_event(ctx.event_key)

    def set_event(self, event_key: str) -> None:
        self.event_key = self._checks.key = event_key
        self.warnings = []
        self.current = not event_key
        self.changed.emit(event_key, [])
        self.recheck()

    def recheck(self) -> None:
        """Check again soon (several calls in a row make one check)."""
        if not self.event_key:
            return
        self.current = False
        self._checks.request()

    def _done(self, key: str, warnings: list[ConflictWarning]) -> None:
        self.warnings = list(warnings)
        self.current = True
        self.changed.emit(key, self.warnings)
