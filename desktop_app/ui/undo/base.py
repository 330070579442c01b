"""The base of every undoable edit: a service call forward, another one back.

``redo()`` and ``undo()`` call services, which store the change at once. A
``RoundtableError`` raised inside (bad input, a record changed by someone
else) is shown to the user and the command marks itself obsolete, so the
undo stack drops it instead of holding a step that did not happen.

An undo or a redo never overwrites someone else's change: ``KeptRecord`` holds what
the command's last step stored in its record, and the next step goes on only while
the record still holds that, passing the version it read as ``expected_version``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import StaleDataError

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


D = TypeVar("D")


@dataclass(frozen=True)
class Stored(Generic[D]):
    """A record as stored now: its key (for the message), its fields and its version."""

    key: str
    data: D
    version: int


class KeptRecord(Generic[D]):
    """One record a command writes, and what the command's last step left in it.

    The first step is checked against the version the form or view read (``version``).
    Every later undo or redo reads the record and goes on only if it holds exactly the
    fields the last step stored (``data_now`` maps them to records re-created since);
    otherwise someone else changed it, and the step is refused with the error a form's
    save gets ("changed by someone else"). The fields, not the version, are compared:
    this window's later steps on the same record, undone before this one, raised its
    version but left it as this step expects. The version read goes to the service as
    ``expected_version``, so a change committed after the check is refused as well.
    """

    def __init__(self, what: str, read: Callable[[int], Stored[D]],
                 data_now: Callable[[D], D], version: int | None) -> None:
        self.what = what
        self._read = read
        self._data_now = data_now
        self._first_version = version
        #: The fields the command's last step stored (None before the first step).
        self.left: D | None = None

    def expected_version(self, record_id: int) -> int | None:
        """The version the next step insists on; StaleDataError if the record moved on."""
        if self.left is None:
            return self._first_version
        now = self._read(record_id)
        if now.data != self._data_now(self.left):
            raise StaleDataError(self.what, now.key)
        return now.version

    def stored(self, data: D) -> None:
        """The step stored ``data`` (the fields as the service returned them)."""
        self.left = data
