"""The team setup of docs/postgresql-setup.sql, on a real PostgreSQL server: the owner
creates and upgrades the schema; an organizer's role edits data but cannot change it."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_app.resources import sample_event_path
from desktop_app.services import people
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage import StorageError, open_database
from desktop_app.storage.migrate import upgrade
from tests import postgres_support

pytestmark = pytest.mark.skipif(postgres_support.server_url() is None,
                                reason="needs ROUNDTABLE_TEST_DB (a PostgreSQL server)")


def _admin(statement: str, database: str | None = None) -> None:
    url = make_url(postgres_support.server_url() or "")
    if database:
        url = url.set(database=database)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def team_database() -> tuple[str, str]:
    """(owner URL, editor URL) of a database set up as docs/postgresql-setup.sql says."""
    suffix = uuid.uuid4().hex[:8]
    owner, editors, alice, name = (f"rt_owner_{suffix}", f"rt_editors_{suffix}",
                                   f"rt_alice_{suffix}", f"rt_team_{suffix}")
    script = (postgres_support.REPO_ROOT / "docs" / "postgresql-setup.sql").read_text("utf-8")
    script = (script.replace("roundtable_owner", owner).replace("roundtable_editors", editors)
              .replace("alice", alice).replace("DATABASE roundtable ", f"DATABASE {name} "))
    before, after = script.split("\\connect roundtable")
    for statement in filter(None, (s.strip() for s in _strip_comments(before).split(";"))):
        _admin(statement)
    for statement in filter(None, (s.strip() for s in _strip_comments(after).split(";"))):
        _admin(statement, database=name)
    base = make_url(postgres_support.server_url() or "")
    owner_url = base.set(username=owner, database=name).render_as_string(hide_password=False)
    alice_url = base.set(username=alice, database=name).render_as_string(hide_password=False)
    yield owner_url, alice_url
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    for role in (alice, editors, owner):
        _admin(f"DROP ROLE IF EXISTS {role}")


def _strip_comments(sql: str) -> str:
    return "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))


def test_owner_migrates_and_an_organizer_edits_data_only(team_database: tuple[str, str]) -> None:
    owner_url, alice_url = team_database
    open_database(owner_url).dispose()  # the owner creates the schema once
    alice = open_database(alice_url)
    try:
        key = import_event_file(alice, sample_event_path()).event_key
        person = people.list_people(alice, key, "nurbek")[0]
        data = people.PersonData.from_row(person)
        data.phone = "+7 717 000 00 00"
        people.update_person(alice, person.id, data, person.version)
        assert [e.agreements for e in list_events(alice)] == [40]
        with pytest.raises(Exception, match="permission denied"), \
                alice.engine.begin() as connection:
            connection.execute(text("CREATE TABLE sneaky (x int)"))
    finally:
        alice.dispose()


def test_an_organizer_cannot_upgrade_and_is_told_so(team_database: tuple[str, str]) -> None:
    owner_url, alice_url = team_database
    engine = create_engine(owner_url)
    upgrade(engine, "0001")  # an older Roundtable made this database
    engine.dispose()
    with pytest.raises(StorageError) as caught:
        open_database(alice_url)
    assert "permission" in str(caught.value).lower()
    open_database(owner_url).dispose()  # the owner's Roundtable upgrades it
    open_database(alice_url).dispose()
