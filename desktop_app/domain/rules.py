"""The record rules of every entry point: the forms (through the services), the event
file (``exchange.event_validation``, which adds the JSON path) and the spreadsheet import
(``services.table_*``, which adds the row and column). Each rule is written once, here,
and gives the same message wherever the bad value came from.

Each ``*_problem`` function returns the problem with one value, or None; each
``check_*`` function appends the problems it finds to a list, so that a form can show
every message beside its field at once.

The limits below hold for every entry point (forms, the event file, the spreadsheet
import): no real event reaches them, and beyond them printing and exporting crawl (a
160,000-character title takes over a minute to print) or the database refuses the value.
"""
from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .errors import FieldProblem, Term, ValidationError, problem
from .vocabulary import (
    COUNTRY_PATTERN,
    ID_PATTERN,
    LANGUAGE_TAG_PATTERN,
    AgendaKind,
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
)

#: The longest text of a title, a name or any other short field, in characters.
SHORT_TEXT_LIMIT = 500
#: The longest description, biography or note.
LONG_TEXT_LIMIT = 20_000
#: The fields (and their ``*_local`` translations) that take long text.
LONG_TEXT_FIELDS = frozenset({"description", "bio", "notes"})
#: Dates and instants lie in these years (converting year 1 or 9999 with a ±14:00
#: offset to UTC overflowed; a 0001–9999 event made an export reach 2.4 GB).
FIRST_YEAR, LAST_YEAR = 1900, 2200
#: The longest event, first day to last day included.
MAX_EVENT_DAYS = 366
#: The largest whole number a field takes; any other takes up to ``MAX_INTEGER``
#: (PostgreSQL's ``integer``: SQLite stores up to 2^63 - 1 and larger raised
#: ``OverflowError``). ``order`` is a signing's order in the event file.
MAX_INTEGER = 2**31 - 1
INTEGER_LIMITS: dict[str, int] = {"capacity": 1_000_000, "precedence": 1_000_000,
                                  "order": 1_000_000, "signing_order": 1_000_000,
                                  "originals": 1_000}

#: Control characters: C0 but tab, line feed and carriage return (line ends), DEL, C1.
#: NUL cannot be stored by PostgreSQL, and the rest do not belong in text (an escape
#: sequence in a name rewrote the terminal that listed it).
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FIELD_PARTS = re.compile(r"[.\[\]]+")


def _field_names(field: str) -> list[str]:
    """``agreements[3].notes_local.kk`` -> ``["agreements", "3", "notes_local", "kk"]``."""
    return [part for part in _FIELD_PARTS.split(field) if part]


def text_limit(field: str) -> int:
    """The longest text ``field`` takes: ``LONG_TEXT_LIMIT`` for descriptions, biographies
    and notes and their translations, else ``SHORT_TEXT_LIMIT``. ``field`` may be a path
    (``people[2].bio``, ``event.description_local.kk``) or a form's field name
    (``bio``, ``description.kk``); a local name is short, even in the language "bio"."""
    names = _field_names(field)
    if len(names) >= 2 and names[-2] == "local_names":
        return SHORT_TEXT_LIMIT
    if names and names[-1] in LONG_TEXT_FIELDS:
        return LONG_TEXT_LIMIT
    if len(names) >= 2 and names[-2].removesuffix("_local") in LONG_TEXT_FIELDS:
        return LONG_TEXT_LIMIT
    return SHORT_TEXT_LIMIT


def text_problem(field: str, value: str, limit: int | None = None) -> FieldProblem | None:
    """Why ``value`` cannot be the text of ``field``, or None when it can: longer than
    its limit (``text_limit`` unless ``limit`` is given), or holding a control character
    (all but tab, line feed and carriage return). The one text rule of every entry
    point: the forms (``check_texts``), the event file and the spreadsheet import."""
    most = limit if limit is not None else text_limit(field)
    if len(value) > most:
        return problem(field, value, "is {length} characters long; the limit is {limit}",
                       length=f"{len(value):,}", limit=f"{most:,}")
    if not value.isprintable():  # the fast answer for nearly every text
        found = CONTROL_CHARACTER.search(value)
        if found:
            return problem(field, value,
                           "holds a control character ({character}) at position {position}",
                           character=f"U+{ord(found.group()):04X}",
                           position=found.start() + 1)
    return None


