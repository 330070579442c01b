"""An agreement's life after the ceremony in the event file (format version 2): what it
renews, its termination, its attached files and its activities.

::

    "renews": {"agreement": "mou-001"}                     (an agreement of this file)
    "renews": {"event": "ada-az-kz-2025", "reference": "AZ-KZ/2025/001"}   (of another event)
    "termination": {"date": "2027-06-30", "reason": "Programme closed by both parties"}
    "attachments": [{"file_name": "AZ-KZ-2025-001 signed.pdf", "kind": "signed-copy",
                     "size": 183204, "sha256": "9f2c…", "added_at": "2025-03-05T10:12:00+04:00",
                     "added_by": "aliyeva", "content": "JVBERi0…"}]
        (``content``: the bytes in base64, only with ``export event --with-files``)
    "activities": [{"date": "2025-09-01", "kind": "student-mobility", "count": 4,
                    "from": "ada", "to": "kaznu", "text": "Autumn semester exchange"}]

The validator's checks are a mixin of ``event_validation._Validator`` (they use its
primitives); the writer turns a loaded agreement back into these fields.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any

from desktop_app.domain.models import Agreement, Event
from desktop_app.domain.partnership import MAX_ATTACHMENT_BYTES, ActivityKind, AttachmentKind

from .event_format import parse_date, parse_instant

#: The agreement fields of version 2 on that this module reads and writes.
AGREEMENT_FIELDS_V2 = frozenset({"renews", "termination", "attachments", "activities"})
RENEWS_FIELDS = {"agreement", "event", "reference"}
TERMINATION_FIELDS = {"date", "reason"}
ATTACHMENT_FIELDS = {"file_name", "kind", "size", "sha256", "added_at", "added_by", "content"}
ACTIVITY_FIELDS = {"date", "kind", "count", "text", "from", "to"}
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_content(text: str) -> bytes:
    """The bytes of an attachment's ``content`` (standard base64); ``ValueError`` if bad."""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(str(exc)) from exc


