"""Alembic environment: runs on the connection the application hands it.

Roundtable never runs Alembic from an ini file; ``storage.migrate`` builds
the configuration in code and passes its open connection here.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, inspect

from desktop_app.domain.models import Base

config = context.config


def _refuse_a_downgrade_with_foreign_keys_on(connection: Connection) -> None:
    """A SQLite downgrade may copy a table into a new one and drop the old (batch mode);
    with foreign keys on, dropping the old one would cascade to the rows that refer to it.
    Checked before the first step, as SQLite's DDL here is not undone by a rollback."""
    from desktop_app.storage.migrate import VERSION_TABLE, revision_graph

    if not connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
        return
    revision = None
    if inspect(connection).has_table(VERSION_TABLE):
        revision = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()
    older = {"base"}
    while revision is not None:
        revision = revision_graph().get(revision)
        older.add(revision or "base")
    target = str(context.get_revision_argument() or "base")  # None for "base"
    if target in older or target.startswith("-"):
        raise RuntimeError("a downgrade on SQLite needs foreign keys off: "
                           "use desktop_app.storage.migrate.downgrade")


connection = config.attributes.get("connection")

if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata,
                          render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    if connection.dialect.name == "sqlite":
        _refuse_a_downgrade_with_foreign_keys_on(connection)
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
