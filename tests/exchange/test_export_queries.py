"""Exports read the whole event with a fixed number of queries, whatever its size."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event

from desktop_app.services import exports
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database


def count_queries(db: Database, action: Callable[[], Any]) -> int:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    sa_event.listen(db.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", record)
    return len(statements)


@pytest.mark.parametrize(("export", "suffix"), [
    ("signings", "csv"), ("signings", "xlsx"), ("signings", "json"), ("agenda", "ics"),
    ("schedule", "xml"), ("schedule", "json"),
])
def test_query_count_does_not_grow_with_the_event(db: Database, sample_event: str,
                                                  small_doc: dict[str, Any], tmp_path: Path,
                                                  export: str, suffix: str) -> None:
    small = import_event_document(db, small_doc).event_key
    function = getattr(exports, f"export_{export}")
    big = count_queries(db, lambda: function(db, sample_event, tmp_path / f"big.{suffix}"))
    little = count_queries(db, lambda: function(db, small, tmp_path / f"small.{suffix}"))
    # One SELECT per relation; a relation that is empty in one event (the sample
    # has no witnesses) skips its nested load. A lazy load per row would add
    # dozens of queries for the sample's 40 agreements and 80 parties. The calendar and
    # the schedule read the published versions too, in one more.
    assert big <= 21 and little <= 21
    assert abs(big - little) <= 2


@pytest.mark.parametrize(("export", "suffix"), [("agenda", "ics"), ("schedule", "xml")])
def test_a_language_costs_no_query(db: Database, sample_event: str, tmp_path: Path,
                                   export: str, suffix: str) -> None:
    """Translations are a column of each record: texts in another language load with it."""
    function = getattr(exports, f"export_{export}")
    default = count_queries(db, lambda: function(db, sample_event, tmp_path / f"en.{suffix}"))
    kazakh = count_queries(db, lambda: function(db, sample_event, tmp_path / f"kk.{suffix}",
                                                language="kk"))
    assert kazakh == default
