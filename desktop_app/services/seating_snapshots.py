"""What seating reads and shows: the plan snapshots, and one event's seating facts loaded
with a fixed number of queries (the event, its hosts, organizations and people as
columns, and the facts of who takes part in what). ``services.seating`` holds the use
cases; it re-exports the snapshots.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.documents.labels import country_name
from desktop_app.domain.conflict_facts import ConflictFacts, ItemFacts
from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.models import (
    Event,
    EventHost,
    Organization,
    Person,
    SeatingPlan,
    person_name,
)
from desktop_app.domain.seating import (
    FlagPlacement,
    Layout,
    PlanFacts,
    Seat,
    SeatingContext,
    SigningTable,
    Sitter,
    TablePart,
    event_participants,
    item_participants,
    organization_precedence,
    parse_layout,
    place_flags,
    seating_warnings,
)
from desktop_app.domain.translations import in_language

from .loading import load_conflict_facts


@dataclass(frozen=True)
class PersonRef:
    key: str
    name: str


@dataclass(frozen=True)
class SeatSnapshot:
    """One seat of a plan, with everything the window and the documents show of it."""

    seat: int
    person_key: str | None
    #: Honorific and name in the event's first language.
    person_name: str | None
    #: The person's position (title) in the event's first language.
    position: str | None
    #: ISO country of the person (theirs, else their organization's).
    country: str | None
    #: The neighbouring seats from the sitter's own point of view (None: a table's end).
    left: int | None
    right: int | None
    reason: str
    locked: bool
    #: Where the seat is, from the seat of honour: "seat of honour", "host's left" …
    label: str
    #: The seat's geometry (x, y, facing, side, row) in ``domain.seating_layouts`` units.
    geometry: Seat
    #: The country whose flag stands behind this seat (signing tables), else None.
    flag: str | None

    @property
    def honour(self) -> bool:
        return self.label == "seat of honour"


@dataclass(frozen=True)
class SeatData:
    """A seat as stored: enough to put a plan back exactly (undo)."""

    seat: int
    person_key: str | None
    locked: bool = False
    reason: str = ""


@dataclass(frozen=True)
class SeatingData:
    layout: str
    rule: str
    seats: tuple[SeatData, ...]


@dataclass(frozen=True)
class SeatingPlanSnapshot:
    """A plan, stored (``version`` set) or proposed (``version`` None)."""

    event_key: str
    #: The agenda item's key, or None for the main table.
    item_key: str | None
    #: The item's title in the event's first language (None for the main table).
    item_title: str | None
    layout: str
    rule: str
    #: Every seat of the layout, in seat order (empty seats have no person).
    seats: tuple[SeatSnapshot, ...]
    #: The participants who have no seat.
    unseated: tuple[PersonRef, ...]
    tables: tuple[TablePart, ...]
    honour_seat: int
    flags: FlagPlacement
    #: The ``seating`` conflict warnings of this plan (what ``check`` reports).
    warnings: tuple[ConflictWarning, ...]
    version: int | None
    #: True when an item without a plan of its own is shown the main table.
    inherited: bool = False

    @property
    def stored(self) -> bool:
        return self.version is not None

    def seat(self, number: int) -> SeatSnapshot:
        return self.seats[number - 1]

    def seat_of(self, person_key: str) -> int | None:
        return next((s.seat for s in self.seats if s.person_key == person_key), None)

    def data(self) -> SeatingData:
        return SeatingData(self.layout, self.rule, tuple(
            SeatData(s.seat, s.person_key, s.locked, s.reason) for s in self.seats
            if s.person_key is not None or s.locked))


#: What ``propose_seating`` returns: the plan it would store.
SeatingProposal = SeatingPlanSnapshot


@dataclass(frozen=True)
class SigningTableSnapshot:
    """One agreement's signing table: flags, and who sits behind which."""

    agreement_key: str
    reference: str
    table: SigningTable
    #: Signatory key -> name in the event's first language.
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonRow:
    id: int
    sitter: Sitter
    position: str | None


@dataclass
class SeatingScene:
    """What seating reads of one event, loaded with a fixed number of queries."""

    event_id: int
    event_key: str
    language: str
    context: SeatingContext
    people: dict[str, PersonRow]
    keys: dict[int, str]
    organization_countries: dict[int, str]
    facts: ConflictFacts
    items: dict[str, ItemFacts]

    def item(self, item_key: str | None) -> ItemFacts | None:
        if item_key is None:
            return None
        if item_key not in self.items:
            raise NotFoundError("agenda item", item_key)
        return self.items[item_key]

    def person_id(self, key: str) -> int:
        if key not in self.people:
            raise NotFoundError("person", key)
        return self.people[key].id

    def participants(self, item: ItemFacts | None) -> tuple[list[str], list[str]]:
        """(who should be seated, who of them signs), as person keys."""
        if item is None:
            ranked = sorted(row.id for row in self.people.values()
                            if row.sitter.precedence is not None)
            ids = event_participants(self.facts, ranked)
            signing: list[int] = []
        else:
            ids, signing = item_participants(self.facts, item.id)
        return ([self.keys[i] for i in ids if i in self.keys],
                [self.keys[i] for i in signing if i in self.keys])


