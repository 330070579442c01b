"""Shared fixtures: real SQLite files in tmp_path, the sample event, event-document factories."""
from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never write to the developer's real log or data directory from tests.
os.environ.setdefault("ROUNDTABLE_LOG", str(Path(os.environ.get("TMPDIR", "/tmp")) /
                                            "roundtable-tests.log"))

from desktop_app.resources import sample_event_path  # noqa: E402
from desktop_app.storage import Database, open_database  # noqa: E402
from tests.support import small_event_document  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_KEY = "ada-az-kz-2025"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "roundtable.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh database in a real SQLite file, at the current schema."""
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def sample_document() -> dict[str, Any]:
    return json.loads(sample_event_path().read_text(encoding="utf-8"))


@pytest.fixture
def sample_doc(sample_document: dict[str, Any]) -> dict[str, Any]:
    """A private deep copy of the sample event document, free to modify."""
    return copy.deepcopy(sample_document)


@pytest.fixture
def sample_event(db: Database) -> str:
    """The sample event imported into ``db``; returns its key."""
    from desktop_app.services.events import import_event_file

    return import_event_file(db, sample_event_path()).event_key


@pytest.fixture
def small_doc() -> dict[str, Any]:
    return small_event_document()
