"""The partnership register: every agreement of every event, with its lifecycle.

``list_register`` reads the whole register in four queries whatever the number of events
and agreements (agreements with their events, parties, attachment counts, activity
figures), builds ``domain.partnership.RegisterRow``s, evaluates them as of a day and
filters them. The window, ``roundtable agreements``, the register exports, the
reminders and the yearly report all start from it.

Agreements are addressed by reference where it is unique in the database, else as
``EVENT/REF`` (``resolve_agreement``).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFoundError, ValidationError, problem
from desktop_app.domain.models import (
    Agreement,
    AgreementActivity,
    AgreementAttachment,
    AgreementParty,
    Event,
    Organization,
)
from desktop_app.domain.partnership import (
    DEFAULT_NOTICE_DAYS,
    AgreementLink,
    RegisterFilter,
    RegisterParty,
    RegisterRow,
    by_expiry,
    evaluated,
    renewal_chain,
)
from desktop_app.storage.database import Database


def today() -> dt.date:
    return dt.date.today()


def register_facts(session: Session) -> list[RegisterRow]:
    """Every agreement of the database as a row of facts (not yet evaluated), in four
    queries."""
    parties: dict[int, list[RegisterParty]] = defaultdict(list)
    for party in session.execute(
            select(AgreementParty.agreement_id, Organization.id, Organization.key,
                   Organization.name, Organization.short_name, Organization.country,
                   Organization.kind, Organization.local_names, Organization.search_key)
            .join(Organization, Organization.id == AgreementParty.organization_id)
            .order_by(AgreementParty.agreement_id, AgreementParty.position)):
        parties[party[0]].append(RegisterParty(
            party[1], party[2], party[3], party[4], party[5], party[6], dict(party[7] or {}),
            party[8] or ""))
    attachments: dict[int, int] = dict(session.execute(
            select(AgreementAttachment.agreement_id, func.count())
            .group_by(AgreementAttachment.agreement_id)).all())
    activities: dict[int, tuple[int, int, dt.date]] = {
        agreement_id: (count, int(total or 0), first) for agreement_id, count, total, first
        in session.execute(
            select(AgreementActivity.agreement_id, func.count(),
                   func.sum(func.coalesce(AgreementActivity.count, 1)),
                   func.min(AgreementActivity.day))
            .group_by(AgreementActivity.agreement_id))}
    rows = session.execute(
        select(Agreement.id, Agreement.version, Event.key.label("event_key"),
               Event.title.label("event_title"), Agreement.key, Agreement.reference,
               Agreement.kind, Agreement.title, Agreement.status, Agreement.signed_at,
               Agreement.valid_from, Agreement.valid_until, Agreement.terminated_on,
               Agreement.termination_reason, Agreement.renews_id, Agreement.translations)
        .join(Event, Event.id == Agreement.event_id)
        .order_by(Event.key, Agreement.reference)).all()
    links = {row.id: AgreementLink(row.id, row.event_key, row.reference, row.status)
             for row in rows}
    successors: dict[int, list[AgreementLink]] = defaultdict(list)
    for row in rows:
        if row.renews_id in links and row.renews_id != row.id:
            successors[row.renews_id].append(links[row.id])
    facts = []
    for row in rows:
        count, total, first = activities.get(row.id, (0, 0, None))
        facts.append(RegisterRow(
            id=row.id, version=row.version, event_key=row.event_key,
            event_title=row.event_title, key=row.key, reference=row.reference,
            kind=row.kind, title=row.title, status=row.status, signed_at=row.signed_at,
            valid_from=row.valid_from, valid_until=row.valid_until,
            parties=tuple(parties.get(row.id, ())), terminated_on=row.terminated_on,
            termination_reason=row.termination_reason,
            renews=links.get(row.renews_id) if row.renews_id != row.id else None,
            renewed_by=tuple(successors.get(row.id, ())),
            attachments=attachments.get(row.id, 0), activities=count,
            activity_total=total, first_activity=first,
            title_translations=dict((row.translations or {}).get("title") or {})))
    return facts


def list_register(db: Database, filters: RegisterFilter | None = None, *,
                  as_of: dt.date | None = None,
                  notice_days: int = DEFAULT_NOTICE_DAYS) -> list[RegisterRow]:
    """The register as of ``as_of`` (today by default), filtered, soonest end first."""
    check_notice(notice_days)
    day = as_of or today()
    with db.reader() as session:
        facts = register_facts(session)
    if filters is not None and filters.event:
        known = {row.event_key for row in facts}
        if filters.event not in known:
            with db.reader() as session:
                if session.scalar(select(Event.id).where(Event.key == filters.event)) is None:
                    raise NotFoundError("event", filters.event)
    rows = [evaluated(row, day, notice_days) for row in facts]
    if filters is not None:
        rows = [row for row in rows if filters.matches(row)]
    return sorted(rows, key=by_expiry)


def check_notice(days: int) -> None:
    if days < 0:
        raise ValidationError(problem("notice", days, "must be zero or more days, got {value}",
                                      value=days))


# -- addressing agreements across events ------------------------------------------------

def resolve_agreement(session: Session, address: str) -> int:
    """The id of the agreement named ``REF`` (unique in the database) or ``EVENT/REF``.

    A reference found in several events is refused with the addresses to choose from.
    """
    text = address.strip()
    found = session.execute(
        select(Agreement.id, Event.key).join(Event, Event.id == Agreement.event_id)
        .where(Agreement.reference == text).order_by(Event.key)).all()
    if len(found) == 1:
        return int(found[0][0])
    if len(found) > 1:
        raise ValidationError(problem(
            "reference", text, '"{value}" is in {count} events; name it as EVENT/REF: '
            "{choices}", value=text, count=len(found),
            choices=", ".join(f"{key}/{text}" for _id, key in found)))
    event_key, slash, reference = text.partition("/")
    if slash:
        agreement_id = session.scalar(
            select(Agreement.id).join(Event, Event.id == Agreement.event_id)
            .where(Event.key == event_key, Agreement.reference == reference))
        if agreement_id is not None:
            return int(agreement_id)
    raise NotFoundError("agreement", text)


def find_agreement(db: Database, address: str) -> int:
    with db.reader() as session:
        return resolve_agreement(session, address)


# -- one agreement with its neighbours ----------------------------------------------------

@dataclass(frozen=True)
class RegisterEntry:
    """One agreement of the register, evaluated, with its chain of renewals (the first
    original first, this one among them)."""

    row: RegisterRow
    chain: tuple[RegisterRow, ...]


def register_entry(db: Database, agreement_id: int, *, as_of: dt.date | None = None,
                   notice_days: int = DEFAULT_NOTICE_DAYS) -> RegisterEntry:
    day = as_of or today()
    with db.reader() as session:
        facts = {row.id: row for row in register_facts(session)}
    if agreement_id not in facts:
        raise NotFoundError("agreement", agreement_id)
    rows = {row_id: evaluated(row, day, notice_days) for row_id, row in facts.items()}
    return RegisterEntry(rows[agreement_id], tuple(renewal_chain(agreement_id, rows)))


def expiring_count(db: Database, days: int = DEFAULT_NOTICE_DAYS,
                   as_of: dt.date | None = None) -> int:
    """How many agreements in force end within ``days`` (for the Overview)."""
    return len(list_register(db, RegisterFilter(expiring_within=days), as_of=as_of,
                             notice_days=days))
