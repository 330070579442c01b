"""The import's bulk inserts (``event_import.insert_rows``): straight to the driver
where it takes positional parameters, through Core otherwise; the stored rows must
be the same either way, on every backend the suite runs on."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, insert, select

from desktop_app.domain.models import Base
from desktop_app.services import event_import
from desktop_app.services.events import import_event_document
from desktop_app.storage.database import Database, open_database
from tests.support import synthetic_event_document


def _document() -> dict[str, Any]:
    doc = synthetic_event_document(people=50, agreements=20, items=12, event_id="inserts")
    person, agreement = doc["people"][0], doc["agreements"][0]
    person.update(local_names={"ru": "Пашаев <&> \"Ə\""}, precedence=3, bio="a\r\nb")
    agreement.update(languages=["az", "ru"], valid_from="1999-12-31", valid_until="2031-01-01",
                     originals=2, readiness={"legal_review": True, "printed": False},
                     notes="N & <b>", status="signed", signed_at="2026-05-12T10:30:00+04:00")
    doc["organizations"][0]["local_names"] = {}
    return doc


def _stored(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, without the times of writing (the change log,
    the event's ``created_at``), which differ between two imports."""
    stored = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            columns = [c for c in table.columns if c.name != "created_at"]
            stored[table.name] = sorted(tuple(row) for row in connection.execute(select(*columns)))
    return stored


def test_driver_and_core_inserts_store_the_same_rows(db: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import_event_document(db, _document())
    fast = _stored(db)
    core_calls = []

    def core_only(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
        core_calls.append(table.name)
        connection.execute(insert(table), rows)

    monkeypatch.setattr(event_import, "insert_rows", core_only)
    other = open_database(str(tmp_path / "core.sqlite")) if db.sqlite_path else db
    if other is db:  # PostgreSQL: one database; replace the event through Core
        import_event_document(db, _document(), replace=True)
    else:
        import_event_document(other, _document())
    assert core_calls  # the Core path really ran
    try:
        core = _stored(other)
        if other is db:  # new keys after the replacement: compare without them
            assert {name: len(rows) for name, rows in core.items()} == \
                {name: len(rows) for name, rows in fast.items()}
        else:
            assert core == fast
            assert sum(map(len, fast.values())) > 100
    finally:
        if other is not db:
            other.dispose()


def test_rows_missing_a_column_take_core_and_get_its_default(db: Database) -> None:
    """A row without a column needs the column's default, which only Core fills in."""
    import_event_document(db, synthetic_event_document(people=3, agreements=2, items=4))
    from desktop_app.domain.models import Room

    table = Room.__table__
    with db.engine.begin() as connection:
        event_id = connection.execute(select(table.c.event_id)).scalars().first()
        event_import.insert_rows(connection, table, [
            {"event_id": event_id, "key": "extra", "name": "Extra <&> room", "capacity": None}])
        stored = connection.execute(select(table.c.name, table.c.position)
                                    .where(table.c.key == "extra")).one()
    assert tuple(stored) == ("Extra <&> room", 0)
