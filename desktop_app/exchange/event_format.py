"""The event file format's field names and value parsers (``docs/event-format.md``),
shared by the detailed validator (``event_validation``), its quick checks
(``event_quick_checks``) and the import."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from desktop_app.domain.vocabulary import READINESS_ITEMS

TOP_FIELDS = {"format", "version", "event", "organizations", "people", "agenda", "agreements"}
#: The top-level fields of format version 2 on: seating plans, published versions.
TOP_FIELDS_V2 = TOP_FIELDS | {"seating", "versions"}
SEATING_FIELDS = {"item", "layout", "rule", "seats"}
SEAT_FIELDS = {"seat", "person", "locked", "reason"}
EVENT_FIELDS = {"id", "title", "subtitle", "start_date", "end_date", "timezone", "venue", "rooms",
                "hosts", "languages", "description"}
VENUE_FIELDS = {"name", "address", "city", "country"}
ROOM_FIELDS = {"id", "name", "capacity"}
ORGANIZATION_FIELDS = {"id", "name", "short_name", "local_names", "kind", "country", "city",
                       "website"}
PERSON_FIELDS = {"id", "honorific", "given_name", "family_name", "local_names", "position",
                 "organization", "country", "precedence", "email", "phone", "bio"}
#: Version 2 on: the stable id schedules know a person or an agenda item by.
PERSON_FIELDS_V2 = PERSON_FIELDS | {"schedule_id"}
AGENDA_FIELDS = {"id", "title", "kind", "day", "start", "end", "room", "speakers", "chair",
                 "topics", "description"}
AGENDA_FIELDS_V2 = AGENDA_FIELDS | {"schedule_id"}
AGREEMENT_FIELDS = {"id", "reference", "kind", "title", "parties", "witnesses", "status",
                    "signing", "signed_at", "valid_from", "valid_until", "languages", "originals",
                    "readiness", "notes"}
PARTY_FIELDS = {"organization", "signatory"}
SIGNING_FIELDS = {"agenda_item", "order"}
READINESS_FIELDS = frozenset(READINESS_ITEMS)
PERSON_TEXT_FIELDS = ("honorific", "given_name", "position", "email", "phone", "bio")


def parse_date(value: str) -> dt.date:
    if len(value) != 10:
        raise ValueError(value)
    return dt.date.fromisoformat(value)


def parse_time(value: str) -> dt.time:
    if len(value) != 5 or value[2] != ":":
        raise ValueError(value)
    return dt.time.fromisoformat(value)


def parse_instant(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("no offset")
    return parsed


CHOICES_BY_ENUM: dict[Any, tuple[str, ...]] = {}


def choices(allowed: Iterable[str]) -> tuple[str, ...]:
    """The allowed values as text, in their order; an enumeration's are listed once, not
    once per checked value (listing a ``StrEnum`` was a third of validating 2,000
    agreements)."""
    try:
        return CHOICES_BY_ENUM[allowed]
    except TypeError:  # not hashable: a one-off list
        return tuple(str(choice) for choice in allowed)
    except KeyError:
        choices = CHOICES_BY_ENUM[allowed] = tuple(str(choice) for choice in allowed)
        return choices
