"""Running long work (PDF batches, imports, exports) off the GUI thread.

``run_task`` starts ``work(progress, cancelled)`` on Qt's thread pool. The
work reports ``progress(done, total)`` and polls ``cancelled()``; results,
errors and progress come back as signals on the GUI thread. The work must
not touch widgets: it calls services, which open their own sessions.

``LatestResult`` keeps one result current (the open event's conflict warnings, its
changes since the last published version): it runs the work again after each change,
folding the changes that arrive meanwhile into one more run.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class TaskCancelled(Exception):
    """Raised by work that noticed ``cancelled()`` and stopped."""


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled_signal = Signal()
    finished = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.traceback_text = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """Whether ``cancel`` was called (the import wizard greys its Stop button)."""
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total),
                                self._cancel.is_set)
        except TaskCancelled:
            self.cancelled_signal.emit()
        except Exception as exc:  # reported to the GUI, which shows and logs it
            self.traceback_text = traceback.format_exc()
            if self._cancel.is_set():
                self.cancelled_signal.emit()
            else:
                self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled_signal.emit()
            else:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.run()


_running: set[Task] = set()


def _while_alive(receiver: QObject, slot: Callable[..., None]) -> Callable[..., None]:
    """``slot``, called only while ``receiver``'s C++ object exists."""
    def call(*args: Any) -> None:
        if shiboken6.isValid(receiver):
            slot(*args)
    return call


def run_task(work: Work, *, succeeded: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None,
             progressed: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], None] | None = None,
             finished: Callable[[], None] | None = None,
             pool: QThreadPool | None = None,
             receiver: QObject | None = None) -> Task:
    """Start ``work`` in the background and return its ``Task``.

    Callbacks are connected *before* the work starts (a signal emitted from the
    worker before anyone connected would be lost); they run on the GUI thread.
    With a ``receiver`` (the widget the callbacks belong to), they are skipped once
    its C++ object is gone: a window closed while its work ran has nothing to show the
    result in, and a lambda, unlike a bound slot, is not disconnected by Qt.
    """
    task = Task(work)
    for signal, slot in ((task.succeeded, succeeded), (task.failed, failed),
                         (task.progressed, progressed), (task.cancelled_signal, cancelled),
                         (task.finished, finished)):
        if slot is not None:
            signal.connect(slot if receiver is None else _while_alive(receiver, slot))
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


class LatestResult(QObject):
    """``work(key)`` for the current ``key`` (an event), done again on each ``request``.

    A request starts the work in a worker after ``delay_ms`` (a burst of requests makes
    one run, and a new window paints before the work competes with it for the
    interpreter); requests arriving while it runs make one more run after it. Only the
    newest run for the current key is heard: ``done(key, result)``, or ``failed(exc)``;
    a result another run follows, or of another key, is dropped.
    """

    done = Signal(str, object)
    failed = Signal(object)

    def __init__(self, parent: QObject, work: Callable[[str], Any], delay_ms: int) -> None:
        super().__init__(parent)
        self._work = work
        self.key = ""
        self._task: Task | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def request(self) -> None:
        """Run again soon (several calls in a row make one run); nothing without a key."""
        if not self.key:
            return
        if self._task is not None:
            self._pending = True
        else:
            self._timer.start()

    def _start(self) -> None:
        key, work = self.key, self._work
        if not key:
            return
        self._pending = False
        self._task = run_task(lambda _progress, _cancelled: work(key),
                              succeeded=lambda result: self._succeeded(key, result),
                              failed=self._failed, finished=self._finished, receiver=self)

    def _succeeded(self, key: str, result: object) -> None:
        if key == self.key and not self._pending:
            self.done.emit(key, result)

    def _failed(self, exc: Exception) -> None:
        if not self._pending:
            self.failed.emit(exc)

    def _finished(self) -> None:
        self._task = None
        if self._pending:
            self._timer.start()
