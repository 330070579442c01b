"""Opening databases: pragmas, migrations with a backup, and refusing what is not ours."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.services.events import list_events
from desktop_app.storage import StorageError, open_database, resolve_url
from desktop_app.storage.backup import backups_dir
from desktop_app.storage.migrate import current_revision, head_revision, known_revisions, upgrade

FIXTURES = Path(__file__).resolve().parent / "fixtures"

pytestmark = pytest.mark.sqlite_only


def test_new_file_is_created_at_head_with_durable_pragmas(db_path: Path) -> None:
    db = open_database(str(db_path))
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert current_revision(db.engine) == head_revision()
        assert db.backups == []
    finally:
        db.dispose()


def test_first_revision_upgrades_to_head(tmp_path: Path) -> None:
    path = tmp_path / "first.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    engine.dispose()
    db = open_database(str(path))
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("rev*-sample.sqlite")))
def test_each_earlier_revision_upgrades_keeping_its_data_and_a_backup(
        fixture: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / fixture, path)
    old_revision = fixture.removeprefix("rev").split("-")[0]
    assert old_revision in known_revisions() and old_revision != head_revision()
    db = open_database(str(path))
    try:
        assert current_revision(db.engine) == head_revision()
        [summary] = list_events(db)
        assert (summary.key, summary.agreements, summary.people, summary.agenda_items) == \
            ("ada-az-kz-2025", 40, 21, 9)
        [backup] = db.backups
        assert backup.parent == backups_dir(path) and f"pre-upgrade-{old_revision}" in backup.name
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == \
                (old_revision,)
            assert copy.execute("SELECT count(*) FROM agreements").fetchone() == (40,)
    finally:
        db.dispose()


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    open_database(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer Roundtable"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Minutes of the meeting: not a database", encoding="utf-8")
    with pytest.raises(StorageError, match="not a Roundtable database"):
        open_database(str(path))
    assert path.read_text(encoding="utf-8").startswith("Minutes")


def test_sqlite_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(StorageError, match="not Roundtable's"):
        open_database(str(path))


def test_corrupt_database_is_refused(db_path: Path, sample_event: str, db) -> None:
    db.dispose()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 12 * page)):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged|not a Roundtable database"):
        open_database(str(db_path))


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_database(str(tmp_path / "nowhere" / "x.sqlite"))


def test_paths_and_urls_resolve(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "a.sqlite")) == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_unknown_url_scheme(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot use database"):
        open_database("nosuchdb://x/y")


def test_revisions_read_from_the_files_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from desktop_app.storage.migrate import alembic_config, revision_graph

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert revision_graph() == {rev.revision: rev.down_revision  # type: ignore[misc]
                                for rev in scripts.walk_revisions()}


def test_opening_a_current_database_does_not_load_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_database(str(db_path)).dispose()
    code = ("import sys\nfrom desktop_app.storage import open_database\n"
            f"open_database({str(db_path)!r}).dispose()\n"
            "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False", result.stderr


def test_revision_0003_gains_empty_translations_that_can_then_be_stored(tmp_path: Path) -> None:
    """0004 adds ``translations`` to every record with translatable texts: an empty map on
    the rows of before, and a place the texts of each language are kept from then on."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop_app.domain.models import AgendaItem, AgendaTopic, Agreement, Event, Person, Room

    path = tmp_path / "rev0003.sqlite"
    shutil.copy(FIXTURES / "rev0003-sample.sqlite", path)
    db = open_database(str(path))
    try:
        models = (Event, Room, Person, AgendaItem, AgendaTopic, Agreement)
        with Session(db.engine) as session:
            for model in models:
                values = session.scalars(select(model.translations)).all()
                assert values and all(value == {} for value in values), model.__name__
            item = session.scalars(select(AgendaItem).where(AgendaItem.key == "welcome")).one()
            item.translations = {"title": {"kk": "Құттықтау сөзі"}}
            session.commit()
        with Session(db.engine) as session:
            item = session.scalars(select(AgendaItem).where(AgendaItem.key == "welcome")).one()
            assert item.text_in("title", "kk") == "Құттықтау сөзі"
            assert item.text_in("title", "az") == "Welcome speech"
    finally:
        db.dispose()


