"""The figures of the yearly partnership report, from the evaluated register.

For a year (and optionally one partner country or one organization):

- every agreement counted once by where it stands at the end of the year (or on the day
  of the report, in the current year): its lifecycle when signed, else its status;
- the agreements in force by partner country and by university or organization;
- the new agreements (signed in the year, not renewing one), the renewals signed in the
  year, and the agreements that ended in the year (expired or terminated);
- the activities of the year by kind, with how many records and their total count;
- the dormant agreements, and those in force that end in the following year.

Organizations are stored once per event; across events the same university is the
same country and name (compared folded), so it is counted once.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .partnership import (
    IN_FORCE,
    ActivityKind,
    ActivityRecord,
    Lifecycle,
    RegisterFilter,
    RegisterParty,
    RegisterRow,
)
from .text import fold

#: The order of the report's status lines: the ceremony's, then the lifecycle's.
STANDING_ORDER: tuple[str, ...] = (
    "draft", "ready", Lifecycle.ACTIVE.value, Lifecycle.EXPIRING.value,
    Lifecycle.NO_EXPIRY.value, Lifecycle.RENEWED.value, Lifecycle.EXPIRED.value,
    Lifecycle.TERMINATED.value, "cancelled",
)


def standing(row: RegisterRow) -> str:
    """Where an agreement stands: its lifecycle when signed, else its ceremony status."""
    return row.lifecycle.value if row.lifecycle is not None else row.status


@dataclass(frozen=True)
class OrganizationCount:
    party: RegisterParty
    agreements: int


@dataclass(frozen=True)
class ActivityTotal:
    kind: str
    records: int
    total: int


@dataclass(frozen=True)
class PartnershipFigures:
    year: int
    #: The day lifecycles are taken on: the end of the year, or the report's day.
    as_of: dt.date
    country: str | None
    organization: str | None
    agreements: tuple[RegisterRow, ...]
    by_standing: tuple[tuple[str, int], ...]
    by_country: tuple[tuple[str, int], ...]
    by_organization: tuple[OrganizationCount, ...]
    new: tuple[RegisterRow, ...]
    renewed: tuple[RegisterRow, ...]
    ended: tuple[RegisterRow, ...]
    activities: tuple[ActivityTotal, ...]
    dormant: tuple[RegisterRow, ...]
    ending_next_year: tuple[RegisterRow, ...]

    @property
    def new_organizations(self) -> list[RegisterParty]:
        """The organizations that are parties to the new agreements, each once."""
        return distinct_organizations(self.new)

    @property
    def new_countries(self) -> list[str]:
        return sorted({party.country for party in self.new_organizations})

    @property
    def activity_total(self) -> int:
        return sum(item.total for item in self.activities)


def organization_identity(party: RegisterParty) -> tuple[str, str]:
    return party.country, fold(party.name)


def distinct_organizations(rows: Iterable[RegisterRow]) -> list[RegisterParty]:
    seen: dict[tuple[str, str], RegisterParty] = {}
    for row in rows:
        for party in row.parties:
            seen.setdefault(organization_identity(party), party)
    return list(seen.values())


def report_day(year: int, today: dt.date) -> dt.date:
    """The last day of ``year``, or ``today`` while that year is not over."""
    last = dt.date(year, 12, 31)
    return min(last, today) if today.year == year else last


def partnership_figures(rows: Sequence[RegisterRow], activities: Sequence[ActivityRecord],
                        *, year: int, as_of: dt.date, country: str | None = None,
                        organization: str | None = None) -> PartnershipFigures:
    """The report's figures from ``rows`` evaluated as of ``as_of`` (see
    ``report_day``) and the ``activities`` dated in ``year``."""
    scope = RegisterFilter(country=country, organization=organization)
    chosen = tuple(row for row in rows if scope.matches(row))
    ids = {row.id for row in chosen}
    standings = Counter(standing(row) for row in chosen)
    in_force = [row for row in chosen if row.lifecycle in IN_FORCE]
    by_country: Counter[str] = Counter()
    by_organization: Counter[tuple[str, str]] = Counter()
    parties: dict[tuple[str, str], RegisterParty] = {}
    for row in in_force:
        for code in row.countries:
            by_country[code] += 1
        for party in {organization_identity(p): p for p in row.parties}.values():
            identity = organization_identity(party)
            by_organization[identity] += 1
            parties.setdefault(identity, party)

    def signed_in_year(row: RegisterRow) -> bool:
        return row.status == "signed" and row.signed_at is not None \
            and row.signed_at.year == year

    def ended_in_year(row: RegisterRow) -> bool:
        end = row.state.ends_on
        return row.status == "signed" and end is not None and end.year == year \
            and row.lifecycle in (Lifecycle.EXPIRED, Lifecycle.TERMINATED)

    totals: dict[str, list[int]] = {}
    for activity in activities:
        if activity.agreement_id in ids and activity.day.year == year:
            entry = totals.setdefault(activity.kind, [0, 0])
            entry[0] += 1
            entry[1] += activity.amount
    kind_order = [kind.value for kind in ActivityKind]
    by_reference = sorted(chosen, key=lambda row: (row.reference, row.event_key))
    return PartnershipFigures(
        year=year, as_of=as_of, country=country, organization=organization,
        agreements=chosen,
        by_standing=tuple((name, standings[name]) for name in STANDING_ORDER
                          if standings[name]),
        by_country=tuple(sorted(by_country.items(), key=lambda item: (-item[1], item[0]))),
        by_organization=tuple(OrganizationCount(parties[identity], count)
                              for identity, count in sorted(
                                  by_organization.items(),
                                  key=lambda item: (-item[1], item[0][1]))),
        new=tuple(row for row in by_reference if signed_in_year(row) and row.renews is None),
        renewed=tuple(row for row in by_reference
                      if signed_in_year(row) and row.renews is not None),
        ended=tuple(row for row in by_reference if ended_in_year(row)),
        activities=tuple(ActivityTotal(kind, *totals[kind])
                         for kind in sorted(totals, key=lambda k: kind_order.index(k)
                                            if k in kind_order else len(kind_order))),
        dormant=tuple(row for row in by_reference if row.dormant),
        ending_next_year=tuple(sorted(
            (row for row in in_force
             if row.state.ends_on is not None and row.state.ends_on.year == year + 1),
            key=lambda row: (row.state.ends_on or dt.date.max, row.reference))),
    )
