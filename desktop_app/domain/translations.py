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
