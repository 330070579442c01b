"""Shared fixtures: real SQLite files in tmp_path, the sample event, event-document factories
and the test data builders (make_event, make_person, ...: tests/builders.py)."""
from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.user_folders import isolate_user_folders

# Never write to the developer's real settings, data, cache or log folders from tests,
# nor from the processes the tests start (they inherit these variables): done here, at
# import, before any QSettings or platformdirs call fixes a path.
isolate_user_folders()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROUNDTABLE_LOG", str(Path(os.environ.get("TMPDIR", "/tmp")) /
                                            "roundtable-tests.log"))

from desktop_app.resources import sample_event_path  # noqa: E402
from desktop_app.storage import Database, open_database  # noqa: E402
from tests import postgres_support  # noqa: E402
from tests.support import small_event_document  # noqa: E402

if TYPE_CHECKING:
    from tests.builders import (
        Builders,
        MakeAgendaItem,
        MakeAgreement,
        MakeEvent,
        MakeOrganization,
        MakePerson,
    )

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_KEY = "ada-az-kz-2025"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "roundtable.sqlite"


@pytest.fixture(scope="session")
def _postgres_template() -> bool:
    if postgres_support.server_url() is None:
        return False
    postgres_support.create_template()
    return True


@pytest.fixture
def db(db_path: Path, _postgres_template: bool) -> Iterator[Database]:
    """A fresh database at the current schema: a real SQLite file, or a new PostgreSQL
    database when ``ROUNDTABLE_TEST_DB`` names a server (see tests/postgres_support.py)."""
    if _postgres_template:
        url = postgres_support.create_test_database()
        database = open_database(url)
        yield database
        database.dispose()
        postgres_support.drop_test_database(url)
        return
    database = open_database(str(db_path))
    yield database
    database.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under PostgreSQL, skip the tests marked ``sqlite_only`` (file-level SQLite checks)."""
    if postgres_support.server_url() is None:
        return
    skip = pytest.mark.skip(reason="SQLite file behaviour; ROUNDTABLE_TEST_DB is PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application with the English catalogue installed, as the application
    installs it at start-up: plural messages ("%n warning(s)") take their English forms
    ("1 warning", "2 warnings") from it."""
    from desktop_app.ui.i18n import install_language

    install_language("en")
    return qapp


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


# Test data builders (tests/builders.py): each fixture is a function that makes one record
# through the services, with defaults for every field a test does not name.

@pytest.fixture
def builders(db: Database) -> Builders:
    from tests.builders import Builders

    return Builders(db)


@pytest.fixture
def make_event(builders: Builders) -> MakeEvent:
    return builders.event


@pytest.fixture
def make_organization(builders: Builders) -> MakeOrganization:
    return builders.organization


@pytest.fixture
def make_person(builders: Builders) -> MakePerson:
    return builders.person


@pytest.fixture
def make_agenda_item(builders: Builders) -> MakeAgendaItem:
    return builders.agenda_item


@pytest.fixture
def make_agreement(builders: Builders) -> MakeAgreement:
    return builders.agreement