def test_revision_0004_gains_empty_seating_tables_that_can_then_be_stored(
        tmp_path: Path) -> None:
    """0005 adds seating plans and their seats: none on the events of before; then a main
    table and an item's plan can be stored, an event has one main table at most, deleting a
    person leaves their seat empty and deleting an item takes its plan with it."""
    from sqlalchemy import delete, func, select
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import Session

    from desktop_app.domain.models import AgendaItem, Event, Person, SeatAssignment, SeatingPlan

    path = tmp_path / "rev0004.sqlite"
    shutil.copy(FIXTURES / "rev0004-sample.sqlite", path)
    db = open_database(str(path))
    try:
        with Session(db.engine) as session:
            assert session.scalar(select(func.count()).select_from(SeatingPlan)) == 0
            event = session.scalars(select(Event)).one()
            people = {p.key: p for p in session.scalars(select(Person))}
            signing = session.scalars(select(AgendaItem).where(AgendaItem.key == "signing")).one()
            people["guest"] = Person(event_id=event.id, key="guest", family_name="Guest")
            session.add(people["guest"])
            session.flush()
            session.add(SeatingPlan(event_id=event.id, layout="round:24", rule="precedence", seats=[
                SeatAssignment(seat=1, person_id=people["amrullayev"].id, locked=True,
                               reason="host: highest-ranking person of the host organizations"),
                SeatAssignment(seat=24, person_id=people["guest"].id)]))
            session.add(SeatingPlan(event_id=event.id, item_id=signing.id, layout="signing:2",
                                    rule="precedence", seats=[
                                        SeatAssignment(seat=2, person_id=people["pashayev"].id)]))
            session.commit()
            people_ids = {key: person.id for key, person in people.items()}
        with Session(db.engine) as session:
            main = session.scalars(select(SeatingPlan).where(SeatingPlan.item_id.is_(None))).one()
            assert [(s.seat, s.person.key, s.locked) for s in main.seats] == \
                [(1, "amrullayev", True), (24, "guest", False)]
            assert main.version == 1 and main.seats[1].reason == ""
            session.add(SeatingPlan(event_id=main.event_id, layout="u:9", rule="facing"))
            with pytest.raises(IntegrityError):
                session.commit()
        with db.engine.begin() as connection:  # as the services delete, by the database's rules
            connection.execute(delete(Person).where(Person.key == "guest"))
            connection.execute(delete(AgendaItem).where(AgendaItem.key == "signing"))
        with Session(db.engine) as session:
            assert session.execute(select(SeatAssignment.seat, SeatAssignment.person_id)
                                   .order_by(SeatAssignment.seat)).all() == \
                [(1, people_ids["amrullayev"]), (24, None)]
            assert session.scalar(select(func.count()).select_from(SeatingPlan)) == 1
    finally:
        db.dispose()


def test_revision_0005_gains_the_partnership_register_that_can_then_be_stored(
        tmp_path: Path) -> None:
    """0006 adds renewals and terminations to agreements, and their attached files and
    activities: none on the agreements of before; then a renewal links to its original
    (deleting the original leaves the successor unlinked), the bytes of a file come back
    as stored, and deleting an agreement takes its files and activities with it."""
    import datetime as dt

    from sqlalchemy import delete, func, select
    from sqlalchemy.orm import Session

    from desktop_app.domain.models import (
        Agreement,
        AgreementActivity,
        AgreementAttachment,
        AgreementParty,
    )

    path = tmp_path / "rev0005.sqlite"
    shutil.copy(FIXTURES / "rev0005-sample.sqlite", path)
    db = open_database(str(path))
    try:
        content = bytes(range(256)) * 1000
        with Session(db.engine) as session:
            agreements = list(session.scalars(select(Agreement)))
            assert len(agreements) == 40
            assert all(a.renews_id is None and a.terminated_on is None
                       and a.termination_reason is None for a in agreements)
            assert session.scalar(select(func.count()).select_from(AgreementAttachment)) == 0
            assert session.scalar(select(func.count()).select_from(AgreementActivity)) == 0
            original = next(a for a in agreements if a.reference == "AZ-KZ/2025/001")
            second = next(a for a in agreements if a.reference == "AZ-KZ/2025/002")
            successor = Agreement(event_id=original.event_id, key="mou-001-r1",
                                  reference="AZ-KZ/2025/001-R1", kind=original.kind,
                                  title=original.title, status="draft", renews=original)
            successor.parties.extend(AgreementParty(organization_id=p.organization_id)
                                     for p in original.parties)
            session.add(successor)
            second.terminated_on = dt.date(2027, 6, 30)
            second.termination_reason = "closed by both parties"
            original.attachments.append(AgreementAttachment(
                file_name="signed.pdf", kind="signed-copy", size=len(content),
                sha256="0" * 64, added_at=dt.datetime(2025, 3, 5, 8, tzinfo=dt.UTC),
                added_by="aliyeva", content=content))
            original.activities.append(AgreementActivity(
                day=dt.date(2025, 9, 1), kind="student-mobility", count=4,
                from_organization_id=original.parties[0].organization_id,
                to_organization_id=original.parties[1].organization_id))
            session.commit()
        with Session(db.engine) as session:
            successor = session.scalars(select(Agreement)
                                        .where(Agreement.key == "mou-001-r1")).one()
            assert successor.renews is not None
            assert successor.renews.reference == "AZ-KZ/2025/001"
            [attachment] = successor.renews.attachments
            assert attachment.content == content and attachment.added_at.tzinfo is not None
            assert successor.renews.activities[0].count == 4
        with db.engine.begin() as connection:  # as the services delete, by the database's rules
            connection.execute(delete(AgreementParty).where(AgreementParty.agreement_id.in_(
                select(Agreement.id).where(Agreement.reference == "AZ-KZ/2025/001"))))
            connection.execute(delete(Agreement).where(Agreement.reference == "AZ-KZ/2025/001"))
        with Session(db.engine) as session:
            assert session.scalar(select(Agreement.renews_id)
                                  .where(Agreement.key == "mou-001-r1")) is None
            assert session.scalar(select(func.count()).select_from(AgreementAttachment)) == 0
            assert session.scalar(select(func.count()).select_from(AgreementActivity)) == 0
            assert session.scalar(select(Agreement.termination_reason)
                                  .where(Agreement.reference == "AZ-KZ/2025/002")) \
                == "closed by both parties"
    finally:
        db.dispose()


