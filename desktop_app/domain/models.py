"""The event model: SQLAlchemy 2.0 typed ORM, one database holding many events.

Every record has an integer primary key and, where the event file gives it
one, a ``key``: the file's ``id``, unique within its event. People and
organizations are stored once per event; agenda items and agreements link to
them through ordered association rows (speakers, parties, witnesses), as
Indico does. ``version`` columns give optimistic concurrency: a save based on
an outdated read is refused instead of silently overwriting.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, Literal, overload

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
    select,
)
from sqlalchemy import event as sa_event
from sqlalchemy import text as sql_text
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from .translations import Translations, in_language, translated
from .vocabulary import READINESS_ITEMS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY_LENGTH = 64


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant stored as naive UTC and read back as an aware UTC datetime.

    SQLite has no time zone type; storing the same form in every backend keeps
    ordering and equality right across SQLite and PostgreSQL.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants must carry a time zone offset")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def person_name(given_name: str | None, family_name: str | None,
                honorific: str | None = None) -> str:
    """How a person is named in lists: "H.E. Sayasat Nurbek" (parts that exist)."""
    return " ".join(part for part in (honorific, given_name, family_name) if part)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, str]: JSON, list[str]: JSON, dict[str, Any]: JSON,
                           dict[str, dict[str, str]]: JSON}


class Versioned:
    """Mixin: a counter SQLAlchemy checks on every UPDATE (optimistic locking)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


#: The translatable fields no record leaves empty (NOT NULL columns).
RequiredText = Literal["title", "name", "text", "venue_name", "venue_city"]


class Translatable:
    """Mixin: the record's texts in other languages, ``{field: {language: text}}``.

    One JSON column per record (not a table of translations): the texts load with their
    record, so no list, document or export needs a query more for them, on SQLite and
    PostgreSQL alike. Which fields translate: ``translations.TRANSLATABLE_FIELDS``.
    """

    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)

    @overload
    def text_in(self, field: RequiredText, language: str | None) -> str: ...
    @overload
    def text_in(self, field: str, language: str | None) -> str | None: ...

    def text_in(self, field: str, language: str | None) -> str | None:
        """``field`` in ``language`` where translated, else the default text."""
        return translated(self.translations, field, language, getattr(self, field))

    def translation_map(self) -> Translations:
        return {field: dict(values) for field, values in (self.translations or {}).items()}


class Event(Versioned, Translatable, Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    title: Mapped[str] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    venue_name: Mapped[str] = mapped_column(Text)
    venue_address: Mapped[str | None] = mapped_column(Text)
    venue_city: Mapped[str] = mapped_column(Text)
    venue_country: Mapped[str] = mapped_column(String(2))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None)
    )

    rooms: Mapped[list[Room]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Room.position",
        collection_class=ordering_list("position"),
    )
    hosts: Mapped[list[EventHost]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventHost.position",
        collection_class=ordering_list("position"),
    )
    organizations: Mapped[list[Organization]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    seating_plans: Mapped[list[SeatingPlan]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    programme_versions: Mapped[list[ProgrammeVersion]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ProgrammeVersion.position",
    )

    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)

    @property
    def primary_language(self) -> str:
        return self.languages[0] if self.languages else "en"


class Room(Translatable, Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(Text)
    capacity: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="rooms")


class EventHost(Base):
    __tablename__ = "event_hosts"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="hosts")
    organization: Mapped[Organization] = relationship()


class Organization(Versioned, Base):
    __tablename__ = "organizations"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str | None] = mapped_column(Text)
    local_names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    #: Folded name forms for case/accent-insensitive search in every script.
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)

    event: Mapped[Event] = relationship(back_populates="organizations")

    __mapper_args__ = {"version_id_col": Versioned.version}

    def local_name(self, language: str | None) -> str:
        """The name in ``language`` where one is recorded, else the default name."""
        return in_language(self.local_names, language, self.name) or self.name

    @property
    def display_name(self) -> str:
        return self.name


