"""What every command handler receives: parsed arguments and a lazily opened database."""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from typing import TextIO

from desktop_app.storage.database import Database, open_database

EXIT_OK = 0
EXIT_WARNINGS = 1
EXIT_BAD_INPUT = 2
EXIT_STORAGE = 3
EXIT_INTERNAL = 4


#: Characters a terminal acts on instead of showing (escape sequences start with ESC or
#: C1's CSI; a carriage return overwrites a line): every control character but tab and
#: line feed, and the Unicode line and paragraph separators.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_UNSHOWABLE_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, *, one_line: bool = False) -> str:
    """``text`` safe to print to a terminal: control characters as ``\\x1b``-style
    escapes; with ``one_line`` tabs and line feeds too (a field of a listing)."""
    pattern = _UNSHOWABLE_IN_A_LINE if one_line else _UNSHOWABLE
    return pattern.sub(_escape, text)


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
            for warning in self._db.warnings:
                self.err(f"warning: {warning}")
        return self._db

    def out(self, text: str = "") -> None:
        print(shown(text), file=self.stdout)

    def err(self, text: str) -> None:
        print(shown(text), file=self.stderr)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
