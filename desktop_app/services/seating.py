"""Seating plans of an event: propose by rule, store, read, adjust seat by seat, check.

A plan belongs to an agenda item, or (``item_key`` None) to the event's main table,
which the items without a plan of their own use. Who is placed: the item's
participants, or the whole event's for the main table (``domain.seating_checks``).

Every change is a small use case that takes the ``expected_version`` of the plan it
was made from (the ``version`` of the ``SeatingPlanSnapshot`` shown; None skips the check,
as the command line does) and returns the plan as stored, with its new version. A
stale version is refused with ``StaleDataError``. So the window can make each an
undoable command: keep ``view.data()`` before the change, and undo with
``store_seating(…, data, expected_version=new_view.version)`` (or ``clear_seating``
where there was no plan). Every change calls ``db.notify("seating", event_key)``.

Queries: every call reads a fixed number (the event, its hosts, organizations and
people as columns, the facts of who takes part in what, and the plans with their
seats), whatever the event's size.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified, set_committed_value

from desktop_app.domain.conflict_facts import ConflictFacts, ItemFacts
from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.errors import ConflictError, NotFoundError, StaleDataError
from desktop_app.domain.models import Event, SeatAssignment, SeatingPlan
from desktop_app.domain.seating import (
    RULES,
    Layout,
    Lock,
    SeatingError,
    parse_layout,
    place,
    signing_table,
)
from desktop_app.domain.vocabulary import AgendaKind, AgreementStatus
from desktop_app.storage.database import Database

from .common import check_version, stale_as_domain_error
from .seating_snapshots import (
    PersonRef,
    SeatData,
    SeatingData,
    SeatingPlanSnapshot,
    SeatingProposal,
    SeatingScene,
    SeatSnapshot,
    SigningTableSnapshot,
    all_plans,
    in_programme_order,
    load_scene,
    plan_snapshot,
    plans_of,
    stored_seats,
    stored_snapshot,
)

#: The ``item_key`` of the event's main table.
MAIN_TABLE: None = None
#: The topic of ``db.notify`` for seating changes.
TOPIC = "seating"
#: The reason a seat gets when someone is put there by hand.
MOVED_BY_HAND = "moved by hand"


def _default_layout(scene: SeatingScene, item: ItemFacts | None) -> str:
    count = len(scene.participants(item)[0])
    if item is not None and item.kind == AgendaKind.SIGNING:
        return f"signing:{max(count, 1)}"
    return f"round:{max(count, 2)}"


def _check_rule(rule: str) -> str:
    if rule not in RULES:
        raise SeatingError('rule "{rule}" is not valid: use precedence, facing or alphabetical',
                           rule=rule)
    return rule


def _propose(scene: SeatingScene, item: ItemFacts | None, plan: SeatingPlan | None,
             layout_spec: str | None, rule: str | None) -> tuple[Layout, str, list[SeatData]]:
    layout = parse_layout(layout_spec or (plan.layout if plan else _default_layout(scene, item)))
    rule = _check_rule(rule or (plan.rule if plan else "precedence"))
    locks = []
    for seat in stored_seats(plan, scene) if plan else []:
        if not seat.locked:
            continue
        if seat.seat > layout.capacity:
            raise SeatingError("seat {seat} is locked but {layout} has {count} seats: unlock it "
                               "first", seat=seat.seat, layout=layout.spec, count=layout.capacity)
        locks.append(Lock(seat.seat, seat.person_key, seat.reason))
    participants, _ = scene.participants(item)
    placed = place(layout, rule, [scene.people[key].sitter for key in participants],
                   scene.context, locks)
    return layout, rule, [SeatData(p.seat, p.person, p.locked, p.reason) for p in placed
                          if p.person is not None or p.locked]


def propose_seating(db: Database, event_key: str, item_key: str | None,
                    layout: str | None = None, rule: str | None = None) -> SeatingProposal:
    """The plan ``rule`` makes for the item (None: the main table) at ``layout``, keeping
    the locked seats of its stored plan; nothing is stored. The layout and rule default
    to the stored plan's, else a round table (a signing table for a signing item) just
    big enough, and ``precedence``. Raises ``SeatingError`` (bad layout or rule, too few
    seats) or ``NotFoundError``."""
    with db.reader() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        plan = plans_of(session, scene.event_id, item.id if item else None).get(
            item.id if item else None)
        chosen, rule, seats = _propose(scene, item, plan, layout, rule)
        return plan_snapshot(scene, item, chosen, rule, seats, None)


def get_seating(db: Database, event_key: str, item_key: str | None, *, inherit: bool = True
                ) -> SeatingPlanSnapshot | None:
    """The stored plan of the item (None: the main table); for an item without one, the
    main table's (``inherited``) unless ``inherit`` is False; None when there is none."""
    with db.reader() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        plans = plans_of(session, scene.event_id, item.id if item else None, with_main=inherit)
        own = plans.get(item.id if item else None)
        if own is not None:
            return stored_snapshot(scene, item, own)
        main = plans.get(None) if inherit else None
        return stored_snapshot(scene, None, main, inherited=True) if main is not None else None


