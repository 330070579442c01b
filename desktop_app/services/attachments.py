"""Files attached to agreements: the scanned signed original, translations, annexes.

Each attachment keeps its file name, kind, size, SHA-256, when it was added and by whom;
its bytes are stored in the database (docs/storage.md says why), so backups, restores
and a shared server carry them. A file is read once, its size checked before reading
(``MAX_ATTACHMENT_BYTES``); the same file (same SHA-256) is attached to an agreement
only once. Removing returns everything about the attachment, its bytes included, so that
undo can put it back as it was.
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import undefer

from desktop_app.domain.errors import NotFoundError, RoundtableError, ValidationError, problem
from desktop_app.domain.models import Agreement, AgreementAttachment, Event
from desktop_app.domain.partnership import (
    MAX_ATTACHMENT_BYTES,
    AttachmentKind,
    check_attachment,
)
from desktop_app.domain.rules import raise_if
from desktop_app.storage.database import Database

from .common import get_row


class AttachmentError(RoundtableError):
    """A file cannot be read, or an attachment's bytes are not in this database."""


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    agreement_id: int
    file_name: str
    kind: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str | None
    #: False for an attachment imported from an event file without its bytes.
    has_content: bool = True

    @classmethod
    def of(cls, item: AgreementAttachment, has_content: bool = True) -> AttachmentRow:
        return cls(item.id, item.agreement_id, item.file_name, item.kind, item.size,
                   item.sha256, item.added_at, item.added_by, has_content)


@dataclass(frozen=True)
class RemovedAttachment:
    """An attachment as it was before it was removed, bytes included (for undo)."""

    view: AttachmentRow
    content: bytes | None


