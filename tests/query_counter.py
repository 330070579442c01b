"""Counting the SQL statements a piece of code sends to the database.

A service that loads a list must take a fixed number of queries whatever the
number of rows; one query per row (a lazy load in a loop) is invisible on a
small test event and crippling on a real one. ``count_queries`` listens to the
engine's ``before_cursor_execute`` event, so it sees every statement the
driver receives (ORM, Core and ``exec_driver_sql`` alike), and keeps their text
so that a failing assertion can show which statement repeated.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event


@dataclass
class QueryLog:
    """The statements seen while counting, in order."""

    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def summary(self, limit: int = 12) -> str:
        """The most repeated statements first, each with how often it ran, for failure messages."""
        repeated = Counter(" ".join(s.split())[:160] for s in self.statements)
        return "\n".join(f"  {times} x {text}" for text, times in repeated.most_common(limit))


@contextmanager
def count_queries(engine: Engine) -> Iterator[QueryLog]:
    """Record every statement executed on ``engine`` inside the ``with`` block."""
    log = QueryLog()

    def record(_conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any,
               _executemany: bool) -> None:
        log.statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", record)
