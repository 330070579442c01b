"""Undo for the Seating view: every change to a seating plan is one step.

The first application runs the change's own use case (``apply_seating``,
``move_person``, ``swap_seats``, ``unseat_person``, ``lock_seat``) against the version
of the plan the view showed. Undo stores the plan as it was before
(``store_seating``), or deletes it (``clear_seating``) when the item had no plan of its
own; redo stores the plan as the change left it. Each step insists on the version the
window's own last step on that plan left (``SeatingVersions``): a plan someone else
changed since is refused with "changed by someone else", the step is dropped, and the
window reloads (``show_error`` refreshes the views).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.seating import (
    SeatingData,
    SeatingPlanSnapshot,
    apply_seating,
    clear_seating,
    lock_seat,
    move_person,
    store_seating,
    swap_seats,
    unseat_person,
)
from desktop_app.ui.context import UiContext

from .record_commands import ServiceCommand


@dataclass(frozen=True)
class PlanTarget:
    """Which plan: an event's main table (``item_key`` None) or an agenda item's."""

    event_key: str
    item_key: str | None


class SeatingVersions:
    """Plan -> the version the window's last stored step left (None: no plan)."""

    def __init__(self) -> None:
        self._known: dict[PlanTarget, int | None] = {}

    def get(self, target: PlanTarget) -> int | None:
        return self._known.get(target)

    def set(self, target: PlanTarget, version: int | None) -> None:
        self._known[target] = version


_versions: WeakKeyDictionary[UiContext, SeatingVersions] = WeakKeyDictionary()


def seating_versions(ctx: UiContext) -> SeatingVersions:
    versions = _versions.get(ctx)
    if versions is None:
        versions = _versions[ctx] = SeatingVersions()
    return versions


#: The change itself, given the version the view showed (None: no plan of its own).
Change = Callable[[int | None], SeatingPlanSnapshot]
#: Told of every stored step: the plan as stored now (None: deleted).
Shown = Callable[[PlanTarget, SeatingPlanSnapshot | None], None]


class SeatingCommand(ServiceCommand):
    """One change of ``target``'s plan, ``plan`` as the view showed it before."""

    def __init__(self, ctx: UiContext, target: PlanTarget, plan: SeatingPlanSnapshot | None,
                 change: Change, text: str,
                 shown: Shown | None = None, parent_widget: QWidget | None = None) -> None:
        super().__init__(ctx, text)
        # A refused undo or redo is reported on the view, which reloads what is stored.
        self._parent_widget = parent_widget
        self.target = target
        self.before, self._version = _own(plan)
        self.after: SeatingData | None = None
        self._change: Change | None = change
        self.shown = shown
        self.versions = seating_versions(ctx)

    def _stored(self, view: SeatingPlanSnapshot | None) -> None:
        self.versions.set(self.target, view.version if view is not None else None)
        if self.shown is not None:
            self.shown(self.target, view)

    def apply(self) -> None:
        target = self.target
        if self._change is not None:
            view = self._change(self._version)
            self._change = None
        else:
            assert self.after is not None
            view = store_seating(self.ctx.db, target.event_key, target.item_key, self.after,
                                 expected_version=self.versions.get(target))
        self.after = view.data()
        self._stored(view)

    def revert(self) -> None:
        target = self.target
        expected = self.versions.get(target)
        if self.before is None:
            clear_seating(self.ctx.db, target.event_key, target.item_key,
                          expected_version=expected)
            self._stored(None)
            return
        self._stored(store_seating(self.ctx.db, target.event_key, target.item_key,
                                   self.before, expected_version=expected))


def _own(plan: SeatingPlanSnapshot | None) -> tuple[SeatingData | None, int | None]:
    """What undo puts back and the version to insist on: the plan's own, or none (an
    item shown the main table's plan, or a preview, has no plan of its own)."""
    if plan is None or not plan.stored or plan.inherited:
        return None, None
    return plan.data(), plan.version


def place_command(ctx: UiContext, target: PlanTarget, plan: SeatingPlanSnapshot | None,
                  layout: str, rule: str, table: str, *, shown: Shown | None = None,
        parent_widget: QWidget | None = None) -> SeatingCommand:
    db = ctx.db
    return SeatingCommand(
        ctx, target, plan,
        lambda expected: apply_seating(db, target.event_key, target.item_key, layout, rule,
                                       expected_version=expected),
        QCoreApplication.translate(
            "SeatingCommands", "Place by rule at {table}",
            "undo command; table: “the main table” or an agenda item's title").format(
            table=table), shown, parent_widget)


def move_command(ctx: UiContext, target: PlanTarget, plan: SeatingPlanSnapshot, person_key: str,
                 name: str, seat: int, *, shown: Shown | None = None,
        parent_widget: QWidget | None = None) -> SeatingCommand:
    db = ctx.db
    return SeatingCommand(
        ctx, target, plan,
        lambda expected: move_person(db, target.event_key, target.item_key, person_key, seat,
                                     expected_version=expected),
        QCoreApplication.translate("SeatingCommands", "Seat {name} at seat {seat}",
                                   "undo command").format(name=name, seat=seat),
        shown, parent_widget)


def swap_command(ctx: UiContext, target: PlanTarget, plan: SeatingPlanSnapshot, first: int,
                 second: int, *, shown: Shown | None = None,
        parent_widget: QWidget | None = None) -> SeatingCommand:
    db = ctx.db
    return SeatingCommand(
        ctx, target, plan,
        lambda expected: swap_seats(db, target.event_key, target.item_key, first, second,
                                    expected_version=expected),
        QCoreApplication.translate("SeatingCommands", "Swap seats {first} and {second}",
                                   "undo command").format(first=first, second=second),
        shown, parent_widget)


def unseat_command(ctx: UiContext, target: PlanTarget, plan: SeatingPlanSnapshot, person_key: str,
                   name: str, *, shown: Shown | None = None,
        parent_widget: QWidget | None = None) -> SeatingCommand:
    db = ctx.db
    return SeatingCommand(
        ctx, target, plan,
        lambda expected: unseat_person(db, target.event_key, target.item_key, person_key,
                                       expected_version=expected),
        QCoreApplication.translate("SeatingCommands", "Unseat {name}", "undo command").format(
            name=name), shown, parent_widget)


def lock_command(ctx: UiContext, target: PlanTarget, plan: SeatingPlanSnapshot, seat: int,
                 locked: bool, *, shown: Shown | None = None,
        parent_widget: QWidget | None = None) -> SeatingCommand:
    db = ctx.db
    text = (QCoreApplication.translate("SeatingCommands", "Lock seat {seat}", "undo command")
            if locked else QCoreApplication.translate("SeatingCommands", "Unlock seat {seat}",
                                                      "undo command")).format(seat=seat)
    return SeatingCommand(
        ctx, target, plan,
        lambda expected: lock_seat(db, target.event_key, target.item_key, seat, locked,
                                   expected_version=expected),
        text, shown, parent_widget)
