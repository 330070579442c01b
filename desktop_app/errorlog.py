"""The log file where unexpected errors are written in full.

Users see one short message; the traceback goes to ``roundtable.log`` in
the user's data directory (or ``ROUNDTABLE_LOG``), where support can read it.
"""
from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

LOG_ENV = "ROUNDTABLE_LOG"
_configured: Path | None = None


def log_file_path() -> Path:
    configured = os.environ.get(LOG_ENV)
    if configured:
        return Path(configured)
    return Path(user_log_dir("Roundtable", appauthor=False)) / "roundtable.log"


def configure_logging() -> Path:
    """Send warnings and errors to the rotating log file; returns its path."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _configured = path
    return path


def log_unexpected(exc: BaseException, where: str) -> Path:
    """Write ``exc`` with its traceback to the log; returns the log's path."""
    path = configure_logging()
    logging.getLogger("roundtable").error("unexpected error in %s", where, exc_info=exc)
    return path
