"""What happens to an agreement after the ceremony: its lifecycle, renewals, activities.

A signed agreement is *active*, *expiring* (its end within the notice period), *expired*,
*renewed* (a successor that ``renews`` it is signed), *terminated* (a decision, stored
with its date and reason) or has *no expiry date* (``valid_until`` unknown: flagged, not
silently active). Everything but the termination is derived from the dates as of a day
(``as_of``), so nothing goes stale in the database. An agreement that is not signed
(draft, ready, cancelled) has no lifecycle yet: its ceremony status says it all.

An agreement is *dormant* when its first year passed without any recorded activity.

Plain data and rules only (no I/O): the register service fills ``RegisterRow`` from the
database and calls :func:`evaluated`; the window, the command line, the exports and
the yearly report all read the same rows.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .errors import FieldProblem, problem
from .text import fold, transliterate

#: Days before the end of an agreement from which it counts as expiring and its renewal
#: should start (six months).
DEFAULT_NOTICE_DAYS = 180

#: The largest file that can be attached (bytes): a scanned signed original at a
#: reasonable resolution is 1-10 MB; larger files are better split or compressed.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


class Lifecycle(StrEnum):
    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    RENEWED = "renewed"
    TERMINATED = "terminated"
    NO_EXPIRY = "no-expiry"


#: Where an agreement is still in force (its renewal may be due).
IN_FORCE = frozenset({Lifecycle.ACTIVE, Lifecycle.EXPIRING, Lifecycle.NO_EXPIRY})


class AttachmentKind(StrEnum):
    SIGNED_COPY = "signed-copy"
    TRANSLATION = "translation"
    ANNEX = "annex"
    OTHER = "other"


class ActivityKind(StrEnum):
    STUDENT_MOBILITY = "student-mobility"
    STAFF_MOBILITY = "staff-mobility"
    JOINT_PROGRAMME = "joint-programme"
    JOINT_RESEARCH = "joint-research"
    VISIT = "visit"
    EVENT = "event"
    OTHER = "other"


@dataclass(frozen=True)
class LifecycleState:
    """Where a signed agreement stands on a day: its lifecycle, the day it ends (its
    ``valid_until``, or an earlier termination date) and the days left until then
    (0 on its last day, negative once past). ``lifecycle`` is None when not signed."""

    lifecycle: Lifecycle | None
    ends_on: dt.date | None = None
    days_left: int | None = None


def derive_lifecycle(status: str, valid_until: dt.date | None, as_of: dt.date, *,
                     terminated_on: dt.date | None = None, renewed: bool = False,
                     notice_days: int = DEFAULT_NOTICE_DAYS) -> LifecycleState:
    """The lifecycle of an agreement on ``as_of``.

    ``valid_until`` is the last day in force. Expiring: at most ``notice_days`` days left
    (inclusive). A termination takes effect on its date; before that date it shortens
    the agreement. ``renewed``: a successor renewing it is signed.
    """
    if status != "signed":
        return LifecycleState(None)
    if terminated_on is not None and terminated_on <= as_of:
        return LifecycleState(Lifecycle.TERMINATED, terminated_on,
                              (terminated_on - as_of).days)
    ends_on = valid_until
    if terminated_on is not None and (ends_on is None or terminated_on < ends_on):
        ends_on = terminated_on
    days_left = (ends_on - as_of).days if ends_on is not None else None
    if renewed:
        return LifecycleState(Lifecycle.RENEWED, ends_on, days_left)
    if ends_on is None or days_left is None:
        return LifecycleState(Lifecycle.NO_EXPIRY)
    if days_left < 0:
        return LifecycleState(Lifecycle.EXPIRED, ends_on, days_left)
    if days_left <= notice_days:
        return LifecycleState(Lifecycle.EXPIRING, ends_on, days_left)
    return LifecycleState(Lifecycle.ACTIVE, ends_on, days_left)


def anniversary(day: dt.date, years: int = 1) -> dt.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def is_dormant(status: str, start: dt.date | None, first_activity: dt.date | None,
               as_of: dt.date, *, terminated_on: dt.date | None = None) -> bool:
    """A signed agreement whose first year (from ``start``: ``valid_from``, else the day
    of signing) has passed with no activity recorded in it. A terminated agreement
    is not flagged: nothing is expected of it any more (nor is one that ended or was
    renewed: the register flags only agreements in force, ``evaluated``)."""
    if status != "signed" or start is None or terminated_on is not None:
        return False
    first_year_ends = anniversary(start)
    if as_of < first_year_ends:
        return False
    return first_activity is None or first_activity >= first_year_ends


def successor_reference(reference: str, taken: Iterable[str]) -> str:
    """The reference of a renewal: ``AZ-KZ/2025/001-R1``; renewing that gives ``-R2``;
    the next free number when one is taken."""
    used = set(taken)
    match = re.fullmatch(r"(.*)-R(\d+)", reference)
    base, number = (match.group(1), int(match.group(2)) + 1) if match else (reference, 1)
    while f"{base}-R{number}" in used:
        number += 1
    return f"{base}-R{number}"


def successor_period(valid_from: dt.date | None, valid_until: dt.date | None
                     ) -> tuple[dt.date | None, dt.date | None]:
    """The validity of a renewal: from the day after the original ends, for as long as
    the original ran (whole years stay whole: 2025-03-04..2030-03-03 is followed by
    2030-03-04..2035-03-03). Unknown where the original's end is unknown."""
    if valid_until is None:
        return None, None
    start = valid_until + dt.timedelta(days=1)
    if valid_from is None:
        return start, None
    years = round((valid_until - valid_from).days / 365.25)
    if years >= 1 and anniversary(valid_from, years) - dt.timedelta(days=1) == valid_until:
        return start, anniversary(start, years) - dt.timedelta(days=1)
    return start, start + (valid_until - valid_from)