class Person(Versioned, Translatable, Base):
    __tablename__ = "people"
    __table_args__ = (
        UniqueConstraint("event_id", "key"),
        Index("ix_people_event_schedule_id", "event_id", "schedule_id", unique=True),
        CheckConstraint("precedence IS NULL OR precedence >= 1", name="precedence_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    honorific: Mapped[str | None] = mapped_column(Text)
    given_name: Mapped[str | None] = mapped_column(Text)
    family_name: Mapped[str] = mapped_column(Text)
    local_names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    position: Mapped[str | None] = mapped_column(Text)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    country: Mapped[str | None] = mapped_column(String(2))
    precedence: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    bio: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    #: The person's id in conference schedules (frab): a whole number unique in the event,
    #: given once (``assign_schedule_ids``) and kept through export, import and restore.
    schedule_id: Mapped[int | None] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="people")
    organization: Mapped[Organization | None] = relationship()

    __mapper_args__ = {"version_id_col": Versioned.version}

    @property
    def full_name(self) -> str:
        """Given name then family name, as printed in English material."""
        return person_name(self.given_name, self.family_name)

    def local_name(self, language: str | None) -> str:
        """The full name in ``language`` where one is recorded, else the default."""
        return in_language(self.local_names, language, self.full_name) or self.full_name

    @property
    def display_name(self) -> str:
        return person_name(self.given_name, self.family_name, self.honorific)


class AgendaItem(Versioned, Translatable, Base):
    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("event_id", "key"),
        Index("ix_agenda_items_event_day_start", "event_id", "day", "start_time"),
        Index("ix_agenda_items_event_schedule_id", "event_id", "schedule_id", unique=True),
        CheckConstraint("end_time > start_time", name="times_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"), index=True)
    chair_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)
    #: The item's event id in conference schedules (frab), as ``Person.schedule_id``.
    schedule_id: Mapped[int | None] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="agenda_items")
    room: Mapped[Room] = relationship()
    chair: Mapped[Person | None] = relationship()
    speakers: Mapped[list[AgendaSpeaker]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="AgendaSpeaker.position",
        collection_class=ordering_list("position"),
    )
    topics: Mapped[list[AgendaTopic]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="AgendaTopic.position",
        collection_class=ordering_list("position"),
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="signing_item", order_by="Agreement.signing_order"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.start_time)

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.end_time)

    @property
    def speaker_people(self) -> list[Person]:
        return [link.person for link in self.speakers]


class AgendaSpeaker(Base):
    __tablename__ = "agenda_speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[AgendaItem] = relationship(back_populates="speakers")
    person: Mapped[Person] = relationship()


class AgendaTopic(Translatable, Base):
    __tablename__ = "agenda_topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    item: Mapped[AgendaItem] = relationship(back_populates="topics")


class Agreement(Versioned, Translatable, Base):
    __tablename__ = "agreements"
    __table_args__ = (
        UniqueConstraint("event_id", "key"),
        UniqueConstraint("event_id", "reference", name="uq_agreements_event_reference"),
        Index("ix_agreements_signing_slot", "signing_item_id", "signing_order"),
        CheckConstraint("originals IS NULL OR originals >= 1", name="originals_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    reference: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    signing_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    signing_order: Mapped[int | None] = mapped_column(Integer)
    #: The instant of signing, stored in UTC; shown in the event's time zone.
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    languages: Mapped[list[str] | None] = mapped_column(JSON)
    originals: Mapped[int | None] = mapped_column(Integer)
    # The readiness checklist; None means "not stated" (the file left it out).
    legal_review: Mapped[bool | None] = mapped_column(Boolean)
    translated: Mapped[bool | None] = mapped_column(Boolean)
    printed: Mapped[bool | None] = mapped_column(Boolean)
    bound: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)
    # After the ceremony (``domain.partnership``): the agreement this one renews (in any
    # event), and a termination, the one lifecycle state that is a decision, not a date.
    renews_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="agreements")
    signing_item: Mapped[AgendaItem | None] = relationship(back_populates="agreements")
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan",
        order_by="AgreementParty.position", collection_class=ordering_list("position"),
    )
    witnesses: Mapped[list[AgreementWitness]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan",
        order_by="AgreementWitness.position", collection_class=ordering_list("position"),
    )
    renews: Mapped[Agreement | None] = relationship(remote_side="Agreement.id",
                                                    foreign_keys=[renews_id])
    attachments: Mapped[list[AgreementAttachment]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", passive_deletes=True,
        order_by="AgreementAttachment.id",
    )
    activities: Mapped[list[AgreementActivity]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(AgreementActivity.day, AgreementActivity.id)",
    )

    __mapper_args__ = {"version_id_col": Versioned.version}

    @property
    def readiness(self) -> dict[str, bool | None]:
        return {name: getattr(self, name) for name in READINESS_ITEMS}

    @property
    def is_fully_prepared(self) -> bool:
        return all(bool(value) for value in self.readiness.values())

    @property
    def originals_needed(self) -> int:
        """Original copies to sign: as stated, else one per party."""
        return self.originals if self.originals is not None else len(self.parties)


