"""Running long work (PDF batches, imports, exports) off the GUI thread.

``run_task`` starts ``work(progress, cancelled)`` on Qt's thread pool. The
work reports ``progress(done, total)`` and polls ``cancelled()``; results,
errors and progress come back as signals on the GUI thread. The work must
not touch widgets: it calls services, which open their own sessions.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


def run_task(work: Work, *, succeeded: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None,
             progressed: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], None] | None = None,
             finished: Callable[[], None] | None = None,
             pool: QThreadPool | None = None) -> Task:
    """Start ``work`` in the background and return its ``Task``.

    Callbacks are connected *before* the work starts (a signal emitted from the
    worker before anyone connected would be lost); they run on the GUI thread.
    """
    task = Task(work)
    for signal, slot in ((task.succeeded, succeeded), (task.failed, failed),
                         (task.progressed, progressed), (task.cancelled_signal, cancelled),
                         (task.finished, finished)):
        if slot is not None:
            signal.connect(slot)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task
