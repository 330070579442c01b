"""Fixtures for the GUI tests: offscreen Qt, a real SQLite file, the sample event,
and a ``UiContext`` with its own QSettings file so tests never touch the user's."""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROUNDTABLE_LOG",
                      os.path.join(tempfile.gettempdir(), "roundtable-ui-tests.log"))

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from desktop_app.resources import sample_event_path  # noqa: E402
from desktop_app.services.events import import_event_file  # noqa: E402
from desktop_app.storage.database import Database, open_database  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty database in a real SQLite file."""
    database = open_database(str(tmp_path / "ui.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def sample_db(db: Database) -> tuple[Database, str]:
    """The database with the sample event imported: (db, event_key)."""
    result = import_event_file(db, sample_event_path())
    return db, result.event_key


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """A QSettings file of this test alone."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def default_settings_folder(tmp_path: Path) -> Iterator[Path]:
    """Point the default QSettings (the ones ``run_gui`` uses) at a folder of this test;
    afterwards back at the session's temporary config folder (tests/user_folders.py),
    since Qt keeps the path for the rest of the process."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      os.environ["XDG_CONFIG_HOME"])


@pytest.fixture
def ui_ctx(qtbot, sample_db: tuple[Database, str], ui_settings: QSettings):
    """A UiContext over the sample event (already selected)."""
    from desktop_app.ui.context import UiContext

    database, event_key = sample_db
    ctx = UiContext(database, ui_settings)
    ctx.set_event(event_key)
    yield ctx
    ctx.close()
