"""A time of day typed as in a calendar application: ``1030``, ``10:30``, ``10.30``,
``10h30`` and ``9`` (09:00) are all accepted; Up and Down step by 5 minutes.

``QTimeEdit`` edits one section at a time: clicking into 09:00 and typing ``1030``
changed nothing, and Ctrl+A then ``10:00`` gave 09:00. This is a line edit that reads
what was typed as a whole, shows it as HH:mm when the field is left, and offers the
``time()``/``setTime()``/``timeChanged`` of a ``QTimeEdit``.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QLineEdit, QWidget

STEP_MINUTES = 5
_SEPARATED = re.compile(r"^(\d{1,2})\s*[:.,hH\- ]\s*(\d{1,2})\Z")
_DIGITS = re.compile(r"^\d{1,4}\Z")


def parse_time(text: str) -> QTime | None:
    """The time ``text`` means, or None: ``9`` 09:00, ``930`` 09:30, ``1030`` and
    ``10:30``/``10.30``/``10h30`` 10:30."""
    text = text.strip()
    if not text:
        return None
    separated = _SEPARATED.match(text)
    if separated:
        hour, minute = int(separated.group(1)), int(separated.group(2))
    elif _DIGITS.match(text):
        if len(text) <= 2:
            hour, minute = int(text), 0
        else:
            hour, minute = int(text[:-2]), int(text[-2:])
    else:
        return None
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return QTime(hour, minute)


class TimeField(QLineEdit):
    """A time field; ``time()`` is the last valid time typed (or set)."""

    timeChanged = Signal(QTime)  # noqa: N815 - QTimeEdit's name

    def __init__(self, time: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(time) if time is not None and time.isValid() else QTime(9, 0)
        self.setText(self._time.toString("HH:mm"))
        self.setMaxLength(8)
        self.setPlaceholderText("HH:mm")
        self.setToolTip(self.tr("Type 1030, 10:30 or 9 for 09:00; Up and Down move by 5 "
                                "minutes"))
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.horizontalAdvance("00:00") + 28)
        self.setMaximumWidth(metrics.horizontalAdvance("00:00") * 2 + 28)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._normalise)

    # --- QTimeEdit's interface ------------------------------------------------------------
    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, time: QTime) -> None:  # noqa: N802 - QTimeEdit's name
        self.setText(time.toString("HH:mm"))
        self._set(time)

    def setDisplayFormat(self, _format: str) -> None:  # noqa: N802 - QTimeEdit's name
        """Always HH:mm (for callers written for a ``QTimeEdit``)."""

    def is_acceptable(self) -> bool:
        """False while the text means no time (it is then shown as the last good one)."""
        return parse_time(self.text()) is not None

    # --- typing ------------------------------------------------------------------------------
    def _set(self, time: QTime) -> None:
        if time.isValid() and time != self._time:
            self._time = QTime(time)
            self.timeChanged.emit(QTime(time))

    def _typed(self, text: str) -> None:
        parsed = parse_time(text)
        if parsed is not None:
            self._set(parsed)

    def _normalise(self) -> None:
        if self.text() != self._time.toString("HH:mm"):
            self.setText(self._time.toString("HH:mm"))

    def step(self, steps: int) -> None:
        """Move by ``steps`` × 5 minutes (to the next multiple of 5 first)."""
        minutes = self._time.hour() * 60 + self._time.minute()
        if minutes % STEP_MINUTES and steps:
            minutes -= minutes % STEP_MINUTES
            if steps < 0:
                steps += 1
        minutes = min(max(minutes + steps * STEP_MINUTES, 0), 23 * 60 + 55)
        self.setTime(QTime(minutes // 60, minutes % 60))
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._typed(self.text())
            self.step(1 if event.key() == Qt.Key.Key_Up else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus() and event.angleDelta().y():
            self.step(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        # Clicking into the field selects the time, so that typing replaces it (after
        # the click has placed the cursor).
        QTimer.singleShot(0, self.selectAll)
