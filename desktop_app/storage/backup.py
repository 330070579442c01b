"""Backups of SQLite databases through SQLite's online backup API, and restores.

The backup API copies a consistent snapshot even while the database is in
use, unlike copying the file (which can catch a half-written WAL). Backups of
``NAME`` live in the folder ``NAME.backups`` beside it, named by time and
reason (``20261129T031400123456-open.sqlite``), and rotate: the newest
``keep`` stay.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path
from urllib.parse import urlencode

from desktop_app.domain.errors import Phrase, RoundtableError

from .errors import LOCK_WAIT_SECONDS, LOCKED_MESSAGE, StorageError

DEFAULT_KEEP = 10
KEEP_ENV = "ROUNDTABLE_BACKUP_KEEP"
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(RoundtableError):
    """A backup could not be made or a file cannot be restored; nothing was changed."""


#: Why a backup was not made (a ``Phrase``, so that the window can translate it).
BACKUP_FAILED = 'cannot back up "{source}" into "{folder}": {reason}'


def _backup_failed(source: Path, folder: Path, reason: object) -> BackupError:
    return BackupError(Phrase(BACKUP_FAILED, source=str(source), folder=str(folder),
                              reason=str(reason)))


def configured_keep() -> int:
    """How many backups to keep: ``ROUNDTABLE_BACKUP_KEEP`` or 10 (at least 1)."""
    try:
        return max(1, int(os.environ.get(KEEP_ENV, DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def backups_dir(database: Path) -> Path:
    return database.with_name(f"{database.name}.backups")


def list_backups(database: Path) -> list[Path]:
    """Backups of ``database``, oldest first."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.sqlite") if p.is_file())


def latest_backup(database: Path) -> Path | None:
    backups = list_backups(database)
    return backups[-1] if backups else None


def sqlite_uri(path: Path, **query: str) -> str:
    """A SQLite URI (``file:///…?mode=ro``) for ``path``, whatever characters its folders
    hold: ``#``, ``?`` and ``%`` are percent-encoded (pasted into ``file:{path}``, they
    start a fragment or a query, and ``events #2.sqlite`` would silently be ``events ``)."""
    uri = Path(os.path.abspath(path)).as_uri()
    return f"{uri}?{urlencode(query)}" if query else uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path`` (never creates it)."""
    return sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, timeout=LOCK_WAIT_SECONDS)


def connect_file(path: Path) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path`` that waits ``LOCK_WAIT_SECONDS`` for a
    lock (the same busy timeout as the application's own)."""
    return sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS)


class _GaveUp(Exception):
    """Stops a copy that waited for a lock longer than ``LOCK_WAIT_SECONDS``."""


def copy_database(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Copy ``source`` into ``target`` with SQLite's online backup API, giving up with
    ``StorageError(LOCKED_MESSAGE)`` when either stays locked by another program.

    The API retries a busy database forever: a restore while another program held a
    write transaction waited 594 s. Each step waits the busy timeout of its connections;
    once ``LOCK_WAIT_SECONDS`` have passed, the next busy step stops the copy.
    """
    deadline = time.monotonic() + LOCK_WAIT_SECONDS

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
                and time.monotonic() >= deadline:
            raise _GaveUp

    try:
        source.backup(target, progress=progress)
    except _GaveUp:
        raise StorageError(LOCKED_MESSAGE) from None


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` to ``destination`` (online, consistent); a place
    that cannot be written (a folder that is a file, read-only, full) is a ``BackupError``
    naming it."""
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _backup_failed(source, destination.parent, exc.strerror or exc) from exc
    src = connect_read_only(source)
    try:
        dst = connect_file(partial)
        try:
            copy_database(src, dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise _backup_failed(source, destination.parent, reason) from exc
    finally:
        src.close()
    return destination


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")


def make_backup(database: Path, reason: str, keep: int | None = None) -> Path:
    """Back up ``database`` into its backups folder and rotate; returns the new file."""
    destination = backups_dir(database) / f"{_stamp()}-{reason}.sqlite"
    backup_sqlite_file(database, destination)
    rotate(database, keep if keep is not None else configured_keep())
    return destination


def rotate(database: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the deleted ones (a backup that
    cannot be deleted stays, for the next rotation)."""
    backups = list_backups(database)
    doomed = backups[:-keep] if keep > 0 else backups
    deleted = []
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def needs_backup(database: Path) -> bool:
    """True when ``database`` may hold changes its newest backup lacks.

    Call it before opening the database: opening touches the WAL file. A WAL
    left behind (an unclean stop, or another program has it open) counts as a
    change; otherwise the main file's modification time is compared.
    """
    if not database.exists() or database.stat().st_size == 0:
        return False
    newest = latest_backup(database)
    if newest is None:
        return True
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    return database.stat().st_mtime > newest.stat().st_mtime


def set_aside_damaged(database: Path) -> Path:
    """Move a database (and its WAL and shared-memory files) aside as ``.damaged-<time>``."""
    stamp = _stamp()
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{database}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{aside}{suffix}"))
    return aside
