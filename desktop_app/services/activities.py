"""What an agreement produced: student and staff mobility, joint programmes, research and
publications, visits, events; each with its date, kind, count, text and, optionally, the
party it went from and the party it went to."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.models import (
    Agreement,
    AgreementActivity,
    AgreementParty,
    Event,
    Organization,
)
from desktop_app.domain.partnership import ActivityRecord, check_activity
from desktop_app.domain.rules import raise_if
from desktop_app.storage.database import Database

from .common import check_version, get_row, stale_as_domain_error


@dataclass(frozen=True)
class ActivityData:
    day: dt.date
    kind: str
    count: int | None = None
    text: str | None = None
    from_organization_id: int | None = None
    to_organization_id: int | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    agreement_id: int
    version: int
    day: dt.date
    kind: str
    count: int | None
    text: str | None
    from_organization_id: int | None
    from_name: str | None
    to_organization_id: int | None
    to_name: str | None

    @property
    def data(self) -> ActivityData:
        return ActivityData(self.day, self.kind, self.count, self.text,
                            self.from_organization_id, self.to_organization_id)

    @property
    def direction(self) -> str:
        """``ADA → KazNU``, or empty when no party is named."""
        if self.from_name is None and self.to_name is None:
            return ""
        return f"{self.from_name or '…'} → {self.to_name or '…'}"


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {org_id: short or name for org_id, short, name in session.execute(
        select(Organization.id, Organization.short_name, Organization.name)
        .where(Organization.id.in_(ids)))}


def _row(activity: AgreementActivity, names: dict[int, str]) -> ActivityRow:
    return ActivityRow(
        activity.id, activity.agreement_id, activity.version, activity.day, activity.kind,
        activity.count, activity.text, activity.from_organization_id,
        names.get(activity.from_organization_id or -1), activity.to_organization_id,
        names.get(activity.to_organization_id or -1))


def _check(session: Session, agreement_id: int, data: ActivityData) -> None:
    parties = session.scalars(select(AgreementParty.organization_id)
                              .where(AgreementParty.agreement_id == agreement_id)).all()
    raise_if(check_activity(data.day, data.kind, data.count, parties,
                            data.from_organization_id, data.to_organization_id))


def _apply(activity: AgreementActivity, data: ActivityData) -> None:
    activity.day = data.day
    activity.kind = data.kind
    activity.count = data.count
    activity.text = data.text.strip() if data.text and data.text.strip() else None
    activity.from_organization_id = data.from_organization_id
    activity.to_organization_id = data.to_organization_id


def _event_key(session: Session, agreement_id: int) -> str:
    return session.scalar(select(Event.key).join(Agreement, Agreement.event_id == Event.id)
                          .where(Agreement.id == agreement_id)) or ""


def add_activity(db: Database, agreement_id: int, data: ActivityData) -> ActivityRow:
    with db.session() as session:
        get_row(session, Agreement, agreement_id, "agreement")
        _check(session, agreement_id, data)
        activity = AgreementActivity(agreement_id=agreement_id)
        _apply(activity, data)
        session.add(activity)
        session.flush()
        view = _row(activity, _names(session, {data.from_organization_id or -1,
                                                data.to_organization_id or -1}))
        event_key = _event_key(session, agreement_id)
    db.notify("agreements", event_key)
    return view


def update_activity(db: Database, activity_id: int, data: ActivityData,
                    expected_version: int | None = None) -> ActivityRow:
    with db.session() as session:
        activity = session.get(AgreementActivity, activity_id)
        if activity is None:
            raise NotFoundError("activity", activity_id)
        check_version(activity, expected_version, "activity")
        _check(session, activity.agreement_id, data)
        with stale_as_domain_error("activity", activity_id):
            _apply(activity, data)
            session.flush()
        view = _row(activity, _names(session, {data.from_organization_id or -1,
                                                data.to_organization_id or -1}))
        event_key = _event_key(session, activity.agreement_id)
    db.notify("agreements", event_key)
    return view


def delete_activity(db: Database, activity_id: int,
                    expected_version: int | None = None) -> ActivityRow:
    """Delete an activity; returns it as it was (for undo). Refused if it changed since
    ``expected_version``."""
    with db.session() as session:
        activity = session.get(AgreementActivity, activity_id)
        if activity is None:
            raise NotFoundError("activity", activity_id)
        check_version(activity, expected_version, "activity")
        view = _row(activity, _names(session, {activity.from_organization_id or -1,
                                                activity.to_organization_id or -1}))
        event_key = _event_key(session, activity.agreement_id)
        session.delete(activity)
    db.notify("agreements", event_key)
    return view


def get_activity(db: Database, activity_id: int) -> ActivityRow:
    with db.reader() as session:
        activity = get_row(session, AgreementActivity, activity_id, "activity")
        return _row(activity, _names(session, {activity.from_organization_id or -1,
                                                activity.to_organization_id or -1}))


def list_activities(db: Database, agreement_id: int) -> list[ActivityRow]:
    """The activities of an agreement by date (three queries)."""
    with db.reader() as session:
        get_row(session, Agreement, agreement_id, "agreement")
        activities = list(session.scalars(
            select(AgreementActivity).where(AgreementActivity.agreement_id == agreement_id)
            .order_by(AgreementActivity.day, AgreementActivity.id)))
        ids = {org for a in activities for org in (a.from_organization_id,
                                                   a.to_organization_id) if org is not None}
        names = _names(session, ids)
        return [_row(activity, names) for activity in activities]


def activities_between(db: Database, first: dt.date, last: dt.date) -> list[ActivityRecord]:
    """Every activity dated from ``first`` to ``last`` (inclusive), of any agreement."""
    with db.reader() as session:
        return [ActivityRecord(*row) for row in session.execute(
            select(AgreementActivity.agreement_id, AgreementActivity.day,
                   AgreementActivity.kind, AgreementActivity.count)
            .where(AgreementActivity.day >= first, AgreementActivity.day <= last)
            .order_by(AgreementActivity.day, AgreementActivity.id))]
