"""Loading a view's rows off the GUI thread, so switching to a big table never freezes.

One load runs at a time; a request made while one runs starts another when it
ends (the first result is dropped: it may predate the change that asked).
A synchronous ``reload`` elsewhere bumps the generation, so a result computed
before it is dropped too. A request may name a second load to run right after
the first is applied (a first page, then the whole list); ``partial`` is True
in between. Given ``paint_first``, that second load waits until the widget has
painted the first part: started at once, it would compete with the paint for the
interpreter and hold up a big table's first rows.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.ui.workers import Task, run_task

#: The second load starts at the latest this long after the first part is applied,
#: painted or not (a view hidden in between is never painted).
PAINT_WAIT_MS = 300


class _AfterPaint(QObject):
    """Calls ``callback`` once, in the event loop's turn after ``widget``'s next paint
    (or after ``PAINT_WAIT_MS`` if no paint comes)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        self._fallback = QTimer(self, singleShot=True, interval=PAINT_WAIT_MS)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # The paint is still to happen (filters see events first): call back after it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        self.deleteLater()
        callback()


class BackgroundLoader(QObject):
    def __init__(self, apply: Callable[[Any], None], failed: Callable[[Exception], None],
                 parent: QObject | None = None, *, paint_first: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._apply = apply
        #: The widget (a table's viewport) whose paint of a first part comes before the
        #: second load; None starts the second load as soon as the first is applied.
        self.paint_first: QWidget | None = paint_first
        #: A second load waiting for that paint.
        self._after_paint: Callable[[], Any] | None = None
        self._failed = failed
        self._task: Task | None = None
        self._again: Callable[[], Any] | None = None
        self._again_then: Callable[[], Any] | None = None
        self._then: Callable[[], Any] | None = None
        self._generation = 0
        self._task_generation = 0
        #: True while the applied result is a first part and the rest is loading.
        self.partial = False

    @property
    def busy(self) -> bool:
        return (self._task is not None or self._again is not None
                or self._after_paint is not None)

    def invalidate(self) -> None:
        """Drop the result of any load in flight (a fresher one was just applied)."""
        self._generation += 1
        self._again = self._again_then = self._then = self._after_paint = None
        self.partial = False

    def request(self, load: Callable[[], Any], then: Callable[[], Any] | None = None) -> None:
        """Run ``load()`` in a worker and hand its result to ``apply`` on the GUI thread;
        then, if given, the same for ``then()`` (``partial`` is True in between)."""
        self._after_paint = None  # this request's result supersedes a waiting second load
        if self._task is not None:
            self._again, self._again_then = load, then
            return
        self._then = then
        self._task_generation = self._generation
        # Bound methods of this QObject: if the view (and so the loader) is gone when
        # the worker finishes, Qt drops the connection instead of calling into it.
        self._task = run_task(lambda _progress, _cancelled: load(), succeeded=self._succeeded,
                              failed=self._failed_load, finished=self._finished)

    def _current(self) -> bool:
        return self._task_generation == self._generation and self._again is None

    def _succeeded(self, result: Any) -> None:
        if not self._current():
            return
        following, self._then = self._then, None
        self.partial = following is not None
        self._apply(result)
        if following is None or self._again is not None:
            return
        if self.paint_first is None:
            self._again = following  # started when this task finishes
            return
        self._after_paint = following
        generation = self._generation
        _AfterPaint(self.paint_first, lambda: self._start_after_paint(following, generation))

    def _start_after_paint(self, following: Callable[[], Any], generation: int) -> None:
        if generation != self._generation or self._after_paint is not following:
            return  # invalidated, or a newer request took over
        self._after_paint = None
        self.request(following)

    def _failed_load(self, exc: Exception) -> None:
        if self._current():
            self._failed(exc)

    def _finished(self) -> None:
        self._task = None
        again, then = self._again, self._again_then
        self._again = self._again_then = None
        if again is not None:
            self.request(again, then)