def test_revision_0006_gains_schedule_ids_and_programme_versions(tmp_path: Path) -> None:
    """0007 gives every agenda item and person the schedule id it had (its row id, which
    the schedule exports used until then) and adds the published versions: none on the
    events of before; then a new item gets the next id, an id is unique in its event, a
    version stores its snapshot, and deleting the event takes its versions with it."""
    import datetime as dt

    from sqlalchemy import delete, func, select
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import Session

    from desktop_app.domain.models import AgendaItem, Event, Person, ProgrammeVersion

    path = tmp_path / "rev0006.sqlite"
    shutil.copy(FIXTURES / "rev0006-sample.sqlite", path)
    db = open_database(str(path))
    try:
        with Session(db.engine) as session:
            for model in (AgendaItem, Person):
                rows = session.execute(select(model.id, model.schedule_id)).all()
                assert rows and all(row_id == schedule_id for row_id, schedule_id in rows)
            assert session.scalar(select(func.count()).select_from(ProgrammeVersion)) == 0
            event = session.scalars(select(Event)).one()
            coffee = session.scalars(select(AgendaItem).where(AgendaItem.key == "coffee")).one()
            highest = session.scalar(select(func.max(AgendaItem.schedule_id)))
            session.add(AgendaItem(event_id=event.id, key="tea", title="Tea", kind="break",
                                   day=coffee.day, start_time=dt.time(15), end_time=dt.time(16),
                                   room_id=coffee.room_id))
            session.add(ProgrammeVersion(event_id=event.id, position=1, name="v1",
                                         published_at=dt.datetime(2025, 2, 28, 10,
                                                                  tzinfo=dt.UTC),
                                         last_item_schedule_id=highest + 5,
                                         last_person_schedule_id=0, snapshot="{}"))
            session.commit()
            tea = session.scalars(select(AgendaItem).where(AgendaItem.key == "tea")).one()
            assert tea.schedule_id == highest + 1
            session.add(AgendaItem(event_id=event.id, key="juice", title="Juice", kind="break",
                                   day=coffee.day, start_time=dt.time(16),
                                   end_time=dt.time(17), room_id=coffee.room_id))
            session.commit()  # after the id the version gave out last
            juice = session.scalars(select(AgendaItem).where(AgendaItem.key == "juice")).one()
            assert juice.schedule_id == highest + 6
            juice.schedule_id = tea.schedule_id
            with pytest.raises(IntegrityError):
                session.commit()
        with Session(db.engine) as session:
            version = session.scalars(select(ProgrammeVersion)).one()
            assert version.snapshot == "{}" and version.published_at.tzinfo is not None
        with db.engine.begin() as connection:
            connection.execute(delete(Event))
        with Session(db.engine) as session:
            assert session.scalar(select(func.count()).select_from(ProgrammeVersion)) == 0
    finally:
        db.dispose()