# -- the register's rows ----------------------------------------------------------------

@dataclass(frozen=True)
class RegisterParty:
    """One party of an agreement, as the register, its exports and the report name it."""

    organization_id: int
    key: str
    name: str
    short_name: str | None
    country: str
    kind: str
    local_names: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False,
                                                       compare=False)
    search_key: str = ""

    @property
    def shown_name(self) -> str:
        return self.short_name or self.name

    def local_name(self, language: str | None) -> str:
        return (self.local_names or {}).get(language or "", "") or self.name


@dataclass(frozen=True)
class AgreementLink:
    """Another agreement a row points to (the one it renews, or a successor)."""

    id: int
    event_key: str
    reference: str
    status: str

    @property
    def address(self) -> str:
        return agreement_address(self.event_key, self.reference)


@dataclass(frozen=True)
class RegisterRow:
    """One agreement of the register, with its facts and (after :func:`evaluated`) its
    lifecycle on a day."""

    id: int
    version: int
    event_key: str
    event_title: str
    key: str
    reference: str
    kind: str
    title: str
    status: str
    signed_at: dt.datetime | None
    valid_from: dt.date | None
    valid_until: dt.date | None
    parties: tuple[RegisterParty, ...]
    terminated_on: dt.date | None = None
    termination_reason: str | None = None
    renews: AgreementLink | None = None
    renewed_by: tuple[AgreementLink, ...] = ()
    attachments: int = 0
    activities: int = 0
    #: The sum of the activities' counts (an activity without a count counts as one).
    activity_total: int = 0
    first_activity: dt.date | None = None
    title_translations: Mapping[str, str] = dataclasses.field(default_factory=dict,
                                                              hash=False, compare=False)
    # Set by ``evaluated``:
    state: LifecycleState = LifecycleState(None)
    dormant: bool = False

    @property
    def address(self) -> str:
        return agreement_address(self.event_key, self.reference)

    @property
    def lifecycle(self) -> Lifecycle | None:
        return self.state.lifecycle

    @property
    def days_left(self) -> int | None:
        return self.state.days_left

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(party.country for party in self.parties))

    @property
    def start(self) -> dt.date | None:
        """The first day in force: ``valid_from``, else the day of signing."""
        if self.valid_from is not None:
            return self.valid_from
        return self.signed_at.date() if self.signed_at is not None else None

    @property
    def renewal_under_way(self) -> AgreementLink | None:
        """A successor being prepared (draft or ready), if any."""
        return next((link for link in self.renewed_by
                     if link.status in ("draft", "ready")), None)

    def title_in(self, language: str | None) -> str:
        return (self.title_translations or {}).get(language or "", "") or self.title


@dataclass(frozen=True)
class ActivityRecord:
    """One activity as the yearly report counts it."""

    agreement_id: int
    day: dt.date
    kind: str
    count: int | None

    @property
    def amount(self) -> int:
        """Its count; an activity without one counts as one."""
        return self.count if self.count is not None else 1


def agreement_address(event_key: str, reference: str) -> str:
    """``EVENT/REF``: how an agreement is named unambiguously across events."""
    return f"{event_key}/{reference}"


def evaluated(row: RegisterRow, as_of: dt.date,
              notice_days: int = DEFAULT_NOTICE_DAYS) -> RegisterRow:
    """``row`` with its lifecycle, days left and dormant flag as of ``as_of``."""
    renewed = any(link.status == "signed" for link in row.renewed_by)
    state = derive_lifecycle(row.status, row.valid_until, as_of,
                             terminated_on=row.terminated_on, renewed=renewed,
                             notice_days=notice_days)
    dormant = state.lifecycle in IN_FORCE and is_dormant(
        row.status, row.start, row.first_activity, as_of, terminated_on=row.terminated_on)
    return dataclasses.replace(row, state=state, dormant=dormant)


