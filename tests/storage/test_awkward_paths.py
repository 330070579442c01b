"""Database files in folders whose names hold ``#``, ``?``, ``%``, spaces or non-ASCII
letters: the database is stored where it was asked to be, and every backup (on open,
manual, before a restore, before an upgrade) holds its events (issue 20, point 1).

Pasted into ``file:{path}?mode=ro`` or ``sqlite:///{path}``, ``#`` and ``?`` start a
fragment or a query: every backup of ``events #2.sqlite`` was an empty 4 KB database
read from a stray file ``events ``, reported as a success, and ``Q?A/rt.sqlite`` was
stored at ``Q``.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.cli.app import main
from desktop_app.resources import sample_event_path
from desktop_app.storage import open_database, resolve_url
from desktop_app.storage.backup import list_backups
from desktop_app.storage.database import sqlite_file_of

pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parent / "fixtures"
AWKWARD = ["events #2", "Q?A", "100%", "a%23b%3F", "with  spaces ", "Bakı Əliyeva", "Алматы 2026"]


def _agreements(path: Path) -> int:
    """Agreements in the SQLite file at ``path``, opened by its plain file name."""
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM agreements").fetchone()[0])
    finally:
        connection.close()


def _later(path: Path) -> None:
    later = time.time() + 2
    os.utime(path, (later, later))


@pytest.mark.parametrize("name", AWKWARD)
def test_the_url_keeps_the_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / name / f"{name}.sqlite"
    assert sqlite_file_of(resolve_url(str(path))) == path


@pytest.mark.parametrize("name", AWKWARD)
def test_every_backup_of_an_awkward_path_holds_the_events(
        tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / name
    folder.mkdir()
    path = folder / f"events {name}.sqlite"
    db = str(path)

    assert main(["--db", db, "import", str(sample_event_path())]) == 0
    assert path.is_file() and _agreements(path) == 40
    # Nothing else appeared: no stray "events " file, nothing stored beside the folder.
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert {p.name for p in folder.iterdir()} <= {
        path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}.backups"}

    _later(path)  # changed since its newest backup: opening backs it up
    assert main(["--db", db, "events"]) == 0
    automatic = [p for p in list_backups(path) if p.name.endswith("-open.sqlite")]
    assert automatic and _agreements(automatic[-1]) == 40

    capsys.readouterr()
    assert main(["--db", db, "backup"]) == 0
    manual = Path(capsys.readouterr().out.strip())
    assert manual.name.endswith("-manual.sqlite")
    assert manual.parent == folder / f"{path.name}.backups"
    assert _agreements(manual) == 40

    empty = folder / "empty #?%.sqlite"
    open_database(str(empty)).dispose()
    assert main(["--db", db, "restore", str(empty)]) == 0
    assert _agreements(path) == 0
    before_restore = [p for p in list_backups(path) if p.name.endswith("-pre-restore.sqlite")]
    assert len(before_restore) == 1 and _agreements(before_restore[0]) == 40

    older = folder / f"old {name}.sqlite"
    shutil.copyfile(FIXTURES / "rev0003-sample.sqlite", older)
    expected = _agreements(older)
    assert expected > 0
    assert main(["--db", str(older), "events"]) == 0
    before_upgrade = [p for p in list_backups(older) if "-pre-upgrade-0003" in p.name]
    assert len(before_upgrade) == 1 and _agreements(before_upgrade[0]) == expected
    assert _agreements(older) == expected
