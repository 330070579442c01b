"""Translations in the event file (format version 2): ``FIELD_local`` maps beside a text.

A translatable text of the file may carry its translations in a sibling field named
after it with ``_local``, e.g. ``"title": "Welcome speech", "title_local": {"az":
"Salamlama nitqi", "kk": "Құттықтау сөзі"}``. A panel topic, a plain string in
version 1, may be ``{"text": "...", "text_local": {...}}``. In the database the same
texts are each record's ``translations`` map, keyed by column name
(``domain.translations``); this module maps between the two.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.domain.translations import Translations

LOCAL_SUFFIX = "_local"

#: File field -> record column, for each object of the file whose texts translate.
EVENT_TEXTS = {"title": "title", "subtitle": "subtitle", "description": "description"}
VENUE_TEXTS = {"name": "venue_name", "address": "venue_address", "city": "venue_city"}
ROOM_TEXTS = {"name": "name"}
PERSON_TEXTS = {"position": "position"}
AGENDA_TEXTS = {"title": "title", "description": "description"}
TOPIC_TEXTS = {"text": "text"}
AGREEMENT_TEXTS = {"title": "title"}


def local_fields(texts: Mapping[str, str]) -> set[str]:
    """The ``_local`` field names of an object whose translatable texts are ``texts``."""
    return {f"{name}{LOCAL_SUFFIX}" for name in texts}


def read_translations(obj: Mapping[str, Any], texts: Mapping[str, str],
                      into: Translations | None = None) -> Translations:
    """The translations of a validated file object, keyed by record column."""
    result: Translations = into if into is not None else {}
    for name, column in texts.items():
        values = obj.get(f"{name}{LOCAL_SUFFIX}")
        if values:
            result[column] = {tag: text for tag, text in values.items() if text}
    return result


def write_translations(translations: Mapping[str, Mapping[str, str]] | None,
                       texts: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """The ``_local`` fields of a file object for a record's ``translations``."""
    result: dict[str, dict[str, str]] = {}
    for name, column in texts.items():
        values = (translations or {}).get(column)
        if values:
            result[f"{name}{LOCAL_SUFFIX}"] = dict(sorted(values.items()))
    return result


def topic_text(topic: Any) -> str:
    """A topic's default text: version 1 writes a string, version 2 may write an object."""
    text: str = topic["text"] if isinstance(topic, dict) else topic
    return text


def topic_translations(topic: Any) -> Translations:
    return read_translations(topic, TOPIC_TEXTS) if isinstance(topic, dict) else {}


def topic_to_file(text: str, translations: Mapping[str, Mapping[str, str]] | None) -> Any:
    """A plain string when the topic has no translations (as in version 1), else an object."""
    local = write_translations(translations, TOPIC_TEXTS)
    return {"text": text, **local} if local else text


def translation_tags(doc: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """(JSON path, language tag) of every translation in a validated document."""
    event = doc.get("event") or {}
    yield from _tags(event, EVENT_TEXTS, "event")
    yield from _tags(event.get("venue") or {}, VENUE_TEXTS, "event.venue")
    for i, room in enumerate(event.get("rooms") or []):
        yield from _tags(room, ROOM_TEXTS, f"event.rooms[{i}]")
    for i, person in enumerate(doc.get("people") or []):
        yield from _tags(person, PERSON_TEXTS, f"people[{i}]")
    for i, item in enumerate(doc.get("agenda") or []):
        yield from _tags(item, AGENDA_TEXTS, f"agenda[{i}]")
        for j, topic in enumerate(item.get("topics") or []):
            if isinstance(topic, dict):
                yield from _tags(topic, TOPIC_TEXTS, f"agenda[{i}].topics[{j}]")
    for i, agreement in enumerate(doc.get("agreements") or []):
        yield from _tags(agreement, AGREEMENT_TEXTS, f"agreements[{i}]")


def _tags(obj: Mapping[str, Any], texts: Mapping[str, str], path: str
          ) -> Iterable[tuple[str, str]]:
    for name in texts:
        for tag in obj.get(f"{name}{LOCAL_SUFFIX}") or {}:
            yield f"{path}.{name}{LOCAL_SUFFIX}.{tag}", tag


def foreign_translation_tags(doc: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(path, tag) of the translations into a language that is not one of the event's.

    Not an error: the text is kept (an event may add the language later), but it is
    printed only when asked for in that language.
    """
    languages = set((doc.get("event") or {}).get("languages") or [])
    return [(path, tag) for path, tag in translation_tags(doc) if tag not in languages]
