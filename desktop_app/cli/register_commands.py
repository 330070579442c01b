"""The partnership register on the command line.

::

    roundtable agreements [--event EVENT] [--status STATUS] [--country CC] [--organization ORG]
                          [--expiring DAYS] [--as-of DATE] [--notice DAYS] [--json]
    roundtable renew REF [--reference NEW_REF] [--event EVENT]
    roundtable terminate REF --date DATE --reason TEXT
    roundtable attach REF FILE [--kind signed-copy|translation|annex|other]
    roundtable attachments REF [--save-to DIR]
    roundtable activity add REF --date DATE --kind KIND [--count N] [--text TEXT]
                                [--from ORG] [--to ORG]
    roundtable activity list REF
    roundtable export reminders -o FILE.ics [--notice DAYS] [--as-of DATE]
    roundtable export register -o FILE.xlsx|.csv|.json [--as-of DATE] [--notice DAYS]
    roundtable print partnership-report -o FILE.pdf [--year YEAR] [--country CC]
                                [--organization ORG] [--lang TAG] [--paper a4|letter]

REF is an agreement's reference where it is unique in the database, else ``EVENT/REF``.
``--as-of`` fixes "today" (for scripts and tests). The handlers parse and print; the
rules are in ``services.register``, ``renewals``, ``attachments``, ``activities`` and
``register_outputs``, which the window calls too.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.partnership import (
    DEFAULT_NOTICE_DAYS,
    STATUS_FILTERS,
    ActivityKind,
    AttachmentKind,
    RegisterFilter,
    RegisterRow,
    organization_matches,
)

from .context import EXIT_OK, CommandContext
from .registry import CommandRegistry

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown(text: str, *, one_line: bool = True) -> str:
    """A field of a listing: control characters (a tab, a line feed, an escape) as
    spaces, so that a name cannot break the columns or drive the terminal."""
    return _CONTROL.sub(" ", text) if one_line else text


def parse_day(text: str | None, field: str) -> dt.date | None:
    if text is None:
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(problem(field, text, '"{value}" is not a date (YYYY-MM-DD)',
                                      value=text)) from None


def _as_of(ctx: CommandContext) -> dt.date | None:
    return parse_day(getattr(ctx.args, "as_of", None), "as-of")


# -- agreements ------------------------------------------------------------------------

def row_json(row: RegisterRow) -> dict[str, Any]:
    """The fields ``agreements --json`` prints for one agreement."""
    return {
        "event": row.event_key,
        "reference": row.reference,
        "title": row.title,
        "kind": row.kind,
        "status": row.status,
        "lifecycle": row.lifecycle.value if row.lifecycle is not None else None,
        "signed_on": row.signed_at.date().isoformat() if row.signed_at else None,
        "valid_from": row.valid_from.isoformat() if row.valid_from else None,
        "valid_until": row.valid_until.isoformat() if row.valid_until else None,
        "days_left": row.days_left,
        "parties": [{"organization": party.key, "name": party.name, "country": party.country}
                    for party in row.parties],
        "renews": row.renews.address if row.renews is not None else None,
        "renewed_by": [link.address for link in row.renewed_by],
        "terminated_on": row.terminated_on.isoformat() if row.terminated_on else None,
        "termination_reason": row.termination_reason,
        "attachments": row.attachments,
        "activities": row.activities,
        "activity_total": row.activity_total,
        "dormant": row.dormant,
    }


def _notes(row: RegisterRow) -> str:
    notes = []
    if row.dormant:
        notes.append("dormant")
    under_way = row.renewal_under_way
    if under_way is not None:
        notes.append(f"renewal {under_way.address} ({under_way.status})")
    signed = [link.address for link in row.renewed_by if link.status == "signed"]
    if signed:
        notes.append("renewed by " + ", ".join(signed))
    if row.renews is not None:
        notes.append(f"renews {row.renews.address}")
    if row.terminated_on is not None:
        notes.append(f"terminated {row.terminated_on.isoformat()}: {row.termination_reason}")
    return "; ".join(notes)


def register_table(rows: list[RegisterRow], references: Counter[str]) -> list[str]:
    """The register as aligned columns, with a header line."""
    header = ("AGREEMENT", "STATUS", "LIFECYCLE", "VALID UNTIL", "DAYS", "FILES", "ACT.",
              "PARTIES", "NOTES")
    lines = [header]
    for row in rows:
        name = row.reference if references[row.reference] == 1 else row.address
        lines.append((
            shown(name, one_line=True), row.status,
            row.lifecycle.value if row.lifecycle is not None else "-",
            row.valid_until.isoformat() if row.valid_until else "-",
            str(row.days_left) if row.days_left is not None else "-",
            str(row.attachments), str(row.activities),
            shown(" – ".join(p.shown_name for p in row.parties), one_line=True),
            shown(_notes(row), one_line=True)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False))
            + "  " + line[-1] for line in lines]


def _agreements(ctx: CommandContext) -> int:
    from desktop_app.services.register import list_register

    args = ctx.args
    filters = RegisterFilter(event=args.event, status=args.status, country=args.country,
                             organization=args.organization, expiring_within=args.expiring)
    everything = list_register(ctx.db, as_of=_as_of(ctx), notice_days=args.notice)
    rows = [row for row in everything if filters.matches(row)]
    if filters.event and not any(row.event_key == filters.event for row in everything):
        list_register(ctx.db, RegisterFilter(event=filters.event))  # unknown: exit 2
    if args.json:
        ctx.out(json.dumps([row_json(row) for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        ctx.err("no agreement matches" if everything else
                "no agreements yet: 'roundtable import FILE' or 'roundtable demo' adds some")
        return EXIT_OK
    for line in register_table(rows, Counter(row.reference for row in everything)):
        ctx.out(line)
    return EXIT_OK


# -- renew, terminate --------------------------------------------------------------------

def _renew(ctx: CommandContext) -> int:
    from desktop_app.services.register import find_agreement, register_entry
    from desktop_app.services.renewals import renew_agreement

    args = ctx.args
    original = find_agreement(ctx.db, args.ref)
    renewal = renew_agreement(ctx.db, original, reference=args.reference, event_key=args.event)
    row = register_entry(ctx.db, renewal.successor_id).row
    period = (f", valid {row.valid_from.isoformat()} to {row.valid_until.isoformat()}"
              if row.valid_from and row.valid_until else "")
    ctx.out(row.address)
    ctx.err(f"drafted {row.reference} in event {row.event_key}, renewing "
            f"{renewal.original_reference}{period}")
    if renewal.copied_organization_ids:
        ctx.err(f"note: {len(renewal.copied_organization_ids)} organization(s) copied into "
                f"event {row.event_key} as its parties")
    return EXIT_OK


def _terminate(ctx: CommandContext) -> int:
    from desktop_app.services.register import find_agreement, register_entry
    from desktop_app.services.renewals import terminate_agreement

    args = ctx.args
    day = parse_day(args.date, "date")
    assert day is not None
    agreement_id = find_agreement(ctx.db, args.ref)
    terminate_agreement(ctx.db, agreement_id, day, args.reason)
    row = register_entry(ctx.db, agreement_id).row
    ctx.out(f"{row.address}: terminated on {day.isoformat()} ({row.termination_reason})")
    return EXIT_OK


# -- attachments ------------------------------------------------------------------------

def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _attach(ctx: CommandContext) -> int:
    from desktop_app.services.attachments import add_attachment_file
    from desktop_app.services.register import find_agreement

    args = ctx.args
    agreement_id = find_agreement(ctx.db, args.ref)
    view = add_attachment_file(ctx.db, agreement_id, Path(args.file), args.kind)
    ctx.out(f"attached {shown(view.file_name, one_line=True)} ({view.kind}, "
            f"{_size(view.size)}, SHA-256 {view.sha256})")
    return EXIT_OK


def _attachments(ctx: CommandContext) -> int:
    from desktop_app.services.attachments import list_attachments, save_attachments
    from desktop_app.services.register import find_agreement

    args = ctx.args
    agreement_id = find_agreement(ctx.db, args.ref)
    if args.save_to:
        for path in save_attachments(ctx.db, agreement_id, Path(args.save_to)):
            ctx.out(str(path))
        return EXIT_OK
    views = list_attachments(ctx.db, agreement_id)
    if not views:
        ctx.err(f"{args.ref}: no attached files ('roundtable attach REF FILE' adds one)")
    for view in views:
        by = f" by {view.added_by}" if view.added_by else ""
        missing = "" if view.has_content else "  (bytes not in this database)"
        ctx.out(f"{view.kind}\t{shown(view.file_name, one_line=True)}\t{_size(view.size)}\t"
                f"{view.added_at.date().isoformat()}{by}\t{view.sha256}{missing}")
    return EXIT_OK


# -- activities -------------------------------------------------------------------------

def _party(row: RegisterRow, text: str | None, field: str) -> int | None:
    if not text:
        return None
    found = [party for party in row.parties if organization_matches(party, text)]
    if len(found) != 1:
        raise ValidationError(problem(field, text, "is not a party to the agreement"))
    return found[0].organization_id


def _activity_add(ctx: CommandContext) -> int:
    from desktop_app.services.activities import ActivityData, add_activity
    from desktop_app.services.register import find_agreement, register_entry

    args = ctx.args
    day = parse_day(args.date, "date")
    assert day is not None
    agreement_id = find_agreement(ctx.db, args.ref)
    row = register_entry(ctx.db, agreement_id).row
    view = add_activity(ctx.db, agreement_id, ActivityData(
        day, args.kind, args.count, args.text, _party(row, args.from_org, "from"),
        _party(row, args.to_org, "to")))
    ctx.out(_activity_line(view))
    return EXIT_OK


def _activity_line(view: Any) -> str:
    parts = [view.day.isoformat(), view.kind,
             str(view.count) if view.count is not None else "-"]
    if view.direction:
        parts.append(shown(view.direction, one_line=True))
    if view.text:
        parts.append(shown(view.text, one_line=True))
    return "\t".join(parts)


def _activity_list(ctx: CommandContext) -> int:
    from desktop_app.services.activities import list_activities
    from desktop_app.services.register import find_agreement

    views = list_activities(ctx.db, find_agreement(ctx.db, ctx.args.ref))
    if not views:
        ctx.err(f"{ctx.args.ref}: no activities recorded yet")
    for view in views:
        ctx.out(_activity_line(view))
    return EXIT_OK


# -- exports and the report ---------------------------------------------------------------

def _export_reminders(ctx: CommandContext) -> int:
    from desktop_app.services.register_outputs import export_reminders

    result = export_reminders(ctx.db, Path(ctx.args.output), notice_days=ctx.args.notice,
                              as_of=_as_of(ctx))
    ctx.err(f"wrote {result.path} ({result.description})")
    return EXIT_OK


def _export_register(ctx: CommandContext) -> int:
    from desktop_app.services.register_outputs import export_register

    result = export_register(ctx.db, Path(ctx.args.output), notice_days=ctx.args.notice,
                             as_of=_as_of(ctx))
    ctx.err(f"wrote {result.path} ({result.description})")
    return EXIT_OK


def _print_report(ctx: CommandContext) -> int:
    from desktop_app.services.languages import parse_language
    from desktop_app.services.register_outputs import print_partnership_report

    args = ctx.args
    language = parse_language(args.lang, "lang") or "en"
    result = print_partnership_report(
        ctx.db, Path(args.output), year=args.year, country=args.country,
        organization=args.organization, language=language, paper=args.paper,
        as_of=_as_of(ctx))
    pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
    ctx.out(f"{result.path} ({pages})")
    return EXIT_OK


def _notice(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise ValueError(value) from None
    if days < 0:
        raise ValueError(value)
    return days


def _add_as_of(parser: Any) -> None:
    parser.add_argument("--as-of", metavar="DATE",
                        help="take this day (YYYY-MM-DD) as today (default: today)")


def _add_notice(parser: Any) -> None:
    parser.add_argument("--notice", metavar="DAYS", type=_notice, default=DEFAULT_NOTICE_DAYS,
                        help="an agreement is expiring, and its renewal due, this many days "
                             f"before it ends (default {DEFAULT_NOTICE_DAYS})")


def register(registry: CommandRegistry) -> None:
    parser = registry.command(
        "agreements", _agreements,
        "list the agreements of every event with their lifecycle (the partnership "
        "register), soonest end first")
    parser.add_argument("--event", metavar="EVENT", help="only this event's")
    parser.add_argument("--status", metavar="STATUS", choices=STATUS_FILTERS,
                        help="a ceremony status or lifecycle: " + ", ".join(STATUS_FILTERS))
    parser.add_argument("--country", metavar="CC", help="with a party from this country")
    parser.add_argument("--organization", metavar="ORG",
                        help="with this party (its id, short name or name)")
    parser.add_argument("--expiring", metavar="DAYS", type=_notice,
                        help="only agreements in force that end within DAYS days")
    _add_as_of(parser)
    _add_notice(parser)
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list, one object per agreement")

    parser = registry.command("renew", _renew,
                              "draft the successor of a signed agreement (same parties, a "
                              "new reference, renewing it); prints its EVENT/REF")
    parser.add_argument("ref", metavar="REF", help="the agreement (REF or EVENT/REF)")
    parser.add_argument("--reference", metavar="NEW_REF",
                        help="the successor's reference (default: REF-R1)")
    parser.add_argument("--event", metavar="EVENT",
                        help="draft it in this event, to be signed there (default: the "
                             "original's)")

    parser = registry.command("terminate", _terminate,
                              "record that a signed agreement is terminated")
    parser.add_argument("ref", metavar="REF", help="the agreement (REF or EVENT/REF)")
    parser.add_argument("--date", required=True, metavar="DATE",
                        help="the day it ends (YYYY-MM-DD)")
    parser.add_argument("--reason", required=True, metavar="TEXT", help="why it ends")

    parser = registry.command("attach", _attach,
                              "attach a file to an agreement (the signed copy by default)")
    parser.add_argument("ref", metavar="REF", help="the agreement (REF or EVENT/REF)")
    parser.add_argument("file", metavar="FILE", help="the file (up to 25 MB)")
    parser.add_argument("--kind", choices=[k.value for k in AttachmentKind],
                        default=AttachmentKind.SIGNED_COPY.value,
                        help="what the file is (default signed-copy)")

    parser = registry.command("attachments", _attachments,
                              "list an agreement's attached files, or save them")
    parser.add_argument("ref", metavar="REF", help="the agreement (REF or EVENT/REF)")
    parser.add_argument("--save-to", metavar="DIR", help="write the files into this folder")

    group = registry.group("activity", "record and list what an agreement produced")
    parser = group.command("add", _activity_add, "record an activity of an agreement")
    parser.add_argument("ref", metavar="REF", help="the agreement (REF or EVENT/REF)")
    parser.add_argument("--date", required=True, metavar="DATE", help="when (YYYY-MM-DD)")
    parser.add_argument("--kind", required=True, choices=[k.value for k in ActivityKind],
                        metavar="KIND", help=", ".join(k.value for k in ActivityKind))
    parser.add_argument("--count", type=int, metavar="N", help="how many (e.g. 4 students)")
    parser.add_argument("--text", metavar="TEXT", help="what happened")
    parser.add_argument("--from", dest="from_org", metavar="ORG",
                        help="the party it went from (id, short name or name)")
    parser.add_argument("--to", dest="to_org", metavar="ORG", help="the party it went to")
    parser = group.command("list", _activity_list, "list an agreement's activities")
    parser.add_argument("ref", metavar="REF", help="the agreement (REF or EVENT/REF)")

    export = registry.group("export", "write an event to a file")
    parser = export.command("reminders", _export_reminders,
                            "write an iCalendar to-do per agreement whose renewal is due "
                            "(stable UIDs: importing again updates them)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    _add_notice(parser)
    _add_as_of(parser)
    parser = export.command("register", _export_register,
                            "write the partnership register, one row per agreement")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|.csv|.json")
    _add_notice(parser)
    _add_as_of(parser)

    parser = registry.group("print", "print documents of an event to PDF").command(
        "partnership-report", _print_report,
        "print the yearly partnership report: agreements by status and country (with a "
        "chart), new, renewed and ended ones, activities, dormant and expiring agreements")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument("--year", type=int, metavar="YEAR", help="default: this year")
    parser.add_argument("--country", metavar="CC", help="only agreements with a partner there")
    parser.add_argument("--organization", metavar="ORG", help="only this organization's")
    parser.add_argument("--lang", metavar="TAG",
                        help="language of the report: " + ", ".join(SUPPORTED_LANGUAGES)
                        + " (default en)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default a4)")
    _add_as_of(parser)


__all__ = ["register", "register_table", "row_json"]
