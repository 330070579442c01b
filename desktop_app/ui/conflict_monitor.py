"""The conflict warnings of the open event, kept current off the GUI thread.

Checking a large event (10,000 people, 2,000 agreements) reads the whole
event and takes a second or more, so it must not run in a slot. The monitor
recomputes in a worker after every committed change (changes arriving while
a check runs are folded into one more check) and announces the result with
``changed``; the overview, the agenda and the status bar all listen to this
one source instead of each checking on its own.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.services.events import check_event

from .context import UiContext
from .workers import Task, run_task

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
        self._db = ctx.db
        self.event_key = ""
        self.warnings: list[ConflictWarning] = []
        #: True once the warnings belong to ``event_key`` and no change is pending.
        self.current = False
        self._task: Task | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A short delay folds bursts of changes into one check and lets a new window paint
        # before the check competes with it for the interpreter.
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._start)
        ctx.event_changed.connect(self.set_event)
        ctx.data_changed.connect(
            lambda _topic, key: self.recheck() if key == self.event_key else None)
        self.set_event(ctx.event_key)

    def set_event(self, event_key: str) -> None:
        self.event_key = event_key
        self.warnings = []
        self.current = not event_key
        self.changed.emit(event_key, [])
        self.recheck()

    def recheck(self) -> None:
        """Check again soon (several calls in a row make one check)."""
        if not self.event_key:
            return
        self.current = False
        if self._task is not None:
            self._pending = True
        else:
            self._timer.start()

    def _start(self) -> None:
        key, db = self.event_key, self._db
        if not key:
            return
        self._pending = False
        self._task = run_task(lambda _progress, _cancelled: check_event(db, key),
                              succeeded=lambda result: self._done(key, result),
                              failed=self._failed, finished=self._finished)

    def _done(self, key: str, warnings: list[ConflictWarning]) -> None:
        if key != self.event_key or self._pending:
            return  # outdated: another check follows
        self.warnings = list(warnings)
        self.current = True
        self.changed.emit(key, self.warnings)

    def _failed(self, exc: Exception) -> None:
        if not self._pending:
            self.failed.emit(exc)

    def _finished(self) -> None:
        self._task = None
        if self._pending:
            self._timer.start()
