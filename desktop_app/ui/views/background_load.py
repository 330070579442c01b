"""Loading a view's rows off the GUI thread, so switching to a big table never freezes.

One load runs at a time; a request made while one runs starts another when it
ends (the first result is dropped: it may predate the change that asked).
A synchronous ``reload`` elsewhere bumps the generation, so a result computed
before it is dropped too. A request may name a second load to run right after
the first is applied (a first page, then the whole list); ``partial`` is True
in between.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop_app.ui.workers import Task, run_task


class BackgroundLoader(QObject):
    def __init__(self, apply: Callable[[Any], None], failed: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
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
        return self._task is not None or self._again is not None

    def invalidate(self) -> None:
        """Drop the result of any load in flight (a fresher one was just applied)."""
        self._generation += 1
        self._again = self._again_then = self._then = None
        self.partial = False

    def request(self, load: Callable[[], Any], then: Callable[[], Any] | None = None) -> None:
        """Run ``load()`` in a worker and hand its result to ``apply`` on the GUI thread;
        then, if given, the same for ``then()`` (``partial`` is True in between)."""
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
        if following is not None and self._again is None:
            self._again = following  # started when this task finishes

    def _failed_load(self, exc: Exception) -> None:
        if self._current():
            self._failed(exc)

    def _finished(self) -> None:
        self._task = None
        again, then = self._again, self._again_then
        self._again = self._again_then = None
        if again is not None:
            self.request(again, then)
