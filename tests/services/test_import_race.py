"""Two processes importing the same event at once (issue 20, point 3), on SQLite and
PostgreSQL.

``import`` read whether the event existed before its write transaction began, then
inserted (or, with ``--replace``, deleted by the id it had read). Two simultaneous
imports of one new event both saw none, and the second ended in exit 4 with a
multi-line ``UNIQUE constraint failed: events.key``. Now the check and the change are
one write transaction (``Database.writer``: ``BEGIN IMMEDIATE`` on SQLite, an advisory
lock and the event's row lock on PostgreSQL): the second importer waits its turn, then
finds the first's event: "already exists" (exit 2), or replaces it.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.events import delete_event, import_event_file, list_events
from desktop_app.storage import Database
from desktop_app.storage.errors import LOCKED_MESSAGE
from tests.support import synthetic_event_document, write_json

REPO = Path(__file__).resolve().parents[2]
PEOPLE, AGREEMENTS = 2500, 600


def _both_at_once(*args: str) -> list[subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    command = [sys.executable, "-m", "desktop_app", *args]
    processes = [subprocess.Popen(command, cwd=REPO, env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(2)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return results


def _clean(result: subprocess.CompletedProcess[str], *allowed: str) -> None:
    """Exit 0, or one ``error:`` line that is one of ``allowed`` (exit 2 or 3)."""
    if result.returncode == 0:
        assert result.stdout.strip() == "synthetic"
        return
    lines = result.stderr.splitlines()
    assert result.returncode in (2, 3) and len(lines) == 1, result.stderr
    assert any(text in lines[0] for text in allowed), result.stderr


@pytest.mark.parametrize("round_", [1, 2, 3])
def test_two_importers_of_one_new_event(db: Database, tmp_path: Path, round_: int) -> None:
    path = write_json(tmp_path / "event.json", synthetic_event_document(PEOPLE, AGREEMENTS))
    results = _both_at_once("--db", db.url, "import", str(path))
    codes = sorted(r.returncode for r in results)
    assert codes in ([0, 2], [0, 3]), [r.stderr for r in results]
    for result in results:
        _clean(result, 'an event with id "synthetic" already exists', LOCKED_MESSAGE)
    events = list_events(db)
    assert [(e.key, e.people, e.agreements) for e in events] == [
        ("synthetic", PEOPLE, AGREEMENTS)]


@pytest.mark.parametrize("round_", [1, 2])
def test_two_replacing_importers_take_turns(db: Database, tmp_path: Path, round_: int) -> None:
    path = write_json(tmp_path / "event.json", synthetic_event_document(PEOPLE, AGREEMENTS))
    import_event_file(db, path)
    results = _both_at_once("--db", db.url, "import", "--replace", str(path))
    assert 0 in [r.returncode for r in results], [r.stderr for r in results]
    for result in results:
        _clean(result, LOCKED_MESSAGE)
    events = list_events(db)
    assert [(e.key, e.people, e.agreements) for e in events] == [
        ("synthetic", PEOPLE, AGREEMENTS)]
    delete_event(db, "synthetic")
    assert list_events(db) == []
