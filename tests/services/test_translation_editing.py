"""The Translations view's services: every text of an event with its translations, and
storing one translation at a time with the optimistic version check."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from desktop_app.domain.errors import NotFoundError, StaleDataError, ValidationError
from desktop_app.domain.translations import event_texts, missing_texts
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event
from desktop_app.services.translation_editing import TextRow, list_event_texts, set_translation
from desktop_app.storage import Database
from tests.support import translated_event_document

KEY = "baku-2026"
LANGUAGES = ["en", "az", "kk"]


@pytest.fixture
def event(db: Database) -> str:
    import_event_document(db, translated_event_document())
    return KEY


@pytest.fixture
def notices(db: Database) -> Iterator[list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []

    def listener(topic: str, event_key: str) -> None:
        seen.append((topic, event_key))

    db.subscribe(listener)
    yield seen
    db.unsubscribe(listener)


def _row(db: Database, kind: str, key: str, field: str) -> TextRow:
    return next(r for r in list_event_texts(db, KEY)
                if (r.kind, r.key, r.field) == (kind, key, field))


def test_rows_follow_event_texts_with_labels_versions_and_translations(
        db: Database, event: str) -> None:
    rows = list_event_texts(db, event)
    with db.reader() as session:
        expected = [(e.kind, e.key, e.field, e.default, e.translations)
                    for e in event_texts(load_event(session, event))]
    assert [(r.kind, r.key, r.field, r.default, r.translations) for r in rows] == expected
    assert len(rows) == 14
    labels = {(r.kind, r.key): r.label for r in rows}
    assert labels[("event", KEY)] == "Round table on <higher> education & science"
    assert labels[("room", "hall")] == "Conference Hall"
    assert labels[("person", "nurbek")] == "H.E. Sayasat Nurbek"
    assert labels[("agenda_item", "panel")] == "Panel discussion"
    assert labels[("topic", "panel#1")] == "Panel discussion"
    assert labels[("agreement", "a1")] == "AZ-KZ/2026/001"
    topic = _row(db, "topic", "panel#1", "text")
    assert (topic.owner_kind, topic.owner_key, topic.topic_number) == ("agenda_item", "panel", 1)
    assert topic.starts_at is not None and topic.starts_at.hour == 10
    room = _row(db, "room", "hall", "name")
    assert (room.owner_kind, room.owner_key, room.starts_at) == ("event", KEY, None)
    assert all(r.version == 1 for r in rows)
    missing = [(r.kind, r.key, r.field, r.missing(LANGUAGES)) for r in rows if r.missing(LANGUAGES)]
    assert missing == [("agenda_item", "panel", "title", ["kk"])]


def test_a_stored_translation_is_read_back_and_advances_the_version(
        db: Database, event: str, notices: list[tuple[str, str]]) -> None:
    version = set_translation(db, event, "agenda_item", "panel", "title", "kk",
                              "  Панельдік талқылау ", expected_version=1)
    assert version == 2
    row = _row(db, "agenda_item", "panel", "title")
    assert row.translations == {"az": "Panel müzakirəsi", "kk": "Панельдік талқылау"}
    assert row.version == 2
    assert _row(db, "agenda_item", "panel", "description").version == 2  # the same record
    assert notices == [("agenda", event)]
    with db.reader() as session:
        assert missing_texts(load_event(session, event)) == []

    # Empty removes it again; the rule of with_translation.
    assert set_translation(db, event, "agenda_item", "panel", "title", "kk", " ",
                           expected_version=2) == 3
    assert _row(db, "agenda_item", "panel", "title").translations == {"az": "Panel müzakirəsi"}


@pytest.mark.parametrize(("kind", "key", "field", "owner_kind", "topic"), [
    ("event", KEY, "venue_city", "event", "events"),
    ("room", "hall", "name", "event", "events"),
    ("person", "nurbek", "position", "person", "people"),
    ("topic", "panel#1", "text", "agenda_item", "agenda"),
    ("agreement", "a1", "title", "agreement", "agreements"),
])
def test_every_kind_is_stored_and_checked_against_its_owner_version(
        db: Database, event: str, notices: list[tuple[str, str]], kind: str, key: str,
        field: str, owner_kind: str, topic: str) -> None:
    before = _row(db, kind, key, field)
    assert before.owner_kind == owner_kind
    version = set_translation(db, event, kind, key, field, "az", "Yeni mətn",
                              expected_version=before.version)
    after = _row(db, kind, key, field)
    assert after.translations["az"] == "Yeni mətn"
    assert version == after.version == before.version + 1
    owner_rows = [r for r in list_event_texts(db, event)
                  if (r.owner_kind, r.owner_key) == (owner_kind, before.owner_key)]
    assert {r.version for r in owner_rows} == {version}
    assert notices == [(topic, event)]
    # The version read before the edit is out of date now: refused, nothing stored.
    with pytest.raises(StaleDataError, match="changed by someone else"):
        set_translation(db, event, kind, key, field, "az", "Köhnə baxış",
                        expected_version=before.version)
    assert _row(db, kind, key, field).translations["az"] == "Yeni mətn"


def test_a_topic_edit_makes_an_old_read_of_its_item_stale(db: Database, event: str) -> None:
    """Someone else translated a topic of the item: a save of the item's title based on
    the read before it is refused, as any other change of the item would make it."""
    item = _row(db, "agenda_item", "panel", "title")
    set_translation(db, event, "topic", "panel#1", "text", "kk", "Қос диплом",
                    expected_version=item.version)
    with pytest.raises(StaleDataError) as refused:
        set_translation(db, event, "agenda_item", "panel", "title", "kk", "Панель",
                        expected_version=item.version)
    assert refused.value.params == {"what": "agenda item", "key": "panel"}
    assert _row(db, "agenda_item", "panel", "title").missing(LANGUAGES) == ["kk"]


@pytest.mark.parametrize(("kind", "key", "field", "language", "bad_field", "bad_value"), [
    ("agenda_item", "panel", "kind", "kk", "field", "kind"),
    ("person", "nurbek", "family_name", "kk", "field", "family_name"),
    ("organization", "ada", "name", "kk", "kind", "organization"),
    ("agenda_item", "panel", "title", "ru", "language", "ru"),
    ("agenda_item", "panel", "title", "en", "language", "en"),
    ("event", KEY, "venue_address", "kk", "venue_address", "Мекенжай"),
])
def test_a_refused_edit_names_its_field_and_value_and_stores_nothing(
        db: Database, event: str, notices: list[tuple[str, str]], kind: str, key: str,
        field: str, language: str, bad_field: str, bad_value: str) -> None:
    before = list_event_texts(db, event)
    with pytest.raises(ValidationError) as refused:
        set_translation(db, event, kind, key, field, language, "Мекенжай")
    assert (refused.value.field, refused.value.value) == (bad_field, bad_value)
    assert bad_value in str(refused.value) or bad_field == "venue_address"
    assert list_event_texts(db, event) == before
    assert notices == []


def test_a_record_not_in_the_event_is_not_found(db: Database, event: str) -> None:
    for kind, key, field in (("agenda_item", "nope", "title"), ("topic", "panel#2", "text"),
                             ("topic", "panel", "text"), ("room", "attic", "name"),
                             ("event", "other-event", "title")):
        with pytest.raises(NotFoundError):
            set_translation(db, event, kind, key, field, "kk", "x")
    with pytest.raises(NotFoundError):
        list_event_texts(db, "no-such-event")


@pytest.mark.parametrize(("kind", "key", "field", "text", "reason"), [
    ("agenda_item", "panel", "title", "Панель\x1b[2J", "control character (U+001B) at position 7"),
    ("person", "nurbek", "position", "м" * 501, "is 501 characters long; the limit is 500"),
    ("agenda_item", "panel", "description", "д" * 20_001, "the limit is 20,000"),
])
def test_a_translation_follows_the_text_rule_of_every_field(
        db: Database, event: str, kind: str, key: str, field: str, text: str,
        reason: str) -> None:
    before = _row(db, kind, key, field)
    with pytest.raises(ValidationError, match=re.escape(reason)) as refused:
        set_translation(db, event, kind, key, field, "kk", text, expected_version=1)
    assert refused.value.field == f"{field}.kk"
    after = _row(db, kind, key, field)
    assert (after.translations, after.version) == (before.translations, before.version)
