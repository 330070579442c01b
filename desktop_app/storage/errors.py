"""What storage reports to a user, and how long it waits for another program.

Every wait for a lock held by another program is bounded, the same everywhere: SQLite's
busy timeout on every connection (sessions, backups, restores), PostgreSQL's
``lock_timeout`` on every connection; ``statement_timeout`` ends any PostgreSQL
statement that runs longer, whatever it waits for. Then the command fails with
``LOCKED_MESSAGE`` (exit 3) instead of waiting on.
"""
from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import RoundtableError

#: How long to wait for another program's lock before giving up.
LOCK_WAIT_SECONDS = 5
#: The longest any PostgreSQL statement may run (migrations lift it).
STATEMENT_TIMEOUT_SECONDS = 60
LOCKED_MESSAGE = "the database is locked by another program; close it and try again"


class StorageError(RoundtableError):
    """The database cannot be opened or written; nothing was changed.

    ``latest_backup`` names the newest backup of the file, when there is one,
    so that the CLI and the GUI can offer to restore it.
    """

    def __init__(self, message: str, latest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.latest_backup = latest_backup
