"""Restoring a SQLite database from a backup file, safely.

A restore first backs up the current database (or, if it is damaged, moves
it aside), then copies the backup in with SQLite's backup API. A file that is
not a Roundtable database, is damaged, or was made by a newer Roundtable is
refused before anything changes.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

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
    return revision


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
