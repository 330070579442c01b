"""Writing export files safely: all at once, or not at all.

An export replaces the target only when the whole file has been written
(a temporary file beside it, then a rename), so a full disk or a crash
never leaves a half-written spreadsheet where a good one was.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.errors import RoundtableError


class ExportError(RoundtableError):
    """An export cannot be written (bad format, unwritable place); nothing was changed."""


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write(temporary)`` and move the result to ``path``."""
    if path.is_dir():
        raise ExportError(f'-o: "{path}" is a folder; give a file name')
    if not path.parent.is_dir():
        raise ExportError(f'-o: the folder "{path.parent}" does not exist')
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        write(temporary)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(f'cannot write "{path}": {exc.strerror or exc}') from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path, data: bytes) -> None:
    write_atomically(path, lambda temporary: temporary.write_bytes(data))