def list_seating(db: Database, event_key: str) -> list[SeatingPlanSnapshot]:
    """Every stored plan of the event: the main table first, then the items' plans in
    programme order."""
    with db.reader() as session:
        scene = load_scene(session, event_key)
        return [stored_snapshot(scene, item, plan) for item, plan in
                in_programme_order(all_plans(session, scene.event_id), scene.facts)]


def signing_tables(db: Database, event_key: str, item_key: str) -> list[SigningTableSnapshot]:
    """The signing table of each agreement signed in the item, in signing order: its flags
    (``domain.seating_flags``) and each signatory behind their country's flag."""
    with db.reader() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        return [] if item is None else scene_signing_tables(scene, item)


def scene_signing_tables(scene: SeatingScene, item: ItemFacts) -> list[SigningTableSnapshot]:
    """``signing_tables`` of an item from a loaded scene (no query)."""
    result = []
    agreements = sorted((a for a in scene.facts.agreements if a.signing_item_id == item.id
                         and a.status != AgreementStatus.CANCELLED),
                        key=lambda a: (a.signing_order is None, a.signing_order or 0,
                                       a.reference))
    for agreement in agreements:
        parties = []
        for party in agreement.parties:
            key = scene.keys.get(party.signatory_id) if party.signatory_id else None
            country = (scene.people[key].sitter.country if key else None) \
                or scene.organization_countries.get(party.organization_id)
            parties.append((country, key))
        table = signing_table(parties, scene.context.host_country,
                              scene.context.country_names, scene.language)
        names = {key: scene.people[key].sitter.name for _, key in parties if key}
        result.append(SigningTableSnapshot(agreement.key, agreement.reference, table, names))
    return result


def load_seating_plans(session: Session, event: Event) -> list[SeatingPlan]:
    """Fill ``event.seating_plans`` (with their seats) in two queries, for an event loaded
    by ``loading.load_event``, whose people and items are then already in the session."""
    plans = list(session.scalars(select(SeatingPlan).where(SeatingPlan.event_id == event.id)
                                 .options(selectinload(SeatingPlan.seats))))
    set_committed_value(event, "seating_plans", plans)
    return plans


def seating_conflicts(session: Session, event_key: str, facts: ConflictFacts
                      ) -> list[ConflictWarning]:
    """The ``seating`` warnings of every stored plan of the event (for ``check_event``);
    one query when the event has no plan."""
    plans = session.scalars(select(SeatingPlan).join(Event, Event.id == SeatingPlan.event_id)
                            .where(Event.key == event_key)
                            .options(selectinload(SeatingPlan.seats))).all()
    if not plans:
        return []
    scene = load_scene(session, event_key, facts)
    return [warning for item, plan in in_programme_order(plans, facts)
            for warning in stored_snapshot(scene, item, plan).warnings]


# -- changing -----------------------------------------------------------------------------

def _own_plan(session: Session, scene: SeatingScene, item: ItemFacts | None,
              expected_version: int | None, *, required: bool = True) -> SeatingPlan | None:
    plan = plans_of(session, scene.event_id, item.id if item else None).get(
        item.id if item else None)
    what = item.key if item else "main"
    if plan is None:
        if expected_version is not None:
            raise StaleDataError("seating plan", what)
        if required:
            raise NotFoundError("seating plan", what)
        return None
    check_version(plan, expected_version, "seating plan")
    return plan


