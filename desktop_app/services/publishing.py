"""Publishing versions of the programme, and what changed since one.

``publish_version`` freezes the programme as it is (``domain.programme_versions``) under
a name (``v1``, ``v2``… unless one is given) and stores it as one compact JSON document;
with nothing changed since the last version it stores nothing and says so.
``programme_changes`` lists the changes since a version (the last by default), to another
version or to the programme as it is now; ``unpublished_changes`` counts them for the
window's status bar. Exports and the printed programme ask ``publication_stamp`` and
``calendar_of`` what they need of the versions. Each takes a fixed number of queries,
whatever the size of the event.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload, undefer
from sqlalchemy.orm.attributes import set_committed_value

from desktop_app.domain.errors import NotFoundError, ValidationError, problem
from desktop_app.domain.models import (
    AgendaItem,
    AgendaSpeaker,
    Event,
    Person,
    ProgrammeVersion,
)
from desktop_app.domain.programme_versions import (
    NAME_LENGTH,
    CalendarState,
    ChangeReport,
    PublicationStamp,
    PublishedVersions,
    Snapshot,
    VersionInfo,
    calendar_state,
    compare,
    default_version_name,
    programme_snapshot,
    read_snapshot,
    snapshot_text,
)
from desktop_app.domain.rules import missing_problem
from desktop_app.exchange.event_versions import KeptPublication
from desktop_app.storage.database import Database

from .loading import get_event_row


@dataclass(frozen=True)
class PublishResult:
    """``stored``: a new version was stored (``version``), with ``changes`` since the one
    before; otherwise nothing had changed since ``version`` (None: nothing to publish)."""

    stored: bool
    version: VersionInfo | None
    changes: int


@dataclass(frozen=True)
class UnpublishedChanges:
    """For the status bar: the last published version (None: none yet) and how many
    changes the programme has since (None when nothing is published)."""

    latest: str | None
    count: int | None


def version_info(row: ProgrammeVersion) -> VersionInfo:
    return VersionInfo(row.name, row.position, row.published_at, row.note, row.changes)


def _programme_statement(event_key: str) -> Select[Event]:
    """The event with what a snapshot reads: rooms, agenda items with chair, speakers and
    topics, and the agreements (one query per relation)."""
    return (select(Event).where(Event.key == event_key).options(
        selectinload(Event.rooms),
        selectinload(Event.agenda_items).options(
            selectinload(AgendaItem.chair),
            selectinload(AgendaItem.speakers).selectinload(AgendaSpeaker.person),
            selectinload(AgendaItem.topics)),
        selectinload(Event.agreements)))


def load_programme(session: Session, event_key: str) -> Event:
    """The event with everything ``programme_snapshot`` reads; ``NotFoundError`` if none."""
    event = session.scalars(_programme_statement(event_key)).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


def _versions(session: Session, event_id: int, *, snapshots: bool = False
              ) -> list[ProgrammeVersion]:
    statement = (select(ProgrammeVersion).where(ProgrammeVersion.event_id == event_id)
                 .order_by(ProgrammeVersion.position))
    if snapshots:
        statement = statement.options(undefer(ProgrammeVersion.snapshot))
    return list(session.scalars(statement))


def _latest(session: Session, event_id: int) -> ProgrammeVersion | None:
    return session.scalars(
        select(ProgrammeVersion).where(ProgrammeVersion.event_id == event_id)
        .order_by(ProgrammeVersion.position.desc()).limit(1)
        .options(undefer(ProgrammeVersion.snapshot))).first()


def _check_name(name: str, taken: set[str]) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(missing_problem("name", name))
    if len(name) > NAME_LENGTH:
        raise ValidationError(problem("name", name, "must be at most {limit} characters",
                                      limit=NAME_LENGTH))
    if any(unicodedata.category(char) == "Cc" for char in name):
        raise ValidationError(problem("name", name, "must be one line of text"))
    if name in taken:
        raise ValidationError(problem("name", name,
                                      '"{value}" is already the name of a published version',
                                      value=name))
    return name


def publish_version(db: Database, event_key: str, name: str | None = None,
                    note: str | None = None, *, now: dt.datetime | None = None
                    ) -> PublishResult:
    """Freeze the programme of ``event_key`` as a new version, or store nothing when it has
    not changed since the last one (``PublishResult.stored`` False)."""
    with db.session() as session:
        event = load_programme(session, event_key)
        snapshot = programme_snapshot(event)
        versions = _versions(session, event.id)
        latest = _latest(session, event.id)
        changes = len(compare(read_snapshot(latest.snapshot), snapshot)) if latest else None
        if latest is not None and not changes:
            return PublishResult(False, version_info(latest), 0)
        taken = {version.name for version in versions}
        position = (latest.position if latest else 0) + 1
        chosen = _check_name(name if name is not None else
                             default_version_name(taken, position), taken)
        note = note.strip() if note and note.strip() else None
        highest = session.execute(select(
            select(func.coalesce(func.max(AgendaItem.schedule_id), 0))
            .where(AgendaItem.event_id == event.id).scalar_subquery(),
            select(func.coalesce(func.max(Person.schedule_id), 0))
            .where(Person.event_id == event.id).scalar_subquery())).one()
        row = ProgrammeVersion(
            event_id=event.id, position=position, name=chosen, note=note,
            published_at=(now or dt.datetime.now(dt.UTC)).replace(microsecond=0),
            changes=changes, snapshot=snapshot_text(snapshot),
            last_item_schedule_id=max(highest[0], latest.last_item_schedule_id if latest else 0),
            last_person_schedule_id=max(highest[1],
                                        latest.last_person_schedule_id if latest else 0))
        session.add(row)
        session.flush()
        result = PublishResult(True, version_info(row), changes or 0)
    db.notify("versions", event_key)
    return result


def list_versions(db: Database, event_key: str) -> PublishedVersions:
    """The published versions of the event, first published first."""
    with db.reader() as session:
        event = get_event_row(session, event_key)
        return PublishedVersions(event.timezone, [version_info(row)
                                                  for row in _versions(session, event.id)])


def _find(versions: list[ProgrammeVersion], name: str, option: str) -> ProgrammeVersion:
    for version in versions:
        if version.name == name:
            return version
    if not versions:
        raise ValidationError(problem(option, name, "no version has been published yet"))
    raise ValidationError(problem(option, name,
                                  'no version "{value}" has been published (published: {names})',
                                  value=name, names=", ".join(v.name for v in versions)))


def programme_changes(db: Database, event_key: str, since: str | None = None,
                      until: str | None = None) -> ChangeReport:
    """The changes since the version ``since`` (default: the last published) until the
    version ``until`` (default: the programme as it is now), in programme order."""
    with db.reader() as session:
        event = load_programme(session, event_key)
        versions = _versions(session, event.id, snapshots=True)
        if not versions:
            raise ValidationError(problem("since", since or "",
                                          "no version has been published yet"))
        first = _find(versions, since, "since") if since is not None else versions[-1]
        if until is not None:
            last = _find(versions, until, "until")
            if last.position <= first.position:
                raise ValidationError(problem("until", until,
                                              "must be a version published after {since}",
                                              since=first.name))
            old, new = read_snapshot(first.snapshot), read_snapshot(last.snapshot)
            return ChangeReport(version_info(first), version_info(last), old, new,
                                compare(old, new), event.timezone)
        old, new = read_snapshot(first.snapshot), programme_snapshot(event)
        return ChangeReport(version_info(first), None, old, new, compare(old, new),
                            event.timezone)


def unpublished_changes(db: Database, event_key: str) -> UnpublishedChanges:
    """The last published version and how many changes the programme has since."""
    with db.reader() as session:
        event = load_programme(session, event_key)
        latest = _latest(session, event.id)
        if latest is None:
            return UnpublishedChanges(None, None)
        return UnpublishedChanges(latest.name, len(compare(read_snapshot(latest.snapshot),
                                                           programme_snapshot(event))))


# -- for exports and documents ---------------------------------------------------------------

def publication_stamp(session: Session, event: Event) -> PublicationStamp:
    """The last version of a loaded ``event`` (``load_event`` or ``load_programme``) and
    whether its programme has changed since: what a printed programme and a schedule say."""
    latest = _latest(session, event.id)
    if latest is None:
        return PublicationStamp(None, True)
    changed = bool(compare(read_snapshot(latest.snapshot), programme_snapshot(event)))
    return PublicationStamp(version_info(latest), changed)


def calendar_of(session: Session, event: Event) -> CalendarState:
    """Each item's SEQUENCE and the items to cancel, for a calendar of a loaded ``event``."""
    snapshots: list[Snapshot] = [read_snapshot(row.snapshot)
                                 for row in _versions(session, event.id, snapshots=True)]
    return calendar_state(snapshots, programme_snapshot(event))


def load_programme_versions(session: Session, event: Event) -> None:
    """Attach the event's versions, with their snapshots, to a loaded ``event`` (one
    query), for the event file."""
    set_committed_value(event, "programme_versions",
                        _versions(session, event.id, snapshots=True))


def keep_publication(session: Session, event_id: int | None) -> KeptPublication | None:
    """What an import that replaces the event ``event_id`` keeps of it: the schedule ids
    of its items and people by key, and its versions (three queries)."""
    if event_id is None:
        return None
    items = dict(session.execute(select(AgendaItem.key, AgendaItem.schedule_id)
                                 .where(AgendaItem.event_id == event_id)).all())
    people = dict(session.execute(select(Person.key, Person.schedule_id)
                                  .where(Person.event_id == event_id)).all())
    versions = [{
        "position": row.position, "name": row.name, "published_at": row.published_at,
        "note": row.note, "changes": row.changes,
        "last_item_schedule_id": row.last_item_schedule_id,
        "last_person_schedule_id": row.last_person_schedule_id, "snapshot": row.snapshot,
    } for row in _versions(session, event_id, snapshots=True)]
    return KeptPublication({k: v for k, v in items.items() if v is not None},
                           {k: v for k, v in people.items() if v is not None}, versions)
