"""Creating and editing an event's own facts: title, dates, zone, venue, rooms, languages."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.errors import FieldProblem, ValidationError, problem
from desktop_app.domain.models import AgendaItem, Event, EventHost, Organization, Room
from desktop_app.domain.rules import (
    check_country,
    check_dates,
    check_key,
    check_languages,
    check_positive,
    check_texts,
    check_timezone,
    clean_name,
    clean_text,
    event_dates_problem,
    raise_if,
    require_text,
)
from desktop_app.domain.translations import Translations
from desktop_app.storage.database import Database

from .common import check_version, get_row, slug, stale_as_domain_error
from .snapshots import EventRow
from .translated_texts import apply_translations, check_translations, copied


@dataclass
class RoomData:
    name: str
    capacity: int | None = None
    id: int | None = None  # None for a new room
    key: str | None = None
    #: The name in other languages, ``{"name": {language: text}}``; None keeps the stored
    #: translations (``services.translated_texts``).
    translations: Translations | None = None


@dataclass
class EventData:
    title: str
    start_date: dt.date
    end_date: dt.date
    timezone: str
    venue_name: str
    venue_city: str
    venue_country: str
    rooms: list[RoomData]
    languages: list[str]
    subtitle: str | None = None
    venue_address: str | None = None
    description: str | None = None
    host_ids: list[int] = field(default_factory=list)
    key: str | None = None
    #: Title, subtitle, description and venue texts in other languages, ``{field:
    #: {language: text}}``; None keeps the stored translations.
    translations: Translations | None = None

    @classmethod
    def from_row(cls, view: EventRow) -> EventData:
        return cls(view.title, view.start_date, view.end_date, view.timezone, view.venue_name,
                   view.venue_city, view.venue_country,
                   [RoomData(r.name, r.capacity, r.id, r.key, copied(r.translations))
                    for r in view.rooms],
                   list(view.languages), view.subtitle, view.venue_address, view.description,
                   list(view.host_ids), view.key, copied(view.translations))


def check_event_data(data: EventData) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    require_text("title", data.title, problems)
    require_text("venue_name", data.venue_name, problems)
    require_text("venue_city", data.venue_city, problems)
    check_country("venue_country", data.venue_country, problems, required=True)
    check_timezone("timezone", data.timezone, problems)
    check_texts({"title": data.title, "subtitle": data.subtitle, "venue_name": data.venue_name,
                 "venue_address": data.venue_address, "venue_city": data.venue_city,
                 "description": data.description,
                 **{f"rooms[{i}].name": room.name for i, room in enumerate(data.rooms)}},
                problems)
    check_dates({"start_date": data.start_date, "end_date": data.end_date}, problems)
    if (dates := event_dates_problem("end_date", data.start_date, data.end_date)) is not None:
        problems.append(dates)
    if not data.rooms:
        problems.append(problem("rooms", [], "at least one room is needed"))
    check_translations(data.translations, problems)
    for i, room in enumerate(data.rooms):
        require_text(f"rooms[{i}].name", room.name, problems)
        check_positive(f"rooms[{i}].capacity", room.capacity, problems)
        check_translations(room.translations, problems, prefix=f"rooms[{i}].")
    if not data.languages:
        problems.append(problem("languages", [], "at least one language is needed"))
    check_languages("languages", data.languages, problems)
    if data.key is not None:
        check_key("key", data.key, problems)
    return problems


def _row(session: Session, event_id: int) -> EventRow:
    event = session.scalars(select(Event).where(Event.id == event_id).options(
        selectinload(Event.rooms), selectinload(Event.hosts))).one()
    return EventRow.of(event)


def get_event(db: Database, event_key: str) -> EventRow:
    with db.reader() as session:
        event_id = session.scalars(select(Event.id).where(Event.key == event_key)).one_or_none()
        if event_id is None:
            from desktop_app.domain.errors import NotFoundError

            raise NotFoundError("event", event_key)
        return _row(session, event_id)


def _unique_event_key(session: Session, wanted: str) -> str:
    base = slug(wanted)
    taken = set(session.scalars(select(Event.key).where(Event.key.like(f"{base}%"))))
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _text_or_none(value: str | None) -> str | None:
    return (clean_text(value) if value else "") or None


def _apply(session: Session, event: Event, data: EventData) -> None:
    event.title = clean_text(data.title)
    event.subtitle = _text_or_none(data.subtitle)
    event.start_date = data.start_date
    event.end_date = data.end_date
    event.timezone = data.timezone
    event.venue_name = clean_name(data.venue_name)
    event.venue_address = _text_or_none(data.venue_address)
    event.venue_city = clean_text(data.venue_city)
    event.venue_country = clean_text(data.venue_country)
    event.languages = list(data.languages)
    event.description = _text_or_none(data.description)
    apply_translations(event, "event", data.translations)
    existing = {room.id: room for room in event.rooms}
    kept_ids = {room.id for room in data.rooms if room.id is not None}
    for room_id, room in existing.items():
        if room_id not in kept_ids:
            used = session.scalar(select(func.count()).select_from(AgendaItem)
                                  .where(AgendaItem.room_id == room_id))
            if used:
                raise ValidationError(problem("rooms", room.name, '"{room}" still has {count} '
                                              "agenda item(s); move them first",
                                              room=room.name, count=used))
    taken = {room.key for room in event.rooms}
    new_rooms: list[Room] = []
    for room_data in data.rooms:
        if room_data.id is not None and room_data.id in existing:
            room = existing[room_data.id]
        else:
            key = room_data.key or slug(room_data.name)
            base, n = key, 2
            while key in taken:
                key, n = f"{base}-{n}", n + 1
            taken.add(key)
            room = Room(key=key)
        room.name = clean_name(room_data.name)
        room.capacity = room_data.capacity
        apply_translations(room, "room", room_data.translations)
        new_rooms.append(room)
    event.rooms[:] = new_rooms
    for position, room in enumerate(event.rooms):
        room.position = position
    if [h.organization_id for h in event.hosts] != list(data.host_ids):
        for host_id in data.host_ids:
            org = session.get(Organization, host_id)
            if org is None or (event.id is not None and org.event_id != event.id):
                raise ValidationError(problem("hosts", host_id,
                                              "is not an organization of this event"))
        event.hosts.clear()
        session.flush()
        event.hosts.extend(EventHost(organization_id=h) for h in data.host_ids)


def create_event(db: Database, data: EventData) -> EventRow:
    raise_if(check_event_data(data))
    with db.session() as session:
        key = data.key or _unique_event_key(session, data.title)
        if session.scalars(select(Event.id).where(Event.key == key)).first():
            raise ValidationError(problem("key", key, 'an event with id "{value}" already exists',
                                          value=key))
        event = Event(key=key)
        session.add(event)
        data.host_ids = []  # a new event has no organizations yet
        _apply(session, event, data)
        session.flush()
        view = _row(session, event.id)
    db.notify("events", view.key)
    return view


def update_event(db: Database, event_id: int, data: EventData,
                 expected_version: int | None = None) -> EventRow:
    raise_if(check_event_data(data))
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        check_version(event, expected_version, "event")
        outside = session.scalars(select(AgendaItem.title).where(
            AgendaItem.event_id == event_id,
            (AgendaItem.day < data.start_date) | (AgendaItem.day > data.end_date))).first()
        if outside is not None:
            raise ValidationError(problem("start_date", data.start_date.isoformat(),
                                          '"{title}" would fall outside the new dates',
                                          title=outside))
        with stale_as_domain_error("event", event.key):
            _apply(session, event, data)
            session.flush()
        view = _row(session, event.id)
    db.notify("events", view.key)
    return view
