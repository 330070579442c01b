"""The event file (``roundtable-event``; reads versions 1 and 2, writes 2).

Reading yields a validated JSON document (see ``event_validation``);
writing turns a loaded ``Event`` back into exactly the documented shape,
so that exporting and importing again gives the same event.
"""
from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.models import Event, SeatingPlan
from desktop_app.domain.ordering import agenda_in_order
from desktop_app.domain.vocabulary import READINESS_ITEMS

from .event_partnership import partnership_to_file
from .event_translations import (
    AGENDA_TEXTS,
    AGREEMENT_TEXTS,
    EVENT_TEXTS,
    PERSON_TEXTS,
    ROOM_TEXTS,
    VENUE_TEXTS,
    topic_to_file,
    write_translations,
)
from .event_validation import (
    FORMAT_NAME,
    FORMAT_VERSION,
    EventFileError,
    read_and_validate,
)
from .event_versions import versions_to_file

#: Files larger than this are refused before they are parsed: a real event
#: file is a few megabytes at most, and parsing holds the whole file in memory.
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_event_file(path: Path) -> dict[str, Any]:
    """The validated document in ``path``; raises ``EventFileError`` listing every problem."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EventFileError([f'cannot read "{path}": {exc.strerror}']) from exc
    if size > MAX_FILE_BYTES:
        raise EventFileError([f'"{path}" is {size // (1024 * 1024)} MB; event files are limited '
                              f"to {MAX_FILE_BYTES // (1024 * 1024)} MB"])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EventFileError([f'cannot read "{path}": {exc.strerror}']) from exc
    return read_event_bytes(data)


def read_event_bytes(data: bytes) -> dict[str, Any]:
    return read_and_validate(data)


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None and value != {}}


def format_instant(value: dt.datetime, timezone: str) -> str:
    """ISO 8601 with the event's offset at that instant, to the second."""
    return value.astimezone(zoneinfo.ZoneInfo(timezone)).isoformat(timespec="seconds")


def event_to_document(event: Event, *, with_files: bool = False) -> dict[str, Any]:
    """The event file document for a fully loaded ``event`` (see ``services.loading``;
    the agreements' renewals, attachments and activities loaded too, with the attached
    files' bytes when ``with_files``)."""
    organizations = sorted(event.organizations, key=lambda o: o.id)
    people = sorted(event.people, key=lambda p: p.id)
    agreements = sorted(event.agreements, key=lambda a: a.id)
    agenda = agenda_in_order(event)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "event": _drop_none({
            "id": event.key,
            "title": event.title,
            "subtitle": event.subtitle,
            **write_translations(event.translations, EVENT_TEXTS),
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "timezone": event.timezone,
            "venue": _drop_none({
                "name": event.venue_name,
                "address": event.venue_address,
                "city": event.venue_city,
                "country": event.venue_country,
                **write_translations(event.translations, VENUE_TEXTS),
            }),
            "rooms": [_drop_none({"id": r.key, "name": r.name,
                                  **write_translations(r.translations, ROOM_TEXTS),
                                  "capacity": r.capacity})
                      for r in event.rooms],
            "hosts": [host.organization.key for host in event.hosts] or None,
            "languages": list(event.languages),
            "description": event.description,
        }),
        "organizations": [
            _drop_none({
                "id": o.key, "name": o.name, "short_name": o.short_name,
                "local_names": dict(o.local_names or {}) or None, "kind": o.kind,
                "country": o.country, "city": o.city, "website": o.website,
            })
            for o in organizations
        ],
        "people": [
            _drop_none({
                "id": p.key, "schedule_id": p.schedule_id,
                "honorific": p.honorific, "given_name": p.given_name,
                "family_name": p.family_name, "local_names": dict(p.local_names or {}) or None,
                "position": p.position, **write_translations(p.translations, PERSON_TEXTS),
                "organization": p.organization.key if p.organization else None,
                "country": p.country, "precedence": p.precedence, "email": p.email,
                "phone": p.phone, "bio": p.bio,
            })
            for p in people
        ],
        "agenda": [
            _drop_none({
                "id": item.key, "schedule_id": item.schedule_id, "kind": item.kind,
                "title": item.title,
                **write_translations(item.translations, AGENDA_TEXTS),
                "day": item.day.isoformat(), "start": item.start_time.strftime("%H:%M"),
                "end": item.end_time.strftime("%H:%M"), "room": item.room.key,
                "chair": item.chair.key if item.chair else None,
                "speakers": [link.person.key for link in item.speakers] or None,
                "topics": [topic_to_file(topic.text, topic.translations)
                           for topic in item.topics] or None,
                "description": item.description,
            })
            for item in agenda
        ],
        "agreements": [
            _drop_none({
                "id": a.key, "reference": a.reference, "kind": a.kind, "title": a.title,
                **write_translations(a.translations, AGREEMENT_TEXTS),
                "parties": [
                    _drop_none({"organization": party.organization.key,
                                "signatory": party.signatory.key if party.signatory else None})
                    for party in a.parties
                ],
                "witnesses": [w.person.key for w in a.witnesses] or None,
                "status": a.status,
                "signing": _drop_none({
                    "agenda_item": a.signing_item.key,
                    "order": a.signing_order,
                }) if a.signing_item else None,
                "signed_at": format_instant(a.signed_at, event.timezone) if a.signed_at else None,
                "valid_from": a.valid_from.isoformat() if a.valid_from else None,
                "valid_until": a.valid_until.isoformat() if a.valid_until else None,
                "languages": list(a.languages) if a.languages is not None else None,
                "originals": a.originals,
                "readiness": _drop_none({name: getattr(a, name) for name in READINESS_ITEMS})
                or None,
                "notes": a.notes,
                **partnership_to_file(a, event, with_files=with_files),
            })
            for a in agreements
        ],
    }
    seating = _seating_to_file(event.seating_plans, [item.id for item in agenda])
    if seating:
        document["seating"] = seating
    versions = versions_to_file(event)
    if versions:
        document["versions"] = versions
    return document


def _seating_to_file(plans: list[SeatingPlan], agenda_order: list[int]) -> list[dict[str, Any]]:
    """The ``seating`` list: the main table first, then the items' plans in programme
    order; the seats with someone or locked, by number."""
    place = {item_id: index for index, item_id in enumerate(agenda_order, start=1)}
    ordered = sorted(plans, key=lambda plan: place.get(plan.item_id, 0) if plan.item_id else 0)
    return [{
        "item": plan.item.key if plan.item is not None else None,
        "layout": plan.layout,
        "rule": plan.rule,
        "seats": [_drop_none({
            "seat": seat.seat,
            "person": seat.person.key if seat.person is not None else None,
            "locked": True if seat.locked else None,
            "reason": seat.reason or None,
        }) for seat in plan.seats if seat.person is not None or seat.locked],
    } for plan in ordered]


def write_event_file(event: Event, path: Path, *, with_files: bool = False) -> None:
    """Write ``event`` to ``path`` as UTF-8 JSON, atomically (a temp file then rename)."""
    text = json.dumps(event_to_document(event, with_files=with_files), ensure_ascii=False,
                      indent=2) + "\n"
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise RoundtableError(f'cannot write "{path}": {exc.strerror}') from exc


__all__ = ["EventFileError", "event_to_document", "read_event_bytes", "read_event_file",
           "write_event_file"]
