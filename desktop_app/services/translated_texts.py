"""The translations a form sends with a record: checked and stored by one rule.

Every ``*Data`` of a record with translatable texts carries ``translations``, the
``{field: {language: text}}`` map of ``domain.translations``; ``None`` means "leave the
stored translations as they are" (a caller that edits other fields, a move on the
timeline), a map replaces them. A translation is optional: an empty or whitespace-only
text means "no translation" and is not stored, and a field without a default text keeps
no translations (the documents would otherwise print a text whose default is gone).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.domain.errors import FieldProblem
from desktop_app.domain.rules import clean_name, clean_text, language_problem, text_problem
from desktop_app.domain.translations import TRANSLATABLE_FIELDS, Translations, cleaned

__all__ = ["apply_translations", "check_translations", "copied", "stored_translations"]


def copied(translations: Mapping[str, Mapping[str, str]] | None) -> Translations | None:
    """A deep copy (a form or an undo snapshot must not share its dicts with a view)."""
    if translations is None:
        return None
    return {field: dict(values) for field, values in translations.items()}


def check_translations(translations: Mapping[str, Mapping[str, str]] | None,
                       problems: list[FieldProblem], prefix: str = "") -> None:
    """Language tags must be tags; the texts may be empty (no translation), and follow the
    text rule of every field (``rules.text_problem``: the field's length limit, no control
    characters), each named ``FIELD.TAG`` (``position.kk``) so the form shows it there."""
    for field, values in (translations or {}).items():
        for tag, text in (values or {}).items():
            name = f"{prefix}{field}.{tag}"
            found = language_problem(name, tag)
            if found is None and isinstance(text, str):
                found = text_problem(name, text)
            if found is not None:
                problems.append(found)


#: The translatable fields that are names (a room's, the venue's): spaces inside collapsed.
NAMES = frozenset({"name", "venue_name"})


def stored_translations(kind: str, translations: Mapping[str, Mapping[str, str]] | None,
                        record: Any) -> Translations:
    """What ``record`` (a ``kind`` of ``TRANSLATABLE_FIELDS``, its default texts already
    set) keeps of ``translations``: known fields with a default text, trimmed, non-empty,
    in a stable order."""
    fields = [name for name in TRANSLATABLE_FIELDS[kind]
              if (getattr(record, name) or "").strip()]
    trimmed = {field: {tag: (clean_name if field in NAMES else clean_text)(text)
                       for tag, text in (values or {}).items()
                       if isinstance(text, str)}
               for field, values in (translations or {}).items()}
    return cleaned(trimmed, fields)


def apply_translations(record: Any, kind: str,
                       translations: Mapping[str, Mapping[str, str]] | None) -> None:
    """Store ``translations`` on ``record`` (``None``: keep the stored ones, less any of a
    field whose default text was emptied). Assigned only when different, so that an
    unchanged map does not count as an edit."""
    current = record.translations or {}
    wanted = stored_translations(kind, current if translations is None else translations,
                                 record)
    if wanted != current:
        record.translations = wanted
