"""The figures of an event's overview page, read with a fixed number of queries.

The overview shows how far the event has come: agreements by status, the
universities and countries taking part, the participants, and agreements per
university and per country for a small chart. Counting in SQL (GROUP BY)
keeps the page fast whatever the size of the event.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select

from desktop_app.domain.models import AgendaItem, Agreement, AgreementParty, Organization, Person
from desktop_app.domain.vocabulary import AgreementStatus, OrganizationKind
from desktop_app.storage.database import Database

from .common import event_id_of


@dataclass(frozen=True)
class OverviewFigures:
    """Counts for the overview; ``by_university``/``by_country`` are sorted, largest first."""

    agreements_by_status: dict[str, int]
    universities: int
    countries: int
    participants: int
    organizations: int
    agenda_items: int
    by_university: list[tuple[str, int]]
    by_country: list[tuple[str, int]]

    @property
    def agreements(self) -> int:
        return sum(self.agreements_by_status.values())


def overview_figures(db: Database, event_key: str) -> OverviewFigures:
    """Seven queries whatever the event's size. Cancelled agreements count in the status
    figures but not in the parties involved or the charts."""
    active = Agreement.status != AgreementStatus.CANCELLED.value
    with db.reader() as session:
        event_id = event_id_of(session, event_key)
        statuses = dict(session.execute(
            select(Agreement.status, func.count()).where(Agreement.event_id == event_id)
            .group_by(Agreement.status)).all())
        by_status = {status.value: statuses.get(status.value, 0) for status in AgreementStatus}
        participants = session.scalar(
            select(func.count()).select_from(Person).where(Person.event_id == event_id)) or 0
        organizations = session.scalar(
            select(func.count()).select_from(Organization)
            .where(Organization.event_id == event_id)) or 0
        agenda_items = session.scalar(
            select(func.count()).select_from(AgendaItem)
            .where(AgendaItem.event_id == event_id)) or 0
        per_party = list(session.execute(
            select(Organization.name, Organization.short_name, Organization.kind,
                   Organization.country, func.count(distinct(Agreement.id)))
            .join(AgreementParty, AgreementParty.organization_id == Organization.id)
            .join(Agreement, Agreement.id == AgreementParty.agreement_id)
            .where(Agreement.event_id == event_id, active)
            .group_by(Organization.id, Organization.name, Organization.short_name,
                      Organization.kind, Organization.country)))
        per_country = list(session.execute(
            select(Organization.country, func.count(distinct(Agreement.id)))
            .join(AgreementParty, AgreementParty.organization_id == Organization.id)
            .join(Agreement, Agreement.id == AgreementParty.agreement_id)
            .where(Agreement.event_id == event_id, active)
            .group_by(Organization.country)))
    universities = [(short or name, count) for name, short, kind, _country, count in per_party
                    if kind == OrganizationKind.UNIVERSITY.value]
    universities.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    countries = sorted(((country, count) for country, count in per_country),
                       key=lambda pair: (-pair[1], pair[0]))
    return OverviewFigures(
        agreements_by_status=by_status,
        universities=len(universities),
        countries=len(countries),
        participants=participants,
        organizations=organizations,
        agenda_items=agenda_items,
        by_university=universities,
        by_country=countries,
    )