#: The fields that hold a name (and, with ``_local``, its translations): inside a name a
#: run of spaces is one space. A venue's, a room's and an organization's ``name`` too.
NAME_FIELDS = frozenset({"given_name", "family_name", "full_name", "honorific", "name",
                         "short_name", "local_names"})
#: Two or more whitespace characters, or one that is not a plain or no-break space.
_INNER_SPACES = re.compile(r"\s{2,}|[\t\n\r\v\f]")


def clean_text(value: str) -> str:
    """``value`` without leading and trailing whitespace: the one rule of every entry
    point (the event file, the spreadsheet import, the forms), since spaces typed around a
    text print as typed ("Head of programmes , Baku"). A text of spaces alone is ""."""
    return value.strip()


def clean_name(value: str) -> str:
    """``clean_text``, and inside a name each run of spaces (or a tab or line end) one
    space: "Emin  Amrullayev " is "Emin Amrullayev"."""
    value = value.strip()
    return _INNER_SPACES.sub(" ", value) if "  " in value or not value.isprintable() \
        else value


def clean_texts(data: object, *, name: bool = False) -> object:
    """Every string in ``data`` (dicts and lists, as read from an event file) cleaned:
    under a key of ``NAME_FIELDS`` or its ``_local`` translations with ``clean_name``,
    elsewhere with ``clean_text``. Returns new containers; keys are left alone."""
    if isinstance(data, str):
        return clean_name(data) if name else clean_text(data)
    if isinstance(data, dict):
        return {key: clean_texts(value, name=name or (
            isinstance(key, str) and key.removesuffix("_local") in NAME_FIELDS))
            for key, value in data.items()}
    if isinstance(data, list):
        return [clean_texts(value, name=name) for value in data]
    return data


def check_texts(texts: Mapping[str, str | None], problems: list[FieldProblem]) -> None:
    """``text_problem`` for each field -> text of ``texts`` (None and "" pass)."""
    for field, value in texts.items():
        if value:
            found = text_problem(field, value)
            if found is not None:
                problems.append(found)


def integer_limit(field: str) -> int:
    """The largest whole number ``field`` (a path or a form's field name) takes."""
    names = _field_names(field)
    return INTEGER_LIMITS.get(names[-1], MAX_INTEGER) if names else MAX_INTEGER


def year_problem(field: str, value: dt.date) -> FieldProblem | None:
    """A date or instant outside the years ``FIRST_YEAR`` to ``LAST_YEAR``, or None."""
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return problem(field, value.isoformat(), "must be in the years {first} to {last}, got {value}",
                   first=FIRST_YEAR, last=LAST_YEAR, value=value.isoformat())


def check_dates(dates: Mapping[str, dt.date | None], problems: list[FieldProblem]) -> None:
    """``year_problem`` for each field -> date or instant of ``dates`` (None passes)."""
    for field, value in dates.items():
        if value is not None:
            found = year_problem(field, value)
            if found is not None:
                problems.append(found)


def event_length_problem(field: str, start: dt.date, end: dt.date) -> FieldProblem | None:
    """An event longer than ``MAX_EVENT_DAYS`` (first and last day included), or None."""
    days = (end - start).days + 1
    if days <= MAX_EVENT_DAYS:
        return None
    return problem(field, end.isoformat(), "the event lasts {days} days; the limit is {limit}",
                   days=f"{days:,}", limit=MAX_EVENT_DAYS)


