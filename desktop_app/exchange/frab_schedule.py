"""The agenda in the frab/C3VOC conference schedule format, as XML and JSON.

Conference apps (Giggity, EventFahrplan) and recording pipelines read this
format: day -> room -> event, each event with its persons. The XML is valid
against the format's published XSD (``validator/xsd/schedule.xml.xsd`` of
voc/schedule; a copy is in ``tests/exchange``). The JSON form follows the
same structure as C3VOC's ``schedule.json`` (days hold a map of room name to
events). Event ``guid``s are UUIDv5 of the event and item ids, so they stay
the same across exports, as pipelines require; event and person ``id``s are the
records' ``schedule_id``s, which export, import and a move to another machine keep;
``version`` is the published version's name. Titles, rooms, topics, descriptions and
people's names are written in one language (the event's first by default), each where
it is translated, else its default text; ids, guids and slugs never change with it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
import xml.etree.ElementTree as etree
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.domain.models import AgendaItem, Event, Room
from desktop_app.domain.ordering import agenda_in_order

from .agenda_ics import KIND_LABELS, person_display_name
from .files import write_bytes_atomically
from .xml_chars import xml_safe

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
TIMESLOT = "00:05"
_GUID_NAMESPACE = uuid.UUID("8d5a1f0e-3b1c-5a7e-9f2d-7f1c2b9e4a10")
_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")


def item_guid(event: Event, item: AgendaItem) -> str:
    return str(uuid.uuid5(_GUID_NAMESPACE, f"{event.key}/{item.key}"))


def room_guid(event: Event, room: Room) -> str:
    return str(uuid.uuid5(_GUID_NAMESPACE, f"{event.key}/room/{room.key}"))


def _slugs(event: Event, items: list[AgendaItem]) -> dict[int, str]:
    """URL-safe, unique slugs from the event and item ids (stable across exports)."""
    slugs: dict[int, str] = {}
    used: set[str] = set()
    for item in items:
        base = _SLUG_UNSAFE.sub("-", f"{event.key}-{item.key}".lower()).strip("-")
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        slugs[item.id] = slug
    return slugs


def _duration(item: AgendaItem) -> str:
    minutes = int((item.end - item.start).total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class ScheduleEvent:
    """One agenda item in the schedule's terms (all text, ready to write)."""

    id: int
    guid: str
    date: str
    start: str
    duration: str
    room: str
    slug: str
    title: str
    subtitle: str
    track: str
    type: str
    language: str
    abstract: str
    description: str
    persons: list[tuple[int, str]]


@dataclass(frozen=True)
class ScheduleDay:
    index: int
    date: dt.date
    start: str
    end: str
    rooms: list[tuple[str, list[ScheduleEvent]]]


def _schedule_event(event: Event, item: AgendaItem, zone: zoneinfo.ZoneInfo, slug: str,
                    language: str) -> ScheduleEvent:
    people = ([item.chair] if item.chair else []) + item.speaker_people
    persons: list[tuple[int, str]] = []
    for person in people:
        if person.schedule_id not in {pid for pid, _ in persons}:
            persons.append((_number(person.schedule_id),
                            person_display_name(person, language)))
    abstract = "\n".join(f"- {topic.text_in('text', language)}" for topic in item.topics)
    return ScheduleEvent(
        id=_number(item.schedule_id), guid=item_guid(event, item),
        date=item.start.replace(tzinfo=zone).isoformat(timespec="seconds"),
        start=item.start_time.strftime("%H:%M"), duration=_duration(item),
        room=item.room.text_in("name", language) or item.room.name,
        slug=slug, title=item.text_in("title", language) or item.title, subtitle="",
        track=KIND_LABELS.get(item.kind, item.kind), type=item.kind,
        language=event.primary_language, abstract=abstract,
        description=item.text_in("description", language) or "", persons=persons,
    )


def schedule_days(event: Event, language: str | None = None) -> list[ScheduleDay]:
    """Every day of the event with every room (in room order) and its items in time order;
    texts in ``language`` (the event's first by default) where translated."""
    language = language or event.primary_language
    zone = zoneinfo.ZoneInfo(event.timezone)
    items = agenda_in_order(event)
    slugs = _slugs(event, items)
    days = []
    day = event.start_date
    index = 1
    while day <= event.end_date:
        todays = [item for item in items if item.day == day]
        if todays:
            first = min(item.start for item in todays)
            last = max(item.end for item in todays)
        else:
            first = dt.datetime.combine(day, dt.time(0, 0))
            last = dt.datetime.combine(day, dt.time(23, 59))
        rooms = [(room.text_in("name", language) or room.name,
                  [_schedule_event(event, item, zone, slugs[item.id], language)
                   for item in todays if item.room_id == room.id]) for room in event.rooms]
        days.append(ScheduleDay(index, day, first.replace(tzinfo=zone).isoformat(),
                                last.replace(tzinfo=zone).isoformat(), rooms))
        day += dt.timedelta(days=1)
        index += 1
    return days


