"""Every wait for another program's lock is bounded, the same everywhere (issue 20,
point 8), and ends in exit 3 "the database is locked by another program".

Before: ``restore`` while another program held a write transaction retried for as long
as it was held (594 s in the report: SQLite's backup API retries a busy database
forever), and on PostgreSQL a row lock held in another session made ``import --replace``
wait forever. Both run here as real processes against a lock held by a second
connection, with a time limit the old code overran.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage import Database, StorageError, open_database
from desktop_app.storage.backup import copy_database, list_backups, make_backup
from desktop_app.storage.errors import LOCK_WAIT_SECONDS, LOCKED_MESSAGE
from tests.support import small_event_document, write_json

REPO = Path(__file__).resolve().parents[2]
#: What the old code overran: it waited as long as the lock was held.
PATIENCE = 45


def _cli(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=PATIENCE)
    return result, time.monotonic() - started


@pytest.mark.sqlite_only
def test_restore_gives_up_on_a_locked_database(db_path: Path) -> None:
    db = open_database(str(db_path))
    import_event_file(db, sample_event_path())
    db.dispose()
    backup = make_backup(db_path, "manual")
    before = list_backups(db_path)
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program's write transaction
    try:
        result, seconds = _cli("--db", str(db_path), "restore", str(backup))
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines()[0] == f"error: {LOCKED_MESSAGE}"
    assert "Traceback" not in result.stderr
    assert seconds < LOCK_WAIT_SECONDS + 20
    assert list_backups(db_path) == before  # nothing changed: not even a pre-restore backup
    db = open_database(str(db_path), backup=False)
    try:
        assert [e.agreements for e in list_events(db)] == [40]
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_the_backup_copy_gives_up_on_a_locked_target(tmp_path: Path) -> None:
    source = sqlite3.connect(tmp_path / "source.sqlite")
    source.execute("CREATE TABLE t (x)")
    source.commit()
    target_path = tmp_path / "target.sqlite"
    sqlite3.connect(target_path).close()
    holder = sqlite3.connect(target_path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    target = sqlite3.connect(target_path, timeout=1)
    started = time.monotonic()
    try:
        with pytest.raises(StorageError, match="locked by another program"):
            copy_database(source, target)
    finally:
        holder.rollback()
        for connection in (holder, target, source):
            connection.close()
    assert time.monotonic() - started < LOCK_WAIT_SECONDS + 5


def test_import_replace_gives_up_on_a_row_lock(db: Database, tmp_path: Path) -> None:
    """SQLite: another connection's write transaction; PostgreSQL: another session's row
    lock on the event (``SELECT … FOR UPDATE``), which the old code waited on forever."""
    document = small_event_document()
    path = write_json(tmp_path / "event.json", document)
    import_event_file(db, path)
    key = document["event"]["id"]
    holder_engine = create_engine(db.url)
    try:
        with holder_engine.connect() as holder:
            if holder.dialect.name == "sqlite":
                holder.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                holder.execute(text("SELECT id FROM events WHERE key = :key FOR UPDATE"),
                               {"key": key})
            result, seconds = _cli("--db", db.url, "import", "--replace", str(path))
            holder.rollback()
    finally:
        holder_engine.dispose()
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines() == [f"error: {LOCKED_MESSAGE}"]
    assert seconds < LOCK_WAIT_SECONDS + 20
    assert [e.key for e in list_events(db)] == [key]
