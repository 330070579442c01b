"""``roundtable backup [-o FILE]`` and ``roundtable restore FILE``."""
from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import RoundtableError
from desktop_app.storage.backup import backup_sqlite_file, make_backup
from desktop_app.storage.database import (
    default_database_url,
    open_database,
    parse_database_url,
    resolve_url,
)
from desktop_app.storage.restore import restore_database

from .context import EXIT_OK, CommandContext
from .registry import CommandRegistry


def _sqlite_file(url: str, verb: str) -> Path:
    """The SQLite file behind ``url``; PostgreSQL backups belong to the server's tools."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise RoundtableError(
            f"cannot {verb} a {parsed.get_backend_name()} database here: use the server's own "
            "tools (for PostgreSQL, pg_dump and pg_restore)")
    return Path(parsed.database)


def _backup(ctx: CommandContext) -> int:
    path = _sqlite_file(ctx.db.url, "back up")  # opening checks that it is ours and healthy
    if ctx.args.output:
        made = backup_sqlite_file(path, Path(ctx.args.output))
    else:
        made = make_backup(path, "manual")
    ctx.out(str(made))
    return EXIT_OK


def _restore(ctx: CommandContext) -> int:
    # The current database is not opened first: it may be the damaged one being replaced.
    url = resolve_url(ctx.args.db) if ctx.args.db else default_database_url()
    path = _sqlite_file(url, "restore")
    kept = restore_database(path, Path(ctx.args.file))
    open_database(str(path), backup=False).dispose()  # upgrades an older backup at once
    if kept is not None:
        ctx.err(f"the previous database was kept as {kept}")
    ctx.out(str(path))
    return EXIT_OK


def register(registry: CommandRegistry) -> None:
    parser = registry.command(
        "backup", _backup, "back up the database (into NAME.backups beside it, or to -o FILE)")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write the backup")
    parser = registry.command(
        "restore", _restore, "replace the database with a backup (the current one is kept)")
    parser.add_argument("file", metavar="FILE", help="a backup made by Roundtable")
