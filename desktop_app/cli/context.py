"""What every command handler receives: parsed arguments and a lazily opened database."""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TextIO

from desktop_app.storage.database import Database, open_database

EXIT_OK = 0
EXIT_WARNINGS = 1
EXIT_BAD_INPUT = 2
EXIT_STORAGE = 3
EXIT_INTERNAL = 4


@dataclass
class CommandContext:
    args: argparse.Namespace
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _db: Database | None = None

    @property
    def db(self) -> Database:
        """The database named by ``--db``/``ROUNDTABLE_DB``, opened on first use."""
        if self._db is None:
            self._db = open_database(self.args.db)
        return self._db

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        print(text, file=self.stderr)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
