"""Printing the change notice: the changes to the programme since a published version.

Like ``services.documents.generate_document``: the request is checked first, the
changes are read with a fixed number of queries (``publishing.programme_changes``), and
the PDF is written to a temporary file beside the target and moved into place only when
complete.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.documents.base import (
    CancelCheck,
    DocumentOptions,
    Progress,
    ProgressCallback,
)
from desktop_app.documents.change_notice import build_change_notice
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.programme_versions import seen_in
from desktop_app.storage.database import Database

from .loading import get_event_row
from .publishing import programme_changes

#: Like the programme, the notice prints in one language or two.
MAX_LANGUAGES = 2


@dataclass(frozen=True)
class NoticeResult:
    path: Path
    pages: int
    #: How many changes the notice lists (those its languages show).
    changes: int


def _check_target(path: Path, options: DocumentOptions) -> None:
    if path.suffix.lower() != ".pdf":
        raise ValidationError(problem("output", str(path), "must be a file name ending in .pdf"))
    if not path.parent.is_dir():
        raise ValidationError(problem("output", str(path), 'its folder "{folder}" does not exist',
                                      folder=path.parent))
    if path.is_dir():
        raise ValidationError(problem("output", str(path), "is a folder, not a file name"))
    if len(options.languages) > MAX_LANGUAGES:
        raise ValidationError(problem("lang", ",".join(options.languages),
                                      "{document}: at most {limit} languages, got {count}",
                                      document="change notice", limit=MAX_LANGUAGES,
                                      count=len(options.languages)))


def generate_change_notice(db: Database, event_key: str, path: Path | str,
                           options: DocumentOptions | None = None, *,
                           since: str | None = None, until: str | None = None,
                           progress: ProgressCallback | None = None,
                           cancelled: CancelCheck | None = None) -> NoticeResult:
    """Write the notice of the changes since the version ``since`` (the last published by
    default) until ``until`` (the programme as it is now by default) to ``path``."""
    options = options or DocumentOptions()
    path = Path(path).expanduser()
    _check_target(path, options)
    tracker = Progress(report=progress, cancelled=cancelled)
    tracker.check()
    report = programme_changes(db, event_key, since, until)
    with db.reader() as session:
        event = get_event_row(session, event_key)
        session.expunge(event)
    languages = options.language_list(event.languages)
    report = replace(report, changes=seen_in(report.changes, report.old, report.new,
                                             languages))
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pages = build_change_notice(event, report, handle, options, tracker)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a PDF is for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return NoticeResult(path, pages, len(report.changes))
