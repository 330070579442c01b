"""Small helpers every entity service shares: fetching by id, version checks, new keys."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError as OrmStaleDataError

from desktop_app.domain.errors import NotFoundError, StaleDataError
from desktop_app.domain.models import Event
from desktop_app.domain.rules import clean_name, clean_text
from desktop_app.domain.text import fold, transliterate

M = TypeVar("M")


def get_row(session: Session, model: type[M], row_id: int, what: str) -> M:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(what, row_id)
    return row


def event_id_of(session: Session, event_key: str) -> int:
    event_id = session.scalars(select(Event.id).where(Event.key == event_key)).one_or_none()
    if event_id is None:
        raise NotFoundError("event", event_key)
    return event_id


def check_version(row: Any, expected: int | None, what: str) -> None:
    """Refuse a save based on an outdated read (optimistic concurrency)."""
    if expected is not None and row.version != expected:
        raise StaleDataError(what, getattr(row, "key", row.id))


@contextmanager
def stale_as_domain_error(what: str, key: object) -> Iterator[None]:
    """A concurrent UPDATE that SQLAlchemy's version check caught becomes a domain error."""
    try:
        yield
    except OrmStaleDataError as exc:
        raise StaleDataError(what, key) from exc


_PUNCTUATION = re.compile(r"[\W_]+")


def slug(text: str) -> str:
    """An id-safe ASCII slug of ``text`` (``Нұрбек`` -> ``nurbek``)."""
    # Punctuation (an en dash between two names) separates words before the letters are
    # made ASCII, which would drop it and join the words.
    ascii_text = unicodedata.normalize("NFKD", transliterate(_PUNCTUATION.sub(" ", fold(text))))
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:48] or "item"


def unique_key(session: Session, model: Any, event_id: int, wanted: str) -> str:
    """``wanted`` slugged, with ``-2``, ``-3``… appended until free in the event."""
    base = slug(wanted)
    taken = set(session.scalars(
        select(model.key).where(model.event_id == event_id, model.key.like(f"{base}%"))
    ))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def text_or_none(value: str | None) -> str | None:
    """A form's optional text cleaned (``clean_text``); None when blank."""
    return (clean_text(value) if value else "") or None


def name_or_none(value: str | None) -> str | None:
    """A form's optional name cleaned (``clean_name``); None when blank."""
    return (clean_name(value) if value else "") or None


def cleaned_names(values: dict[str, str]) -> dict[str, str]:
    """Local names, each cleaned (``clean_name``), the empty ones left out."""
    cleaned = {tag: clean_name(name) for tag, name in values.items() if name}
    return {tag: name for tag, name in cleaned.items() if name}