class AgreementParty(Base):
    __tablename__ = "agreement_parties"
    __table_args__ = (UniqueConstraint("agreement_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    signatory_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organization: Mapped[Organization] = relationship()
    signatory: Mapped[Person | None] = relationship()


class AgreementWitness(Base):
    __tablename__ = "agreement_witnesses"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)

    agreement: Mapped[Agreement] = relationship(back_populates="witnesses")
    person: Mapped[Person] = relationship()


class SeatingPlan(Versioned, Base):
    """Who sits where at a table: the event's main table (``item_id`` None), or the table
    of one agenda item, which then no longer uses the main table's.

    ``layout`` is a spec of ``domain.seating_layouts`` (``round:24``), ``rule`` the rule it
    was placed by (``domain.seating_rules.RULES``). An event has at most one main table and
    an item at most one plan. The seats with someone (or locked) are ``seats``; every edit
    of a seat goes through the plan, whose ``version`` it raises (optimistic concurrency).
    """

    __tablename__ = "seating_plans"
    __table_args__ = (
        UniqueConstraint("item_id"),
        Index("ix_seating_plans_one_main_table", "event_id", unique=True,
              sqlite_where=sql_text("item_id IS NULL"),
              postgresql_where=sql_text("item_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"))
    layout: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(16))

    event: Mapped[Event] = relationship(back_populates="seating_plans")
    item: Mapped[AgendaItem | None] = relationship()
    seats: Mapped[list[SeatAssignment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True,
        order_by="SeatAssignment.seat",
    )

    __mapper_args__ = {"version_id_col": Versioned.version}


class SeatAssignment(Base):
    """One seat of a plan: who sits there (None: kept empty), whether automatic placement
    must keep it (``locked``), and why it was given (``reason``, shown in the window).

    Deleting a person leaves their seat empty (and locked if it was)."""

    __tablename__ = "seat_assignments"
    __table_args__ = (
        UniqueConstraint("plan_id", "seat"),
        CheckConstraint("seat >= 1", name="seat_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plans.id", ondelete="CASCADE"), index=True)
    seat: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[SeatingPlan] = relationship(back_populates="seats")
    person: Mapped[Person | None] = relationship()


class ChangeRecord(Base):
    """One committed change, so that other application instances can refresh.

    Every Roundtable instance appends a row after each commit and polls for
    rows written by others (``origin`` tells them apart); this works alike on
    SQLite files shared between processes and on a PostgreSQL server.
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    topic: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(36))
    changed_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None)
    )


class AgreementAttachment(Base):
    """A file kept with an agreement: the scanned signed original, a translation, an annex.

    The bytes are stored in the database (``content``, BLOB on SQLite, ``bytea`` on
    PostgreSQL; see docs/storage.md), so a backup, a restore and a shared server carry
    them with the rest. ``content`` is deferred: lists never read it. It is None for an
    attachment imported from an event file exported without its files: the name, size
    and SHA-256 are still known, so ``verify FILE`` still recognises the file.
    """

    __tablename__ = "agreement_attachments"
    __table_args__ = (CheckConstraint("size >= 0", name="size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    #: Lower-case hex SHA-256 of the bytes: how ``verify FILE`` finds a copy.
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[str | None] = mapped_column(Text)
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    agreement: Mapped[Agreement] = relationship(back_populates="attachments")


class AgreementActivity(Versioned, Base):
    """Something an agreement produced: students or staff exchanged, a joint programme,
    research or a publication, a visit, an event (``domain.partnership.ActivityKind``),
    with how many (``count``: 4 students) and, optionally, from which party to which."""

    __tablename__ = "agreement_activities"
    __table_args__ = (CheckConstraint("count IS NULL OR count >= 1", name="count_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    count: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    from_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"))
    to_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"))

    agreement: Mapped[Agreement] = relationship(back_populates="activities")
    from_organization: Mapped[Organization | None] = relationship(
        foreign_keys=[from_organization_id])
    to_organization: Mapped[Organization | None] = relationship(
        foreign_keys=[to_organization_id])

    __mapper_args__ = {"version_id_col": Versioned.version}


class ProgrammeVersion(Base):
    """A published version of an event's programme: its name (``v1``, ``v2``… or one of
    the user's), when it was published, a note, and the programme as it then was, as one
    compact JSON document (``snapshot``; ``domain.programme_versions``, deferred: lists of
    versions never read it).

    ``changes`` is how many changes it brought since the version before (None for the
    first); the ``last_*_schedule_id`` columns are the highest schedule ids given in the
    event by then, so that an id published once is never given to another item or person.
    """

    __tablename__ = "programme_versions"
    __table_args__ = (
        UniqueConstraint("event_id", "name", name="uq_programme_versions_event_name"),
        UniqueConstraint("event_id", "position", name="uq_programme_versions_event_position"),
        CheckConstraint("position >= 1", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    #: 1 for the first version published, then 2, 3…: the versions' order.
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[int | None] = mapped_column(Integer)
    last_item_schedule_id: Mapped[int] = mapped_column(Integer, default=0)
    last_person_schedule_id: Mapped[int] = mapped_column(Integer, default=0)
    snapshot: Mapped[str] = mapped_column(Text, deferred=True)

    event: Mapped[Event] = relationship(back_populates="programme_versions")


def next_schedule_id(session: Session, model: type[AgendaItem] | type[Person],
                     event_id: int) -> int:
    """The schedule id the next new item (or person) of the event gets: one more than any
    such id the event's records have, or had in a published version."""
    column = (ProgrammeVersion.last_item_schedule_id if model is AgendaItem
              else ProgrammeVersion.last_person_schedule_id)
    live = select(func.coalesce(func.max(model.schedule_id), 0)).where(
        model.event_id == event_id).scalar_subquery()
    published = select(func.coalesce(func.max(column), 0)).where(
        ProgrammeVersion.event_id == event_id).scalar_subquery()
    found = session.execute(select(live, published)).one()
    return int(max(found[0], found[1])) + 1


@sa_event.listens_for(Session, "before_flush")
def assign_schedule_ids(session: Session, _context: Any, _instances: Any) -> None:
    """Give every new agenda item and person without one a schedule id: the next of its
    event (one query per event and kind, however many records a flush adds)."""
    waiting: dict[tuple[type[Any], int | None, int], list[Any]] = defaultdict(list)
    for record in session.new:
        if isinstance(record, AgendaItem | Person) and record.schedule_id is None:
            event_id: int | None = record.event_id
            event = None
            if event_id is None:  # added through its event's list: perhaps a new event
                event = record.event
                event_id = event.id if event is not None else None
            waiting[(type(record), event_id, id(event) if event_id is None else 0)].append(
                record)
    for (model, event_id, _new_event), records in waiting.items():
        first = next_schedule_id(session, model, event_id) if event_id is not None else 1
        for offset, record in enumerate(sorted(records, key=lambda r: r.key or "")):
            record.schedule_id = first + offset