def _number(schedule_id: int | None) -> int:
    assert schedule_id is not None, "every stored item and person has a schedule_id"
    return schedule_id


def schedule_xml(event: Event, language: str | None = None, version: str = "draft") -> bytes:
    """The schedule as UTF-8 XML; text is escaped by ElementTree, never read as markup.
    ``version``: the published version's name (``PublicationStamp.schedule_version``)."""
    language = language or event.primary_language
    root = etree.Element("schedule")

    def sub(parent: etree.Element, tag: str, text: str | None = None,
            **attributes: str) -> etree.Element:
        element = etree.SubElement(parent, tag, {k: xml_safe(v) for k, v in attributes.items()})
        if text is not None:
            element.text = xml_safe(text)
        return element

    sub(root, "version", version)
    conference = sub(root, "conference")
    sub(conference, "acronym", event.key)
    sub(conference, "title", event.text_in("title", language) or event.title)
    sub(conference, "start", event.start_date.isoformat())
    sub(conference, "end", event.end_date.isoformat())
    sub(conference, "days", str((event.end_date - event.start_date).days + 1))
    sub(conference, "timeslot_duration", TIMESLOT)
    for day in schedule_days(event, language):
        day_element = sub(root, "day", index=str(day.index), date=day.date.isoformat(),
                          start=day.start, end=day.end)
        for room_name, entries in day.rooms:
            room_element = sub(day_element, "room", name=room_name)
            for entry in entries:
                element = sub(room_element, "event", id=str(entry.id), guid=entry.guid)
                for tag in ("date", "start", "duration", "room", "slug", "title", "subtitle",
                            "track", "type", "language", "abstract", "description"):
                    sub(element, tag, getattr(entry, tag))
                persons = sub(element, "persons")
                for person_id, name in entry.persons:
                    sub(persons, "person", name, id=str(person_id))
    etree.indent(root)
    document: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return document + b"\n"


def _event_json(entry: ScheduleEvent) -> dict[str, Any]:
    return {
        "guid": entry.guid, "id": entry.id, "date": entry.date, "start": entry.start,
        "duration": entry.duration, "room": entry.room, "slug": entry.slug, "url": "",
        "title": entry.title, "subtitle": entry.subtitle, "track": entry.track,
        "type": entry.type, "language": entry.language, "abstract": entry.abstract,
        "description": entry.description, "recording_license": "", "do_not_record": False,
        "persons": [{"id": pid, "public_name": name} for pid, name in entry.persons],
        "links": [], "attachments": [],
    }


def schedule_document(event: Event, language: str | None = None,
                      version: str = "draft") -> dict[str, Any]:
    """The JSON form: the same days, rooms, events and persons as the XML."""
    language = language or event.primary_language
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "roundtable", "version": __version__},
        "schedule": {
            "version": version,
            "base_url": "",
            "conference": {
                "acronym": event.key,
                "title": event.text_in("title", language) or event.title,
                "start": event.start_date.isoformat(),
                "end": event.end_date.isoformat(),
                "daysCount": (event.end_date - event.start_date).days + 1,
                "timeslot_duration": TIMESLOT,
                "time_zone_name": event.timezone,
                "rooms": [{"name": room.text_in("name", language) or room.name,
                           "guid": room_guid(event, room)} for room in event.rooms],
                "days": [
                    {"index": day.index, "date": day.date.isoformat(), "day_start": day.start,
                     "day_end": day.end,
                     "rooms": {name: [_event_json(e) for e in entries]
                               for name, entries in day.rooms}}
                    for day in schedule_days(event, language)
                ],
            },
        },
    }


def write_schedule_xml(event: Event, path: Path, language: str | None = None,
                       version: str = "draft") -> None:
    write_bytes_atomically(path, schedule_xml(event, language, version))


def write_schedule_json(event: Event, path: Path, language: str | None = None,
                        version: str = "draft") -> None:
    text = json.dumps(schedule_document(event, language, version), ensure_ascii=False,
                      indent=2) + "\n"
    write_bytes_atomically(path, text.encode("utf-8"))
