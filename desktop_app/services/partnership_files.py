"""The partnership register in event files: storing an imported file's renewals,
terminations, attachments and activities, and loading them for an export.

The fields themselves are read and written by ``exchange.event_partnership``; this
module puts them in the database and takes them out, in a fixed number of queries.

A ``renews`` that names an agreement of another event is linked when that agreement is
in the database, else reported (the link is left out). Replacing an event keeps the
links other events' agreements had to it (by reference), and an attachment imported
without its bytes (an export without ``--with-files``) gets them from an attached file
with the same SHA-256 already in the database.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session, aliased, selectinload, undefer
from sqlalchemy.orm.attributes import set_committed_value

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.models import (
    Agreement,
    AgreementActivity,
    AgreementAttachment,
    Event,
)
from desktop_app.exchange.event_json import MAX_FILE_BYTES
from desktop_app.exchange.event_partnership import (
    activity_rows,
    attachment_rows,
    file_bytes_total,
)
from desktop_app.exchange.files import ExportError


def store_partnership_sections(session: Session, event_key: str,
                               agreements: list[dict[str, Any]],
                               agreement_ids: dict[str, int],
                               organization_ids: dict[str, int]) -> None:
    """Store the attachments and activities of a validated file's agreements and link
    each ``renews`` (three statements, whatever the number of agreements)."""
    attachments = [row for a in agreements for row in attachment_rows(a, agreement_ids[a["id"]])]
    if attachments:
        session.execute(insert(AgreementAttachment), attachments)
    activities = [row for a in agreements
                  for row in activity_rows(a, agreement_ids[a["id"]], organization_ids)]
    if activities:
        session.execute(insert(AgreementActivity), activities)
    links = _renewal_links(session, event_key, agreements, agreement_ids)
    if links:
        _link(session, links, bump_version=False)


def _link(session: Session, links: dict[int, int], *, bump_version: bool) -> None:
    """Set ``renews_id`` of each successor (one executemany); a link made to an agreement
    that existed before is a change of it, so it raises its version."""
    table = cast(Table, Agreement.__table__)  # a declarative class's is its Table
    values: dict[str, Any] = {"renews_id": bindparam("original")}
    if bump_version:
        values["version"] = table.c.version + 1
    session.execute(update(table).where(table.c.id == bindparam("successor")).values(values),
                    [{"successor": successor, "original": original}
                     for successor, original in links.items()])


def _renewal_links(session: Session, event_key: str, agreements: list[dict[str, Any]],
                   agreement_ids: dict[str, int]) -> dict[int, int]:
    """successor id -> original id for every ``renews`` that can be resolved."""
    by_reference = {a["reference"]: agreement_ids[a["id"]] for a in agreements}
    links: dict[int, int] = {}
    elsewhere: dict[tuple[str, str], list[int]] = defaultdict(list)
    for a in agreements:
        renews = a.get("renews")
        if not renews:
            continue
        successor = agreement_ids[a["id"]]
        if renews.get("agreement"):
            links[successor] = agreement_ids[renews["agreement"]]
        elif renews["event"] == event_key:
            if renews["reference"] in by_reference:
                links[successor] = by_reference[renews["reference"]]
        else:
            elsewhere[(renews["event"], renews["reference"])].append(successor)
    if elsewhere:
        found = session.execute(
            select(Event.key, Agreement.reference, Agreement.id)
            .join(Event, Event.id == Agreement.event_id)
            .where(or_(*(and_(Event.key == key, Agreement.reference == reference)
                         for key, reference in elsewhere))))
        for key, reference, original in found:
            for successor in elsewhere.get((key, reference), []):
                links[successor] = original
    return {successor: original for successor, original in links.items()
            if successor != original}


def renewal_warnings(session: Session, doc: dict[str, Any]) -> list[ConflictWarning]:
    """A warning per ``renews`` of the stored file that names an agreement not in the
    database (the link was left out; import that event and this one again to link)."""
    wanted = {a["reference"]: a for a in doc.get("agreements") or [] if a.get("renews")}
    if not wanted:
        return []
    event_key = doc["event"]["id"]
    linked = set(session.scalars(
        select(Agreement.reference).join(Event, Event.id == Agreement.event_id)
        .where(Event.key == event_key, Agreement.renews_id.is_not(None))))
    warnings = []
    for reference, agreement in wanted.items():
        if reference in linked:
            continue
        renews = agreement["renews"]
        named = renews.get("agreement") or f'{renews.get("event")}/{renews.get("reference")}'
        warnings.append(ConflictWarning(
            "renews-unknown",
            f'{reference} renews {named}, which is not in the database; the link was left '
            "out (import that event, then this file again)",
            "agreement", agreement["id"]))
    return warnings


@dataclass
class KeptForReplace:
    """What replacing an event must not lose: the other events' agreements that renew
    one of its agreements (by reference), and the bytes of attached files the new file
    names without carrying them (by SHA-256)."""

    successors: list[tuple[int, str]] = field(default_factory=list)
    contents: dict[str, bytes] = field(default_factory=dict)


def keep_before_replace(session: Session, event_id: int | None, doc: dict[str, Any]
                        ) -> KeptForReplace:
    """Read what ``restore_after_store`` puts back (before the old event is deleted)."""
    kept = KeptForReplace()
    if event_id is not None:
        original = aliased(Agreement)
        kept.successors = [(successor, reference) for successor, reference in session.execute(
            select(Agreement.id, original.reference)
            .join(original, original.id == Agreement.renews_id)
            .where(original.event_id == event_id, Agreement.event_id != event_id))]
    needed = {item["sha256"] for a in doc.get("agreements") or []
              for item in a.get("attachments") or [] if item.get("content") is None}
    if needed:
        for digest, content in session.execute(
                select(AgreementAttachment.sha256, AgreementAttachment.content)
                .where(AgreementAttachment.sha256.in_(needed),
                       AgreementAttachment.content.is_not(None))):
            if content is not None:  # the query leaves none out
                kept.contents.setdefault(digest, content)
    return kept


def restore_after_store(session: Session, event_id: int, kept: KeptForReplace) -> None:
    """Link the kept successors to the new agreements with the same references, and give
    the new attachments without bytes the kept bytes of the same file."""
    if kept.successors:
        by_reference: dict[str, int] = dict(session.execute(
            select(Agreement.reference, Agreement.id).where(Agreement.event_id == event_id)).all())
        links = {successor: by_reference[reference]
                 for successor, reference in kept.successors if reference in by_reference}
        if links:
            _link(session, links, bump_version=True)
    for digest, content in kept.contents.items():
        session.execute(
            update(AgreementAttachment)
            .where(AgreementAttachment.sha256 == digest,
                   AgreementAttachment.content.is_(None),
                   AgreementAttachment.agreement_id.in_(
                       select(Agreement.id).where(Agreement.event_id == event_id)))
            .values(content=content).execution_options(synchronize_session=False))


def load_partnership(session: Session, event: Event, *, with_files: bool = False) -> None:
    """Fill the renewals, attachments (with their bytes when ``with_files``) and activities
    of the agreements of an event loaded by ``loading.load_event``, in three queries."""
    of_event = select(Agreement.id).where(Agreement.event_id == event.id)
    statement = select(AgreementAttachment).where(
        AgreementAttachment.agreement_id.in_(of_event)).order_by(AgreementAttachment.id)
    if with_files:
        statement = statement.options(undefer(AgreementAttachment.content))
    attachments: dict[int, list[AgreementAttachment]] = defaultdict(list)
    for item in session.scalars(statement):
        attachments[item.agreement_id].append(item)
    activities: dict[int, list[AgreementActivity]] = defaultdict(list)
    for activity in session.scalars(
            select(AgreementActivity).where(AgreementActivity.agreement_id.in_(of_event))
            .order_by(AgreementActivity.day, AgreementActivity.id)):
        activities[activity.agreement_id].append(activity)
    wanted = {a.renews_id for a in event.agreements if a.renews_id is not None}
    originals = {a.id: a for a in event.agreements}
    missing = wanted - set(originals)
    if missing:
        originals.update((a.id, a) for a in session.scalars(
            select(Agreement).where(Agreement.id.in_(missing))
            .options(selectinload(Agreement.event))))
    for agreement in event.agreements:
        set_committed_value(agreement, "attachments", attachments.get(agreement.id, []))
        set_committed_value(agreement, "activities", activities.get(agreement.id, []))
        set_committed_value(agreement, "renews", originals.get(agreement.renews_id)
                            if agreement.renews_id is not None else None)


def check_files_fit(event: Event) -> None:
    """Refuse an export ``--with-files`` that ``import`` could not read back: base64 makes
    the files a third larger, and event files are read up to ``MAX_FILE_BYTES``."""
    total = file_bytes_total(event.agreements)
    if total * 4 // 3 > MAX_FILE_BYTES * 0.95:
        mb = 1024 * 1024
        raise ExportError(
            f"the attached files of {event.key} take {total / mb:.0f} MB, too many for one "
            f"event file (import reads files up to {MAX_FILE_BYTES // mb} MB); export without "
            "--with-files and copy the files with 'roundtable attachments REF --save-to DIR'")