class PartnershipChecks:
    """Checks of the version 2 agreement fields, mixed into the event file's validator,
    which provides ``out``, ``version``, ``organizations`` and the primitives used here."""

    out: Any
    version: int
    organizations: set[str]
    obj: Callable[..., bool]
    text: Callable[..., str | None]
    date: Callable[..., dt.date | None]
    enum: Callable[..., str | None]
    integer: Callable[..., int | None]
    ident: Callable[..., str | None]
    converted: Callable[..., Any]

    def partnership_fields(self) -> frozenset[str]:
        """The extra agreement fields this file's version allows."""
        return AGREEMENT_FIELDS_V2 if self.version >= 2 else frozenset()

    def partnership_sections(self, agreements: list[Any]) -> None:
        """Check every agreement's version 2 fields, once all agreements' ids are known
        (``renews`` may name a later agreement of the file)."""
        if self.version < 2:
            return
        ids = {a.get("id") for a in agreements if isinstance(a, dict)
               and isinstance(a.get("id"), str)}
        for i, agreement in enumerate(agreements):
            if not isinstance(agreement, dict) or not AGREEMENT_FIELDS_V2.intersection(agreement):
                continue
            path = f"agreements[{i}]"
            # Only ids: a party's organization of another type is the main walk's error.
            parties = {party["organization"] for party in agreement.get("parties") or []
                       if isinstance(party, dict) and isinstance(party.get("organization"), str)
                       } if isinstance(agreement.get("parties"), list) else set()
            self._renews(agreement.get("renews"), f"{path}.renews", ids, agreement.get("id"))
            self._termination(agreement, f"{path}.termination")
            items = agreement.get("attachments")
            if items is not None:
                if not isinstance(items, list):
                    self.out.add(f"{path}.attachments", "expected a list")
                else:
                    for j, item in enumerate(items):
                        self._attachment(item, f"{path}.attachments[{j}]")
            items = agreement.get("activities")
            if items is not None:
                if not isinstance(items, list):
                    self.out.add(f"{path}.activities", "expected a list")
                else:
                    for j, item in enumerate(items):
                        self._activity(item, f"{path}.activities[{j}]", parties)

    def _renews(self, value: Any, path: str, ids: set[Any], own_id: Any) -> None:
        if value is None or not self.obj(value, path, RENEWS_FIELDS, []):
            return
        agreement, event, reference = (value.get("agreement"), value.get("event"),
                                       value.get("reference"))
        if agreement is not None:
            if event is not None or reference is not None:
                self.out.add(path, 'give either "agreement" (of this file) or "event" and '
                             '"reference" (of another event), not both')
            elif self.ident(agreement, f"{path}.agreement") is not None:
                if agreement not in ids:
                    self.out.add(f"{path}.agreement", f'unknown agreement "{agreement}"')
                elif agreement == own_id:
                    self.out.add(f"{path}.agreement", "an agreement cannot renew itself")
            return
        if event is None or reference is None:
            self.out.add(path, 'needs "agreement", or "event" and "reference"')
            return
        self.ident(event, f"{path}.event")
        self.text(reference, f"{path}.reference", required=True)

    def _termination(self, agreement: dict[str, Any], path: str) -> None:
        value = agreement.get("termination")
        if value is None or not self.obj(value, path, TERMINATION_FIELDS, ["date", "reason"]):
            return
        self.date(value.get("date"), f"{path}.date")
        self.text(value.get("reason"), f"{path}.reason", required=True)
        if agreement.get("status") != "signed":
            self.out.add(path, "only a signed agreement can be terminated")

    def _attachment(self, value: Any, path: str) -> None:
        if not self.obj(value, path, ATTACHMENT_FIELDS,
                        ["file_name", "kind", "size", "sha256", "added_at"]):
            return
        self.text(value.get("file_name"), f"{path}.file_name", required=True)
        self.enum(value.get("kind"), f"{path}.kind", AttachmentKind)
        size = self.integer(value.get("size"), f"{path}.size", 0)
        if size is not None and size > MAX_ATTACHMENT_BYTES:
            self.out.add(f"{path}.size", f"{size} bytes; files are attached up to "
                         f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
        digest = value.get("sha256")
        if digest is not None and not (isinstance(digest, str)
                                       and SHA256_PATTERN.fullmatch(digest)):
            self.out.add(f"{path}.sha256", "expected 64 lower-case hexadecimal digits")
            digest = None
        self.converted(value.get("added_at"), f"{path}.added_at", parse_instant,
                       "instant (ISO 8601 with offset)")
        self.text(value.get("added_by"), f"{path}.added_by")
        content = value.get("content")
        if content is None:
            return
        if not isinstance(content, str):
            self.out.add(f"{path}.content", "expected the file's bytes in base64")
            return
        try:
            data = decode_content(content)
        except ValueError:
            self.out.add(f"{path}.content", "is not valid base64")
            return
        if size is not None and len(data) != size:
            self.out.add(f"{path}.content", f"holds {len(data)} bytes, but size is {size}")
        elif digest is not None and sha256_hex(data) != digest:
            self.out.add(f"{path}.content", "does not match its sha256 (the file is damaged)")

    def _activity(self, value: Any, path: str, parties: set[Any]) -> None:
        if not self.obj(value, path, ACTIVITY_FIELDS, ["date", "kind"]):
            return
        self.date(value.get("date"), f"{path}.date")
        self.enum(value.get("kind"), f"{path}.kind", ActivityKind)
        self.integer(value.get("count"), f"{path}.count", 1)
        self.text(value.get("text"), f"{path}.text")
        for field in ("from", "to"):
            organization = value.get(field)
            if organization is None:
                continue
            if self.ident(organization, f"{path}.{field}") is not None \
                    and organization not in parties:
                self.out.add(f"{path}.{field}", f'"{organization}" is not a party to the '
                             "agreement")
        if value.get("from") is not None and value.get("from") == value.get("to"):
            self.out.add(f"{path}.to", "must be another party than the one it is from")


# -- reading (import) -------------------------------------------------------------------

def termination_columns(agreement: dict[str, Any]) -> dict[str, Any]:
    """The agreement table's termination columns (and an unset ``renews_id``, linked once
    every agreement is stored) for a validated file agreement."""
    termination = agreement.get("termination") or {}
    return {
        "renews_id": None,
        "terminated_on": parse_date(termination["date"]) if termination else None,
        "termination_reason": termination.get("reason") if termination else None,
    }


def attachment_rows(agreement: dict[str, Any], agreement_id: int) -> list[dict[str, Any]]:
    """Rows of ``agreement_attachments`` for a validated file agreement (``content`` None
    where the file carries no bytes)."""
    rows = []
    for item in agreement.get("attachments") or []:
        content = item.get("content")
        rows.append({
            "agreement_id": agreement_id, "file_name": item["file_name"], "kind": item["kind"],
            "size": item["size"], "sha256": item["sha256"],
            "added_at": parse_instant(item["added_at"]), "added_by": item.get("added_by"),
            "content": decode_content(content) if content is not None else None,
        })
    return rows


def activity_rows(agreement: dict[str, Any], agreement_id: int,
                  organization_ids: dict[str, int]) -> list[dict[str, Any]]:
    return [{
        "agreement_id": agreement_id, "day": parse_date(item["date"]), "kind": item["kind"],
        "count": item.get("count"), "text": item.get("text"),
        "from_organization_id": organization_ids[item["from"]] if item.get("from") else None,
        "to_organization_id": organization_ids[item["to"]] if item.get("to") else None,
        "version": 1,
    } for item in agreement.get("activities") or []]


# -- writing (export) -------------------------------------------------------------------

def _instant(value: dt.datetime, timezone: str) -> str:
    return value.astimezone(zoneinfo.ZoneInfo(timezone)).isoformat(timespec="seconds")


def partnership_to_file(agreement: Agreement, event: Event, *, with_files: bool = False
                        ) -> dict[str, Any]:
    """The version 2 fields of a loaded ``agreement`` (``renews`` with its event,
    attachments, activities with their organizations), only those it has. The bytes of
    the attachments are written only ``with_files`` (they must then be loaded)."""
    fields: dict[str, Any] = {}
    renews = agreement.renews
    if renews is not None:
        fields["renews"] = ({"agreement": renews.key} if renews.event_id == event.id
                            else {"event": renews.event.key, "reference": renews.reference})
    if agreement.terminated_on is not None:
        fields["termination"] = {"date": agreement.terminated_on.isoformat(),
                                 "reason": agreement.termination_reason or ""}
    if agreement.attachments:
        fields["attachments"] = [_attachment_to_file(item, event.timezone, with_files)
                                 for item in agreement.attachments]
    if agreement.activities:
        fields["activities"] = [_activity_to_file(item) for item in agreement.activities]
    return fields


def _attachment_to_file(item: Any, timezone: str, with_files: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"file_name": item.file_name, "kind": item.kind, "size": item.size,
                             "sha256": item.sha256,
                             "added_at": _instant(item.added_at, timezone)}
    if item.added_by:
        entry["added_by"] = item.added_by
    if with_files and item.content is not None:
        entry["content"] = base64.b64encode(item.content).decode("ascii")
    return entry


def _activity_to_file(item: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"date": item.day.isoformat(), "kind": item.kind}
    if item.count is not None:
        entry["count"] = item.count
    if item.from_organization is not None:
        entry["from"] = item.from_organization.key
    if item.to_organization is not None:
        entry["to"] = item.to_organization.key
    if item.text:
        entry["text"] = item.text
    return entry


def file_bytes_total(agreements: Iterable[Agreement]) -> int:
    """The bytes of every attachment's content (what ``--with-files`` adds, before base64)."""
    return sum(item.size for agreement in agreements for item in agreement.attachments
               if item.content is not None)
