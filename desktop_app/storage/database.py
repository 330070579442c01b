"""Opening a Roundtable database: a SQLite file by default, any SQLAlchemy URL otherwise.

``open_database`` is the one door: it resolves the location, applies the
SQLite pragmas, refuses files that are not ours or are newer than this
version, backs up and upgrades older ones, and returns a ``Database`` whose
sessions the services use. Every failure becomes a ``StorageError`` with a
message a user can act on (the CLI exits with code 3).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import Phrase
from desktop_app.domain.models import ChangeRecord

from . import migrate
from .backup import BackupError, latest_backup, make_backup, needs_backup
from .errors import LOCK_WAIT_SECONDS, LOCKED_MESSAGE, STATEMENT_TIMEOUT_SECONDS, StorageError

APP_NAME = "Roundtable"
DATABASE_ENV = "ROUNDTABLE_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = LOCK_WAIT_SECONDS * 1000
CHANGE_LOG_KEEP = 2000
CHANGE_LOG_PRUNE_EVERY = 200


def data_directory() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """``ROUNDTABLE_DB`` if set, else ``roundtable.sqlite`` in the user's data directory."""
    configured = os.environ.get(DATABASE_ENV)
    if configured:
        return resolve_url(configured)
    directory = data_directory()
    directory.mkdir(parents=True, exist_ok=True)
    return resolve_url(str(directory / "roundtable.sqlite"))


def resolve_url(path_or_url: str) -> str:
    """A SQLAlchemy URL for a file path or a URL (``postgresql+psycopg://…``).

    The path is percent-encoded (``URL.create``): pasted into ``sqlite:///{path}``, a
    ``?`` in a folder's name started the URL's query, and ``Q?A/rt.sqlite`` became ``Q``.
    """
    if "://" in path_or_url:
        return path_or_url
    path = Path(path_or_url).expanduser().resolve()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_file_of(url: str) -> Path | None:
    """The file behind a SQLite URL; None for other databases and in-memory SQLite."""
    return _sqlite_path(url)


def _sqlite_path(url: str) -> Path | None:
    try:
        parsed = parse_database_url(url)
    except StorageError:  # not a URL at all: opening it says so
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


#: The password of ``scheme://user:password@…``, for URLs SQLAlchemy cannot parse.
_PASSWORD = re.compile(r"^(?P<head>[\w+]+://[^:/@?#]*:)(?P<password>[^@/]*)@")


def masked_url(url: str) -> str:
    """``url`` as it may be shown or logged: its password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return _PASSWORD.sub(r"\g<head>***@", url)


def _without_password(url: str, message: str) -> str:
    """``message`` with the password of ``url`` (as written or decoded) masked, on one
    line (drivers add hints on lines of their own)."""
    passwords = set()
    found = _PASSWORD.match(url)
    if found and found["password"]:
        passwords.add(found["password"])
    with suppress(ArgumentError, ValueError):
        password = make_url(url).password
        if password:
            passwords.add(str(password))
    for password in passwords:
        message = message.replace(password, "***")
    return " ".join(message.split())


def parse_database_url(url: str) -> URL:
    """The parsed ``url``, or a ``StorageError`` that shows it without its password."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StorageError(f'cannot use database "{masked_url(url)}": '
                           f"{_without_password(url, str(exc))}") from exc


def _apply_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # WAL + synchronous=FULL: a commit is on disk (WAL fsynced) before it
    # returns, so a crash or power cut loses no committed edit; readers do not
    # block the writer. Foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _apply_postgresql_timeouts(dbapi_connection: Any, _record: Any) -> None:
    # A row lock held by another session made ``import --replace`` wait forever.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"SET lock_timeout = '{LOCK_WAIT_SECONDS}s'")
    cursor.execute(f"SET statement_timeout = '{STATEMENT_TIMEOUT_SECONDS}s'")
    cursor.close()
    dbapi_connection.commit()


#: The warning of a database opened without the backup it should have had.
NO_NEW_BACKUP = "{problem}; carrying on without a new backup"