def renewal_chain(row_id: int, rows: Mapping[int, RegisterRow]) -> list[RegisterRow]:
    """The chain of renewals through ``row_id``: back to the first original, then forward
    through successors (a signed one first, else one still being prepared; cancelled
    successors are not part of it). Safe against a loop of links."""
    if row_id not in rows:
        return []
    chain = [rows[row_id]]
    seen = {row_id}
    while chain[0].renews is not None and chain[0].renews.id in rows \
            and chain[0].renews.id not in seen:
        seen.add(chain[0].renews.id)
        chain.insert(0, rows[chain[0].renews.id])
    while True:
        candidates = [link for link in chain[-1].renewed_by
                      if link.status != "cancelled" and link.id in rows and link.id not in seen]
        if not candidates:
            return chain
        following = min(candidates, key=lambda link: (link.status != "signed", link.id))
        seen.add(following.id)
        chain.append(rows[following.id])


# -- filters ----------------------------------------------------------------------------

#: What ``--status`` accepts: a ceremony status, a lifecycle, or "dormant".
STATUS_FILTERS: tuple[str, ...] = ("draft", "ready", "signed", "cancelled",
                                   *(item.value for item in Lifecycle), "dormant")


@dataclass(frozen=True)
class RegisterFilter:
    """The register's filters; None/empty means "any"."""

    event: str | None = None
    status: str | None = None
    country: str | None = None
    organization: str | None = None
    #: Only agreements in force whose end is at most this many days away.
    expiring_within: int | None = None

    def matches(self, row: RegisterRow) -> bool:
        if self.event and row.event_key != self.event:
            return False
        if self.status and not status_matches(row, self.status):
            return False
        if self.country and self.country.upper() not in row.countries:
            return False
        if self.organization and not any(organization_matches(party, self.organization)
                                         for party in row.parties):
            return False
        return self.expiring_within is None or (
            row.lifecycle in (Lifecycle.ACTIVE, Lifecycle.EXPIRING)
            and row.days_left is not None and 0 <= row.days_left <= self.expiring_within)


def status_matches(row: RegisterRow, wanted: str) -> bool:
    if wanted == "dormant":
        return row.dormant
    if wanted in {item.value for item in Lifecycle}:
        return row.lifecycle == wanted
    return row.status == wanted


def organization_matches(party: RegisterParty, wanted: str) -> bool:
    """An organization named by its id, short name or name, in any spelling or script
    (``ada``, ``ADA University``, ``КазНУ``), or by a part of its name."""
    folded = fold(wanted.strip())
    if not folded:
        return True
    names = (fold(party.key), fold(party.short_name or ""), fold(party.name))
    for query in dict.fromkeys((folded, transliterate(folded))):
        if query in names or query in (party.search_key or fold(party.name)):
            return True
    return False


def by_expiry(row: RegisterRow) -> tuple[object, ...]:
    """Sort key: the soonest end first (an agreement without one last), then by event
    and reference."""
    end = row.state.ends_on or row.valid_until
    return (end is None, end or dt.date.max, row.event_key, row.reference)


# -- rules for edits --------------------------------------------------------------------

def check_termination(on: dt.date | None, reason: str | None, status: str,
                      signed_on: dt.date | None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if status != "signed":
        problems.append(problem("status", status, "only a signed agreement can be terminated"))
    if on is None:
        problems.append(problem("terminated_on", None, "is required"))
    elif signed_on is not None and on < signed_on:
        problems.append(problem("terminated_on", on.isoformat(),
                                "must not be before the signing ({signed})",
                                signed=signed_on.isoformat()))
    if reason is None or not reason.strip():
        problems.append(problem("termination_reason", reason, "is required"))
    return problems


def check_activity(day: dt.date | None, kind: str | None, count: int | None,
                   party_ids: Iterable[int], from_id: int | None, to_id: int | None
                   ) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if day is None:
        problems.append(problem("date", None, "is required"))
    kinds = [item.value for item in ActivityKind]
    if kind not in kinds:
        problems.append(problem("kind", kind, '"{value}" is not one of {choices}',
                                value=kind, choices=", ".join(kinds)))
    if count is not None and count < 1:
        problems.append(problem("count", count, "must be at least 1, got {value}",
                                value=count))
    parties = set(party_ids)
    for field, organization in (("from", from_id), ("to", to_id)):
        if organization is not None and organization not in parties:
            problems.append(problem(field, organization, "is not a party to the agreement"))
    if from_id is not None and from_id == to_id:
        problems.append(problem("to", to_id, "must be another party than the one it is from"))
    return problems


def check_attachment(file_name: str, kind: str, size: int) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not file_name or not file_name.strip():
        problems.append(problem("file_name", file_name, "is required"))
    kinds = [item.value for item in AttachmentKind]
    if kind not in kinds:
        problems.append(problem("kind", kind, '"{value}" is not one of {choices}',
                                value=kind, choices=", ".join(kinds)))
    if size > MAX_ATTACHMENT_BYTES:
        problems.append(problem(
            "file", file_name,
            '"{name}" is {size} MB; a file can be attached up to {limit} MB (split the '
            "scan or save it at a lower resolution)",
            name=file_name, size=f"{size / (1024 * 1024):.1f}",
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
    return problems