def required_problem(field: str, value: object) -> FieldProblem | None:
    """A required value that is missing (None) or a text of spaces alone, or None: the
    one "is required" of every entry point (a form's empty field, a field missing or
    blank in the event file, a spreadsheet's empty cell for a new record)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return missing_problem(field, value)
    return None


def missing_problem(field: str, value: object = None) -> FieldProblem:
    """The problem of a required ``field`` found missing (``required_problem``'s)."""
    return problem(field, value, "is required")


def require_text(field: str, value: str | None, problems: list[FieldProblem]) -> None:
    """``required_problem`` appended to ``problems``."""
    if (found := required_problem(field, value)) is not None:
        problems.append(found)


#: The most characters of a refused value a message quotes.
MAX_QUOTED = 60


def quoted(value: object) -> str:
    """``value`` as a message quotes it: on one line, each character that is not
    printable as its escape ("AZ\\n"), cut at ``MAX_QUOTED`` characters."""
    text = value if isinstance(value, str) else str(value)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= MAX_QUOTED else text[:MAX_QUOTED - 1] + "…"


def key_problem(field: str, value: object) -> FieldProblem | None:
    """Why ``value`` cannot be an id (a record's key), or None when it can."""
    if isinstance(value, str) and ID_PATTERN.match(value):
        return None
    return problem(field, value, '"{value}" is not a valid id (1-64 letters, digits, - _ .)',
                   value=quoted(value))


def check_key(field: str, value: str | None, problems: list[FieldProblem]) -> None:
    if (found := key_problem(field, value)) is not None:
        problems.append(found)


def country_problem(field: str, value: object) -> FieldProblem | None:
    """Why ``value`` cannot be a country code, or None when it can."""
    if isinstance(value, str) and COUNTRY_PATTERN.match(value):
        return None
    return problem(field, value, '"{value}" is not a two-letter country code '
                   "(ISO 3166-1, e.g. AZ)", value=quoted(value))


def check_country(field: str, value: str | None, problems: list[FieldProblem], *,
                  required: bool) -> None:
    if not value:
        if required and (found := required_problem(field, value)) is not None:
            problems.append(found)
        return
    if (found := country_problem(field, value)) is not None:
        problems.append(found)


#: The fewest parties an agreement has.
MIN_PARTIES = 2


def party_count_problem(field: str, count: int) -> FieldProblem | None:
    """An agreement with fewer than ``MIN_PARTIES`` parties, or None."""
    if count >= MIN_PARTIES:
        return None
    return problem(field, count, "at least 2 parties are needed")


def validity_problem(field: str, valid_from: dt.date | None, valid_until: dt.date | None
                     ) -> FieldProblem | None:
    """An agreement valid until a day not after the day it is valid from, or None."""
    if valid_from is None or valid_until is None or valid_until > valid_from:
        return None
    return problem(field, valid_until.isoformat(), "must be after valid from ({valid_from})",
                   valid_from=valid_from.isoformat())


def duplicate_parties(organizations: Sequence[object]) -> Iterator[tuple[int, int]]:
    """(index, index of its first party) for each party whose organization (an id, a
    key or a record: whatever the entry point has) is already an earlier party."""
    first: dict[object, int] = {}
    for index, organization in enumerate(organizations):
        if organization in first:
            yield index, first[organization]
        else:
            first[organization] = index


def duplicate_party_problem(field: str, value: object, first: int) -> FieldProblem:
    """The party at ``field`` is the organization of party ``first`` (counted from 0):
    named by its place, which the form, the event file and the spreadsheet all have."""
    return problem(field, value, "is the same organization as party {party}",
                   party=first + 1)


def _status_term(status: str) -> Term:
    return Term(f"status.{status}", status)


def signed_at_problem(field: str, status: str | None, signed_at: object) -> FieldProblem | None:
    """A signed agreement without the time of its signing, or a time of signing on an
    agreement of another status (it would be silently dropped), or None. An unknown
    ``status`` is left to the status's own rule."""
    statuses = [s.value for s in AgreementStatus]
    if status == AgreementStatus.SIGNED and signed_at is None:
        return problem(field, None, 'is required when status is "{status}"',
                       status=_status_term(AgreementStatus.SIGNED.value))
    if status in statuses and status != AgreementStatus.SIGNED and signed_at is not None:
        shown = signed_at.isoformat() if isinstance(signed_at, dt.datetime) else signed_at
        return problem(field, shown, 'must be empty when status is "{status}"',
                       status=_status_term(str(status)))
    return None


def event_dates_problem(field: str, start: dt.date, end: dt.date) -> FieldProblem | None:
    """An event that ends before it starts or lasts too long (``event_length_problem``)."""
    if end < start:
        return problem(field, end.isoformat(), "must not be before the start ({start})",
                       start=start.isoformat())
    return event_length_problem(field, start, end)


def language_problem(field: str, tag: object) -> FieldProblem | None:
    """Why ``tag`` cannot be a language tag, or None when it can."""
    if isinstance(tag, str) and LANGUAGE_TAG_PATTERN.match(tag):
        return None
    return problem(field, tag, '"{tag}" is not a language tag (e.g. az)', tag=quoted(tag))


def check_local_names(field: str, names: Mapping[str, str], problems: list[FieldProblem]) -> None:
    for tag, name in names.items():
        where = f"{field}.{tag}"
        found = (language_problem(where, tag) or required_problem(where, name)
                 or text_problem(where, name))
        if found is not None:
            problems.append(found)


def check_languages(field: str, tags: Iterable[str], problems: list[FieldProblem]) -> None:
    for tag in tags:
        if (found := language_problem(field, tag)) is not None:
            problems.append(found)


def positive_problem(field: str, value: int) -> FieldProblem | None:
    """A whole number below 1 or above the field's limit (``integer_limit``), or None."""
    if value < 1:
        return problem(field, value, "must be at least 1, got {value}", value=value)
    if value > (most := integer_limit(field)):
        return problem(field, value, "must be at most {limit}, got {value}",
                       limit=f"{most:,}", value=value)
    return None


def check_positive(field: str, value: int | None, problems: list[FieldProblem]) -> None:
    """``positive_problem`` for a whole number that is given."""
    if value is not None and (found := positive_problem(field, value)) is not None:
        problems.append(found)


def timezone_problem(field: str, value: str | None) -> FieldProblem | None:
    """Why ``value`` is not a time zone (an IANA name), or None when it is."""
    try:
        zoneinfo.ZoneInfo(value or "")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return problem(field, value, '"{value}" is not a known time zone (e.g. Asia/Baku)',
                       value=quoted(value))
    return None


def check_timezone(field: str, value: str | None, problems: list[FieldProblem]) -> None:
    if (found := timezone_problem(field, value)) is not None:
        problems.append(found)


def time_order_problem(field: str, start: dt.time, end: dt.time) -> FieldProblem | None:
    """An agenda item that does not end after it starts, or None."""
    if end > start:
        return None
    return problem(field, end.strftime("%H:%M"), "must be after the start ({start})",
                   start=f"{start:%H:%M}")


def day_problem(field: str, day: dt.date, event_start: dt.date, event_end: dt.date
                ) -> FieldProblem | None:
    """An agenda item's day outside the event's days, or None."""
    if event_start <= day <= event_end:
        return None
    return problem(field, day.isoformat(), "must be within the event ({first_day} to {last_day})",
                   first_day=event_start.isoformat(), last_day=event_end.isoformat())


def check_times(day: dt.date, start: dt.time, end: dt.time, event_start: dt.date,
                event_end: dt.date, problems: list[FieldProblem]) -> None:
    for found in (time_order_problem("end", start, end),
                  day_problem("day", day, event_start, event_end)):
        if found is not None:
            problems.append(found)


def choice_problem(field: str, value: object, allowed: Iterable[str]) -> FieldProblem | None:
    """Why ``value`` is not one of ``allowed`` (an enumeration's values), or None."""
    choices = [str(choice) for choice in allowed]
    if value in choices:
        return None
    return problem(field, value, '"{value}" is not one of {choices}',
                   value=quoted(value), choices=", ".join(choices))


def check_choice(field: str, value: str | None, allowed: Iterable[str],
                 problems: list[FieldProblem]) -> None:
    if (found := choice_problem(field, value, allowed)) is not None:
        problems.append(found)


def raise_if(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationError(problems)


ORGANIZATION_KINDS = [kind.value for kind in OrganizationKind]
AGENDA_KINDS = [kind.value for kind in AgendaKind]
AGREEMENT_KINDS = [kind.value for kind in AgreementKind]
