"""Backups of SQLite databases through SQLite's online backup API.

The backup API copies a consistent snapshot even while the database is in
use, unlike copying the file (which can catch a half-written WAL).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` to ``destination`` and return the latter."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def timestamped_backup_path(database: Path, reason: str) -> Path:
    """A name beside ``database`` that sorts by time, e.g. ``x.sqlite.2026-11-29T030000.pre-upgrade.bak``."""
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S%f")
    return database.with_name(f"{database.name}.{stamp}.{reason}.bak")
