"""Event-level use cases: import, export, list, check, delete."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.conflicts import ConflictWarning, find_conflicts_in
from desktop_app.domain.errors import ConflictError
from desktop_app.domain.models import AgendaItem, Agreement, Event, Person
from desktop_app.exchange.event_json import read_event_file, write_event_file
from desktop_app.exchange.event_translations import foreign_translation_tags
from desktop_app.storage.database import Database

from .event_import import delete_event_rows, store_event_document_with_facts
from .loading import get_event_row, load_conflict_facts, load_event
from .partnership_files import (
    check_files_fit,
    keep_before_replace,
    load_partnership,
    renewal_warnings,
    restore_after_store,
)
from .publishing import keep_publication, load_programme_versions
from .seating import load_seating_plans, seating_conflicts


@dataclass(frozen=True)
class EventSummary:
    """One line of the events list."""

    id: int
    key: str
    title: str
    start_date: dt.date
    end_date: dt.date
    agenda_items: int
    people: int
    agreements: int


@dataclass(frozen=True)
class ImportResult:
    event_key: str
    replaced: bool
    warnings: list[ConflictWarning]


def import_event_document(db: Database, doc: dict[str, Any], *, replace: bool = False
                          ) -> ImportResult:
    """Store a validated document; with ``replace`` swap an existing event in one transaction.

    Whether the event exists is read inside the write lock (``Database.writer``), with
    its row locked, so two importers of one event take turns: the second finds the
    first's event (exit 2 "already exists", or replaces it) instead of deleting by an id
    read before the first committed.
    """
    key = doc["event"]["id"]
    replaced = False
    with db.writer(f"event:{key}") as session:
        existing = session.scalars(
            select(Event.id).where(Event.key == key).with_for_update()).one_or_none()
        publication = keep_publication(session, existing)
        if existing is not None and not replace:
            raise ConflictError(
                f'an event with id "{key}" already exists; use --replace to replace it'
            )
        kept = keep_before_replace(session, existing, doc)
        if existing is not None:
            delete_event_rows(session, existing)
            replaced = True
        event_id, facts = store_event_document_with_facts(session, doc, kept=publication)
        restore_after_store(session, event_id, kept)
        warnings = (translation_tag_warnings(doc) + renewal_warnings(session, doc)
                    + find_conflicts_in(facts))
        if doc.get("seating"):
            warnings += seating_conflicts(session, key, facts)
    db.notify("events", key)
    return ImportResult(event_key=key, replaced=replaced, warnings=warnings)


def translation_tag_warnings(doc: dict[str, Any]) -> list[ConflictWarning]:
    """A warning per translation into a language that is not one of the event's: the text
    is kept, and prints only when that language is asked for."""
    languages = ", ".join(doc["event"]["languages"])
    return [ConflictWarning("translation-language",
                            f'{path}: "{tag}" is not one of the event\'s languages ({languages})',
                            "event", doc["event"]["id"])
            for path, tag in foreign_translation_tags(doc)]


def import_event_file(db: Database, path: Path, *, replace: bool = False) -> ImportResult:
    """Validate the whole file, then store it; nothing is stored if anything is wrong."""
    return import_event_document(db, read_event_file(path), replace=replace)


def export_event_file(db: Database, event_key: str, path: Path, *,
                      with_files: bool = False) -> None:
    """Write the event file; ``with_files`` adds the bytes of the attached files
    (refused when the file would be larger than ``import`` reads)."""
    with db.reader() as session:
        event = load_event(session, event_key)
        load_seating_plans(session, event)
        load_programme_versions(session, event)
        load_partnership(session, event, with_files=with_files)
        if with_files:
            check_files_fit(event)
        write_event_file(event, path, with_files=with_files)


def _count_by_event(session: Session, model: type[Any]) -> dict[int, int]:
    statement = select(model.event_id, func.count()).group_by(model.event_id)
    return dict(session.execute(statement).all())


def list_events(db: Database) -> list[EventSummary]:
    """Every event, newest first, with its counts (four queries in all)."""
    with db.reader() as session:
        items = _count_by_event(session, AgendaItem)
        people = _count_by_event(session, Person)
        agreements = _count_by_event(session, Agreement)
        events = session.scalars(select(Event).order_by(Event.start_date.desc(), Event.key))
        return [
            EventSummary(e.id, e.key, e.title, e.start_date, e.end_date, items.get(e.id, 0),
                         people.get(e.id, 0), agreements.get(e.id, 0))
            for e in events
        ]


def check_event(db: Database, event_key: str) -> list[ConflictWarning]:
    """The conflict warnings of one event: what the window's conflict list shows, the
    ``seating`` warnings of its seating plans included.

    Texts missing a translation are not conflicts; ``roundtable check`` adds them from
    ``services.translation_status.translation_warnings``."""
    with db.reader() as session:
        facts = load_conflict_facts(session, event_key)
        return find_conflicts_in(facts) + seating_conflicts(session, event_key, facts)


def delete_event(db: Database, event_key: str) -> None:
    with db.session() as session:
        delete_event_rows(session, get_event_row(session, event_key).id)
    db.notify("events", event_key)