def _write(session: Session, scene: SeatingScene, item: ItemFacts | None,
           plan: SeatingPlan | None, layout: Layout, rule: str, seats: Iterable[SeatData]
           ) -> SeatingPlan:
    """Store ``seats`` (each seat number once) as the plan's: rows keep their seat
    numbers (a seat's row is updated in place), so the (plan, seat) key never clashes."""
    wanted = {seat.seat: seat for seat in seats if seat.person_key is not None or seat.locked}
    if plan is None:
        plan = SeatingPlan(event_id=scene.event_id, item_id=item.id if item else None,
                           layout=layout.spec, rule=rule)
        session.add(plan)
    plan.layout, plan.rule = layout.spec, rule
    flag_modified(plan, "rule")  # every change raises the plan's version
    rows = {row.seat: row for row in plan.seats}
    for number, unwanted in rows.items():
        if number not in wanted:
            plan.seats.remove(unwanted)
    for number, seat in sorted(wanted.items()):
        person_id = scene.person_id(seat.person_key) if seat.person_key else None
        row = rows.get(number)
        if row is None:
            plan.seats.append(SeatAssignment(seat=number, person_id=person_id,
                                             locked=seat.locked, reason=seat.reason))
        else:
            row.person_id, row.locked, row.reason = person_id, seat.locked, seat.reason
    what = item.key if item else "main"
    try:
        with stale_as_domain_error("seating plan", what):
            session.flush()
    except IntegrityError as exc:  # another editor made the plan meanwhile
        raise ConflictError(f'the seating plan of "{what}" was made by someone else; reload '
                            "it and try again") from exc
    return plan


def apply_seating(db: Database, event_key: str, item_key: str | None,
                  layout: str | None = None, rule: str | None = None, *,
                  expected_version: int | None = None) -> SeatingPlanSnapshot:
    """Place by rule (as ``propose_seating``) and store the result as the item's plan."""
    with db.session() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        plan = _own_plan(session, scene, item, expected_version, required=False)
        chosen, rule, seats = _propose(scene, item, plan, layout, rule)
        view = stored_snapshot(scene, item, _write(session, scene, item, plan, chosen, rule, seats))
    db.notify(TOPIC, event_key)
    return view


def store_seating(db: Database, event_key: str, item_key: str | None, data: SeatingData, *,
                  expected_version: int | None = None) -> SeatingPlanSnapshot:
    """Store exactly ``data`` as the item's plan (undo and redo put a plan back this way)."""
    layout = parse_layout(data.layout)
    rule = _check_rule(data.rule)
    numbers = [seat.seat for seat in data.seats]
    for number in numbers:
        layout.seat(number)
    if len(set(numbers)) != len(numbers):
        raise SeatingError("a seat is listed twice: {seats}", seats=sorted(numbers))
    with db.session() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        plan = _own_plan(session, scene, item, expected_version, required=False)
        view = stored_snapshot(scene, item, _write(session, scene, item, plan, layout, rule,
                                                data.seats))
    db.notify(TOPIC, event_key)
    return view


def _edit(db: Database, event_key: str, item_key: str | None, expected_version: int | None,
          change: _Change) -> SeatingPlanSnapshot:
    """Load the stored plan, let ``change`` edit its seats ({seat: SeatData}), store it."""
    with db.session() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        plan = _own_plan(session, scene, item, expected_version)
        assert plan is not None
        layout = parse_layout(plan.layout)
        seats = {seat.seat: seat for seat in stored_seats(plan, scene)}
        change(layout, seats, scene)
        view = stored_snapshot(scene, item, _write(session, scene, item, plan, layout, plan.rule,
                                                seats.values()))
    db.notify(TOPIC, event_key)
    return view


class _Change:
    def __call__(self, layout: Layout, seats: dict[int, SeatData], scene: SeatingScene) -> None:
        raise NotImplementedError


def _unlocked(seats: dict[int, SeatData], number: int) -> SeatData | None:
    seat = seats.get(number)
    if seat is not None and seat.locked:
        raise SeatingError("seat {seat} is locked: unlock it first", seat=number)
    return seat


