"""Schema revisions through Alembic: what the database has, what we know, and upgrading.

The schema is created and changed only by migrations, from the first
revision on, so that every database file can be brought to the current
shape and a file from a newer Roundtable is recognised and refused.

Opening a database only needs to know the revisions, so they are read from
the migration files' ``revision``/``down_revision`` lines without importing
Alembic (which costs a few tenths of a second at start-up); Alembic is
loaded only to upgrade. A test checks that this reading agrees with Alembic.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([^'\"\s]+)['\"]?\s*$",
                         re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def revision_graph() -> dict[str, str | None]:
    """revision -> the revision it follows (None for the first), from the files' text."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    assert len(heads) == 1, f"migrations must form one line, found heads {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def has_foreign_tables(engine: Engine) -> bool:
    """True when the database holds tables but no Roundtable revision stamp."""
    names = set(inspect(engine).get_table_names())
    return bool(names - {VERSION_TABLE})


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # a migration may rewrite a large table
            connection.execute(text("SET LOCAL statement_timeout = 0"))
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back to ``revision`` (``"base"``: no tables), for development and
    the migration tests; the application itself only upgrades.

    On SQLite a step that drops a column with a foreign key copies the table into a new
    one and drops the old (Alembic's batch mode). With foreign keys on, dropping the old
    table would delete it row by row and cascade to the rows that refer to it, so they
    are off for the downgrade, as SQLite's documentation prescribes for changing a
    table's schema (the pragma has no effect inside a transaction, hence before it), and
    the references are checked before the change is committed.
    """
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.execute(text("PRAGMA foreign_keys=OFF"))
            connection.commit()
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(text("SET LOCAL statement_timeout = 0"))
                command.downgrade(alembic_config(connection), revision)
                if sqlite:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).all()
                    if broken:
                        raise RuntimeError(f"downgrade to {revision} would leave rows that "
                                           f"refer to missing ones: {broken[:5]}")
        finally:
            if sqlite:
                connection.execute(text("PRAGMA foreign_keys=ON"))
                connection.commit()
