"""Field rules for edits made in the application (the event file has its own path-aware
validator in ``exchange.event_validation``; both use the patterns in ``vocabulary``).

Each ``check_*`` function returns the list of problems, empty when the data
is acceptable, so a form can show every message beside its field at once.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping

from .errors import FieldProblem, ValidationError, problem
from .vocabulary import (
    COUNTRY_PATTERN,
    ID_PATTERN,
    LANGUAGE_TAG_PATTERN,
    AgendaKind,
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
)


def require_text(field: str, value: str | None, problems: list[FieldProblem]) -> None:
    if value is None or not value.strip():
        problems.append(problem(field, value, "is required"))


def check_key(field: str, value: str | None, problems: list[FieldProblem]) -> None:
    if value is None or not ID_PATTERN.match(value):
        problems.append(problem(field, value, '"{value}" is not a valid id '
                                '(1-64 letters, digits, - _ .)', value=value))


def check_country(field: str, value: str | None, problems: list[FieldProblem], *,
                  required: bool) -> None:
    if not value:
        if required:
            problems.append(problem(field, value, "is required"))
        return
    if not COUNTRY_PATTERN.match(value):
        problems.append(problem(field, value, '"{value}" is not a two-letter country code '
                                "(ISO 3166-1, e.g. AZ)", value=value))


def check_choice(field: str, value: str | None, allowed: Iterable[str],
                 problems: list[FieldProblem]) -> None:
    choices = [str(choice) for choice in allowed]
    if value not in choices:
        problems.append(problem(field, value, '"{value}" is not one of {choices}',
                                value=value, choices=", ".join(choices)))


def check_local_names(field: str, names: Mapping[str, str], problems: list[FieldProblem]) -> None:
    for tag, name in names.items():
        if not LANGUAGE_TAG_PATTERN.match(tag):
            problems.append(problem(f"{field}.{tag}", tag, '"{tag}" is not a language tag',
                                    tag=tag))
        elif not name.strip():
            problems.append(problem(f"{field}.{tag}", name, "must not be empty"))


def check_languages(field: str, tags: Iterable[str], problems: list[FieldProblem]) -> None:
    for tag in tags:
        if not LANGUAGE_TAG_PATTERN.match(tag):
            problems.append(problem(field, tag, '"{tag}" is not a language tag (e.g. az)',
                                    tag=tag))


def check_positive(field: str, value: int | None, problems: list[FieldProblem]) -> None:
    if value is not None and value < 1:
        problems.append(problem(field, value, "must be at least 1, got {value}", value=value))


def check_timezone(field: str, value: str | None, problems: list[FieldProblem]) -> None:
    try:
        zoneinfo.ZoneInfo(value or "")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.append(problem(field, value, '"{value}" is not a known time zone '
                                "(e.g. Asia/Baku)", value=value))


def check_times(day: dt.date, start: dt.time, end: dt.time, event_start: dt.date,
                event_end: dt.date, problems: list[FieldProblem]) -> None:
    if end <= start:
        problems.append(problem("end", end.strftime("%H:%M"),
                                "must be after the start ({start})", start=f"{start:%H:%M}"))
    if not event_start <= day <= event_end:
        problems.append(problem("day", day.isoformat(),
                                "must be within the event ({first_day} to {last_day})",
                                first_day=event_start.isoformat(),
                                last_day=event_end.isoformat()))


def raise_if(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationError(problems)


ORGANIZATION_KINDS = [kind.value for kind in OrganizationKind]
AGENDA_KINDS = [kind.value for kind in AgendaKind]
AGREEMENT_KINDS = [kind.value for kind in AgreementKind]
AGREEMENT_STATUSES = [status.value for status in AgreementStatus]
