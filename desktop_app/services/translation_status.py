"""Which texts of an event still need a translation: warnings for ``check``, counts for
the Overview.

The rule of what is missing is :func:`desktop_app.domain.translations.missing_texts`
(the default text counts as the event's first language; every other event language
needs its own text). Here the missing texts are grouped per kind of record, field and
language, so that an untranslated programme gives a few lines, not hundreds:
``3 agenda items have no Kazakh title: welcome, address-kz, panel``.

These are not conflicts: ``services.events.check_event`` (which the window's conflict
monitor runs) leaves them out; ``roundtable check`` adds :func:`translation_warnings`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import QueryableAttribute, Session, selectinload

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.models import (
    AgendaItem,
    AgendaTopic,
    Agreement,
    Event,
    Person,
    Room,
    Translatable,
)
from desktop_app.domain.translations import TRANSLATABLE_FIELDS, TextEntry, missing_texts
from desktop_app.storage.database import Database

from .languages import english_language_name

__all__ = [
    "LIST_LIMIT",
    "MissingTranslations",
    "load_event_texts",
    "missing_translation_counts",
    "missing_translation_groups",
    "translation_warnings",
]

#: The code of the warnings, as ``check`` prints it: ``warning: [translation-missing] …``.
CODE = "translation-missing"

#: How many records a warning names before it says "and N more".
LIST_LIMIT = 10

#: Kind of record -> (one, several), in the order of the event file.
_NOUNS: dict[str, tuple[str, str]] = {
    "event": ("event", "events"),
    "room": ("room", "rooms"),
    "person": ("person", "people"),
    "agenda_item": ("agenda item", "agenda items"),
    "topic": ("topic", "topics"),
    "agreement": ("agreement", "agreements"),
}

#: Kind of record -> the ``navigate`` kind of the window's views (what to open to fix it).
_SUBJECT_KINDS = {"event": "event", "room": "room", "person": "person",
                  "agenda_item": "agenda", "topic": "agenda", "agreement": "agreement"}


@dataclass(frozen=True)
class MissingTranslations:
    """The records of one kind whose ``field`` has no text in ``language``.

    ``names`` say which records, as a user finds them: keys, an agreement's reference,
    a topic as ``ITEM (topic N)``; ``subjects`` are the keys to open (a topic's agenda
    item), in the same order."""

    kind: str
    field: str
    language: str
    names: tuple[str, ...]
    subjects: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.names)

    @property
    def message(self) -> str:
        """``3 agenda items have no Kazakh title: welcome, address-kz, panel``."""
        field = self.field.replace("_", " ")
        name = english_language_name(self.language)
        what = f"no {name} {field}" if name else f'no {field} in "{self.language}"'
        if self.kind == "event":
            return f"the event has {what}"
        one, several = _NOUNS[self.kind]
        noun = f"1 {one} has" if self.count == 1 else f"{self.count} {several} have"
        return f"{noun} {what}: {_listed(self.names)}"

    def warning(self) -> ConflictWarning:
        return ConflictWarning(CODE, self.message, _SUBJECT_KINDS[self.kind], self.subjects[0],
                               tuple(dict.fromkeys(self.subjects[1:])))


def _listed(names: tuple[str, ...], limit: int = LIST_LIMIT) -> str:
    """``a, b, c``; past ``limit`` names, the first ``limit`` and ``and N more``."""
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def _name(entry: TextEntry) -> str:
    if entry.kind == "topic":
        return f"{entry.owner_key} (topic {entry.key.rsplit('#', 1)[1]})"
    if entry.kind == "agreement":
        return str(entry.record.reference)
    return entry.key


def missing_translation_groups(event: Event, languages: Iterable[str] | None = None
                               ) -> list[MissingTranslations]:
    """The missing translations of a loaded ``event`` (``load_event_texts`` or
    ``load_event``), one group per kind of record, field and language: kinds in the
    order of the event file, fields in their order, languages in the event's order,
    records in the event file's order. ``languages`` as in ``missing_texts``."""
    groups: dict[tuple[str, str, str], list[TextEntry]] = {}
    for entry, language in missing_texts(event, languages):
        groups.setdefault((entry.kind, entry.field, language), []).append(entry)
    kinds = list(TRANSLATABLE_FIELDS)
    order = list(event.languages)

    def place(group: tuple[str, str, str]) -> tuple[int, int, int, str]:
        kind, field, language = group
        rank = order.index(language) if language in order else len(order)
        return kinds.index(kind), TRANSLATABLE_FIELDS[kind].index(field), rank, language

    return [MissingTranslations(kind, field, language,
                                tuple(_name(entry) for entry in entries),
                                tuple(entry.owner_key for entry in entries))
            for (kind, field, language), entries in sorted(groups.items(),
                                                           key=lambda pair: place(pair[0]))]


def load_event_texts(session: Session, event_key: str) -> Event:
    """The event with what ``domain.translations.event_texts`` reads: its rooms, people,
    agenda items with their topics and agreements, each with only its key, translatable
    columns and ``translations`` (no organizations, speakers, parties or witnesses), and
    the columns their order needs (a list ordered by ``position`` reads it as it loads).
    Six queries whatever the event's size; raises ``NotFoundError``."""
    def texts(model: type[Translatable], kind: str, *more: QueryableAttribute[Any]
              ) -> tuple[QueryableAttribute[Any], ...]:
        return (*(getattr(model, field) for field in TRANSLATABLE_FIELDS[kind]),
                model.translations, *more)

    statement = (
        select(Event)
        .where(Event.key == event_key)
        .options(
            selectinload(Event.rooms).load_only(*texts(Room, "room", Room.key, Room.position)),
            selectinload(Event.people).load_only(*texts(Person, "person", Person.key)),
            selectinload(Event.agenda_items).load_only(
                *texts(AgendaItem, "agenda_item", AgendaItem.key, AgendaItem.day,
                       AgendaItem.start_time),
            ).selectinload(AgendaItem.topics).load_only(
                *texts(AgendaTopic, "topic", AgendaTopic.position)),
            selectinload(Event.agreements).load_only(
                *texts(Agreement, "agreement", Agreement.key, Agreement.reference)),
        )
    )
    event = session.scalars(statement).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


def translation_warnings(db: Database, event_key: str) -> list[ConflictWarning]:
    """A ``translation-missing`` warning per kind of record, field and language with a
    text missing, for ``roundtable check`` (not for the window's conflict list)."""
    with db.reader() as session:
        event = load_event_texts(session, event_key)
        return [group.warning() for group in missing_translation_groups(event)]


def missing_translation_counts(db: Database, event_key: str) -> dict[str, int]:
    """How many texts of the event have no translation, per event language after the first
    (``{"az": 0, "kk": 12}``, in the event's order; ``{}`` for a one-language event).

    A fixed number of queries whatever the event's size (``load_event_texts``)."""
    with db.reader() as session:
        event = load_event_texts(session, event_key)
        counts = dict.fromkeys(list(event.languages)[1:], 0)
        for _entry, language in missing_texts(event):
            counts[language] += 1
        return counts
