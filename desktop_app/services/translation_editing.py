"""Reading and editing an event's texts in each of its languages, one text at a time.

The window's Translations view lists every translatable text of an event
(:func:`list_event_texts`) and stores one translation per edit
(:func:`set_translation`). Which texts there are, and their order, is the rule of
:func:`desktop_app.domain.translations.event_texts`; a translation is stored through
:func:`~desktop_app.domain.translations.with_translation`.

Rooms and agenda topics have no version of their own: they belong to the event and to
their agenda item, so a row carries its *owner's* version, and storing a room's or a
topic's translation checks and advances the owner's version, like any other edit of
the owner.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.domain.errors import NotFoundError, ValidationError, problem
from desktop_app.domain.models import AgendaItem, Agreement, Event, Person, Room
from desktop_app.domain.rules import text_problem
from desktop_app.domain.translations import (
    TRANSLATABLE_FIELDS,
    TextEntry,
    event_texts,
    missing_languages,
    with_translation,
)
from desktop_app.storage.database import Database

from .common import check_version, stale_as_domain_error

__all__ = ["CHANGE_TOPICS", "OWNER_KINDS", "TextRow", "list_event_texts", "set_translation"]

#: The kind of record whose version a kind's row carries (rooms and topics have none).
OWNER_KINDS: dict[str, str] = {"event": "event", "room": "event", "person": "person",
                               "agenda_item": "agenda_item", "topic": "agenda_item",
                               "agreement": "agreement"}

#: The change topic (``Database.notify``) of an edit of each kind: the views that show
#: the record refresh.
CHANGE_TOPICS: dict[str, str] = {"event": "events", "room": "events", "person": "people",
                                 "agenda_item": "agenda", "topic": "agenda",
                                 "agreement": "agreements"}

#: How the generic errors ("not found", "changed by someone else") name an owner.
_WHAT = {"event": "event", "person": "person", "agenda_item": "agenda item",
         "agreement": "agreement"}


@dataclass(frozen=True)
class TextRow:
    """One translatable text of an event: which record and field, its default text (the
    event's first language) and its translations ``{language: text}``.

    ``key`` is the record's key in its event (a topic's is ``ITEM#N``, its place from 1);
    ``owner_kind``/``owner_key`` name the record whose ``version`` this is (a room's
    event, a topic's agenda item; the record itself otherwise). ``label`` names the
    record as a user finds it: the event's title, a room's name, a person's name, an
    agenda item's title (a topic: its item's), an agreement's reference. ``starts_at``
    is an agenda item's (or a topic's item's) start, None for other kinds."""

    kind: str
    key: str
    field: str
    owner_kind: str
    owner_key: str
    label: str
    default: str
    translations: dict[str, str] = dataclass_field(default_factory=dict)
    version: int = 1
    starts_at: dt.datetime | None = None

    @property
    def topic_number(self) -> int | None:
        """A topic's place in its agenda item (from 1); None for other kinds."""
        return int(self.key.rsplit("#", 1)[1]) if self.kind == "topic" else None

    def text_in(self, language: str) -> str:
        """The translation into ``language`` ("" when there is none)."""
        return self.translations.get(language, "")

    def missing(self, languages: list[str] | tuple[str, ...]) -> list[str]:
        """The event ``languages`` (the first excepted) this text has no translation into."""
        return missing_languages({self.field: self.translations}, self.field, self.default,
                                 languages)


def _load_texts(session: Session, event_key: str) -> Event:
    """The event with every record ``event_texts`` reads: six queries whatever its size."""
    event = session.scalars(
        select(Event).where(Event.key == event_key).options(
            selectinload(Event.rooms),
            selectinload(Event.people),
            selectinload(Event.agenda_items).selectinload(AgendaItem.topics),
            selectinload(Event.agreements),
        )).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


def _label(entry: TextEntry, items: dict[str, AgendaItem]) -> str:
    record = entry.record
    if entry.kind == "event":
        return str(record.title)
    if entry.kind == "room":
        return str(record.name)
    if entry.kind == "person":
        return str(record.display_name)
    if entry.kind == "agreement":
        return str(record.reference)
    return str(items[entry.owner_key].title)  # an agenda item, or a topic's item


def _row(entry: TextEntry, event: Event, items: dict[str, AgendaItem]) -> TextRow:
    owner_kind = OWNER_KINDS[entry.kind]
    owner: Any = (event if owner_kind == "event" else items[entry.owner_key]
                  if owner_kind == "agenda_item" else entry.record)
    item = items.get(entry.owner_key) if owner_kind == "agenda_item" else None
    return TextRow(entry.kind, entry.key, entry.field, owner_kind, owner.key,
                   _label(entry, items), str(entry.default), entry.translations,
                   owner.version, item.start if item is not None else None)


def list_event_texts(db: Database, event_key: str) -> list[TextRow]:
    """Every translatable text of the event, in the order of ``event_texts`` (the event,
    rooms, people, agenda items each followed by its topics, agreements); a fixed number
    of queries whatever the event's size. Raises ``NotFoundError``."""
    with db.reader() as session:
        event = _load_texts(session, event_key)
        items = {item.key: item for item in event.agenda_items}
        return [_row(entry, event, items) for entry in event_texts(event)]


def _find(session: Session, event: Event, kind: str, key: str) -> tuple[Any, Any]:
    """(the record, the record holding its version) of ``kind`` and ``key`` in ``event``."""
    if kind == "event":
        if key != event.key:
            raise NotFoundError("event", key)
        return event, event
    if kind == "room":
        room = session.scalars(select(Room).where(Room.event_id == event.id,
                                                  Room.key == key)).one_or_none()
        if room is None:
            raise NotFoundError("room", key)
        return room, event
    if kind == "topic":
        item_key, _, number = key.rpartition("#")
        item = _keyed(session, AgendaItem, event.id, item_key, "agenda item")
        place = int(number) if number.isdigit() else 0
        if not 1 <= place <= len(item.topics):
            raise NotFoundError("topic", key)
        return item.topics[place - 1], item
    model = {"person": Person, "agenda_item": AgendaItem, "agreement": Agreement}[kind]
    record = _keyed(session, model, event.id, key, _WHAT[kind])
    return record, record


def _keyed(session: Session, model: Any, event_id: int, key: str, what: str) -> Any:
    record = session.scalars(select(model).where(model.event_id == event_id,
                                                 model.key == key)).one_or_none()
    if record is None:
        raise NotFoundError(what, key)
    return record


def _check_target(kind: str, field_name: str) -> None:
    if kind not in TRANSLATABLE_FIELDS:
        raise ValidationError(problem("kind", kind, '"{value}" is not one of {choices}',
                                      value=kind, choices=", ".join(TRANSLATABLE_FIELDS)))
    if field_name not in TRANSLATABLE_FIELDS[kind]:
        raise ValidationError(problem(
            "field", field_name, '"{value}" is not a translatable text; choose from {choices}',
            value=field_name, choices=", ".join(TRANSLATABLE_FIELDS[kind])))


def _check_language(event: Event, language: str) -> None:
    languages = list(event.languages)
    if language not in languages:
        raise ValidationError(problem(
            "language", language, '"{value}" is not one of the event\'s languages ({choices})',
            value=language, choices=", ".join(languages)))
    if language == languages[0]:
        raise ValidationError(problem(
            "language", language,
            '"{value}" is the language of the default text; edit that in the record\'s form',
            value=language))


def set_translation(db: Database, event_key: str, kind: str, key: str, field: str,
                    language: str, text: str | None,
                    expected_version: int | None = None) -> int:
    """Store ``text`` as ``field`` of the record (``kind``, ``key``) in ``language``; an
    empty text removes the translation. Returns the new version of the record holding
    the version (a room's event, a topic's agenda item).

    Refused (nothing stored): a kind or field that does not translate, a language that
    is not one of the event's or is its first (whose text is the default), a field
    without a default text, a text too long or holding a control character
    (``rules.text_problem``) (``ValidationError``); a record not in the event
    (``NotFoundError``); a version other than ``expected_version``, or a concurrent
    change (``StaleDataError``)."""
    _check_target(kind, field)
    if text and (found := text_problem(f"{field}.{language}", text)) is not None:
        raise ValidationError(found)
    text = (text or "").strip()
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.key == event_key)).one_or_none()
        if event is None:
            raise NotFoundError("event", event_key)
        _check_language(event, language)
        record, owner = _find(session, event, kind, key)
        what = _WHAT[OWNER_KINDS[kind]]
        check_version(owner, expected_version, what)
        if not str(getattr(record, field) or "").strip():
            raise ValidationError(problem(field, text, "has no default text to translate"))
        record.translations = with_translation(record.translations, field, language, text)
        if owner is not record:
            # A room or a topic changes its owner, whose version counts the change.
            flag_modified(owner, "translations")
        with stale_as_domain_error(what, owner.key):
            session.flush()
        version = int(owner.version)
    db.notify(CHANGE_TOPICS[kind], event_key)
    return version
