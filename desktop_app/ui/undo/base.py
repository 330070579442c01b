"""The base of every undoable edit: a service call forward, another one back.

``redo()`` and ``undo()`` call services, which store the change at once. A
``RoundtableError`` raised inside (bad input, a record changed by someone
else) is shown to the user and the command marks itself obsolete, so the
undo stack drops it instead of holding a step that did not happen.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from ..errors import show_error


class ServiceCommand(QUndoCommand):
    """Subclasses implement ``forward()`` and ``backward()``; ``failed`` says the last
    attempt was refused (for callers that pushed the command and want to know)."""

    def __init__(self, text: str, parent_widget: QWidget | None = None) -> None:
        super().__init__(text)
        self._parent_widget = parent_widget
        #: False while a form pushes the command: the form shows the problems beside its fields.
        self.show_errors = True
        self.failed = False
        self.error: BaseException | None = None

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def _run(self, step: str) -> None:
        self.failed = False
        self.error = None
        try:
            self.forward() if step == "redo" else self.backward()
        except Exception as exc:  # noqa: BLE001 - reported; unexpected ones are also logged
            self.failed = True
            self.error = exc
            self.setObsolete(True)
            if self.show_errors:
                show_error(self._parent_widget, exc)

    def redo(self) -> None:
        self._run("redo")

    def undo(self) -> None:
        self._run("undo")
