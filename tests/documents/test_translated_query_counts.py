"""Printing in a language the texts are translated into (some of them) takes the queries
printing in the default language takes, whatever the event's size: the translations load
with their rows, and the missing texts are found in the loaded event.

``tests/services/test_query_counts.py`` counts every document in the event's first
language; this adds the other languages, with translations present and missing.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.models import (
    AgendaItem,
    AgendaTopic,
    Agreement,
    Event,
    Person,
    Room,
    Translatable,
)
from desktop_app.domain.translations import TRANSLATABLE_FIELDS
from desktop_app.services.documents import (
    DOCUMENT_KINDS,
    DocumentOptions,
    DocumentResult,
    generate_document,
)
from desktop_app.services.events import import_event_document
from desktop_app.services.seating import apply_seating
from desktop_app.storage import Database, open_database
from tests.query_counter import QueryLog, count_queries
from tests.services.scaled_event import scaled_event_document

SIZES = {"small-event": {"people": 5, "agreements": 3, "items": 5, "organizations": 4},
         "large-event": {"people": 60, "agreements": 40, "items": 30, "organizations": 20}}
KINDS: dict[str, tuple[type[Translatable], ...]] = {
    "event": (Event,), "room": (Room,), "person": (Person,), "agenda_item": (AgendaItem,),
    "topic": (AgendaTopic,), "agreement": (Agreement,)}


def _translate_every_other_text(db: Database, key: str) -> None:
    """Every other record of each kind gets its texts in Kazakh (the event is in az, kk,
    en): some texts translated, some missing."""
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.key == key)).one()
        records: dict[str, list[Translatable]] = {
            "event": [event], "room": list(event.rooms), "person": list(event.people),
            "agenda_item": list(event.agenda_items),
            "topic": [topic for item in event.agenda_items for topic in item.topics],
            "agreement": list(event.agreements)}
        for kind, found in records.items():
            for record in found[::2]:
                record.translations = {
                    field: {"kk": f"{getattr(record, field)} (kk)"}
                    for field in TRANSLATABLE_FIELDS[kind] if getattr(record, field)}


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    base = tmp_path_factory.mktemp("translated-query-counts")
    db = open_database(str(base / "x.sqlite"))
    for key, size in SIZES.items():
        import_event_document(db, scaled_event_document(key, **size))
        _translate_every_other_text(db, key)
        # A main table, so that the seating chart and the flag sheet print people too.
        apply_seating(db, key, None)
    yield db, base
    db.dispose()


def _counted(db: Database, base: Path, key: str, kind: str, languages: tuple[str, ...]
             ) -> tuple[QueryLog, DocumentResult]:
    with count_queries(db.engine) as log:
        result = generate_document(db, key, kind, base / f"{key}-{kind}.pdf",
                                   DocumentOptions(languages=languages))
    return log, result


RUNS = [(kind, ("kk",)) for kind in DOCUMENT_KINDS] + [("programme", ("kk", "az"))]


@pytest.mark.parametrize(("kind", "languages"), RUNS,
                         ids=[f"{kind}-{'-'.join(tags)}" for kind, tags in RUNS])
def test_a_translated_document_takes_the_queries_of_the_default_one(
        translated: tuple[Database, Path], kind: str, languages: tuple[str, ...]) -> None:
    db, base = translated
    _counted(db, base, "small-event", kind, ())  # warm up
    default, _ = _counted(db, base, "large-event", kind, ())
    small, small_result = _counted(db, base, "small-event", kind, languages)
    large, large_result = _counted(db, base, "large-event", kind, languages)
    if kind != "placecards":  # a place card's one text, the event's title, is translated
        assert 0 < len(small_result.missing) < len(large_result.missing)
    assert small.count == large.count == default.count, (
        f"{kind} {languages}: {small.count} queries for the small event, {large.count} for "
        f"the large one, {default.count} in the default language:\n{large.summary()}")
