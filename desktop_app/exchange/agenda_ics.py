"""The agenda as an iCalendar file (RFC 5545): one VEVENT per agenda item.

Times are written in the event's time zone (``DTSTART;TZID=Asia/Baku``) with
a VTIMEZONE built from the tz database, so calendars show them right in any
time zone. Each item's UID comes from the event id and the item id, so
importing a newer file updates the entries instead of duplicating them;
SEQUENCE counts the published versions in which the item changed
(``domain.programme_versions.calendar_state``), so clients accept the update, and an
item the last version removed is written once more, as cancelled.

The texts (titles, descriptions, rooms, venue, topics, positions, agreement titles) and
names are written in one language, by default the event's first: each where it is
translated, else its default text (``Translatable.text_in``, ``local_name``).
"""
from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from icalendar import Calendar, Timezone
from icalendar import Event as CalendarEvent

from desktop_app import __version__
from desktop_app.domain.models import AgendaItem, Agreement, Event, Person
from desktop_app.domain.ordering import agenda_in_order, agreements_in_signing_order
from desktop_app.domain.programme_versions import CalendarState, room_name_in, text_in

from .files import write_bytes_atomically

PRODID = f"-//Roundtable//Roundtable {__version__}//EN"
UID_DOMAIN = "roundtable.invalid"

KIND_LABELS = {
    "opening": "Opening", "speech": "Speech", "remarks": "Remarks", "panel": "Panel",
    "signing": "Signing ceremony", "break": "Break", "exhibition": "Exhibition", "other": "Other",
}


def item_uid(event: Event, item: AgendaItem) -> str:
    """The stable UID of an agenda item: the same for every export of the event."""
    return f"{item.key}.{event.key}@{UID_DOMAIN}"


def person_display_name(person: Person, language: str | None = None) -> str:
    """Honorific, given and family name, the name in ``language`` where one is recorded
    (``Person.display_name`` when none is)."""
    name = person.local_name(language)
    return f"{person.honorific} {name}" if person.honorific else name


def _person_line(person: Person, language: str | None) -> str:
    organization = person.organization
    details = [p for p in (person.text_in("position", language),
                           organization.local_name(language) if organization else None) if p]
    return person_display_name(person, language) + (f" ({', '.join(details)})"
                                                    if details else "")


def item_location(event: Event, item: AgendaItem, language: str | None = None) -> str:
    """The room, then the venue and its address: what a phone's map search needs."""
    parts = [item.room.text_in("name", language), event.text_in("venue_name", language),
             event.text_in("venue_address", language), event.text_in("venue_city", language)]
    return ", ".join(part for part in parts if part)


def item_description(event: Event, item: AgendaItem,
                     signings: list[Agreement] | None = None,
                     language: str | None = None) -> str:
    """Speakers (or panelists), chair, topics, signings and the item's own description.

    ``signings`` are the item's agreements in signing order (found when not given).
    """
    blocks: list[str] = []
    description = item.text_in("description", language)
    if description:
        blocks.append(description)
    if item.chair:
        blocks.append(f"Chair: {_person_line(item.chair, language)}")
    if item.speakers:
        label = "Panelists" if item.kind == "panel" else "Speakers"
        blocks.append(f"{label}:\n" + "\n".join(f"- {_person_line(link.person, language)}"
                                                  for link in item.speakers))
    if item.topics:
        blocks.append("Topics:\n" + "\n".join(f"- {topic.text_in('text', language)}"
                                                for topic in item.topics))
    if signings is None:
        signings = signings_by_item(event).get(item.id, [])
    if signings:
        blocks.append("Agreements:\n" + "\n".join(
            f"- {a.reference}: {a.text_in('title', language)} ("
            + " – ".join(p.organization.short_name or p.organization.local_name(language)
                         for p in a.parties)
            + ")" for a in signings))
    return "\n\n".join(blocks)


def signings_by_item(event: Event) -> dict[int, list[Agreement]]:
    """Agreements (not cancelled) of each signing item, in signing order."""
    grouped: dict[int, list[Agreement]] = {}
    for agreement in agreements_in_signing_order(event):
        if agreement.signing_item_id is not None and agreement.status != "cancelled":
            grouped.setdefault(agreement.signing_item_id, []).append(agreement)
    return grouped


def agenda_calendar(event: Event, *, stamp: dt.datetime | None = None,
                    language: str | None = None,
                    versions: CalendarState | None = None) -> Calendar:
    """The calendar of a loaded ``event``; ``stamp`` is DTSTAMP (now by default), texts
    in ``language`` (the event's first language by default) where translated;
    ``versions``: each item's SEQUENCE and the items to write as cancelled (none
    without)."""
    language = language or event.primary_language
    zone = zoneinfo.ZoneInfo(event.timezone)
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", event.text_in("title", language))
    calendar.add("x-wr-timezone", event.timezone)
    timezone = Timezone.from_tzid(
        event.timezone, first_date=event.start_date - dt.timedelta(days=366),
        last_date=event.end_date + dt.timedelta(days=366))
    timezone.pop("COMMENT", None)  # the library's note on the covered range, not ours
    calendar.add_component(timezone)
    signings = signings_by_item(event)
    for item in agenda_in_order(event):
        entry = CalendarEvent()
        entry.add("uid", item_uid(event, item))
        entry.add("dtstamp", stamp)
        entry.add("sequence", versions.sequences.get(item.key, 0) if versions else 0)
        entry.add("dtstart", item.start.replace(tzinfo=zone))
        entry.add("dtend", item.end.replace(tzinfo=zone))
        entry.add("summary", item.text_in("title", language))
        entry.add("location", item_location(event, item, language))
        description = item_description(event, item, signings.get(item.id, []), language)
        if description:
            entry.add("description", description)
        entry.add("categories", [KIND_LABELS.get(item.kind, item.kind)])
        entry.add("status", "CONFIRMED")
        entry.add("transp", "TRANSPARENT" if item.kind == "break" else "OPAQUE")
        calendar.add_component(entry)
    if versions is not None:
        for removed in versions.cancelled:
            calendar.add_component(_cancelled(event, removed, versions, zone, stamp, language))
    return calendar


def _cancelled(event: Event, item: Mapping[str, Any], versions: CalendarState,
               zone: zoneinfo.ZoneInfo, stamp: dt.datetime, language: str) -> CalendarEvent:
    """An item the last version removed, as the version before had it: cancelled."""
    day = dt.date.fromisoformat(item["day"])
    entry = CalendarEvent()
    entry.add("uid", f"{item['id']}.{event.key}@{UID_DOMAIN}")
    entry.add("dtstamp", stamp)
    entry.add("sequence", versions.sequences.get(item["id"], 0))
    entry.add("dtstart", dt.datetime.combine(day, dt.time.fromisoformat(item["start"]), zone))
    entry.add("dtend", dt.datetime.combine(day, dt.time.fromisoformat(item["end"]), zone))
    entry.add("summary", text_in(item, "title", language))
    place = [room_name_in(versions.cancelled_from, item["room"], language),
             event.text_in("venue_name", language), event.text_in("venue_address", language),
             event.text_in("venue_city", language)]
    entry.add("location", ", ".join(part for part in place if part))
    entry.add("categories", [KIND_LABELS.get(item["kind"], item["kind"])])
    entry.add("status", "CANCELLED")
    entry.add("transp", "TRANSPARENT")
    return entry


def write_agenda_ics(event: Event, path: Path, language: str | None = None,
                     versions: CalendarState | None = None) -> None:
    write_bytes_atomically(path, agenda_calendar(event, language=language,
                                                 versions=versions).to_ical())