def current_user() -> str | None:
    """Who is adding a file: the login name of this computer's user."""
    try:
        return getpass.getuser() or None
    except (OSError, KeyError):
        return None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_attachment_file(path: Path) -> bytes:
    """The bytes of the file at ``path``; its size is checked before it is read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise AttachmentError(f'cannot read "{path}": {exc.strerror or exc}') from exc
    if path.is_dir():
        raise AttachmentError(f'"{path}" is a folder, not a file')
    raise_if(check_attachment(path.name, AttachmentKind.OTHER.value, size))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise AttachmentError(f'cannot read "{path}": {exc.strerror or exc}') from exc


def add_attachment_file(db: Database, agreement_id: int, path: Path,
                        kind: str = AttachmentKind.SIGNED_COPY.value,
                        added_by: str | None = None) -> AttachmentRow:
    """Attach the file at ``path`` to the agreement."""
    data = read_attachment_file(path)
    return add_attachment(db, agreement_id, path.name, data, kind,
                          added_by if added_by is not None else current_user())


def add_attachment(db: Database, agreement_id: int, file_name: str, data: bytes,
                   kind: str = AttachmentKind.SIGNED_COPY.value, added_by: str | None = None,
                   added_at: dt.datetime | None = None) -> AttachmentRow:
    """Attach ``data`` under ``file_name``; refused over the size limit, with an unknown
    kind, or when the same file is already attached to the agreement."""
    raise_if(check_attachment(file_name, kind, len(data)))
    digest = sha256_of(data)
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        same = session.scalar(select(AgreementAttachment.file_name).where(
            AgreementAttachment.agreement_id == agreement_id,
            AgreementAttachment.sha256 == digest))
        if same is not None:
            raise ValidationError(problem("file", file_name,
                                          'this file is already attached as "{name}"',
                                          name=same))
        item = AgreementAttachment(
            agreement_id=agreement_id, file_name=file_name.strip(), kind=kind, size=len(data),
            sha256=digest, added_at=added_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
            added_by=added_by, content=data)
        session.add(item)
        session.flush()
        view = AttachmentRow.of(item)
        event_key = session.get_one(Event, agreement.event_id).key
    db.notify("agreements", event_key)
    return view


def list_attachments(db: Database, agreement_id: int) -> list[AttachmentRow]:
    """The attachments of an agreement, oldest first (two queries; no bytes are read)."""
    with db.reader() as session:
        get_row(session, Agreement, agreement_id, "agreement")
        rows = session.execute(
            select(AgreementAttachment, AgreementAttachment.content.is_not(None))
            .where(AgreementAttachment.agreement_id == agreement_id)
            .order_by(AgreementAttachment.added_at, AgreementAttachment.id)).all()
        return [AttachmentRow.of(item, bool(has)) for item, has in rows]


def attachment_content(db: Database, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """An attachment and its bytes."""
    with db.reader() as session:
        item = session.scalars(select(AgreementAttachment)
                               .where(AgreementAttachment.id == attachment_id)
                               .options(undefer(AgreementAttachment.content))).one_or_none()
        if item is None:
            raise NotFoundError("attached file", attachment_id)
        if item.content is None:
            raise AttachmentError(
                f'the bytes of "{item.file_name}" are not in this database (it came from an '
                "event file exported without --with-files); attach the file again")
        return AttachmentRow.of(item), item.content


def remove_attachment(db: Database, attachment_id: int) -> RemovedAttachment:
    with db.session() as session:
        item = session.scalars(select(AgreementAttachment)
                               .where(AgreementAttachment.id == attachment_id)
                               .options(undefer(AgreementAttachment.content))).one_or_none()
        if item is None:
            raise NotFoundError("attached file", attachment_id)
        removed = RemovedAttachment(AttachmentRow.of(item, item.content is not None),
                                    item.content)
        event_key = session.scalar(select(Event.key).join(Agreement,
                                                          Agreement.event_id == Event.id)
                                   .where(Agreement.id == item.agreement_id))
        session.delete(item)
    db.notify("agreements", event_key or "")
    return removed


def restore_attachment(db: Database, removed: RemovedAttachment,
                       agreement_id: int | None = None) -> AttachmentRow:
    """Put a removed attachment back as it was (name, kind, who and when, bytes)."""
    view = removed.view
    target = agreement_id if agreement_id is not None else view.agreement_id
    with db.session() as session:
        agreement = get_row(session, Agreement, target, "agreement")
        item = AgreementAttachment(
            agreement_id=target, file_name=view.file_name, kind=view.kind, size=view.size,
            sha256=view.sha256, added_at=view.added_at, added_by=view.added_by,
            content=removed.content)
        session.add(item)
        session.flush()
        restored = AttachmentRow.of(item, removed.content is not None)
        event_key = session.get_one(Event, agreement.event_id).key
    db.notify("agreements", event_key)
    return restored


def save_attachments(db: Database, agreement_id: int, folder: Path) -> list[Path]:
    """Write every attachment of the agreement that has its bytes into ``folder`` under
    its file name (``name (2).pdf`` when two share a name); returns the files written."""
    if not folder.is_dir():
        raise AttachmentError(f'the folder "{folder}" does not exist')
    written: list[Path] = []
    used: set[str] = set()
    for view in list_attachments(db, agreement_id):
        if not view.has_content:
            continue
        _, data = attachment_content(db, view.id)
        name = _free_name(safe_file_name(view.file_name), used)
        used.add(name)
        target = folder / name
        temporary = target.with_name(f".{name}.part")
        try:
            temporary.write_bytes(data)
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise AttachmentError(f'cannot write "{target}": {exc.strerror or exc}') from exc
        written.append(target)
    return written


def safe_file_name(name: str) -> str:
    """``name`` without folders or characters that no file system takes."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join("_" if ch in '<>:"|?*' or ord(ch) < 32 else ch for ch in base).strip(". ")
    return cleaned or "attachment"


def _free_name(name: str, used: set[str]) -> str:
    if name not in used:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    number = 2
    while True:
        candidate = f"{stem} ({number}){'.' + suffix if suffix else ''}"
        if candidate not in used:
            return candidate
        number += 1


@dataclass(frozen=True)
class AttachmentMatch:
    """An attached file with a given SHA-256, and the agreement it belongs to."""

    attachment: AttachmentRow
    event_key: str
    reference: str
    title: str
    status: str


def find_by_sha256(db: Database, digest: str) -> list[AttachmentMatch]:
    """Every attachment whose bytes hash to ``digest`` (one query)."""
    with db.reader() as session:
        rows = session.execute(
            select(AgreementAttachment, Event.key, Agreement.reference, Agreement.title,
                   Agreement.status)
            .join(Agreement, Agreement.id == AgreementAttachment.agreement_id)
            .join(Event, Event.id == Agreement.event_id)
            .where(AgreementAttachment.sha256 == digest.lower())
            .order_by(AgreementAttachment.id)).all()
        return [AttachmentMatch(AttachmentRow.of(item), key, reference, title, status)
                for item, key, reference, title, status in rows]


__all__ = ["MAX_ATTACHMENT_BYTES", "AttachmentError", "AttachmentMatch", "AttachmentRow",
           "RemovedAttachment", "add_attachment", "add_attachment_file", "attachment_content",
           "current_user", "find_by_sha256", "list_attachments", "read_attachment_file",
           "remove_attachment", "restore_attachment", "save_attachments", "sha256_of"]
