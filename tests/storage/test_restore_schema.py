"""A backup that carries schema objects of its own is not restored (issue 20, point 4).

Restore checked integrity, the tables and the schema revision only: a backup with
``CREATE TRIGGER … UPDATE agreements SET title = 'VOID'`` was restored, and every later
write rewrote all titles. Now the backup's ``sqlite_master`` (type, name, table and
SQL) must equal that of a new database brought to its revision by the migrations.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage import open_database
from desktop_app.storage.backup import BackupError, list_backups, make_backup
from desktop_app.storage.restore import restore_database

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

HOSTILE = {
    "trigger": ('trigger "void_titles"',
                "CREATE TRIGGER void_titles AFTER UPDATE ON agreements "
                "BEGIN UPDATE agreements SET title = 'VOID'; END"),
    "view": ('view "every_phone"', "CREATE VIEW every_phone AS SELECT phone FROM people"),
    "index": ('index "ix_people_phone"', "CREATE INDEX ix_people_phone ON people (phone)"),
    "table": ('table "notes"', "CREATE TABLE notes (x TEXT)"),
    "changed table": ('table "rooms"', "ALTER TABLE rooms ADD COLUMN secret TEXT"),
    "missing index": ('index "ix_people_event_id"', "DROP INDEX ix_people_event_id"),
}


@pytest.fixture
def live_and_backup(db_path: Path) -> tuple[Path, Path]:
    db = open_database(str(db_path))
    import_event_file(db, sample_event_path())
    db.dispose()
    backup = make_backup(db_path, "manual")
    db = open_database(str(db_path), backup=False)  # the live database moves on
    with db.session() as session:
        session.execute(text("UPDATE agreements SET notes = 'live'"))
    db.dispose()
    return db_path, backup


def _doctor(backup: Path, statement: str) -> None:
    connection = sqlite3.connect(backup)
    try:
        connection.executescript(statement)
    finally:
        connection.close()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_backup_with_an_object_of_its_own_is_refused(
        live_and_backup: tuple[Path, Path], case: str) -> None:
    live, backup = live_and_backup
    named, statement = HOSTILE[case]
    _doctor(backup, statement)
    before = live.read_bytes()
    backups_before = list_backups(live)
    with pytest.raises(BackupError, match=named) as refused:
        restore_database(live, backup)
    assert "not restored" in str(refused.value)
    assert live.read_bytes() == before
    assert list_backups(live) == backups_before


def test_the_command_exits_2_naming_the_trigger(live_and_backup: tuple[Path, Path]) -> None:
    live, backup = live_and_backup
    _doctor(backup, HOSTILE["trigger"][1])
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(live), "restore",
                             str(backup)], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f'error: "{backup}" holds a trigger "void_titles" that Roundtable did not create; '
        "it is not restored"]
    connection = sqlite3.connect(live)
    try:
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                  ).fetchone() == (0,)
        assert connection.execute("SELECT DISTINCT notes FROM agreements").fetchall() == [
            ("live",)]
    finally:
        connection.close()


def test_clean_backups_of_every_revision_still_restore(db_path: Path, tmp_path: Path) -> None:
    open_database(str(db_path)).dispose()
    for fixture in sorted(FIXTURES.glob("rev*-sample.sqlite")):
        copy = tmp_path / fixture.name
        shutil.copyfile(fixture, copy)
        restore_database(db_path, copy)
        db = open_database(str(db_path), backup=False)  # upgrades an older one
        try:
            assert list_events(db), fixture.name
        finally:
            db.dispose()
