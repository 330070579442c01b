"""Places that cannot be written: one line, exit 2, naming the path and the reason; an
unwritable backups folder is a warning, not a failure (issue 20, point 9).

Before: ``print`` (and ``print certificates --split``) into a read-only folder or onto
a full disk ended in exit 4 ("unexpected PermissionError" / "OSError"), an XLSX export
onto a full disk printed about 30 traceback lines ("Exception ignored in … _write_rows")
after its error line, and a backups folder that could not be written made every command
fail, even ``events`` (exit 4, or exit 2 "cannot back up").

A full disk is a 64 KB tmpfs, filled (mounting needs root: skipped otherwise); a
read-only folder is made immutable as root (``chattr +i``: permission bits do not stop
root) or loses its write bits otherwise.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_file
from desktop_app.storage import open_database
from desktop_app.storage.backup import backups_dir, list_backups
from tests.read_only import read_only

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]
SAMPLE_KEY = "ada-az-kz-2025"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def _one_error_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and all(word in lines[0] for word in words), lines


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    path = tmp_path / "events.sqlite"
    db = open_database(str(path), backup=False)
    import_event_file(db, sample_event_path())
    db.dispose()
    return path


@pytest.fixture
def full_disk() -> Iterator[Path]:
    """A folder on a 64 KB file system with about 4 KB left."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    folder = Path(tempfile.mkdtemp(prefix="roundtable-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        folder.rmdir()
        pytest.skip("cannot mount a tmpfs here")
    try:
        with (folder / "filler").open("wb") as filler, suppress(OSError):
            filler.write(b"\0" * (60 * 1024))
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
        folder.rmdir()


def test_print_into_a_read_only_folder(sample_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "programme.pdf"
    with read_only(folder):
        result = _cli("--db", str(sample_db), "print", "programme", SAMPLE_KEY, "-o", str(target))
    _one_error_line(result, f'cannot write "{target}"')
    assert "Operation not permitted" in result.stderr or "Permission denied" in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("where", ["the folder", "a new folder in it"])
def test_certificates_split_into_a_read_only_folder(sample_db: Path, tmp_path: Path,
                                                    where: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder if where == "the folder" else folder / "certificates"
    with read_only(folder):
        if os.access(folder, os.W_OK):
            pytest.skip("this user can write into a read-only folder")
        result = _cli("--db", str(sample_db), "print", "certificates", SAMPLE_KEY,
                      "--split", str(target))
    _one_error_line(result, f'cannot write "{target}"')
    assert "Operation not permitted" in result.stderr or "Permission denied" in result.stderr
    assert list(folder.iterdir()) == []


def test_print_onto_a_full_disk(sample_db: Path, full_disk: Path) -> None:
    target = full_disk / "programme.pdf"
    result = _cli("--db", str(sample_db), "print", "programme", SAMPLE_KEY, "-o", str(target))
    _one_error_line(result, f'cannot write "{target}"', "No space left on device")
    assert [p.name for p in full_disk.iterdir()] == ["filler"]  # no partial file left


def test_xlsx_export_onto_a_full_disk(sample_db: Path, full_disk: Path) -> None:
    target = full_disk / "signings.xlsx"
    result = _cli("--db", str(sample_db), "export", "signings", SAMPLE_KEY, "-o", str(target))
    _one_error_line(result, f'cannot write "{target}"', "No space left on device")
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert [p.name for p in full_disk.iterdir()] == ["filler"]


@pytest.mark.parametrize("how", ["a file in its place", "read-only"])
def test_an_unwritable_backups_folder_is_a_warning(sample_db: Path, how: str) -> None:
    folder = backups_dir(sample_db)
    later = time.time() + 5  # changed since its last backup: opening backs it up
    os.utime(sample_db, (later, later))
    if how == "a file in its place":
        folder.write_text("not a folder", encoding="utf-8")
    else:
        folder.mkdir()
    with read_only(folder) if how == "read-only" else _nothing():
        listed = _cli("--db", str(sample_db), "events")
        again = _cli("--db", str(sample_db), "events")
    for result in (listed, again):
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"{SAMPLE_KEY}\t")
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("warning: cannot back up "), lines
        assert f'into "{folder}"' in lines[0] and "carrying on without a new backup" in lines[0]
    if how == "read-only":
        assert list_backups(sample_db) == []


@contextmanager
def _nothing() -> Iterator[None]:
    yield