@dataclass
class Database:
    """An open, current-schema database and the factory of its sessions."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    backups: list[Path] = field(default_factory=list)
    listeners: list[Callable[[str, str], None]] = field(default_factory=list)
    #: What went wrong on opening without stopping it (a backup that could not be made),
    #: for the command line and the window to show once: ``Phrase``s (``NO_NEW_BACKUP``).
    warnings: list[str] = field(default_factory=list)

    def subscribe(self, listener: Callable[[str, str], None]) -> None:
        """Call ``listener(topic, event_key)`` after each committed change."""
        self.listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str, str], None]) -> None:
        if listener in self.listeners:
            self.listeners.remove(listener)

    def notify(self, topic: str, event_key: str) -> None:
        """Record that ``topic`` of ``event_key`` changed, for other instances, and tell
        this instance's listeners (the GUI)."""
        self._record_change(topic, event_key)
        for listener in list(self.listeners):
            listener(topic, event_key)

    #: Identifies this instance's rows in the change log.
    instance_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    _last_seen_change: int | None = None

    def _record_change(self, topic: str, event_key: str) -> None:
        table = ChangeRecord
        try:
            with self.engine.begin() as connection:
                new_id = connection.execute(insert(table).values(
                    event_key=event_key[:64], topic=topic[:32], origin=self.instance_id,
                    changed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                ).returning(table.id)).scalar_one()
                if new_id % CHANGE_LOG_PRUNE_EVERY == 0:
                    connection.execute(delete(table).where(table.id <= new_id - CHANGE_LOG_KEEP))
        except SQLAlchemyError:
            # The change itself is committed; only other instances' refresh is at stake.
            logging.getLogger(__name__).warning("could not record a change", exc_info=True)

    def external_changes(self) -> list[tuple[str, str]]:
        """(topic, event_key) of changes other instances committed since the last call.

        The first call only sets the starting point. Cheap: one indexed query.
        """
        table = ChangeRecord
        with translate_storage_errors(), self.engine.connect() as connection:
            if self._last_seen_change is None:
                self._last_seen_change = connection.execute(
                    select(func.coalesce(func.max(table.id), 0))).scalar_one()
                return []
            rows = connection.execute(
                select(table.id, table.topic, table.event_key, table.origin)
                .where(table.id > self._last_seen_change).order_by(table.id)).all()
        if rows:
            self._last_seen_change = rows[-1].id
        seen: list[tuple[str, str]] = []
        for row in rows:
            change = (row.topic, row.event_key)
            if row.origin != self.instance_id and change not in seen:
                seen.append(change)
        return seen

    @property
    def sqlite_path(self) -> Path | None:
        return _sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        session = self.session_factory()
        try:
            with translate_storage_errors():
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def writer(self, lock: str) -> Iterator[Session]:
        """A ``session()`` that holds the write lock named ``lock`` from its first
        statement on, so that a check and the change it decides are one step that no
        other program can come between (``import --replace``: does the event exist,
        then replace it). SQLite: the database's write lock (``BEGIN IMMEDIATE``);
        PostgreSQL: a transaction-scoped advisory lock on the name. Waiting for it is
        bounded like every wait (``LOCK_WAIT_SECONDS``), then ``LOCKED_MESSAGE``.
        """
        with self.session() as session:
            connection = session.connection()
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            elif connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"),
                                   {"name": f"roundtable:{lock}"})
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reads only; nothing it does is committed."""
        session = self.session_factory()
        try:
            with translate_storage_errors():
                yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_storage_errors() -> Iterator[None]:
    """Turn driver errors that mean "this database is unusable" into ``StorageError``."""
    try:
        yield
    except OperationalError as exc:
        raise StorageError(describe_operational_error(exc)) from exc
    except DBAPIError as exc:
        if isinstance(exc.orig, sqlite3.DatabaseError) and not isinstance(
            exc.orig, sqlite3.IntegrityError
        ):
            raise StorageError(f"the database is damaged: {exc.orig}") from exc
        raise


#: PostgreSQL's codes for a lock not granted within ``lock_timeout``, and a deadlock.
_LOCKED_STATES = {"55P03", "40P01"}
_STATEMENT_TIMEOUT_STATE = "57014"


def describe_operational_error(exc: OperationalError) -> str:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = message.lower()
    state = getattr(exc.orig, "sqlstate", None)
    if state in _LOCKED_STATES or "locked" in lowered or "busy" in lowered:
        return LOCKED_MESSAGE
    if state == _STATEMENT_TIMEOUT_STATE:
        return (f"the database did not answer within {STATEMENT_TIMEOUT_SECONDS} s "
                "(locked by another program, or overloaded); try again")
    if "readonly" in lowered or "read-only" in lowered:
        return "the database is read-only; check the file's permissions"
    if "unable to open" in lowered:
        return "the database file cannot be opened; check that its folder exists and is writable"
    if "not a database" in lowered or "malformed" in lowered:
        return "the file is not a Roundtable database or is damaged"
    return f"the database cannot be used: {' '.join(message.split())}"


def create_database_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StorageError(f'cannot use database "{masked_url(url)}": '
                           f"{_without_password(url, str(exc))}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _apply_sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _apply_postgresql_timeouts)
    return engine


def _check_sqlite_file(path: Path) -> None:
    if not path.parent.is_dir():
        raise StorageError(f'the folder "{path.parent}" does not exist')
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise StorageError(f'the folder "{path.parent}" is not writable')
        return
    if path.is_dir():
        raise StorageError(f'"{path}" is a folder, not a database file')
    if not os.access(path, os.R_OK):
        raise StorageError(f'the file "{path}" cannot be read; check its permissions')
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise StorageError(f'"{path}" is not a Roundtable database (not a SQLite file)')
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageError(
            f'the database "{path}" or its folder is read-only; Roundtable needs to write there'
        )


def open_database(path_or_url: str | None = None, *, upgrade: bool = True,
                  backup: bool = True, keep_backups: int | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``path_or_url``.

    A SQLite file is backed up on open (when it changed since its last backup)
    and before any migration, into ``NAME.backups`` beside it; backups rotate,
    keeping ``keep_backups`` (default: ``ROUNDTABLE_BACKUP_KEEP`` or 10). A
    database with foreign tables, or stamped with a revision this version does
    not know (a newer Roundtable made it), is refused without being touched.
    """
    url = resolve_url(path_or_url) if path_or_url else default_database_url()
    sqlite_path = _sqlite_path(url)
    try:
        return _open(url, sqlite_path, upgrade=upgrade, backup=backup, keep=keep_backups)
    except StorageError as exc:
        if sqlite_path is not None and exc.latest_backup is None:
            exc.latest_backup = latest_backup(sqlite_path)
        raise


