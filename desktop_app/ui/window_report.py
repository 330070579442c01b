"""What a started window shows, as plain data: for checking an installed application.

``ROUNDTABLE_WINDOW_REPORT=FILE roundtable …`` starts the window as usual, and once it
has been shown and painted writes a JSON report to FILE and quits. The installed-tour
stage of ``scripts/test`` uses it to prove that a freshly installed copy paints a window
in the chosen interface language, without a screen and without reading pixels by eye.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QStackedWidget

#: The variable naming the file the report goes to.
REPORT_ENV = "ROUNDTABLE_WINDOW_REPORT"
#: How long after showing the window the report is taken (lets queued loads paint).
REPORT_AFTER_MS = 800


def describe_window(window: QMainWindow) -> dict[str, Any]:
    """Title, menu titles, the visible texts and whether the window painted anything.

    ``painted`` is true when a grab of the window holds more than one colour: a window
    whose widgets failed to draw is a single flat (often black) rectangle.
    """
    central = window.centralWidget()
    page = ""
    if isinstance(central, QStackedWidget) and central.currentWidget() is not None:
        page = central.currentWidget().objectName() or type(central.currentWidget()).__name__
    texts = sorted({widget.text() for widget in window.findChildren(QLabel)
                    if widget.isVisible() and widget.text()}
                   | {widget.text() for widget in window.findChildren(QAbstractButton)
                      if widget.isVisible() and widget.text()})
    menus = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    return {
        "title": window.windowTitle(),
        "locale": QLocale().name(),
        "page": page,
        "menus": menus,
        "texts": texts,
        "painted": _colour_count(window) > 1,
        "size": [window.width(), window.height()],
    }


def _colour_count(window: QMainWindow, limit: int = 2) -> int:
    """How many distinct colours a grab of the window has, counting up to ``limit``."""
    image = window.grab().toImage()
    seen: set[int] = set()
    step = max(1, min(image.width(), image.height()) // 64)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def write_report(window: QMainWindow, path: str) -> None:
    Path(path).write_text(json.dumps(describe_window(window), ensure_ascii=False, indent=1),
                          encoding="utf-8")
