"""The loading cycle of the views: what they show loads only while they are on screen.

A change notice (``UiContext.data_changed``, another event opened) marks a view
stale; a view on screen reloads at once or after ``reload_delay_ms``, a hidden
one when it is shown next, so opening the window never waits for a list nobody
looks at. Loads run in a worker (``BackgroundLoader``); an empty table first gets
``first_page`` rows, then the whole list. ``reload`` loads on the GUI thread, for
the view's own edits and for tests. Subclasses say what to load
(``load_job``), what an empty view shows (``empty_load``) and how to show a
result (``_apply_loaded``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

from desktop_app.domain.errors import RoundtableError
from desktop_app.ui.context import UiContext

from .background_load import BackgroundLoader
from .feedback import report_error, report_failure

#: What a view's load returns (records, or a tuple of what the view shows).
Loaded = TypeVar("Loaded")


class CountedRows(Protocol):
    """A view's table model: how many rows it holds before filtering."""

    @property
    def total_count(self) -> int: ...


#: The view's table model.
Model = TypeVar("Model", bound=CountedRows)


class LazyView(QWidget, Generic[Loaded]):
    """A view whose contents load in the background when it is on screen and stale."""

    #: Rows loaded first into an empty table while a big list loads (None: the whole list).
    first_page: int | None = None
    #: A notice reloads a view on screen after this many milliseconds, so that a burst of
    #: notices becomes one reload; None reloads at once.
    reload_delay_ms: int | None = None
    #: The ``data_changed`` topics that make the rows stale ("events" always does); None:
    #: every topic.
    topics: tuple[str, ...] | None = None
    #: True for a view of every event's records: a change in any event makes it stale.
    all_events = False

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        #: The record to select once the next load has brought it (``select_after_load``).
        self._select_after_load: int | None = None
        self.loader = BackgroundLoader(self._apply_loaded, self._load_failed, self)
        self._reload_timer: QTimer | None = None
        if self.reload_delay_ms is not None:
            self._reload_timer = QTimer(self, singleShot=True, interval=self.reload_delay_ms)
            self._reload_timer.timeout.connect(self._reload_if_visible)
        ctx.event_changed.connect(self._event_changed)
        ctx.data_changed.connect(self._data_changed)

    # --- what subclasses provide ---------------------------------------------------------
    def load_job(self, limit: int | None = None) -> Callable[[], Loaded] | None:
        """A function that loads what the view shows, or None when there is nothing to
        load (no event open). It is made on the GUI thread (it may read the widgets) and
        runs in a worker (services only); with ``limit``, it loads only the first rows
        in the table's initial order."""
        raise NotImplementedError

    def empty_load(self) -> Loaded:
        """What the view shows when nothing is loaded."""
        raise NotImplementedError

    def _apply_loaded(self, loaded: Loaded) -> None:
        """Show a load's result (a first page while ``loader.partial``)."""
        raise NotImplementedError

    def show_loading(self) -> None:
        """Say that rows are on their way to the empty table (nothing by default)."""

    def shows_nothing(self) -> bool:
        """True while the view shows nothing (it then gets a first page, if any)."""
        return False

    def selected(self) -> Any | None:
        """The selected record, in views that select records."""
        return None

    def select_id(self, record_id: int) -> bool:  # noqa: ARG002 (views with records override)
        """Select the record ``record_id``; False when it is not shown."""
        return False

    # --- the cycle -------------------------------------------------------------------------
    def reload(self) -> None:
        """Load now, on this thread, keeping the selection and the filters."""
        self.loader.invalidate()
        self._stale = False
        if self._reload_timer is not None:
            self._reload_timer.stop()
        job = self.load_job()
        try:
            loaded = job() if job is not None else self.empty_load()
        except RoundtableError as exc:
            report_error(self, exc)
            loaded = self.empty_load()
        self._apply_loaded(loaded)

    def request_reload(self) -> None:
        """Load in the background; the table updates when the rows arrive."""
        self._stale = False
        if self._reload_timer is not None:
            self._reload_timer.stop()
        job = self.load_job()
        if job is None:
            self.loader.invalidate()  # a load still running for the previous event is void
            self._apply_loaded(self.empty_load())
            return
        if self.shows_nothing():
            self.show_loading()
            if self.first_page is not None:
                first = self.load_job(self.first_page)
                if first is not None:
                    self.loader.request(first, then=job)
                    return
        self.loader.request(job)

    def _load_failed(self, exc: Exception) -> None:
        report_failure(self, exc)

    @property
    def loading(self) -> bool:
        """True until the rows of the current event are in the table."""
        return self._stale or self.loader.busy

    def ensure_loaded(self) -> None:
        """Make sure the rows are in (loading them now if a load is due or running)."""
        if self.loading:
            self.reload()

    def _mark_stale(self) -> None:
        self._stale = True
        if self._reload_timer is not None:
            self._reload_timer.start()
        elif self.isVisible():
            self.request_reload()

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.request_reload()

    def _event_changed(self, _key: str) -> None:
        self._mark_stale()

    def _data_changed(self, topic: str, event_key: str) -> None:
        if not self.all_events and event_key != self.ctx.event_key:
            return
        if self.topics is None or topic in self.topics or topic == "events":
            self._mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.request_reload()
        super().showEvent(event)

    # --- the selection across loads ------------------------------------------------------------
    def select_after_load(self, record_id: int) -> None:
        """Select ``record_id`` now if it is shown, else once the next load brings it."""
        if not self.select_id(record_id):
            self._select_after_load = record_id

    def selection_to_restore(self) -> int | None:
        """The record to select after a load: the one asked for, else the selected one."""
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            return wanted
        selected = self.selected()
        return selected.id if selected is not None else None


class LazyListView(LazyView[Loaded], Generic[Loaded, Model]):
    """A ``LazyView`` of a table: an empty table says it is loading and gets a first page."""

    model: Model

    def shows_nothing(self) -> bool:
        return self.model.total_count == 0

    def lay_out(self, top: QLayout, filters: QWidget, table: QWidget, details: QWidget,
                details_width: int) -> None:
        """The row of counts and buttons, the filters, then the table beside the details
        of its selected row (the table takes what the window gains)."""
        splitter = QSplitter()
        splitter.addWidget(table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, details_width])
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(filters)
        layout.addWidget(splitter, 1)
