"""The background loader's second load waits for the first part to be painted.

Started at once, the whole-list load competed with the paint of the first page
for the interpreter (issue 7: the Agreements table's first rows took 229 ms).
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.ui.views import background_load
from desktop_app.ui.views.background_load import BackgroundLoader


class _PaintLog(QObject):
    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def _loader(widget: QWidget, log: list[str], lock: threading.Lock) -> BackgroundLoader:
    def apply(result: str) -> None:
        log.append(f"apply {result}")

    def failed(exc: Exception) -> None:
        raise AssertionError(exc)

    return BackgroundLoader(apply, failed, widget, paint_first=widget)


def _load(name: str, log: list[str], lock: threading.Lock):
    def load() -> str:
        with lock:
            log.append(f"load {name}")
        return name
    return load


def test_the_second_load_starts_after_the_first_part_is_painted(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    log: list[str] = []
    lock = threading.Lock()
    _PaintLog(widget, log)
    loader = _loader(widget, log, lock)
    widget.show()
    qtbot.waitExposed(widget)
    log.clear()
    loader.request(_load("first", log, lock), then=_load("all", log, lock))
    qtbot.waitUntil(lambda: "apply first" in log)
    widget.update()  # the view's model reset asks for this paint
    qtbot.waitUntil(lambda: not loader.busy)
    assert log.index("apply first") < log.index("paint", log.index("apply first")) \
        < log.index("load all") < log.index("apply all")
    assert not loader.partial


def test_an_unpainted_widget_still_gets_the_second_load(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(background_load, "PAINT_WAIT_MS", 50)
    widget = QWidget()  # never shown, so never painted
    qtbot.addWidget(widget)
    log: list[str] = []
    lock = threading.Lock()
    loader = _loader(widget, log, lock)
    loader.request(_load("first", log, lock), then=_load("all", log, lock))
    qtbot.waitUntil(lambda: not loader.busy, timeout=5_000)
    assert log == ["load first", "apply first", "load all", "apply all"]
    assert not loader.partial


def test_a_reload_in_between_drops_the_waiting_second_load(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    log: list[str] = []
    lock = threading.Lock()
    loader = _loader(widget, log, lock)
    loader.request(_load("first", log, lock), then=_load("all", log, lock))
    qtbot.waitUntil(lambda: "apply first" in log)
    loader.invalidate()  # a synchronous reload applied fresher rows
    assert not loader.busy and not loader.partial
    qtbot.wait(background_load.PAINT_WAIT_MS + 100)
    assert "load all" not in log


def test_a_new_request_replaces_the_waiting_second_load(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    log: list[str] = []
    lock = threading.Lock()
    loader = _loader(widget, log, lock)
    loader.request(_load("first", log, lock), then=_load("all", log, lock))
    qtbot.waitUntil(lambda: "apply first" in log)
    loader.request(_load("fresh", log, lock))  # the data changed meanwhile
    qtbot.waitUntil(lambda: not loader.busy, timeout=5_000)
    qtbot.wait(background_load.PAINT_WAIT_MS + 100)
    assert log == ["load first", "apply first", "load fresh", "apply fresh"]
    assert not loader.partial
