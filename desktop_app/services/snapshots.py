"""Plain, immutable snapshots of records (``*Row``) that services hand to the GUI and the CLI.

Qt item models adapt these; they never hold ORM objects, so nothing lazy-loads
in ``data()`` and nothing crosses threads attached to a session.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import inspect

from desktop_app.domain.models import (
    AgendaItem,
    Agreement,
    AgreementParty,
    Event,
    Organization,
    Person,
    Room,
    person_name,
)
from desktop_app.domain.translations import Translations


def _translations(record: object) -> Translations:
    """A copy of a record's ``translations`` map (snapshots never share the ORM's dicts)."""
    stored = getattr(record, "translations", None) or {}
    return {field: dict(values) for field, values in stored.items()}


@dataclass(frozen=True)
class RoomRow:
    id: int
    key: str
    name: str
    capacity: int | None
    #: The name in the event's other languages: ``{"name": {language: text}}``.
    translations: Translations = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, room: Room) -> RoomRow:
        return cls(room.id, room.key, room.name, room.capacity, _translations(room))


@dataclass(frozen=True)
class EventRow:
    id: int
    key: str
    version: int
    title: str
    subtitle: str | None
    start_date: dt.date
    end_date: dt.date
    timezone: str
    venue_name: str
    venue_address: str | None
    venue_city: str
    venue_country: str
    languages: tuple[str, ...]
    description: str | None
    rooms: tuple[RoomRow, ...]
    host_ids: tuple[int, ...]
    #: Title, subtitle, description and venue texts in the event's other languages.
    translations: Translations = field(default_factory=dict, hash=False)

    @property
    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=i) for i in range(count)]

    @property
    def primary_language(self) -> str:
        return self.languages[0] if self.languages else "en"

    @classmethod
    def of(cls, event: Event) -> EventRow:
        return cls(
            event.id, event.key, event.version, event.title, event.subtitle, event.start_date,
            event.end_date, event.timezone, event.venue_name, event.venue_address,
            event.venue_city, event.venue_country, tuple(event.languages), event.description,
            tuple(RoomRow.of(room) for room in event.rooms),
            tuple(host.organization_id for host in event.hosts), _translations(event),
        )


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    key: str
    version: int
    name: str
    short_name: str | None
    local_names: dict[str, str]
    kind: str
    country: str
    city: str | None
    website: str | None
    #: The folded name forms stored for searching (``domain.text.search_key``).
    search_key: str = ""

    @classmethod
    def of(cls, org: Organization) -> OrganizationRow:
        return cls(org.id, org.key, org.version, org.name, org.short_name,
                   dict(org.local_names or {}), org.kind, org.country, org.city, org.website,
                   org.search_key or "")


@dataclass(frozen=True)
class PersonRow:
    id: int
    key: str
    version: int
    honorific: str | None
    given_name: str | None
    family_name: str
    local_names: dict[str, str]
    position: str | None
    organization_id: int | None
    organization_name: str | None
    country: str | None
    precedence: int | None
    email: str | None
    phone: str | None
    bio: str | None
    #: The folded name forms stored for searching (``domain.text.search_key``).
    search_key: str = ""
    #: The position in the event's other languages: ``{"position": {language: text}}``.
    translations: Translations = field(default_factory=dict, hash=False)
    #: The country of the person's organization (shown when the person has none).
    organization_country: str | None = None

    @property
    def full_name(self) -> str:
        return person_name(self.given_name, self.family_name)

    @property
    def display_name(self) -> str:
        return person_name(self.given_name, self.family_name, self.honorific)

    @classmethod
    def of(cls, person: Person) -> PersonRow:
        return cls(
            person.id, person.key, person.version, person.honorific, person.given_name,
            person.family_name, dict(person.local_names or {}), person.position,
            person.organization_id, person.organization.name if person.organization else None,
            person.country, person.precedence, person.email, person.phone, person.bio,
            person.search_key or "", _translations(person),
            person.organization.country if person.organization else None,
        )


@dataclass(frozen=True)
class AgendaItemRow:
    """An agenda item as the timeline, the table and the forms show it: every field,
    with its room's and people's names, its topics and its translations.

    The item has two other plain shapes, each for another purpose:
    ``services.agenda.AgendaItemData`` is what a form submits (no id, no version, the
    fields a user sets), and ``domain.conflict_facts.ItemFacts`` is the slice the
    conflict checks and the seating plans read (times, room, who takes part), loaded
    with a few column queries and no names, topics or translations."""

    id: int
    key: str
    version: int
    title: str
    kind: str
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int
    room_name: str
    chair_id: int | None
    chair_name: str | None
    speaker_ids: tuple[int, ...]
    speaker_names: tuple[str, ...]
    topics: tuple[str, ...]
    description: str | None
    #: Title and description in the event's other languages.
    translations: Translations = field(default_factory=dict, hash=False)
    #: Each topic's ``{"text": {language: text}}``, in the order of ``topics``.
    topic_translations: tuple[Translations, ...] = field(default=(), hash=False)
    #: The item's id in conference schedules (``AgendaItem.schedule_id``).
    schedule_id: int | None = field(default=None, compare=False)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.end_time)

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @classmethod
    def of(cls, item: AgendaItem) -> AgendaItemRow:
        return cls(
            item.id, item.key, item.version, item.title, item.kind, item.day, item.start_time,
            item.end_time, item.room_id, item.room.name, item.chair_id,
            item.chair.display_name if item.chair else None,
            tuple(link.person_id for link in item.speakers),
            tuple(link.person.display_name for link in item.speakers),
            tuple(topic.text for topic in item.topics), item.description,
            _translations(item), tuple(_translations(topic) for topic in item.topics),
            item.schedule_id,
        )


@dataclass(frozen=True)
class PartyRow:
    organization_id: int
    organization_name: str
    short_name: str | None
    country: str
    signatory_id: int | None
    signatory_name: str | None

    @classmethod
    def of(cls, party: AgreementParty) -> PartyRow:
        org = party.organization
        return cls(org.id, org.name, org.short_name, org.country, party.signatory_id,
                   party.signatory.display_name if party.signatory else None)


def _witness_names(agreement: Agreement) -> tuple[str, ...]:
    """The witnesses' names when their people were loaded with them (never a query per
    witness: a plan of 2,000 agreements reads them without); else none."""
    names = []
    for witness in agreement.witnesses:
        if "person" in inspect(witness).unloaded:
            return ()
        names.append(witness.person.display_name)
    return tuple(names)


@dataclass(frozen=True)
class AgreementRow:
    id: int
    key: str
    version: int
    reference: str
    kind: str
    title: str
    status: str
    parties: tuple[PartyRow, ...]
    witness_ids: tuple[int, ...]
    signing_item_id: int | None
    signing_order: int | None
    signed_at: dt.datetime | None
    valid_from: dt.date | None
    valid_until: dt.date | None
    languages: tuple[str, ...] | None
    originals: int | None
    readiness: dict[str, bool | None] = field(default_factory=dict)
    notes: str | None = None
    #: The title in the event's other languages: ``{"title": {language: text}}``.
    translations: Translations = field(default_factory=dict, hash=False)
    #: The witnesses' names, in the order of ``witness_ids``.
    witness_names: tuple[str, ...] = ()

    @property
    def is_prepared(self) -> bool:
        return all(bool(v) for v in self.readiness.values())

    @property
    def party_names(self) -> str:
        return " · ".join(p.short_name or p.organization_name for p in self.parties)

    @property
    def signatory_names(self) -> str:
        return " · ".join(p.signatory_name or "—" for p in self.parties)

    @classmethod
    def of(cls, agreement: Agreement) -> AgreementRow:
        return cls(
            agreement.id, agreement.key, agreement.version, agreement.reference, agreement.kind,
            agreement.title, agreement.status,
            tuple(PartyRow.of(party) for party in agreement.parties),
            tuple(w.person_id for w in agreement.witnesses), agreement.signing_item_id,
            agreement.signing_order, agreement.signed_at, agreement.valid_from,
            agreement.valid_until,
            tuple(agreement.languages) if agreement.languages is not None else None,
            agreement.originals, agreement.readiness, agreement.notes,
            _translations(agreement),
            _witness_names(agreement),
        )
