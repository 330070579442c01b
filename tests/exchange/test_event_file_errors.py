"""One test per error class of the event format, each checking the path-naming message,
and that a refused import leaves the database exactly as it was."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.domain.models import Base
from desktop_app.exchange.event_validation import MAX_ERRORS, EventFileError
from desktop_app.services.events import import_event_file
from desktop_app.storage import Database

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        parts = path.replace("]", "").replace("[", ".").split(".")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value
    return mutate


_DELETE = object()

CASES: list[tuple[str, Mutation, str]] = [
    ("wrong format", _set("format", "other"), 'format: expected "roundtable-event", got "other"'),
    ("newer version", _set("version", 3), "version: this file is format version 3"),
    ("wrong version type", _set("version", "1"), 'version: expected 1 or 2, got "1"'),
    ("missing required field", _set("event.title", _DELETE),
     "event.title: is required"),
    ("missing family name", _set("people[1].family_name", _DELETE),
     "people[1].family_name: is required"),
    ("wrong type", _set("people[0].precedence", "first"),
     'people[0].precedence: expected a whole number, got "first"'),
    ("boolean is not a number", _set("agreements[0].originals", True),
     "agreements[0].originals: expected a whole number, got true"),
    ("wrong enum value", _set("organizations[0].kind", "school"),
     'organizations[0].kind: "school" is not one of university, ministry'),
    ("unknown field", _set("agenda[1].speaker", ["nurbek"]),
     "agenda[1].speaker: unknown field (is it a typo?)"),
    ("duplicate id", _set("people[1].id", "nurbek"), 'people[1].id: duplicate id "nurbek"'),
    ("duplicate reference", _set("agreements[1].reference", "KZ-AZ/2026/001"),
     'agreements[1].reference: duplicate reference "KZ-AZ/2026/001" (also agreements[0])'),
    ("unknown organization", _set("agreements[0].parties[1].organization", "kaznu2"),
     'agreements[0].parties[1].organization: unknown organization "kaznu2"'),
    ("unknown person", _set("agenda[1].speakers[1]", "ghost"),
     'agenda[1].speakers[1]: unknown person "ghost"'),
    ("unknown room", _set("agenda[0].room", "roof"), 'agenda[0].room: unknown room "roof"'),
    ("unknown agenda item", _set("agreements[0].signing.agenda_item", "nope"),
     'agreements[0].signing.agenda_item: unknown agenda item "nope"'),
    ("bad date", _set("event.start_date", "2026-02-30"),
     'event.start_date: invalid date (YYYY-MM-DD) "2026-02-30"'),
    ("bad time", _set("agenda[0].start", "9:00"), 'agenda[0].start: invalid time (HH:MM) "9:00"'),
    ("bad instant", _set("agreements[0].signed_at", "2026-05-13T11:00:00"),
     'agreements[0].signed_at: invalid instant (ISO 8601 with offset) "2026-05-13T11:00:00"'),
    ("end not after start", _set("agenda[0].end", "09:00"),
     'agenda[0].end: must be after the start (09:00)'),
    ("event ends before it starts", _set("event.end_date", "2026-05-11"),
     'event.end_date: must not be before the start (2026-05-12)'),
    ("day outside the event", _set("agenda[2].day", "2026-05-14"),
     'agenda[2].day: must be within the event (2026-05-12 to 2026-05-13)'),
    ("fewer than two parties", _set("agreements[1].parties", [{"organization": "bsu"}]),
     "agreements[1].parties: at least 2 parties are needed"),
    ("same organization twice", _set("agreements[1].parties[1].organization", "bsu"),
     'agreements[1].parties[1].organization: is the same organization as party 1'),
    ("signed without signed_at", _set("agreements[0].signed_at", _DELETE),
     'agreements[0].signed_at: is required when status is "signed"'),
    ("signed_at on an unsigned agreement",
     _set("agreements[1].signed_at", "2026-05-13T11:00:00+05:00"),
     'agreements[1].signed_at: must be empty when status is "ready"'),
    ("invalid id", _set("organizations[2].id", "a b"),
     'organizations[2].id: "a b" is not a valid id (1-64 letters, digits, - _ .)'),
    ("unknown time zone", _set("event.timezone", "Asia/Atlantis"),
     'event.timezone: "Asia/Atlantis" is not a known time zone (e.g. Asia/Baku)'),
    ("bad country", _set("event.venue.country", "Kazakhstan"),
     'event.venue.country: "Kazakhstan" is not a two-letter country code '
     "(ISO 3166-1, e.g. AZ)"),
    ("signing item of another kind", _set("agreements[0].signing.agenda_item", "panel"),
     'agreements[0].signing.agenda_item: "panel" is a panel item, not a signing item'),
    ("no rooms", _set("event.rooms", []), "event.rooms: at least one room is required"),
    ("validity reversed", _set("agreements[0].valid_until", "2020-01-01"),
     'agreements[0].valid_until: must be after valid from (2026-05-13)'),
    # Found by the fuzz run (tests/test_fuzz_event_file.py): each was exit 4 before.
    ("null speaker", _set("agenda[1].speakers[0]", None),
     "agenda[1].speakers[0]: expected the person's id, got null"),
    ("null host", _set("event.hosts[0]", None),
     "event.hosts[0]: expected the organization's id, got null"),
    ("null witness", _set("agreements[0].witnesses[0]", None),
     "agreements[0].witnesses[0]: expected the person's id, got null"),
]


def _database_fingerprint(db: Database) -> dict[str, int]:
    with db.reader() as session:
        return {name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in Base.metadata.tables.items()}


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "mutate", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_error_class_names_its_path(name: str, mutate: Mutation, expected: str,
                                         db: Database, db_path: Path, sample_event: str,
                                         small_doc: dict[str, Any], tmp_path: Path) -> None:
    mutate(small_doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(small_doc, ensure_ascii=False), encoding="utf-8")
    before_rows = _database_fingerprint(db)
    on_sqlite = db.sqlite_path is not None
    if on_sqlite:
        db.engine.dispose()  # checkpoint the WAL into the file so the digest is meaningful
        before_digest = _file_digest(db_path)
    with pytest.raises(EventFileError) as caught:
        import_event_file(db, path)
    assert any(error.startswith(expected) for error in caught.value.errors), caught.value.errors
    assert _database_fingerprint(db) == before_rows
    if on_sqlite:
        db.engine.dispose()
        assert _file_digest(db_path) == before_digest


def test_malformed_json_names_line_and_column(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "roundtable-event",\n  "version": 1,\n  "event": {', "utf-8")
    with pytest.raises(EventFileError) as caught:
        import_event_file(db, path)
    assert caught.value.errors[0].startswith("malformed JSON at line 4, column")


def test_not_utf8(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Bakı"}'.encode("utf-16"))
    with pytest.raises(EventFileError, match="not UTF-8"):
        import_event_file(db, path)


def test_every_error_is_reported_up_to_a_cap(db: Database, small_doc: dict[str, Any],
                                             tmp_path: Path) -> None:
    small_doc["people"] = [{"id": f"p{i}", "family_name": 5} for i in range(500)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(small_doc), encoding="utf-8")
    with pytest.raises(EventFileError) as caught:
        import_event_file(db, path)
    assert len(caught.value.errors) == MAX_ERRORS
    assert caught.value.truncated
    assert caught.value.errors[0] == "people[0].family_name: expected text, got 5"


def test_deeply_nested_junk_is_refused_quickly(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(EventFileError) as caught:
        import_event_file(db, path)
    assert "nested" in caught.value.errors[0]


def test_top_level_must_be_an_object(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(EventFileError, match="must hold a JSON object"):
        import_event_file(db, path)
