"""Printing documents: the one entry point the GUI and the CLI both call.

``generate_document`` validates the request, loads the event with a fixed
number of queries, builds the PDF into a temporary file beside the target
and moves it into place only when it is complete: a cancelled or failed run
leaves no half-written file and never clobbers the previous one. It can run
in a worker thread: it opens its own read-only session, reports progress
through a plain callable and polls another to learn whether to stop.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop_app.documents.badges import build_badges
from desktop_app.documents.base import (
    CancelCheck,
    DocumentCancelled,
    DocumentOptions,
    Progress,
    ProgressCallback,
)
from desktop_app.documents.certificates import build_certificates
from desktop_app.documents.placecards import build_placecards
from desktop_app.documents.programme import build_programme
from desktop_app.documents.register import build_register
from desktop_app.documents.runsheet import build_runsheet
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.models import Event
from desktop_app.domain.vocabulary import LANGUAGE_TAG_PATTERN
from desktop_app.storage.database import Database

from .languages import parse_languages
from .loading import load_event

Builder = Callable[[Event, BinaryIO, DocumentOptions, Progress], int]

#: Every printable document: kind -> (builder, human name).
DOCUMENT_KINDS: dict[str, tuple[Builder, str]] = {
    "programme": (build_programme, "programme"),
    "certificates": (build_certificates, "signing certificates"),
    "register": (build_register, "signing register"),
    "runsheet": (build_runsheet, "ceremony run sheet"),
    "badges": (build_badges, "name badges"),
    "placecards": (build_placecards, "table place cards"),
}

#: Only the programme is bilingual; other documents print in one language.
MAX_LANGUAGES = {"programme": 2}

__all__ = ["DOCUMENT_KINDS", "DocumentCancelled", "DocumentOptions", "DocumentResult",
           "generate_document", "parse_languages"]


@dataclass(frozen=True)
class DocumentResult:
    kind: str
    path: Path
    pages: int


def _validate(kind: str, path: Path, options: DocumentOptions) -> None:
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(problem("kind", kind, "must be one of {choices}",
                                      choices=", ".join(DOCUMENT_KINDS)))
    if path.suffix.lower() != ".pdf":
        raise ValidationError(problem("output", str(path), "must be a file name ending in .pdf"))
    if not path.parent.is_dir():
        raise ValidationError(problem("output", str(path), 'its folder "{folder}" does not exist',
                                      folder=path.parent))
    if path.is_dir():
        raise ValidationError(problem("output", str(path), "is a folder, not a file name"))
    limit = MAX_LANGUAGES.get(kind, 1)
    if len(options.languages) > limit:
        template = ("{document}: at most {limit} languages, got {count}" if limit > 1
                    else "{document}: at most {limit} language, got {count}")
        raise ValidationError(problem(
            "lang", ",".join(options.languages), template,
            document=DOCUMENT_KINDS[kind][1], limit=limit, count=len(options.languages)))
    for tag in options.languages:
        if not LANGUAGE_TAG_PATTERN.match(tag):
            raise ValidationError(
                problem("lang", tag, "is not a language tag such as en, az or kk"))
    if options.agreements and kind != "certificates":
        raise ValidationError(problem("agreement", ",".join(options.agreements),
                                      "only certificates can be limited to some agreements"))


def generate_document(db: Database, event_key: str, kind: str, path: Path | str,
                      options: DocumentOptions | None = None, *,
                      progress: ProgressCallback | None = None,
                      cancelled: CancelCheck | None = None) -> DocumentResult:
    """Write the ``kind`` document of ``event_key`` to ``path`` (a .pdf).

    ``progress(done, total)`` is called as units of work complete;
    ``cancelled()`` is polled between them and a true answer stops the run
    with ``DocumentCancelled`` (no file is written).
    """
    options = options or DocumentOptions()
    path = Path(path).expanduser()
    _validate(kind, path, options)
    builder = DOCUMENT_KINDS[kind][0]
    tracker = Progress(report=progress, cancelled=cancelled)
    tracker.check()
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf.part",
                                             dir=path.parent)
    try:
        with db.reader() as session:
            event = load_event(session, event_key)
            with os.fdopen(descriptor, "wb") as handle:
                pages = builder(event, handle, options, tracker)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a PDF is for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return DocumentResult(kind=kind, path=path, pages=pages)
