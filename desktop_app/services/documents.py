"""Printing documents: the one entry point the GUI and the CLI both call.

``generate_document`` validates the request, loads the event with a fixed
number of queries, builds the PDF into a temporary file beside the target
and moves it into place only when it is complete: a cancelled or failed run
leaves no half-written file and never clobbers the previous one. It can run
in a worker thread: it opens its own read-only session, reports progress
through a plain callable and polls another to learn whether to stop.

Every text prints in the document's language where translated, else the default
text; the result lists the texts the document printed in the default for want of a
translation (``DocumentResult.missing``), for the command line's warnings and the
window's status line.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
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
from desktop_app.documents.certificates import build_certificate_files, build_certificates
from desktop_app.documents.flag_diagram import build_flag_diagram
from desktop_app.documents.placecards import build_placecards
from desktop_app.documents.printed_texts import printed_texts
from desktop_app.documents.programme import build_programme
from desktop_app.documents.register import build_register
from desktop_app.documents.runsheet import build_runsheet
from desktop_app.documents.seating_chart import build_seating_chart
from desktop_app.documents.signing import DocumentSigner, signature_place
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.models import Agreement, Event
from desktop_app.domain.rules import language_problem
from desktop_app.domain.translations import missing_texts
from desktop_app.exchange.files import ExportError
from desktop_app.storage.database import Database

from .languages import english_language_name, parse_languages
from .loading import load_event
from .publishing import publication_stamp
from .seating_documents import ITEM_DOCUMENTS, document_inputs

#: (event, target, options, progress, **document_inputs) -> pages: the flag sheet's builder
#: needs its keyword argument, so the type cannot list the parameters.
Builder = Callable[..., int]

#: Every printable document: kind -> (builder, human name).
DOCUMENT_KINDS: dict[str, tuple[Builder, str]] = {
    "programme": (build_programme, "programme"),
    "certificates": (build_certificates, "signing certificates"),
    "register": (build_register, "signing register"),
    "runsheet": (build_runsheet, "ceremony run sheet"),
    "badges": (build_badges, "name badges"),
    "placecards": (build_placecards, "table place cards"),
    "seating": (build_seating_chart, "seating chart"),
    "flags": (build_flag_diagram, "flag placement sheet"),
}

#: Only the programme is bilingual; other documents print in one language.
MAX_LANGUAGES = {"programme": 2}
#: The documents that can carry a digital signature (``signer=``).
SIGNABLE = ("certificates", "register")

__all__ = ["DOCUMENT_KINDS", "SIGNABLE", "DocumentCancelled", "DocumentOptions",
           "DocumentResult", "MissingText", "SplitResult", "generate_certificate_files",
           "generate_document", "missing_in_document", "parse_languages", "split_file_name"]

#: Kind of record -> how a message names one.
_NOUNS = {"event": "event", "room": "room", "person": "person", "agenda_item": "agenda item",
          "topic": "topic", "agreement": "agreement"}


@dataclass(frozen=True)
class MissingText:
    """A text a document printed in the default for want of a translation.

    ``kind``, ``key`` and ``field`` as in ``domain.translations.TextEntry``; ``name``
    says which record as a user finds it (an agreement by its reference)."""

    kind: str
    key: str
    field: str
    language: str
    name: str

    @property
    def message(self) -> str:
        """``agenda item "panel" has no Kazakh title; printed in the default text``."""
        if self.kind == "event":
            record = "the event"
        elif self.kind == "topic":
            item, number = self.key.rsplit("#", 1)
            record = f'topic {number} of agenda item "{item}"'
        else:
            record = f'{_NOUNS[self.kind]} "{self.name}"'
        field = self.field.replace("_", " ")
        language = english_language_name(self.language)
        missing = f"no {language} {field}" if language else f'no {field} in "{self.language}"'
        return f"{record} has {missing}; printed in the default text"


def cannot_write(path: Path, exc: OSError) -> ExportError:
    """The one-line refusal of a document that cannot be written where asked (exit 2)."""
    return ExportError(f'cannot write "{path}": {exc.strerror or exc}')


@dataclass(frozen=True)
class DocumentResult:
    kind: str
    path: Path
    pages: int
    #: The texts printed in the default text for want of a translation: by language (the
    #: document's first), in the order of the event file.
    missing: tuple[MissingText, ...] = ()


def _validate(kind: str, path: Path, options: DocumentOptions, *, signed: bool = False,
              folder: bool = False) -> None:
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(problem("kind", kind, "must be one of {choices}",
                                      choices=", ".join(DOCUMENT_KINDS)))
    if signed and kind not in SIGNABLE:
        raise ValidationError(problem("sign", kind, "only {choices} can be signed",
                                      choices=" and ".join(SIGNABLE)))
    if folder:
        if path.exists() and not path.is_dir():
            raise ValidationError(problem("split", str(path), "is a file, not a folder"))
        if not path.parent.is_dir():
            raise ValidationError(problem("split", str(path),
                                          'its folder "{folder}" does not exist',
                                          folder=path.parent))
    elif path.suffix.lower() != ".pdf":
        raise ValidationError(problem("output", str(path), "must be a file name ending in .pdf"))
    elif not path.parent.is_dir():
        raise ValidationError(problem("output", str(path), 'its folder "{folder}" does not exist',
                                      folder=path.parent))
    elif path.is_dir():
        raise ValidationError(problem("output", str(path), "is a folder, not a file name"))
    limit = MAX_LANGUAGES.get(kind, 1)
    if len(options.languages) > limit:
        template = ("{document}: at most {limit} languages, got {count}" if limit > 1
                    else "{document}: at most {limit} language, got {count}")
        raise ValidationError(problem(
            "lang", ",".join(options.languages), template,
            document=DOCUMENT_KINDS[kind][1], limit=limit, count=len(options.languages)))
    for tag in options.languages:
        if (found := language_problem("lang", tag)) is not None:
            raise ValidationError(found)
    if options.agreements and kind != "certificates":
        raise ValidationError(problem("agreement", ",".join(options.agreements),
                                      "only certificates can be limited to some agreements"))
    if options.item is not None and kind not in ITEM_DOCUMENTS:
        raise ValidationError(problem("item", options.item,
                                      "only {choices} can be limited to an agenda item",
                                      choices=", ".join(ITEM_DOCUMENTS)))
    if options.ready_only and kind != "programme":
        raise ValidationError(problem("ready-only", kind,
                                      "only the programme can leave draft agreements out"))


def missing_in_document(event: Event, kind: str, options: DocumentOptions
                        ) -> list[MissingText]:
    """The texts the ``kind`` document of a loaded ``event`` prints in the default text
    because they have no translation into a language it prints them in (the document's
    languages; a certificate's title: the agreement's). The default text counts as the
    event's first language, so a document in that language misses nothing. By language
    (the document's in their order, then an agreement's others), each in the order of the
    event file."""
    printed = printed_texts(kind, event, options)
    languages = list(dict.fromkeys([*options.language_list(event.languages),
                                    *(tag for tags in printed.values() for tag in tags)]))
    found = []
    for entry, language in missing_texts(event, languages):
        if language in printed.get((entry.kind, entry.key, entry.field), ()):
            name = entry.record.reference if entry.kind == "agreement" else entry.key
            found.append(MissingText(entry.kind, entry.key, entry.field, language, str(name)))
    # The document's languages in their order, then the others; the event file's order
    # within a language.
    return sorted(found, key=lambda missing: languages.index(missing.language))


def generate_document(db: Database, event_key: str, kind: str, path: Path | str,
                      options: DocumentOptions | None = None, *,
                      progress: ProgressCallback | None = None,
                      cancelled: CancelCheck | None = None,
                      signer: DocumentSigner | None = None) -> DocumentResult:
    """Write the ``kind`` document of ``event_key`` to ``path`` (a .pdf).

    ``progress(done, total)`` is called as units of work complete;
    ``cancelled()`` is polled between them and a true answer stops the run
    with ``DocumentCancelled`` (no file is written). The result names the texts
    printed in the default for want of a translation (``missing_in_document``).
    With ``signer`` (certificates and the register only) the file is signed once,
    with a visible signature block (``documents.signing``).
    """
    options = options or DocumentOptions()
    path = Path(path).expanduser()
    _validate(kind, path, options, signed=signer is not None)
    builder = DOCUMENT_KINDS[kind][0]
    tracker = Progress(report=progress, cancelled=cancelled)
    tracker.check()
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf.part",
                                                 dir=path.parent)
    except OSError as exc:  # a read-only folder, a full disk
        raise cannot_write(path, exc) from exc
    try:
        with db.reader() as session:
            event = load_event(session, event_key)
            # The seating plans, flags and seat order some documents draw.
            builder = partial(builder, **document_inputs(kind, session, event, options))
            if kind == "programme":  # its footer names the version
                options = replace(options, publication=publication_stamp(session, event))
            with os.fdopen(descriptor, "wb") as handle:
                if signer is None:
                    pages = builder(event, handle, options, tracker)
                else:
                    unsigned = io.BytesIO()
                    pages = builder(event, unsigned, options, tracker)
                    tracker.check()
                    unsigned.seek(0)
                    signer.sign(unsigned, handle, place=signature_place(kind, options.paper),
                                language=options.language_list(event.languages)[0])
            missing = tuple(missing_in_document(event, kind, options))
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a PDF is for sharing
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        if exc.filename not in (None, temporary, str(path)):
            raise  # reading something else (a font): not the user's to fix
        raise cannot_write(path, exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return DocumentResult(kind=kind, path=path, pages=pages, missing=missing)


@dataclass(frozen=True)
class SplitResult:
    """The files ``generate_certificate_files`` wrote, in signing order."""

    folder: Path
    files: tuple[Path, ...]
    missing: tuple[MissingText, ...] = ()


#: Characters no file name may hold on Windows, macOS or Linux, and control characters.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def split_file_name(reference: str) -> str:
    """A file name for an agreement's certificate: its reference with the characters a
    file system refuses (``/ \\ : * ? " < > |``, control characters) as ``-``, no
    leading or trailing dots and spaces, ``.pdf`` added (``AZ-KZ/2025/001`` gives
    ``AZ-KZ-2025-001.pdf``)."""
    stem = _UNSAFE.sub("-", reference).strip(" .")[:120] or "certificate"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return f"{stem}.pdf"


#: Names Windows keeps for devices, whatever their extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}


def generate_certificate_files(db: Database, event_key: str, folder: Path | str,
                               options: DocumentOptions | None = None, *,
                               progress: ProgressCallback | None = None,
                               cancelled: CancelCheck | None = None,
                               signer: DocumentSigner | None = None) -> SplitResult:
    """A certificate file per agreement in ``folder``, named by its reference
    (``split_file_name``; a second reference giving the same name gets ``-2``), each
    signed with ``signer`` when given (one signature per file, the key loaded once).

    The folder is made if missing (its parent must exist). The files are written into a
    temporary folder inside it and moved into place only when all are complete: a
    cancelled or failed run adds nothing and replaces nothing. A folder that cannot be
    written (read-only, a full disk) is an ``ExportError`` naming the place and why.
    """
    options = options or DocumentOptions()
    folder = Path(folder).expanduser()
    _validate("certificates", folder, options, signed=signer is not None, folder=True)
    tracker = Progress(report=progress, cancelled=cancelled)
    tracker.check()
    try:
        folder.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".roundtable-split.", dir=folder))
    except OSError as exc:
        raise cannot_write(folder, exc) from exc
    names: list[str] = []
    taken: set[str] = set()

    def name_for(reference: str) -> str:
        name = split_file_name(reference)
        stem, number = name[:-4], 2
        while name.lower() in taken:
            name, number = f"{stem}-{number}.pdf", number + 1
        taken.add(name.lower())
        return name

    try:
        with db.reader() as session:
            event = load_event(session, event_key)
            language = options.language_list(event.languages)[0]
            place = signature_place("certificates", options.paper)

            @contextmanager
            def target(agreement: Agreement) -> Iterator[BinaryIO]:
                names.append(name_for(agreement.reference))
                with (staging / names[-1]).open("wb") as handle:
                    if signer is None:
                        yield handle
                        return
                    unsigned = io.BytesIO()
                    yield unsigned
                    unsigned.seek(0)
                    signer.sign(unsigned, handle, place=place, language=language)

            build_certificate_files(event, options, tracker, target)
            missing = tuple(missing_in_document(event, "certificates", options))
        files = []
        for name in names:
            os.chmod(staging / name, 0o644)
            os.replace(staging / name, folder / name)
            files.append(folder / name)
    except OSError as exc:
        written = Path(exc.filename) if isinstance(exc.filename, str) else None
        if written is not None and folder not in written.parents:
            raise  # reading something else (a font): not the user's to fix
        raise cannot_write(folder, exc) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SplitResult(folder=folder, files=tuple(files), missing=missing)
