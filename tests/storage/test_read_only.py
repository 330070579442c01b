"""A read-only database file or folder is refused with a clear message and left untouched.

As root, permission bits do not stop writes, so the tests make the file or folder
immutable (chattr +i) instead; as another user, they clear the write bits."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_file
from desktop_app.storage import StorageError, open_database
from tests.read_only import read_only

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "events.sqlite"
    db = open_database(str(path), backup=False)
    import_event_file(db, sample_event_path())
    db.dispose()
    return path


def test_read_only_file(filled: Path) -> None:
    before = filled.read_bytes()
    with read_only(filled):
        with pytest.raises(StorageError, match="read-only"):
            open_database(str(filled))
        result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(filled),
                                 "events"], cwd=REPO, capture_output=True, text=True, timeout=60)
        assert result.returncode == 3
        assert result.stderr.startswith("error: ") and "read-only" in result.stderr
    assert filled.read_bytes() == before


def test_read_only_folder(filled: Path) -> None:
    before = filled.read_bytes()
    with read_only(filled.parent), pytest.raises(StorageError, match="read-only"):
        open_database(str(filled))
    assert filled.read_bytes() == before
    assert not Path(f"{filled}-wal").exists()
