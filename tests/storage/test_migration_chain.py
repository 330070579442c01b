"""The whole chain of migrations, down and up again, on a database holding an event.

Runs on SQLite and, when ``ROUNDTABLE_TEST_DB`` names a server, on PostgreSQL. On SQLite a
downgrade that drops a column with a foreign key copies the table into a new one (Alembic's
batch mode); the rows of the tables that refer to it must survive that copy.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Connection, func, inspect, select, table, text
from sqlalchemy.orm import Session

from desktop_app.domain.models import (
    AgendaItem,
    Agreement,
    AgreementActivity,
    AgreementAttachment,
    AgreementParty,
    Event,
    Person,
    ProgrammeVersion,
    SeatAssignment,
    SeatingPlan,
)
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage import Database
from desktop_app.storage.migrate import (
    VERSION_TABLE,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)

FIRST = "0001"


def _row_counts(connection: Connection) -> dict[str, int]:
    names = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
    return {name: connection.execute(select(func.count()).select_from(table(name))).scalar_one()
            for name in sorted(names)}


def _fill_the_newer_tables(db: Database, event_key: str) -> None:
    """Rows in what the revisions after the first added: a renewal (a reference from
    ``agreements`` to itself), a file, an activity, a seating plan, a published version."""
    with Session(db.engine) as session:
        event = session.scalars(select(Event).where(Event.key == event_key)).one()
        original = session.scalars(select(Agreement)
                                   .where(Agreement.reference == "AZ-KZ/2025/001")).one()
        renewal = Agreement(event_id=event.id, key="mou-001-r1", reference="AZ-KZ/2025/001-R1",
                            kind=original.kind, title=original.title, status="draft",
                            renews=original, translations={"title": {"ru": "Продление"}})
        renewal.parties.extend(AgreementParty(organization_id=p.organization_id)
                               for p in original.parties)
        session.add(renewal)
        original.attachments.append(AgreementAttachment(
            file_name="signed.pdf", kind="signed-copy", size=3, sha256="0" * 64,
            added_at=dt.datetime(2025, 3, 5, 8, tzinfo=dt.UTC), content=b"pdf"))
        original.activities.append(AgreementActivity(day=dt.date(2025, 9, 1),
                                                     kind="student-mobility", count=4))
        person = session.scalars(select(Person).where(Person.event_id == event.id)).first()
        item = session.scalars(select(AgendaItem).where(AgendaItem.event_id == event.id)
                               .where(~AgendaItem.id.in_(select(SeatingPlan.item_id)
                                                         .where(SeatingPlan.item_id.is_not(None))))
                               ).first()
        assert person is not None and item is not None
        session.add(SeatingPlan(event_id=event.id, item_id=item.id, layout="signing:2",
                                rule="precedence", seats=[SeatAssignment(seat=1, person=person)]))
        session.add(ProgrammeVersion(event_id=event.id, position=1, name="chain-test",
                                     published_at=dt.datetime(2025, 2, 28, tzinfo=dt.UTC),
                                     last_item_schedule_id=100, last_person_schedule_id=100,
                                     snapshot="{}"))
        session.commit()


def test_downgrade_to_the_first_revision_and_to_base_then_upgrade_again(
        db: Database, sample_event: str) -> None:
    _fill_the_newer_tables(db, sample_event)
    with db.engine.connect() as connection:
        at_head = _row_counts(connection)
    assert all(at_head[name] for name in ("seating_plans", "seat_assignments",
                                          "agreement_attachments", "agreement_activities",
                                          "programme_versions"))

    downgrade(db.engine, FIRST)
    assert current_revision(db.engine) == FIRST
    with db.engine.connect() as connection:
        at_first = _row_counts(connection)
        columns = {c["name"] for c in inspect(connection).get_columns("agreements")}
    assert "seating_plans" not in at_first and "renews_id" not in columns
    # Every row of the first revision's tables is still there: nothing cascaded away.
    assert at_first == {name: at_head[name] for name in at_first}

    upgrade(db.engine)
    with db.engine.connect() as connection:
        again = _row_counts(connection)
    assert {name: again[name] for name in at_first} == at_first
    assert again["seating_plans"] == again["programme_versions"] == 0
    [summary] = [s for s in list_events(db) if s.key == sample_event]
    assert summary.agreements == 41  # the sample's 40 and the renewal, now unlinked

    downgrade(db.engine, "base")
    with db.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {VERSION_TABLE}

    upgrade(db.engine)
    from desktop_app.resources import sample_event_path

    assert import_event_file(db, sample_event_path()).event_key == sample_event
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []


@pytest.mark.sqlite_only
def test_downgrade_after_the_agreements_table_was_rebuilt(
        db: Database, sample_event: str) -> None:
    """Rebuilt by batch mode (as a later revision may rebuild it), ``agreements`` holds the
    foreign key of ``renews_id`` as a table constraint, not inline in the column, and
    SQLite's ALTER TABLE … DROP COLUMN refuses it: 0006 must copy the table instead."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    _fill_the_newer_tables(db, sample_event)
    with db.engine.connect() as connection:
        connection.execute(text("PRAGMA foreign_keys=OFF"))
        connection.commit()
        with connection.begin():
            operations = Operations(MigrationContext.configure(connection))
            with operations.batch_alter_table("agreements", recreate="always"):
                pass
        connection.execute(text("PRAGMA foreign_keys=ON"))
        connection.commit()
        assert "FOREIGN KEY(renews_id)" in connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'agreements'")).scalar_one()
        before = _row_counts(connection)

    downgrade(db.engine, "0005")
    with db.engine.connect() as connection:
        after = _row_counts(connection)
    assert after == {name: before[name] for name in after}
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("target", ["0005", "base", "-1"])
def test_a_bare_alembic_downgrade_on_sqlite_is_refused_before_its_first_step(
        db: Database, sample_event: str, target: str) -> None:
    """With foreign keys on (as every Roundtable connection has them), copying
    ``agreements`` would delete its parties and witnesses: refused, nothing dropped."""
    from alembic import command

    from desktop_app.storage.migrate import alembic_config

    with db.engine.connect() as connection:
        before = _row_counts(connection)
    with pytest.raises(RuntimeError, match="foreign keys off"), db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        assert _row_counts(connection) == before
