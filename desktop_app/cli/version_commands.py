"""``roundtable publish``, ``versions``, ``changes`` and ``print changes``.

``publish EVENT [--name TEXT] [--note TEXT]`` freezes the programme as a new version;
``versions EVENT`` lists the published ones; ``changes EVENT [--since V] [--until V]
[--json]`` lists what changed since a version (the last by default), in programme order;
``print changes EVENT -o FILE.pdf`` prints the change notice. The rules are
``services.publishing`` and ``services.change_notice``, the calls the window makes.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.domain.programme_versions import (
    ChangeReport,
    PublishedVersions,
    VersionInfo,
    change_lines,
)
from desktop_app.services.publishing import list_versions, programme_changes, publish_version

from .context import EXIT_OK, CommandContext, shown
from .registry import CommandRegistry

#: How a change's kind reads in the listing.
KIND_WORDS = {
    "added": "added", "removed": "removed", "moved": "moved", "room": "room",
    "renamed": "renamed", "chair": "chair", "speakers": "speakers", "topics": "topics",
    "signing-added": "signing added", "signing-removed": "signing removed",
    "signings-reordered": "order of signing",
}


def _when(version: VersionInfo, timezone: str) -> str:
    """When ``version`` was published, in the event's time zone."""
    return PublishedVersions(timezone, []).local_time(version).strftime("%Y-%m-%d %H:%M")


def _changes_word(count: int) -> str:
    return f"{count} change{'s' if count != 1 else ''}"


def _publish(ctx: CommandContext) -> int:
    args = ctx.args
    result = publish_version(ctx.db, args.event, args.name, args.note)
    timezone = list_versions(ctx.db, args.event).timezone
    assert result.version is not None
    when = _when(result.version, timezone)
    if not result.stored:
        ctx.out(f"no change since {result.version.name} (published {when}); nothing stored")
        return EXIT_OK
    since = "" if result.version.changes is None else \
        f": {_changes_word(result.changes)} since the version before"
    ctx.out(f"{result.version.name} published {when}{since}")
    return EXIT_OK


def _versions(ctx: CommandContext) -> int:
    published = list_versions(ctx.db, ctx.args.event)
    if not published.versions:
        ctx.err(f"nothing published yet: 'roundtable publish {ctx.args.event}' publishes "
                "the first version")
        return EXIT_OK
    for version in published.versions:
        changes = "first" if version.changes is None else _changes_word(version.changes)
        ctx.out(f"{shown(version.name, one_line=True)}\t{_when(version, published.timezone)}"
                f"\t{changes}\t{shown(version.note or '', one_line=True)}")
    return EXIT_OK


def change_listing(report: ChangeReport) -> list[str]:
    """A heading, then one line per change: day and start, the item's title, the kind,
    the old and the new value."""
    since = f"{report.since.name} (published {_when(report.since, report.timezone)})"
    until = ("the programme as it is now" if report.until is None else
             f"{report.until.name} (published {_when(report.until, report.timezone)})")
    lines = [f"{_changes_word(len(report.changes))} from {since} to {until}"]
    for change in report.changes:
        old, new = change_lines(change, report.old, report.new, None)
        if change.kind == "added":
            values = ", ".join(new)
        elif change.kind == "removed":
            values = f"was {', '.join(old)}"
        else:
            values = f"{'; '.join(old) or '—'} → {'; '.join(new) or '—'}"
        item = change.current
        lines.append(shown(f"{item['day']} {item['start']}  {item['title']}  "
                           f"[{KIND_WORDS[change.kind]}] {values}", one_line=True))
    return lines


def _changes(ctx: CommandContext) -> int:
    args = ctx.args
    report = programme_changes(ctx.db, args.event, args.since, args.until)
    if args.json:
        ctx.out(json.dumps({
            "event": args.event, "since": report.since.name,
            "until": report.until.name if report.until is not None else None,
            "changes": report.to_json()}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for line in change_listing(report):
        ctx.out(line)
    return EXIT_OK


def _print_changes(ctx: CommandContext) -> int:
    from desktop_app.services.change_notice import generate_change_notice
    from desktop_app.services.documents import DocumentOptions, parse_languages

    from .print_commands import document_warnings

    args = ctx.args
    options = DocumentOptions(languages=parse_languages(args.lang), paper=args.paper)
    with document_warnings(ctx):
        result = generate_change_notice(ctx.db, args.event, Path(args.output), options,
                                        since=args.since, until=args.until)
    pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
    ctx.out(f"{result.path} ({pages}, {_changes_word(result.changes)})")
    return EXIT_OK


def register(registry: CommandRegistry) -> None:
    parser = registry.command("publish", _publish,
                              "publish a version of the programme (v1, v2, …); nothing is "
                              "stored when it has not changed since the last")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("--name", metavar="TEXT", help="the version's name (default: v1, v2, …)")
    parser.add_argument("--note", metavar="TEXT", help="a note: to whom it went, and why")
    parser = registry.command("versions", _versions,
                              "list the published versions: name, time, changes, note")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser = registry.command("changes", _changes,
                              "list the changes to the programme since a published version")
    parser.add_argument("event", metavar="EVENT", help="event id")
    _since_until(parser)
    parser.add_argument("--json", action="store_true",
                        help="one object per change: kind, item, old and new values")
    parser = registry.group("print", "print documents of an event to PDF").command(
        "changes", _print_changes,
        "print the notice of the changes to the programme since a published version")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (replaced only once complete)")
    _since_until(parser)
    languages = ", ".join(SUPPORTED_LANGUAGES)
    parser.add_argument("--lang", metavar="TAG[,TAG2]",
                        help=f"language of labels, dates and names: {languages} (default: the "
                             "event's first language); two, e.g. az,en, make a bilingual notice")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default a4)")


def _since_until(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="VERSION",
                        help="the version to compare with (default: the last published)")
    parser.add_argument("--until", metavar="VERSION",
                        help="a later version to compare to (default: the programme as it "
                             "is now)")


__all__ = ["change_listing", "register"]