def _open(url: str, sqlite_path: Path | None, *, upgrade: bool, backup: bool,
          keep: int | None) -> Database:
    if sqlite_path is not None:
        _check_sqlite_file(sqlite_path)
    changed = backup and sqlite_path is not None and needs_backup(sqlite_path)
    engine = create_database_engine(url)
    backups: list[Path] = []
    warnings: list[str] = []
    try:
        with translate_storage_errors():
            _check_integrity(engine)
            revision = migrate.current_revision(engine)
            if revision is None and migrate.has_foreign_tables(engine):
                raise StorageError("the database holds tables that are not Roundtable's")
            if revision is not None and revision not in migrate.known_revisions():
                raise StorageError(
                    f'the database was made by a newer Roundtable (schema "{revision}"); '
                    "update Roundtable to open it"
                )
            if revision != migrate.head_revision():
                if not upgrade:
                    raise StorageError(f'the database schema "{revision}" is not current')
                if revision is not None and sqlite_path is not None and backup:
                    backups.append(make_backup(sqlite_path, f"pre-upgrade-{revision}", keep))
                try:
                    migrate.upgrade(engine)
                except DBAPIError as exc:
                    if "privilege" not in type(exc.orig).__name__.lower() and \
                            "permission" not in str(exc.orig).lower():
                        raise
                    raise StorageError(
                        f'the database needs an upgrade (schema "{revision}" to '
                        f'"{migrate.head_revision()}") and this account lacks the permission '
                        "to change its tables: open it once with the database owner's account"
                    ) from exc
            elif changed and sqlite_path is not None:
                try:
                    backups.append(make_backup(sqlite_path, "open", keep))
                except BackupError as exc:  # e.g. an unwritable backups folder: go on
                    warnings.append(Phrase(NO_NEW_BACKUP, problem=exc.args[0]))
    except StorageError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StorageError(
            f"the database cannot be opened: {exc.__class__.__name__}: {exc}") from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    database = Database(url=url, engine=engine, session_factory=factory, backups=backups,
                        warnings=warnings)
    database.external_changes()  # start watching from now
    return database


def _check_integrity(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        result = connection.execute(text("PRAGMA quick_check")).scalar()
    if result != "ok":
        raise StorageError(f"the database is damaged ({result})")
