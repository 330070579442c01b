"""Fresh PostgreSQL databases for tests, when ``ROUNDTABLE_TEST_DB`` names a server.

``ROUNDTABLE_TEST_DB`` is an admin URL (``postgresql+psycopg://roundtable@127.0.0.1:54329/postgres``,
printed by ``scripts/start-test-postgres``). A template database is migrated once per test
session; each test gets its own copy (``CREATE DATABASE … TEMPLATE``), dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_app.storage import open_database

TEST_DB_ENV = "ROUNDTABLE_TEST_DB"
REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "roundtable_test_template"


def server_url() -> str | None:
    return os.environ.get(TEST_DB_ENV) or None


def _admin_execute(statement: str) -> None:
    url = server_url()
    assert url is not None
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def database_url(name: str) -> str:
    url = server_url()
    assert url is not None
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def create_template() -> None:
    """Drop and recreate the template database at the current schema."""
    _admin_execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
    _admin_execute(f"CREATE DATABASE {TEMPLATE} ENCODING 'UTF8'")
    open_database(database_url(TEMPLATE)).dispose()


def create_test_database() -> str:
    """A new database copied from the template; returns its URL."""
    name = f"roundtable_test_{uuid.uuid4().hex[:12]}"
    _admin_execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    return database_url(name)


def drop_test_database(url: str) -> None:
    name = make_url(url).database
    _admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
