"""Restoring a SQLite database from a backup file, safely.

A restore first backs up the current database (or, if it is damaged, moves
it aside), then copies the backup in with SQLite's backup API. A file that is
not a Roundtable database, is damaged, was made by a newer Roundtable, or holds a
schema object the migrations did not create (a trigger that rewrites every title on
each write, a view, an index, a table, a changed table) is refused before anything
changes.
"""
from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine

from . import migrate
from .backup import (
    SQLITE_HEADER,
    BackupError,
    connect_file,
    connect_read_only,
    copy_database,
    make_backup,
    set_aside_damaged,
)
from .errors import LOCKED_MESSAGE, StorageError


def inspect_backup_file(path: Path) -> str:
    """The schema revision of the Roundtable database in ``path``; raises ``BackupError``."""
    if not path.is_file():
        raise BackupError(f'"{path}" does not exist or is not a file')
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f'"{path}" is not a Roundtable database (not a SQLite file)')
    try:
        connection = connect_read_only(path)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise BackupError(f'"{path}" is damaged')
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or "events" not in tables:
                raise BackupError(f'"{path}" is not a Roundtable database')
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = _schema(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f'"{path}" is not a Roundtable database or is damaged ({exc})') from exc
    if row is None:
        raise BackupError(f'"{path}" is not a Roundtable database (no schema revision)')
    revision = str(row[0])
    if revision not in migrate.known_revisions():
        raise BackupError(f'"{path}" was made by a newer Roundtable (schema "{revision}"); '
                          "update Roundtable to restore it")
    _check_schema(path, schema, migrated_schema(revision))
    return revision


#: A schema object: (type, name, table, its SQL normalised by ``_normalised``).
SchemaObject = tuple[str, str, str, str]
#: Tables SQLite itself makes (``ANALYZE``, ``AUTOINCREMENT``); nobody else can create them.
_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                  "sqlite_stat4"}


def _normalised(sql: str | None) -> str:
    """``sql`` without the differences SQLite versions make when they rewrite a renamed
    table's text: quotes around names, letter case, spacing."""
    return " ".join((sql or "").replace('"', "").replace("`", "").lower().split())


def _schema(connection: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(kind, name): (kind, name, table, _normalised(sql))
            for kind, name, table, sql in rows
            if not (kind == "table" and name in _SQLITE_TABLES)}


@cache
def migrated_schema(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """The schema objects of a new database brought to ``revision`` by the migrations
    (an in-memory database, made once per revision and process: about 0.4 s)."""
    engine = create_engine("sqlite://")
    try:
        migrate.upgrade(engine, revision)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)  # sqlite:// is the standard driver
            return _schema(raw)
    finally:
        engine.dispose()


def _check_schema(path: Path, found: dict[tuple[str, str], SchemaObject],
                  expected: dict[tuple[str, str], SchemaObject]) -> None:
    """Refuse ``path`` when its schema is not exactly the one the migrations make: an
    object of its own, one changed, or one missing; the message names the first."""
    for key in sorted(found.keys() - expected.keys()):
        kind, name = key
        raise BackupError(f'"{path}" holds a {kind} "{name}" that Roundtable did not create; '
                          "it is not restored")
    for key in sorted(found.keys() & expected.keys()):
        if found[key] != expected[key]:
            kind, name = key
            raise BackupError(f'"{path}": its {kind} "{name}" is not the one Roundtable '
                              "creates; it is not restored")
    for key in sorted(expected.keys() - found.keys()):
        kind, name = key
        raise BackupError(f'"{path}" lacks the {kind} "{name}" of a Roundtable database; '
                          "it is not restored")


def _is_healthy(database: Path) -> bool:
    try:
        inspect_backup_file(database)
    except BackupError:
        return False
    return True


def _check_not_locked(database: Path) -> None:
    """Raise ``StorageError(LOCKED_MESSAGE)`` when another program keeps the write lock of
    ``database`` longer than the busy timeout."""
    connection = connect_file(database)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(LOCKED_MESSAGE) from exc
        raise BackupError(f'cannot restore into "{database}": {exc}') from exc
    finally:
        connection.close()


def restore_database(database: Path, backup: Path, keep: int | None = None) -> Path | None:
    """Replace ``database`` with the contents of ``backup``.

    Returns where the previous contents went: a ``pre-restore`` backup, or the
    damaged file moved aside; None when there was no database yet.
    """
    inspect_backup_file(backup)
    if backup.resolve() == database.resolve():
        raise BackupError("a database cannot be restored from itself")
    kept: Path | None = None
    if database.exists():
        if _is_healthy(database):
            _check_not_locked(database)  # before the pre-restore backup: nothing changes
            kept = make_backup(database, "pre-restore", keep)
        else:
            kept = set_aside_damaged(database)
    source = connect_read_only(backup)
    try:
        target = connect_file(database)
        try:
            copy_database(source, target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise BackupError(f'cannot restore into "{database}": {exc}') from exc
    finally:
        source.close()
    return kept