@dataclass(frozen=True)
class _Move(_Change):
    person_key: str
    to: int

    def __call__(self, layout: Layout, seats: dict[int, SeatData], scene: SeatingScene) -> None:
        layout.seat(self.to)
        scene.person_id(self.person_key)
        was = sorted(n for n, s in seats.items() if s.person_key == self.person_key)
        if was == [self.to]:
            return
        for number in was:
            _unlocked(seats, number)
        occupant = _unlocked(seats, self.to)
        for number in was:
            del seats[number]
        if occupant is not None and occupant.person_key not in (None, self.person_key) and was:
            seats[was[0]] = SeatData(was[0], occupant.person_key, False, MOVED_BY_HAND)
        seats[self.to] = SeatData(self.to, self.person_key, False, MOVED_BY_HAND)


@dataclass(frozen=True)
class _Swap(_Change):
    first: int
    second: int

    def __call__(self, layout: Layout, seats: dict[int, SeatData], scene: SeatingScene) -> None:
        layout.seat(self.first)
        layout.seat(self.second)
        a, b = _unlocked(seats, self.first), _unlocked(seats, self.second)
        for number, other in ((self.first, b), (self.second, a)):
            seats.pop(number, None)
            if other is not None and other.person_key is not None:
                seats[number] = SeatData(number, other.person_key, False, MOVED_BY_HAND)


@dataclass(frozen=True)
class _Unseat(_Change):
    person_key: str

    def __call__(self, layout: Layout, seats: dict[int, SeatData], scene: SeatingScene) -> None:
        scene.person_id(self.person_key)
        for number in [n for n, s in seats.items() if s.person_key == self.person_key]:
            _unlocked(seats, number)
            del seats[number]


@dataclass(frozen=True)
class _Lock(_Change):
    seat: int
    locked: bool

    def __call__(self, layout: Layout, seats: dict[int, SeatData], scene: SeatingScene) -> None:
        layout.seat(self.seat)
        current = seats.get(self.seat) or SeatData(self.seat, None)
        seats[self.seat] = SeatData(self.seat, current.person_key, self.locked, current.reason)


def move_person(db: Database, event_key: str, item_key: str | None, person_key: str, seat: int,
                *, expected_version: int | None = None) -> SeatingPlanSnapshot:
    """Put the person at ``seat``. Whoever sat there takes the person's old seat (or has
    none, if the person had none). A locked seat, theirs or the target, is refused."""
    return _edit(db, event_key, item_key, expected_version, _Move(person_key, seat))


def swap_seats(db: Database, event_key: str, item_key: str | None, first: int, second: int,
               *, expected_version: int | None = None) -> SeatingPlanSnapshot:
    """Exchange the people of two unlocked seats (either may be empty)."""
    return _edit(db, event_key, item_key, expected_version, _Swap(first, second))


def unseat_person(db: Database, event_key: str, item_key: str | None, person_key: str, *,
                  expected_version: int | None = None) -> SeatingPlanSnapshot:
    """Take the person off the plan (they are then listed as unseated)."""
    return _edit(db, event_key, item_key, expected_version, _Unseat(person_key))


def lock_seat(db: Database, event_key: str, item_key: str | None, seat: int,
              locked: bool = True, *, expected_version: int | None = None) -> SeatingPlanSnapshot:
    """Lock (or unlock) a seat: placing by rule keeps a locked seat as it is (its person,
    or empty)."""
    return _edit(db, event_key, item_key, expected_version, _Lock(seat, locked))


def clear_seating(db: Database, event_key: str, item_key: str | None, *,
                  expected_version: int | None = None) -> SeatingData | None:
    """Delete the item's plan (the item then uses the main table's); returns what it held,
    for undo (``store_seating``), or None when there was no plan."""
    with db.session() as session:
        scene = load_scene(session, event_key)
        item = scene.item(item_key)
        plan = _own_plan(session, scene, item, expected_version, required=False)
        if plan is None:
            return None
        data = SeatingData(plan.layout, plan.rule, tuple(stored_seats(plan, scene)))
        session.delete(plan)
        with stale_as_domain_error("seating plan", item_key or "main"):
            session.flush()
    db.notify(TOPIC, event_key)
    return data


__all__ = [
    "MAIN_TABLE", "MOVED_BY_HAND", "TOPIC", "PersonRef", "SeatData", "SeatSnapshot",
    "SeatingData", "SeatingPlanSnapshot", "SeatingProposal", "SigningTableSnapshot",
    "apply_seating", "clear_seating",
    "get_seating", "list_seating", "load_seating_plans", "lock_seat", "move_person",
    "propose_seating", "seating_conflicts", "signing_tables", "store_seating", "swap_seats",
    "unseat_person",
]
