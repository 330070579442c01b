"""The texts of an event in each of its languages, and the one rule of falling back.

Every record with translatable texts keeps them as typed in its own columns (the
*default* text) and, in its ``translations`` column, a map ``{field: {language: text}}``
of the same texts in other languages. Names follow the same rule through their
``local_names`` map. The default text counts as the event's first language: a missing
translation is one of the event's other languages that has no text.

Reading a text in a language never fails and never leaves a gap: it is the translation
where one is recorded, else the default.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: {field: {language tag: text}}, as stored in each record's ``translations`` column.
Translations = dict[str, dict[str, str]]

#: The translatable fields of each kind of record (column names of the record).
TRANSLATABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "event": ("title", "subtitle", "description", "venue_name", "venue_address",
              "venue_city"),
    "room": ("name",),
    "person": ("position",),
    "agenda_item": ("title", "description"),
    "topic": ("text",),
    "agreement": ("title",),
}


def in_language(values: Mapping[str, str] | None, language: str | None,
                default: str | None) -> str | None:
    """The text of ``values`` (a {language: text} map) in ``language``, else ``default``.

    The one fallback rule of names (``local_names``) and texts (``translations``).
    """
    if values and language:
        text = values.get(language)
        if text:
            return text
    return default


def translated(translations: Mapping[str, Mapping[str, str]] | None, field: str,
               language: str | None, default: str | None) -> str | None:
    """``field`` of a record in ``language``: its translation, else ``default``."""
    return in_language((translations or {}).get(field), language, default)


def with_translation(translations: Mapping[str, Mapping[str, str]] | None, field: str,
                     language: str, text: str | None) -> Translations:
    """A new map with ``field`` in ``language`` set to ``text`` (removed when empty).

    A new dict rather than a change in place, so that SQLAlchemy sees the column change.
    """
    result = {name: dict(values) for name, values in (translations or {}).items()}
    values = result.setdefault(field, {})
    if text and text.strip():
        values[language] = text
    else:
        values.pop(language, None)
    if not values:
        del result[field]
    return result


def cleaned(translations: Mapping[str, Mapping[str, str]] | None,
            fields: Iterable[str]) -> Translations:
    """Only the known ``fields`` with non-empty texts, in a stable order (for storing and
    for comparing two maps)."""
    known = tuple(fields)
    result: Translations = {}
    for field in known:
        values = {tag: text for tag, text in sorted(((translations or {}).get(field) or {})
                                                    .items()) if text and text.strip()}
        if values:
            result[field] = values
    return result


def missing_languages(translations: Mapping[str, Mapping[str, str]] | None, field: str,
                      default: str | None, languages: Iterable[str]) -> list[str]:
    """The event ``languages`` (the first one excepted) that have no text for ``field``.

    A field without a default text is not translatable content and misses nothing.
    """
    if not default or not default.strip():
        return []
    tags = list(languages)
    values = (translations or {}).get(field) or {}
    return [tag for tag in tags[1:] if not (values.get(tag) or "").strip()]


class TextEntry:
    """One translatable text of an event: which record and field, its default text and
    its translations. ``record`` is the loaded record itself (for editing through it)."""

    __slots__ = ("kind", "key", "field", "record", "owner_key")

    def __init__(self, kind: str, key: str, field: str, record: Any,
                 owner_key: str | None = None) -> None:
        self.kind = kind
        #: The record's key in its event; a topic's is "ITEM#N" (its place, from 1).
        self.key = key
        self.field = field
        self.record = record
        #: The agenda item of a topic; the record's own key otherwise.
        self.owner_key = owner_key or key

    @property
    def default(self) -> str | None:
        text: str | None = getattr(self.record, self.field)
        return text

    @property
    def translations(self) -> dict[str, str]:
        return dict(((self.record.translations or {}).get(self.field)) or {})

    def text_in(self, language: str | None) -> str | None:
        return translated(self.record.translations, self.field, language, self.default)

    def missing(self, languages: Iterable[str]) -> list[str]:
        return missing_languages(self.record.translations, self.field, self.default, languages)

    def __repr__(self) -> str:
        return f"TextEntry({self.kind}, {self.key}, {self.field})"


def event_texts(event: Any) -> list[TextEntry]:
    """Every translatable text of a loaded ``event`` that has a default text, in the order
    of the event file: the event, rooms, people, agenda items with their topics, agreements.

    ``event`` is a loaded ``models.Event`` (rooms, people, agenda items with topics and
    agreements loaded); typed ``Any`` so that this module needs no import of the models.
    """
    entries: list[TextEntry] = []

    def add(kind: str, key: str, record: Any, owner_key: str | None = None) -> None:
        for field in TRANSLATABLE_FIELDS[kind]:
            value = getattr(record, field)
            if value and str(value).strip():
                entries.append(TextEntry(kind, key, field, record, owner_key))

    add("event", event.key, event)
    for room in event.rooms:
        add("room", room.key, room)
    for person in sorted(event.people, key=lambda p: p.key):
        add("person", person.key, person)
    for item in sorted(event.agenda_items, key=lambda i: (i.day, i.start_time, i.key)):
        add("agenda_item", item.key, item)
        for number, topic in enumerate(item.topics, start=1):
            add("topic", f"{item.key}#{number}", topic, owner_key=item.key)
    for agreement in sorted(event.agreements, key=lambda a: a.reference):
        add("agreement", agreement.key, agreement)
    return entries


def missing_texts(event: Any, languages: Iterable[str] | None = None
                  ) -> list[tuple[TextEntry, str]]:
    """(text, language) for every text of ``event`` with no translation into one of
    ``languages`` (default: the event's languages after the first, whose text is the
    default)."""
    if languages is None:
        wanted = list(event.languages)[1:]
    else:
        first = (list(event.languages) or [None])[0]
        wanted = [tag for tag in languages if tag != first]
    result = []
    for entry in event_texts(event):
        values = entry.translations
        for tag in wanted:
            if not (values.get(tag) or "").strip():
                result.append((entry, tag))
    return result