def load_scene(session: Session, event_key: str, facts: ConflictFacts | None = None
               ) -> SeatingScene:
    row = session.execute(select(Event.id, Event.languages, Event.venue_country)
                          .where(Event.key == event_key)).one_or_none()
    if row is None:
        raise NotFoundError("event", event_key)
    event_id, languages, venue_country = row
    language = (languages or ["en"])[0]
    hosts = session.execute(select(Organization.key, Organization.country)
                            .join(EventHost, EventHost.organization_id == Organization.id)
                            .where(EventHost.event_id == event_id)
                            .order_by(EventHost.position)).all()
    organizations = {org_id: (key, in_language(local_names, language, name) or name, country)
                     for org_id, key, name, local_names, country in session.execute(
                         select(Organization.id, Organization.key, Organization.name,
                                Organization.local_names, Organization.country)
                         .where(Organization.event_id == event_id))}
    people: dict[str, PersonRow] = {}
    for (person_id, key, honorific, given, family, local_names, position, precedence,
         country, org_id) in session.execute(
            select(Person.id, Person.key, Person.honorific, Person.given_name,
                   Person.family_name, Person.local_names, Person.position, Person.precedence,
                   Person.country, Person.organization_id)
            .where(Person.event_id == event_id)):
        organization = organizations.get(org_id) if org_id is not None else None
        full = person_name(given, family)
        name = person_name(None, in_language(local_names, language, full) or full, honorific)
        people[key] = PersonRow(person_id, Sitter(
            key, name, f"{family} {given or ''}", precedence,
            organization[0] if organization else None, organization[1] if organization else None,
            country or (organization[2] if organization else None)), position)
    if facts is None:
        facts = load_conflict_facts(session, event_key)
    codes = {row.sitter.country for row in people.values() if row.sitter.country}
    codes.update(country for _, _, country in organizations.values())
    host_country = hosts[0][1] if hosts else venue_country
    context = SeatingContext(
        language, frozenset(key for key, _ in hosts), host_country,
        organization_precedence(row.sitter for row in people.values()),
        {code: country_name(language, code) for code in codes | {host_country} if code})
    return SeatingScene(event_id, event_key, language, context, people,
                  {row.id: key for key, row in people.items()},
                  {org_id: org[2] for org_id, org in organizations.items()},
                  facts, {item.key: item for item in facts.items})


def plans_of(session: Session, event_id: int, item_id: int | None, *, with_main: bool = False
           ) -> dict[int | None, SeatingPlan]:
    """The plan of ``item_id`` (None: the main table), and the main table's too with
    ``with_main``; by item id. One query for the plans, one for their seats."""
    statement = select(SeatingPlan).where(SeatingPlan.event_id == event_id)
    own = (SeatingPlan.item_id.is_(None) if item_id is None
           else SeatingPlan.item_id == item_id)
    statement = statement.where(or_(own, SeatingPlan.item_id.is_(None)) if with_main else own)
    plans = session.scalars(statement.options(selectinload(SeatingPlan.seats))).all()
    return {plan.item_id: plan for plan in plans}


def stored_seats(plan: SeatingPlan, scene: SeatingScene) -> list[SeatData]:
    return [SeatData(seat.seat, scene.keys.get(seat.person_id) if seat.person_id else None,
                     seat.locked, seat.reason) for seat in plan.seats]


def plan_snapshot(scene: SeatingScene, item: ItemFacts | None, layout: Layout, rule: str,
          seats: Sequence[SeatData], version: int | None, inherited: bool = False
          ) -> SeatingPlanSnapshot:
    participants, signatories = scene.participants(item)
    by_seat = {seat.seat: seat for seat in seats}
    sitters = {key: row.sitter for key, row in scene.people.items()}
    seated = {seat.person_key for seat in seats if seat.person_key}
    flag_people = signatories or list(dict.fromkeys([*participants, *seated]))
    countries = [country for key in flag_people if key in sitters
                 for country in (sitters[key].country,) if country]
    flags = place_flags(layout, countries, scene.context.host_country,
                        scene.context.country_names, scene.language)
    shown: list[SeatSnapshot] = []
    for geometry in layout.seats:
        data = by_seat.get(geometry.number)
        row = scene.people.get(data.person_key) if data and data.person_key else None
        shown.append(SeatSnapshot(
            geometry.number, row.sitter.key if row else None, row.sitter.name if row else None,
            row.position if row else None, row.sitter.country if row else None,
            geometry.left, geometry.right, data.reason if data else "",
            data.locked if data else False, layout.label(geometry.number), geometry,
            flags.flag_at(geometry.number)))
    facts = PlanFacts(item.key if item else None, item.title if item else None, layout.spec, rule,
                      tuple((s.seat, s.person_key) for s in shown if s.person_key))
    warnings = seating_warnings(facts, sitters, participants, scene.context, signatories)
    return SeatingPlanSnapshot(
        scene.event_key, item.key if item else None, item.title if item else None, layout.spec,
        rule, tuple(shown),
        tuple(PersonRef(key, sitters[key].name) for key in participants if key not in seated),
        layout.tables, layout.honour_seat, flags, tuple(warnings), version, inherited)


def stored_snapshot(scene: SeatingScene, item: ItemFacts | None, plan: SeatingPlan,
                inherited: bool = False) -> SeatingPlanSnapshot:
    """The snapshot of a stored plan."""
    return plan_snapshot(scene, item, parse_layout(plan.layout), plan.rule,
                         stored_seats(plan, scene), plan.version, inherited)


def all_plans(session: Session, event_id: int) -> list[SeatingPlan]:
    """Every plan of the event with its seats (two queries)."""
    return list(session.scalars(select(SeatingPlan).where(SeatingPlan.event_id == event_id)
                                .options(selectinload(SeatingPlan.seats))))


def in_programme_order(plans: Sequence[SeatingPlan], facts: ConflictFacts
                       ) -> list[tuple[ItemFacts | None, SeatingPlan]]:
    """(item, plan): the main table first (item None), then the items in programme order."""
    by_id = {item.id: item for item in facts.items}
    pairs = [(by_id.get(plan.item_id) if plan.item_id else None, plan) for plan in plans]
    return sorted(pairs, key=lambda pair: (pair[0] is not None, (
        pair[0].day, pair[0].start_time, pair[0].key) if pair[0] else ()))
