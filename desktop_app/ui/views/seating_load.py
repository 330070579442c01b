"""What the Seating view reads of one table, in a worker (services only, no widgets)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.agenda import list_agenda
from desktop_app.services.seating import SeatingPlanSnapshot, list_seating, propose_seating
from desktop_app.services.snapshots import AgendaItemRow
from desktop_app.storage.database import Database


@dataclass(frozen=True)
class Loaded:
    """One table of an event: its own plan, the main table's it uses, or a preview."""

    event_key: str
    #: "" for the main table, else the agenda item's key.
    target: str
    items: tuple[AgendaItemRow, ...] = ()
    #: The tables with a plan of their own ("" the main table).
    own: frozenset[str] = frozenset()
    #: The table's own plan, or the main table's that an item without one uses.
    stored: SeatingPlanSnapshot | None = None
    #: The plan the rule would make, when the table has no plan of its own.
    preview: SeatingPlanSnapshot | None = None
    #: Why there is no preview (too few seats …).
    problem: RoundtableError | None = None

    @property
    def own_plan(self) -> SeatingPlanSnapshot | None:
        stored = self.stored
        return stored if stored is not None and not stored.inherited else None

    @property
    def shown(self) -> SeatingPlanSnapshot | None:
        """What the chart draws: the table's own plan, else the preview."""
        return self.own_plan or self.preview

    @property
    def uses_main_table(self) -> bool:
        return self.stored is not None and self.stored.inherited

    def title(self) -> str | None:
        """The agenda item's title (None for the main table)."""
        return next((item.title for item in self.items if item.key == self.target), None)

    def stored_now(self, plan: SeatingPlanSnapshot) -> Loaded:
        """This table as ``plan`` has just been stored."""
        return dataclasses.replace(self, stored=plan, preview=None, problem=None,
                                   own=self.own | {self.target})


def load_table(db: Database, event_key: str, target: str, layout: str | None,
               rule: str | None) -> Loaded:
    """Read one table: the agenda (for the table list), every plan, and the table's own
    or a preview of ``rule`` at ``layout`` (None: the table's default ones)."""
    items = tuple(list_agenda(db, event_key))
    if target and all(item.key != target for item in items):
        target = ""  # the item is gone: show the main table
    plans = list_seating(db, event_key)
    own = frozenset(plan.item_key or "" for plan in plans)
    stored = next((plan for plan in plans if (plan.item_key or "") == target), None)
    if stored is None and target:
        main = next((plan for plan in plans if plan.item_key is None), None)
        stored = dataclasses.replace(main, inherited=True) if main is not None else None
    preview = problem = None
    if stored is None or stored.inherited:
        try:
            preview = propose_seating(db, event_key, target or None, layout, rule)
        except RoundtableError as exc:
            problem = exc
    return Loaded(event_key, target, items, own, stored, preview, problem)
