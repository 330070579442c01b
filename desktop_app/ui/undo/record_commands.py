"""The base of the People, Organizations and Agreements undo commands.

A command's first application runs in ``execute()`` *before* it is pushed, so a
``ValidationError`` reaches the form that made the edit (and is shown beside
its field) and a refused edit never lands on the undo stack. Later redo/undo
calls report errors in a message box and drop the command.

Undoing a deletion re-creates the record under its old key but with a new
database id; ``IdRemap`` remembers old id -> new id so that every other command
on the stack still finds "its" record.

An undo or a redo never overwrites someone else's change (``base.KeptRecord``).
"""
from __future__ import annotations

from weakref import WeakKeyDictionary

from desktop_app.ui.context import UiContext

from .base import ServiceCommand as BaseServiceCommand


class IdRemap:
    """Old id -> current id of records re-created by undo, per kind of record."""

    def __init__(self) -> None:
        self._moves: dict[tuple[str, int], int] = {}

    def moved(self, kind: str, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._moves[(kind, old_id)] = new_id

    def resolve(self, kind: str, record_id: int | None) -> int | None:
        if record_id is None:
            return None
        seen = set()
        while (kind, record_id) in self._moves and record_id not in seen:
            seen.add(record_id)
            record_id = self._moves[(kind, record_id)]
        return record_id

    def person(self, record_id: int) -> int:
        return self.resolve("person", record_id) or record_id

    def organization(self, record_id: int) -> int:
        return self.resolve("organization", record_id) or record_id

    def agreement(self, record_id: int) -> int:
        return self.resolve("agreement", record_id) or record_id


_remaps: WeakKeyDictionary[UiContext, IdRemap] = WeakKeyDictionary()


def id_remap(ctx: UiContext) -> IdRemap:
    remap = _remaps.get(ctx)
    if remap is None:
        remap = _remaps[ctx] = IdRemap()
    return remap


class ServiceCommand(BaseServiceCommand):
    """An edit made through the services; subclasses define ``apply`` and ``revert``."""

    def __init__(self, ctx: UiContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.ids = id_remap(ctx)
        self._applied_by_execute = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def forward(self) -> None:
        self.apply()

    def backward(self) -> None:
        self.revert()

    def execute(self) -> None:
        """The first application; errors propagate to the caller (the form)."""
        self.apply()
        self._applied_by_execute = True

    def redo(self) -> None:
        if self._applied_by_execute:
            self._applied_by_execute = False
            return
        super().redo()


def push(ctx: UiContext, command: ServiceCommand) -> None:
    """Apply ``command`` (raising its errors) and, once it worked, put it on the stack."""
    command.execute()
    ctx.undo_stack.push(command)
