"""Automatic and manual backups, rotation, and restores that refuse what is not ours."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage import StorageError, open_database
from desktop_app.storage.backup import BackupError, list_backups, make_backup, rotate
from desktop_app.storage.restore import restore_database

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]


def _touch_later(path: Path) -> None:
    later = time.time() + 2
    os.utime(path, (later, later))


def test_backup_on_open_only_when_changed(db_path: Path) -> None:
    open_database(str(db_path)).dispose()  # creates the file: nothing to back up yet
    assert list_backups(db_path) == []
    db = open_database(str(db_path))
    assert [p.name.endswith("-open.sqlite") for p in db.backups] == [True]
    db.dispose()
    open_database(str(db_path)).dispose()
    assert len(list_backups(db_path)) == 1  # unchanged since: no new backup
    db = open_database(str(db_path))
    import_event_file(db, sample_event_path())
    db.dispose()
    _touch_later(db_path)
    db = open_database(str(db_path))
    db.dispose()
    backups = list_backups(db_path)
    assert len(backups) == 2
    with sqlite3.connect(backups[-1]) as copy:
        assert copy.execute("SELECT count(*) FROM agreements").fetchone() == (40,)


def test_rotation_keeps_the_newest(db_path: Path) -> None:
    open_database(str(db_path)).dispose()
    made = [make_backup(db_path, "manual", keep=100) for _ in range(5)]
    deleted = rotate(db_path, 3)
    assert deleted == made[:2]
    assert list_backups(db_path) == made[2:]
    made.append(make_backup(db_path, "manual", keep=2))
    assert list_backups(db_path) == made[-2:]


def test_restore_backs_up_current_then_replaces(db_path: Path, tmp_path: Path) -> None:
    db = open_database(str(db_path))
    before = make_backup(db_path, "manual")  # empty database
    import_event_file(db, sample_event_path())
    db.dispose()
    kept = restore_database(db_path, before)
    assert kept is not None and kept.name.endswith("-pre-restore.sqlite")
    db = open_database(str(db_path))
    try:
        assert list_events(db) == []
    finally:
        db.dispose()
    with sqlite3.connect(kept) as copy:
        assert copy.execute("SELECT count(*) FROM agreements").fetchone() == (40,)


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restore_refuses_a_file_that_is_not_roundtable(db_path: Path, tmp_path: Path,
                                                       content: bytes) -> None:
    open_database(str(db_path)).dispose()
    before = db_path.read_bytes()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(BackupError, match="not a Roundtable database"):
        restore_database(db_path, bad)
    assert db_path.read_bytes() == before


def test_restore_refuses_another_programs_database_and_a_newer_schema(
        db_path: Path, tmp_path: Path) -> None:
    open_database(str(db_path)).dispose()
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (x)")
    with pytest.raises(BackupError, match="not a Roundtable database"):
        restore_database(db_path, other)
    newer = make_backup(db_path, "manual")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'future'")
    with pytest.raises(BackupError, match="newer Roundtable"):
        restore_database(db_path, newer)


def test_damaged_database_names_the_latest_backup_and_can_be_restored(db_path: Path) -> None:
    db = open_database(str(db_path))
    import_event_file(db, sample_event_path())
    db.dispose()
    good = make_backup(db_path, "manual")
    data = bytearray(db_path.read_bytes())
    data[4096:4096 * 6] = b"\xa5" * (4096 * 5)
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as caught:
        open_database(str(db_path))
    assert caught.value.latest_backup == good
    kept = restore_database(db_path, good)
    assert kept is not None and ".damaged-" in kept.name
    db = open_database(str(db_path))
    try:
        assert [e.agreements for e in list_events(db)] == [40]
    finally:
        db.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)


def test_backup_and_restore_commands(db_path: Path, tmp_path: Path) -> None:
    assert _cli("--db", str(db_path), "import", str(sample_event_path())).returncode == 0
    out = tmp_path / "copy.sqlite"
    made = _cli("--db", str(db_path), "backup", "-o", str(out))
    assert (made.returncode, made.stdout.strip()) == (0, str(out))
    rotated = _cli("--db", str(db_path), "backup")
    assert rotated.returncode == 0 and "-manual.sqlite" in rotated.stdout
    junk = tmp_path / "junk.sqlite"
    junk.write_text("junk", encoding="utf-8")
    refused = _cli("--db", str(db_path), "restore", str(junk))
    assert refused.returncode == 2 and refused.stderr.startswith("error: ")
    assert "not a Roundtable database" in refused.stderr
    restored = _cli("--db", str(db_path), "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert "the previous database was kept as" in restored.stderr
    assert "40 agreements" in _cli("--db", str(db_path), "events").stdout


def test_damaged_database_exit_3_names_the_backup(db_path: Path) -> None:
    assert _cli("--db", str(db_path), "import", str(sample_event_path())).returncode == 0
    assert _cli("--db", str(db_path), "backup").returncode == 0
    data = bytearray(db_path.read_bytes())
    data[4096:4096 * 6] = b"\x00\xff" * (4096 * 5 // 2)
    db_path.write_bytes(bytes(data))
    result = _cli("--db", str(db_path), "events")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: ")
    assert lines[1].startswith("the latest backup is ") and "roundtable restore" in lines[1]
