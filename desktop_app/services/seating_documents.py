"""What the seating documents print, read in the document's own session: the stored
seating plans (``print seating``, ``print placecards --item``) and the signing tables with
their flags (``print flags``, the run sheet's flag line), as ``services.seating`` shows
them. A fixed number of queries whatever the event's size: the seating scene once, the
plans with their seats in two.

``item`` is what ``--item`` says: None for every plan (every signing), ``"main"`` for the
event's main table, else an agenda item's id. An unknown item, or an item asked for that
has no plan (nor the main table one), is a ``NotFoundError``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop_app.documents.base import DocumentOptions
from desktop_app.domain.conflict_facts import ItemFacts
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.models import Event
from desktop_app.domain.vocabulary import AgendaKind

from .seating import load_seating_plans, scene_signing_tables
from .seating_snapshots import (
    SeatingPlanSnapshot,
    SeatingScene,
    SigningTableSnapshot,
    all_plans,
    in_programme_order,
    load_scene,
    plans_of,
    stored_snapshot,
)

#: The ``item`` of the event's main table.
MAIN = "main"
#: The documents that take an ``item``.
ITEM_DOCUMENTS = ("seating", "flags", "placecards")


@dataclass(frozen=True)
class SigningFlags:
    """The signing tables of one signing item, in signing order."""

    item_key: str
    tables: tuple[SigningTableSnapshot, ...]


@dataclass(frozen=True)
class FlagSheet:
    """What the flag placement sheet shows: the main table's flags (None without a plan
    or when another item was asked for), or one plan's for a non-signing item, then the
    signings."""

    plans: tuple[SeatingPlanSnapshot, ...] = ()
    signings: tuple[SigningFlags, ...] = field(default_factory=tuple)


def _no_plan(item: str) -> NotFoundError:
    return NotFoundError("seating plan", item)


def _item(scene: SeatingScene, item: str) -> ItemFacts | None:
    return None if item == MAIN else scene.item(item)


def _plan_of(session: Session, scene: SeatingScene, item: str) -> SeatingPlanSnapshot:
    """The plan an item is seated by: its own, else the main table's; raises when none."""
    facts = _item(scene, item)
    own_id = facts.id if facts else None
    plans = plans_of(session, scene.event_id, own_id, with_main=True)
    if own_id in plans:
        return stored_snapshot(scene, facts, plans[own_id])
    if facts is not None and None in plans:
        return stored_snapshot(scene, None, plans[None], inherited=True)
    raise _no_plan(item)


def printed_plans(session: Session, event_key: str, item: str | None
                  ) -> list[SeatingPlanSnapshot]:
    """The plans ``print seating`` draws: every stored plan (the main table first, then the
    items' in programme order; none is no error), or the one of ``item``."""
    scene = load_scene(session, event_key)
    if item is None:
        return [stored_snapshot(scene, facts, plan) for facts, plan in
                in_programme_order(all_plans(session, scene.event_id), scene.facts)]
    return [_plan_of(session, scene, item)]


def _signing_items(scene: SeatingScene) -> list[ItemFacts]:
    items = [item for item in scene.facts.items if item.kind == AgendaKind.SIGNING]
    return sorted(items, key=lambda item: (item.day, item.start_time, item.key))


def flag_sheet(session: Session, event_key: str, item: str | None) -> FlagSheet:
    """What ``print flags`` draws: the main table's flags (when it has a plan) and every
    signing; with ``item``, the main table's alone (``main``), a signing item's signings,
    or another item's plan."""
    scene = load_scene(session, event_key)
    if item is None:
        main = plans_of(session, scene.event_id, None).get(None)
        return FlagSheet(
            (stored_snapshot(scene, None, main),) if main is not None else (),
            tuple(SigningFlags(facts.key, tuple(scene_signing_tables(scene, facts)))
                  for facts in _signing_items(scene)))
    facts = _item(scene, item)
    if facts is not None and facts.kind == AgendaKind.SIGNING:
        return FlagSheet((), (SigningFlags(facts.key,
                                           tuple(scene_signing_tables(scene, facts))),))
    return FlagSheet((_plan_of(session, scene, item),))


def signing_flags(session: Session, event_key: str) -> dict[str, SigningTableSnapshot]:
    """Every agreement's signing table, by agreement key (the run sheet's flag lines)."""
    scene = load_scene(session, event_key)
    return {table.agreement_key: table for facts in _signing_items(scene)
            for table in scene_signing_tables(scene, facts)}


def document_inputs(kind: str, session: Session, event: Event, options: DocumentOptions
                    ) -> dict[str, object]:
    """What the ``kind`` document's builder takes besides the event: the seating plans,
    the flag sheet, the place cards' seat order (with ``item``), the run sheet's flags."""
    if kind == "seating":
        load_seating_plans(session, event)  # for the texts it prints (printed_texts)
        return {"plans": printed_plans(session, event.key, options.item)}
    if kind == "flags":
        return {"sheet": flag_sheet(session, event.key, options.item)}
    if kind == "placecards" and options.item is not None:
        (plan,) = printed_plans(session, event.key, options.item)
        return {"seats": [(seat.seat, seat.person_key) for seat in plan.seats
                          if seat.person_key is not None]}
    if kind == "runsheet":
        return {"flags": {key: view.table.flags
                          for key, view in signing_flags(session, event.key).items()}}
    return {}
