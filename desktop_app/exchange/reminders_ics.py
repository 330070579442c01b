"""Renewal reminders as an iCalendar file (RFC 5545): one VTODO per agreement that needs
action.

An agreement in force with an end date needs its renewal started ``notice`` days before
it ends: its to-do starts on that day (with an alarm) and is due on the last day. One
whose renewal is being prepared asks for the successor to be signed; one that ended
within the notice period without a successor asks for a decision. A renewed, terminated
or open-ended agreement needs nothing. The UID comes from the event's id and the
agreement's id (both stable), never from dates or the notice period, so importing a
newer file into a calendar updates each to-do instead of adding another.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from icalendar import Alarm, Calendar, Todo

from desktop_app import __version__
from desktop_app.domain.partnership import Lifecycle, RegisterRow

from .files import write_bytes_atomically

PRODID = f"-//Roundtable//Roundtable {__version__}//EN"
UID_DOMAIN = "roundtable.invalid"
CATEGORY = "Agreement renewal"


def reminder_uid(row: RegisterRow) -> str:
    """The stable UID of an agreement's reminder."""
    return f"renewal.{row.key}.{row.event_key}@{UID_DOMAIN}"


def needs_action(row: RegisterRow, notice_days: int) -> bool:
    """In force with an end date, or ended within the notice period without renewal."""
    if row.terminated_on is not None or row.state.ends_on is None:
        return False
    if row.lifecycle in (Lifecycle.ACTIVE, Lifecycle.EXPIRING):
        return True
    return row.lifecycle == Lifecycle.EXPIRED and (row.days_left or 0) >= -notice_days


def _parties(row: RegisterRow) -> str:
    return " – ".join(party.shown_name for party in row.parties)


def reminder_summary(row: RegisterRow) -> str:
    ends = row.state.ends_on.isoformat() if row.state.ends_on else ""
    under_way = row.renewal_under_way
    if row.lifecycle == Lifecycle.EXPIRED:
        return f"{row.reference} ended on {ends}: renew it or close it ({_parties(row)})"
    if under_way is not None:
        return (f"Sign {under_way.reference}, the renewal of {row.reference}, before {ends} "
                f"({_parties(row)})")
    return f"Start the renewal of {row.reference}, which ends on {ends} ({_parties(row)})"


def reminder_description(row: RegisterRow, as_of: dt.date) -> str:
    lines = [row.title, "",
             f"Agreement: {row.reference} (event {row.event_key})",
             "Parties: " + "; ".join(f"{party.name} ({party.country})" for party in row.parties)]
    if row.valid_from is not None:
        lines.append(f"Valid from: {row.valid_from.isoformat()}")
    if row.state.ends_on is not None:
        lines.append(f"Ends: {row.state.ends_on.isoformat()} ({row.days_left} days left on "
                     f"{as_of.isoformat()})")
    under_way = row.renewal_under_way
    if under_way is not None:
        lines.append(f"Renewal: {under_way.address} ({under_way.status})")
    lines.append(f"Activities recorded: {row.activities}; attached files: {row.attachments}")
    return "\n".join(lines)


def reminders_calendar(rows: Iterable[RegisterRow], *, notice_days: int, as_of: dt.date,
                       stamp: dt.datetime | None = None) -> Calendar:
    """The calendar of the evaluated register ``rows`` (see the module's docstring)."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Agreement renewals")
    for row in rows:
        if not needs_action(row, notice_days):
            continue
        ends = row.state.ends_on
        assert ends is not None
        todo = Todo()
        todo.add("uid", reminder_uid(row))
        todo.add("dtstamp", stamp)
        todo.add("sequence", max(row.version - 1, 0))
        start = ends - dt.timedelta(days=notice_days)
        if notice_days > 0:
            todo.add("dtstart", start)
        todo.add("due", ends)
        todo.add("summary", reminder_summary(row))
        todo.add("description", reminder_description(row, as_of))
        todo.add("categories", [CATEGORY])
        todo.add("status", "NEEDS-ACTION")
        todo.add("priority", 1 if row.lifecycle != Lifecycle.ACTIVE else 5)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", reminder_summary(row))
        alarm.add("trigger", dt.timedelta(0),
                  parameters={"RELATED": "START" if notice_days > 0 else "END"})
        todo.add_component(alarm)
        calendar.add_component(todo)
    return calendar


def write_reminders_ics(rows: Iterable[RegisterRow], path: Path, *, notice_days: int,
                        as_of: dt.date) -> int:
    """Write the reminders; returns how many to-dos were written."""
    calendar = reminders_calendar(rows, notice_days=notice_days, as_of=as_of)
    write_bytes_atomically(path, calendar.to_ical())
    return len(calendar.walk("VTODO"))
